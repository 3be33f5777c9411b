"""The bar above a list that adds one tag to every selected participant at once (Ctrl+T)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from .forms import load_form, part


class TagBar(QWidget):
    #: Add this tag to the selected records.
    apply_requested = Signal(str)
    #: The bar was closed (Esc or Close): the list should have the focus again.
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tagBar")
        self.form = load_form("tag_bar", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.label = part(self.form, QLabel, "tagLabel")
        self.edit = part(self.form, QLineEdit, "tagEdit")
        self.apply_button = part(self.form, QPushButton, "applyButton")
        self.close_button = part(self.form, QPushButton, "closeButton")
        self._words = QStringListModel(self)
        completer = QCompleter(self._words, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(completer)
        self.edit.returnPressed.connect(self._apply)
        self.apply_button.clicked.connect(self._apply)
        self.close_button.clicked.connect(self.close_bar)
        self.hide()

    def set_words(self, words: Iterable[str]) -> None:
        self._words.setStringList(list(words))

    def open_for(self, text: str) -> None:
        """Show the bar with its question ("Add a tag to the 3 selected participants:") and focus the tag."""
        self.label.setText(text)
        self.edit.setAccessibleDescription(text)
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def _apply(self) -> None:
        tag = " ".join(self.edit.text().split())
        if tag:
            self.apply_requested.emit(tag)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            event.accept()
            return
        super().keyPressEvent(event)
