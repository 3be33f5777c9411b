"""Opening a database file: check it without writing, migrate it with a backup first, and serve the API.

The checks run on a read-only connection before the file is opened for writing, so that a damaged
file, another program's file or one from a newer version is refused untouched.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from .attendance_view import AttendanceView
from .backup import backup_connection, default_backup_path
from .errors import DamagedDatabase, NewerDatabase, NotADatabase
from .groups import Groups
from .indicators import IndicatorRows
from .listing import LISTS, ListQuery
from .lookup import Lookup
from .related import Related
from .repository import Repository, repositories
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from .settings import Settings
from .summaries import Summaries
from .teams_view import TeamsView

_SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

#: The record tables, in an order that satisfies foreign keys when filling a database.
RECORD_TABLES = (
    "organisation",
    "participant",
    "activity",
    "agenda_item",
    "attendance",
    "ai_case",
    "team",
    "team_member",
    "case_stage_change",
    "activity_template",
)


@dataclass(frozen=True)
class FileState:
    version: int
    is_new: bool


def inspect_file(path: Path) -> FileState:
    """Decide whether ``path`` may be opened, without writing to it.

    Raises :class:`NotADatabase`, :class:`DamagedDatabase` or :class:`NewerDatabase` with a message for
    the user. A path that does not exist yet is a new database.
    """
    if not path.exists():
        return FileState(version=0, is_new=True)
    if path.is_dir():
        raise NotADatabase(path, "this is a folder, not a database file.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise NotADatabase(path, f"the file cannot be read ({error.strerror}).") from None
    if not header:
        raise NotADatabase(path, "the file is empty; it is not a Workshop Desk database.")
    if header != _SQLITE_HEADER:
        raise NotADatabase(path, "this is not a Workshop Desk database (not an SQLite file at all).")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise DamagedDatabase(path, f"SQLite cannot open the file ({error}).") from None
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if application_id != APPLICATION_ID and (tables or version):
            raise NotADatabase(path, "this SQLite file belongs to another program, not to Workshop Desk.")
        if version > SCHEMA_VERSION:
            raise NewerDatabase(path, version, SCHEMA_VERSION)
        problems = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise DamagedDatabase(
                path,
                "SQLite's integrity check found damage (" + "; ".join(problems) + "). "
                "Restore the newest backup; the file has not been changed.",
            )
    except sqlite3.DatabaseError as error:
        raise DamagedDatabase(
            path, f"the file is damaged or truncated ({error}). Restore the newest backup; the file has not been changed."
        ) from None
    finally:
        connection.close()
    return FileState(version=version, is_new=version == 0 and tables == 0)


def _create_owner_only(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Personal data: the file is the owner's alone from the first byte (SQLite gives -wal/-shm the same mode).
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


class Store:
    """One open database file and the API over it. One ``Store`` per thread, as SQLite requires."""

    organisations: Repository[Any]
    participants: Repository[Any]
    activities: Repository[Any]
    agenda_items: Repository[Any]
    attendance: Repository[Any]
    cases: Repository[Any]
    teams: Repository[Any]
    team_members: Repository[Any]
    case_history: Repository[Any]
    templates: Repository[Any]

    def __init__(self, path: Path, connection: sqlite3.Connection):
        self.path = path
        self.db = Database(connection)
        self.settings = Settings(self.db)
        self.related = Related(self.db)  # the small lists on a record's page
        self.lookup = Lookup(self.db)  # duplicates, pick lists and tags in use, for the forms
        self.groups = Groups(self.db)  # the people of a group, for the diversity figures and tables
        self.attendance_view = AttendanceView(self.db)
        self.indicators = IndicatorRows(self.db)  # the rows of the funder's indicator report
        self.teams_view = TeamsView(self.db)  # an activity's table groups with who sits where
        self.summaries = Summaries(self.db)  # what participant summaries print, many people at once
        for name, repository in repositories(self.db).items():
            setattr(self, name, repository)
        self.last_migration_backup: Path | None = None

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True) -> Store:
        """Open (or create) a database, migrating it to this program's schema after a backup."""
        path = Path(path)
        state = inspect_file(path)
        if state.is_new and not path.exists():
            if not create:
                raise NotADatabase(path, "there is no such file.")
            _create_owner_only(path)
        connection = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            store = cls(path, connection)
            store._migrate(state)
        except BaseException:
            connection.close()
            raise
        return store

    def _migrate(self, state: FileState) -> None:
        if state.version == SCHEMA_VERSION:
            return
        if not state.is_new:
            self.last_migration_backup = self.backup(label=f"before-v{SCHEMA_VERSION}")
        MIGRATIONS.apply(self.db)

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- about the file --------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def integrity_check(self) -> list[str]:
        """SQLite's full integrity check: ``["ok"]`` when healthy."""
        return [row[0] for row in self.db.execute("PRAGMA integrity_check")]

    def counts(self) -> dict[str, int]:
        """Live (not deleted) records per table."""
        return {
            table: self.db.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
            for table in RECORD_TABLES
        }

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """Several API calls as one transaction (a bulk edit): all of them or none. Calls inside nest.

        The outermost one takes the write lock at once (``BEGIN IMMEDIATE``): a long job that first
        reads and then writes cannot then fail half-way because another connection wrote in between;
        it waits (busy timeout) before it starts instead.
        """
        connection = self.db.conn
        if connection.in_transaction:
            with self.db.atomic():
                yield self
            return
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    def listing(self, name: str) -> ListQuery:
        return ListQuery(self.db, LISTS[name])

    def backup(self, target: Path | None = None, *, label: str = "manual", progress=None) -> Path:
        """A consistent copy of this database (SQLite backup API), owner-only."""
        return backup_connection(
            self.db.conn, target or default_backup_path(self.path, label), progress=progress
        )
