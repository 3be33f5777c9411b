"""Automatic backups: listed, taken once a day, rotated, and restored without risking the register."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from aiall_desktop.records import Organisation
from aiall_desktop.store import DamagedDatabase, NewerDatabase, NotADatabase, Store
from aiall_desktop.store.backup import (
    BackupInfo,
    RestoreFailed,
    RestoreRefused,
    backups_to_keep,
    daily_backup,
    list_backups,
    restore_backup,
    rotate,
    take_backup,
)
from aiall_desktop.store.schema import APPLICATION_ID


@pytest.fixture(autouse=True)
def stockholm(monkeypatch):
    """Local time two hours ahead of UTC in summer: a local date differs from the UTC one at night."""
    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def local(text: str) -> datetime:
    """A local wall-clock time (Stockholm), as an aware datetime."""
    return datetime.fromisoformat(text).astimezone()


def names(backups) -> list[str]:
    return [backup.path.name for backup in backups]


def ours(path: Path, *, application_id: int = APPLICATION_ID) -> Path:
    """A small SQLite file as a backup of ours would look."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA application_id = {application_id}")
        connection.execute("CREATE TABLE IF NOT EXISTS organisation (name TEXT)")
    connection.close()
    return path


def backup_name(stem: str, when: datetime, label: str) -> str:
    return f"{stem}-{when.astimezone(timezone.utc).strftime('%Y%m%d-%H%M%S-%f')}-{label}.sqlite"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def org_names(path: Path) -> list[str]:
    with Store.open(path) as opened:
        return sorted(org.name for org in opened.organisations.list())


# -- listing ---------------------------------------------------------------------------------------


def test_the_list_holds_our_backups_only_newest_first(store: Store, db_path, tmp_path):
    store.organisations.create(Organisation(name="Nora Glasbruk"))
    daily = take_backup(store, "daily", local("2025-06-14T09:00"))
    manual = take_backup(store, "manual", local("2025-06-15T10:30"))
    folder = tmp_path / "backups"
    assert folder == daily.parent
    # Our own file, copied in by hand under a name of the user's: listed, dated by its file time.
    handmade = ours(folder / "before the visit.sqlite")
    os.utime(handmade, (local("2025-06-01T12:00").timestamp(),) * 2)
    # Not ours or not a backup: another program's SQLite file, a text file, a copy being written, and
    # the backup of another database that shares the folder.
    ours(folder / "firefox.sqlite", application_id=0)
    (folder / "notes.sqlite").write_text("not a database", encoding="utf-8")
    (folder / (manual.name + ".partial")).write_bytes(manual.read_bytes())
    ours(folder / backup_name("other", local("2025-06-15T11:00"), "daily"))

    found = list_backups(db_path)

    assert names(found) == [manual.name, daily.name, "before the visit.sqlite"]
    assert [backup.label for backup in found] == ["manual", "daily", ""]
    assert found[0].taken_at == local("2025-06-15T10:30")
    assert found[0].taken_at.tzinfo is not None
    assert found[1].local_date.isoformat() == "2025-06-14"
    assert found[2].taken_at == local("2025-06-01T12:00")
    assert [backup.size for backup in found] == [path.stat().st_size for path in (manual, daily, handmade)]
    assert all(backup.size > 0 for backup in found)


def test_no_backups_folder_lists_nothing(db_path):
    assert list_backups(db_path) == []


def test_backups_are_the_owners_alone(store: Store, tmp_path):
    path = take_backup(store, "before-delete")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert path.name.endswith("-before-delete.sqlite")


def test_a_label_is_plain_words(store: Store):
    with pytest.raises(ValueError):
        take_backup(store, "Before Delete")


# -- once a day ------------------------------------------------------------------------------------


