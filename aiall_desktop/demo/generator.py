"""Demo data: one busy project year of AI.ALL* in Örebro county, entirely fictional.

The year is played out in date order, the way it happens: people are invited to activities mostly
through the organisations linked to them, case workshops yield case ideas and dot votes, promising cases
get a team, and case-development sessions bring those teams back. Everything is built in memory first
and then written kind by kind, parents first, through the store's ``create_many`` (one transaction per
kind), so that the demo file obeys every rule the store keeps.

The same seed gives the same file: every choice, every id and every timestamp comes from one
``random.Random``. Only the settings' own ``updated_at`` says when the file was made.
"""

from __future__ import annotations

import bisect
import functools
import math
import random
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path
from typing import TypeVar

from ..records import (
    ActivityKind,
    Activity,
    AgendaItem,
    Area,
    Attendance,
    AttendanceStatus,
    Case,
    CaseStageChange,
    CaseStage,
    Gender,
    Organisation,
    Participant,
    Record,
    Sector,
    SizeClass,
    Team,
    TeamKind,
    TeamMember,
)
from ..store import Store
from ..store.clock import parse_utc
from . import names as N

T = TypeVar("T")
Progress = Callable[[int, int], None]

#: One busy project year at scale 1.
BASE_SIZES = {"organisations": 600, "participants": 5000, "activities": 500, "cases": 2000}
#: Enough of each kind, even at a tiny scale, for every value of every choice list to occur.
MINIMUM_SIZES = {"organisations": 14, "participants": 60, "activities": 12, "cases": 12}

PROJECT_START = date(2025, 1, 13)
LAST_ACTIVITY_DAY = date(2025, 12, 19)
PROJECT_END = date(2026, 1, 12)
#: Nobody books workshops on these days (Swedish public holidays and the summer break).
CLOSED_DAYS = {date(2025, 4, 18), date(2025, 4, 21), date(2025, 5, 1), date(2025, 5, 29), date(2025, 5, 30),
               date(2025, 6, 6), date(2025, 6, 20)}
SUMMER_BREAK = (date(2025, 6, 27), date(2025, 8, 10))

KIND_MIX = ((ActivityKind.CASE_WORKSHOP, 35), (ActivityKind.NETWORK_MEETING, 18),
            (ActivityKind.COMPANY_VISIT, 20), (ActivityKind.CASE_DEVELOPMENT, 15),
            (ActivityKind.DEMONSTRATION, 12))
#: How many people are invited, by kind (low, high); calibrated to about five invitations per person.
INVITED = {ActivityKind.CASE_WORKSHOP: (40, 100), ActivityKind.NETWORK_MEETING: (40, 130),
           ActivityKind.DEMONSTRATION: (20, 80), ActivityKind.COMPANY_VISIT: (3, 8),
           ActivityKind.CASE_DEVELOPMENT: (4, 9)}
#: Who turns up: open events lose more people than a meeting booked with a small team.
TURNOUT = {"open": ((AttendanceStatus.PRESENT, 80), (AttendanceStatus.EXCUSED, 8),
                    (AttendanceStatus.NO_SHOW, 6), (AttendanceStatus.INVITED, 6)),
           "small": ((AttendanceStatus.PRESENT, 92), (AttendanceStatus.EXCUSED, 6),
                     (AttendanceStatus.NO_SHOW, 2))}
GENDER_MIX_OTHER = ((Gender.NON_BINARY, 0.02), (Gender.SELF_DESCRIBED, 0.01), (Gender.NOT_STATED, 0.07))

STAGE_MIX = ((CaseStage.IDENTIFIED, 44), (CaseStage.PRIORITISED, 22), (CaseStage.IN_DEVELOPMENT, 12),
             (CaseStage.INNOVATION, 6), (CaseStage.IMPLEMENTED, 3), (CaseStage.PARKED, 13))
#: Months a case needs after its workshop before it can plausibly have reached a stage.
STAGE_MONTHS = {CaseStage.IDENTIFIED: 0, CaseStage.PRIORITISED: 0, CaseStage.PARKED: 0.5,
                CaseStage.IN_DEVELOPMENT: 1.5, CaseStage.INNOVATION: 3, CaseStage.IMPLEMENTED: 5}
STAGE_RANK = {CaseStage.IDENTIFIED: 0, CaseStage.PRIORITISED: 1, CaseStage.IN_DEVELOPMENT: 2,
              CaseStage.INNOVATION: 3, CaseStage.IMPLEMENTED: 4, CaseStage.PARKED: 1}
TEAM_STAGES = (CaseStage.PRIORITISED, CaseStage.IN_DEVELOPMENT, CaseStage.INNOVATION, CaseStage.IMPLEMENTED)
INTERSECTION_SHARE = 0.34
#: A few events draw almost only men, as some industry events really do; the 26 % rule must flag them.
MALE_DOMINATED_SHARE = 0.06
DOTS_PER_PERSON = 3
MAX_AGENDA_BLOCKS = 8
#: The store's repositories in an order that satisfies the foreign keys.
WRITE_ORDER = ("organisations", "participants", "activities", "agenda_items", "attendance", "cases", "teams",
               "team_members", "case_history")
#: The way a case walks to its stage; a parked case was parked from where it stood.
STAGE_PATH = (CaseStage.IDENTIFIED, CaseStage.PRIORITISED, CaseStage.IN_DEVELOPMENT, CaseStage.INNOVATION,
              CaseStage.IMPLEMENTED)

AREA_BACKGROUND = {Area.SMART_INDUSTRY.value: "industry", Area.ENERGY.value: "energy",
                   Area.FOOD.value: "food", Area.WELFARE.value: "healthcare",
                   Area.SUSTAINABLE_DEVELOPMENT.value: "environment"}


# -- small helpers --------------------------------------------------------------------------------


def luhn_check_digit(digits: str) -> int:
    """The check digit Swedish organisation numbers end with (Luhn over the first nine digits)."""
    total = 0
    for position, char in enumerate(digits):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


