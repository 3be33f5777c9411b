"""Asking the user before something they may regret (discarding typed text, deleting many records)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str, *, advice: str = "",
            default_yes: bool = False) -> bool:
    """A question with two plainly named answers; Esc and closing the box choose ``no``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setAccessibleName(title)
    if advice:
        box.setInformativeText(advice)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button if default_yes else no_button)
    box.setEscapeButton(no_button)
    focused = QApplication.focusWidget()
    box.exec()
    chosen = box.clickedButton() is yes_button
    box.hide()
    box.deleteLater()
    # Back where the user was (the field they were typing in), in the window they were in.
    if parent is not None:
        parent.window().activateWindow()
    if focused is not None and focused.isVisible():
        focused.setFocus(Qt.FocusReason.OtherFocusReason)
    return chosen