def test_the_daily_backup_is_taken_once_per_local_day(store: Store, db_path):
    store.organisations.create(Organisation(name="Kumla Livsmedel AB"))
    evening = local("2025-06-14T23:30")  # 21:30 UTC
    first = daily_backup(store, db_path, evening)
    assert first is not None and first.name.endswith("-daily.sqlite")
    assert daily_backup(store, db_path, local("2025-06-14T23:50")) is None
    assert daily_backup(store.db.conn, db_path, local("2025-06-14T08:00")) is None
    # Ten minutes past midnight in Stockholm is still the 14th in UTC: a new day all the same.
    after_midnight = local("2025-06-15T00:10")
    assert after_midnight.astimezone(timezone.utc).day == 14
    second = daily_backup(store.db.conn, db_path, after_midnight)
    assert second is not None and second != first
    assert daily_backup(store, db_path, local("2025-06-15T18:00")) is None  # its UTC date is the 14th
    assert names(list_backups(db_path)) == [second.name, first.name]
    with sqlite3.connect(second) as copy:
        assert copy.execute("SELECT name FROM organisation").fetchall() == [("Kumla Livsmedel AB",)]
    copy.close()


def test_other_backups_of_the_day_do_not_count_as_the_daily_one(store: Store, db_path):
    take_backup(store, "before-import", local("2025-06-14T08:00"))
    assert daily_backup(store, db_path, local("2025-06-14T09:00")) is not None


# -- rotation --------------------------------------------------------------------------------------


def every_morning(folder: Path, first: str, last: str) -> dict[str, Path]:
    """A daily backup at 09:00 local on every day from ``first`` to ``last``, by date."""
    made = {}
    day = datetime.fromisoformat(first).date()
    end = datetime.fromisoformat(last).date()
    while day <= end:
        made[day.isoformat()] = ours(folder / backup_name("test", local(f"{day}T09:00"), "daily"))
        day += timedelta(days=1)
    return made


def test_rotation_keeps_7_days_4_weeks_12_months_and_recent_backups_taken_for_a_reason(db_path, tmp_path):
    folder = tmp_path / "backups"
    dailies = every_morning(folder, "2024-05-01", "2025-06-15")
    extra = {
        # Later than the day's daily: the day's newest, kept; that day's daily goes.
        "delete-13th": ("2025-06-13T15:00", "before-delete"),
        # Earlier than the daily, but the user's own, from this week: kept.
        "manual-12th": ("2025-06-12T08:00", "manual"),
        # The user's own, but ten days old and not the newest of its week: goes.
        "manual-5th": ("2025-06-05T10:00", "manual"),
        # 00:30 local on the 9th (the 8th in UTC): within the last 7 local days, kept.
        "import-9th": ("2025-06-09T00:30", "before-import"),
        # 00:30 local on the 15th is the 14th in UTC, where it would be the newest; locally the 15th's
        # daily at 09:00 is newer, so it goes.
        "delete-15th": ("2025-06-15T00:30", "before-delete"),
        # Tomorrow's (a clock set wrong): kept.
        "future": ("2025-06-16T09:00", "daily"),
    }
    made = {key: ours(folder / backup_name("test", local(when), label)) for key, (when, label) in extra.items()}
    strangers = [
        ours(folder / backup_name("other", local("2024-01-01T09:00"), "daily")),  # another database's
        ours(folder / "keep-me.sqlite"),  # ours, but named by the user
    ]

    deleted = rotate(db_path, local("2025-06-15T12:00"))  # a Sunday: ISO week 24 is 9–15 June

    kept_days = [
        # the last 7 days (the 13th is represented by its before-delete, below)
        "2025-06-09", "2025-06-10", "2025-06-11", "2025-06-12", "2025-06-14", "2025-06-15",
        # the newest of ISO weeks 23, 22 and 21
        "2025-06-08", "2025-06-01", "2025-05-25",
        # the newest of each month back to July 2024
        "2025-05-31", "2025-04-30", "2025-03-31", "2025-02-28", "2025-01-31", "2024-12-31",
        "2024-11-30", "2024-10-31", "2024-09-30", "2024-08-31", "2024-07-31",
    ]
    expected = {dailies[day] for day in kept_days}
    expected |= {made[key] for key in ("delete-13th", "manual-12th", "import-9th", "future")}
    remaining = {backup.path for backup in list_backups(db_path)} - set(strangers)
    assert remaining == expected
    assert all(path.exists() for path in strangers)
    assert set(deleted) == (set(dailies.values()) | set(made.values())) - expected
    assert not made["manual-5th"].exists() and not made["delete-15th"].exists()
    # Nothing more goes on a second rotation the same day.
    assert rotate(db_path, local("2025-06-15T18:00")) == []


