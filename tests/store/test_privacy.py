"""A person's data: everything stored about them comes out; erased, nothing of them stays in the file's bytes."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from aiall_desktop.records import (
    Activity,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Case,
    Gender,
    Organisation,
    Participant,
    Team,
    TeamKind,
    TeamMember,
)
from aiall_desktop.store import RecordNotFound, Store
from aiall_desktop.store.privacy import ANONYMOUS_TAG, ERASED_TEXT, backups_holding, delete_backups

FIRST, LAST, EMAIL, PHONE = "Żaneta", "Wróblewska-Qvist", "zaneta.qvist@example.org", "+46 70 123 45 67"
OTHER_FIRST, OTHER_LAST = "Ingrid", "Fältskog-Nyqvist"


def _fill(store: Store) -> dict[str, str]:
    ids: dict[str, str] = {}
    ids["org"] = store.organisations.create(Organisation(name="Hallsbergs Gjuteri AB")).id
    person = store.participants.create(Participant(
        first_name="Zaneta", last_name=LAST, email=EMAIL, phone=PHONE, organisation_id=ids["org"],
        gender=Gender.WOMAN, role="Process engineer", notes="Prefers vegetarian lunch", tags=["pilot"],
        competences=["vision"], consent_date="2025-02-11", consent_scope="reporting", consent_method="sign-in sheet",
    ))
    ids["person"] = person.id
    # The first spelling was wrong: its old page versions are in the file or the -wal too.
    store.participants.update(person.id, first_name=FIRST)
    ids["other"] = store.participants.create(Participant(
        first_name=OTHER_FIRST, last_name=OTHER_LAST, email="ingrid@example.org", gender=Gender.WOMAN,
        notes=f"Came with {FIRST} {LAST}")).id
    held = store.activities.create(Activity(title="Case workshop Hallsberg", date="2025-03-12",
                                            facilitators=f"Anna Berg, {FIRST} {LAST}"))
    later = store.activities.create(Activity(title="Network meeting", date="2031-05-20"))
    ids["held"], ids["later"] = held.id, later.id
    store.agenda_items.create(AgendaItem(activity_id=held.id, position=1, title="Welcome", lead=f"{FIRST} {LAST}"))
    for activity in (held, later):
        store.attendance.create(Attendance(activity_id=activity.id, participant_id=person.id,
                                           status=AttendanceStatus.PRESENT if activity is held else
                                           AttendanceStatus.INVITED))
    store.attendance.create(Attendance(activity_id=held.id, participant_id=ids["other"],
                                       status=AttendanceStatus.PRESENT))
    case = store.cases.create(Case(title="Sand-mould defect detection", owner_id=person.id,
                                   problem=f"Raised by {EMAIL}"))
    ids["case"] = case.id
    team = store.teams.create(Team(name="Table 1", kind=TeamKind.CASE_TEAM, case_id=case.id))
    ids["team"] = team.id
    store.team_members.create(TeamMember(team_id=team.id, participant_id=person.id, role="lead"))
    store.team_members.create(TeamMember(team_id=team.id, participant_id=ids["other"]))
    return ids


def _raw(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_export_holds_everything_stored_about_the_person(store: Store, tmp_path: Path):
    ids = _fill(store)
    data = store.privacy.person_data(ids["person"])
    person = data["participant"]
    assert (person["first_name"], person["last_name"], person["email"], person["phone"]) == (FIRST, LAST, EMAIL,
                                                                                             PHONE)
    assert person["gender"] == "woman" and person["consent_method"] == "sign-in sheet"
    assert person["notes"] == "Prefers vegetarian lunch" and person["competences"] == ["vision"]
    assert data["organisation"]["name"] == "Hallsbergs Gjuteri AB"
    assert [(a["activity_title"], a["activity_date"], a["status"]) for a in data["attendance"]] == [
        ("Case workshop Hallsberg", "2025-03-12", "present"), ("Network meeting", "2031-05-20", "invited")]
    assert data["attendance"][0]["start_time"] == "09:00"
    assert [(t["team"], t["role"], t["case_title"]) for t in data["teams"]] == [
        ("Table 1", "lead", "Sand-mould defect detection")]
    assert [(c["title"], c["relation"]) for c in data["cases"]] == [("Sand-mould defect detection", "owner")]
    mentioned = {(m["table"], m["field"]) for m in data["mentioned_in"]}
    assert mentioned == {("participant", "notes"), ("activity", "facilitators"), ("agenda_item", "lead"),
                         ("ai_case", "problem")}

    out = store.privacy.export(ids["person"], tmp_path / "person.json")
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["participant"]["last_name"] == LAST
    assert LAST in out.read_text(encoding="utf-8")  # UTF-8 as written, not \u escapes


def test_export_includes_a_deleted_person_and_refuses_an_unknown_one(store: Store):
    ids = _fill(store)
    store.participants.delete(ids["person"])
    assert store.privacy.person_data(ids["person"])["participant"]["deleted_at"] is not None
    with pytest.raises(RecordNotFound):
        store.privacy.person_data("no-such-id")


def test_erase_removes_every_row_naming_the_person(store: Store):
    ids = _fill(store)
    result = store.privacy.erase(ids["person"])
    person = ids["person"]
    db = store.db
    for table, column in (("participant", "id"), ("attendance", "participant_id"),
                          ("team_member", "participant_id"), ("ai_case", "owner_id")):
        assert db.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", [person]).fetchone()[0] == 0, table
    assert (result.people, result.attendance_deleted, result.team_memberships, result.cases_unowned) == (1, 2, 1, 1)
    assert result.mentions_scrubbed == 4 and result.clean
    # What others recorded stays, with the name struck out.
    assert store.participants.get(ids["other"]).notes == f"Came with {ERASED_TEXT}"
    assert store.activities.get(ids["held"]).facilitators == f"Anna Berg, {ERASED_TEXT}"
    assert store.cases.get(ids["case"]).owner_id is None
    assert [m.participant_id for m in store.team_members.list({"team_id": ids["team"]})] == [ids["other"]]
    assert store.attendance.count({"activity_id": ids["held"]}) == 1
    assert store.integrity_check() == ["ok"]
    found = store.db.execute("SELECT count(*) FROM participant_fts WHERE participant_fts MATCH 'qvist'").fetchone()
    assert found[0] == 0


def test_erased_person_leaves_no_bytes_in_the_file_or_its_wal(store: Store, db_path: Path):
    ids = _fill(store)
    # As typed (and the first spelling), and as the search index keeps words: lower case, without diacritics.
    encoded = [text.encode("utf-8") for text in (FIRST, LAST, EMAIL, "Zaneta", PHONE, "zaneta", "wroblewska")]
    before = _raw(db_path)
    assert all(text in before for text in encoded)  # the grep can find them when they are there

    store.privacy.erase(ids["person"])

    after = _raw(db_path)
    for text in encoded:
        assert text not in after, text
    assert OTHER_LAST.encode("utf-8") in after  # and it still finds what is there
    store.close()
    after_close = _raw(db_path)
    assert not any(text in after_close for text in encoded)
    assert OTHER_FIRST.encode("utf-8") in after_close


def test_erase_while_the_person_was_soft_deleted_and_wal_is_busy(store: Store, db_path: Path):
    ids = _fill(store)
    store.participants.delete(ids["person"])  # a tombstone still holds everything
    reader = Store.open(db_path)
    try:
        reader.participants.count()  # another connection, idle between reads
        result = store.privacy.erase(ids["person"])
    finally:
        reader.close()
    assert result.people == 1
    assert not any(text.encode("utf-8") in _raw(db_path) for text in (FIRST, LAST, EMAIL))


def test_keep_anonymous_keeps_counts_and_gender_only(store: Store, db_path: Path):
    ids = _fill(store)
    present_before = store.attendance.count({"activity_id": ids["held"], "status": "present"})

    result = store.privacy.erase(ids["person"], keep_anonymous=True, today=date(2026, 1, 1))

    assert result.attendance_anonymised == 1 and result.attendance_deleted == 1  # the future invitation goes
    assert store.attendance.count({"activity_id": ids["held"], "status": "present"}) == present_before
    assert store.attendance.count({"activity_id": ids["later"]}) == 0
    (anonymous_id,) = result.anonymous_ids
    anonymous = store.participants.get(anonymous_id)
    assert anonymous.gender == Gender.WOMAN and anonymous.tags == [ANONYMOUS_TAG]
    assert (anonymous.email, anonymous.phone, anonymous.notes, anonymous.organisation_id, anonymous.role,
            anonymous.consent_date, anonymous.competences) == ("", "", "", None, "", None, [])
    assert not any(text.encode("utf-8") in _raw(db_path) for text in (FIRST, LAST, EMAIL))
    # The placeholder is nobody: retention does not list it.
    assert anonymous_id not in {p.id for p in store.privacy.people_seen()}


def test_erase_of_an_unknown_person_changes_nothing(store: Store):
    ids = _fill(store)
    with pytest.raises(RecordNotFound):
        store.privacy.erase_many([ids["other"], "no-such-id"])
    assert store.participants.get(ids["other"]).last_name == OTHER_LAST
    assert store.attendance.count({"participant_id": ids["other"]}) == 1


def test_erase_refuses_to_run_inside_a_transaction(store: Store):
    ids = _fill(store)
    with pytest.raises(RuntimeError), store.transaction():
        store.privacy.erase(ids["person"])
    assert store.participants.get(ids["person"]).first_name == FIRST


def test_backups_holding_the_person_are_found_and_deleted(store: Store, db_path: Path):
    ids = _fill(store)
    old = store.backup(label="before")
    store.privacy.erase(ids["person"])
    newer = store.backup(label="after")
    holding = backups_holding(db_path, [ids["person"]])
    assert holding == [old]
    assert LAST.encode("utf-8") in old.read_bytes() and LAST.encode("utf-8") not in newer.read_bytes()
    assert delete_backups(holding) == []
    assert not old.exists() and newer.exists()
    assert backups_holding(db_path, [ids["person"]]) == []


def test_people_seen_gives_the_dates_retention_needs(store: Store):
    ids = _fill(store)
    seen = {p.id: p for p in store.privacy.people_seen()}
    assert seen[ids["person"]].last_activity_on == "2031-05-20"
    assert seen[ids["other"]].last_activity_on == "2025-03-12"
    assert seen[ids["person"]].organisation == "Hallsbergs Gjuteri AB"
    assert len(seen[ids["other"]].created_on) == 10


def test_a_sole_traders_firm_named_after_the_person_loses_the_name(store: Store, db_path: Path):
    firm = store.organisations.create(Organisation(name=f"{FIRST.upper()} {LAST} Konsult"))
    person = store.participants.create(Participant(first_name=FIRST, last_name=LAST, organisation_id=firm.id))
    assert [m.table for m in store.privacy.mentions(person.id)] == ["organisation"]  # whatever the case
    store.privacy.erase(person.id)
    assert store.organisations.get(firm.id).name == f"{ERASED_TEXT} Konsult"
    assert LAST.encode("utf-8") not in _raw(db_path)
