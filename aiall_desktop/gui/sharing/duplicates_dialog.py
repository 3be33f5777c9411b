"""File → Share → Join Duplicates…: the same organisation or person entered on two laptops, joined into one.

Joining keeps the older record, fills its empty fields from the other and moves every link to it
(:func:`aiall_desktop.sharing.join`, one transaction). It is asked for each pair, since a join is not on
the undo history (the backup taken before the merge is the way back).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QListView, QVBoxLayout, QWidget

from ...sharing import DuplicateGroup, find_duplicates, join
from ..confirm import confirm
from .conflicts_dialog import record_title
from .texts import kind_text

if TYPE_CHECKING:
    from ...store import Store


class DuplicateListModel(QAbstractListModel):
    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.groups: list[DuplicateGroup] = []

    def load(self) -> None:
        self.beginResetModel()
        self.groups = find_duplicates(self.store)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.groups)

    def names(self, group: DuplicateGroup) -> list[str]:
        records = getattr(self.store, group.kind).get_many(group.ids[:2])
        return [record_title(records.get(record_id)) for record_id in group.ids[:2]]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        group = self.groups[index.row()]
        first, second = self.names(group)
        reason = (self.tr("same organisation number") if group.kind == "organisations" else self.tr("same e-mail"))
        return self.tr("%1: “%2” and “%3” (%4)").replace("%1", kind_text(group.kind)).replace(
            "%2", first).replace("%3", second).replace("%4", reason)


class DuplicatesDialog(QDialog):
    joined = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("ShareDuplicatesDialog")
        self.setWindowTitle(self.tr("Join Duplicates"))
        self.setAccessibleName(self.tr("Join duplicates"))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Entered on two laptops. Joining keeps the older record, fills its empty fields "
                               "from the other and moves every link to it."))
        label.setWordWrap(True)
        self.model = DuplicateListModel(store, self)
        self.view = QListView()
        self.view.setObjectName("duplicateList")
        self.view.setAccessibleName(self.tr("Possible duplicates"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        label.setBuddy(self.view)
        layout.addWidget(label)
        layout.addWidget(self.view, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setAccessibleName(self.tr("Dialog buttons"))
        self.join_button = self.buttons.addButton(self.tr("&Join"), QDialogButtonBox.ButtonRole.ActionRole)
        self.join_button.setObjectName("joinButton")
        self.join_button.setAccessibleName(self.tr("Join the chosen pair into one record"))
        self.join_button.clicked.connect(self.join_current)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load()

    def load(self) -> None:
        self.model.load()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0))
        self.join_button.setEnabled(self.model.rowCount() > 0)

    def join_current(self) -> bool:
        index = self.view.currentIndex()
        if not index.isValid():
            return False
        group = self.model.groups[index.row()]
        keep, drop = self.model.names(group)
        question = self.tr("Join “%1” into “%2”? This cannot be undone from the Edit menu.").replace(
            "%1", drop).replace("%2", keep)
        if not confirm(self, self.tr("Join Duplicates"), question, self.tr("&Join"), self.tr("Cancel")):
            return False
        join(self.store, group.kind, group.ids[0], group.ids[1])
        self.load()
        self.joined.emit()
        return True
