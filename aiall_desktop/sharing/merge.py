"""Merging an exchange file: first the plan (what it would change, computed without writing), then the
merge itself, after a backup, in one transaction.

Per incoming row (see :mod:`.versions` for who wins):

- a record new here is inserted; one we hold is left, replaced or, for a conflict, settled by
  "newer change wins" with the losing version kept for review (:mod:`.conflicts`);
- ``updated_at``, ``changed_in`` and the version vector are the incoming ones, never "now";
- rows naming an erased person are dropped (the person, their attendance and team places) or lose the
  name (a case's owner); erasures in the file erase the person here too, and are remembered, so a later
  file that still holds them never brings them back;
- attendance and team places are one row per pair: when two laptops each entered the same pair, the
  row with the smaller id stays on every laptop and the other is kept as a losing version;
- a row naming a record that neither this register nor the file holds is dropped and reported (it
  cannot be stored without what it names); the file is then not counted as received in full, so the
  colleague sends those rows again next time.

Rows are applied in ``RECORD_TABLES`` order, in which every row comes after what it names.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from ..store import RECORD_TABLES, Store
from ..store.errors import StorageFailed
from ..store.repository import repositories
from ..store.sharing import NATURAL_KEYS, next_seq, without_person
from .bundle import Bundle, DamagedExchangeFile, ExchangeRefused
from .versions import Outcome, Version, compare, join, theirs_wins_conflict, vv_text

#: The Store attribute ("kind") of each record table, as the window and the undo commands name them.
KIND_OF_TABLE = {repo.table: kind for kind, repo in repositories(None).items()}


class Step(StrEnum):
    INSERT = "insert"  # new here
    TAKE = "take"  # theirs replaces ours
    JOIN_OURS = "join_ours"  # a conflict ours won: only the history is joined
    REPLACE_PAIR = "replace_pair"  # our row of the same pair gives way to theirs (smaller id)
    DROP = "drop"  # nothing written


@dataclass
class KindChanges:
    new: int = 0
    changed: int = 0
    deleted: int = 0
    conflicts: int = 0
    unchanged: int = 0
    dropped: int = 0

    @property
    def any(self) -> bool:
        return bool(self.new or self.changed or self.deleted or self.conflicts)


@dataclass(frozen=True)
class PlannedConflict:
    kind: str
    record_id: str
    title: str
    theirs_wins: bool


@dataclass(frozen=True)
class Dropped:
    kind: str
    record_id: str
    reason: str  # "erased" or "missing <kind> <id>"


@dataclass(frozen=True)
class _Action:
    table: str
    step: Step
    row: dict[str, Any]  # what is written (theirs, or ours with the joined history)
    loser: dict[str, Any] | None = None  # the losing version, kept for review
    winner: dict[str, Any] | None = None
    remove_id: str | None = None  # REPLACE_PAIR: our row that gives way


@dataclass
class MergePlan:
    """What merging a file would do; nothing has been written to compute it."""

    source_id: str
    source_name: str
    written_at: str
    kinds: dict[str, KindChanges]
    conflicts: list[PlannedConflict]
    dropped: list[Dropped]
    erasures_here: int  # people this register holds whom the file says were erased
    new_erasures: dict[str, str]
    complete: bool  # every row could be taken (none named a record missing here)
    actions: list[_Action] = field(default_factory=list, repr=False)

    @property
    def changes_anything(self) -> bool:
        return bool(self.erasures_here or self.new_erasures or any(c.any for c in self.kinds.values())
                    or any(a.step != Step.DROP for a in self.actions))


@dataclass
class MergeResult:
    plan: MergePlan
    backup: Path | None


def plan_merge(store: Store, bundle: Bundle) -> MergePlan:
    """What merging ``bundle`` into ``store`` would change, per kind; raises :class:`ExchangeRefused`
    for a file this database wrote itself."""
    sharing = store.sharing
    if bundle.source_id == sharing.database_id:
        raise ExchangeRefused(bundle.path, "this exchange file was written by this same database; there is "
                                           "nothing to merge. Merge the files your colleagues wrote.")
    known_erasures = sharing.erasures()
    erased = set(known_erasures) | set(bundle.erasures)
    new_erasures = {pid: when for pid, when in bundle.erasures.items() if pid not in known_erasures}
    kinds = {KIND_OF_TABLE[table]: KindChanges() for table in RECORD_TABLES}
    plan = MergePlan(bundle.source_id, bundle.source_name, bundle.written_at, kinds, [], [],
                     erasures_here=len(sharing.existing_ids("participant", new_erasures)),
                     new_erasures=new_erasures, complete=True)
    arriving: dict[str, set[str]] = {}  # ids each table will hold from the file
    for table in RECORD_TABLES:
        kind = KIND_OF_TABLE[table]
        counts = kinds[kind]
        rows = [_without_erased(table, row, erased, sharing) for row in bundle.rows.get(table, [])]
        taken: list[dict[str, Any]] = []
        for row in rows:
            if row is None:
                counts.dropped += 1
                continue
            taken.append(row)
        dropped_ids = {row["id"] for row in bundle.rows.get(table, [])} - {row["id"] for row in taken}
        plan.dropped += [Dropped(kind, record_id, "erased") for record_id in sorted(dropped_ids)]
        # What each row names must be here or in the file.
        keys = sharing.foreign_keys(table)
        wanted: dict[str, set[str]] = {}
        for row in taken:
            for key in keys:
                if row.get(key.column):
                    wanted.setdefault(key.target, set()).add(row[key.column])
        present = {target: sharing.existing_ids(target, ids) | (ids & arriving.get(target, set()))
                   for target, ids in wanted.items()}
        kept_rows = []
        for row in taken:
            missing = next((key for key in keys if row.get(key.column) and row[key.column] not in present[key.target]),
                           None)
            if missing is not None:
                counts.dropped += 1
                plan.complete = False
                plan.dropped.append(Dropped(kind, row["id"], f"missing {KIND_OF_TABLE[missing.target]} "
                                                             f"{row[missing.column]}"))
                continue
            kept_rows.append(row)
        ours = sharing.rows_by_id(table, [row["id"] for row in kept_rows])
        pairs = {}
        if table in NATURAL_KEYS:
            first, second = NATURAL_KEYS[table]
            new_pairs = [(row[first], row[second]) for row in kept_rows if row["id"] not in ours]
            pairs = sharing.rows_by_pair(table, new_pairs)
        held = set()
        for row in kept_rows:
            action = _decide(table, row, ours.get(row["id"]), pairs, counts, plan)
            plan.actions.append(action)
            if action.step != Step.DROP or row["id"] in ours:
                held.add(row["id"])
        arriving[table] = held
    return plan


def _without_erased(table: str, row: dict[str, Any], erased: set[str], sharing) -> dict[str, Any] | None:
    """The row as it may be stored here, given who is erased: ``None`` when it cannot be kept at all."""
    if table == "participant" and row["id"] in erased:
        return None
    for key in sharing.foreign_keys(table):
        if key.target == "participant" and row.get(key.column) in erased:
            if key.required:
                return None
            # Not a new version: every laptop that knows the erasure stores the same row.
            row = dict(row, **{key.column: None})
    return row


def _decide(table: str, theirs: dict[str, Any], ours: dict[str, Any] | None, pairs: dict, counts: KindChanges,
            plan: MergePlan) -> _Action:
    kind = KIND_OF_TABLE[table]
    if ours is None:
        if table in NATURAL_KEYS:
            first, second = NATURAL_KEYS[table]
            other = pairs.get((theirs[first], theirs[second]))
            if other is not None:
                # The same pair entered on two laptops: the smaller id stays everywhere.
                counts.conflicts += 1
                theirs_wins = theirs["id"] < other["id"]
                plan.conflicts.append(PlannedConflict(kind, theirs["id"], _title(table, theirs), theirs_wins))
                if theirs_wins:
                    return _Action(table, Step.REPLACE_PAIR, theirs, loser=other, winner=theirs,
                                   remove_id=other["id"])
                return _Action(table, Step.DROP, theirs, loser=theirs, winner=other)
        if theirs["deleted_at"] is None:
            counts.new += 1
        else:
            counts.unchanged += 1  # a record deleted before it reached us: stored, not shown
        return _Action(table, Step.INSERT, theirs)
    mine, other = Version.of(ours), Version.of(theirs)
    outcome = compare(mine, other)
    if outcome in (Outcome.SAME, Outcome.OURS_NEWER):
        counts.unchanged += 1
        return _Action(table, Step.DROP, theirs)
    if outcome == Outcome.THEIRS_NEWER:
        _count_change(counts, ours, theirs)
        return _Action(table, Step.TAKE, theirs)
    counts.conflicts += 1
    history = vv_text(join(mine.vv, other.vv))
    theirs_wins = theirs_wins_conflict(mine, other)
    plan.conflicts.append(PlannedConflict(kind, theirs["id"], _title(table, ours), theirs_wins))
    if theirs_wins:
        return _Action(table, Step.TAKE, dict(theirs, vv=history), loser=ours, winner=theirs)
    return _Action(table, Step.JOIN_OURS, dict(ours, vv=history), loser=theirs, winner=ours)


def _count_change(counts: KindChanges, ours: dict[str, Any], theirs: dict[str, Any]) -> None:
    if theirs["deleted_at"] is not None and ours["deleted_at"] is None:
        counts.deleted += 1
    else:
        counts.changed += 1


_DATA_EXCLUDED = {"updated_at", "changed_in", "vv"}


def same_data(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two versions that differ only in who wrote them and when (both laptops made the same change)."""
    return all(a.get(key) == b.get(key) for key in a.keys() | b.keys() if key not in _DATA_EXCLUDED)


