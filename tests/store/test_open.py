"""Opening, creating, migrating and refusing database files."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from contextlib import contextmanager
from pathlib import Path

import pytest

from aiall_desktop.records import Organisation
from aiall_desktop.store import (
    SCHEMA_VERSION,
    DamagedDatabase,
    NewerDatabase,
    NotADatabase,
    Store,
)
from aiall_desktop.store.schema import APPLICATION_ID


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_created_owner_only_and_at_current_version(db_path: Path):
    with Store.open(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_connection_pragmas(store: Store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_migrations_are_recorded_and_reopening_changes_nothing(db_path: Path):
    with Store.open(db_path) as store:
        applied = store.db.execute("SELECT name FROM _sqlite_migrations ORDER BY id").fetchall()
        assert len(applied) == SCHEMA_VERSION
        store.organisations.create(Organisation(name="Nora Snickeri AB"))
    with Store.open(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.last_migration_backup is None
        assert [o.name for o in store.organisations.list()] == ["Nora Snickeri AB"]


def test_no_file_and_create_false_is_refused(db_path: Path):
    with pytest.raises(NotADatabase):
        Store.open(db_path, create=False)
    assert not db_path.exists()


def test_newer_version_is_refused_untouched(db_path: Path):
    with Store.open(db_path) as store:
        store.organisations.create(Organisation(name="Askersunds Båt AB"))
        store.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(db_path)
    with pytest.raises(NewerDatabase) as refused:
        Store.open(db_path)
    assert refused.value.file_version == SCHEMA_VERSION + 1
    assert "newer" in str(refused.value)
    assert digest(db_path) == before


def test_text_file_is_refused(db_path: Path):
    db_path.write_text("namn;e-post\nAnna;anna@example.com\n", encoding="utf-8")
    before = digest(db_path)
    with pytest.raises(NotADatabase, match="not an SQLite file"):
        Store.open(db_path)
    assert digest(db_path) == before


def test_empty_file_is_refused(db_path: Path):
    db_path.write_bytes(b"")
    with pytest.raises(NotADatabase, match="empty"):
        Store.open(db_path)
    assert db_path.read_bytes() == b""


def test_another_programs_sqlite_file_is_refused(db_path: Path):
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE bookmarks (url TEXT)")
    connection.commit()
    connection.close()
    before = digest(db_path)
    with pytest.raises(NotADatabase, match="another program"):
        Store.open(db_path)
    assert digest(db_path) == before


def _filled_file(db_path: Path, organisations: int = 400) -> None:
    with Store.open(db_path) as store:
        store.organisations.create_many(
            Organisation(name=f"Företag {n} med ett långt namn för att fylla sidor") for n in range(organisations)
        )
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.db.execute("PRAGMA journal_mode = DELETE")


def test_truncated_file_is_refused_untouched(db_path: Path):
    _filled_file(db_path)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 3])
    before = digest(db_path)
    with pytest.raises(DamagedDatabase):
        Store.open(db_path)
    assert digest(db_path) == before


def test_file_with_overwritten_pages_is_refused_untouched(db_path: Path):
    _filled_file(db_path)
    data = bytearray(db_path.read_bytes())
    page_size = 4096
    for offset in range(page_size * 2, len(data) - page_size, page_size * 3):
        data[offset : offset + 64] = b"\xff" * 64
    db_path.write_bytes(bytes(data))
    before = digest(db_path)
    with pytest.raises(DamagedDatabase):
        Store.open(db_path)
    assert digest(db_path) == before


def test_damage_only_the_integrity_check_sees_is_refused_untouched(db_path: Path):
    """Every table still reads, but the file's free-page count lies: only quick_check notices."""
    _filled_file(db_path)
    data = bytearray(db_path.read_bytes())
    data[36:40] = (7).to_bytes(4, "big")  # header field: total number of freelist pages
    db_path.write_bytes(bytes(data))
    with sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True) as still_readable:
        assert still_readable.execute("SELECT count(*) FROM organisation").fetchone() == (400,)
    before = digest(db_path)
    with pytest.raises(DamagedDatabase, match="integrity check"):
        Store.open(db_path)
    assert digest(db_path) == before


@contextmanager
def one_more_migration(step, monkeypatch: pytest.MonkeyPatch):
    """Pretend, for one test, that the program knows one more migration step than it ships."""
    from aiall_desktop.store import database, schema

    schema._step(step)
    monkeypatch.setattr(database, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    try:
        yield
    finally:
        schema._STEPS.pop()
        schema.STEP_NAMES.pop()
        schema.MIGRATIONS._migrations.pop()


def add_test_column(db):
    db.execute("ALTER TABLE organisation ADD COLUMN website TEXT NOT NULL DEFAULT ''")


def broken_step(db):
    db.execute("ALTER TABLE organisation ADD COLUMN half_done TEXT")
    raise RuntimeError("simulated failure half-way through a migration")


def test_older_version_is_backed_up_before_migrating(db_path: Path, monkeypatch: pytest.MonkeyPatch):
    with Store.open(db_path) as store:
        store.organisations.create(Organisation(name="Laxå Järn AB"))
    with one_more_migration(add_test_column, monkeypatch):
        with Store.open(db_path) as store:
            assert store.schema_version == SCHEMA_VERSION + 1
            backup = store.last_migration_backup
            assert backup is not None and backup.exists()
            columns = [row[1] for row in store.db.execute("PRAGMA table_info(organisation)")]
            assert "website" in columns
    with sqlite3.connect(backup) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert old.execute("SELECT name FROM organisation").fetchall() == [("Laxå Järn AB",)]
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600


def test_failed_migration_leaves_the_file_at_its_version(db_path: Path, monkeypatch: pytest.MonkeyPatch):
    with Store.open(db_path) as store:
        store.organisations.create(Organisation(name="Hallsbergs Terminal AB"))
    with one_more_migration(broken_step, monkeypatch):
        with pytest.raises(RuntimeError):
            Store.open(db_path)
    with Store.open(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        columns = [row[1] for row in store.db.execute("PRAGMA table_info(organisation)")]
        assert "half_done" not in columns
        assert store.organisations.count() == 1
