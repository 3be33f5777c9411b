"""Matching a plan's rows with the register: what to create, what to update, what is already there.

This decides without writing; ``apply`` writes what it decides. Re-importing a file must not make
duplicates, so every row is first matched with a record that exists:

- an organisation by its ID, else its org. number, else its name (case-insensitive);
- a participant by ID, else e-mail (case-insensitive), else first and last name within the same
  organisation (a person in the register without an organisation matches too, if only one);
- an activity by ID, else title and date;
- an attendance by its activity and participant, each found as above.

A matched record takes the row's non-empty values; when none differs it is counted as unchanged.
Records the file creates keep the file's ID when it is one of ours (a UUID no record has used), so a
file exported on one laptop and imported on another yields the same records, which merge later.
Organisations named by participant or activity rows but not found are created.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..records import Activity, Attendance, Organisation, Participant, Record
from .headers import ACTIVITIES, ATTENDANCE, KINDS, ORGANISATIONS, PARTICIPANTS
from .plan import ImportPlan, KindCounts
from .problems import ImportMessage, Problem, where
from .rows import PlannedRow

if TYPE_CHECKING:
    from ..store import Store


@dataclass
class Changes:
    creates: dict[str, list[Record]] = field(default_factory=lambda: {kind: [] for kind in KINDS})
    #: Records brought back from their tombstone before being updated (an attendance seen before).
    restores: dict[str, list[str]] = field(default_factory=lambda: {kind: [] for kind in KINDS})
    updates: dict[str, list[tuple[str, dict[str, Any]]]] = field(default_factory=lambda: {k: [] for k in KINDS})
    tally: dict[str, KindCounts] = field(default_factory=lambda: {kind: KindCounts() for kind in KINDS})
    problems: list[Problem] = field(default_factory=list)

    @property
    def writes(self) -> int:
        return sum(len(self.creates[k]) + len(self.restores[k]) + len(self.updates[k]) for k in KINDS)

    def counts(self) -> dict[str, KindCounts]:
        return {kind: dataclasses.replace(counts) for kind, counts in self.tally.items()}


def resolve(store: Store, plan: ImportPlan) -> Changes:
    changes = Changes()
    organisations = _Organisations(store, changes)
    participants = _Participants(store, changes, organisations)
    activities = _Activities(store, changes, organisations)
    for row in plan.rows[ORGANISATIONS]:
        organisations.settle(row)
    for row in plan.rows[PARTICIPANTS]:
        participants.settle(row)
    for row in plan.rows[ACTIVITIES]:
        activities.settle(row)
    _Attendance(store, changes, activities, participants).settle_all(plan.rows[ATTENDANCE])
    return changes


def _diff(current: Record, wanted: Record, given: Iterable[str]) -> dict[str, Any]:
    changes = {}
    for name in given:
        value = getattr(wanted, name)
        if value != getattr(current, name):
            changes[name] = value
    return changes


def _with(record: Any, **values: Any) -> Any:
    """A copy of ``record`` with some fields changed.

    ``dataclasses.replace`` runs ``__init__`` again, which costs seconds over fifty thousand rows; the
    values here are already checked, and list values are never changed in place.
    """
    changed = object.__new__(type(record))
    changed.__dict__.update(record.__dict__, **values)
    return changed


def _canonical_uuid(text: str) -> str | None:
    try:
        return str(uuid.UUID(text))
    except (ValueError, AttributeError, TypeError):
        return None


class _Kind:
    """Matching and settling rows of one kind; subclasses say how records are found."""

    kind: str
    noun: str

    def __init__(self, changes: Changes, everything: list[Any]):
        self.changes = changes
        # Every ID ever used, tombstones included: a new record must not reuse one.
        self.taken = {record.id for record in everything}
        self.by_id: dict[str, Any] = {}
        self.claimed: dict[str, PlannedRow] = {}
        for record in everything:
            if not record.is_deleted:
                self.index(record)

    def index(self, record: Any) -> None:
        self.by_id[record.id] = record

    def shown(self, record: Any) -> str:
        raise NotImplementedError

    def new_id(self, file_id: str) -> str:
        kept = _canonical_uuid(file_id) if file_id else None
        new = kept if kept and kept not in self.taken else str(uuid.uuid4())
        self.taken.add(new)
        return new

    def create(self, record: Any) -> Any:
        record = _with(record, id=self.new_id(record.id))
        self.changes.creates[self.kind].append(record)
        self.changes.tally[self.kind].created += 1
        self.index(record)
        return record

    def settle_with(self, row: PlannedRow, record: Any, given: Iterable[str], target: Any | None) -> Any:
        """Create the record, or update ``target`` with it; returns the record as it will be."""
        if target is None:
            created = self.create(record)
            self.claimed[created.id] = row
            return created
        other = self.claimed.get(target.id)
        if other is not None:
            message = ImportMessage("same_record", other=where(other.sheet, other.row), kind=self.noun,
                                    value=self.shown(target))
            self.changes.problems.append(row.problem(message))
            return target
        self.claimed[target.id] = row
        changes = _diff(target, record, given)
        if not changes:
            self.changes.tally[self.kind].unchanged += 1
            return target
        self.changes.updates[self.kind].append((target.id, changes))
        self.changes.tally[self.kind].updated += 1
        updated = _with(target, **changes)
        self.index(updated)
        return updated


class _Organisations(_Kind):
    kind = ORGANISATIONS
    noun = "organisation"

    def __init__(self, store: Store, changes: Changes):
        self.by_number: dict[str, Organisation] = {}
        self.by_name: dict[str, Organisation] = {}
        super().__init__(changes, store.organisations.list(include_deleted=True))

    def index(self, record: Organisation) -> None:
        super().index(record)
        if record.org_number:
            self.by_number.setdefault(record.org_number, record)
        self.by_name.setdefault(record.name.casefold(), record)

    def shown(self, record: Organisation) -> str:
        return record.name

    def find(self, record_id: str = "", number: str | None = None, name: str = "") -> Organisation | None:
        return (
            (self.by_id.get(record_id) if record_id else None)
            or (self.by_number.get(number) if number else None)
            or (self.by_name.get(name.casefold()) if name else None)
        )

    def settle(self, row: PlannedRow) -> None:
        record: Organisation = row.record  # type: ignore[assignment]
        self.settle_with(row, record, row.given, self.find(record.id, record.org_number, record.name))

    def named(self, name: str, number: str | None = None) -> str:
        """The ID of the organisation a row names, created when the register does not have it."""
        found = self.find(number=number, name=name)
        return found.id if found else self.create(Organisation(name=name, org_number=number)).id

    def reference(self, row: PlannedRow) -> str | None:
        """The organisation a participant row names, or ``None`` after reporting why not."""
        name, number = row.refs.get("organisation", ""), row.refs.get("org_number")
        if name:
            return self.named(name, number)
        found = self.find(number=number)
        if found is None:
            message = ImportMessage("unknown_organisation_number", value=number)
            self.changes.problems.append(row.problem(message, "org_number"))
            return None
        return found.id


def _name_key(first: str, last: str) -> tuple[str, str]:
    return first.strip().casefold(), last.strip().casefold()


class _Participants(_Kind):
    kind = PARTICIPANTS
    noun = "participant"

    def __init__(self, store: Store, changes: Changes, organisations: _Organisations):
        self.organisations = organisations
        self.by_email: dict[str, Participant] = {}
        # People by name, and by name within an organisation; dicts by ID keep the first-seen order.
        self.by_name: dict[tuple[str, str], dict[str, Participant]] = defaultdict(dict)
        self.by_name_in: dict[tuple[str, str, str | None], dict[str, Participant]] = defaultdict(dict)
        super().__init__(changes, store.participants.list(include_deleted=True))

    def index(self, record: Participant) -> None:
        previous = self.by_id.get(record.id)
        super().index(record)
        if record.email:
            self.by_email.setdefault(record.email.casefold(), record)
        if previous is not None:
            old = _name_key(previous.first_name, previous.last_name)
            self.by_name[old].pop(previous.id, None)
            self.by_name_in[(*old, previous.organisation_id)].pop(previous.id, None)
        key = _name_key(record.first_name, record.last_name)
        self.by_name[key][record.id] = record
        self.by_name_in[(*key, record.organisation_id)][record.id] = record

    def shown(self, record: Participant) -> str:
        return record.full_name

    def settle(self, row: PlannedRow) -> None:
        record: Participant = row.record  # type: ignore[assignment]
        given = set(row.given)
        names_organisation = "organisation" in row.refs or "org_number" in row.refs
        if names_organisation:
            organisation_id = self.organisations.reference(row)
            if organisation_id is None:
                return
            record = _with(record, organisation_id=organisation_id)
            given.add("organisation_id")
        target = self.by_id.get(record.id) if record.id else None
        if target is None and record.email:
            target = self.by_email.get(record.email.casefold())
        if target is None:
            key = _name_key(record.first_name, record.last_name)

            def namesakes(people: dict[str, Participant]) -> list[Participant]:
                # Someone of the same name with another e-mail address is someone else.
                return [p for p in people.values() if not p.email] if record.email else list(people.values())

            if names_organisation:
                same = namesakes(self.by_name_in.get((*key, record.organisation_id), {}))
                without = namesakes(self.by_name_in.get((*key, None), {}))
                target = same[0] if same else without[0] if len(without) == 1 else None
            else:
                candidates = namesakes(self.by_name.get(key, {}))
                if len(candidates) > 1:
                    message = ImportMessage("ambiguous_person", count=len(candidates), value=record.full_name)
                    self.changes.problems.append(row.problem(message, "last_name"))
                    return
                target = candidates[0] if candidates else None
        self.settle_with(row, record, given, target)

    def reference(self, row: PlannedRow) -> str | None:
        """The participant an attendance row names, or ``None`` after reporting why not."""
        refs = row.refs
        participant_id = refs.get("participant_id")
        if participant_id in self.by_id:
            return participant_id
        email = refs.get("email")
        if email:
            found = self.by_email.get(email.casefold())
            if found is None:
                message = ImportMessage("unknown_participant_email", value=email)
                self.changes.problems.append(row.problem(message, "email"))
            return found.id if found else None
        first, last = refs.get("first_name"), refs.get("last_name")
        if first and last:
            people = list(self.by_name.get(_name_key(first, last), {}).values())
            if len(people) == 1:
                return people[0].id
            key = "ambiguous_participant" if people else "unknown_participant_name"
            message = ImportMessage(key, count=len(people), value=f"{first} {last}")
            self.changes.problems.append(row.problem(message, "last_name"))
            return None
        message = ImportMessage("unknown_participant_id", value=participant_id)
        self.changes.problems.append(row.problem(message, "participant_id"))
        return None


class _Activities(_Kind):
    kind = ACTIVITIES
    noun = "activity"

    def __init__(self, store: Store, changes: Changes, organisations: _Organisations):
        self.organisations = organisations
        self.by_key: dict[tuple[str, str], list[Activity]] = defaultdict(list)
        super().__init__(changes, store.activities.list(include_deleted=True))

    def index(self, record: Activity) -> None:
        super().index(record)
        same = self.by_key[(record.title.casefold(), record.date)]
        if all(activity.id != record.id for activity in same):
            same.append(record)

    def shown(self, record: Activity) -> str:
        return f"'{record.title}' on {record.date}"

    def settle(self, row: PlannedRow) -> None:
        record: Activity = row.record  # type: ignore[assignment]
        given = set(row.given)
        if "organisations" in row.refs:
            ids = [self.organisations.named(name) for name in row.refs["organisations"]]
            record = _with(record, organisation_ids=list(dict.fromkeys(ids)))
            given.add("organisation_ids")
        target = self.by_id.get(record.id) if record.id else None
        if target is None:
            same = self.by_key.get((record.title.casefold(), record.date), [])
            target = same[0] if same else None
        self.settle_with(row, record, given, target)

    def reference(self, row: PlannedRow) -> str | None:
        """The activity an attendance row names, or ``None`` after reporting why not."""
        activity_id, title, date = row.refs.get("activity_id"), row.refs.get("activity"), row.refs.get("date")
        if activity_id in self.by_id:
            return activity_id
        if title and date:
            same = self.by_key.get((title.casefold(), date), [])
            if len(same) == 1:
                return same[0].id
            key = "ambiguous_activity" if same else "unknown_activity"
            message = ImportMessage(key, count=len(same), title=title, date=date)
            self.changes.problems.append(row.problem(message, "activity"))
            return None
        message = ImportMessage("unknown_activity_id", value=activity_id)
        self.changes.problems.append(row.problem(message, "activity_id"))
        return None


class _Attendance:
    def __init__(self, store: Store, changes: Changes, activities: _Activities, participants: _Participants):
        self.changes = changes
        self.activities = activities
        self.participants = participants
        self._store = store

    def settle_all(self, rows: list[PlannedRow]) -> None:
        if not rows:
            return
        # The pair is unique even among tombstones, so a deleted attendance is brought back, not duplicated.
        by_pair = {(a.activity_id, a.participant_id): a for a in self._store.attendance.list(include_deleted=True)}
        claimed: dict[tuple[str, str], PlannedRow] = {}
        counts = self.changes.tally[ATTENDANCE]
        for row in rows:
            activity_id = self.activities.reference(row)
            participant_id = self.participants.reference(row)
            if activity_id is None or participant_id is None:
                continue
            pair = (activity_id, participant_id)
            other = claimed.setdefault(pair, row)
            if other is not row:
                person = self.participants.by_id[participant_id].full_name
                activity = self.activities.shown(self.activities.by_id[activity_id])
                message = ImportMessage("same_record", other=where(other.sheet, other.row), kind="attendance",
                                        value=f"{person} at {activity}")
                self.changes.problems.append(row.problem(message))
                continue
            record = _with(row.record, activity_id=activity_id, participant_id=participant_id)
            target: Attendance | None = by_pair.get(pair)
            if target is None:
                self.changes.creates[ATTENDANCE].append(_with(record, id=str(uuid.uuid4())))
                counts.created += 1
                continue
            changes = _diff(target, record, row.given)
            if target.is_deleted:
                self.changes.restores[ATTENDANCE].append(target.id)
                counts.created += 1
            elif changes:
                counts.updated += 1
            else:
                counts.unchanged += 1
            if changes:
                self.changes.updates[ATTENDANCE].append((target.id, changes))

