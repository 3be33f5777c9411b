"""The Activities list's Women column: the present women, counted as the diversity figures count them,
and sorted by their share."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest

from aiall_desktop.domain.diversity import composition
from aiall_desktop.records import Activity, Attendance, AttendanceStatus, Gender, Participant
from aiall_desktop.store import Store
from aiall_desktop.store.listing import LISTS

WOMEN = LISTS["activities"].keys.index("women") + 1  # the id comes first in a row


def women_of(rows, title: str):
    value = next(row[WOMEN] for row in rows if row[4] == title)
    return None if value is None else json.loads(value)


@pytest.fixture
def register(store: Store) -> dict[str, str]:
    """Five activities whose present people make shares of 0, 25, 50, 100 % and none."""
    people = {}
    for name, gender in [("Anna", Gender.WOMAN), ("Fatima", Gender.WOMAN), ("Hương", Gender.WOMAN),
                         ("Łukasz", Gender.MAN), ("Erik", Gender.MAN), ("Đorđe", Gender.NOT_STATED),
                         ("Sam", Gender.NON_BINARY)]:
        people[name] = store.participants.create(Participant(first_name=name, last_name="Test", gender=gender)).id
    groups = {
        "All women": ["Anna", "Fatima"],  # 100 %
        "Half": ["Anna", "Łukasz"],  # 50 %
        "Quarter": ["Hương", "Łukasz", "Erik", "Đorđe"],  # 25 %, one not stated
        "None of them": ["Erik", "Sam"],  # 0 %
        "Nobody yet": [],
    }
    ids = {}
    for day, (title, names) in enumerate(groups.items(), start=1):
        activity = store.activities.create(Activity(title=title, date=f"2025-04-{day:02d}"))
        ids[title] = activity.id
        for name in names:
            store.attendance.create(Attendance(activity_id=activity.id, participant_id=people[name],
                                               status=AttendanceStatus.PRESENT))
    # Not counted: people invited, excused or no-show.
    for name, status in [("Fatima", AttendanceStatus.INVITED), ("Hương", AttendanceStatus.EXCUSED),
                         ("Anna", AttendanceStatus.NO_SHOW)]:
        store.attendance.create(Attendance(activity_id=ids["None of them"], participant_id=people[name],
                                           status=status))
    ids.update(people)
    return ids


def test_the_value_is_women_present_and_not_stated(store: Store, register):
    rows = store.listing("activities").rows()
    assert women_of(rows, "All women") == [2, 2, 0]
    assert women_of(rows, "Half") == [1, 2, 0]
    assert women_of(rows, "Quarter") == [1, 4, 1]
    assert women_of(rows, "None of them") == [0, 2, 0]  # the invited, excused and no-show women not counted
    assert women_of(rows, "Nobody yet") is None


def test_the_counts_agree_with_the_diversity_figures(store: Store, register):
    rows = store.listing("activities").rows()
    for title in ("All women", "Half", "Quarter", "None of them"):
        c = composition(store.groups.present(register[title]))
        assert women_of(rows, title) == [c.women, c.people, c.not_stated]


def test_deleted_people_and_attendance_are_not_counted(store: Store, register):
    store.participants.delete(register["Łukasz"])
    row = store.attendance.list({"activity_id": register["All women"], "participant_id": register["Anna"]})[0]
    store.attendance.delete(row.id)
    rows = store.listing("activities").rows()
    assert women_of(rows, "Half") == [1, 1, 0]
    assert women_of(rows, "Quarter") == [1, 3, 1]
    assert women_of(rows, "All women") == [1, 1, 0]
    titles = [row[4] for row in store.listing("activities").rows(order_by="women", descending=True)]
    # Half is 1 of 1 now: as high as All women, which was made first.
    assert titles[:2] == ["All women", "Half"]


def test_sorting_by_the_share(store: Store, register):
    listing = store.listing("activities")
    ascending = [row[4] for row in listing.rows(order_by="women", descending=False)]
    assert ascending == ["Nobody yet", "None of them", "Quarter", "Half", "All women"]
    descending = [row[4] for row in listing.rows(order_by="women", descending=True)]
    assert descending == ["All women", "Half", "Quarter", "None of them", "Nobody yet"]
    # Paging keeps the order, and the ids for an export come in it too.
    page = listing.rows(order_by="women", descending=False, offset=2, limit=2)
    assert [row[4] for row in page] == ["Quarter", "Half"]
    assert listing.ids(order_by="women", descending=False) == [register[title] for title in ascending]


def test_the_sort_follows_the_shown_share(store: Store, register):
    """Sorted by one expression and shown by another: both must tell the same share."""
    rows = store.listing("activities").rows(order_by="women", descending=False)
    shares = [Fraction(women, people) for women, people, _ in
              (json.loads(row[WOMEN]) for row in rows if row[WOMEN] is not None)]
    assert shares == sorted(shares)
    assert shares == [0, Fraction(1, 4), Fraction(1, 2), 1]


def test_equal_shares_keep_one_order(store: Store, register):
    more = store.activities.create(Activity(title="Also half", date="2025-03-01"))
    for name in ("Fatima", "Erik"):
        store.attendance.create(Attendance(activity_id=more.id, participant_id=register[name],
                                           status=AttendanceStatus.PRESENT))
    titles = [row[4] for row in store.listing("activities").rows(order_by="women", descending=False)]
    assert titles.index("Half") + 1 == titles.index("Also half")  # made later, so after it
