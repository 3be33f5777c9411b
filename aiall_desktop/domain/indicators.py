"""The funder's indicators for a period: what the project did, for whom, and with which cases.

These are the figures of the indicator report (issue 6) and of the window's dashboard. They are the
ones an auditor checks, so every figure is defined here, in words, and computed from plain rows
(:class:`PeriodRows`), which the store reads (``store.indicators.rows(date_from, date_to)``).

Definitions
-----------

*Period*: ``date_from``..``date_to``, both days included. Deleted records (tombstones) count nowhere.

*Activity in the period*: a live activity whose date is in the period, whatever its kind, also one
nobody attended. **Activities by kind** counts them.

*Participation*: an attendance row with status *present* (checked in) at an activity in the period,
of a live participant. Invited, excused and no-show rows are not participations. A person at two
activities makes two participations. **Participations by gender** counts them by the participant's
gender.

*Unique participants*: the distinct participants with at least one participation in the period.
**By gender**: woman, man, non-binary, self-described, not stated; a person who did not state a
gender is counted as *not stated*, never guessed.

*Women share of an activity*: women present / everyone present, and whether it reaches the project's
minimum (the setting ``women_minimum``, 26 % by default). This is exactly the rule of
:mod:`aiall_desktop.domain.diversity` (``composition``/``period_summary``), the one the dashboard and
the workshop window show, reused here and not restated: people of unstated gender stay in the
denominator; an activity that fails only because of unstated genders is *undetermined*; an activity
nobody attended is *not judged*. **Share of activities that pass** = passing / judged activities
(undetermined ones do not pass).

*Organisations supported*: the distinct live organisations of the unique participants (the
participant's organisation as the register holds it when the report is made). A participant without
an organisation, or whose organisation is deleted, supports none; they are counted separately.
**By sector**: company, public sector, academia, non-profit, other.

*RCO01 — enterprises supported*: the organisations supported whose sector is *company*, by EU size
class (Commission Recommendation 2003/361/EC): micro, small, medium, large, and *not given* when the
register has no size class for the company.

*RCO04 — enterprises with non-financial support*: **assumption**: all support given by this project is
non-financial (workshops, company visits, network meetings, case development; no grants, loans or
vouchers), so RCO04 = RCO01, with the same breakdown by size class.

*Cases of the period*: the live cases whose origin activity is an activity in the period; a case
without an origin activity (or whose origin activity is deleted) belongs to the period in which it was
entered (the local date of its creation). **By stage**: the case's stage when the report is made (not
the stage it had at the end of the period). **By ÖMS area**: a case counts once in each of its areas
(so the areas add up to more than the cases); cases without an area are counted separately.
**Intersection cases**: cases with two or more distinct areas (the ``*`` of AI.ALL*).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime, timezone
from fractions import Fraction

from ..records import ActivityKind, CaseStage, Gender, Sector, SizeClass
from .diversity import (
    DEFAULT_MINIMUM,
    Composition,
    PeriodSummary,
    PersonLike,
    Verdict,
    as_fraction,
    composition,
    period_summary,
    unique_people,
)

#: The size-class breakdown key of a company without a size class in the register.
NOT_GIVEN = "not_given"
#: The breakdown key of the enterprises by size, in the order the funder's form lists them.
SIZE_KEYS: tuple[str, ...] = (*(size.value for size in SizeClass), NOT_GIVEN)


# -- the rows the figures are computed from ------------------------------------------------------------


@dataclass(frozen=True)
class ActivityRow:
    """One live activity of the period and the people present at it (each once)."""

    id: str
    date: str  # YYYY-MM-DD
    kind: str  # an ActivityKind value
    title: str
    people: Sequence[PersonLike]
    start_time: str = ""


@dataclass(frozen=True)
class OrganisationRow:
    id: str
    name: str
    sector: str  # a Sector value
    size_class: str | None  # a SizeClass value, None when not given
    org_number: str | None = None


@dataclass(frozen=True)
class CaseRow:
    """A live case; ``origin_date`` is the date of its live origin activity (``None`` without one)."""

    id: str
    title: str
    stage: str  # a CaseStage value
    areas: Sequence[str]
    origin_activity_id: str | None
    origin_date: str | None
    created_at: str  # UTC, as the store writes it

    @property
    def is_intersection(self) -> bool:
        return len(set(self.areas)) >= 2


@dataclass(frozen=True)
class PeriodRows:
    """Everything the indicators of one period are computed from."""

    date_from: str
    date_to: str
    #: The live activities dated in the period, in date (then start time) order.
    activities: Sequence[ActivityRow]
    #: The live organisations of the people present, by id (others may be there too).
    organisations: dict[str, OrganisationRow]
    #: Live cases; :func:`case_in_period` picks those of the period (others may be there too).
    cases: Sequence[CaseRow]
    minimum: float | Fraction | str = DEFAULT_MINIMUM
    #: The ÖMS areas of the settings, in their order: listed even when no case has them.
    areas: Sequence[str] = ()


# -- the figures ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityLine:
    """One activity of the period with its composition (the women share and the 26 % verdict)."""

    id: str
    date: str
    kind: str
    title: str
    composition: Composition

    @property
    def verdict(self) -> Verdict:
        return self.composition.verdict


@dataclass(frozen=True)
class Indicators:
    date_from: str
    date_to: str
    minimum: Fraction
    #: Every activity of the period in date (then start time) order.
    activities: list[ActivityLine]
    #: Every ActivityKind (0 included), then any other kind found.
    activities_by_kind: dict[str, int]
    #: The diversity module's own summary of the period (verdict counts, months).
    summary: PeriodSummary
    #: Everyone with a participation, each person once: ``participants.genders`` is unique participants by gender.
    participants: Composition
    #: Participations by the participant's gender (every Gender, 0 included).
    participations_by_gender: dict[Gender, int]
    #: The organisations supported, by name.
    organisations: list[OrganisationRow]
    #: Organisations supported per sector (every Sector, 0 included).
    organisations_by_sector: dict[str, int]
    #: Unique participants without a (live) organisation.
    participants_without_organisation: int
    #: Enterprises supported (RCO01) by size class: micro, small, medium, large, not_given.
    enterprises_by_size: dict[str, int]
    #: The cases of the period, by title.
    cases: list[CaseRow]
    #: Every CaseStage (0 included), then any other stage found.
    cases_by_stage: dict[str, int]
    #: The configured areas in their order (0 included), then any other area found on a case.
    cases_by_area: dict[str, int]
    cases_without_area: int
    intersection_cases: int

    @property
    def activities_total(self) -> int:
        return len(self.activities)

    @property
    def participants_unique(self) -> int:
        return self.participants.people

    @property
    def participants_by_gender(self) -> dict[Gender, int]:
        return self.participants.genders

    @property
    def participations(self) -> int:
        return sum(self.participations_by_gender.values())

    @property
    def organisations_total(self) -> int:
        return len(self.organisations)

    @property
    def rco01(self) -> int:
        """Enterprises supported."""
        return sum(self.enterprises_by_size.values())

    @property
    def rco04(self) -> int:
        """Enterprises with non-financial support: all support is non-financial (see the module's note)."""
        return self.rco01

    @property
    def judged(self) -> int:
        return self.summary.judged

    @property
    def passing(self) -> int:
        return self.summary.passing

    @property
    def not_judged(self) -> int:
        return self.summary.verdicts[Verdict.EMPTY]

    @property
    def pass_share(self) -> Fraction | None:
        return self.summary.pass_share

    @property
    def cases_total(self) -> int:
        return len(self.cases)


def day_text(day: str | Date) -> str:
    return day.isoformat() if isinstance(day, Date) else str(day)


def local_day(utc_text: str) -> str:
    """The local calendar date (this computer's time zone) of a UTC timestamp from the store."""
    moment = datetime.fromisoformat(utc_text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().date().isoformat()


def case_in_period(case: CaseRow, date_from: str, date_to: str) -> bool:
    """By its origin activity's date; without a live origin activity, by the local date it was entered."""
    day = case.origin_date if case.origin_date else local_day(case.created_at)
    return date_from <= day <= date_to


def _known_first(known: Iterable[str], counts: Counter[str]) -> dict[str, int]:
    """Every known key in its order (0 included), then keys found outside it, alphabetically."""
    ordered = {key: counts.get(key, 0) for key in known}
    for key in sorted(counts):
        if key not in ordered:
            ordered[key] = counts[key]
    return ordered


def compute(rows: PeriodRows) -> Indicators:
    """The indicators of ``rows``' period (see the module's definitions).

    Raises ``ValueError`` when the period ends before it starts.
    """
    date_from, date_to = day_text(rows.date_from), day_text(rows.date_to)
    if date_to < date_from:
        raise ValueError(f"the period ends ({date_to}) before it starts ({date_from})")
    minimum = as_fraction(rows.minimum)
    activities = [a for a in rows.activities if date_from <= a.date <= date_to]

    # The 26 % rule and the counts of people come from the diversity module, exactly as the dashboard's.
    summary = period_summary(((a.id, a.date, a.people) for a in activities), minimum)
    figures = {figure.activity_id: figure.composition for figure in summary.activities}
    lines = [ActivityLine(a.id, a.date, a.kind, a.title, figures[a.id]) for a in activities]
    everyone = composition((person for a in activities for person in a.people), minimum)
    participations: Counter[Gender] = Counter()
    for line in lines:
        participations.update(line.composition.genders)

    supported: dict[str, OrganisationRow] = {}
    without_organisation = 0
    for person in unique_people(person for a in activities for person in a.people):
        organisation = rows.organisations.get(person.organisation_id) if person.organisation_id else None
        if organisation is None:
            without_organisation += 1
        else:
            supported[organisation.id] = organisation
    organisations = sorted(supported.values(), key=lambda o: (o.name.casefold(), o.id))
    by_sector = Counter(o.sector for o in organisations)
    by_size = Counter(o.size_class or NOT_GIVEN for o in organisations if o.sector == Sector.COMPANY)

    cases = sorted((c for c in rows.cases if case_in_period(c, date_from, date_to)),
                   key=lambda c: (c.title.casefold(), c.id))
    by_area: Counter[str] = Counter()
    for case in cases:
        by_area.update(set(case.areas))

    return Indicators(
        date_from=date_from,
        date_to=date_to,
        minimum=minimum,
        activities=lines,
        activities_by_kind=_known_first((k.value for k in ActivityKind), Counter(a.kind for a in activities)),
        summary=summary,
        participants=everyone,
        participations_by_gender={gender: participations[gender] for gender in Gender},
        organisations=organisations,
        organisations_by_sector=_known_first((s.value for s in Sector), by_sector),
        participants_without_organisation=without_organisation,
        enterprises_by_size={key: by_size[key] for key in SIZE_KEYS},
        cases=cases,
        cases_by_stage=_known_first((s.value for s in CaseStage), Counter(c.stage for c in cases)),
        cases_by_area=_known_first(rows.areas, by_area),
        cases_without_area=sum(1 for c in cases if not c.areas),
        intersection_cases=sum(1 for c in cases if c.is_intersection),
    )


__all__ = [
    "NOT_GIVEN", "SIZE_KEYS", "ActivityLine", "ActivityRow", "CaseRow", "Indicators", "OrganisationRow",
    "PeriodRows", "case_in_period", "compute", "local_day",
]
