"""Opening a database file: check it without writing, migrate it with a backup first, and serve the API.

The checks run on a read-only connection before the file is opened for writing, so that a damaged
file, another program's file or one from a newer version is refused untouched. A file open for writing
in another copy of the program is refused too (:mod:`.lock`); it may be opened read-only instead.

Every statement goes through :class:`_Connection`, the one place where SQLite's failures of the disk
(full, read-only, I/O error) become :class:`StorageFailed` errors with a message for the user.
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

from . import lock
from .attendance_view import AttendanceView
from .backup import backup_connection, default_backup_path
from .errors import DamagedDatabase, DatabaseRefused, NewerDatabase, NotADatabase, OlderDatabase, StorageFailed, storage_error
from .groups import Groups
from .indicators import IndicatorRows
from .listing import LISTS, ListQuery
from .lookup import Lookup
from .privacy import Privacy
from .related import Related
from .repository import Repository, repositories
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, STEP_NAMES
from .settings import Settings
from .sharing import Sharing
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
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    shm_existed = shm.exists()
    # Without a -wal beside it the file holds everything: read it as immutable, so that the look does
    # not create -wal/-shm files (SQLite makes them even for mode=ro) next to a file it may refuse.
    immutable = "" if wal.exists() else "&immutable=1"
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{immutable}", uri=True)
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
    except (sqlite3.DatabaseError, ValueError) as error:
        # ValueError: damage can make SQLite's own message undecodable (UnicodeDecodeError).
        connection.close()
        if not shm_existed:
            shm.unlink(missing_ok=True)  # the refused file is left as it was found
        raise DamagedDatabase(
            path, f"the file is damaged or truncated ({error}). Restore the newest backup; the file has not been changed."
        ) from None
    except DatabaseRefused:
        connection.close()
        if not shm_existed:
            shm.unlink(missing_ok=True)
        raise
    connection.close()
    return FileState(version=version, is_new=version == 0 and tables == 0)


@dataclass(frozen=True)
class FileCheck:
    """What ``aiall-desktop check`` reports: the version, live/deleted rows per table, the findings."""

    state: FileState
    counts: dict[str, tuple[int, int]]
    problems: list[str]  # ``["ok"]`` when healthy


def check_file(path: Path) -> FileCheck:
    """SQLite's full integrity check of a file that :func:`inspect_file` accepts, changing nothing.

    The check runs on a writing connection kept from writing by ``query_only``: a read-only
    connection skips CHECK constraints. Nothing is migrated. Raises what :func:`inspect_file` raises.
    """
    state = inspect_file(path)
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    counts: dict[str, tuple[int, int]] = {}
    try:
        connection.execute("PRAGMA query_only = ON")
        try:
            if state.version:
                for table in RECORD_TABLES:
                    counts[table] = connection.execute(
                        f"SELECT count(*) - count(deleted_at), count(deleted_at) FROM {table}"
                    ).fetchone()
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as error:
            problems = [f"the check stopped on damage: {error}"]
    finally:
        connection.close()
    return FileCheck(state, counts, problems)


def _first_file_on_the_way(path: Path) -> Path:
    for parent in reversed(path.parents):
        if parent.exists() and not parent.is_dir():
            return parent
    return path.parent


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    """Not a failure of the disk (those keep their own message): the file's content is at fault."""
    if isinstance(error, StorageFailed):
        return "malformed" in error.reason.lower() or "corrupt" in error.reason.lower()
    return True


