"""Round trips of every record kind through the typed store API."""

from __future__ import annotations

import dataclasses
import uuid

import pytest

from aiall_desktop.records import (
    Activity,
    ActivityKind,
    ActivityTemplate,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Case,
    CaseStage,
    CaseStageChange,
    Gender,
    Organisation,
    Participant,
    Sector,
    SizeClass,
    Team,
    TeamKind,
    TeamMember,
)
from aiall_desktop.store import InvalidRecord, RecordNotFound, Store


def full_set(store: Store) -> dict[str, object]:
    """One record of every kind, every field set to something other than its default."""
    org = store.organisations.create(
        Organisation(
            name="Kumla Livsmedel AB",
            org_number="556677-8899",
            sector=Sector.PUBLIC_SECTOR,
            size_class=SizeClass.MEDIUM,
            municipality="Kumla",
            areas=["food", "energy"],
            notes="Besök i mars",
        )
    )
    person = store.participants.create(
        Participant(
            first_name="فاطمة",
            last_name="Nguyễn Đorđević-Wójcik",
            email="fatima@example.com",
            phone="070-123 45 67",
            organisation_id=org.id,
            role="Verksamhetschef",
            backgrounds=["food", "research"],
            competences=["AI/data"],
            gender=Gender.SELF_DESCRIBED,
            gender_text="genderfluid",
            consent_date="2025-03-01",
            consent_scope="reporting",
            consent_method="signed form",
            tags=["pilot"],
            notes="Łódź",
        )
    )
    activity = store.activities.create(
        Activity(
            kind=ActivityKind.COMPANY_VISIT,
            title="Företagsbesök",
            date="2025-03-04",
            start_time="13:00",
            end_time="15:30",
            place="Kumla",
            facilitators="A. Berg",
            organisation_ids=[org.id],
            goal="Hitta case",
            notes="Kaffe",
            run_item_id="item-2",
            run_started_at="2025-03-04T13:05:00.000000Z",
            run_paused_at="2025-03-04T13:07:00.000000Z",
            run_extra_seconds=120,
        )
    )
    item = store.agenda_items.create(
        AgendaItem(
            activity_id=activity.id,
            position=2,
            title="Prickröstning",
            method="dot voting",
            minutes=25,
            lead="B. Ek",
            materials="Prickar",
            notes="Tre prickar var",
            actual_start="2025-03-04T13:05:00.000000Z",
            actual_end="2025-03-04T13:31:00.000000Z",
        )
    )
    attendance = store.attendance.create(
        Attendance(
            activity_id=activity.id,
            participant_id=person.id,
            role="speaker",
            status=AttendanceStatus.PRESENT,
            checked_in_at="2025-03-04T12:58:00.000000Z",
        )
    )
    case = store.cases.create(
        Case(
            title="Prognos av energibehov",
            problem="Fastigheter",
            organisation_ids=[org.id],
            areas=["energy", "sustainable_development"],
            stage=CaseStage.PARKED,
            parked_reason="Saknar data",
            value_score=4,
            feasibility_score=2,
            data_score=1,
            votes=7,
            origin_activity_id=activity.id,
            owner_id=person.id,
            notes="n",
        )
    )
    team = store.teams.create(
        Team(name="Bord 3", kind=TeamKind.TABLE_GROUP, activity_id=activity.id, case_id=case.id, position=3)
    )
    member = store.team_members.create(
        TeamMember(team_id=team.id, participant_id=person.id, role="lead", locked=True)
    )
    change = store.case_history.create(
        CaseStageChange(case_id=case.id, stage=CaseStage.PARKED, previous_stage=CaseStage.PRIORITISED,
                        changed_at="2025-04-01T10:00:00.000000Z", reason="Saknar data")
    )
    template = store.templates.create(
        ActivityTemplate(name="Halvdag", kind=ActivityKind.NETWORK_MEETING, title="Nätverksträff",
                         start_time="13:00", end_time="16:30", goal="Mötas",
                         blocks=[{"title": "Välkomna", "method": "", "minutes": 10, "lead": "", "materials": "",
                                  "notes": ""}])
    )
    return {
        "case_history": change,
        "templates": template,
        "organisations": org,
        "participants": person,
        "activities": activity,
        "agenda_items": item,
        "attendance": attendance,
        "cases": case,
        "teams": team,
        "team_members": member,
    }


