"""Backups through SQLite's backup API: consistent, owner-only, never a half file."""

from __future__ import annotations

import sqlite3
import stat

from aiall_desktop.records import Organisation
from aiall_desktop.store import Store
from aiall_desktop.store.backup import backup_file


def test_backup_holds_every_committed_edit_including_the_wal(store: Store, tmp_path):
    store.organisations.create_many(Organisation(name=f"Org {n}") for n in range(300))
    # The edits sit in the -wal file until a checkpoint; a file copy could miss them, the backup must not.
    assert (tmp_path / "test.sqlite-wal").stat().st_size > 0
    target = store.backup(tmp_path / "copy.sqlite")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM organisation").fetchone() == (300,)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert not list(tmp_path.glob("*.partial"))


def test_default_backup_goes_to_the_backups_folder_beside_the_data(store: Store, tmp_path):
    target = store.backup(label="daily")
    assert target.parent == tmp_path / "backups"
    assert target.name.startswith("test-") and target.name.endswith("-daily.sqlite")


def test_backup_of_a_file_open_elsewhere_does_not_write_to_it(store: Store, db_path, tmp_path):
    store.organisations.create(Organisation(name="Nora Glasbruk"))
    copy = backup_file(db_path, tmp_path / "other.sqlite")
    with Store.open(copy) as opened:
        assert [o.name for o in opened.organisations.list()] == ["Nora Glasbruk"]


def test_backup_reports_progress(store: Store, tmp_path):
    store.organisations.create_many(Organisation(name="x" * 500) for _ in range(500))
    seen: list[tuple[int, int]] = []
    store.backup(tmp_path / "p.sqlite", progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] > 0
