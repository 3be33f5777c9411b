"""A participant's hours and totals: end minus start, lunch included, the agenda not used."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from aiall_desktop.domain.summaries import Totals, activity_hours, activity_minutes, totals


@dataclass
class Attended:
    start_time: str
    end_time: str


@dataclass
class Person:
    activities: tuple
    cases: tuple = ()
    teams: tuple = ()


@pytest.mark.parametrize(
    ("start", "end", "minutes"),
    [
        ("09:00", "16:00", 420),  # a full day: 7 hours, lunch not subtracted
        ("10:00", "11:30", 90),
        ("8:30", "9:15", 45),
        ("22:00", "01:00", 180),  # ends the next day
        ("09:00", "09:00", 0),
    ],
)
def test_minutes_are_end_minus_start(start, end, minutes):
    assert activity_minutes(start, end) == minutes


@pytest.mark.parametrize(("start", "end"), [("", "12:00"), ("09:00", None), ("nine", "12:00"), ("25:00", "26:00")])
def test_unreadable_times_give_no_hours(start, end):
    assert activity_minutes(start, end) is None
    assert activity_hours(start, end) is None


def test_full_day_is_seven_hours():
    assert activity_hours("09:00", "16:00") == 7


def test_totals_count_activities_hours_cases_and_teams():
    person = Person(activities=(Attended("09:00", "16:00"), Attended("10:00", "11:30"), Attended("15:00", "17:00")),
                    cases=("a", "b"), teams=("t",))
    assert totals(person) == Totals(activities=3, minutes=630, cases=2, teams=1, unknown_times=0)
    assert totals(person).hours == 10.5


def test_totals_leave_unreadable_times_out_and_say_so():
    person = Person(activities=(Attended("09:00", "12:00"), Attended("", "")))
    result = totals(person)
    assert (result.activities, result.minutes, result.unknown_times) == (2, 180, 1)


def test_nobody_attended_nothing():
    assert totals(Person(activities=())) == Totals(activities=0, minutes=0, cases=0, teams=0)