KINDS = ["organisations", "participants", "activities", "agenda_items", "attendance", "cases", "teams", "team_members",
         "case_history", "templates"]


@pytest.mark.parametrize("kind", KINDS)
def test_round_trip_of_every_field(store: Store, db_path, kind: str):
    created = full_set(store)[kind]
    store.close()
    with Store.open(db_path) as reopened:
        assert getattr(reopened, kind).get(created.id) == created


@pytest.mark.parametrize("kind", KINDS)
def test_defaults_round_trip(store: Store, kind: str):
    records = full_set(store)
    created = records[kind]
    # Re-create with only the required fields, the rest left at their defaults.
    required = {
        f.name: getattr(created, f.name)
        for f in dataclasses.fields(created)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    if kind == "attendance" or kind == "team_members":
        other = store.participants.create(Participant(first_name="Ny", last_name="Person"))
        required["participant_id"] = other.id
    fresh = getattr(store, kind).create(type(created)(**required))
    assert getattr(store, kind).get(fresh.id) == fresh


def test_create_fills_in_uuid_and_timestamps(store: Store):
    org = store.organisations.create(Organisation(name="Nora Glas"))
    assert uuid.UUID(org.id).version == 4
    assert org.created_at == org.updated_at
    assert org.created_at.endswith("Z")
    assert org.deleted_at is None


def test_update_changes_fields_and_updated_at_only(store: Store):
    org = store.organisations.create(Organisation(name="Degerfors Stål"))
    updated = store.organisations.update(org.id, name="Degerfors Stål AB", size_class=SizeClass.LARGE)
    assert updated.name == "Degerfors Stål AB"
    assert updated.size_class is SizeClass.LARGE
    assert updated.created_at == org.created_at
    assert updated.updated_at >= org.updated_at
    assert store.organisations.get(org.id) == updated


def test_update_refuses_unknown_and_bookkeeping_fields(store: Store):
    org = store.organisations.create(Organisation(name="Lekebergs Lantbruk"))
    with pytest.raises(InvalidRecord):
        store.organisations.update(org.id, colour="red")
    with pytest.raises(InvalidRecord):
        store.organisations.update(org.id, id="other")
    assert store.organisations.get(org.id) == org


def test_invalid_enum_value_is_refused_and_nothing_written(store: Store):
    with pytest.raises(InvalidRecord, match="gender"):
        store.participants.create(Participant(first_name="A", last_name="B", gender="female"))
    assert store.participants.count() == 0


def test_required_field_missing_is_refused(store: Store):
    with pytest.raises(InvalidRecord, match="title"):
        store.activities.create(Activity(title=None, date="2025-01-01"))


def test_soft_delete_hides_and_restore_brings_back(store: Store):
    org = store.organisations.create(Organisation(name="Hällefors Trä"))
    deleted = store.organisations.delete(org.id)
    assert deleted.is_deleted
    with pytest.raises(RecordNotFound):
        store.organisations.get(org.id)
    assert store.organisations.get(org.id, include_deleted=True).deleted_at == deleted.deleted_at
    assert store.organisations.count() == 0
    assert store.organisations.count(include_deleted=True) == 1
    assert store.counts()["organisation"] == 0
    restored = store.organisations.restore(org.id)
    assert not restored.is_deleted
    assert store.organisations.get(org.id).name == "Hällefors Trä"


def test_list_filters_and_orders(store: Store):
    for name, sector in [("Beta", Sector.ACADEMIA), ("alfa", Sector.COMPANY), ("Gamma", Sector.COMPANY)]:
        store.organisations.create(Organisation(name=name, sector=sector))
    assert [o.name for o in store.organisations.list()] == ["alfa", "Beta", "Gamma"]
    assert [o.name for o in store.organisations.list(descending=True)] == ["Gamma", "Beta", "alfa"]
    assert [o.name for o in store.organisations.list({"sector": Sector.COMPANY})] == ["alfa", "Gamma"]
    assert [o.name for o in store.organisations.list(limit=1, offset=1)] == ["Beta"]
    assert store.organisations.count({"sector": "company"}) == 2
    with pytest.raises(InvalidRecord):
        store.organisations.list(order_by="name; DROP TABLE organisation")
    with pytest.raises(InvalidRecord):
        store.organisations.list({"nonsense": 1})


def test_foreign_keys_are_enforced(store: Store):
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError):
        store.attendance.create(Attendance(activity_id="missing", participant_id="missing"))
    assert store.attendance.count() == 0


