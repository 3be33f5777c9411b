"""An activity's people for the invitation list and the check-in, and the register search to add to it."""

from __future__ import annotations

import pytest

from aiall_desktop.records import Activity, Attendance, AttendanceStatus, Gender, Organisation, Participant
from aiall_desktop.store import Store
from aiall_desktop.store.search import fts_query as search_query


@pytest.fixture
def world(store: Store) -> dict[str, str]:
    ids: dict[str, str] = {}
    mek = store.organisations.create(Organisation(name="Örebro Mekaniska AB")).id
    gone_org = store.organisations.create(Organisation(name="Nedlagda AB")).id
    ids["mek"] = mek
    for key, first, last, org, gender in [
        ("lukasz", "Łukasz", "Wójcik", mek, Gender.MAN),
        ("djordje", "Đorđe", "Petrović", mek, Gender.NOT_STATED),
        ("nguyen", "Nguyễn Thị", "Hương", None, Gender.WOMAN),
        ("anna", "Anna", "Andersson", gone_org, Gender.WOMAN),
        ("bo", "Bo", "Berg", mek, Gender.MAN),
        ("soren", "Søren", "Ærø", None, Gender.MAN),
    ]:
        ids[key] = store.participants.create(Participant(first_name=first, last_name=last, organisation_id=org,
                                                         gender=gender, email=f"{key}@example.se")).id
    store.organisations.delete(gone_org)
    ids["workshop"] = store.activities.create(Activity(title="Workshop", date="2025-03-12")).id
    ids["other"] = store.activities.create(Activity(title="Other", date="2025-04-12")).id
    attend = [("lukasz", AttendanceStatus.PRESENT, "2025-03-12T08:02:00.000000Z", "participant"),
              ("anna", AttendanceStatus.INVITED, None, "participant"),
              ("bo", AttendanceStatus.PRESENT, None, "walk_in"),
              ("nguyen", AttendanceStatus.EXCUSED, None, "participant")]
    for key, status, at, role in attend:
        ids[f"t_{key}"] = store.attendance.create(Attendance(
            activity_id=ids["workshop"], participant_id=ids[key], status=status, checked_in_at=at, role=role)).id
    store.attendance.create(Attendance(activity_id=ids["other"], participant_id=ids["djordje"]))
    # Removed from the list, and a person deleted from the register: neither is on the list.
    removed = store.attendance.create(Attendance(activity_id=ids["workshop"], participant_id=ids["djordje"]))
    store.attendance.delete(removed.id)
    store.participants.delete(ids["bo"])
    return ids


def test_people_are_the_live_list_by_last_name_with_organisation(store: Store, world):
    rows = store.attendance_view.people(world["workshop"])
    assert [row.name for row in rows] == ["Anna Andersson", "Nguyễn Thị Hương", "Łukasz Wójcik"]
    anna, nguyen, lukasz = rows
    assert anna.organisation == ""  # her organisation was deleted
    assert lukasz.organisation == "Örebro Mekaniska AB"
    assert (lukasz.attendance_id, lukasz.participant_id) == (world["t_lukasz"], world["lukasz"])
    assert (lukasz.status, lukasz.checked_in_at, lukasz.gender) == ("present", "2025-03-12T08:02:00.000000Z", "man")
    assert nguyen.status == "excused" and nguyen.role == "participant"
    assert store.attendance_view.people(world["other"])[0].name == "Đorđe Petrović"
    assert store.attendance_view.people("") == []
    assert store.attendance_view.people("no such activity") == []


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        ("lukasz", ["Łukasz Wójcik"]),  # Ł is not folded by the search index itself
        ("wojc", ["Łukasz Wójcik"]),
        ("nguy", ["Nguyễn Thị Hương"]),
        ("dorde", ["Đorđe Petrović"]),
        ("soren aero", ["Søren Ærø"]),
        ("öreb mek", ["Đorđe Petrović", "Łukasz Wójcik"]),  # Bo Berg is deleted
        ("", []),
        ("---", []),
        ('"AND', ["Anna Andersson"]),  # search syntax typed by accident is taken literally, as a prefix
    ],
)
def test_candidates_search_the_register(store: Store, world, typed, names):
    found = store.attendance_view.candidates(typed, world["workshop"])
    assert [c.name for c in found] == names


def test_candidates_mark_people_on_the_list_and_put_them_last(store: Store, world):
    found = store.attendance_view.candidates("example", world["workshop"])
    assert [c.name for c in found] == ["Đorđe Petrović", "Søren Ærø",  # not on the list
                                       "Anna Andersson", "Nguyễn Thị Hương", "Łukasz Wójcik"]
    by_name = {c.name: c for c in found}
    assert not by_name["Đorđe Petrović"].on_list  # removed from this list; on another one
    assert by_name["Łukasz Wójcik"].on_list and by_name["Łukasz Wójcik"].status == "present"
    assert by_name["Łukasz Wójcik"].attendance_id == world["t_lukasz"]
    assert by_name["Łukasz Wójcik"].organisation == "Örebro Mekaniska AB"
    assert len(store.attendance_view.candidates("example", world["workshop"], limit=2)) == 2


def test_a_word_with_many_ambiguous_letters_stays_a_small_query():
    query = search_query("oooooooooooo dd")
    assert query is not None and query.count("OR") < 20
    assert search_query("lukasz") == '("lukasz"* OR "łukasz"*)'
    assert search_query("!!") is None
