"""Errors the store raises. Each carries a message meant for the facilitator, not a traceback."""

from __future__ import annotations

import socket
import sqlite3
from datetime import datetime
from pathlib import Path


class StoreError(Exception):
    """Base of every error the store raises on purpose."""


class DatabaseRefused(StoreError):
    """The file cannot be opened as a Workshop Desk database; it has not been written to."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NotADatabase(DatabaseRefused):
    """The file is not SQLite at all, or an SQLite file of another program."""


class DamagedDatabase(DatabaseRefused):
    """SQLite's own check found damage; a backup should be restored."""


class NewerDatabase(DatabaseRefused):
    """Written by a newer version of the program, whose changes this version cannot understand."""

    def __init__(self, path: Path | str, file_version: int, known_version: int):
        self.file_version = file_version
        self.known_version = known_version
        super().__init__(
            path,
            f"the file has schema version {file_version}, but this program knows versions up to "
            f"{known_version}; it was written by a newer AI.ALL* Workshop Desk. Install the newer "
            f"version to open it. The file has not been changed.",
        )


class DatabaseInUse(DatabaseRefused):
    """Another copy of the program has the file open for writing; it may still be opened read-only."""

    def __init__(self, path: Path | str, *, pid: int | None = None, host: str | None = None,
                 since: datetime | None = None):
        self.pid = pid
        self.host = host
        self.since = since
        super().__init__(path, _in_use_reason(pid, host, since))

    @property
    def on_this_computer(self) -> bool:
        return not self.host or self.host == socket.gethostname()


def _in_use_reason(pid: int | None, host: str | None, since: datetime | None) -> str:
    where = "in another copy of Workshop Desk"
    if pid is not None or host:
        if not host or host == socket.gethostname():
            where = "in Workshop Desk on this computer"
        else:
            where = f"in Workshop Desk on the computer “{host}”"
        if pid is not None:
            where += f" (process {pid})"
    if since is not None:
        local = since.astimezone()
        today = datetime.now().astimezone().date()
        where += " since " + (local.strftime("%H:%M") if local.date() == today else local.strftime("%Y-%m-%d %H:%M"))
    return f"it is open {where}. Close it there, or open this file read-only."


class OlderDatabase(DatabaseRefused):
    """Read-only was asked for, but the file needs this version's upgrade first, which is a write."""

    def __init__(self, path: Path | str, file_version: int, known_version: int):
        self.file_version = file_version
        self.known_version = known_version
        super().__init__(
            path,
            f"the file has schema version {file_version} and must be upgraded to version {known_version} "
            f"before it can be opened read-only; open it once for writing (it is backed up first).",
        )


class StorageFailed(StoreError, sqlite3.OperationalError):
    """SQLite could not write (or read) the file for a reason of the disk, not of the data.

    The change in flight was rolled back; everything committed before is untouched. Also an
    ``sqlite3.OperationalError``, so that code catching SQLite's errors still catches it.
    """

    what = "The database file could not be written: the change was not saved."
    advice = ("Everything saved before is safe. Check that the disk or USB stick holding the file is "
              "still connected, then try again.")

    def __init__(self, reason: str, *, advice: str | None = None):
        self.reason = reason  # SQLite's own words, for the details
        if advice is not None:
            self.advice = advice
        super().__init__(f"{self.what} {self.advice}")

    @property
    def message(self) -> str:
        return self.what


class DiskFull(StorageFailed):
    what = "The disk is full: the change was not saved."
    advice = ("Everything saved before is safe. Free some space on the disk (or move the database to "
              "another disk), then try again.")


class ReadOnlyDatabase(StorageFailed):
    what = "The database cannot be written to here: the change was not saved."
    advice = ("Everything saved before is safe. The file or its folder is read-only; check its "
              "permissions, or copy the file to a folder you may write to.")
    #: When the program itself opened the file read-only (it is open in another copy).
    OPENED_READ_ONLY = ("This database was opened read-only, because it is open in another copy of Workshop "
                        "Desk: changes cannot be saved here. Close the other copy and open the file again to "
                        "make changes.")


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14


def storage_error(error: sqlite3.Error, *, opened_read_only: bool = False) -> StorageFailed | None:
    """The :class:`StorageFailed` an SQLite error stands for, or ``None`` when it is not about storage."""
    if isinstance(error, StorageFailed):
        return error
    reason = str(error)
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = reason.lower()
    if primary == _SQLITE_FULL or "database or disk is full" in text:
        return DiskFull(reason)
    if primary == _SQLITE_READONLY or "readonly database" in text:
        return ReadOnlyDatabase(reason, advice=ReadOnlyDatabase.OPENED_READ_ONLY if opened_read_only else None)
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN) or "disk i/o error" in text or "unable to open database" in text:
        return StorageFailed(reason)
    if primary == _SQLITE_CORRUPT or "malformed" in text:
        return StorageFailed(
            reason,
            advice="The file appears damaged. Close the program and restore the newest backup from the "
                   "“backups” folder beside the database.",
        )
    return None


class UnreadableRecord(StoreError):
    """A stored value this program cannot read (damage inside a row that SQLite's checks cannot see)."""

    def __init__(self, kind: str, field: str | None, detail: str):
        self.kind, self.field, self.detail = kind, field, detail
        where = f"the field {field} of a {kind}" if field else f"a {kind}"
        super().__init__(
            f"{where} holds a value this program cannot read ({detail}). The database file is damaged "
            "there: restore the newest backup (File → Backups…); nothing was changed."
        )


class RecordNotFound(StoreError):
    def __init__(self, kind: str, record_id: str):
        self.kind = kind
        self.record_id = record_id
        super().__init__(f"no {kind} with id {record_id}")


class InvalidRecord(StoreError):
    """A record breaks a rule the store itself guarantees (required field, unknown value)."""

    def __init__(self, kind: str, field: str, message: str):
        self.kind = kind
        self.field = field
        super().__init__(f"{kind}.{field}: {message}")
