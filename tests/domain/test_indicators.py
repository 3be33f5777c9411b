"""The funder's indicators: every figure against one computed independently from the raw rows.

``independent(store, start, end)`` counts with plain loops over ``store.*.list()`` and the definitions of
``aiall_desktop.domain.indicators`` read as words; it shares no code with the module. It is checked on a
hand-built register whose figures are also written out by hand, and on a small demo year.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime, timezone
from fractions import Fraction
from pathlib import Path

import pytest

from aiall_desktop.domain.diversity import Person, Verdict, period_summary
from aiall_desktop.domain.indicators import (
    NOT_GIVEN,
    ActivityRow,
    CaseRow,
    OrganisationRow,
    PeriodRows,
    case_in_period,
    compute,
)
from aiall_desktop.records import (
    Activity,
    ActivityKind,
    Attendance,
    AttendanceStatus,
    Case,
    CaseStage,
    Gender,
    Organisation,
    Participant,
    Sector,
    SizeClass,
)

START, END = "2026-03-01", "2026-03-31"

VERDICT_CODES = {Verdict.PASSES: "passes", Verdict.UNDETERMINED: "undetermined", Verdict.FAILS: "fails",
                 Verdict.EMPTY: "not_judged"}


# -- the hand-built register -------------------------------------------------------------------------


def build_register(store) -> dict[str, str]:
    """A month of three live activities (one nobody attended) around a deleted one and two outside it.

    Traps: a person at two activities, a deleted participant who was present, a deleted attendance row,
    invited/excused/no-show rows, a company without size class, a public body, a deleted organisation,
    unstated and other genders, cases without origin, with a deleted origin, deleted, out of the period,
    with a repeated area and an area the users added.
    """
    ids: dict[str, str] = {}

    def org(key, name, sector, size=None):
        ids[key] = store.organisations.create(Organisation(name=name, sector=sector, size_class=size)).id

    org("micro", "Örebro Mikro AB", Sector.COMPANY, SizeClass.MICRO)
    org("small", "Kumla Små AB", Sector.COMPANY, SizeClass.SMALL)
    org("nosize", "Storlekslös AB", Sector.COMPANY)
    org("public", "Region Örebro län", Sector.PUBLIC_SECTOR)
    org("academia", "Örebro universitet", Sector.ACADEMIA)
    org("gone_org", "Nedlagt AB", Sector.COMPANY, SizeClass.MEDIUM)
    org("large", "Storföretaget AB", Sector.COMPANY, SizeClass.LARGE)

    def person(key, first, gender, org_key=None):
        ids[key] = store.participants.create(Participant(
            first_name=first, last_name="Test", gender=gender,
            organisation_id=ids[org_key] if org_key else None)).id

    person("p1", "Åsa", Gender.WOMAN, "micro")  # at two activities
    person("p2", "Björn", Gender.MAN, "micro")
    person("p3", "Sven", Gender.NOT_STATED, "nosize")
    person("p4", "Karin", Gender.WOMAN, "public")
    person("p5", "Milica", Gender.NON_BINARY)  # no organisation
    person("p6", "Kim", Gender.SELF_DESCRIBED, "academia")
    person("p7", "Omar", Gender.MAN, "gone_org")  # organisation deleted below
    person("p8", "Eva", Gender.WOMAN, "small")  # participant deleted below
    person("p9", "Nikola", Gender.MAN, "small")  # attendance row deleted; excused elsewhere
    person("p10", "Leila", Gender.WOMAN, "small")
    person("p11", "Ingrid", Gender.WOMAN, "large")  # only invited in the period

    def activity(key, day, kind, title=None):
        ids[key] = store.activities.create(Activity(title=title or key, date=day, kind=kind)).id

    activity("a1", "2026-03-02", ActivityKind.CASE_WORKSHOP, "Case workshop Örebro")
    activity("a2", "2026-03-10", ActivityKind.NETWORK_MEETING, "Nätverksträff Karlskoga")
    activity("a3", "2026-03-20", ActivityKind.COMPANY_VISIT, "Besök utan närvaro")
    activity("a4", "2026-03-25", ActivityKind.DEMONSTRATION, "Inställd demo")  # deleted below
    activity("a5", "2026-04-02", ActivityKind.CASE_WORKSHOP, "April workshop")  # after the period
    activity("a6", "2026-02-27", ActivityKind.CASE_WORKSHOP, "February workshop")  # before it

    def attend(activity_key, person_key, status=AttendanceStatus.PRESENT):
        return store.attendance.create(Attendance(activity_id=ids[activity_key], participant_id=ids[person_key],
                                                  status=status)).id

    for key in ("p1", "p2", "p3", "p7", "p8"):
        attend("a1", key)
    store.attendance.delete(attend("a1", "p9"))
    attend("a1", "p11", AttendanceStatus.INVITED)
    for key in ("p1", "p4", "p5", "p6", "p10"):
        attend("a2", key)
    attend("a2", "p9", AttendanceStatus.EXCUSED)
    attend("a2", "p11", AttendanceStatus.NO_SHOW)
    attend("a3", "p2", AttendanceStatus.INVITED)
    attend("a4", "p2")
    attend("a5", "p1")
    attend("a5", "p11")
    attend("a6", "p2")

    def case(key, title, areas, stage=CaseStage.IDENTIFIED, origin=None, created_at=""):
        ids[key] = store.cases.create(Case(title=title, areas=areas, stage=stage,
                                           origin_activity_id=ids[origin] if origin else None,
                                           created_at=created_at)).id

    case("c1", "Prognos för fjärrvärme", ["energy", "welfare"], CaseStage.PRIORITISED, "a1")
    case("c2", "Energikartläggning", ["energy"], CaseStage.IDENTIFIED, "a2")
    case("c3", "Aprilcase", ["food"], CaseStage.IDENTIFIED, "a5")  # out of the period
    case("c4", "Case utan ursprung", ["smart_industry"], CaseStage.PARKED, None, "2026-03-15T10:00:00.000000Z")
    case("c5", "Majcase utan ursprung", ["energy"], CaseStage.IDENTIFIED, None, "2026-05-01T10:00:00.000000Z")
    case("c6", "Borttaget case", ["energy", "food"], CaseStage.IMPLEMENTED, "a1")  # deleted below
    case("c7", "Case från inställd demo", [], CaseStage.IN_DEVELOPMENT, "a4", "2026-03-26T12:00:00.000000Z")
    case("c8", "Mat och eget område", ["food", "food", "local_area"], CaseStage.INNOVATION, "a2")

    store.participants.delete(ids["p8"])
    store.organisations.delete(ids["gone_org"])
    store.activities.delete(ids["a4"])
    store.cases.delete(ids["c6"])
    return ids


@pytest.fixture
def register(store):
    store.ids = build_register(store)
    return store


# -- the independent computation ---------------------------------------------------------------------


def _local_date(utc_text: str) -> str:
    moment = datetime.strptime(utc_text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
    return moment.astimezone().date().isoformat()


def independent(store, start: str, end: str) -> dict:
    """The figures by their definitions, from ``store.*.list()`` (live rows only) and plain loops.

    Returns ``{(indicator, breakdown): value}`` with the indicator codes of the CSV, plus
    ``("verdict", activity_id)`` and ``("women_share", activity_id)`` for each activity.
    """
    minimum = Fraction(str(store.settings.get("women_minimum")))
    organisations = {o.id: o for o in store.organisations.list()}
    people = {p.id: p for p in store.participants.list()}
    all_activities = {a.id: a for a in store.activities.list()}
    activities = {i: a for i, a in all_activities.items() if start <= a.date <= end}
    present: dict[str, set[str]] = defaultdict(set)
    for row in store.attendance.list():
        if row.status == AttendanceStatus.PRESENT and row.activity_id in activities and row.participant_id in people:
            present[row.activity_id].add(row.participant_id)

    figures: dict = {}
    for kind in ActivityKind:
        figures["activities", kind.value] = sum(1 for a in activities.values() if a.kind == kind)
    figures["activities", "total"] = len(activities)

    participations = Counter(people[p].gender.value for group in present.values() for p in group)
    unique = set().union(*present.values()) if present else set()
    by_gender = Counter(people[p].gender.value for p in unique)
    for gender in Gender:
        figures["participations", gender.value] = participations[gender.value]
        figures["participants_unique", gender.value] = by_gender[gender.value]
    figures["participations", "total"] = sum(len(group) for group in present.values())
    figures["participants_unique", "total"] = len(unique)

    verdicts: Counter[str] = Counter()
    for activity_id in activities:
        group = present[activity_id]
        women = sum(1 for p in group if people[p].gender == Gender.WOMAN)
        unstated = sum(1 for p in group if people[p].gender == Gender.NOT_STATED)
        if not group:
            verdict = "not_judged"
        elif Fraction(women, len(group)) >= minimum:
            verdict = "passes"
        elif Fraction(women + unstated, len(group)) >= minimum:
            verdict = "undetermined"
        else:
            verdict = "fails"
        verdicts[verdict] += 1
        figures["verdict", activity_id] = verdict
        figures["women_share", activity_id] = Fraction(women, len(group)) if group else None
    for code in ("passes", "undetermined", "fails", "not_judged"):
        figures["activities_by_women_minimum", code] = verdicts[code]
    figures["activities_by_women_minimum", "total"] = len(activities)
    judged = len(activities) - verdicts["not_judged"]
    figures["activities_judged", "total"] = judged
    figures["activities_passing", "total"] = verdicts["passes"]

    supported = {people[p].organisation_id for p in unique if people[p].organisation_id in organisations}
    figures["participants_without_organisation", "total"] = sum(
        1 for p in unique if people[p].organisation_id not in organisations)
    for sector in Sector:
        figures["organisations_supported", sector.value] = sum(
            1 for o in supported if organisations[o].sector == sector)
    figures["organisations_supported", "total"] = len(supported)
    companies = [organisations[o] for o in supported if organisations[o].sector == Sector.COMPANY]
    for size in [*(s.value for s in SizeClass), NOT_GIVEN]:
        count = sum(1 for o in companies if (o.size_class.value if o.size_class else NOT_GIVEN) == size)
        figures["RCO01", size] = figures["RCO04", size] = count
    figures["RCO01", "total"] = figures["RCO04", "total"] = len(companies)

    cases = []
    for case in store.cases.list():
        origin = all_activities.get(case.origin_activity_id) if case.origin_activity_id else None
        day = origin.date if origin is not None else _local_date(case.created_at)
        if start <= day <= end:
            cases.append(case)
    for stage in CaseStage:
        figures["cases_by_stage", stage.value] = sum(1 for c in cases if c.stage == stage)
    figures["cases_by_stage", "total"] = len(cases)
    areas = {area for c in cases for area in c.areas} | set(store.settings.get("areas"))
    for area in areas:
        figures["cases_by_area", area] = sum(1 for c in cases if area in c.areas)
    figures["cases_by_area", "none"] = sum(1 for c in cases if not c.areas)
    figures["cases_intersection", "total"] = sum(1 for c in cases if len(set(c.areas)) >= 2)
    figures["cases", "total"] = len(cases)
    return figures


def module_figures(store, start: str, end: str) -> dict:
    """The module's figures in the shape of :func:`independent`."""
    f = compute(store.indicators.rows(start, end))
    figures: dict = {}
    for kind, n in f.activities_by_kind.items():
        figures["activities", kind] = n
    figures["activities", "total"] = f.activities_total
    for gender in Gender:
        figures["participations", gender.value] = f.participations_by_gender[gender]
        figures["participants_unique", gender.value] = f.participants_by_gender[gender]
    figures["participations", "total"] = f.participations
    figures["participants_unique", "total"] = f.participants_unique
    for line in f.activities:
        figures["verdict", line.id] = VERDICT_CODES[line.verdict]
        figures["women_share", line.id] = line.composition.women_share
    for verdict, code in VERDICT_CODES.items():
        figures["activities_by_women_minimum", code] = f.summary.verdicts[verdict]
    figures["activities_by_women_minimum", "total"] = sum(f.summary.verdicts.values())
    figures["activities_judged", "total"] = f.judged
    figures["activities_passing", "total"] = f.passing
    figures["participants_without_organisation", "total"] = f.participants_without_organisation
    for sector, n in f.organisations_by_sector.items():
        figures["organisations_supported", sector] = n
    figures["organisations_supported", "total"] = f.organisations_total
    for size, n in f.enterprises_by_size.items():
        figures["RCO01", size] = n
        figures["RCO04", size] = n
    figures["RCO01", "total"] = f.rco01
    figures["RCO04", "total"] = f.rco04
    for stage, n in f.cases_by_stage.items():
        figures["cases_by_stage", stage] = n
    figures["cases_by_stage", "total"] = f.cases_total
    for area, n in f.cases_by_area.items():
        figures["cases_by_area", area] = n
    figures["cases_by_area", "none"] = f.cases_without_area
    figures["cases_intersection", "total"] = f.intersection_cases
    figures["cases", "total"] = f.cases_total
    return figures


