"""The local SQLite store: the only place in the program that speaks SQL."""

from .database import RECORD_TABLES, Store, inspect_file
from .errors import (
    DamagedDatabase,
    DatabaseInUse,
    DatabaseRefused,
    DiskFull,
    OlderDatabase,
    ReadOnlyDatabase,
    StorageFailed,
    InvalidRecord,
    NewerDatabase,
    NotADatabase,
    RecordNotFound,
    UnreadableRecord,
    StoreError,
)
from .schema import SCHEMA_VERSION

__all__ = [
    "RECORD_TABLES",
    "SCHEMA_VERSION",
    "DamagedDatabase",
    "DatabaseInUse",
    "DatabaseRefused",
    "DiskFull",
    "OlderDatabase",
    "ReadOnlyDatabase",
    "StorageFailed",
    "InvalidRecord",
    "NewerDatabase",
    "NotADatabase",
    "RecordNotFound",
    "UnreadableRecord",
    "Store",
    "StoreError",
    "inspect_file",
]
