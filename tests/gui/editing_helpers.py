"""Helpers for driving the record pages the way a facilitator does: keys, clicks and typing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.records import Participant
from aiall_desktop.store import Store

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key on whatever has the focus, as the keyboard would send it."""
    qtbot.keyClick(focused(), key, modifiers)


def tab(qtbot, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Tab)


def type_here(type_text, text: str) -> None:
    type_text(focused(), text)


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot, page, row: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, modifiers, rect.center())


def double_click_row(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def row_of(page, key: str, text: str) -> int:
    column = page.model.column_of(key)
    for row in range(page.model.rowCount()):
        if page.model.index(row, column).data() == text:
            return row
    raise AssertionError(f"{text!r} is not in the list")


def cells(page, key: str) -> list[str]:
    column = page.model.column_of(key)
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def people_in(path: Path) -> dict[str, Participant]:
    """The live participants as a second connection sees them (what is really in the file).

    Each is there by full name, and by e-mail address too when they have one.
    """
    found: dict[str, Participant] = {}
    with Store.open(path) as store:
        for person in store.participants.list():
            found[person.full_name] = person
            if person.email:
                found[person.email] = person
    return found


def count_people(path: Path) -> int:
    with Store.open(path) as store:
        return store.participants.count()


def wait_active(qtbot, window) -> None:
    """After a question box: until the window is active again (the window's shortcuts work there only)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def open_participant(qtbot, window: MainWindow, last_name: str):
    window.show_section("participants")
    page = window.current_page
    click_row(qtbot, page, row_of(page, "last_name", last_name))
    editor = window.details.current_editor
    assert editor is not None and editor.mode == "record"
    return editor
