"""The SQL of exchanging registers between laptops (issue 10): identity, write stamps, rows since an
exchange, peers, erasures that travel, conflicts kept for review, duplicates found after a merge.

The rules (what wins, what is a conflict) live in :mod:`aiall_desktop.sharing`; this module only reads
and writes. Every record table carries three columns for it (schema step ``sharing``):

- ``changed_in``: the database id of the last writer, the tie-break between simultaneous edits;
- ``change_seq``: this file's own write counter when the row was last written here (local edits and
  merged rows alike, so that a merged row is passed on to the next colleague). It never leaves the
  laptop: what is "new since the last exchange" is counted in it, not in wall-clock time, so a laptop
  whose clock is wrong still sends every change;
- ``vv``: the row's version vector ``{database id: change_seq of that database's last edit}``.
"""

from __future__ import annotations

import json
import socket
import time
import uuid
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from .clock import parse_utc, utc_now

ID_KEY = "database_id"
HOME_KEY = "database_home"
NAME_KEY = "sharing_name"

#: Columns that stay on this laptop: the row number and the local write counter.
LOCAL_COLUMNS = ("seq", "change_seq")

#: Rows that name a pair only once (a person attends an activity once): two laptops may each enter it.
NATURAL_KEYS: dict[str, tuple[str, str]] = {
    "attendance": ("activity_id", "participant_id"),
    "team_member": ("team_id", "participant_id"),
}

_identities: weakref.WeakKeyDictionary[Database, str] = weakref.WeakKeyDictionary()


# -- identity and write stamps ----------------------------------------------------------------------


def _home(db: Database) -> str:
    """Where this file lives: a copy of it on another computer or in another folder is another database."""
    row = db.execute("SELECT file FROM pragma_database_list WHERE name = 'main'").fetchone()
    place = str(Path(row[0]).resolve()) if row and row[0] else ""
    return f"{socket.gethostname()}:{place}"


def _setting(db: Database, key: str) -> Any:
    row = db.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else None


def _set_setting(db: Database, key: str, value: Any) -> None:
    db.execute(
        "INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        [key, json.dumps(value, ensure_ascii=False), utc_now()],
    )


def database_id(db: Database) -> str:
    """This database's id, bound to where the file lives.

    A file copied to another laptop (or folder) and written to there gets a new id the first time: two
    copies of one file must not answer to the same name, or their edits could not be told apart. A
    backup restored in place keeps its id. The first call may write, so it runs inside writes only.
    """
    known = _identities.get(db)
    if known is not None:
        return known
    home = _home(db)
    current = _setting(db, ID_KEY)
    if current is None or _setting(db, HOME_KEY) != home:
        current = str(uuid.uuid4())
        with db.atomic():
            _set_setting(db, ID_KEY, current)
            _set_setting(db, HOME_KEY, home)
    _identities[db] = current
    return current


def forget_identity(db: Database) -> None:
    """Read the id again on the next write (after the file was swapped under the connection)."""
    _identities.pop(db, None)


@dataclass(frozen=True)
class Stamp:
    """Who writes and in which of its writes; every write of a record row carries one."""

    database_id: str
    seq: int

    @property
    def vv_path(self) -> str:
        return f'$."{self.database_id}"'

    def new_vv(self) -> str:
        return json.dumps({self.database_id: self.seq}, separators=(",", ":"))

    #: SET clause for an UPDATE of a record row; its parameters are :meth:`params`.
    SQL = "changed_in = ?, change_seq = ?, vv = json_set(vv, ?, ?)"

    def params(self) -> list[Any]:
        return [self.database_id, self.seq, self.vv_path, self.seq]


def next_seq(db: Database) -> int:
    """The next value of this file's write counter.

    At least the wall clock in microseconds: a file restored from a backup (its counter set back) must
    not hand out numbers its earlier self already sent to colleagues.
    """
    now_us = time.time_ns() // 1000
    return db.execute(
        "UPDATE sharing_clock SET last_seq = max(last_seq + 1, ?) RETURNING last_seq", [now_us]
    ).fetchall()[0][0]


def stamp(db: Database) -> Stamp:
    """A stamp for one write (call it inside the write's transaction)."""
    return Stamp(database_id(db), next_seq(db))


