"""Consistent copies of a live database through SQLite's backup API, kept in rotation, and restored.

A plain file copy of a database in WAL mode can miss committed pages still in the ``-wal`` file, or
catch a page half-written; the backup API copies a consistent snapshot.

Backups live in ``backups/`` beside the database (:func:`paths.backups_dir`), named
``<database stem>-<UTC time>-<label>.sqlite``, so that the name alone says whose backup it is, when it
was taken and why; :func:`daily_backup` needs nothing more than a listing of the folder to decide. The
labels: ``daily`` (on opening), ``manual`` (the user asked), ``before-import``, ``before-delete`` (a bulk
delete), ``before-restore`` (the file a restore replaced), ``before-merge`` (an exchange file from a colleague
merged) and ``before-v<N>`` (a schema migration).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from .. import paths
from .errors import DamagedDatabase, DatabaseRefused, NewerDatabase, NotADatabase, StoreError
from .schema import APPLICATION_ID, SCHEMA_VERSION

DAILY = "daily"
MANUAL = "manual"
BEFORE_IMPORT = "before-import"
BEFORE_DELETE = "before-delete"
BEFORE_RESTORE = "before-restore"
BEFORE_MERGE = "before-merge"
#: Backups the user made or that guard a step they took: kept a week whatever the rotation says.
KEPT_A_WEEK = frozenset({MANUAL, BEFORE_RESTORE, BEFORE_IMPORT, BEFORE_MERGE})

DAYS_KEPT = 7
WEEKS_KEPT = 4
MONTHS_KEPT = 12

#: A damaged file's bytes, kept as they were when a restore replaced it (never listed as a backup).
DAMAGED_SUFFIX = ".damaged"
#: Copies still being written, SQLite's side files and the raw copies of damaged files.
_NOT_BACKUPS = (".partial", "-wal", "-shm", "-journal", DAMAGED_SUFFIX, DAMAGED_SUFFIX + "-wal")
_SQLITE_HEADER = b"SQLite format 3\x00"
_STAMP = "%Y%m%d-%H%M%S-%f"
_LABEL = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_NAME = re.compile(r"(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<label>[a-z0-9]+(?:-[a-z0-9]+)*)\.sqlite")


class RestoreFailed(StoreError):
    """A restore stopped after the database had been closed; the old file is still in place, unchanged.

    Whoever held the database open must open it again.
    """

    def __init__(self, database: Path, reason: str):
        self.database = Path(database)
        self.reason = reason
        super().__init__(f"{database}: {reason}")


class RestoreRefused(StoreError):
    """The register cannot be replaced now (it is open read-only: another copy writes to it); nothing changed."""

    def __init__(self, database: Path, reason: str):
        self.database = Path(database)
        self.reason = reason
        super().__init__(f"{database}: {reason}")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    #: When it was taken (UTC, timezone-aware): from the name, else the file's modification time.
    taken_at: datetime
    size: int
    #: Why it was taken (see the module's labels); "" for a file of ours whose name is not one we give.
    label: str

    @property
    def local_date(self) -> date:
        return self.taken_at.astimezone().date()


# -- taking backups ----------------------------------------------------------------------------------


def backup_connection(
    source: sqlite3.Connection,
    target: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    pages_per_step: int = 256,
) -> Path:
    """Copy the database behind ``source`` to ``target`` (created owner-only, replaced if present)."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    destination = sqlite3.connect(partial)
    try:
        def report(status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        source.backup(destination, pages=pages_per_step, progress=report)
        destination.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
    except BaseException:
        destination.close()
        partial.unlink(missing_ok=True)  # a full disk must not also be left holding half a copy
        raise
    destination.close()
    # Only a complete copy takes the final name, so a crash mid-backup leaves no half file behind it.
    os.replace(partial, target)
    return target


def backup_file(database: Path, target: Path | None = None, *, label: str = MANUAL) -> Path:
    """Back up a database file that may be open elsewhere, without writing to it."""
    target = target or default_backup_path(database, label)
    source = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return backup_connection(source, target)
    finally:
        source.close()


def default_backup_path(database: Path, label: str, now: datetime | None = None) -> Path:
    if not _LABEL.fullmatch(label):
        raise ValueError(f"a backup label is lowercase words joined by hyphens, not {label!r}")
    moment = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    return paths.backups_dir(database) / f"{database.stem}-{moment.strftime(_STAMP)}-{label}.sqlite"


def _connection_of(source: Any) -> sqlite3.Connection:
    """A Store's connection, or the connection itself (the store module imports this one, not back)."""
    return source.db.conn if hasattr(source, "db") else source


def take_backup(store: Any, label: str, now: datetime | None = None) -> Path:
    """A backup of an open store, labelled ``label`` (``before-delete`` before a bulk delete).

    One step of the backup API is one read transaction: the copy is a snapshot, which edits made
    meanwhile through other connections cannot restart or tear.
    """
    return backup_connection(
        _connection_of(store), default_backup_path(Path(store.path), label, now), pages_per_step=-1
    )


def daily_backup(source: Any, database: Path, now: datetime | None = None) -> Path | None:
    """Take the day's ``daily`` backup of ``source`` (a Store or a connection to ``database``).

    Returns ``None`` without touching the database when a daily backup was taken already today
    (in the user's local calendar); deciding that reads only the names in the backups folder.
    """
    if not daily_backup_due(database, now):
        return None
    return backup_connection(
        _connection_of(source), default_backup_path(Path(database), DAILY, now), pages_per_step=-1
    )


def daily_backup_due(database: Path, now: datetime | None = None) -> bool:
    """No ``daily`` backup of ``database`` carries today's (local) date: cheap, a listing of one folder."""
    today = _local(now).date()
    for name in _names(paths.backups_dir(Path(database))):
        parsed = _parse_name(Path(database), name)
        if parsed is not None and parsed[1] == DAILY and parsed[0].astimezone().date() == today:
            return False
    return True


# -- finding them ------------------------------------------------------------------------------------


def list_backups(database: Path) -> list[BackupInfo]:
    """The backups of ``database`` in its backups folder, newest first.

    Only files that are ours: an SQLite header and this program's ``application_id`` (read through a
    read-only connection). Backups named for another database of the same folder are left out, and so
    are copies still being written (``.partial``).
    """
    database = Path(database)
    folder = paths.backups_dir(database)
    found: list[BackupInfo] = []
    for name in _names(folder):
        if name.endswith(_NOT_BACKUPS):
            continue
        path = folder / name
        parsed = _parse_name(database, name)
        if parsed is None and _NAME.fullmatch(name):
            continue  # another database's backup
        try:
            status = path.stat()
        except OSError:
            continue
        if not path.is_file() or not is_ours(path):
            continue
        if parsed is not None:
            taken_at, label = parsed
        else:
            taken_at, label = datetime.fromtimestamp(status.st_mtime, timezone.utc), ""
        found.append(BackupInfo(path=path, taken_at=taken_at, size=status.st_size, label=label))
    found.sort(key=lambda backup: backup.taken_at, reverse=True)
    return found


def is_ours(path: Path) -> bool:
    """An SQLite file carrying this program's ``application_id`` (read-only; never creates a file)."""
    try:
        with path.open("rb") as handle:
            if handle.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
                return False
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return False
    try:
        return connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def _names(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:  # no backups yet, or a folder we may not read: nothing to list
        return []


def _parse_name(database: Path, name: str) -> tuple[datetime, str] | None:
    match = _NAME.fullmatch(name)
    if match is None or match["stem"] != database.stem:
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    return taken_at, match["label"]


def _local(now: datetime | None) -> datetime:
    """``now`` in the user's local time (a naive ``now`` is taken to be local already)."""
    return (now or datetime.now(timezone.utc)).astimezone()


# -- rotation ----------------------------------------------------------------------------------------


def backups_to_keep(backups: Iterable[BackupInfo], now: datetime | None = None) -> set[Path]:
    """The rotation rule. Dates are the user's local dates; "today" is ``now``'s. Kept:

    - for each of the last 7 days (today and the 6 before), that day's newest backup;
    - for each of the last 4 ISO weeks (this week and the 3 before), that week's newest backup;
    - for each of the last 12 months (this month and the 11 before), that month's newest backup;
    - every backup labelled ``manual``, ``before-restore``, ``before-import`` or ``before-merge`` from the last
      7 days;
    - the newest backup of all, however old, so that a long pause never leaves none;
    - anything dated after today (a clock set wrong must not cost a backup).

    "Newest" counts every label: a ``before-delete`` taken after the day's ``daily`` stands for that day.
    """
    backups = list(backups)
    today = _local(now).date()
    first_day = today - timedelta(days=DAYS_KEPT - 1)
    weeks = {(today - timedelta(weeks=n)).isocalendar()[:2] for n in range(WEEKS_KEPT)}
    months = set()
    year, month = today.year, today.month
    for _ in range(MONTHS_KEPT):
        months.add((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)

    newest: dict[tuple, BackupInfo] = {}

    def offer(bucket: tuple, backup: BackupInfo) -> None:
        if bucket not in newest or backup.taken_at > newest[bucket].taken_at:
            newest[bucket] = backup

    kept: set[Path] = set()
    for backup in backups:
        day = backup.local_date
        if day > today:
            kept.add(backup.path)
            continue
        if day >= first_day:
            offer(("day", day), backup)
            if backup.label in KEPT_A_WEEK:
                kept.add(backup.path)
        week = day.isocalendar()[:2]
        if week in weeks:
            offer(("week", *week), backup)
        if (day.year, day.month) in months:
            offer(("month", day.year, day.month), backup)
    kept.update(backup.path for backup in newest.values())
    if backups:
        kept.add(max(backups, key=lambda backup: backup.taken_at).path)
    return kept


def rotate(database: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups of ``database`` the rule of :func:`backups_to_keep` does not keep.

    Only backups named by this program (with a label) are candidates; a file of ours copied into the
    folder under another name is the user's and stays. Returns the files deleted; one that cannot be
    deleted is left for the next rotation (a rotation never stops the program from opening).
    """
    candidates = [backup for backup in list_backups(database) if backup.label]
    kept = backups_to_keep(candidates, now)
    deleted = []
    for backup in candidates:
        if backup.path in kept:
            continue
        try:
            backup.path.unlink()
        except OSError:  # gone already, or not ours to delete: the next rotation tries again
            continue
        deleted.append(backup.path)
    return deleted


# -- restoring ---------------------------------------------------------------------------------------


def check_backup(backup: Path) -> None:
    """Refuse a file that is not a sound backup of ours, without writing to it.

    Raises :class:`NotADatabase` (not SQLite, or another program's), :class:`NewerDatabase` or
    :class:`DamagedDatabase` (fails ``quick_check``, truncated).
    """
    backup = Path(backup)
    try:
        with backup.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise NotADatabase(backup, f"the backup cannot be read ({error.strerror or error}).") from None
    if header != _SQLITE_HEADER:
        raise NotADatabase(backup, "this is not a Workshop Desk backup (not an SQLite file).")
    try:
        connection = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise DamagedDatabase(backup, f"SQLite cannot open the backup ({error}).") from None
    try:
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise NotADatabase(backup, "this SQLite file is not a Workshop Desk backup.")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise NewerDatabase(backup, version, SCHEMA_VERSION)
        problems = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise DamagedDatabase(backup, "the backup is damaged (" + "; ".join(problems) + ").")
    except sqlite3.DatabaseError as error:
        raise DamagedDatabase(backup, f"the backup is damaged or truncated ({error}).") from None
    finally:
        connection.close()


def newest_good_backup(database: Path) -> BackupInfo | None:
    """The newest backup of ``database`` that would restore (ours, sound, not from a newer version)."""
    for info in list_backups(database):
        try:
            check_backup(info.path)
        except DatabaseRefused:
            continue
        return info
    return None


def restore_backup(database: Path, backup: Path, *, store: Any = None, now: datetime | None = None) -> Path | None:
    """Put ``backup`` in the place of ``database``; returns the safety copy of the replaced file.

    In this order, so that every failure leaves the database as it was:

    1. the backup must open, be ours and pass ``quick_check`` (else a :class:`DatabaseRefused` error), and
       ``store`` must not be read-only (else :class:`RestoreRefused`);
    2. it is copied (backup API) to a temporary file beside the database, on the same disk;
    3. the current database is backed up (label ``before-restore``) through ``store``'s connection when
       it is open, else read-only; a file SQLite cannot read at all is copied byte for byte instead;
    4. ``store`` is closed; the old file's ``-wal``/``-shm`` must then go with it: they are checkpointed
       away, and if they stay another connection has the file open, and the restore stops there;
    5. the temporary file takes the database's name in one ``os.replace``.

    Errors in steps 1–3 leave ``store`` open. After step 4 they raise :class:`RestoreFailed`: the old file
    is in place, unchanged, and must be opened again, exactly as after a successful restore.
    """
    database = Path(database)
    backup = Path(backup)
    if getattr(store, "read_only", False):
        raise RestoreRefused(database, "the register is open read-only here, because another copy of the "
                                       "program writes to it; restore it there, or close that copy first.")
    check_backup(backup)
    if database.exists() and backup.resolve() == database.resolve():
        raise NotADatabase(backup, "this is the open database itself, not a backup of it.")
    temporary = database.with_name(f"{database.name}.restoring")
    try:
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            backup_connection(source, temporary, pages_per_step=-1)
        finally:
            source.close()
        safety = _safety_copy(database, store, now) if database.exists() else None
        if store is not None:
            store.close()
        try:
            _let_go_of(database, sound=safety is None or safety.suffix != DAMAGED_SUFFIX)
            os.replace(temporary, database)
        except OSError as error:
            raise RestoreFailed(database, f"the file could not be replaced ({error.strerror or error}).") from None
        _sync_folder(database.parent)
    finally:
        temporary.unlink(missing_ok=True)
    return safety


def _safety_copy(database: Path, store: Any, now: datetime | None) -> Path:
    target = default_backup_path(database, BEFORE_RESTORE, now)
    if store is not None:
        return backup_connection(_connection_of(store), target, pages_per_step=-1)
    try:
        check_backup(database)
    except DatabaseRefused:
        pass
    else:
        source = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return backup_connection(source, target, pages_per_step=-1)
        finally:
            source.close()
    # Not a sound file of ours (the damaged file a restore is for): SQLite's reading of it could mix its
    # pages with its -wal's, so its bytes are kept exactly as they are, with its -wal, for whoever may
    # still rescue something from them. Nothing has such a file open, so a plain copy is safe.
    target = target.with_suffix(DAMAGED_SUFFIX)
    for name in (database, _sidecar(database, "-wal")):
        if name.exists():
            _copy_owner_only(name, target if name == database else _sidecar(target, "-wal"))
    return target


def _copy_owner_only(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with source.open("rb") as reading, os.fdopen(descriptor, "wb") as writing:
        shutil.copyfileobj(reading, writing)
        writing.flush()
        os.fsync(writing.fileno())


def _sidecar(database: Path, suffix: str) -> Path:
    return database.with_name(database.name + suffix)


def _let_go_of(database: Path, *, sound: bool) -> None:
    """Make sure no ``-wal``/``-shm`` of the old file stays to be read into the restored one.

    The last connection to close checkpoints the ``-wal`` into the file and deletes both; one left after
    a crash goes the same way through one more connection. If they stay after that, someone else has the
    file open, and replacing it under them would corrupt both. A damaged file is not opened again (a
    checkpoint would write into it): nobody can be using it, and its safety copy holds its ``-wal``.
    """
    wal, shm = _sidecar(database, "-wal"), _sidecar(database, "-shm")
    if sound and (wal.exists() or shm.exists()):
        try:
            connection = sqlite3.connect(database, timeout=1)
            try:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                connection.close()
        except sqlite3.Error as error:
            raise RestoreFailed(database, f"the database is busy ({error}); close it elsewhere first.") from None
        if wal.exists() or shm.exists():
            raise RestoreFailed(database, "the database is open in another program or window; close it there first.")
    wal.unlink(missing_ok=True)
    shm.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
