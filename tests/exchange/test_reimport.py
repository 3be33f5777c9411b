"""Importing the same people again finds them instead of adding them twice."""

from __future__ import annotations

from exchange_helpers import dump, write_csv

from aiall_desktop.exchange import apply_import, read_import
from aiall_desktop.records import AttendanceStatus, Gender, Organisation, Participant

HEADER = ["Förnamn", "Efternamn", "E-post", "Telefon", "Företag", "Kön"]


def test_same_file_twice_creates_nothing_the_second_time(store, tmp_path):
    path = write_csv(tmp_path / "deltagare.csv", [
        HEADER,
        ["Anna", "Ek", "anna@example.se", "070-111 11 11", "Kumla AB", "Kvinna"],
        ["Bo", "Ek", "", "", "Kumla AB", ""],
        ["Cia", "Berg", "", "", "", ""],
    ])
    first = apply_import(store, read_import(path))
    assert (first.counts["participants"].created, first.counts["organisations"].created) == (3, 1)
    before = dump(store)
    plan = read_import(path, store=store)
    assert plan.preview["participants"].unchanged == 3 and plan.preview["organisations"].total == 0
    second = apply_import(store, plan)
    assert second.counts["participants"].unchanged == 3
    assert dump(store) == before  # not even a timestamp moved


def test_matched_people_take_the_new_non_empty_values(store, tmp_path):
    kumla = store.organisations.create(Organisation(name="Kumla AB", org_number="556677-8899"))
    anna = store.participants.create(
        Participant(first_name="Anna", last_name="Ek", email="Anna@Example.se", phone="070-111 11 11",
                    organisation_id=kumla.id, gender=Gender.WOMAN, role="VD")
    )
    bo = store.participants.create(Participant(first_name="Bo", last_name="Ek", organisation_id=kumla.id))
    path = write_csv(tmp_path / "deltagare.csv", [
        HEADER + ["Roll"],
        # Matched on e-mail whatever its case; a blank phone or gender does not erase what is known.
        ["Anna", "Ek-Lund", "anna@example.SE", "", "kumla ab", "", "Styrelseordförande"],
        # Matched on name within the organisation; gains an e-mail.
        ["Bo", "Ek", "bo@example.se", "", "Kumla AB", "man", ""],
    ])
    result = apply_import(store, read_import(path))
    assert result.counts["participants"].updated == 2 and result.counts["participants"].created == 0
    anna_now = store.participants.get(anna.id)
    assert (anna_now.last_name, anna_now.role, anna_now.phone, anna_now.gender) == (
        "Ek-Lund", "Styrelseordförande", "070-111 11 11", Gender.WOMAN)
    assert anna_now.email == "anna@example.SE"
    bo_now = store.participants.get(bo.id)
    assert (bo_now.email, bo_now.gender) == ("bo@example.se", Gender.MAN)
    assert store.organisations.count() == 1


def test_same_name_elsewhere_is_someone_else(store, tmp_path):
    kumla = store.organisations.create(Organisation(name="Kumla AB"))
    store.participants.create(Participant(first_name="Anna", last_name="Ek", organisation_id=kumla.id))
    store.participants.create(Participant(first_name="Bo", last_name="Ek", email="bo@kumla.se"))
    path = write_csv(tmp_path / "deltagare.csv", [
        HEADER,
        ["Anna", "Ek", "", "", "Hallsberg AB", ""],  # another Anna Ek, at another organisation
        ["Bo", "Ek", "bo@hallsberg.se", "", "", ""],  # another address: another Bo Ek
    ])
    result = apply_import(store, read_import(path))
    assert result.counts["participants"].created == 2
    assert store.participants.count() == 4


def test_organisations_match_on_number_then_name(store, tmp_path):
    kumla = store.organisations.create(Organisation(name="Kumla Livsmedel AB", org_number="556677-8899"))
    hallsberg = store.organisations.create(Organisation(name="Hallsbergs Plåt"))
    path = write_csv(tmp_path / "org.csv", [
        ["Namn", "Org.nr", "Kommun"],
        ["Kumla Livsmedel Aktiebolag", "5566778899", "Kumla"],  # renamed; the number finds it
        ["HALLSBERGS PLÅT", "", "Hallsberg"],
        ["Ny Förening", "", ""],
    ])
    result = apply_import(store, read_import(path))
    assert (result.counts["organisations"].updated, result.counts["organisations"].created) == (2, 1)
    assert store.organisations.get(kumla.id).name == "Kumla Livsmedel Aktiebolag"
    assert store.organisations.get(hallsberg.id).municipality == "Hallsberg"


def test_attendance_again_updates_status_and_brings_back_a_deleted_row(register, tmp_path):
    workshop = register.activities.list({"title": "Case-workshop: AI i livsmedel"})[0]
    asa = register.participants.list({"email": "asa@example.se"})[0]
    row = register.attendance.list({"activity_id": workshop.id, "participant_id": asa.id})[0]
    register.attendance.delete(row.id)
    path = write_csv(tmp_path / "närvaro.csv", [
        ["Aktivitet", "Datum", "E-post", "Status"],
        ["Case-workshop: AI i livsmedel", "2025-03-04", "asa@example.se", "förhinder"],
        ["Case-workshop: AI i livsmedel", "2025-03-04", "huong@example.net", "uteblev"],
        ["Case-workshop: AI i livsmedel", "2025-03-04", "fatima@example.org", "närvarande"],
    ])
    result = apply_import(register, read_import(path))
    counts = result.counts["attendance"]
    assert (counts.created, counts.updated, counts.unchanged) == (1, 1, 1)
    back = register.attendance.get(row.id)
    assert back.status is AttendanceStatus.EXCUSED and not back.is_deleted
    assert register.attendance.count() == 7


def test_ids_in_the_file_win_over_names(register, tmp_path):
    """An exported file, edited in Excel (a new e-mail, a corrected name), updates the same person."""
    fatima = register.participants.list({"email": "fatima@example.org"})[0]
    path = write_csv(tmp_path / "deltagare.csv", [
        ["ID", "First name", "Last name", "E-mail"],
        [fatima.id, "Fatima", "Hassan", "fatima.hassan@example.org"],
        ["17", "Ny", "Person", "ny@example.se"],  # someone's own numbering: not one of our IDs
    ])
    result = apply_import(register, read_import(path))
    assert (result.counts["participants"].updated, result.counts["participants"].created) == (1, 1)
    now = register.participants.get(fatima.id)
    assert (now.first_name, now.last_name, now.email) == ("Fatima", "Hassan", "fatima.hassan@example.org")
    assert register.participants.list({"email": "ny@example.se"})[0].id != "17"
