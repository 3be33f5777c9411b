"""The record kinds of the register, as plain dataclasses.

Every layer speaks in these types: the store reads and writes them, the domain rules compute on them,
the window shows them. They import nothing of ours, so anyone may import them.

Keys are UUID text so that records entered on two laptops can be merged without collisions;
``deleted_at`` is a tombstone rather than a row removal for the same reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Sector(StrEnum):
    COMPANY = "company"
    PUBLIC_SECTOR = "public_sector"
    ACADEMIA = "academia"
    NON_PROFIT = "non_profit"
    OTHER = "other"


class SizeClass(StrEnum):
    """EU SME size classes (Commission Recommendation 2003/361/EC)."""

    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class Gender(StrEnum):
    """Self-described gender; ``NOT_STATED`` is the default because nobody must be made to answer."""

    WOMAN = "woman"
    MAN = "man"
    NON_BINARY = "non_binary"
    SELF_DESCRIBED = "self_described"
    NOT_STATED = "not_stated"


class ActivityKind(StrEnum):
    CASE_WORKSHOP = "case_workshop"
    NETWORK_MEETING = "network_meeting"
    COMPANY_VISIT = "company_visit"
    CASE_DEVELOPMENT = "case_development"
    DEMONSTRATION = "demonstration"


class AttendanceStatus(StrEnum):
    INVITED = "invited"
    PRESENT = "present"
    EXCUSED = "excused"
    NO_SHOW = "no_show"


class CaseStage(StrEnum):
    """The project's case method, in order; ``PARKED`` may be reached from any stage."""

    IDENTIFIED = "identified"
    PRIORITISED = "prioritised"
    IN_DEVELOPMENT = "in_development"
    INNOVATION = "innovation"
    IMPLEMENTED = "implemented"
    PARKED = "parked"


class TeamKind(StrEnum):
    TABLE_GROUP = "table_group"
    CASE_TEAM = "case_team"


class Area(StrEnum):
    """The ÖMS smart-specialisation areas shipped by default (the list itself is a setting)."""

    SMART_INDUSTRY = "smart_industry"
    ENERGY = "energy"
    FOOD = "food"
    WELFARE = "welfare"
    SUSTAINABLE_DEVELOPMENT = "sustainable_development"


@dataclass(kw_only=True)
class Record:
    """Fields every record kind carries; the store fills them in."""

    id: str = ""
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


@dataclass(kw_only=True)
class Organisation(Record):
    name: str
    org_number: str | None = None
    sector: Sector = Sector.COMPANY
    size_class: SizeClass | None = None
    municipality: str = ""
    areas: list[str] = field(default_factory=list)
    notes: str = ""


@dataclass(kw_only=True)
class Participant(Record):
    first_name: str
    last_name: str
    email: str = ""
    phone: str = ""
    organisation_id: str | None = None
    role: str = ""
    backgrounds: list[str] = field(default_factory=list)
    competences: list[str] = field(default_factory=list)
    gender: Gender = Gender.NOT_STATED
    gender_text: str = ""
    consent_date: str | None = None
    consent_scope: str = ""
    consent_method: str = ""
    tags: list[str] = field(default_factory=list)
    notes: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(kw_only=True)
class Activity(Record):
    kind: ActivityKind = ActivityKind.CASE_WORKSHOP
    title: str
    date: str
    start_time: str = "09:00"
    end_time: str = "12:00"
    place: str = ""
    facilitators: str = ""
    organisation_ids: list[str] = field(default_factory=list)
    goal: str = ""
    notes: str = ""
    # The session as run (run mode). The block's start is stored, not a countdown, so that the timer is
    # right after the laptop slept or the program restarted: remaining = planned + extra - (now - started).
    run_item_id: str | None = None
    run_started_at: str | None = None  # UTC, when the current block started (moved on by pauses)
    run_paused_at: str | None = None  # UTC, while paused
    run_extra_seconds: int = 0  # "+1 min" presses on the current block


@dataclass(kw_only=True)
class AgendaItem(Record):
    activity_id: str
    position: int
    title: str
    method: str = ""
    minutes: int = 15
    lead: str = ""
    materials: str = ""
    notes: str = ""
    actual_start: str | None = None
    actual_end: str | None = None


@dataclass(kw_only=True)
class Attendance(Record):
    activity_id: str
    participant_id: str
    role: str = "participant"
    status: AttendanceStatus = AttendanceStatus.INVITED
    checked_in_at: str | None = None


@dataclass(kw_only=True)
class Case(Record):
    title: str
    problem: str = ""
    organisation_ids: list[str] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    stage: CaseStage = CaseStage.IDENTIFIED
    parked_reason: str = ""
    value_score: int | None = None
    feasibility_score: int | None = None
    data_score: int | None = None
    votes: int = 0
    origin_activity_id: str | None = None
    owner_id: str | None = None
    notes: str = ""

    @property
    def is_intersection(self) -> bool:
        """Two or more areas: the ``*`` in AI.ALL*."""
        return len(set(self.areas)) >= 2


@dataclass(kw_only=True)
class CaseStageChange(Record):
    """One step of a case through the stages, kept so that its history can be told with dates."""

    case_id: str
    stage: CaseStage
    previous_stage: CaseStage | None = None
    changed_at: str
    reason: str = ""


@dataclass(kw_only=True)
class ActivityTemplate(Record):
    """A saved plan to start new activities from: kind, times, goal and agenda blocks.

    ``blocks`` holds one dict per agenda block with the keys of :class:`AgendaItem`'s planning fields
    (title, method, minutes, lead, materials, notes).
    """

    name: str
    kind: ActivityKind = ActivityKind.CASE_WORKSHOP
    title: str = ""
    start_time: str = "09:00"
    end_time: str = "12:00"
    goal: str = ""
    blocks: list[dict] = field(default_factory=list)


@dataclass(kw_only=True)
class Team(Record):
    name: str
    kind: TeamKind = TeamKind.CASE_TEAM
    activity_id: str | None = None
    case_id: str | None = None
    position: int = 0


@dataclass(kw_only=True)
class TeamMember(Record):
    team_id: str
    participant_id: str
    role: str = ""
    locked: bool = False
