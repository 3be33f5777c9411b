"""The exchange file: a small SQLite file holding the rows a laptop changed since the last exchange.

Layout (format version :data:`FORMAT_VERSION`; ``PRAGMA application_id`` = :data:`EXCHANGE_APPLICATION_ID`,
``PRAGMA user_version`` = the format version):

- ``exchange_header(key, value)``: ``format``, ``format_version``, ``schema_version`` (the writer's
  register schema), ``program_version``, ``source_id`` and ``source_name`` (the database it came from),
  ``for_peer`` (or empty), ``since`` (the writer's write number after which rows are included; empty =
  everything), ``up_to`` (its write number when written) and ``written_at`` (UTC);
- ``erasure(id, erased_at)``: every person erased in the writer's register (ids only: no name, no e-mail);
- ``receipt(peer_id, up_to)``: per colleague, up to which of their writes the writer holds everything,
  so that they know what they need not send again;
- ``conflict(...)``: the conflicts the writer knows of (the losing versions kept for review), so that
  every laptop lists them, the one whose edit lost included;
- one table per record table, same name, with every column but the local ``seq`` and ``change_seq``.

The file is an SQLite file rather than JSON so that a large register's changes are read in pieces and
a damaged file is recognised by SQLite's own checks. Its SQL stays here: it is this file format's own,
not the register's.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..store import RECORD_TABLES, SCHEMA_VERSION, DatabaseRefused, Store, UnreadableRecord
from ..store.clock import parse_utc, utc_now
from ..store.errors import InvalidRecord
from ..store.repository import repositories
from ..store.schema import APPLICATION_ID
from ..store.sharing import Sharing
from .versions import parse_vv

FORMAT = "aiall-desktop exchange"
FORMAT_VERSION = 1
EXCHANGE_APPLICATION_ID = 0x41494158  # "AIAX"
SUFFIX = ".aiall-exchange"

_SQLITE_HEADER = b"SQLite format 3\x00"
_HEADER_KEYS = ("format", "format_version", "schema_version", "source_id", "source_name", "since", "up_to",
                "written_at")


class ExchangeRefused(DatabaseRefused):
    """The exchange file cannot be merged; nothing has been changed."""


class NotAnExchangeFile(ExchangeRefused):
    pass


class DamagedExchangeFile(ExchangeRefused):
    pass


class NewerExchangeFile(ExchangeRefused):
    pass


@dataclass
class Bundle:
    """An exchange file as read: who wrote it, up to when, and what it holds."""

    path: Path
    source_id: str
    source_name: str
    schema_version: int
    since: int | None
    up_to: int
    written_at: str
    for_peer: str
    erasures: dict[str, str] = field(default_factory=dict)
    receipts: dict[str, int] = field(default_factory=dict)
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # by table, in RECORD_TABLES order
    conflicts: list[tuple] = field(default_factory=list)  # as Sharing.CONFLICT_COLUMNS

    def count(self) -> int:
        return sum(len(rows) for rows in self.rows.values())


@dataclass(frozen=True)
class Written:
    path: Path
    since: int | None
    up_to: int
    rows: dict[str, int]  # by table
    erasures: int


def write_exchange(store: Store, target: Path | str, *, peer_id: str | None = None) -> Written:
    """Write the changes of ``store`` for a colleague (all of them without ``peer_id``, or the first time).

    With ``peer_id`` the file holds the rows written here after the last write that colleague has
    confirmed holding (the receipt in their last file): a file lost on the way is sent again next time,
    since nothing was confirmed. The file is owner-only (it holds personal data) and appears whole or
    not at all.
    """
    target = Path(target)
    sharing = store.sharing
    source_id = sharing.database_id  # may bind the id (a write): before the read below
    peer = sharing.peer(peer_id) if peer_id else None
    since = peer.acked_up_to if peer is not None else None
    partial = target.with_name(target.name + ".partial")
    for suffix in ("", "-journal"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    counts: dict[str, int] = {}
    out = sqlite3.connect(partial, isolation_level=None)
    try:
        out.execute("PRAGMA journal_mode = DELETE")
        out.execute(f"PRAGMA application_id = {EXCHANGE_APPLICATION_ID}")
        out.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
        out.execute("BEGIN")
        out.execute("CREATE TABLE exchange_header (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        out.execute("CREATE TABLE erasure (id TEXT PRIMARY KEY, erased_at TEXT NOT NULL)")
        out.execute("CREATE TABLE receipt (peer_id TEXT PRIMARY KEY, up_to INTEGER NOT NULL)")
        out.execute(f"CREATE TABLE conflict ({', '.join(Sharing.CONFLICT_COLUMNS)})")
        # One read transaction: the rows and the write number they are "up to" are one moment's.
        with store.transaction():
            up_to = sharing.current_seq()
            for table in RECORD_TABLES:
                columns = sharing.columns(table)
                out.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
                insert = f"INSERT INTO {table} VALUES ({', '.join('?' for _ in columns)})"
                rows = [[row[c] for c in columns] for row in sharing.rows_since(table, since)]
                out.executemany(insert, rows)
                counts[table] = len(rows)
            erasures = sharing.erasures()
            out.executemany("INSERT INTO erasure VALUES (?, ?)", list(erasures.items()))
            out.executemany("INSERT INTO receipt VALUES (?, ?)", list(sharing.received_marks().items()))
            marks = ", ".join("?" for _ in Sharing.CONFLICT_COLUMNS)
            out.executemany(f"INSERT INTO conflict VALUES ({marks})", sharing.conflict_rows())
        header = {
            "format": FORMAT, "format_version": str(FORMAT_VERSION), "schema_version": str(SCHEMA_VERSION),
            "program_version": __version__, "source_id": source_id, "source_name": sharing.name,
            "for_peer": peer_id or "", "since": "" if since is None else str(since), "up_to": str(up_to),
            "written_at": utc_now(),
        }
        out.executemany("INSERT INTO exchange_header VALUES (?, ?)", list(header.items()))
        out.execute("COMMIT")
    except BaseException:
        out.close()
        partial.unlink(missing_ok=True)
        raise
    out.close()
    descriptor = os.open(partial, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    os.replace(partial, target)
    if peer_id:
        sharing.note_sent(peer_id, up_to)
    return Written(target, since, up_to, counts, len(erasures))


def read_exchange(path: Path | str) -> Bundle:
    """Read and check an exchange file; raises :class:`ExchangeRefused` with a message for the user.

    Refused: a file that is not an exchange file (another program's, or a register database itself),
    one from a newer version of the program, and a damaged one (SQLite's check, or a row this program
    cannot read). The file is only read.
    """
    path = Path(path)
    if not path.is_file():
        raise NotAnExchangeFile(path, "there is no such file." if not path.exists() else "this is not a file.")
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise NotAnExchangeFile(path, f"the file cannot be read ({error.strerror}).") from None
    if head != _SQLITE_HEADER:
        raise NotAnExchangeFile(path, "this is not a Workshop Desk exchange file.")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as error:
        raise DamagedExchangeFile(path, f"the exchange file cannot be opened ({error}).") from None
    try:
        return _read(path, connection)
    except (sqlite3.DatabaseError, ValueError, UnicodeDecodeError) as error:
        raise DamagedExchangeFile(
            path, f"the exchange file is damaged ({error}). Ask your colleague to write it again; "
                  "nothing has been changed.") from None
    finally:
        connection.close()


def _read(path: Path, connection: sqlite3.Connection) -> Bundle:
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    if application_id == APPLICATION_ID:
        raise NotAnExchangeFile(
            path, "this is a Workshop Desk database, not an exchange file. Ask your colleague for an exchange "
                  "file (File → Share → Write exchange file…).")
    if application_id != EXCHANGE_APPLICATION_ID:
        raise NotAnExchangeFile(path, "this SQLite file belongs to another program; it is not an exchange file.")
    format_version = connection.execute("PRAGMA user_version").fetchone()[0]
    if format_version > FORMAT_VERSION:
        raise NewerExchangeFile(
            path, f"the exchange file has format version {format_version}, but this program reads versions up "
                  f"to {FORMAT_VERSION}; it was written by a newer AI.ALL* Workshop Desk. Install the newer "
                  "version to merge it. Nothing has been changed.")
    problems = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
    if problems != ["ok"]:
        raise ValueError("; ".join(problems))
    header = dict(connection.execute("SELECT key, value FROM exchange_header").fetchall())
    missing = [key for key in _HEADER_KEYS if key not in header]
    if missing or header["format"] != FORMAT:
        raise ValueError(f"its header lacks {', '.join(missing) or 'the format name'}")
    schema_version = int(header["schema_version"])
    if schema_version > SCHEMA_VERSION:
        raise NewerExchangeFile(
            path, f"the exchange file comes from a register with schema version {schema_version}, but this "
                  f"program knows versions up to {SCHEMA_VERSION}; install the newer AI.ALL* Workshop Desk to "
                  "merge it. Nothing has been changed.")
    up_to = int(header["up_to"])
    since = int(header["since"]) if header["since"] else None
    parse_utc(header["written_at"])
    bundle = Bundle(path, header["source_id"], header["source_name"], schema_version, since, up_to,
                    header["written_at"], header.get("for_peer", ""))
    if not bundle.source_id:
        raise ValueError("it names no source database")
    bundle.erasures = {str(k): str(v) for k, v in connection.execute("SELECT id, erased_at FROM erasure")}
    bundle.receipts = {str(k): int(v) for k, v in connection.execute("SELECT peer_id, up_to FROM receipt")}
    for row in connection.execute(f"SELECT {', '.join(Sharing.CONFLICT_COLUMNS)} FROM conflict"):
        losing = json.loads(row[2])
        if not isinstance(losing, dict) or not all(isinstance(row[i], str) for i in (0, 1, 3, 4, 5, 6, 7, 8)):
            raise ValueError("a conflict kept for review is unreadable")
        if row[0] not in RECORD_TABLES:
            raise ValueError(f"a conflict names an unknown kind {row[0]!r}")
        bundle.conflicts.append(tuple(row))
    repos = {repo.table: repo for repo in repositories(None).values()}  # for their checks only
    for table in RECORD_TABLES:
        columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
        if not columns:
            raise ValueError(f"the table {table} is missing")
        repo = repos[table]
        needed = {*repo._columns, "changed_in", "vv"}
        if not needed <= set(columns):
            if schema_version < SCHEMA_VERSION:
                raise ExchangeRefused(
                    path, f"the exchange file was written by an older AI.ALL* Workshop Desk (schema version "
                          f"{schema_version}, this program: {SCHEMA_VERSION}). Ask your colleague to update "
                          "and write it again; nothing has been changed.")
            raise ValueError(f"the table {table} lacks columns")
        rows = []
        cursor = connection.execute(f"SELECT {', '.join(columns)} FROM {table}")
        for values in cursor:
            row = dict(zip(columns, values))
            _check_row(repo, row)
            rows.append(row)
        bundle.rows[table] = rows
    return bundle


def _check_row(repo: Any, row: dict[str, Any]) -> None:
    """A row must be one this program can read and store: its stamps and its fields."""
    if not isinstance(row.get("id"), str) or not row["id"]:
        raise ValueError(f"a {repo.kind} has no id")
    for stamp in ("created_at", "updated_at"):
        if not isinstance(row.get(stamp), str):
            raise ValueError(f"the {repo.kind} {row['id']} has no {stamp}")
        parse_utc(row[stamp])
    if not isinstance(row.get("changed_in"), str):
        raise ValueError(f"the {repo.kind} {row['id']} names no writer")
    parse_vv(row.get("vv"))
    try:
        repo._check(repo.from_row(row))
    except (UnreadableRecord, InvalidRecord, TypeError) as error:
        raise ValueError(f"the {repo.kind} {row['id']}: {error}") from None
