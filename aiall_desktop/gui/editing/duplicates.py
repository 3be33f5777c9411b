"""The inline note under a form that a record like this one is already in the register.

It never blocks: it says which record and why, and offers to open it (for a new entry, instead of it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from .field_validation import WARNING_SIGN


# Literal contexts at every call: pyside6-lupdate finds texts only in that form.
translate = QCoreApplication.translate


class DuplicateNote:
    def __init__(self, box: QWidget, label: QLabel, button: QPushButton, open_record: Callable[[str], None]):
        self.box = box
        self.label = label
        self.button = button
        self._open = open_record
        self._record_id: str | None = None
        button.clicked.connect(self._clicked)
        box.hide()

    @property
    def record_id(self) -> str | None:
        """The record the note offers to open, while it shows."""
        return None if self.box.isHidden() else self._record_id

    @property
    def text(self) -> str:
        return self.label.text() if not self.box.isHidden() else ""

    def show(self, text: str, record_id: str, *, more: int = 0, new_entry: bool = False) -> None:
        if more:
            text += " " + translate("DuplicateNote", "(and %1 more)").replace("%1", str(more))
        self.label.setText(f"{WARNING_SIGN} {text}")
        self.label.setAccessibleDescription(text)
        self._record_id = record_id
        if new_entry:
            self.button.setText(translate("DuplicateNote", "Open It Instead"))
            self.button.setAccessibleDescription(
                translate("DuplicateNote", "Discards this new entry and opens the record in the register"))
        else:
            self.button.setText(translate("DuplicateNote", "Open It"))
            self.button.setAccessibleDescription(translate("DuplicateNote", "Opens the record in the register"))
        self.box.show()

    def hide(self) -> None:
        self._record_id = None
        self.box.hide()

    def _clicked(self) -> None:
        if self._record_id is not None:
            self._open(self._record_id)
