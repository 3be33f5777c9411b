"""Errors the store raises. Each carries a message meant for the facilitator, not a traceback."""

from __future__ import annotations

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