# -- the hand-built register -------------------------------------------------------------------------


def test_hand_built_register_figures_by_hand(register):
    ids = register.ids
    f = compute(register.indicators.rows(START, END))
    assert [line.id for line in f.activities] == [ids["a1"], ids["a2"], ids["a3"]]
    assert f.activities_by_kind == {"case_workshop": 1, "network_meeting": 1, "company_visit": 1,
                                    "case_development": 0, "demonstration": 0}
    # a1: Åsa, Björn, Sven (unstated), Omar — Eva is deleted, Nikola's row is deleted, Ingrid only invited.
    # a2: Åsa, Karin, Milica, Kim, Leila — Nikola excused, Ingrid did not come.
    assert f.participations_by_gender == {Gender.WOMAN: 4, Gender.MAN: 2, Gender.NON_BINARY: 1,
                                          Gender.SELF_DESCRIBED: 1, Gender.NOT_STATED: 1}
    assert f.participations == 9
    assert f.participants_by_gender == {Gender.WOMAN: 3, Gender.MAN: 2, Gender.NON_BINARY: 1,
                                        Gender.SELF_DESCRIBED: 1, Gender.NOT_STATED: 1}
    assert f.participants_unique == 8  # Åsa once, although at two activities
    a1, a2, a3 = f.activities
    assert (a1.composition.women_share, a1.verdict) == (Fraction(1, 4), Verdict.UNDETERMINED)
    assert (a2.composition.women_share, a2.verdict) == (Fraction(3, 5), Verdict.PASSES)
    assert (a3.composition.people, a3.verdict) == (0, Verdict.EMPTY)
    assert (f.judged, f.passing, f.pass_share) == (2, 1, Fraction(1, 2))
    # Omar's organisation is deleted and Milica has none.
    assert f.participants_without_organisation == 2
    assert f.organisations_by_sector == {"company": 3, "public_sector": 1, "academia": 1, "non_profit": 0,
                                         "other": 0}
    assert {o.name for o in f.organisations} == {"Örebro Mikro AB", "Storlekslös AB", "Kumla Små AB",
                                                 "Region Örebro län", "Örebro universitet"}
    assert f.enterprises_by_size == {"micro": 1, "small": 1, "medium": 0, "large": 0, NOT_GIVEN: 1}
    assert f.rco01 == f.rco04 == 3
    # c1, c2 (origin in the period), c4 (no origin, entered in it), c7 (origin deleted, entered in it), c8.
    assert {c.id for c in f.cases} == {ids[k] for k in ("c1", "c2", "c4", "c7", "c8")}
    assert f.cases_by_stage == {"identified": 1, "prioritised": 1, "in_development": 1, "innovation": 1,
                                "implemented": 0, "parked": 1}
    assert f.cases_by_area == {"smart_industry": 1, "energy": 2, "food": 1, "welfare": 1,
                               "sustainable_development": 0, "local_area": 1}
    assert f.cases_without_area == 1
    assert f.intersection_cases == 2  # c1 (energy, welfare) and c8 (food, local_area); food twice is one area