def test_after_a_long_pause_the_newest_backup_stays(db_path, tmp_path):
    folder = tmp_path / "backups"
    old = [ours(folder / backup_name("test", local(f"2023-0{month}-10T09:00"), "daily")) for month in (1, 2, 3)]
    rotate(db_path, local("2025-06-15T12:00"))
    assert [path.exists() for path in old] == [False, False, True]


def test_the_rule_on_its_own():
    def info(when: str, label: str = "daily") -> BackupInfo:
        return BackupInfo(Path(f"{when}-{label}"), local(when).astimezone(timezone.utc), 1, label)

    now = local("2025-03-03T10:00")  # a Monday: ISO week 10 starts today
    backups = [info("2025-03-03T08:00"), info("2025-03-02T09:00"), info("2025-03-02T07:00", "manual"),
               info("2025-02-23T09:00"), info("2025-02-22T09:00"), info("2025-02-12T09:00"),
               info("2025-02-11T09:00"), info("2025-02-02T09:00"), info("2024-04-01T09:00"),
               info("2024-03-31T09:00")]
    kept = {path.name for path in backups_to_keep(backups, now)}
    assert kept == {
        "2025-03-03T08:00-daily",  # today
        "2025-03-02T09:00-daily",  # the newest of yesterday and of ISO week 9
        "2025-03-02T07:00-manual",  # the user's own, from this week
        "2025-02-23T09:00-daily",  # the newest of week 8 and of February
        "2025-02-12T09:00-daily",  # the newest of week 7, the 4th week back
        "2024-04-01T09:00-daily",  # the newest of April 2024, the 12th month back (March 2024 is the 13th)
    }
    assert backups_to_keep([], now) == set()
    # However old, the newest backup of all stays.
    assert {path.name for path in backups_to_keep(backups[-1:], now)} == {"2024-03-31T09:00-daily"}


# -- restoring -------------------------------------------------------------------------------------


def test_restore_puts_the_backup_in_place_and_keeps_a_safety_copy(store: Store, db_path, tmp_path):
    store.organisations.create(Organisation(name="Örebro Mekaniska AB"))
    backup = take_backup(store, "manual", local("2025-06-14T09:00"))
    store.organisations.create(Organisation(name="Added after the backup"))
    assert (tmp_path / "test.sqlite-wal").stat().st_size > 0  # the newest edit is still in the -wal

    safety = restore_backup(db_path, backup, store=store, now=local("2025-06-15T10:00"))

    assert safety is not None and safety.name.endswith("-before-restore.sqlite")
    assert org_names(db_path) == ["Örebro Mekaniska AB"]
    assert org_names(safety) == ["Added after the backup", "Örebro Mekaniska AB"]
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(safety.stat().st_mode) == 0o600
    assert not list(tmp_path.glob("*.restoring*"))
    assert backup.exists()  # the backup itself stays, to be restored again
    assert [b.label for b in list_backups(db_path)] == ["before-restore", "manual"]
    with pytest.raises(sqlite3.ProgrammingError):
        store.db.execute("SELECT 1")  # the old connection was closed: the caller opens the file again


def test_restore_of_a_closed_database_and_back_again(register_path):
    with Store.open(register_path) as opened:
        opened.organisations.create(Organisation(name="Kumla Livsmedel AB"))
        first = take_backup(opened, "manual")
        opened.organisations.create(Organisation(name="Karlskoga Energi & Miljö"))
    safety = restore_backup(register_path, first)
    assert org_names(register_path) == ["Kumla Livsmedel AB"]
    restore_backup(register_path, safety)  # and undo the restore with its own safety copy
    assert org_names(register_path) == ["Karlskoga Energi & Miljö", "Kumla Livsmedel AB"]


@pytest.fixture
def register_path(tmp_path) -> Path:
    return tmp_path / "register.sqlite"


def damaged(source: Path, target: Path) -> Path:
    data = bytearray(source.read_bytes())
    page = 4096
    data[2 * page:len(data)] = os.urandom(len(data) - 2 * page)  # every page after the second scrambled
    target.write_bytes(bytes(data))
    return target