def _title(table: str, row: dict[str, Any]) -> str:
    if table == "participant":
        return f"{row.get('first_name', '')} {row.get('last_name', '')}".strip()
    for column in ("title", "name", "stage"):
        if row.get(column):
            return str(row[column])
    return row["id"]


def apply_merge(store: Store, bundle: Bundle, *, plan: MergePlan | None = None, backup: bool = True,
                fail_after: Callable[[int], None] | None = None) -> MergeResult:
    """Merge ``bundle`` into ``store``: a backup (label ``before-merge``), then one transaction.

    A failure anywhere (a full disk, a row the register's rules refuse, a crash) leaves the register as
    it was. The plan is computed again inside the transaction, so it is exact even if the register
    changed since the plan was shown. ``fail_after`` is for tests: called before each write.
    """
    sharing = store.sharing
    sharing.database_id  # bind the id before the backup (a write)
    # A file that changes nothing here needs no backup (its receipt is still noted).
    backup_path = store.backup(label="before-merge") if backup and plan_merge(store, bundle).changes_anything else None
    connection = store.db.conn
    erasing = any(pid not in sharing.erasures() for pid in bundle.erasures)
    previous = connection.execute("PRAGMA secure_delete").fetchone()[0]
    if erasing:
        # As in an erasure made here: freed pages are overwritten, not merely marked free.
        connection.execute("PRAGMA secure_delete = ON")
    try:
        with store.transaction():
            plan = plan_merge(store, bundle)
            seq = next_seq(store.db)
            writes = 0
            for action in plan.actions:
                if action.step == Step.DROP and action.loser is None:
                    continue
                if fail_after is not None:
                    fail_after(writes)
                writes += 1
                _apply(store, action, seq, bundle.source_id)
            for participant_id in plan.new_erasures:
                sharing.erase_here(participant_id)
            sharing.record_erasures(bundle.erasures)
            sharing.add_conflict_rows(_conflicts_without_erased(sharing, bundle.conflicts))
            sharing.note_received(bundle.source_id, bundle.source_name, since=bundle.since, up_to=bundle.up_to,
                                  complete=plan.complete, acked=bundle.receipts.get(sharing.database_id))
        if erasing:
            _leave_no_trace(store)
    except sqlite3.IntegrityError as error:
        if isinstance(error, StorageFailed):
            raise
        raise DamagedExchangeFile(
            bundle.path, f"a record in the exchange file breaks a rule of the register ({error}); nothing "
                         "has been changed.") from None
    finally:
        connection.execute(f"PRAGMA secure_delete = {int(previous)}")
    return MergeResult(plan, backup_path)