def _create_owner_only(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Personal data: the file is the owner's alone from the first byte (SQLite gives -wal/-shm the same mode).
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _create_database(path: Path) -> None:
    """A new register, built under a temporary name and given its real name only when complete.

    A crash while the schema is written must not leave a half-made file under the real name: the next
    start would refuse it (an empty file, or SQLite tables without our application id).
    """
    partial = path.with_name(path.name + ".creating")
    for suffix in ("", "-journal", "-wal", "-shm"):
        partial.with_name(partial.name + suffix).unlink(missing_ok=True)  # left by an earlier crash
    _create_owner_only(partial)
    connection = sqlite3.connect(partial, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        MIGRATIONS.apply(Database(connection))
    finally:
        connection.close()  # the last connection checkpoints and removes the -wal: one complete file
    _fsync(partial)
    os.replace(partial, path)
    _fsync(path.parent)  # the new name itself survives a power cut


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class _Connection(sqlite3.Connection):
    """A connection whose failures of the disk arrive as :class:`StorageFailed` with a clear message.

    Every write of the store (the repositories, the settings, sqlite-utils' transactions) runs through
    ``execute``/``executemany``/``executescript``/``commit``, so translating here covers them all.
    """

    opened_read_only = False

    def execute(self, *args: Any) -> sqlite3.Cursor:
        try:
            return super().execute(*args)
        except sqlite3.DatabaseError as error:
            raise self._translated(error) from error

    def executemany(self, *args: Any) -> sqlite3.Cursor:
        try:
            return super().executemany(*args)
        except sqlite3.DatabaseError as error:
            raise self._translated(error) from error

    def executescript(self, *args: Any) -> sqlite3.Cursor:
        try:
            return super().executescript(*args)
        except sqlite3.DatabaseError as error:
            raise self._translated(error) from error

    def commit(self) -> None:
        try:
            super().commit()
        except sqlite3.DatabaseError as error:
            raise self._translated(error) from error

    def _translated(self, error: sqlite3.DatabaseError) -> sqlite3.DatabaseError:
        return storage_error(error, opened_read_only=self.opened_read_only) or error


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

    def __init__(self, path: Path, connection: sqlite3.Connection, *, read_only: bool = False):
        self.path = path
        #: Opened read-only (the file is open for writing in another copy): every write is refused.
        self.read_only = read_only
        self._lock: lock.DatabaseLock | None = None
        self.db = Database(connection)
        self.settings = Settings(self.db)
        self.related = Related(self.db)  # the small lists on a record's page
        self.lookup = Lookup(self.db)  # duplicates, pick lists and tags in use, for the forms
        self.groups = Groups(self.db)  # the people of a group, for the diversity figures and tables
        self.attendance_view = AttendanceView(self.db)
        self.indicators = IndicatorRows(self.db)  # the rows of the funder's indicator report
        self.teams_view = TeamsView(self.db)  # an activity's table groups with who sits where
        self.summaries = Summaries(self.db)  # what participant summaries print, many people at once
        self.privacy = Privacy(self.db)  # a person's data: export it, erase it, who is past retention
        self.sharing = Sharing(self.db)  # exchange files between laptops: identity, peers, conflicts
        for name, repository in repositories(self.db).items():
            setattr(self, name, repository)
        self.last_migration_backup: Path | None = None

    @classmethod
    def open(
        cls, path: Path | str, *, create: bool = True, exclusive: bool = True, read_only: bool = False
    ) -> Store:
        """Open (or create) a database, migrating it to this program's schema after a backup.

        ``exclusive`` claims the file for this copy of the program (:mod:`.lock`) and raises
        :class:`DatabaseInUse` when another copy has it; only a caller that knows it will not write
        behind another copy's back should pass ``False``. ``read_only`` opens an existing file for
        reading only: no claim, no migration, and every write raises :class:`ReadOnlyDatabase`.
        """
        path = Path(path)
        if read_only:
            return cls._open_read_only(path)
        state = inspect_file(path)
        if state.is_new and not path.exists() and not create:
            raise NotADatabase(path, "there is no such file.")
        if state.is_new:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)  # where the lock file goes, beside the new file
            except (FileExistsError, NotADirectoryError):
                raise NotADatabase(path, f"its folder cannot be made: “{_first_file_on_the_way(path)}” is a file, "
                                         "not a folder.") from None
        claim = lock.acquire(path) if exclusive else None
        try:
            if state.is_new and not path.exists():
                _create_database(path)
                state = FileState(version=SCHEMA_VERSION, is_new=False)
            elif state.is_new:
                state = inspect_file(path)  # another copy may have made it while we waited for the claim
            connection = sqlite3.connect(
                path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, factory=_Connection
            )
            try:
                connection.execute("PRAGMA journal_mode = WAL")
                connection.execute("PRAGMA synchronous = FULL")
                connection.execute("PRAGMA foreign_keys = ON")
                connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                store = cls(path, connection)
                store._migrate(state)
            except BaseException as error:
                connection.close()
                if isinstance(error, sqlite3.DatabaseError) and _is_damage(error):
                    # A schema that only a writing connection parses (a CHECK naming a missing column).
                    raise DamagedDatabase(
                        path, f"the file is damaged ({error}). Restore the newest backup; the file has not "
                              "been changed.") from None
                raise
        except BaseException:
            if claim is not None:
                claim.release()
            raise
        store._lock = claim
        return store

    @classmethod
    def _open_read_only(cls, path: Path) -> Store:
        if not path.exists():
            raise NotADatabase(path, "there is no such file.")
        state = inspect_file(path)
        if state.is_new:
            raise NotADatabase(path, "the file holds no Workshop Desk data yet; there is nothing to read.")
        if state.version < SCHEMA_VERSION:
            raise OlderDatabase(path, state.version, SCHEMA_VERSION)
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            isolation_level=None,
            timeout=BUSY_TIMEOUT_MS / 1000,
            factory=_Connection,
        )
        connection.opened_read_only = True
        try:
            connection.execute("PRAGMA query_only = ON")  # a second guard, should mode=ro be lost
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            connection.close()
            raise
        return cls(path, connection, read_only=True)

    def _migrate(self, state: FileState) -> None:
        if state.version == SCHEMA_VERSION:
            return
        if not state.is_new:
            self.last_migration_backup = self.backup(label=f"before-v{SCHEMA_VERSION}")
        MIGRATIONS.apply(self.db)
        if self.schema_version != len(STEP_NAMES):
            self._repair_version()

    def _repair_version(self) -> None:
        """The header's version disagrees with the steps the file records as applied.

        Only damage does that (a step sets both in one transaction). When every step is recorded the
        schema is whole and the header is put right (a backup was just taken); otherwise the file is
        refused rather than guessed at.
        """
        applied = {row[0] for row in self.db.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATIONS.name])}
        if applied >= set(STEP_NAMES):
            with self.db.conn:
                self.db.execute(f"PRAGMA user_version = {len(STEP_NAMES)}")
            return
        raise DamagedDatabase(
            self.path, f"its version mark ({self.schema_version}) disagrees with the changes it records. "
                       "Restore the newest backup; the file's data has not been changed.")

    def close(self) -> None:
        try:
            self.db.conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- about the file --------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def integrity_check(self) -> list[str]:
        """SQLite's full integrity check: ``["ok"]`` when healthy, else what it found.

        A read-only connection skips CHECK constraints, so a store opened read-only checks on a
        second, writing connection kept from writing by ``query_only``. Damage bad enough to stop
        the check is itself a finding, never an exception.
        """
        connection = self.db.conn
        if self.read_only:
            connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
            connection.execute("PRAGMA query_only = ON")
        try:
            return [row[0] for row in connection.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as error:
            return [f"the check stopped on damage: {error}"]
        finally:
            if connection is not self.db.conn:
                connection.close()

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
            # Inside the try: a COMMIT that fails (a full disk) must not leave the transaction open,
            # where every later edit would join it and be lost with it.
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise

    def listing(self, name: str) -> ListQuery:
        return ListQuery(self.db, LISTS[name])

    def backup(self, target: Path | None = None, *, label: str = "manual", progress=None) -> Path:
        """A consistent copy of this database (SQLite backup API), owner-only."""
        return backup_connection(
            self.db.conn, target or default_backup_path(self.path, label), progress=progress
        )