def newer(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes())
    with sqlite3.connect(target) as connection:
        connection.execute("PRAGMA user_version = 999")
    connection.close()
    return target


def foreign(_source: Path, target: Path) -> Path:
    with sqlite3.connect(target) as connection:
        connection.execute("CREATE TABLE organisation (name TEXT)")
        connection.execute("INSERT INTO organisation VALUES ('not ours')")
    connection.close()
    return target


def not_sqlite(_source: Path, target: Path) -> Path:
    target.write_text("name;email\nNora;nora@example.se\n", encoding="utf-8")
    return target


def truncated(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes()[: 3 * 4096 + 100])
    return target


@pytest.mark.parametrize(
    ("make", "error"),
    [(damaged, DamagedDatabase), (truncated, DamagedDatabase), (newer, NewerDatabase),
     (foreign, NotADatabase), (not_sqlite, NotADatabase)],
)
def test_a_bad_backup_is_refused_and_the_database_is_not_touched(store: Store, db_path, tmp_path, make, error):
    store.organisations.create_many(Organisation(name=f"Organisation {n}", municipality="x" * 200) for n in range(200))
    good = take_backup(store, "manual")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(db_path)
    bad = make(good, tmp_path / "bad.sqlite")

    with pytest.raises(error):
        restore_backup(db_path, bad, store=store)

    assert digest(db_path) == before
    assert store.organisations.count() == 200  # still open, still working
    assert [b.label for b in list_backups(db_path)] == ["manual"]  # no safety copy was needed
    assert not list(tmp_path.glob("*.restoring*"))


def test_restore_stops_when_another_connection_has_the_file_open(store: Store, db_path, tmp_path):
    store.organisations.create(Organisation(name="Before"))
    backup = take_backup(store, "manual")
    store.organisations.create(Organisation(name="After"))
    elsewhere = sqlite3.connect(db_path)
    elsewhere.execute("SELECT count(*) FROM organisation").fetchone()
    try:
        with pytest.raises(RestoreFailed, match="open in another"):
            restore_backup(db_path, backup, store=store)
    finally:
        elsewhere.close()
    assert org_names(db_path) == ["After", "Before"]  # the old file, whole
    assert not list(tmp_path.glob("*.restoring*"))


def test_a_damaged_database_is_replaced_and_its_bytes_kept(store: Store, db_path, tmp_path):
    store.organisations.create(Organisation(name="Kept in the backup"))
    backup = take_backup(store, "daily")
    store.organisations.create(Organisation(name="Only in the -wal"))
    wal = tmp_path / "test.sqlite-wal"
    leftover = wal.read_bytes()  # what a crash would leave beside the file
    store.close()
    db_path.write_bytes(b"\x00garbage after a crash" * 100)
    wal.write_bytes(leftover)

    safety = restore_backup(db_path, backup)

    assert not wal.exists()  # never read into the restored file
    assert org_names(db_path) == ["Kept in the backup"]
    assert safety is not None and safety.suffix == ".damaged"
    assert safety.read_bytes() == b"\x00garbage after a crash" * 100
    assert safety.with_name(safety.name + "-wal").read_bytes() == leftover
    assert stat.S_IMODE(safety.stat().st_mode) == 0o600
    assert safety not in {b.path for b in list_backups(db_path)}


def test_the_database_itself_is_not_a_backup_of_itself(store: Store, db_path):
    with pytest.raises(NotADatabase):
        restore_backup(db_path, db_path, store=store)
    assert store.organisations.count() == 0


def test_a_register_open_read_only_is_not_replaced(store: Store, db_path, tmp_path):
    backup = take_backup(store, "manual")
    store.organisations.create(Organisation(name="Written by the other copy"))
    store.read_only = True  # as Store.open(read_only=True) marks it when another copy writes to the file
    with pytest.raises(RestoreRefused, match="read-only"):
        restore_backup(db_path, backup, store=store)
    assert store.organisations.count() == 1  # still open
    assert [b.label for b in list_backups(db_path)] == ["manual"]