def test_hand_built_register_matches_the_independent_count(register):
    assert module_figures(register, START, END) == independent(register, START, END)


def test_a_period_of_one_day_and_an_empty_period(register):
    ids = register.ids
    one_day = compute(register.indicators.rows("2026-03-10", "2026-03-10"))
    assert [line.id for line in one_day.activities] == [ids["a2"]]
    assert module_figures(register, "2026-03-10", "2026-03-10") == independent(register, "2026-03-10", "2026-03-10")
    empty = compute(register.indicators.rows("2025-01-01", "2025-01-31"))
    assert (empty.activities_total, empty.participations, empty.rco01, empty.pass_share) == (0, 0, 0, None)


def test_women_rule_is_the_diversity_modules(register):
    """The per-activity figures are period_summary's own, on the dashboard's query."""
    f = compute(register.indicators.rows(START, END))
    summary = period_summary(register.groups.activities_between(START, END), register.settings.get("women_minimum"))
    assert {fig.activity_id: fig.composition for fig in summary.activities} == {
        line.id: line.composition for line in f.activities}
    assert summary.verdicts == f.summary.verdicts


def test_the_minimum_setting_is_used(register):
    register.settings.set("women_minimum", 0.7)
    f = compute(register.indicators.rows(START, END))
    assert f.minimum == Fraction(7, 10)
    assert [line.verdict for line in f.activities] == [Verdict.FAILS, Verdict.FAILS, Verdict.EMPTY]
    assert module_figures(register, START, END) == independent(register, START, END)


