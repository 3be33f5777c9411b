"""Opening, creating and switching databases; refused files are reported and never written."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from aiall_desktop.gui import app as gui_app
from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.store import Store


def fingerprint(path: Path) -> tuple[str, float]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime


@pytest.fixture
def garbage(tmp_path: Path) -> Path:
    path = tmp_path / "holiday-photos.sqlite"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    return path


@pytest.fixture
def newer(tmp_path: Path) -> Path:
    path = tmp_path / "from-the-future.sqlite"
    Store.open(path).close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 999")
    connection.close()
    return path


def choose_file(monkeypatch, path: Path | None, kind: str = "getOpenFileName") -> list[str]:
    """The file dialog answers with ``path`` (as if the user picked it); returns the dialogs' titles."""
    titles: list[str] = []

    def answer(parent, caption="", directory="", filter="", *args, **kwargs):
        titles.append(caption)
        return (str(path) if path else "", filter)

    monkeypatch.setattr(QFileDialog, kind, staticmethod(answer))
    return titles


# -- in the window ---------------------------------------------------------------------------------


def test_opening_a_refused_file_reports_it_and_keeps_the_current_database(
    qtbot, window: MainWindow, register, garbage, monkeypatch, message_boxes
):
    before = fingerprint(garbage)
    titles = choose_file(monkeypatch, garbage)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert titles == ["Open Database"]
    assert len(message_boxes.seen) == 1
    shown = message_boxes.seen[0]
    assert shown["title"] == "Cannot open the database"
    assert shown["text"] == "“holiday-photos.sqlite” is not a Workshop Desk database."
    assert "has not been changed" in shown["advice"]
    assert str(garbage) in shown["details"] and "Traceback" not in shown["details"]
    assert fingerprint(garbage) == before
    assert not Path(f"{garbage}-wal").exists()
    # Still working on the register it had open.
    assert window.store.path == register.path
    assert window.current_page.model.rowCount() == 4


def test_a_database_from_a_newer_version_is_refused_untouched(
    qtbot, window: MainWindow, newer, monkeypatch, message_boxes
):
    before = fingerprint(newer)
    choose_file(monkeypatch, newer)
    window.open_action.trigger()
    assert "newer version" in message_boxes.seen[0]["text"]
    assert fingerprint(newer) == before


def test_opening_another_database_rebinds_every_list(qtbot, window: MainWindow, register, tmp_path, monkeypatch):
    window.show_section("participants")
    window.show_section("organisations")
    old_store = window.store
    other = tmp_path / "other.sqlite"
    with Store.open(other) as store:
        from aiall_desktop.records import Organisation

        store.organisations.create(Organisation(name="Nora Trä AB"))
    choose_file(monkeypatch, other)
    with qtbot.waitSignal(window.database_changed):
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.store.path == other
    assert window.current_page.count_label.text() == "1 organisation"
    assert window.current_page.model.index(0, 0).data() == "Nora Trä AB"
    assert "other.sqlite" in window.database_status.text()
    window.show_section("participants")
    assert window.current_page.count_label.text() == "No participants yet"
    with pytest.raises(sqlite3.ProgrammingError):
        old_store.db.execute("SELECT 1")  # the old file was closed


def test_new_database_creates_the_file_and_switches_to_it(qtbot, window: MainWindow, tmp_path, monkeypatch):
    target = tmp_path / "spring-workshops"
    titles = choose_file(monkeypatch, target, "getSaveFileName")
    # Ctrl+N starts a new record; a new database file is Ctrl+Shift+N.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert titles == ["New Database"]
    created = target.with_suffix(".sqlite")
    assert created.is_file()
    assert window.store.path == created
    assert window.current_page.count_label.text() == "No organisations yet"
    assert window.current_page.model.rowCount() == 0


