"""A file open in another copy of the program: offered read-only or not at all; a read-only window says so
and refuses edits with a clear message."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from aiall_desktop.gui import app as gui_app
from aiall_desktop.gui.editing.undo import UpdateRecord
from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.store import Store
from aiall_desktop.store import lock

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the other copy is killed with SIGKILL")


@pytest.fixture
def other_copy(register):
    """Another process of the program with the register open (a real second copy)."""
    from tests.store.test_lock import OtherCopy

    holder = OtherCopy(register.path)
    yield holder
    holder.kill()


@pytest.fixture
def claimed(register):
    """The register claimed by a lock that is not this window's (an OS lock on its own file handle)."""
    claim = lock.FileLock(lock.lock_path(register.path))
    assert claim.acquire()
    yield register
    claim.release()


def test_at_start_the_user_may_open_a_file_in_use_read_only(register, other_copy, message_boxes):
    message_boxes.answer = "Open Read-Only"
    store = gui_app.open_first_database(register.path)
    try:
        assert store is not None and store.read_only
        assert store.organisations.count() == 5  # the register's four and the other copy's one
    finally:
        store.close()
    shown = message_boxes.seen[0]
    assert shown["title"] == "The database is in use"
    assert shown["text"] == "“register.sqlite” is already open in another copy of AI.ALL* Workshop Desk."
    assert f"open on this computer since " in shown["advice"] and f"(process {other_copy.pid})" in shown["advice"]
    assert "open it read-only" in shown["advice"]
    assert f"process {other_copy.pid}" in shown["details"] and str(register.path) in shown["details"]


def test_cancel_opens_nothing(claimed, message_boxes):
    message_boxes.answer = None  # Cancel, the Escape button
    assert gui_app.open_first_database(claimed.path) is None
    assert len(message_boxes.seen) == 1


def test_run_on_a_file_in_use_opens_a_read_only_window(qapp, claimed, monkeypatch, message_boxes):
    message_boxes.answer = "Open Read-Only"
    shown: list[MainWindow] = []

    def event_loop(self=None):
        shown.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        for window in shown:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert gui_app.run(claimed.path) == gui_app.EXIT_OK
    assert len(shown) == 1
    assert shown[0].windowTitle() == "register.sqlite (read-only)"
    shown[0].deleteLater()


def test_run_quits_when_the_user_cancels(qapp, claimed, message_boxes):
    assert gui_app.run(claimed.path) == gui_app.EXIT_NOT_OPENED


@pytest.fixture
def read_only_window(qtbot, claimed):
    window = MainWindow(Store.open(claimed.path, read_only=True))
    gui_app.show_read_only(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_read_only_window_says_so(read_only_window: MainWindow):
    window = read_only_window
    assert window.windowTitle() == "register.sqlite (read-only)"
    status = window.statusBar().findChild(QLabel, "readOnlyStatus")
    assert status.isVisible()
    assert status.text() == "Read-only: open in another copy"
    assert "changes cannot be saved" in status.toolTip()
    assert status.accessibleName() == "Read-only"
    window.resize(1200, 800)
    window.grab().save("/tmp/read_only_window.png")


def test_a_read_only_window_refuses_an_edit_clearly_and_keeps_running(
    read_only_window: MainWindow, claimed, message_boxes
):
    window = read_only_window
    organisation = window.store.organisations.list()[0]
    done = window.undo.do(UpdateRecord("organisations", organisation.id, {"name": organisation.name},
                                       {"name": "Renamed"}, "Rename organisation"))
    assert not done
    shown = message_boxes.seen[0]
    assert shown["title"] == "The change was not made"
    assert "opened read-only, because it is open in another copy" in shown["details"]
    assert window.store.organisations.get(organisation.id).name == organisation.name
    assert not window.undo.stack.canUndo()
    # Still running and reading.
    window.navigation.setCurrentRow(0)
    assert window.current_page.model.rowCount() >= 1


def test_a_window_that_opens_a_file_for_writing_shows_no_read_only_mark(qtbot, register, tmp_path):
    window = MainWindow(Store.open(register.path))
    gui_app.show_read_only(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "register.sqlite"
    assert not window.statusBar().findChild(QLabel, "readOnlyStatus").isVisible()


def test_open_database_in_a_running_window_offers_read_only(qtbot, window: MainWindow, tmp_path, message_boxes):
    other = tmp_path / "other.sqlite"
    Store.open(other).close()
    claim = lock.FileLock(lock.lock_path(other))
    assert claim.acquire()
    try:
        message_boxes.answer = "Open Read-Only"
        store = gui_app.open_database(window, other)
        assert store is not None and store.read_only
        store.close()
        message_boxes.answer = None
        assert gui_app.open_database(window, other) is None
        # Until the window uses open_database, File → Open reports the file in use in words of its own.
        assert not window.open_database(other)
        assert message_boxes.seen[-1]["text"] == "“other.sqlite” is already open in another copy of AI.ALL* Workshop Desk."
        assert window.store.path.name == "register.sqlite"
    finally:
        claim.release()


def test_open_database_reports_other_refusals(qtbot, window: MainWindow, tmp_path, message_boxes):
    garbage = tmp_path / "notes.sqlite"
    garbage.write_text("not a database")
    assert gui_app.open_database(window, garbage) is None
    assert message_boxes.seen[0]["title"] == "Cannot open the database"
    assert not Path(f"{garbage}.lock").exists()


@pytest.mark.parametrize(
    "provoke, message, advice",
    [
        ("read-only store", "this database cannot be written to here", "open in another copy"),
        ("query_only", "this database cannot be written to here", "check its permissions"),
        ("full", "The disk is full", "Free some space"),
    ],
)
def test_a_refused_write_is_described_for_the_user(tmp_path, provoke, message, advice):
    from aiall_desktop.gui.errors import describe_storage_failure
    from aiall_desktop.records import Organisation
    from aiall_desktop.store import StoreError

    path = tmp_path / "register.sqlite"
    with Store.open(path) as store:
        store.organisations.create(Organisation(name="Nora Glas AB"))
    store = Store.open(path, read_only=provoke == "read-only store")
    try:
        if provoke == "query_only":
            store.db.execute("PRAGMA query_only = ON")
        if provoke == "full":
            store.db.execute(f"PRAGMA max_page_count = {store.db.execute('PRAGMA page_count').fetchone()[0]}")
        with pytest.raises(StoreError) as refused:
            store.organisations.create_many(Organisation(name=f"Org {n}", notes="x" * 2000) for n in range(100))
    finally:
        store.close()
    for described in (describe_storage_failure(refused.value), describe_storage_failure(str(refused.value))):
        assert message in described[0] and advice in described[1]
    assert describe_storage_failure("no organisation with id 42") is None
