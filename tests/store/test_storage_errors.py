"""A full disk or a read-only file: the edit is refused with a clear message, nothing saved is harmed.

The failures are real SQLite failures: ``max_page_count`` makes SQLite report SQLITE_FULL exactly as a
full disk does, and ``query_only``/``mode=ro`` make it refuse a write as a read-only file does (chmod
would not stop root, who runs the tests in CI).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from aiall_desktop.records import Organisation, Participant
from aiall_desktop.store import Store, StoreError
from aiall_desktop.store.errors import DiskFull, ReadOnlyDatabase, StorageFailed, storage_error

LONG_NOTES = "Anteckningar från företagsbesöket i Örebro. " * 40


def fill_to_the_brim(store: Store) -> None:
    """Leave no free page: the next pages SQLite needs are "beyond the disk"."""
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")


def free_space(store: Store) -> None:
    store.db.execute("PRAGMA max_page_count = 1073741823")


@pytest.fixture
def saved(store: Store) -> list[str]:
    """Records saved before the disk fills up; what must survive."""
    return [store.organisations.create(Organisation(name=f"Nora Snickeri {n}", notes=LONG_NOTES)).id
            for n in range(5)]


def test_a_full_disk_refuses_one_edit_with_a_clear_message(store: Store, saved: list[str]):
    fill_to_the_brim(store)
    with pytest.raises(DiskFull) as refused:
        for n in range(200):
            store.organisations.create(Organisation(name=f"Lindesbergs Trä {n}", notes=LONG_NOTES))
    error = refused.value
    assert isinstance(error, StoreError) and isinstance(error, sqlite3.OperationalError)
    assert str(error).startswith("The disk is full: the change was not saved.")
    assert "Everything saved before is safe" in str(error)
    assert error.reason == "database or disk is full"  # SQLite's own words, kept for the details
    assert not store.db.conn.in_transaction
    assert store.integrity_check() == ["ok"]
    assert [o.id for o in store.organisations.list() if o.name.startswith("Nora")] == saved


def test_a_full_disk_in_a_bulk_edit_leaves_all_of_it_undone(store: Store, saved: list[str]):
    before = store.organisations.count()
    fill_to_the_brim(store)
    with pytest.raises(DiskFull):
        with store.transaction():
            store.organisations.update(saved[0], name="Renamed before the disk filled")
            store.organisations.create_many(
                Organisation(name=f"Kumla Bygg {n}", notes=LONG_NOTES) for n in range(300)
            )
    assert not store.db.conn.in_transaction  # no half transaction for the next edit to join
    assert store.organisations.count() == before
    assert store.organisations.get(saved[0]).name == "Nora Snickeri 0"
    assert store.integrity_check() == ["ok"]


def test_the_store_works_again_once_there_is_space(store: Store, saved: list[str]):
    fill_to_the_brim(store)
    with pytest.raises(DiskFull):
        store.participants.create_many(
            Participant(first_name="Łukasz", last_name=f"Wójcik {n}", notes=LONG_NOTES) for n in range(300)
        )
    free_space(store)
    with store.transaction():
        added = store.participants.create(Participant(first_name="فاطمة", last_name="حسن"))
    store.organisations.update(saved[1], name="Nora Snickeri AB")
    assert store.participants.get(added.id).last_name == "حسن"
    assert store.organisations.get(saved[1]).name == "Nora Snickeri AB"
    assert store.integrity_check() == ["ok"]


def test_the_edit_after_a_full_disk_is_committed_on_its_own(store: Store, saved: list[str]):
    """No half transaction is left open for the next edit to join (and to be lost with)."""
    fill_to_the_brim(store)
    with pytest.raises(DiskFull):
        with store.transaction():
            for n in range(200):
                store.organisations.create(Organisation(name=f"Hallsbergs Plåt {n}", notes=LONG_NOTES))
    free_space(store)
    store.organisations.create(Organisation(name="Askersunds Båt"))
    other = sqlite3.connect(f"{store.path.resolve().as_uri()}?mode=ro", uri=True)  # sees commits only
    try:
        names = [row[0] for row in other.execute("SELECT name FROM organisation")]
    finally:
        other.close()
    assert "Askersunds Båt" in names and len(names) == len(saved) + 1


def test_the_saved_data_survives_reopening_after_a_full_disk(db_path: Path):
    with Store.open(db_path) as store:
        kept = store.organisations.create(Organisation(name="Karlskoga Verkstad", notes=LONG_NOTES))
        fill_to_the_brim(store)
        with pytest.raises(DiskFull):
            store.organisations.create_many(Organisation(name=f"X {n}", notes=LONG_NOTES) for n in range(300))
    with Store.open(db_path) as store:
        assert [o.id for o in store.organisations.list()] == [kept.id]
        assert store.integrity_check() == ["ok"]


def test_a_read_only_file_refuses_the_edit_clearly(store: Store, saved: list[str]):
    store.db.execute("PRAGMA query_only = ON")  # as SQLite answers for a file it may not write
    with pytest.raises(ReadOnlyDatabase) as refused:
        store.organisations.update(saved[0], name="Changed")
    assert str(refused.value).startswith("The database cannot be written to here: the change was not saved.")
    assert "read-only" in str(refused.value) and "Everything saved before is safe" in str(refused.value)
    with pytest.raises(ReadOnlyDatabase):
        with store.transaction():
            store.settings.set("women_minimum", 0.4)
    with pytest.raises(ReadOnlyDatabase):
        store.organisations.delete(saved[1])
    store.db.execute("PRAGMA query_only = OFF")  # the folder is writable again
    assert store.organisations.get(saved[0]).name == "Nora Snickeri 0"
    store.organisations.update(saved[0], name="Changed")
    assert store.integrity_check() == ["ok"]


def test_a_file_opened_read_only_says_why_it_cannot_be_written(db_path: Path):
    with Store.open(db_path) as store:
        store.organisations.create(Organisation(name="Örebro Mekaniska AB"))
    with Store.open(db_path, read_only=True) as reader:
        with pytest.raises(ReadOnlyDatabase, match="opened read-only, because it is open in another copy"):
            reader.organisations.create(Organisation(name="Kumla Livsmedel AB"))
        with pytest.raises(ReadOnlyDatabase):
            reader.organisations.create_many([Organisation(name="Kumla Livsmedel AB")])
        assert reader.organisations.count() == 1


@pytest.mark.parametrize(
    "provoke, kind, phrase",
    [
        # Real errors, as SQLite raises them.
        (lambda tmp: sqlite3.connect(tmp / "no" / "such" / "folder.sqlite"), StorageFailed,
         "could not be written"),
        (lambda tmp: sqlite3.connect(f"{(tmp / 'missing.sqlite').as_uri()}?mode=ro", uri=True), StorageFailed,
         "could not be written"),
    ],
)
def test_a_file_that_cannot_be_opened_is_a_storage_failure(tmp_path: Path, provoke, kind, phrase):
    with pytest.raises(sqlite3.OperationalError) as raised:
        provoke(tmp_path)
    translated = storage_error(raised.value)
    assert type(translated) is kind and phrase in str(translated)
    assert translated.reason == "unable to open database file"


@pytest.mark.parametrize(
    "message, kind",
    [
        ("database or disk is full", DiskFull),
        ("attempt to write a readonly database", ReadOnlyDatabase),
        ("disk I/O error", StorageFailed),
        ("unable to open database file", StorageFailed),
        ("database disk image is malformed", StorageFailed),
    ],
)
def test_each_failure_of_the_disk_has_its_own_error(message: str, kind: type):
    translated = storage_error(sqlite3.OperationalError(message))
    assert type(translated) is kind
    assert "the change was not saved" in str(translated)


def test_other_sqlite_errors_are_left_alone(store: Store):
    with pytest.raises(sqlite3.OperationalError) as raised:
        store.db.execute("SELECT nothing FROM nowhere")
    assert not isinstance(raised.value, StoreError)
    assert storage_error(sqlite3.IntegrityError("UNIQUE constraint failed: organisation.id")) is None