@functools.cache
def ascii_fold(text: str) -> str:
    """Letters as an e-mail address can carry them: ö → o, ł → l, ễ → e."""
    decomposed = unicodedata.normalize("NFKD", text.translate(N.ASCII_FOLDS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).encode("ascii", "ignore").decode()


@functools.cache
def mail_slug(text: str, separator: str = ".") -> str:
    words = "".join(c if c.isalnum() or c == "-" else " " for c in ascii_fold(text).lower()).split()
    return separator.join(words)


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


DAY = 86_400_000_000  # microseconds
MINUTE = 60_000_000


_UUID_KEEP = ~(0xF000 << 64) & ~(0xC000 << 48)
_UUID_SET = (0x4000 << 64) | (0x8000 << 48)  # version 4, RFC 4122 variant


def _uuid_text(bits: int) -> str:
    h = f"{bits & _UUID_KEEP | _UUID_SET:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class Clock:
    """Local Swedish times as the UTC text the store writes (``2025-03-04T08:12:09.123456Z``).

    A moment is an integer of microseconds since ``EPOCH``, local time: cheap to keep for a quarter of a
    million attendance rows, and turned into text only while writing.
    """

    EPOCH = date(2024, 11, 1)

    def __init__(self) -> None:
        self._offsets: dict[int, int] = {}
        self._dates: dict[int, str] = {}

    def moment(self, day: date, minute_of_day: float, rng: random.Random | None = None) -> int:
        second = int(rng.random() * MINUTE) if rng else 0
        return ((day - self.EPOCH).days * 1440 + int(minute_of_day)) * MINUTE + second

    def day(self, moment: int) -> date:
        return self.EPOCH + timedelta(days=moment // DAY)

    def text(self, moment: int) -> str:
        offset = self._offsets.get(moment // DAY)
        if offset is None:
            offset = self._offsets[moment // DAY] = self._utc_offset(moment // DAY)
        utc_day, rest = divmod(moment - offset, DAY)
        prefix = self._dates.get(utc_day)
        if prefix is None:
            prefix = self._dates[utc_day] = f"{self.EPOCH + timedelta(days=utc_day)}T"
        minutes, micro = divmod(rest, MINUTE)
        return f"{prefix}{minutes // 60:02d}:{minutes % 60:02d}:{micro // 1_000_000:02d}.{micro % 1_000_000:06d}Z"

    def _utc_offset(self, local_day: int) -> int:
        day = self.EPOCH + timedelta(days=local_day)
        # EU summer time, last Sunday of March to last Sunday of October: UTC+2, otherwise UTC+1.
        summer = _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)
        return (120 if summer else 60) * MINUTE


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


class Picker:
    """Weighted choices from a fixed list, without rebuilding cumulative weights each time."""

    def __init__(self, items: Sequence[tuple[T, float]]):
        self.items = [item for item, _ in items]
        self.cumulative = list(accumulate(weight for _, weight in items))

    def __call__(self, rng: random.Random) -> T:
        return self.items[bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])]


# -- the year's working state ---------------------------------------------------------------------


@dataclass
class _Org:
    record: Organisation
    domain: str
    background: str
    people: list[int] = field(default_factory=list)
    weight: float = 1.0
    first_contact: int | None = None


@dataclass
class _Person:
    record: Participant
    org: int | None
    engagement: float
    first_invited: int | None = None


@dataclass
class _Plan:
    kind: ActivityKind
    day: date
    invited: int
    theme: str
    male_dominated: bool = False
    case_quota: int = 0


@dataclass
class _CaseState:
    record: Case
    origin_day: date
    team: list[int] = field(default_factory=list)


@dataclass
class _Attendance:
    # A compact row: the year has hundreds of thousands of these.
    activity: int
    person: int
    role: str
    status: AttendanceStatus
    invited_at: int
    checked_in_at: int | None
    answered_at: int


class DemoYear:
    """Builds the records of one demo year in memory; :meth:`records` hands them over kind by kind."""

    def __init__(self, scale: float, seed: int):
        self.rng = random.Random(seed)
        self.clock = Clock()
        self.sizes = {kind: max(MINIMUM_SIZES[kind], round(base * scale)) for kind, base in BASE_SIZES.items()}
        self.orgs: list[_Org] = []
        self.people: list[_Person] = []
        self.activities: list[Activity] = []
        self.agenda: list[AgendaItem] = []
        self.attendance: list[_Attendance] = []
        self.cases: list[_CaseState] = []
        self.teams: list[Team] = []
        self.members: list[TeamMember] = []
        self.plans: list[_Plan] = []
        self._case_count = 0
        self._role_picks = {sector: Picker([(role, role[2]) for role in roles])
                            for sector, roles in N.ROLES.items()}
        self._org_names: set[str] = set()
        self._org_numbers: set[str] = set()
        self._emails: set[str] = set()

    # -- ids and small choices ---------------------------------------------------------------------

    def new_id(self) -> str:
        """A version-4 UUID drawn from the seeded generator (what ``uuid.UUID(int=…, version=4)`` gives)."""
        return _uuid_text(self.rng.getrandbits(128))

    def id_pool(self, count: int) -> Iterator[str]:
        """``count`` fresh ids in increasing order (then random ones, should more be asked for).

        Rows that reach SQLite in id order are appended to the id index instead of landing on random
        pages of it, which makes the big tables go in about a third faster. Each id is still a random
        version-4 UUID; only the order in which they are handed out is sorted.
        """
        getrandbits = self.rng.getrandbits
        # Fixing the version and variant bits keeps the numeric order, so sorting the numbers sorts the ids.
        for bits in sorted(getrandbits(128) & _UUID_KEEP | _UUID_SET for _ in range(count)):
            yield _uuid_text(bits)
        while True:
            yield self.new_id()

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def stamp(self, moment: int) -> str:
        return self.clock.text(moment)

    # -- organisations ---------------------------------------------------------------------------------

    def build_organisations(self) -> None:
        rng = self.rng
        count = self.sizes["organisations"]
        foreign = min(len(N.FOREIGN_ORGANISATIONS), max(1, round(count * 0.012)))
        # Every sector and every size class from the start, whatever the scale.
        forced = [(Sector.COMPANY, SizeClass.MICRO), (Sector.COMPANY, SizeClass.SMALL),
                  (Sector.COMPANY, SizeClass.MEDIUM), (Sector.COMPANY, SizeClass.LARGE),
                  (Sector.PUBLIC_SECTOR, SizeClass.LARGE), (Sector.ACADEMIA, SizeClass.LARGE),
                  (Sector.NON_PROFIT, SizeClass.MICRO), (Sector.OTHER, SizeClass.SMALL),
                  (Sector.PUBLIC_SECTOR, SizeClass.MEDIUM), (Sector.COMPANY, SizeClass.MICRO)]
        sector_pick = Picker([(Sector(s), w) for s, w in N.SECTOR_MIX])
        size_picks = {Sector(s): Picker(list(zip(SizeClass, mix))) for s, mix in N.SIZE_MIX.items()}
        self._places = self._fictional_places(max(6, count // 40))
        self._org_ids = self.id_pool(count)
        self._municipality = Picker(N.COUNTY_MUNICIPALITIES)
        for index in range(count - foreign):
            sector, size = forced[index] if index < len(forced) else (None, None)
            sector = sector or sector_pick(rng)
            size = size or size_picks[sector](rng)
            self._domestic_org(sector, size)
        for name, town, sector, areas in rng.sample(N.FOREIGN_ORGANISATIONS, foreign):
            size = rng.choice([SizeClass.SMALL, SizeClass.MEDIUM])
            self._add_org(name, None, Sector(sector), size, town, list(areas), AREA_BACKGROUND[areas[0]])
        for org in self.orgs:
            people = N.PEOPLE_PER_SIZE[org.record.size_class.value]
            org.weight = people * (1.6 if org.record.sector == Sector.PUBLIC_SECTOR else 1.0)

    def _fictional_places(self, how_many: int) -> list[str]:
        every = [stem + ending for stem in N.PLACE_STEMS for ending in N.PLACE_ENDINGS]
        return self.rng.sample(every, min(how_many, len(every)))

    def _domestic_org(self, sector: Sector, size: SizeClass) -> _Org:
        rng = self.rng
        in_county = self.chance(0.93)
        municipality = self._municipality(rng) if in_county else rng.choice(N.ELSEWHERE_IN_SWEDEN)
        if sector == Sector.COMPANY:
            trade = rng.choice(N.TRADES)
            # Trading partnerships and small associations stay small; bigger firms are limited companies.
            big = size in (SizeClass.MEDIUM, SizeClass.LARGE)
            form_pick = Picker([(f, w) for f, w in N.COMPANY_FORMS if not big or f.endswith(" AB")])

            def company_name() -> str:
                return form_pick(rng).format(prefix=rng.choice(N.COMPANY_PREFIXES), trade=trade.word,
                                             place=municipality)

            name = self._unique_name(company_name)
            areas = list(trade.areas)
            background = trade.background
        else:
            patterns = {Sector.PUBLIC_SECTOR: N.PUBLIC_BODIES, Sector.ACADEMIA: N.ACADEMIA,
                        Sector.NON_PROFIT: N.NON_PROFIT, Sector.OTHER: N.OTHER_BODIES}[sector]
            chosen: list[tuple[str, ...]] = []

            def body_name() -> str:
                pattern, pattern_areas = rng.choice(patterns)
                chosen[:] = [pattern_areas]
                return pattern.format(place=rng.choice(self._places))

            name = self._unique_name(body_name)
            areas = list(chosen[0])
            background = AREA_BACKGROUND[areas[0]]
        if len(areas) > 1 and self.chance(0.3):
            areas = rng.sample(areas, rng.randint(1, len(areas)))
        return self._add_org(name, self._org_number(name, sector), sector, size, municipality,
                             sorted(areas, key=list(N.AREA_PHRASES_SV).index), background)

    def _unique_name(self, make: Callable[[], str]) -> str:
        for _ in range(40):
            name = make()
            if name not in self._org_names:
                return name
        # A crowded register (very large scales): number the namesakes as the registry office would.
        number = 2
        while f"{name} {number}" in self._org_names:
            number += 1
        return f"{name} {number}"

    def _org_number(self, name: str, sector: Sector) -> str:
        """A unique organisation number of the right legal-form series, with a valid check digit."""
        rng = self.rng
        if name.endswith(" HB"):
            series = "969"
        elif name.endswith("Ekonomisk förening"):
            series = "769"
        elif name.endswith(" AB") or "AB (" in name:
            series = rng.choice(["556", "559"])
        elif sector == Sector.PUBLIC_SECTOR:
            series = "232100" if name.startswith("Region") else rng.choice(["212000", "222000"])
        elif sector == Sector.ACADEMIA:
            series = rng.choice(["202100", "802"])
        else:
            series = rng.choice(["802", "717"])
        while True:
            nine = series + "".join(rng.choice("0123456789") for _ in range(9 - len(series)))
            number = f"{nine[:6]}-{nine[6:]}{luhn_check_digit(nine)}"
            if number not in self._org_numbers:
                self._org_numbers.add(number)
                return number

    def _add_org(self, name: str, number: str | None, sector: Sector, size: SizeClass, municipality: str,
                 areas: list[str], background: str) -> _Org:
        self._org_names.add(name)
        main_part = name.split(",")[0].split(" (")[0]
        for suffix in (" Ekonomisk förening", " & Söner AB", " AB", " HB", " Oy", " AS", " OÜ", " GmbH",
                       " ApS", " Sp. z o.o."):
            main_part = main_part.removesuffix(suffix)
        record = Organisation(
            id=next(self._org_ids), name=name, org_number=number, sector=sector, size_class=size,
            municipality=municipality, areas=areas, notes=self.rng.choice(N.ORGANISATION_NOTES),
        )
        org = _Org(record, domain=mail_slug(main_part, "") + ".example", background=background)
        self.orgs.append(org)
        return org

    # -- people ------------------------------------------------------------------------------------

    def build_participants(self) -> None:
        rng = self.rng
        count = self.sizes["participants"]
        groups = {g.key: g for g in N.NAME_GROUPS}
        group_pick = Picker([(g, g.weight) for g in N.NAME_GROUPS])
        org_pick = Picker([(i, org.weight) for i, org in enumerate(self.orgs)])
        forced_genders = [Gender.NON_BINARY, Gender.SELF_DESCRIBED, Gender.NOT_STATED]
        self._person_ids = self.id_pool(count)
        # Rare, but there must be one: someone who came on their own account.
        without_org = min(count - 1, len(self.orgs))
        for index in range(count):
            # Everyone's employer first, so that each organisation has somebody; then by size.
            if index < len(self.orgs):
                org = (index + len(N.SHOWCASE_PEOPLE)) % len(self.orgs)
            else:
                org = org_pick(rng)
            if index == without_org or self.chance(0.02):
                org = None
            if index < len(N.SHOWCASE_PEOPLE):
                key, first, last, script, gender = N.SHOWCASE_PEOPLE[index]
                person = self._showcase_person(groups[key], first, last, script, Gender(gender), org)
            else:
                gender = forced_genders.pop(0) if forced_genders else self._gender(org)
                person = self._random_person(group_pick(rng), gender, org)
            self.people.append(person)
            if org is not None:
                self.orgs[org].people.append(len(self.people) - 1)

    def _gender(self, org: int | None) -> Gender:
        sector = self.orgs[org].record.sector.value if org is not None else "none"
        women = N.WOMEN_SHARE_BY_SECTOR[sector]
        draw = self.rng.random()
        if draw < women:
            return Gender.WOMAN
        draw -= women
        for gender, share in GENDER_MIX_OTHER:
            if draw < share:
                return gender
            draw -= share
        return Gender.MAN

    def _random_person(self, group: N.NameGroup, gender: Gender, org: int | None) -> _Person:
        rng = self.rng
        script = self.chance(group.script_share)
        if gender == Gender.WOMAN:
            first_list = group.women
        elif gender == Gender.MAN:
            first_list = group.men
        else:
            first_list = rng.choice([group.women, group.men])
        first_index = rng.randrange(len(first_list))
        last_group = group
        if group.mixable and not script and self.chance(0.1):
            # Second-generation Swedes and mixed families: first and last name from different languages.
            last_group = rng.choice([g for g in N.NAME_GROUPS if g.mixable])
        last_index = rng.randrange(len(last_group.surnames))
        first_latin = first_list[first_index]
        if gender not in (Gender.WOMAN, Gender.MAN) and not script and self.chance(0.25):
            first_latin = rng.choice(N.UNISEX_FIRST_NAMES)
        last_latin = self._surname(last_group, last_index, gender)
        if script:
            script_first = group.script_women if first_list is group.women else group.script_men
            written = (script_first[first_index], group.script_surnames[last_index])
        else:
            written = (first_latin, last_latin)
        return self._person(written, (first_latin, last_latin), gender, org)

    def _surname(self, group: N.NameGroup, index: int, gender: Gender) -> str:
        surname = group.surnames[index]
        if gender == Gender.WOMAN:
            for male, female in group.feminine_endings:
                if surname.endswith(male):
                    return surname[: -len(male)] + female
        if group.key == "spanish" and self.chance(0.3):
            surname = f"{surname} {self.rng.choice(group.surnames)}"
        return surname

    def _showcase_person(self, group: N.NameGroup, first: int, last: int, script: bool, gender: Gender,
                         org: int | None) -> _Person:
        first_list = group.women if gender == Gender.WOMAN else group.men
        latin = (first_list[first], group.surnames[last])
        if script:
            scripts = group.script_women if gender == Gender.WOMAN else group.script_men
            written = (scripts[first], group.script_surnames[last])
        else:
            written = latin
        person = self._person(written, latin, gender, org)
        person.engagement = 6.0  # they should turn up on lists and printouts
        return person

    def _person(self, written: tuple[str, str], latin: tuple[str, str], gender: Gender,
                org: int | None) -> _Person:
        rng = self.rng
        sector = self.orgs[org].record.sector.value if org is not None else "none"
        title, competences, _ = self._role_picks[sector](rng)
        competences = list(competences)
        if self.chance(0.4):
            extra = rng.choice(N.COMPETENCES)
            if extra not in competences:
                competences.append(extra)
        backgrounds = list(N.SECTOR_BACKGROUNDS[sector])
        if org is not None and self.orgs[org].background not in backgrounds:
            backgrounds.append(self.orgs[org].background)
        if title in ("student", "doktorand") and "student" not in backgrounds:
            backgrounds.append("student")
        if self.chance(0.2):
            extra = rng.choice(N.BACKGROUNDS)
            if extra not in backgrounds:
                backgrounds.append(extra)
        if not backgrounds:
            backgrounds.append(rng.choice(N.BACKGROUNDS))
        record = Participant(
            id=next(self._person_ids), first_name=written[0], last_name=written[1],
            email=self._email(latin, org), phone=self._phone() if self.chance(0.85) else "",
            organisation_id=self.orgs[org].record.id if org is not None else None,
            role=title, backgrounds=backgrounds, competences=competences, gender=gender,
            gender_text=rng.choice(N.GENDER_TEXTS) if gender == Gender.SELF_DESCRIBED else "",
            tags=rng.sample(N.PARTICIPANT_TAGS, 1) if self.chance(0.15) else [],
            notes=rng.choice(N.PARTICIPANT_NOTES),
        )
        # Registered-only people exist too: they signed up once and never came.
        engagement = 0.05 if self.chance(0.06) else min(25.0, rng.paretovariate(1.4))
        return _Person(record, org, engagement)

    def _email(self, latin: tuple[str, str], org: int | None) -> str:
        rng = self.rng
        first, last = mail_slug(latin[0]), mail_slug(latin[1], "-")
        if org is None or self.chance(0.05):
            domain = rng.choice(N.PRIVATE_MAIL_DOMAINS)
        else:
            domain = self.orgs[org].domain
        style = rng.random() if "." not in first else 0.0  # "thi.huong.nguyen", never "t.nguyen"
        local = f"{first}.{last}" if style < 0.8 else f"{first[0]}.{last}" if style < 0.9 else f"{first}{last[0]}"
        address, number = f"{local}@{domain}", 2
        while address in self._emails:
            address, number = f"{local}{number}@{domain}", number + 1
        self._emails.add(address)
        return address

    def _phone(self) -> str:
        # PTS, the Swedish telecom regulator, keeps 070-174 06 05 … 070-174 06 99 for use in fiction:
        # no demo number can ring a real person's phone.
        return f"070-174 06 {self.rng.randrange(5, 100):02d}"

    # -- the year's calendar -----------------------------------------------------------------------

    def plan_year(self) -> None:
        rng = self.rng
        count = self.sizes["activities"]
        days, weights = self._working_days()
        dates = sorted(rng.choices(days, weights, k=count))
        kind_pick = Picker(KIND_MIX)
        forced = [ActivityKind.CASE_WORKSHOP, ActivityKind.NETWORK_MEETING, ActivityKind.COMPANY_VISIT,
                  ActivityKind.CASE_DEVELOPMENT, ActivityKind.DEMONSTRATION, ActivityKind.CASE_WORKSHOP]
        kinds = forced + [kind_pick(rng) for _ in range(count - len(forced))]
        rng.shuffle(kinds)
        # The year opens with a case workshop (the kick-off), and development sessions need cases first.
        first_workshop = kinds.index(ActivityKind.CASE_WORKSHOP)
        kinds[0], kinds[first_workshop] = kinds[first_workshop], kinds[0]
        first_cases_ready = dates[0] + timedelta(days=21)
        later = [i for i, day in enumerate(dates)
                 if day >= first_cases_ready and kinds[i] != ActivityKind.CASE_DEVELOPMENT]
        for i, (day, kind) in enumerate(zip(dates, kinds)):
            if kind == ActivityKind.CASE_DEVELOPMENT and day < first_cases_ready and later:
                j = later.pop(rng.randrange(len(later)))
                kinds[i], kinds[j] = kinds[j], kinds[i]
        ceiling = max(8, round(len(self.people) * 0.7))
        plans = []
        for day, kind in zip(dates, kinds):
            low, high = INVITED[kind]
            theme = rng.choice(list(N.AREA_PHRASES_SV))
            plans.append(_Plan(kind, day, min(ceiling, rng.randint(low, high)), theme))
        open_events = [p for p in plans if p.kind in (ActivityKind.CASE_WORKSHOP, ActivityKind.NETWORK_MEETING,
                                                       ActivityKind.DEMONSTRATION)]
        for plan in open_events:
            plan.male_dominated = self.chance(MALE_DOMINATED_SHARE)
        workshops = [p for p in plans if p.kind == ActivityKind.CASE_WORKSHOP]
        # At least one such event in every file, but not the kick-off.
        (workshops[1] if len(workshops) > 1 else open_events[-1]).male_dominated = True
        self._share_cases(workshops)
        self.plans = plans

    def _working_days(self) -> tuple[list[date], list[float]]:
        days, weights = [], []
        day = PROJECT_START
        while day <= LAST_ACTIVITY_DAY:
            if day.weekday() < 5 and day not in CLOSED_DAYS and not SUMMER_BREAK[0] <= day <= SUMMER_BREAK[1]:
                weight = (0.6, 1.1, 1.1, 1.1, 0.5)[day.weekday()]
                if day.month in (6, 8, 12) or day < date(2025, 2, 1):
                    weight *= 0.6  # quieter around the holidays
                days.append(day)
                weights.append(weight)
            day += timedelta(days=1)
        return days, weights

    def _share_cases(self, workshops: list[_Plan]) -> None:
        """Divide the year's cases among the workshops by size (largest remainder)."""
        total = self.sizes["cases"]
        invited = sum(p.invited for p in workshops)
        exact = [total * p.invited / invited for p in workshops]
        for plan, share in zip(workshops, exact):
            plan.case_quota = math.floor(share)
        left = total - sum(p.case_quota for p in workshops)
        by_remainder = sorted(range(len(workshops)), key=lambda i: exact[i] - math.floor(exact[i]), reverse=True)
        for i in by_remainder[:left]:
            workshops[i].case_quota += 1

    # -- playing the year out ----------------------------------------------------------------------

    def play_year(self) -> None:
        rng = self.rng
        staff = [self._staff_name() for _ in range(8)]
        self._org_by_area = {area: [i for i, o in enumerate(self.orgs) if area in o.record.areas and o.people]
                             for area in N.AREA_PHRASES_SV}
        self._companies = [i for i, o in enumerate(self.orgs) if o.record.sector == Sector.COMPANY and o.people]
        active = [(i, p.engagement) for i, p in enumerate(self.people)]
        self._everyone = Picker(active)
        self._women = Picker([(i, w) for i, w in active if self.people[i].record.gender == Gender.WOMAN])
        self._forced_stages = [CaseStage.IDENTIFIED, CaseStage.PRIORITISED, CaseStage.IN_DEVELOPMENT,
                               CaseStage.INNOVATION, CaseStage.IMPLEMENTED, CaseStage.PARKED]
        self._table_groups_made = False
        self._org_index = {o.record.id: i for i, o in enumerate(self.orgs)}
        self._turnout_open = Picker(TURNOUT["open"])
        self._turnout_small = Picker(TURNOUT["small"])
        self._teamed: list[_CaseState] = []
        self._teamed_days: list[date] = []
        time_picks = {ActivityKind(kind): Picker([((start, end), w) for start, end, w in slots])
                      for kind, slots in N.TIME_SLOTS.items()}
        activity_ids = self.id_pool(len(self.plans))
        self._case_ids = self.id_pool(self.sizes["cases"])
        for plan in self.plans:
            start, end = time_picks[plan.kind](rng)
            index = len(self.activities)
            activity = Activity(
                id=next(activity_ids), kind=plan.kind, title="", date=plan.day.isoformat(), start_time=start,
                end_time=end, facilitators=", ".join(rng.sample(staff, rng.choice([1, 2, 2]))),
                goal=N.GOALS[plan.kind.value], notes=rng.choice(N.ACTIVITY_NOTES),
            )
            planned_on = plan.day - timedelta(days=rng.randint(14, 50))
            created = self.clock.moment(planned_on, rng.randint(480, 1000), rng)
            activity.created_at = activity.updated_at = self.stamp(created)
            english = self.chance(0.18)
            if plan.kind == ActivityKind.COMPANY_VISIT:
                invitees, speakers = self._company_visit(activity, english)
            elif plan.kind == ActivityKind.CASE_DEVELOPMENT:
                invitees, speakers = self._case_development(activity, english)
            else:
                invitees, speakers = self._open_event(activity, plan, english)
            if not plan.male_dominated:
                self._invite_more_women(invitees)
            self.activities.append(activity)
            present = self._attend(index, plan, activity, invitees, speakers, created)
            self._agenda_for(activity, plan.kind, english, speakers, created)
            if plan.kind == ActivityKind.CASE_WORKSHOP:
                self._cases_from(activity, plan, present)
                self._table_groups(activity, present, english)

    def _staff_name(self) -> str:
        group = self.rng.choice([g for g in N.NAME_GROUPS if g.mixable])
        names = self.rng.choice([group.women, group.men])
        return f"{self.rng.choice(names)} {self.rng.choice(group.surnames)}"

    def _venue(self) -> str:
        municipality, room = self.rng.choice(N.VENUES)
        return f"{municipality}, {room}"

    def _open_event(self, activity: Activity, plan: _Plan, english: bool) -> tuple[list[int], list[int]]:
        rng = self.rng
        patterns = [p for lang, p in N.TITLES[plan.kind.value] if (lang == "en") == english]
        phrases = N.AREA_PHRASES_EN if english else N.AREA_PHRASES_SV
        activity.title = rng.choice(patterns).format(area=phrases[plan.theme])
        if plan.kind == ActivityKind.NETWORK_MEETING and self.chance(0.15):
            activity.place = N.ONLINE_VENUE
        else:
            activity.place = self._venue()
        candidates = self._org_by_area[plan.theme] or [i for i, o in enumerate(self.orgs) if o.people]
        linked = rng.sample(candidates, min(len(candidates), rng.randint(3, 12)))
        activity.organisation_ids = [self.orgs[i].record.id for i in linked]
        # Most people come through the linked organisations; the rest heard of it elsewhere.
        from_linked = [p for i in linked for p in self.orgs[i].people]
        wanted = plan.invited
        invitees = self._weighted_sample(from_linked, round(wanted * 0.7))
        invitees = self._fill_from_everyone(invitees, wanted)
        if plan.male_dominated:
            invitees = [p for p in invitees
                        if self.people[p].record.gender != Gender.WOMAN or self.chance(0.15)]
        # One or two speakers from a company or a university among the first who come to mind.
        wanted_speakers = rng.choice([1, 1, 2])
        speakers = [p for p in rng.sample(invitees, min(len(invitees), 12))
                    if self._sector_of(p) in (Sector.ACADEMIA, Sector.COMPANY)][:wanted_speakers]
        return invitees, speakers

    def _invite_more_women(self, invitees: list[int]) -> None:
        """What facilitators do when the invited list falls short of the 26 % rule: invite more women
        (a colleague along on a company visit, a researcher to a case meeting), aiming a little above
        the minimum because not everyone comes."""
        people = self.people
        women = sum(1 for p in invitees if people[p].record.gender == Gender.WOMAN)
        taken = set(invitees)
        for _ in range(3 * len(invitees)):
            if women >= 0.32 * len(invitees):
                break
            person = self._women(self.rng)
            if person not in taken:
                taken.add(person)
                invitees.append(person)
                women += 1

    def _company_visit(self, activity: Activity, english: bool) -> tuple[list[int], list[int]]:
        rng = self.rng
        host_org = rng.choice(self._companies or [i for i, o in enumerate(self.orgs) if o.people])
        org = self.orgs[host_org]
        activity.title = N.COMPANY_VISIT_TITLE["en" if english else "sv"].format(org=org.record.name)
        activity.place = f"{org.record.name}, {org.record.municipality}"
        activity.organisation_ids = [org.record.id]
        hosts = self._weighted_sample(org.people, rng.randint(1, 4))
        guests = [p for p in self._fill_from_everyone(list(hosts), len(hosts) + rng.randint(0, 2))
                  if p not in hosts]
        return hosts + guests, hosts

    def _case_development(self, activity: Activity, english: bool) -> tuple[list[int], list[int]]:
        rng = self.rng
        # Cases that got a team at least two weeks ago; the further along, the more meetings they need.
        ready = bisect.bisect(self._teamed_days, date.fromisoformat(activity.date) - timedelta(days=14))
        case = None
        for _ in range(20) if ready else ():
            candidate = self._teamed[rng.randrange(ready)]
            if candidate.record.stage in TEAM_STAGES and self.chance((1 + STAGE_RANK[candidate.record.stage]) / 5):
                case = candidate
                break
        if case is None:
            # Early in the year: a working meeting with one company before any case has a team.
            host_org = rng.choice(self._companies or [i for i, o in enumerate(self.orgs) if o.people])
            org = self.orgs[host_org]
            subject = "datainsamling och nästa steg" if not english else "data collection and next steps"
            activity.title = N.CASE_DEVELOPMENT_TITLE["en" if english else "sv"].format(case=subject)
            activity.place = f"{org.record.name}, {org.record.municipality}"
            activity.organisation_ids = [org.record.id]
            people = self._weighted_sample(org.people, rng.randint(2, 4))
            return self._fill_from_everyone(people, len(people) + 1), people[:1]
        activity.title = N.CASE_DEVELOPMENT_TITLE["en" if english else "sv"].format(case=case.record.title)
        activity.place = N.ONLINE_VENUE if self.chance(0.3) else self._venue()
        activity.organisation_ids = list(case.record.organisation_ids)
        people = list(case.team)
        extra = [p for o in case.record.organisation_ids for p in self._org_people_by_id(o) if p not in people]
        people += self._weighted_sample(extra, rng.randint(0, 2))
        return people, people[:1]

    def _org_people_by_id(self, org_id: str) -> list[int]:
        return self.orgs[self._org_index[org_id]].people

    def _sector_of(self, person: int) -> Sector | None:
        org = self.people[person].org
        return self.orgs[org].record.sector if org is not None else None

    def _weighted_sample(self, pool: list[int], k: int) -> list[int]:
        """k distinct people, the more engaged more likely (Efraimidis-Spirakis keys)."""
        if k >= len(pool):
            return list(dict.fromkeys(pool))
        rng = self.rng
        keyed = sorted(((rng.random() ** (1.0 / self.people[p].engagement), p) for p in pool), reverse=True)
        chosen: dict[int, None] = {}
        for _, p in keyed:
            chosen.setdefault(p)
            if len(chosen) == k:
                break
        return list(chosen)

    def _fill_from_everyone(self, chosen: list[int], wanted: int) -> list[int]:
        taken = dict.fromkeys(chosen)
        for _ in range(4):
            missing = wanted - len(taken)
            if missing <= 0:
                break
            for _ in range(missing + missing // 3 + 1):
                taken.setdefault(self._everyone(self.rng))
                if len(taken) == wanted:
                    break
        return list(taken)

    def _attend(self, index: int, plan: _Plan, activity: Activity, invitees: list[int], speakers: list[int],
                created: int) -> list[int]:
        rng = self.rng
        small = plan.kind in (ActivityKind.COMPANY_VISIT, ActivityKind.CASE_DEVELOPMENT)
        turnout = self._turnout_small if small else self._turnout_open
        start = _minutes(activity.start_time)
        day = plan.day
        invite_day = min(self.clock.day(created) + timedelta(days=rng.randint(1, 7)), day - timedelta(days=2))
        present: list[int] = []
        host_role = "host" if plan.kind == ActivityKind.COMPANY_VISIT else "speaker"
        speaker_set = set(speakers)
        # The invitations go out during one office day; check-in opens twenty minutes before the start.
        r = rng.random
        office_opens = self.clock.moment(invite_day, 8 * 60)
        starts = self.clock.moment(day, start)
        for person in invitees:
            invited_at = office_opens + int(r() * 9 * 60 * MINUTE)
            status = AttendanceStatus.PRESENT if person in speaker_set else turnout(rng)
            checked_in = None
            if status == AttendanceStatus.PRESENT:
                late = r() * 25 if r() < 0.1 else -r() * 20
                checked_in = answered = starts + int(late * MINUTE)
                present.append(person)
            elif status == AttendanceStatus.EXCUSED:
                answered = max(invited_at, starts - int(r() * 5 * DAY))
            elif status == AttendanceStatus.NO_SHOW:
                answered = starts + int((60 + r() * 60) * MINUTE)
            else:
                answered = invited_at
            role = host_role if person in speaker_set else "participant"
            self.attendance.append(_Attendance(index, person, role, status, invited_at, checked_in, answered))
            entry = self.people[person]
            if entry.first_invited is None or invited_at < entry.first_invited:
                entry.first_invited = invited_at
        if not present and invitees:
            # Nobody came is possible, but not for the demo: lists and reports need someone to show.
            row = self.attendance[-len(invitees)]
            row.status, row.checked_in_at = AttendanceStatus.PRESENT, self.clock.moment(day, start - 5, rng)
            row.answered_at = row.checked_in_at
            present.append(row.person)
        return present

    def _agenda_for(self, activity: Activity, kind: ActivityKind, english: bool, speakers: list[int],
                    created: int) -> None:
        rng = self.rng
        duration = _minutes(activity.end_time) - _minutes(activity.start_time)
        lunch = duration >= 300
        blocks = [b for b in N.AGENDA[kind.value] if not b[5] or self.chance(0.6)]
        if lunch and len(blocks) == MAX_AGENDA_BLOCKS:
            # A full day with lunch keeps to eight blocks too: the first optional block gives way.
            blocks.remove(next(b for b in blocks if b[5]))
        nominal = sum(b[3] for b in blocks)
        available = duration - (60 if lunch else 0)
        minutes = [max(5, 5 * round(b[3] * available / nominal / 5)) for b in blocks]
        # Rounding to five minutes leaves a little over or under; the longest block absorbs it.
        longest = minutes.index(max(minutes))
        minutes[longest] += available - sum(minutes)
        facilitators = activity.facilitators.split(", ")
        speaker_names = [self.people[p].record.full_name for p in speakers] or (
            ["Invited speaker"] if english else ["Inbjuden talare"])
        if lunch:
            middle = len(blocks) // 2
            blocks.insert(middle, ("Lunch", "Lunch", "", 60, "facilitator", False))
            minutes.insert(middle, 60)
        created_at = self.stamp(created + rng.randrange(3 * DAY))
        for position, (block, length) in enumerate(zip(blocks, minutes), start=1):
            sv, en, method, _, lead, _ = block
            lead_name = rng.choice(facilitators) if lead == "facilitator" else rng.choice(speaker_names)
            if sv == "Lunch" or sv.startswith("Fika"):
                lead_name = ""
            self.agenda.append(AgendaItem(
                activity_id=activity.id, position=position, title=en if english else sv,
                method=method, minutes=length, lead=lead_name, materials=rng.choice(N.AGENDA_MATERIALS),
                created_at=created_at, updated_at=created_at,
            ))

    # -- cases and teams ---------------------------------------------------------------------------

    def _cases_from(self, activity: Activity, plan: _Plan, present: list[int]) -> None:
        rng = self.rng
        if not present or plan.case_quota == 0:
            return
        day = plan.day
        months_left = (PROJECT_END - day).days / 30.4
        stage_pick = Picker([(s, w) for s, w in STAGE_MIX if STAGE_MONTHS[s] <= months_left])
        theme_ideas = [i for i in N.CASE_IDEAS if plan.theme in i[2]]
        end = _minutes(activity.end_time)
        made: list[_CaseState] = []
        owners = [p for p in present if self.people[p].org is not None] or present
        for _ in range(plan.case_quota):
            if self._forced_stages and STAGE_MONTHS[self._forced_stages[0]] <= months_left:
                stage = self._forced_stages.pop(0)
            else:
                stage = stage_pick(rng)
            made.append(self._case(activity, plan, stage, owners, present, theme_ideas, months_left, end))
        # Dot voting at the workshop: three dots each, promising ideas draw more of them.
        weights = [1 + 2 * STAGE_RANK[c.record.stage] + (c.record.value_score or 2) for c in made]
        for case in rng.choices(made, weights, k=DOTS_PER_PERSON * len(present)):
            case.record.votes += 1
        self.cases.extend(made)

    def _case(self, activity: Activity, plan: _Plan, stage: CaseStage, owners: list[int], present: list[int],
              theme_ideas: list, months_left: float, end: int) -> _CaseState:
        rng = self.rng
        intersection = self._next_intersection()
        ideas = [i for i in (theme_ideas if self.chance(0.7) else N.CASE_IDEAS) if (len(i[2]) > 1) == intersection]
        ideas = ideas or [i for i in N.CASE_IDEAS if (len(i[2]) > 1) == intersection]
        title, problem, idea_areas = rng.choice(ideas)
        if intersection:
            areas = list(idea_areas)
            if self.chance(0.12):
                extra = rng.choice(list(N.AREA_PHRASES_SV))
                if extra not in areas:
                    areas.append(extra)
        else:
            areas = [plan.theme if plan.theme in idea_areas else idea_areas[0]]
        owner = rng.choice(owners)
        org_ids = []
        if self.people[owner].org is not None:
            org_ids.append(self.orgs[self.people[owner].org].record.id)
        if self.chance(0.25) or not org_ids:
            partner = rng.choice(present)
            partner_org = self.people[partner].org
            if partner_org is not None and self.orgs[partner_org].record.id not in org_ids:
                org_ids.append(self.orgs[partner_org].record.id)
        scores = self._scores(stage)
        remark = rng.choice(N.DATA_REMARKS[scores[2] or rng.randint(1, 3)])
        title = self._title_variant(title, owner)
        created = self.clock.moment(plan.day, end - rng.randint(5, 40), rng)
        # Each step after the workshop took some weeks; the last change is when it reached its stage.
        if stage == CaseStage.PARKED:
            weeks = rng.randint(2, 12)
        else:
            weeks = sum(rng.randint(2, 8) for _ in range(STAGE_RANK[stage]))
        year_end = self.clock.moment(PROJECT_END - timedelta(days=rng.randint(0, 20)), rng.randint(480, 1000), rng)
        updated = max(created, min(created + weeks * 7 * DAY, year_end))
        record = Case(
            id=next(self._case_ids), title=title, problem=f"{problem} {remark}", organisation_ids=org_ids,
            areas=areas,
            stage=stage, parked_reason=rng.choice(N.PARKED_REASONS) if stage == CaseStage.PARKED else "",
            value_score=scores[0], feasibility_score=scores[1], data_score=scores[2], votes=0,
            origin_activity_id=activity.id, owner_id=self.people[owner].record.id,
            notes=rng.choice(N.CASE_NOTES), created_at=self.stamp(created), updated_at=self.stamp(updated),
        )
        state = _CaseState(record, plan.day)
        if stage in TEAM_STAGES or (stage == CaseStage.PARKED and self.chance(0.4)):
            self._case_team(state, owner, present, created)
        return state

    def _title_variant(self, title: str, owner: int) -> str:
        """The same idea comes up at many companies; the way it is written down varies."""
        variant = self.rng.random()
        if variant < 0.12:
            return f"{title} – förstudie"
        if variant < 0.2:
            keep_capital = title[1:2].isupper()  # "AI-stöd …" stays "AI-stöd …"
            return f"Pilot: {title if keep_capital else title[0].lower() + title[1:]}"
        org = self.people[owner].org
        county = {m for m, _ in N.COUNTY_MUNICIPALITIES}
        if variant < 0.3 and org is not None and self.orgs[org].record.municipality in county:
            return f"{title} i {self.orgs[org].record.municipality}"
        return title

    def _next_intersection(self) -> bool:
        # The first two cases of every file: one single-area case and one intersection case.
        made, self._case_count = self._case_count, self._case_count + 1
        if made < 2:
            return made == 1
        return self.chance(INTERSECTION_SHARE)

    def _scores(self, stage: CaseStage) -> tuple[int | None, int | None, int | None]:
        rng = self.rng
        if stage == CaseStage.IDENTIFIED and self.chance(0.6):
            return None, None, None
        lift = STAGE_RANK[stage] * 0.35

        def score(centre: float) -> int:
            return max(1, min(5, round(rng.gauss(centre, 0.9))))

        if stage == CaseStage.PARKED:
            return score(3), score(2), score(1.8)
        return score(2.8 + lift), score(2.6 + lift), score(2.5 + lift)

    def _case_team(self, case: _CaseState, owner: int, present: list[int], created: int) -> None:
        rng = self.rng
        size = rng.randint(3, 6)
        owner_org = self.people[owner].org
        colleagues = [p for p in present if p != owner and self.people[p].org == owner_org]
        members = [owner] + rng.sample(colleagues, min(len(colleagues), rng.randint(0, 2)))
        # The rest of the team from other organisations in the room (a researcher, a supplier, a student).
        for person in rng.sample(present, min(len(present), 2 * size)):
            if len(members) >= size:
                break
            if person != owner and self.people[person].org != owner_org and person not in members:
                members.append(person)
        team = Team(id=self.new_id(), name=f"Caseteam: {case.record.title}", kind=TeamKind.CASE_TEAM,
                    case_id=case.record.id)
        formed = self.stamp(created + rng.randint(1, 21) * DAY)
        team.created_at = team.updated_at = formed
        self.teams.append(team)
        for person in members:
            if person == owner:
                role = N.CASE_OWNER_ROLE
            else:
                competences = self.people[person].record.competences
                role = N.TEAM_ROLE_BY_COMPETENCE.get(competences[0], "") if competences else ""
            self.members.append(TeamMember(team_id=team.id, participant_id=self.people[person].record.id,
                                           role=role, created_at=formed, updated_at=formed))
        case.team = members
        self._teamed.append(case)
        self._teamed_days.append(case.origin_day)

    def _table_groups(self, activity: Activity, present: list[int], english: bool) -> None:
        """Tables of six to eight at about half the workshops, women dealt out first so every table has some."""
        rng = self.rng
        if len(present) < 10 or (self._table_groups_made and not self.chance(0.55)):
            return
        self._table_groups_made = True
        tables = math.ceil(len(present) / rng.choice([6, 7, 8]))
        shuffled = rng.sample(present, len(present))
        women = [p for p in shuffled if self.people[p].record.gender == Gender.WOMAN]
        others = [p for p in shuffled if self.people[p].record.gender != Gender.WOMAN]
        seated = [[] for _ in range(tables)]
        for i, person in enumerate(women + others):
            seated[i % tables].append(person)
        made = self.stamp(self.clock.moment(date.fromisoformat(activity.date),
                                            _minutes(activity.start_time) + 5, rng))
        for number, people in enumerate(seated, start=1):
            team = Team(id=self.new_id(), name=f"{'Table' if english else 'Bord'} {number}",
                        kind=TeamKind.TABLE_GROUP, activity_id=activity.id, position=number,
                        created_at=made, updated_at=made)
            self.teams.append(team)
            for seat, person in enumerate(people):
                self.members.append(TeamMember(
                    team_id=team.id, participant_id=self.people[person].record.id,
                    role=N.TABLE_HOST_ROLE if seat == 0 else "", locked=self.chance(0.03),
                    created_at=made, updated_at=made,
                ))

    # -- finishing touches -------------------------------------------------------------------------

    def settle(self) -> None:
        """Make sure every attendance status occurs, then date each person and organisation by first contact."""
        rng = self.rng
        seen = {row.status for row in self.attendance}
        open_kinds = (ActivityKind.NETWORK_MEETING, ActivityKind.DEMONSTRATION)
        for status in AttendanceStatus:
            if status in seen:
                continue
            # Taken from an event without tables or cases, so that nobody seated at a table was absent.
            candidates = [row for row in self.attendance
                          if row.status == AttendanceStatus.PRESENT and row.role == "participant"
                          and self.activities[row.activity].kind in open_kinds]
            row = rng.choice(candidates)
            row.status, row.checked_in_at = status, None
        consent_scope = Picker(N.CONSENT_SCOPES)
        consent_method = Picker(N.CONSENT_METHODS)
        year_start = self.clock.moment(PROJECT_START, 480)
        for person in self.people:
            if person.first_invited is not None:
                registered = person.first_invited - rng.randrange(3 * DAY)
            else:
                registered = year_start + rng.randrange(300 * DAY)
            record = person.record
            record.created_at = record.updated_at = self.stamp(registered)
            if self.chance(0.9):
                record.consent_date = self.clock.day(registered).isoformat()
                record.consent_scope = consent_scope(rng)
                record.consent_method = consent_method(rng)
            elif not record.notes:
                record.notes = "Samtycke inväntas."
            if person.org is not None:
                org = self.orgs[person.org]
                org.first_contact = registered if org.first_contact is None else min(org.first_contact, registered)
        for org in self.orgs:
            first = org.first_contact
            if first is None:
                first = year_start + rng.randrange(300 * DAY)
            # Organisations are entered by staff, in office hours, shortly before their first person.
            day = self.clock.day(first) - timedelta(days=rng.randint(0, 2))
            moment = min(first, self.clock.moment(day, rng.randint(480, 1020), rng))
            org.record.created_at = org.record.updated_at = self.stamp(moment)

    def records(self, attribute: str) -> Iterable[Record]:
        """The records for one of the store's repositories (by its attribute name), parents first."""
        if attribute == "attendance":
            return self._attendance_records()
        if attribute in ("agenda_items", "team_members"):
            # Nothing refers to these, so they get their (ordered) ids only now.
            return self._with_ids(self.agenda if attribute == "agenda_items" else self.members)
        return {
            "organisations": (o.record for o in self.orgs),
            "participants": (p.record for p in self.people),
            "activities": self.activities,
            "cases": (c.record for c in self.cases),
            "teams": self.teams,
            "case_history": self._case_history(),
        }[attribute]

    def _case_history(self) -> Iterator[CaseStageChange]:
        """Each case's steps to its stage, spread evenly between its creation and its last change.

        Derived from the cases alone (no random draws), so that adding it changed no other demo record.
        """
        for state in self.cases:
            case = state.record
            if case.stage == CaseStage.PARKED:
                steps = [CaseStage.IDENTIFIED, CaseStage.PARKED]
            else:
                steps = list(STAGE_PATH[:STAGE_PATH.index(case.stage) + 1])
            start = parse_utc(case.created_at)
            span = parse_utc(case.updated_at) - start
            previous = None
            for number, stage in enumerate(steps):
                moment = start + span * (number / max(1, len(steps) - 1))
                stamp = moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                yield CaseStageChange(
                    id=self.new_id(), case_id=case.id, stage=stage, previous_stage=previous, changed_at=stamp,
                    reason=case.parked_reason if stage == CaseStage.PARKED else "",
                    created_at=stamp, updated_at=stamp,
                )
                previous = stage

    def _with_ids(self, records: list[T]) -> Iterator[T]:
        for record, record_id in zip(records, self.id_pool(len(records))):
            record.id = record_id  # type: ignore[attr-defined]
            yield record

    def _attendance_records(self) -> Iterator[Attendance]:
        stamp = self.stamp
        activities = self.activities
        people = self.people
        ids = self.id_pool(len(self.attendance))
        for row in self.attendance:
            yield Attendance(
                id=next(ids), activity_id=activities[row.activity].id,
                participant_id=people[row.person].record.id, role=row.role, status=row.status,
                checked_in_at=stamp(row.checked_in_at) if row.checked_in_at is not None else None,
                created_at=stamp(row.invited_at), updated_at=stamp(row.answered_at),
            )


def generate(path: Path, scale: float = 1.0, seed: int = 2023, progress: Progress | None = None) -> dict[str, int]:
    """Create a new database at ``path`` filled with one (scaled) demo year; returns the counts per table.

    ``progress(done, total)`` is called after each phase, for a progress bar.
    """
    if scale <= 0:
        raise ValueError("scale must be greater than 0")
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path}: demo data goes into a new file only")
    year = DemoYear(scale, seed)
    building = (year.build_organisations, year.build_participants, year.plan_year, year.play_year, year.settle)
    total = len(building) + len(WRITE_ORDER) + 1
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    for build in building:
        build()
        step()
    store = None
    try:
        store = Store.open(path)
        for attribute in WRITE_ORDER:
            getattr(store, attribute).create_many(year.records(attribute))
            step()
        store.settings.set("women_minimum", 0.26)
        # Lets the window say plainly that this file holds demo data, not the project's register.
        store.settings.set("demo_data", {"seed": seed, "scale": scale})
        step()
        counts = store.counts()
    except BaseException:
        if store is not None:
            store.close()
        # A half-filled demo file is of no use to anyone; the path was free when we started.
        if path.parent.is_dir():  # not when the "folder" was a file and nothing was made
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
        raise
    store.close()
    return counts