def test_changes_to_the_register_move_the_figures(register):
    """The figures follow the rows: a deleted attendance row or a restored participant changes them."""
    ids = register.ids
    store = register
    store.participants.restore(ids["p8"])  # Eva, a woman at a1: now 2 of 5
    f = compute(store.indicators.rows(START, END))
    assert f.activities[0].composition.women_share == Fraction(2, 5)
    assert f.enterprises_by_size["small"] == 1  # Kumla Små AB already through Leila
    assert module_figures(store, START, END) == independent(store, START, END)


# -- the rules in isolation --------------------------------------------------------------------------


def _case(origin_date=None, created_at="2026-03-15T10:00:00.000000Z", areas=()):
    return CaseRow("c", "Case", "identified", areas, "a" if origin_date else None, origin_date, created_at)


def test_case_belongs_to_its_origin_activitys_period_before_its_creation_date():
    entered_in_april = "2026-04-10T10:00:00.000000Z"
    assert case_in_period(_case("2026-03-31", entered_in_april), START, END)
    assert not case_in_period(_case("2026-04-01", "2026-03-10T10:00:00.000000Z"), START, END)
    assert case_in_period(_case(None, "2026-03-31T10:00:00.000000Z"), START, END)
    assert not case_in_period(_case(None, entered_in_april), START, END)


