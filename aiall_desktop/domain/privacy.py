"""Retention: how long personal data may be kept, and whose time is up.

The rule is a project setting: personal data is erased ``retention_years`` after the project ends. A
person still active after the project's end (a follow-up meeting) is kept that long after their last
activity instead, so that nobody is erased while the project still works with them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, Protocol, TypeVar

#: Used when a setting is missing or unreadable (see store/settings.py for the shipped defaults).
DEFAULT_YEARS = 5
DEFAULT_PROJECT_END = date(2026, 2, 28)


class Seen(Protocol):
    @property
    def created_on(self) -> str: ...  # YYYY-MM-DD

    @property
    def last_activity_on(self) -> str | None: ...  # YYYY-MM-DD


P = TypeVar("P", bound=Seen)


@dataclass(frozen=True)
class RetentionRule:
    years: int
    project_end: date

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> RetentionRule:
        """The rule from the settings ``retention_years`` and ``project_end``; an unreadable one falls back."""
        years = settings.get("retention_years", DEFAULT_YEARS)
        if isinstance(years, bool) or not isinstance(years, int) or years < 0:
            years = DEFAULT_YEARS
        return cls(years, parse_day(settings.get("project_end")) or DEFAULT_PROJECT_END)

    def keep_until(self, last_seen: date) -> date:
        """The last day a person last seen on ``last_seen`` may be kept."""
        return add_years(max(self.project_end, last_seen), self.years)


@dataclass(frozen=True)
class Due(Generic[P]):
    person: P
    last_seen: date
    keep_until: date


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def parse_day(text: Any) -> date | None:
    if not isinstance(text, str):
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def last_seen(person: Seen) -> date:
    """The later of the day they were entered and their latest activity."""
    entered = parse_day(person.created_on) or date.min
    activity = parse_day(person.last_activity_on)
    return max(entered, activity) if activity else entered


def past_retention(people: Iterable[P], rule: RetentionRule, today: date) -> list[Due[P]]:
    """The people whose data has been kept longer than the rule allows, longest overdue first."""
    due = []
    for person in people:
        seen = last_seen(person)
        until = rule.keep_until(seen)
        if today > until:
            due.append(Due(person, seen, until))
    due.sort(key=lambda entry: entry.keep_until)
    return due