def test_each_call_is_committed_at_once(store: Store, db_path):
    """A second connection sees every edit as soon as the call returns: nothing waits for a Save."""
    import sqlite3

    org = store.organisations.create(Organisation(name="Örebro Bageri"))
    store.organisations.update(org.id, municipality="Örebro")
    other = sqlite3.connect(db_path)
    try:
        assert other.execute("SELECT municipality FROM organisation WHERE id = ?", [org.id]).fetchone() == (
            "Örebro",
        )
    finally:
        other.close()


def test_create_many_is_all_or_nothing(store: Store):
    good = [Organisation(name=f"Org {n}") for n in range(5)]
    bad = Organisation(name="Felaktig", sector="spaceship")
    with pytest.raises(InvalidRecord):
        store.organisations.create_many([*good, bad])
    assert store.organisations.count() == 0
    assert store.organisations.create_many(good) == 5


def test_settings_defaults_and_overrides(store: Store, db_path):
    assert store.settings.get("women_minimum") == 0.26
    assert "Region Örebro län" in store.settings.get("cofinancing_sv")
    assert len(store.settings.get("areas")) == 5
    store.settings.set("women_minimum", 0.3)
    store.close()
    with Store.open(db_path) as reopened:
        assert reopened.settings.get("women_minimum") == 0.3
        assert reopened.settings.all()["women_minimum"] == 0.3
        with pytest.raises(KeyError):
            reopened.settings.get("no_such_setting")


def test_case_intersection_flag():
    assert Case(title="x", areas=["energy", "food"]).is_intersection
    assert not Case(title="x", areas=["energy"]).is_intersection
    assert not Case(title="x", areas=["energy", "energy"]).is_intersection


def test_get_many_returns_the_live_records_by_id(store: Store):
    made = [store.organisations.create(Organisation(name=f"Org {n}")) for n in range(5)]
    store.organisations.delete(made[0].id)
    found = store.organisations.get_many([m.id for m in made] + ["no-such-id"])
    assert set(found) == {m.id for m in made[1:]}
    assert found[made[2].id] == made[2]
    assert set(store.organisations.get_many([made[0].id], include_deleted=True)) == {made[0].id}


def test_update_many_changes_each_record_in_one_go(store: Store):
    made = [store.organisations.create(Organisation(name=f"Org {n}")) for n in range(3)]
    store.organisations.update_many({
        made[0].id: {"municipality": "Kumla"},
        made[1].id: {"municipality": "Nora", "areas": ["food"]},
        made[2].id: {"municipality": "Lekeberg"},
    })
    after = store.organisations.get_many([m.id for m in made])
    assert [after[m.id].municipality for m in made] == ["Kumla", "Nora", "Lekeberg"]
    assert after[made[1].id].areas == ["food"]
    assert all(after[m.id].updated_at > m.updated_at for m in made)


def test_update_many_is_all_or_nothing(store: Store):
    made = [store.organisations.create(Organisation(name=f"Org {n}")) for n in range(2)]
    with pytest.raises(InvalidRecord):
        store.organisations.update_many({made[0].id: {"municipality": "Kumla"}, made[1].id: {"sector": "pirate"}})
    with pytest.raises(RecordNotFound):
        store.organisations.update_many({made[0].id: {"municipality": "Kumla"}, "missing": {"municipality": "X"}})
    assert store.organisations.get(made[0].id).municipality == ""


def test_a_transaction_takes_the_write_lock_before_it_reads(store: Store, db_path):
    import sqlite3

    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    with store.transaction():
        store.organisations.count()
        # Another connection cannot start writing while this transaction (so far only reading) is open.
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        with store.transaction():  # nests as a savepoint
            store.organisations.create(Organisation(name="Inner"))
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()
    assert store.organisations.count() == 1


def test_a_failed_transaction_leaves_nothing(store: Store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.organisations.create(Organisation(name="Gone"))
            raise RuntimeError("boom")
    assert store.organisations.count() == 0