def test_case_without_origin_counts_by_local_date(monkeypatch):
    import time

    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    try:
        # 23:30 UTC on 31 March is 01:30 on 1 April in Sweden: April's case, not March's.
        assert not case_in_period(_case(None, "2026-03-31T23:30:00.000000Z"), START, END)
        assert case_in_period(_case(None, "2026-02-28T23:30:00.000000Z"), START, END)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_compute_from_plain_rows_without_a_store():
    people = [Person("w1", Gender.WOMAN, "o1", "company"), Person("m1", Gender.MAN, "o2", "company"),
              Person("m2", Gender.MAN, None, None)]
    rows = PeriodRows(
        date_from=START, date_to=END,
        activities=[ActivityRow("a", "2026-03-05", "demonstration", "Demo", people),
                    ActivityRow("outside", "2026-04-05", "demonstration", "Later", people)],
        organisations={"o1": OrganisationRow("o1", "One AB", "company", "micro"),
                       "o2": OrganisationRow("o2", "Two AB", "company", None)},
        cases=[_case("2026-03-05", areas=("energy", "food")), _case("2026-04-05")],
        minimum="0.34", areas=("energy",),
    )
    f = compute(rows)
    assert f.activities_total == 1  # rows outside the period are left out
    assert f.activities[0].verdict == Verdict.FAILS  # 1 of 3 is 33.3 % < 34 %
    assert f.enterprises_by_size == {"micro": 1, "small": 0, "medium": 0, "large": 0, NOT_GIVEN: 1}
    assert f.participants_without_organisation == 1
    assert f.cases_by_area == {"energy": 1, "food": 1}
    assert f.intersection_cases == 1


def test_period_ending_before_it_starts_is_refused():
    with pytest.raises(ValueError, match="before it starts"):
        compute(PeriodRows("2026-03-31", "2026-03-01", [], {}, []))


# -- a demo year ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    from aiall_desktop.demo import generate

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    generate(path, scale=0.05, seed=3)
    return path


def test_demo_year_matches_the_independent_count(demo_path):
    from aiall_desktop.store import Store

    with Store.open(demo_path, create=False) as store:
        year = store.activities.list(order_by="date", limit=1)[0].date[:4]
        start, end = f"{year}-01-01", f"{year}-12-31"
        mine, theirs = module_figures(store, start, end), independent(store, start, end)
        assert mine == theirs
        # The demo exercises what the hand-built register cannot show at scale.
        assert mine["activities", "total"] >= 20
        assert mine["participations", "total"] > mine["participants_unique", "total"] > 100
        assert mine["RCO01", "total"] > 0
        assert mine["cases", "total"] > 0 and mine["cases_intersection", "total"] > 0
