"""Duplicates entered independently on two laptops, found after a merge, and joining them into one.

Two organisations with the same organisation number (however written), or two participants with the
same e-mail address (case ignored), are one and the same. Joining keeps the older record (or the one
the user picks), fills its empty fields from the other, moves every link to it (participants'
organisation, activities' and cases' organisation lists, attendance, team places, case owner) and
deletes the other (a tombstone, so that the join travels to the colleagues like any edit).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from ..records import Gender, Record
from ..store import Store

ORGANISATIONS = "organisations"
PARTICIPANTS = "participants"

_LISTS = {"areas", "backgrounds", "competences", "tags"}


@dataclass(frozen=True)
class DuplicateGroup:
    kind: str  # "organisations" or "participants"
    ids: list[str]  # oldest first: the first is the suggested one to keep
    reason: str  # "same organisation number" / "same e-mail"


def find_duplicates(store: Store) -> list[DuplicateGroup]:
    groups = [DuplicateGroup(ORGANISATIONS, ids, "same organisation number")
              for ids in store.sharing.organisations_sharing_a_number()]
    groups += [DuplicateGroup(PARTICIPANTS, ids, "same e-mail")
               for ids in store.sharing.participants_sharing_an_email()]
    return groups


@dataclass
class JoinPlan:
    """The edits a join makes, as the undo commands need them: ``updates[kind][id] = {field: value}``."""

    kind: str
    keep_id: str
    drop_id: str
    updates: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    restores: dict[str, list[str]] = field(default_factory=dict)
    deletes: dict[str, list[str]] = field(default_factory=dict)

    def _update(self, kind: str, record_id: str, **changes: Any) -> None:
        self.updates.setdefault(kind, {}).setdefault(record_id, {}).update(changes)


def plan_join(store: Store, kind: str, keep_id: str, drop_id: str) -> JoinPlan:
    if kind not in (ORGANISATIONS, PARTICIPANTS):
        raise ValueError(f"only organisations and participants are joined, not {kind}")
    if keep_id == drop_id:
        raise ValueError("a record cannot be joined with itself")
    repo = getattr(store, kind)
    keep, drop = repo.get(keep_id), repo.get(drop_id)
    plan = JoinPlan(kind, keep_id, drop_id)
    filled = _filled_fields(keep, drop)
    if filled:
        plan._update(kind, keep_id, **filled)
    if kind == ORGANISATIONS:
        for person in store.participants.list({"organisation_id": drop_id}, include_deleted=True):
            plan._update(PARTICIPANTS, person.id, organisation_id=keep_id)
        for list_kind in ("activities", "cases"):
            for record_id in store.sharing.ids_naming(getattr(store, list_kind).table, "organisation_ids", drop_id):
                record = getattr(store, list_kind).get(record_id, include_deleted=True)
                plan._update(list_kind, record_id, organisation_ids=_replaced(record.organisation_ids, drop_id, keep_id))
    else:
        _move_pairs(store, plan, "attendance", "activity_id", keep_id, drop_id)
        _move_pairs(store, plan, "team_members", "team_id", keep_id, drop_id)
        for case in store.cases.list({"owner_id": drop_id}, include_deleted=True):
            plan._update("cases", case.id, owner_id=keep_id)
    plan.deletes[kind] = [drop_id]
    return plan


def _move_pairs(store: Store, plan: JoinPlan, kind: str, other: str, keep_id: str, drop_id: str) -> None:
    """Attendance or team places of ``drop`` move to ``keep``; where ``keep`` has one already, it stays."""
    repo = getattr(store, kind)
    kept = {getattr(row, other): row for row in repo.list({"participant_id": keep_id}, include_deleted=True)}
    for row in repo.list({"participant_id": drop_id}, include_deleted=True):
        mine = kept.get(getattr(row, other))
        if mine is None:
            plan._update(kind, row.id, participant_id=keep_id)
            continue
        if mine.is_deleted and not row.is_deleted:
            plan.restores.setdefault(kind, []).append(mine.id)
            values = {f.name: getattr(row, f.name) for f in dataclasses.fields(row)
                      if f.name not in {f.name for f in dataclasses.fields(Record)} | {"participant_id", other}}
            plan._update(kind, mine.id, **values)
        if not row.is_deleted:
            plan.deletes.setdefault(kind, []).append(row.id)


def _filled_fields(keep: Record, drop: Record) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    base = {f.name for f in dataclasses.fields(Record)}
    for f in dataclasses.fields(keep):
        if f.name in base:
            continue
        mine, theirs = getattr(keep, f.name), getattr(drop, f.name)
        if f.name in _LISTS:
            union = list(dict.fromkeys([*mine, *theirs]))
            if union != list(mine):
                changes[f.name] = union
        elif f.name == "gender":
            if mine == Gender.NOT_STATED and theirs != Gender.NOT_STATED:
                changes[f.name] = theirs
        elif mine in (None, "") and theirs not in (None, ""):
            changes[f.name] = theirs
    return changes


def _replaced(ids: list[str], drop_id: str, keep_id: str) -> list[str]:
    return list(dict.fromkeys(keep_id if value == drop_id else value for value in ids))


def join(store: Store, kind: str, keep_id: str, drop_id: str) -> JoinPlan:
    """Join two duplicates in one transaction (see :func:`plan_join`); returns what was done."""
    plan = plan_join(store, kind, keep_id, drop_id)
    with store.transaction():
        for restore_kind, ids in plan.restores.items():
            for record_id in ids:
                getattr(store, restore_kind).restore(record_id)
        # The dropped rows go first: a moved attendance must not meet the one it replaces.
        for delete_kind, ids in plan.deletes.items():
            if delete_kind != kind:
                for record_id in ids:
                    getattr(store, delete_kind).delete(record_id)
        for update_kind, changes in plan.updates.items():
            getattr(store, update_kind).update_many(_live_only(store, update_kind, changes))
            _update_deleted(store, update_kind, changes)
        getattr(store, kind).delete(drop_id)
    return plan


def _live_only(store: Store, kind: str, changes: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    live = getattr(store, kind).get_many(list(changes))
    return {record_id: values for record_id, values in changes.items() if record_id in live}


def _update_deleted(store: Store, kind: str, changes: dict[str, dict[str, Any]]) -> None:
    """Deleted rows still name the dropped record; they are re-pointed too (restored, edited, deleted again)."""
    repo = getattr(store, kind)
    live = repo.get_many(list(changes))
    for record_id, values in changes.items():
        if record_id not in live:
            repo.restore(record_id)
            repo.update(record_id, **values)
            repo.delete(record_id)