def later_than(previous: str | None) -> str:
    """``updated_at`` for an edit of a row last changed at ``previous``: now, or just after ``previous``.

    An edit is always newer than the version it was made on, even when this laptop's clock is behind
    the one that wrote that version: the merge's "newer wins" then never undoes an edit made on top.
    """
    now = utc_now()
    if not previous or now > previous:
        return now
    try:
        return (parse_utc(previous) + timedelta(microseconds=1)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    except ValueError:
        return now


# -- the queries of an exchange -------------------------------------------------------------------


@dataclass(frozen=True)
class ForeignKey:
    column: str
    target: str  # table
    required: bool  # NOT NULL: a row naming a missing target cannot stay


@dataclass(frozen=True)
class Peer:
    peer_id: str
    name: str
    last_received_up_to: int | None
    last_sent_up_to: int | None
    acked_up_to: int | None
    last_exchange_at: str | None


@dataclass(frozen=True)
class StoredConflict:
    seq: int
    kind: str  # table name
    record_id: str
    losing_row: dict[str, Any]
    losing_updated_at: str
    losing_changed_in: str
    winning_updated_at: str
    winning_changed_in: str
    source_id: str
    found_at: str
    same_data: bool
    resolved_at: str | None


class Sharing:
    """The store side of exchange files; one per :class:`Store` (``store.sharing``)."""

    def __init__(self, db: Database):
        self.db = db
        self._columns: dict[str, list[str]] = {}
        self._keys: dict[str, list[ForeignKey]] = {}

    # -- identity --------------------------------------------------------------------------------

    @property
    def database_id(self) -> str:
        return database_id(self.db)

    @property
    def name(self) -> str:
        """What colleagues see this laptop called (default: the computer's name)."""
        return _setting(self.db, NAME_KEY) or socket.gethostname()

    def set_name(self, name: str) -> None:
        with self.db.atomic():
            _set_setting(self.db, NAME_KEY, name.strip())

    def current_seq(self) -> int:
        return self.db.execute("SELECT last_seq FROM sharing_clock").fetchone()[0]

    # -- schema facts ----------------------------------------------------------------------------

    def columns(self, table: str) -> list[str]:
        """The columns of a record table that travel (all but ``seq`` and ``change_seq``)."""
        if table not in self._columns:
            self._columns[table] = [
                row[1] for row in self.db.execute(f"PRAGMA table_info({table})") if row[1] not in LOCAL_COLUMNS
            ]
        return self._columns[table]

    def foreign_keys(self, table: str) -> list[ForeignKey]:
        if table not in self._keys:
            required = {row[1]: bool(row[3]) for row in self.db.execute(f"PRAGMA table_info({table})")}
            self._keys[table] = [
                ForeignKey(row[3], row[2], required[row[3]])
                for row in self.db.execute(f"PRAGMA foreign_key_list({table})")
            ]
        return self._keys[table]

    # -- reading rows ----------------------------------------------------------------------------

    def rows_since(self, table: str, since: int | None) -> Iterator[dict[str, Any]]:
        """Rows written here after write number ``since`` (every row when ``None``)."""
        columns = self.columns(table)
        sql = f"SELECT {', '.join(columns)} FROM {table}"
        params: list[Any] = []
        if since is not None:
            sql += " WHERE change_seq > ?"
            params.append(since)
        for row in self.db.execute(sql + " ORDER BY seq", params):
            yield dict(zip(columns, row))

    def rows_by_id(self, table: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        columns = self.columns(table)
        found: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(list(ids)):
            marks = ", ".join("?" for _ in chunk)
            for row in self.db.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE id IN ({marks})", chunk):
                found[row[0]] = dict(zip(columns, row))
        return found

    def rows_by_pair(self, table: str, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict[str, Any]]:
        """Rows of ``table`` by its natural key (see :data:`NATURAL_KEYS`)."""
        first, second = NATURAL_KEYS[table]
        columns = self.columns(table)
        found: dict[tuple[str, str], dict[str, Any]] = {}
        wanted = set(pairs)
        by_first: dict[str, set[str]] = {}
        for a, b in wanted:
            by_first.setdefault(a, set()).add(b)
        for chunk in _chunks(list(by_first)):
            marks = ", ".join("?" for _ in chunk)
            for row in self.db.execute(
                f"SELECT {', '.join(columns)} FROM {table} WHERE {first} IN ({marks})", chunk
            ):
                values = dict(zip(columns, row))
                key = (values[first], values[second])
                if key in wanted:
                    found[key] = values
        return found

    def existing_ids(self, table: str, ids: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(list(ids)):
            marks = ", ".join("?" for _ in chunk)
            found.update(row[0] for row in self.db.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk))
        return found

    # -- writing merged rows ---------------------------------------------------------------------

    def put_row(self, table: str, row: Mapping[str, Any], seq: int, *, exists: bool) -> None:
        """Write a row as it came (its own ``updated_at``, ``changed_in`` and ``vv``), numbered ``seq`` here.

        The search index follows through its triggers.
        """
        columns = [column for column in self.columns(table) if column in row]
        if exists:
            assignments = ", ".join(f"{column} = ?" for column in columns if column != "id")
            self.db.execute(
                f"UPDATE {table} SET {assignments}, change_seq = ? WHERE id = ?",
                [*(row[column] for column in columns if column != "id"), seq, row["id"]],
            )
        else:
            names = ", ".join([*columns, "change_seq"])
            marks = ", ".join("?" for _ in range(len(columns) + 1))
            self.db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", [*(row[c] for c in columns), seq])

    def set_vv(self, table: str, record_id: str, vv: str, seq: int) -> None:
        """Our version kept, its history joined with theirs (a conflict ours won)."""
        self.db.execute(f"UPDATE {table} SET vv = ?, change_seq = ? WHERE id = ?", [vv, seq, record_id])

    def remove_row(self, table: str, record_id: str) -> None:
        """A real DELETE: the row gives way to the same pair entered on another laptop (see merge)."""
        self.db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])

    # -- erasures --------------------------------------------------------------------------------

    def erasures(self) -> dict[str, str]:
        """Erased participants' ids and when they were erased: no name, no e-mail."""
        return dict(self.db.execute("SELECT id, erased_at FROM sharing_erasure").fetchall())

    def record_erasures(self, erasures: Mapping[str, str]) -> None:
        self.db.conn.executemany(
            "INSERT INTO sharing_erasure (id, erased_at) VALUES (?, ?) "
            "ON CONFLICT (id) DO UPDATE SET erased_at = min(erased_at, excluded.erased_at)",
            list(erasures.items()),
        )

    def erase_here(self, participant_id: str) -> bool:
        """Apply an erasure made on another laptop: the person and every row naming them go.

        What the other laptop changed because of the erasure arrives as its own rows; here only this
        file's copies are cleaned, in place (no new version): a case they owned loses the owner, rows
        that must name them are deleted, their name in free text becomes ``[erased]``. The caller
        compacts the file afterwards. Returns whether the person was here.
        """
        from .privacy import ERASED_TEXT, MENTION_FIELDS, Privacy, _needle_pattern

        db = self.db
        present = db.execute("SELECT 1 FROM participant WHERE id = ?", [participant_id]).fetchone() is not None
        if present:
            privacy = Privacy(db)
            needles = privacy._needles(participant_id)
            pattern = _needle_pattern(needles)
            for table, fields in MENTION_FIELDS.items():
                for field in fields:
                    for record_id, text, _title in privacy._texts_containing(table, field, needles, participant_id):
                        db.execute(f"UPDATE {table} SET {field} = ? WHERE id = ?",
                                   [pattern.sub(ERASED_TEXT, text), record_id])
        for table in ("participant", *_tables_naming("participant", self)):
            for key in self.foreign_keys(table):
                if key.target != "participant":
                    continue
                if key.required:
                    db.execute(f"DELETE FROM {table} WHERE {key.column} = ?", [participant_id])
                else:
                    db.execute(f"UPDATE {table} SET {key.column} = NULL WHERE {key.column} = ?", [participant_id])
        db.execute("DELETE FROM participant WHERE id = ?", [participant_id])
        self.forget_in_conflicts(participant_id)
        return present

    def forget_in_conflicts(self, participant_id: str) -> None:
        """Losing versions kept for review must not keep an erased person either.

        Their own rows and rows that must name them go; other rows lose the name, exactly as the
        records themselves do, so the conflict stays listed (an edit made apart is still visible).
        """
        rows = self.db.execute(
            "SELECT seq, kind, losing_row FROM sharing_conflict WHERE record_id = ? OR instr(losing_row, ?) > 0",
            [participant_id, participant_id]).fetchall()
        for seq, table, text in rows:
            losing = without_person(self, table, json.loads(text), participant_id)
            if losing is None:
                self.db.execute("DELETE FROM sharing_conflict WHERE seq = ?", [seq])
            else:
                self.db.execute("UPDATE sharing_conflict SET losing_row = ? WHERE seq = ?",
                                [json.dumps(losing, ensure_ascii=False), seq])

    def optimize_search_index(self) -> None:
        """Merge the search index into one segment, dropping the terms of erased rows."""
        from .privacy import FTS_TABLES

        for table in FTS_TABLES:
            self.db.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")

    # -- peers -----------------------------------------------------------------------------------

    def peers(self) -> list[Peer]:
        return [Peer(*row) for row in self.db.execute(
            "SELECT peer_id, name, last_received_up_to, last_sent_up_to, acked_up_to, last_exchange_at "
            "FROM sharing_peer ORDER BY name COLLATE NOCASE, peer_id")]

    def peer(self, peer_id: str) -> Peer | None:
        return next((peer for peer in self.peers() if peer.peer_id == peer_id), None)

    def received_marks(self) -> dict[str, int]:
        """Per colleague, up to which of their writes this file holds everything (sent back as a receipt)."""
        return dict(self.db.execute(
            "SELECT peer_id, last_received_up_to FROM sharing_peer WHERE last_received_up_to IS NOT NULL"))

    def note_sent(self, peer_id: str, up_to: int) -> None:
        with self.db.atomic():
            self._ensure_peer(peer_id, "")
            self.db.execute(
                "UPDATE sharing_peer SET last_sent_up_to = max(coalesce(last_sent_up_to, 0), ?) WHERE peer_id = ?",
                [up_to, peer_id])

    def note_received(self, peer_id: str, name: str, *, since: int | None, up_to: int, complete: bool,
                      acked: int | None) -> None:
        """After a merge of a file from ``peer_id`` covering its writes ``(since, up_to]``."""
        self._ensure_peer(peer_id, name)
        db = self.db
        if name:
            db.execute("UPDATE sharing_peer SET name = ? WHERE peer_id = ?", [name, peer_id])
        current = db.execute("SELECT last_received_up_to FROM sharing_peer WHERE peer_id = ?",
                             [peer_id]).fetchone()[0]
        # Only a file that starts where we already are (or before) closes the gap up to its end.
        if complete and (since is None or (current is not None and since <= current)):
            db.execute("UPDATE sharing_peer SET last_received_up_to = max(coalesce(last_received_up_to, 0), ?) "
                       "WHERE peer_id = ?", [up_to, peer_id])
        if acked is not None:
            db.execute("UPDATE sharing_peer SET acked_up_to = max(coalesce(acked_up_to, 0), ?) WHERE peer_id = ?",
                       [acked, peer_id])
        db.execute("UPDATE sharing_peer SET last_exchange_at = ? WHERE peer_id = ?", [utc_now(), peer_id])

    def _ensure_peer(self, peer_id: str, name: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO sharing_peer (peer_id, name) VALUES (?, ?)", [peer_id, name])

    # -- conflicts -------------------------------------------------------------------------------

    def add_conflict(self, table: str, losing: Mapping[str, Any], winning: Mapping[str, Any], source_id: str,
                     same_data: bool) -> None:
        self.db.execute(
            """
            INSERT OR IGNORE INTO sharing_conflict (kind, record_id, losing_row, losing_updated_at,
                losing_changed_in, winning_updated_at, winning_changed_in, source_id, found_at, same_data)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [table, losing["id"], json.dumps(dict(losing), ensure_ascii=False), losing["updated_at"],
             losing["changed_in"], winning["updated_at"], winning["changed_in"], source_id, utc_now(),
             int(same_data)],
        )

    CONFLICT_COLUMNS = ("kind", "record_id", "losing_row", "losing_updated_at", "losing_changed_in",
                        "winning_updated_at", "winning_changed_in", "source_id", "found_at", "same_data",
                        "resolved_at")

    def conflict_rows(self) -> list[tuple]:
        """Every conflict kept here, as it travels in an exchange file (see :data:`CONFLICT_COLUMNS`)."""
        return self.db.execute(
            f"SELECT {', '.join(self.CONFLICT_COLUMNS)} FROM sharing_conflict ORDER BY seq").fetchall()

    def add_conflict_rows(self, rows: Iterable[Sequence[Any]]) -> None:
        """Conflicts found on other laptops: listed here too; reviewed on either laptop means reviewed."""
        names = ", ".join(self.CONFLICT_COLUMNS)
        marks = ", ".join("?" for _ in self.CONFLICT_COLUMNS)
        self.db.conn.executemany(
            f"INSERT INTO sharing_conflict ({names}) VALUES ({marks}) "
            "ON CONFLICT (kind, record_id, losing_updated_at, losing_changed_in) DO UPDATE SET "
            "resolved_at = coalesce(min(resolved_at, excluded.resolved_at), resolved_at, excluded.resolved_at)",
            [list(row) for row in rows],
        )

    def conflicts(self, *, include_resolved: bool = False, include_same_data: bool = False) -> list[StoredConflict]:
        sql = ("SELECT seq, kind, record_id, losing_row, losing_updated_at, losing_changed_in, winning_updated_at, "
               "winning_changed_in, source_id, found_at, same_data, resolved_at FROM sharing_conflict")
        clauses = []
        if not include_resolved:
            clauses.append("resolved_at IS NULL")
        if not include_same_data:
            clauses.append("same_data = 0")
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        return [
            StoredConflict(row[0], row[1], row[2], json.loads(row[3]), *row[4:10], bool(row[10]), row[11])
            for row in self.db.execute(sql + " ORDER BY found_at, seq")
        ]

    def resolve_conflict(self, seq: int) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE sharing_conflict SET resolved_at = ? WHERE seq = ?", [utc_now(), seq])

    # -- duplicates after a merge ----------------------------------------------------------------

    def organisations_sharing_a_number(self) -> list[list[str]]:
        """Groups of live organisations with the same organisation number (however written), oldest first."""
        rows = self.db.execute(
            "SELECT id, org_number FROM organisation WHERE deleted_at IS NULL AND org_number IS NOT NULL "
            "AND org_number <> '' ORDER BY created_at, id").fetchall()
        from .lookup import org_number_digits

        groups: dict[str, list[str]] = {}
        for record_id, number in rows:
            digits = org_number_digits(number)
            if digits:
                groups.setdefault(digits, []).append(record_id)
        return [ids for ids in groups.values() if len(ids) > 1]

    def participants_sharing_an_email(self) -> list[list[str]]:
        rows = self.db.execute(
            "SELECT id, email FROM participant WHERE deleted_at IS NULL AND trim(email) <> '' "
            "ORDER BY created_at, id").fetchall()
        groups: dict[str, list[str]] = {}
        for record_id, email in rows:
            groups.setdefault(email.strip().casefold(), []).append(record_id)
        return [ids for ids in groups.values() if len(ids) > 1]

    def ids_naming(self, table: str, column: str, record_id: str) -> list[str]:
        """Rows of ``table`` whose ``column`` names ``record_id`` (a key, or a JSON list of keys)."""
        return [row[0] for row in self.db.execute(
            f"SELECT id FROM {table} WHERE {column} = ? OR (json_valid({column}) AND json_type({column}) = 'array' "
            f"AND EXISTS (SELECT 1 FROM json_each({table}.{column}) WHERE value = ?))",
            [record_id, record_id])]


def without_person(sharing: Sharing, table: str, row: dict[str, Any], participant_id: str) -> dict[str, Any] | None:
    """``row`` as it may be kept once ``participant_id`` is erased; ``None`` when it cannot be kept."""
    if table == "participant" and row.get("id") == participant_id:
        return None
    for key in sharing.foreign_keys(table):
        if key.target == "participant" and row.get(key.column) == participant_id:
            if key.required:
                return None
            row = dict(row, **{key.column: None})
    return row


def _tables_naming(target: str, sharing: Sharing) -> list[str]:
    from .database import RECORD_TABLES

    return [table for table in RECORD_TABLES
            if table != target and any(key.target == target for key in sharing.foreign_keys(table))]


def _chunks(items: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