def test_new_database_never_replaces_an_existing_file(qtbot, window: MainWindow, register, garbage, monkeypatch, message_boxes):
    before = fingerprint(garbage)
    choose_file(monkeypatch, garbage, "getSaveFileName")
    window.new_action.trigger()
    assert message_boxes.seen[0]["text"] == "“holiday-photos.sqlite” exists already."
    assert fingerprint(garbage) == before
    assert window.store.path == register.path


def test_cancelling_the_file_dialog_changes_nothing(qtbot, window: MainWindow, register, monkeypatch):
    choose_file(monkeypatch, None)
    window.open_action.trigger()
    assert window.store.path == register.path


def recent_entries(window: MainWindow) -> list[tuple[str, str]]:
    menu = window.recent_menu
    menu.popup(window.mapToGlobal(window.rect().center()))  # showing it refreshes it
    entries = [(a.text(), a.data()) for a in menu.actions() if a.data()]
    menu.close()
    return entries


def test_open_recent_lists_the_files_opened_newest_first(qtbot, window: MainWindow, register, tmp_path, monkeypatch):
    second, third = tmp_path / "second.sqlite", tmp_path / "third.sqlite"
    for path in (second, third):
        Store.open(path).close()
        choose_file(monkeypatch, path)
        window.open_action.trigger()
    entries = recent_entries(window)
    assert [text for text, _ in entries] == ["&1 third.sqlite", "&2 second.sqlite", "&3 register.sqlite"]
    assert entries[2][1] == str(register.path.resolve())

    second.unlink()  # a file that has gone away is dropped from the menu
    assert [text for text, _ in recent_entries(window)] == ["&1 third.sqlite", "&2 register.sqlite"]

    menu = window.recent_menu
    menu.popup(window.mapToGlobal(window.rect().center()))
    target = next(a for a in menu.actions() if a.data() == str(register.path.resolve()))
    target.trigger()
    menu.close()
    assert window.store.path.resolve() == register.path.resolve()


def test_open_recent_keeps_at_most_eight(qtbot, window: MainWindow, tmp_path, monkeypatch):
    for number in range(10):
        path = tmp_path / f"db{number}.sqlite"
        Store.open(path).close()
        window.open_database(path)
    entries = recent_entries(window)
    assert len(entries) == 8
    assert entries[0][0] == "&1 db9.sqlite"


def test_clear_menu_empties_open_recent(qtbot, window: MainWindow):
    menu = window.recent_menu
    menu.popup(window.mapToGlobal(window.rect().center()))
    next(a for a in menu.actions() if a.text() == "&Clear Menu").trigger()
    menu.close()
    assert recent_entries(window) == []
    assert [a.text() for a in window.recent_menu.actions()] == ["No recent files"]


# -- at start --------------------------------------------------------------------------------------


def test_a_refused_file_at_start_lets_the_user_quit(qapp, garbage, message_boxes):
    before = fingerprint(garbage)
    assert gui_app.open_first_database(garbage) is None
    assert message_boxes.seen[0]["text"] == "“holiday-photos.sqlite” is not a Workshop Desk database."
    assert fingerprint(garbage) == before


def test_a_refused_file_at_start_lets_the_user_open_another(qapp, garbage, register, monkeypatch, message_boxes):
    message_boxes.answer = "Open Another File…"
    choose_file(monkeypatch, register.path)
    store = gui_app.open_first_database(garbage)
    try:
        assert store is not None and store.path == register.path
    finally:
        store.close()


def close_windows_instead_of_waiting(monkeypatch) -> list[MainWindow]:
    """In place of the event loop: note the windows shown, then close them as the user would."""
    shown: list[MainWindow] = []

    def event_loop(self=None):
        shown.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        for window in shown:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    return shown


def test_run_opens_the_window_on_the_given_file(qapp, register, monkeypatch):
    shown = close_windows_instead_of_waiting(monkeypatch)
    assert gui_app.run(register.path) == 0
    assert len(shown) == 1
    assert shown[0].windowTitle().startswith("register.sqlite")
    assert QApplication.applicationDisplayName() == "AI.ALL* Workshop Desk"
    shown[0].deleteLater()


