"""Consistent copies of a live database through SQLite's backup API.

A plain file copy of a database in WAL mode can miss committed pages still in the ``-wal`` file, or
catch a page half-written; the backup API copies a consistent snapshot.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from .. import paths


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
    finally:
        destination.close()
    # Only a complete copy takes the final name, so a crash mid-backup leaves no half file behind it.
    os.replace(partial, target)
    return target


def backup_file(database: Path, target: Path | None = None, *, label: str = "manual") -> Path:
    """Back up a database file that may be open elsewhere, without writing to it."""
    target = target or default_backup_path(database, label)
    source = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return backup_connection(source, target)
    finally:
        source.close()


def default_backup_path(database: Path, label: str) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    return paths.backups_dir(database) / f"{database.stem}-{stamp}-{label}.sqlite"
