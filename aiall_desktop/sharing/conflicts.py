"""Conflicts to review: the losing versions a merge kept, and taking their values back field by field.

A conflict is kept on the laptop where two versions made apart met (see :mod:`.versions`). The newer
one is in the register; the losing one is kept here in full until the user has looked at it. Choosing
the losing value of a field is an ordinary edit (a new version, newer than both), so it reaches the
colleagues with the next exchange like any other.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from ..records import Record
from ..store import RecordNotFound, Store
from ..store.sharing import NATURAL_KEYS
from .merge import KIND_OF_TABLE

_NOT_COMPARED = {f.name for f in dataclasses.fields(Record)}


@dataclass(frozen=True)
class FieldDifference:
    field: str
    current: Any
    losing: Any


@dataclass(frozen=True)
class Conflict:
    id: int
    kind: str  # the Store attribute: "participants", "cases", ...
    record_id: str  # the record now in the register (for a pair entered twice, the one that stayed)
    losing: Record
    current: Record | None  # None when the record has since been erased
    differences: list[FieldDifference]
    losing_deleted: bool
    current_deleted: bool
    found_at: str
    source_id: str
    losing_changed_in: str


def _repo(store: Store, kind: str):
    return getattr(store, kind)


def open_conflicts(store: Store, *, include_resolved: bool = False) -> list[Conflict]:
    """The conflicts still to review, oldest first (two laptops making the very same change are left out)."""
    found = []
    for stored in store.sharing.conflicts(include_resolved=include_resolved):
        found.append(_conflict(store, stored))
    return found


def _conflict(store: Store, stored) -> Conflict:
    kind = KIND_OF_TABLE[stored.kind]
    repo = _repo(store, kind)
    losing = repo.from_row(stored.losing_row)
    current = _current(store, stored.kind, kind, losing)
    differences = []
    if current is not None:
        for f in dataclasses.fields(losing):
            if f.name in _NOT_COMPARED:
                continue
            mine, theirs = getattr(current, f.name), getattr(losing, f.name)
            if mine != theirs:
                differences.append(FieldDifference(f.name, mine, theirs))
    return Conflict(stored.seq, kind, current.id if current else losing.id, losing, current, differences,
                    losing.is_deleted, bool(current and current.is_deleted), stored.found_at, stored.source_id,
                    stored.losing_changed_in)


def _current(store: Store, table: str, kind: str, losing: Record) -> Record | None:
    repo = _repo(store, kind)
    try:
        return repo.get(losing.id, include_deleted=True)
    except RecordNotFound:
        pass
    if table in NATURAL_KEYS:
        first, second = NATURAL_KEYS[table]
        same_pair = repo.list({first: getattr(losing, first), second: getattr(losing, second)}, include_deleted=True)
        return same_pair[0] if same_pair else None
    return None


def get_conflict(store: Store, conflict_id: int) -> Conflict:
    for stored in store.sharing.conflicts(include_resolved=True, include_same_data=True):
        if stored.seq == conflict_id:
            return _conflict(store, stored)
    raise KeyError(conflict_id)


def changes_for(store: Store, conflict_id: int, fields: list[str]) -> dict[str, Any]:
    """The losing values of ``fields``, as ``update(**changes)`` takes them (for an undoable command)."""
    conflict = get_conflict(store, conflict_id)
    differing = {d.field: d.losing for d in conflict.differences}
    unknown = [name for name in fields if name not in differing]
    if unknown:
        raise ValueError(f"no difference in {', '.join(unknown)}")
    return {name: differing[name] for name in fields}


def choose(store: Store, conflict_id: int, fields: list[str]) -> Record | None:
    """Take the losing version's value of each of ``fields`` and mark the conflict reviewed.

    Returns the record as stored now (``None`` when nothing was to change). A record deleted since is
    restored first, since the user asked for values to be in it.
    """
    conflict = get_conflict(store, conflict_id)
    changes = changes_for(store, conflict_id, fields)
    repo = _repo(store, conflict.kind)
    record = None
    with store.transaction():
        if changes and conflict.current is not None:
            if conflict.current.is_deleted:
                repo.restore(conflict.record_id)
            record = repo.update(conflict.record_id, **changes)
        store.sharing.resolve_conflict(conflict_id)
    return record


def dismiss(store: Store, conflict_id: int) -> None:
    """Keep the register as it is; the conflict leaves the list."""
    store.sharing.resolve_conflict(conflict_id)
