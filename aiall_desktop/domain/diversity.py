"""The diversity figures of a group of people (DESIGN.md §4): who is in the room, and the 26 % rule.

The funder asks for at least ``minimum`` (26 % by default, a setting) women in every activity and team.
``women_share`` is women / everyone counted; people who have not stated a gender stay in the
denominator, so nobody is misreported as a woman, and ``possible_share`` says what the share would be
if all of them were women. A group that fails only because of unstated genders is ``UNDETERMINED``
rather than ``FAILS``.

Shares are exact :class:`fractions.Fraction` values and the rule is checked on them, never on floats:
13 women of 50 is exactly 26 % and passes, although the float 0.26 is a hair above 13/50; and 7 of 25
reach 28 % although ``0.28 * 25`` is ``7.000000000000001``. The minimum setting is converted through
its decimal text (``Fraction("0.26")``). Call ``float()`` on a share to show it.

The people are duck-typed (:class:`PersonLike`): :class:`Person` below, the store's group rows, or
anything else with the same attributes.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from enum import StrEnum
from fractions import Fraction
from typing import Protocol, runtime_checkable

from ..records import Gender

DEFAULT_MINIMUM = 0.26
# A StrEnum hashes as its text, so one lookup serves both the enum and the store's text value.
_GENDERS = {gender.value: gender for gender in Gender}


@runtime_checkable
class PersonLike(Protocol):
    """What the figures read from a person; ``gender`` may be a :class:`Gender` or its text value."""

    id: str
    gender: Gender | str | None
    organisation_id: str | None
    #: The sector of the person's organisation (``None`` without one).
    sector: str | None
    backgrounds: Sequence[str]
    competences: Sequence[str]


@dataclass(frozen=True)
class Person:
    """A person as the figures see them (for tests and callers that do not read the store)."""

    id: str
    gender: Gender | str | None = Gender.NOT_STATED
    organisation_id: str | None = None
    sector: str | None = None
    backgrounds: Sequence[str] = ()
    competences: Sequence[str] = ()


class Verdict(StrEnum):
    PASSES = "passes"
    FAILS = "fails"
    #: Below the minimum, but it would pass if enough of the people of unstated gender were women.
    UNDETERMINED = "undetermined"
    #: Nobody to count: the rule says nothing yet.
    EMPTY = "empty"


def as_fraction(minimum: float | Fraction | int | str) -> Fraction:
    """The minimum share as an exact fraction: ``0.26`` becomes 13/50, not the float's binary value.

    Raises ``ValueError`` outside 0..1.
    """
    value = Fraction(str(minimum))
    if not 0 <= value <= 1:
        raise ValueError(f"the minimum share must be between 0 and 1, not {minimum!r}")
    return value


def gender_of(person: PersonLike) -> Gender:
    """The person's gender; a missing value (``None`` or empty) is ``NOT_STATED``.

    Raises ``ValueError`` for text that is no gender code (the store's schema never holds such text).
    """
    value = person.gender
    if not value:
        return Gender.NOT_STATED
    try:
        return _GENDERS[value]
    except KeyError:
        raise ValueError(f"{value!r} is not a gender code") from None


def unique_people(people: Iterable[PersonLike]) -> list[PersonLike]:
    """The people once each (the first row of an id wins): one person is one head in every figure."""
    seen: set[str] = set()
    unique = []
    for person in people:
        if person.id not in seen:
            seen.add(person.id)
            unique.append(person)
    return unique


def women_required(people: int, minimum: Fraction) -> int:
    """How many of ``people`` must be women to reach ``minimum``: ``ceil(minimum × people)``, exactly."""
    return math.ceil(minimum * people)


def women_to_add(women: int, people: int, minimum: Fraction) -> int | None:
    """The fewest women to *add* to a group of ``people`` with ``women`` so that it reaches ``minimum``.

    Solves ``(women + w) / (people + w) >= minimum`` for the smallest whole ``w >= 0``. ``None`` when
    no number of added women is enough (a minimum of 100 % with a man in the group).
    """
    if people == 0 or Fraction(women, people) >= minimum:
        return 0
    if minimum >= 1:
        return None
    return math.ceil((minimum * people - women) / (1 - minimum))


@dataclass(frozen=True)
class Mix:
    """How varied one attribute (backgrounds or competences) is in the group.

    A person may list several kinds or none. ``largest_share`` is the share of the people who listed
    any kind that listed the most common one (``None`` when nobody listed any): 1 means everyone has
    that kind in common, a low share means a varied group.
    """

    counts: dict[str, int]
    #: People who listed at least one kind.
    stated: int
    #: People who listed none.
    unstated: int

    @property
    def kinds(self) -> int:
        return len(self.counts)

    @property
    def largest(self) -> str | None:
        """The most common kind (alphabetically first among equals)."""
        if not self.counts:
            return None
        return min(self.counts, key=lambda kind: (-self.counts[kind], kind))

    @property
    def largest_share(self) -> Fraction | None:
        if not self.stated:
            return None
        return Fraction(max(self.counts.values()), self.stated)


def _mix(lists: Iterable[Sequence[str]]) -> Mix:
    # Counted in C over one flat list: this runs for every person of every activity of a year on the
    # dashboard. A person's list is deduplicated only when it repeats a kind (it seldom does).
    flat: list[str] = []
    stated = unstated = 0
    for kinds in lists:
        if not any(kinds):
            unstated += 1
            continue
        stated += 1
        flat.extend(kinds if len(kinds) == 1 or len(set(kinds)) == len(kinds) else dict.fromkeys(kinds))
    counts = Counter(flat)
    if "" in counts:  # an empty entry in a longer list is no kind
        del counts[""]
    return Mix(counts=dict(sorted(counts.items())), stated=stated, unstated=unstated)


@dataclass(frozen=True)
class Composition:
    """Who is in a group (present attendees of an activity, members of a team), and the 26 % rule.

    Edge cases:

    * **empty group**: every count is 0, every share ``None``, verdict ``EMPTY``; ``women_needed`` and
      ``women_short`` are 0 (there is no group to fix yet).
    * **one person**: a woman passes (100 %), a man fails and needs 1 woman added (1 of 2 is 50 %);
      one person of unstated gender is ``UNDETERMINED``.
    * **everyone unstated**: ``women_share`` is 0, ``possible_share`` 1, verdict ``UNDETERMINED``
      (unless the minimum is 0, which everything passes).
    * **exactly at the minimum** passes: 13 of 50 women is exactly 26 %.
    """

    minimum: Fraction
    people: int
    genders: dict[Gender, int]
    #: People per organisation id (people without an organisation are in ``without_organisation``).
    organisation_counts: dict[str, int]
    without_organisation: int
    #: People per sector of their organisation (people without a sector are in ``without_sector``).
    sectors: dict[str, int]
    without_sector: int
    backgrounds: Mix
    competences: Mix
    #: The fewest women to *add* to the group (others staying) for it to pass; ``None`` when no number
    #: is enough (a 100 % minimum and a man in the group). 0 when it passes or is empty.
    women_needed: int | None
    #: How many more of the *same number of people* would have to be women (someone swapped for a
    #: woman, as when filling a team of a fixed size or a table): ``ceil(minimum × people) - women``,
    #: at least 0. Never more than ``women_needed``.
    women_short: int

    @property
    def women(self) -> int:
        return self.genders[Gender.WOMAN]

    @property
    def not_stated(self) -> int:
        return self.genders[Gender.NOT_STATED]

    @property
    def organisations(self) -> int:
        return len(self.organisation_counts)

    @property
    def gender_shares(self) -> dict[Gender, Fraction | None]:
        return {gender: (Fraction(n, self.people) if self.people else None) for gender, n in self.genders.items()}

    @property
    def women_share(self) -> Fraction | None:
        """Women / everyone in the group (unstated genders included); ``None`` for an empty group."""
        return Fraction(self.women, self.people) if self.people else None

    @property
    def possible_share(self) -> Fraction | None:
        """The share if every person of unstated gender were a woman."""
        return Fraction(self.women + self.not_stated, self.people) if self.people else None

    @property
    def women_required(self) -> int:
        """How many of this many people must be women: ``ceil(minimum × people)``."""
        return women_required(self.people, self.minimum)

    @property
    def verdict(self) -> Verdict:
        if not self.people:
            return Verdict.EMPTY
        if self.women_share >= self.minimum:
            return Verdict.PASSES
        if self.possible_share >= self.minimum:
            return Verdict.UNDETERMINED
        return Verdict.FAILS

    @property
    def passes(self) -> bool:
        return self.verdict == Verdict.PASSES


def composition(people: Iterable[PersonLike], minimum: float | Fraction = DEFAULT_MINIMUM) -> Composition:
    """Count ``people`` (each id once) by gender, organisation, sector, background and competence."""
    minimum = as_fraction(minimum)
    group = unique_people(people)
    genders: Counter[Gender] = Counter(gender_of(person) for person in group)
    organisations: Counter[str] = Counter(p.organisation_id for p in group if p.organisation_id)
    sectors: Counter[str] = Counter(p.sector for p in group if p.sector)
    total = len(group)
    women = genders[Gender.WOMAN]
    return Composition(
        minimum=minimum,
        people=total,
        genders={gender: genders[gender] for gender in Gender},
        organisation_counts=dict(organisations),
        without_organisation=total - sum(organisations.values()),
        sectors=dict(sectors),
        without_sector=total - sum(sectors.values()),
        backgrounds=_mix(p.backgrounds or () for p in group),
        competences=_mix(p.competences or () for p in group),
        women_needed=women_to_add(women, total, minimum),
        women_short=max(0, women_required(total, minimum) - women),
    )


@dataclass(frozen=True)
class Reason:
    """The numbers behind a verdict, for the window to put into words.

    For ``FAILS``: ``women`` of ``people`` are women (``women_share``); ``women_required`` of this many
    people would reach ``minimum``; adding ``women_needed`` women would. For ``UNDETERMINED``
    additionally ``not_stated`` people have not stated a gender, and ``possible_share`` is what the
    share reaches if they are women.
    """

    verdict: Verdict
    minimum: Fraction
    people: int
    women: int
    not_stated: int
    women_share: Fraction | None
    possible_share: Fraction | None
    women_required: int
    women_needed: int | None
    women_short: int


def reason(c: Composition) -> Reason:
    return Reason(
        verdict=c.verdict,
        minimum=c.minimum,
        people=c.people,
        women=c.women,
        not_stated=c.not_stated,
        women_share=c.women_share,
        possible_share=c.possible_share,
        women_required=c.women_required,
        women_needed=c.women_needed,
        women_short=c.women_short,
    )


# -- over a period (the project dashboard) -----------------------------------------------------------


@dataclass(frozen=True)
class ActivityFigure:
    activity_id: str
    date: str
    composition: Composition


@dataclass(frozen=True)
class MonthTrend:
    """One calendar month of activities.

    ``women_share`` weighs every attendance alike: women's attendances / all attendances of the month
    (a workshop of 80 weighs more than a visit of 4), ``None`` in a month nobody attended.
    """

    month: str  # "YYYY-MM"
    activities: int
    attendances: int
    women: int
    not_stated: int
    passing: int
    #: Activities with at least one person present (the ones the rule can judge).
    judged: int

    @property
    def women_share(self) -> Fraction | None:
        return Fraction(self.women, self.attendances) if self.attendances else None


@dataclass(frozen=True)
class PeriodSummary:
    minimum: Fraction
    #: In date order (then activity id).
    activities: list[ActivityFigure]
    verdicts: dict[Verdict, int]
    months: list[MonthTrend] = field(default_factory=list)

    @property
    def judged(self) -> int:
        """Activities that had anyone present; empty ones (not yet held, nobody checked in) are left out."""
        return len(self.activities) - self.verdicts[Verdict.EMPTY]

    @property
    def passing(self) -> int:
        return self.verdicts[Verdict.PASSES]

    @property
    def pass_share(self) -> Fraction | None:
        """Passing activities / judged activities (undetermined ones count as not passing)."""
        return Fraction(self.passing, self.judged) if self.judged else None


def _day_text(day: str | Date) -> str:
    return day.isoformat() if isinstance(day, Date) else str(day)


def period_summary(
    activity_groups: Iterable[tuple[str, str | Date, Iterable[PersonLike]]],
    minimum: float | Fraction = DEFAULT_MINIMUM,
) -> PeriodSummary:
    """Each activity's composition, how many pass, and the women share month by month.

    ``activity_groups`` holds ``(activity_id, date, people)``; dates are ``YYYY-MM-DD`` text or
    :class:`datetime.date`, and the month is the date's first seven characters.
    """
    minimum = as_fraction(minimum)
    figures = [
        ActivityFigure(activity_id, _day_text(day), composition(people, minimum))
        for activity_id, day, people in activity_groups
    ]
    figures.sort(key=lambda figure: (figure.date, figure.activity_id))
    verdicts: Counter[Verdict] = Counter(figure.composition.verdict for figure in figures)
    months: dict[str, list[ActivityFigure]] = {}
    for figure in figures:
        months.setdefault(figure.date[:7], []).append(figure)
    trend = [
        MonthTrend(
            month=month,
            activities=len(group),
            attendances=sum(f.composition.people for f in group),
            women=sum(f.composition.women for f in group),
            not_stated=sum(f.composition.not_stated for f in group),
            passing=sum(f.composition.verdict == Verdict.PASSES for f in group),
            judged=sum(f.composition.verdict != Verdict.EMPTY for f in group),
        )
        for month, group in months.items()
    ]
    return PeriodSummary(
        minimum=minimum,
        activities=figures,
        verdicts={verdict: verdicts[verdict] for verdict in Verdict},
        months=trend,
    )
