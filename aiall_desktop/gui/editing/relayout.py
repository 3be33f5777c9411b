"""Forms that make room when a message appears under a field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QLayout, QWidget


class MessageRelayout(QObject):
    """Lays a form out again when a field's message (or a note) under it appears or goes.

    The messages sit in a small column under their field; the form layout keeps that column's old
    height until the column itself is invalidated, so a new message would push the last fields out of
    the page (cut off). Every record page installs one on its form.
    """

    def __init__(self, form: QWidget):
        super().__init__(form)
        self._columns: dict[QLabel, QLayout] = {}
        nested = [layout for layout in form.findChildren(QLayout) if layout is not form.layout()]
        for label in form.findChildren(QLabel):
            column = next((layout for layout in nested if layout.indexOf(label) >= 0), None)
            if column is not None:
                self._columns[label] = column
                label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            column = self._columns.get(watched)  # type: ignore[call-overload]
            if column is not None:
                column.invalidate()
        return False
