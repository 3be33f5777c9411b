"""File → Backups…: the list, a restore after confirmation, a backup on request, and the daily one."""

from __future__ import annotations

import os
import stat
import time
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QPushButton

from aiall_desktop.gui.dialogs import backups as backups_module
from aiall_desktop.gui.dialogs.backups import BackupActions, BackupsDialog
from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.records import Organisation
from aiall_desktop.store import Store
from aiall_desktop.store.backup import list_backups, take_backup


@pytest.fixture(autouse=True)
def stockholm(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def local(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone()


@pytest.fixture
def quiet(qtbot, window: MainWindow) -> MainWindow:
    """The window with its backups folder empty: its own daily backup (once wired in) done and cleared."""
    own = getattr(window, "backups", None)
    if own is not None:
        qtbot.waitUntil(lambda: own.job is None, timeout=10000)
    for backup in list_backups(window.store.path):
        backup.path.unlink()
    return window


@pytest.fixture
def actions(quiet: MainWindow) -> BackupActions:
    """The window's File → Backups… (made here until the window holds one; see the report's lines)."""
    own = getattr(quiet, "backups", None)
    made = own if own is not None else BackupActions(quiet)
    yield made
    made.stop()


def open_dialog(qtbot, actions: BackupActions) -> BackupsDialog:
    dialog = actions.show_dialog()
    qtbot.waitExposed(dialog.dialog)
    return dialog


def row_texts(dialog: BackupsDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def org_names(store: Store) -> list[str]:
    return sorted(org.name for org in store.organisations.list())


def test_the_dialog_lists_the_backups_with_date_reason_and_size(qtbot, window, actions, register):
    take_backup(window.store, "daily", local("2025-06-14T08:05"))
    take_backup(window.store, "before-v3", local("2025-06-14T07:00"))
    newest = take_backup(window.store, "manual", local("2025-06-15T10:30"))

    dialog = open_dialog(qtbot, actions)

    rows = row_texts(dialog)
    assert [row[:2] for row in rows] == [
        ["2025-06-15 10:30", "Made on request"],
        ["2025-06-14 08:05", "Daily, on opening"],
        ["2025-06-14 07:00", "Before the upgrade to version 3"],
    ]
    assert all(row[2] and row[2][0].isdigit() and row[2].endswith("B") for row in rows)
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Taken", "Why", "Size"]
    assert dialog.chosen().path == newest  # the newest is chosen, ready for Restore…
    assert str(register.path.parent / "backups") in dialog.folder_label.text()
    # Every control is named for a screen reader and reachable with Tab, in reading order.
    for button in dialog.dialog.findChildren(QPushButton):
        assert button.accessibleName() or button.text(), button.objectName()
    assert dialog.table.accessibleName() == "Backups"
    qtbot.waitUntil(dialog.table.hasFocus)  # the list first: arrows choose, Alt+R restores
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert [w.objectName() for w in order[:3]] == ["restoreButton", "backUpNowButton", "openFolderButton"]
    assert order[3].text() == "Close"


def test_an_empty_list_says_how_to_fill_it(qtbot, window, actions):
    dialog = open_dialog(qtbot, actions)
    assert dialog.model.rowCount() == 0
    assert "no backups" in dialog.status.text()
    assert not dialog.restore_button.isEnabled()
    assert dialog.back_up_button.isEnabled()


def test_restore_after_confirmation_reopens_the_backup_in_the_window(qtbot, window, actions, register,
                                                                      message_boxes):
    old_store = window.store
    backup = take_backup(old_store, "manual", local("2025-06-14T09:00"))
    old_store.organisations.create(Organisation(name="Added after the backup"))
    window.show_section("organisations")
    window.current_page.refresh()
    assert window.current_page.model.total_count == 5
    dialog = open_dialog(qtbot, actions)
    assert dialog.chosen().path == backup

    message_boxes.answer = "Restore"
    with qtbot.waitSignal(window.database_changed):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    question = message_boxes.seen[0]
    assert question["title"] == "Restore Backup"
    assert question["text"] == "Restore the backup taken 2025-06-14 09:00?"
    assert "backed up first" in question["advice"]
    assert window.store is not old_store
    assert window.store.path == register.path
    assert "Added after the backup" not in org_names(window.store)
    assert window.current_page.model.total_count == 4  # the list shows the restored register
    # The register as it was is the newest backup now, and can itself be restored.
    first = list_backups(register.path)[0]
    assert first.label == "before-restore"
    with Store.open(first.path) as safety:
        assert "Added after the backup" in org_names(safety)
    assert row_texts(dialog)[0][1] == "Before a restore"
    assert "Restored the backup taken 2025-06-14 09:00" in dialog.status.text()
    # The window goes on working on the restored file.
    window.store.organisations.create(Organisation(name="Written after the restore"))
    with Store.open(register.path) as reopened:
        assert "Written after the restore" in org_names(reopened)


def test_cancelling_the_question_changes_nothing(qtbot, window, actions, message_boxes):
    store = window.store
    take_backup(store, "manual")
    store.organisations.create(Organisation(name="Kept"))
    dialog = open_dialog(qtbot, actions)
    message_boxes.answer = "Cancel"
    assert dialog.restore_chosen() is False
    assert message_boxes.seen[-1]["title"] == "Restore Backup"
    assert window.store is store
    assert "Kept" in org_names(store)
    assert [b.label for b in list_backups(store.path)] == ["manual"]


def test_a_damaged_backup_is_refused_and_the_register_is_untouched(qtbot, window, actions, message_boxes):
    store = window.store
    good = take_backup(store, "daily", local("2025-06-14T09:00"))
    data = bytearray(good.read_bytes())
    data[2 * 4096:] = os.urandom(len(data) - 2 * 4096)  # the header stays: it still looks like ours
    bad = good.with_name(good.name.replace("20250614", "20250615"))
    bad.write_bytes(bytes(data))
    store.organisations.create(Organisation(name="Still here"))
    dialog = open_dialog(qtbot, actions)
    assert dialog.chosen().path == bad

    message_boxes.answer = "Restore"
    assert dialog.restore_chosen() is False

    assert [box["title"] for box in message_boxes.seen] == ["Restore Backup", "Restore Backup"]
    assert message_boxes.seen[1]["text"] == "This backup cannot be restored."
    assert "damaged" in message_boxes.seen[1]["details"]
    assert window.store is store  # never closed
    assert "Still here" in org_names(store)
    assert [b.label for b in list_backups(store.path)] == ["daily", "daily"]  # no safety copy needed


def test_a_restore_stopped_by_another_program_reopens_the_unchanged_register(qtbot, window, actions, register,
                                                                            message_boxes):
    import sqlite3

    old_store = window.store
    take_backup(old_store, "manual")
    old_store.organisations.create(Organisation(name="Not to be lost"))
    dialog = open_dialog(qtbot, actions)
    elsewhere = sqlite3.connect(register.path)  # another program reading the register
    elsewhere.execute("SELECT count(*) FROM organisation").fetchone()
    message_boxes.answer = "Restore"
    try:
        with qtbot.waitSignal(dialog.reopen):
            assert dialog.restore_chosen() is False
    finally:
        elsewhere.close()
    assert message_boxes.seen[-1]["text"] == "The backup was not restored."
    assert "open in another program" in message_boxes.seen[-1]["details"]
    assert window.store is not old_store  # closed for the attempt, opened again
    assert "Not to be lost" in org_names(window.store)


def test_back_up_now_adds_a_backup_to_the_list(qtbot, window, actions):
    dialog = open_dialog(qtbot, actions)
    qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    assert [row[1] for row in row_texts(dialog)] == ["Made on request"]
    assert dialog.status.text().startswith("Backed up: ")
    taken = list_backups(window.store.path)[0].path
    assert stat.S_IMODE(taken.stat().st_mode) == 0o600
    with Store.open(taken) as copy:
        assert copy.organisations.count() == 4


def test_a_large_register_is_backed_up_in_the_background(qtbot, window, actions, monkeypatch):
    monkeypatch.setattr(backups_module, "INLINE_BACKUP_LIMIT", 0)
    dialog = open_dialog(qtbot, actions)
    job = dialog.back_up_now()
    assert job is not None
    assert not dialog.back_up_button.isEnabled()
    assert dialog.status.text().startswith("Backing up")
    with qtbot.waitSignal(job.done, timeout=10000):
        pass
    assert [row[1] for row in row_texts(dialog)] == ["Made on request"]
    assert dialog.back_up_button.isEnabled()
    assert dialog.job is None


def test_open_folder_shows_the_backups_folder(qtbot, window, actions, register):
    dialog = open_dialog(qtbot, actions)
    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) or True
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    folder = register.path.parent / "backups"
    assert [Path(url.toLocalFile()) for url in opened] == [folder]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_the_daily_backup_runs_in_the_background_once_a_day(qtbot, quiet):
    window = quiet
    moments = iter([local("2025-06-14T08:00"), local("2025-06-14T17:00"), local("2025-06-15T08:00")])
    actions = BackupActions(window, now=lambda: next(moments))
    path = window.store.path
    job = actions.database_opened(path)
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=10000):
        pass
    assert [b.label for b in list_backups(path)] == ["daily"]
    assert actions.database_opened(path) is None  # the same day: nothing to do, no thread
    job = actions.database_opened(path)  # the next day
    with qtbot.waitSignal(job.done, timeout=10000):
        pass
    assert [b.local_date.isoformat() for b in list_backups(path)] == ["2025-06-15", "2025-06-14"]
    actions.stop()


def test_an_empty_register_gets_no_daily_backup(qtbot, open_window, tmp_path):
    window = open_window(tmp_path / "empty.sqlite")
    actions = BackupActions(window)
    job = actions.database_opened(window.store.path)
    with qtbot.waitSignal(job.done, timeout=10000):
        pass
    assert list_backups(window.store.path) == []
    actions.stop()


def test_deleting_many_records_takes_a_backup_first(qtbot, quiet, register, message_boxes):
    window = quiet
    window.show_section("participants")
    page = window.current_page
    page.table.setFocus()
    page.table.selectAll()
    message_boxes.answer = "Delete"
    window.record_actions.delete_chosen()
    assert message_boxes.seen[-1]["text"] == "Delete 6 participants?"
    assert window.store.participants.count() == 0
    (backup,) = list_backups(register.path)
    assert backup.label == "before-delete"
    with Store.open(backup.path) as copy:
        assert copy.participants.count() == 6


@pytest.mark.parametrize("cancel", [False, True], ids=["finished", "cancelled"])
def test_a_large_register_is_backed_up_in_the_background_before_a_bulk_delete(
    qtbot, quiet, register, message_boxes, monkeypatch, cancel
):
    from aiall_desktop.gui.dialogs import backups

    monkeypatch.setattr(backups, "INLINE_BACKUP_LIMIT", 0)  # every register counts as large
    window = quiet
    window.show_section("participants")
    page = window.current_page
    page.table.setFocus()
    page.table.selectAll()
    message_boxes.answer = "Delete"
    window.record_actions.delete_chosen()
    job = window.exchange.job
    assert job is not None and window.exchange.progress_bar.isVisible()
    assert window.store.participants.count() == 6  # nothing deleted before the backup is written
    if cancel:
        window.exchange.cancel_button.click()
    qtbot.waitUntil(lambda: window.exchange.job is None, timeout=10000)
    assert window.store.participants.count() == (6 if cancel else 0)
    (backup,) = list_backups(register.path)
    assert backup.label == "before-delete"
    with Store.open(backup.path) as copy:
        assert copy.participants.count() == 6


def test_deleting_one_record_takes_no_backup(qtbot, quiet, register):
    window = quiet
    window.show_section("participants")
    page = window.current_page
    page.select_row(0)
    window.record_actions.delete_chosen()
    assert window.store.participants.count() == 5
    assert list_backups(register.path) == []


def test_screenshot(qtbot, window, actions):
    take_backup(window.store, "daily", local("2025-06-14T08:05"))
    take_backup(window.store, "before-import", local("2025-06-14T11:40"))
    take_backup(window.store, "manual", local("2025-06-15T10:30"))
    dialog = open_dialog(qtbot, actions)
    dialog.status.setText("Backed up: register-20250615-083000-000000-manual.sqlite")
    QApplication.processEvents()
    dialog.dialog.grab().save("/tmp/backups_dialog.png")