def test_run_without_a_file_creates_the_default_database(qapp, monkeypatch):
    from aiall_desktop.paths import default_database

    assert not default_database().exists()  # the test's own data folder
    shown = close_windows_instead_of_waiting(monkeypatch)
    assert gui_app.run(None) == 0
    assert len(shown) == 1
    assert default_database().is_file()
    assert default_database().stat().st_mode & 0o077 == 0  # the owner's alone


def test_run_returns_non_zero_when_the_user_quits_at_a_refused_file(qapp, garbage, message_boxes):
    assert gui_app.run(garbage) == gui_app.EXIT_NOT_OPENED


def test_qt_translations_are_installed_for_the_users_language(qapp):
    from PySide6.QtCore import QLocale

    try:
        loaded = gui_app.install_translators(qapp, QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        assert any(Path(path).name == "qtbase_sv.qm" for path in loaded)
    finally:
        gui_app.install_translators(qapp, QLocale.c())
    assert gui_app.install_translators(qapp, QLocale.c()) == []


# -- a damaged file: restore its newest good backup from the refusal ---------------------------------


def _register_with_backups(tmp_path: Path) -> tuple[Path, list[Path]]:
    """A register with two backups of it, the older holding one organisation, the newer two."""
    from aiall_desktop.records import Organisation
    from aiall_desktop.store.backup import take_backup

    path = tmp_path / "laptop" / "register.sqlite"
    taken = []
    with Store.open(path) as store:
        store.organisations.create(Organisation(name="Lindesbergs Mekaniska AB"))
        taken.append(take_backup(store, "manual", now=datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)))
        store.organisations.create(Organisation(name="Askersunds Bageri AB"))
        taken.append(take_backup(store, "manual", now=datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)))
    return path, taken


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 4] = bytes(4096 * 2)  # two pages of the tables zeroed, as a failing disk does
    path.write_bytes(bytes(data))


def test_a_damaged_file_at_start_can_be_replaced_by_its_newest_good_backup(qapp, tmp_path, message_boxes):
    from aiall_desktop.store.backup import list_backups

    path, (older, newer) = _register_with_backups(tmp_path)
    _damage(path)
    damaged = path.read_bytes()
    # The newest backup is damaged too: the offer skips it for the newest one that would restore.
    newer.write_bytes(newer.read_bytes()[:5000])
    message_boxes.answer = "Restore the Backup of " + QLocale().toString(
        datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc).astimezone(), QLocale.FormatType.ShortFormat)
    store = gui_app.open_first_database(path)
    try:
        assert store is not None and store.path == path
        assert [o.name for o in store.organisations.list()] == ["Lindesbergs Mekaniska AB"]
    finally:
        store.close()
    assert message_boxes.seen[0]["text"] == "“register.sqlite” is damaged."
    # The damaged file is kept, byte for byte, among the backups.
    kept = [info.path for info in list_backups(path)] + list((path.parent / "backups").glob("*"))
    assert any(p.read_bytes() == damaged for p in kept if p.is_file())


def test_without_a_good_backup_only_another_file_is_offered(qapp, tmp_path, message_boxes):
    path = tmp_path / "register.sqlite"
    Store.open(path).close()
    _damage(path)
    before = fingerprint(path)
    assert gui_app.open_first_database(path) is None
    assert fingerprint(path) == before
    assert not any(answer.startswith("Restore") for answer in message_boxes.buttons_seen[0])


def test_a_file_from_a_newer_version_opened_in_the_window_may_be_replaced_by_a_backup(
    qtbot, window: MainWindow, tmp_path, message_boxes, monkeypatch
):
    path, (older, newer) = _register_with_backups(tmp_path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 999")
    connection.close()
    message_boxes.answer = "Restore the Backup of " + QLocale().toString(
        datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc).astimezone(), QLocale.FormatType.ShortFormat)
    choose_file(monkeypatch, path)
    assert window.open_database(path)
    assert window.store.path == path
    assert window.store.organisations.count() == 2