def _conflicts_without_erased(sharing, rows: list[tuple]) -> list[tuple]:
    """Conflicts from the file, with erased people taken out of the losing versions as from the records."""
    erased = set(sharing.erasures())
    kept = []
    for row in rows:
        text = row[2]
        naming = [pid for pid in erased if pid in text]
        if not naming:
            kept.append(row)
            continue
        losing: dict[str, Any] | None = json.loads(text)
        for pid in naming:
            losing = without_person(sharing, row[0], losing, pid) if losing is not None else None
        if losing is not None:
            kept.append((*row[:2], json.dumps(losing, ensure_ascii=False), *row[3:]))
    return kept


def _apply(store: Store, action: _Action, seq: int, source_id: str) -> None:
    sharing = store.sharing
    if action.step == Step.INSERT:
        sharing.put_row(action.table, action.row, seq, exists=False)
    elif action.step == Step.TAKE:
        sharing.put_row(action.table, action.row, seq, exists=True)
    elif action.step == Step.JOIN_OURS:
        sharing.set_vv(action.table, action.row["id"], action.row["vv"], seq)
    elif action.step == Step.REPLACE_PAIR:
        sharing.remove_row(action.table, action.remove_id)
        sharing.put_row(action.table, action.row, seq, exists=False)
    if action.loser is not None:
        sharing.add_conflict(action.table, action.loser, action.winner, source_id,
                             same_data(action.loser, action.winner) and action.loser["id"] == action.winner["id"])


def _leave_no_trace(store: Store) -> None:
    """After erasing people here: the search index merged and the file compacted, as an erasure does."""
    with store.transaction():
        store.sharing.optimize_search_index()
    store.privacy.compact()


__all__ = ["KIND_OF_TABLE", "KindChanges", "MergePlan", "MergeResult", "PlannedConflict", "Dropped",
           "apply_merge", "plan_merge", "same_data"]
