"""The figures the window's badges show, read through the store's API.

Small functions so that the workshop page and its tabs count the same groups with the same minimum.
"""

from __future__ import annotations

import functools
import json
from datetime import datetime, timezone
from fractions import Fraction

from ...domain.diversity import DEFAULT_MINIMUM, Composition, Person, as_fraction, composition
from ...domain.run_timer import Phase, RunState
from ...records import Activity, Gender
from ...store import Store
from ...store.settings import Settings


def women_minimum(store: Store) -> Fraction:
    """The register's minimum share of women; the default when the setting is missing or damaged."""
    return minimum_setting(store.settings)


def minimum_setting(settings: Settings) -> Fraction:
    # A damaged setting (hand-edited, out of 0..1) must not take the badges and lists down with it.
    try:
        return as_fraction(settings.get("women_minimum"))
    except (KeyError, ValueError, TypeError, ZeroDivisionError):
        return as_fraction(DEFAULT_MINIMUM)


def invited(store: Store, activity_id: str, minimum: Fraction | None = None) -> Composition:
    """Everyone on the activity's list (the planning figure)."""
    return composition(store.groups.invited(activity_id), women_minimum(store) if minimum is None else minimum)


def present(store: Store, activity_id: str, minimum: Fraction | None = None) -> Composition:
    """The people checked in (the figure reported to the funder)."""
    return composition(store.groups.present(activity_id), women_minimum(store) if minimum is None else minimum)


def headline(store: Store, activity_id: str, minimum: Fraction | None = None) -> tuple[bool, Composition]:
    """The group an activity is judged by: those present once anyone is, else those invited.

    Returns whether it is the present group, and its composition.
    """
    minimum = women_minimum(store) if minimum is None else minimum
    came = present(store, activity_id, minimum)
    if came.people:
        return True, came
    return False, invited(store, activity_id, minimum)


def is_ahead(activity: Activity, now: datetime) -> bool:
    """Whether the activity is today or later in local time: a warning can still change something."""
    if now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    return activity.date >= now.astimezone().date().isoformat()


def is_running(store: Store, activity: Activity) -> bool:
    """Whether the activity's session is on (running or paused in run mode)."""
    if not activity.run_item_id:
        return False  # never started, or finished: no need to read the agenda
    items = store.agenda_items.list({"activity_id": activity.id})
    return RunState.of(activity, items).phase() in (Phase.RUNNING, Phase.PAUSED)


@functools.lru_cache(maxsize=1024)  # a list asks for the same row's figures on every repaint
def from_counts(women: int, people: int, not_stated: int, minimum: Fraction) -> Composition:
    """A composition known only by its gender counts (a list's row): no organisations or backgrounds.

    The verdict, the shares and the women needed are worked out as for a group of people. Everyone
    else stands in as a man: only women and unstated genders enter the rule, so read no other gender's
    count from the result.
    """
    others = max(0, people - women - not_stated)
    group = ([Person(f"w{n}", Gender.WOMAN) for n in range(women)]
             + [Person(f"n{n}", Gender.NOT_STATED) for n in range(not_stated)]
             + [Person(f"o{n}", Gender.MAN) for n in range(others)])
    return composition(group, minimum)


def parse_present_genders(value: str | None) -> tuple[int, int, int] | None:
    """The Activities list's ``women`` value, JSON ``[women, present, not stated]``, as numbers; ``None``
    when nobody is present or the value is not of that form."""
    if not value:
        return None
    try:
        women, people, not_stated = json.loads(value)
        counts = int(women or 0), int(people or 0), int(not_stated or 0)
    except (ValueError, TypeError):
        return None
    return counts if counts[1] > 0 else None
