"""The small lists on a record's page (an organisation's people, a person's activities…).

Each is a heading with a count and a table view over a plain model of rows; double-click or Enter on a
row opens that record. They show a handful of rows and scroll beyond that.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ..style import scaled_font

_Index = QModelIndex | QPersistentModelIndex

#: Rows shown before the list scrolls.
VISIBLE_ROWS = 6


@dataclass(frozen=True)
class Row:
    """One related record: what opens it (section key and id) and the texts of its cells."""

    kind: str | None  # the section that shows it; None when it cannot be opened
    record_id: str | None
    cells: tuple[str, ...]


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Row | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.cells[index.column()] if index.column() < len(row.cells) else ""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None


class RelatedList(QWidget):
    """A heading ("People (3)") and the rows; ``open_requested`` when one is double-clicked or Entered."""

    open_requested = Signal(str, str)  # kind, record id

    def __init__(self, object_name: str, title: str, headers: Sequence[str], empty: str, parent: QWidget | None = None,
                 *, stretch: int = 0):
        super().__init__(parent)
        self.setObjectName(object_name)
        self._stretch = stretch  # the column that takes the room the others leave (a title, an e-mail)
        self._title = title
        self._empty = empty
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(3)
        self.heading = QLabel(self)
        self.heading.setObjectName("relatedHeading")
        self.heading.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.empty_label = QLabel(empty, self)
        self.empty_label.setObjectName("relatedEmpty")
        self.empty_label.setEnabled(False)
        self.model = RowsModel(headers, self)
        self.view = QTableView(self)
        self.view.setObjectName("relatedTable")
        self.view.setModel(self.model)
        self.view.setAccessibleName(title)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setCornerButtonEnabled(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        self.heading.setBuddy(self.view)
        self.view.activated.connect(self._activated)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view)
        self.set_rows([])

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.model.set_rows(rows)
        count = len(rows)
        self.heading.setText(f"{self._title} ({count})")
        self.view.setAccessibleDescription(self.heading.text())
        self.empty_label.setVisible(count == 0)
        self.view.setVisible(count > 0)
        if count:
            shown = min(count, VISIBLE_ROWS)
            row_height = self.view.verticalHeader().defaultSectionSize()
            height = self.view.horizontalHeader().sizeHint().height() + shown * row_height
            self.view.setFixedHeight(height + 2 * self.view.frameWidth() + 2)
            # One column takes what the others leave; the others fit their content.
            header = self.view.horizontalHeader()
            for number in range(self.model.columnCount()):
                stretch = number == self._stretch
                mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.ResizeToContents
                header.setSectionResizeMode(number, mode)

    def texts(self, column: int = 0) -> list[str]:
        return [self.model.index(row, column).data() for row in range(self.model.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row(index.row())
        if row is not None and row.kind and row.record_id:
            self.open_requested.emit(row.kind, row.record_id)
