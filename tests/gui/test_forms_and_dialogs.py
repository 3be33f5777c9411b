"""Every Designer form loads; Help's dialogs say what they should."""

from __future__ import annotations

from html import escape

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from aiall_desktop import __version__
from aiall_desktop.gui.forms import FormError, form_names, load_form, part
from aiall_desktop.gui.icons import icon
from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.gui.sections import SECTIONS


def test_the_program_ships_its_forms():
    assert {"about_dialog", "list_page", "shortcuts_dialog"} <= set(form_names())
    assert {"organisation_form", "participant_form", "record_page", "tag_bar", "vocabulary_dialog"} <= set(form_names())


def test_record_pages_are_built_when_first_needed(qtbot, window: MainWindow):
    # Start-up stays fast: the window opens on the organisations' list without building any form.
    assert window.details.existing_editor("organisations") is None
    assert window.details.existing_editor("participants") is None
    window.show_section("participants")
    assert window.details.existing_editor("participants") is None  # nothing chosen yet
    window.current_page.select_row(0)
    assert window.details.existing_editor("participants") is not None
    assert window.details.existing_editor("organisations") is None


@pytest.mark.parametrize("name", form_names())
def test_every_form_loads(qapp, name):
    form = load_form(name)
    assert isinstance(form, QWidget)
    assert form.objectName()
    form.deleteLater()


def test_forms_load_no_designer_plugins(qapp):
    import sys

    load_form("list_page").deleteLater()
    assert not [name for name in sys.modules if "WebEngine" in name or "QtQuick" in name]


def test_a_missing_form_or_part_fails_clearly(qapp):
    with pytest.raises(FormError, match="no_such_form"):
        load_form("no_such_form")
    form = load_form("list_page")
    with pytest.raises(FormError, match="noSuchWidget"):
        part(form, QLabel, "noSuchWidget")
    form.deleteLater()


def test_every_section_has_its_icon(qapp):
    for section in SECTIONS:
        assert not icon(section.icon).isNull(), section.icon
    assert not icon("aiall-desktop").isNull()


def test_about_names_the_program_its_funders_and_the_open_file(qtbot, window: MainWindow, register):
    assert window.about_dialog is None  # not built until asked for
    window.about_action.trigger()
    dialog = window.about_dialog.dialog
    qtbot.waitExposed(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "AI.ALL* Workshop Desk" in texts
    assert f"Version {__version__}" in texts
    assert (
        "Co-financed by Region Örebro län and the European Union (European Regional Development Fund)" in texts
    )
    database = dialog.findChild(QLabel, "databaseLabel")
    assert database.accessibleDescription() == str(register.path.resolve())
    assert escape(str(register.path.resolve())) in database.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_about_shows_the_licence_and_opens_the_folders_of_database_backups_and_logs(
    qtbot, window: MainWindow, register, monkeypatch
):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QPushButton

    from aiall_desktop import paths
    from aiall_desktop.store.backup import take_backup

    take_backup(window.store, "manual")  # so that the backups folder exists
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    window.about_action.trigger()
    about = window.about_dialog
    texts = " ".join(label.text() for label in about.dialog.findChildren(QLabel))
    assert "GNU General Public License, version 3 or later" in texts
    backups = about.dialog.findChild(QLabel, "backupsLabel")
    logs = about.dialog.findChild(QLabel, "logsLabel")
    assert backups.accessibleDescription() == str(paths.backups_dir(register.path.resolve()))
    assert logs.accessibleDescription() == str(paths.log_dir())
    for name in ("openDatabaseFolder", "openBackupsFolder", "openLogsFolder"):
        button = about.dialog.findChild(QPushButton, name)
        assert button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [str(register.path.resolve().parent), str(paths.backups_dir(register.path.resolve())),
                      str(paths.log_dir())]


def test_keyboard_shortcuts_lists_what_the_window_has(qtbot, window: MainWindow):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    shortcuts = window.shortcuts_dialog
    qtbot.waitExposed(shortcuts.dialog)
    rows = dict(shortcuts.rows())
    assert rows["Go → Participants"] == "Ctrl+2"
    assert rows["Edit → Find"] == "Ctrl+F"
    assert rows["File → Open…"] == "Ctrl+O"
    assert rows["File → Quit"] == "Ctrl+Q"
    assert rows["Search box → Clear the search"] == "Esc"
    # Every menu command with a shortcut is listed.
    for menu in (window.file_menu, window.edit_menu, window.go_menu, window.help_menu):
        for action in menu.actions():
            if not action.shortcut().isEmpty():
                assert action.shortcut().toString() in rows.values()
