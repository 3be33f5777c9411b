"""File → Share → Conflicts to Review…: the versions a merge set aside, taken back field by field.

Taking the other version's values is an ordinary edit on the undo history (an :class:`UpdateRecord`), so
it can be undone and it reaches the colleagues with the next exchange file.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...sharing import Conflict, changes_for, dismiss, open_conflicts
from ..editing.undo import UpdateRecord
from .. import labels
from .texts import field_text, kind_text, value_text

if TYPE_CHECKING:
    from ...store import Store
    from ..editing.undo import UndoHistory


def _when(stamp: str) -> str:
    try:
        return labels.moment_text(datetime.fromisoformat(stamp).astimezone())
    except ValueError:
        return stamp


def record_title(record: Any) -> str:
    if record is None:
        return ""
    if hasattr(record, "first_name"):
        return f"{record.first_name} {record.last_name}".strip()
    for name in ("title", "name"):
        if getattr(record, name, ""):
            return str(getattr(record, name))
    return record.id


class ConflictListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.conflicts: list[Conflict] = []

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        self.beginResetModel()
        self.conflicts = conflicts
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.conflicts)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        conflict = self.conflicts[index.row()]
        title = record_title(conflict.current) or record_title(conflict.losing)
        return self.tr("%1: %2").replace("%1", kind_text(conflict.kind)).replace("%2", title)


class DifferenceModel(QAbstractTableModel):
    """The fields two versions differ in; the check in the first column takes the other version's value."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.differences = []
        self.taken: set[str] = set()
        self.headers = [self.tr("Field"), self.tr("Kept (in the register)"), self.tr("Other version")]

    def set_conflict(self, conflict: Conflict | None) -> None:
        self.beginResetModel()
        self.differences = list(conflict.differences) if conflict is not None else []
        self.taken = set()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.differences)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        difference = self.differences[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (field_text(difference.field), value_text(difference.current),
                    value_text(difference.losing))[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if difference.field in self.taken else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self.tr("Check to take the other version of this field")
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        name = self.differences[index.row()].field
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.taken.add(name)
        else:
            self.taken.discard(name)
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def take(self, field_name: str, taken: bool = True) -> None:
        row = next(i for i, d in enumerate(self.differences) if d.field == field_name)
        state = Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked
        self.setData(self.index(row, 0), state.value, Qt.ItemDataRole.CheckStateRole)


class ConflictsDialog(QDialog):
    #: The number of conflicts still open changed (for the menu's enabled state).
    reviewed = Signal()

    def __init__(self, store: Store, undo: UndoHistory, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.undo = undo
        self.setObjectName("ShareConflictsDialog")
        self.setWindowTitle(self.tr("Conflicts to Review"))
        self.setAccessibleName(self.tr("Conflicts to review"))
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("These records were changed on two laptops. The newer change is in the register; "
                               "check the fields where the other version is right, then Apply. Dismiss keeps the "
                               "register as it is."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        list_label = QLabel(self.tr("&Conflicts:"))
        self.conflicts = ConflictListModel(self)
        self.list_view = QListView()
        self.list_view.setObjectName("conflictList")
        self.list_view.setAccessibleName(self.tr("Conflicts to review"))
        self.list_view.setModel(self.conflicts)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        list_label.setBuddy(self.list_view)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.list_view)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("detailLabel")
        self.detail_label.setWordWrap(True)
        self.differences = DifferenceModel(self)
        self.difference_view = QTableView()
        self.difference_view.setObjectName("differenceTable")
        self.difference_view.setAccessibleName(self.tr("Fields that differ; check a field to take the other version"))
        self.difference_view.setModel(self.differences)
        self.difference_view.verticalHeader().hide()
        self.difference_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.difference_view.setWordWrap(True)
        header = self.difference_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.detail_label.setBuddy(self.difference_view)
        right_layout.addWidget(self.detail_label)
        right_layout.addWidget(self.difference_view)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("&Apply Checked Fields"))
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setAccessibleName(self.tr("Take the other version of the checked fields"))
        self.apply_button.setAutoDefault(False)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_button.setObjectName("dismissButton")
        self.dismiss_button.setAccessibleName(self.tr("Keep the register as it is and remove the conflict"))
        self.dismiss_button.setAutoDefault(False)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.box.setAccessibleName(self.tr("Dialog buttons"))
        self.box.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)

        self.list_view.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.differences.dataChanged.connect(lambda *_: self._update_buttons())
        self.differences.modelReset.connect(self._update_buttons)
        self.apply_button.clicked.connect(self.apply)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.setTabOrder(self.list_view, self.difference_view)
        self.setTabOrder(self.difference_view, self.apply_button)
        self.setTabOrder(self.apply_button, self.dismiss_button)
        self.setTabOrder(self.dismiss_button, self.box)
        self.load()

    def load(self, row: int = 0) -> None:
        self.conflicts.set_conflicts(open_conflicts(self.store))
        if self.conflicts.rowCount():
            self.list_view.setCurrentIndex(self.conflicts.index(min(row, self.conflicts.rowCount() - 1)))
        self._show_current()

    @property
    def current(self) -> Conflict | None:
        index = self.list_view.currentIndex()
        return self.conflicts.conflicts[index.row()] if index.isValid() else None

    def _show_current(self) -> None:
        conflict = self.current
        self.differences.set_conflict(conflict)
        if conflict is None:
            self.detail_label.setText(self.tr("No conflicts to review."))
        elif conflict.current is None:
            self.detail_label.setText(self.tr("The record has been erased since; only Dismiss is possible."))
        else:
            text = self.tr("&Fields that differ. The other version was changed on %1.")
            if conflict.current_deleted:
                text += " " + self.tr("The record in the register is deleted.")
            self.detail_label.setText(text.replace("%1", _when(conflict.losing.updated_at)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        conflict = self.current
        self.apply_button.setEnabled(bool(conflict is not None and conflict.current is not None
                                          and not conflict.current_deleted and self.differences.taken))
        self.dismiss_button.setEnabled(conflict is not None)

    def apply(self) -> bool:
        conflict = self.current
        if conflict is None or conflict.current is None or not self.differences.taken:
            return False
        fields = [d.field for d in self.differences.differences if d.field in self.differences.taken]
        new = changes_for(self.store, conflict.id, fields)
        old = {name: getattr(conflict.current, name) for name in fields}
        text = self.tr("taking the other version of %1").replace("%1", record_title(conflict.current))
        if not self.undo.do(UpdateRecord(conflict.kind, conflict.record_id, old, new, text)):
            return False
        dismiss(self.store, conflict.id)
        self.load(self.list_view.currentIndex().row())
        self.reviewed.emit()
        return True

    def dismiss(self) -> bool:
        conflict = self.current
        if conflict is None:
            return False
        dismiss(self.store, conflict.id)
        self.load(self.list_view.currentIndex().row())
        self.reviewed.emit()
        return True
