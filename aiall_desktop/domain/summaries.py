"""A participant's hours and totals, for their summary.

**The hours of an activity are its end time minus its start time**, as the invitation states them
and the facilitator keeps them on the activity: a full-day workshop 09:00–16:00 counts 7 hours for
everyone present, lunch included. Lunch is not subtracted because it is part of the day the person
gave to the activity (they were there, and lunch at a workshop is where much of the networking
happens); and no other reading is steadier:

* the agenda is not used, even when the activity has one. It is a plan that may be half-written,
  may overrun its times or hold blocks nobody ran, and it carries lunch as a block of its own, so its
  total would not leave lunch out either; it would only make the same day count differently depending
  on how carefully its agenda was typed;
* a person's check-in time is not used: people who arrive late are still reported as present at the
  activity, and a summary is not a time sheet.

So one activity counts the same hours for everyone present, and the figure can be checked against
the activity's own times. An activity that ends before it starts is taken to end the next day
(22:00–01:00 is 3 hours, as in the agenda rules); times that cannot be read count no hours and are
counted apart (``unknown_times``), so that a summary can say so rather than print a wrong total.
"""

from __future__ import annotations

from collections.abc import Iterable, Sized
from dataclasses import dataclass
from typing import Protocol

from .agenda import MINUTES_PER_DAY, parse_time


class Timed(Protocol):
    start_time: str
    end_time: str


class Summarised(Protocol):
    @property
    def activities(self) -> Iterable[Timed]: ...

    @property
    def cases(self) -> Sized: ...

    @property
    def teams(self) -> Sized: ...


def activity_minutes(start_time: str | None, end_time: str | None) -> int | None:
    """Minutes from start to end (see the module's notes); ``None`` when either time cannot be read."""
    start, end = parse_time(start_time), parse_time(end_time)
    if start is None or end is None:
        return None
    return (end - start) % MINUTES_PER_DAY


def activity_hours(start_time: str | None, end_time: str | None) -> float | None:
    minutes = activity_minutes(start_time, end_time)
    return None if minutes is None else minutes / 60


@dataclass(frozen=True)
class Totals:
    activities: int
    minutes: int  # of the activities whose times could be read
    cases: int
    teams: int
    unknown_times: int = 0  # activities left out of ``minutes``

    @property
    def hours(self) -> float:
        return self.minutes / 60


def totals(person: Summarised) -> Totals:
    """A person's totals: activities attended, their hours, cases and teams taken part in."""
    count = minutes = unknown = 0
    for activity in person.activities:
        count += 1
        length = activity_minutes(activity.start_time, activity.end_time)
        if length is None:
            unknown += 1
        else:
            minutes += length
    return Totals(activities=count, minutes=minutes, cases=len(person.cases), teams=len(person.teams),
                  unknown_times=unknown)
