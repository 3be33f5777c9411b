"""What merging an exchange file would change, shown before anything is written: Merge or Cancel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...sharing import MergePlan
from .. import labels
from .texts import kind_text


class MergeCountsModel(QAbstractTableModel):
    """One row per kind of record the file changes: new, changed, deleted, conflicts."""

    def __init__(self, plan: MergePlan, parent: QObject | None = None):
        super().__init__(parent)
        self.rows = [(kind, counts) for kind, counts in plan.kinds.items() if counts.any or counts.dropped]
        self.headers = [self.tr("Kind of record"), self.tr("New"), self.tr("Changed"), self.tr("Deleted"),
                        self.tr("Conflicts")]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind, counts = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return kind_text(kind)
            return labels.number((counts.new, counts.changed, counts.deleted, counts.conflicts)[index.column() - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class MergePreview(QDialog):
    def __init__(self, plan: MergePlan, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("ShareMergePreview")
        self.setWindowTitle(self.tr("Merge Exchange File"))
        self.setAccessibleName(self.tr("Merge exchange file"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)

        source = plan.source_name or plan.source_id
        self.source_label = QLabel(self.tr("“%1” was written on the laptop “%2”. Merging it changes this "
                                           "register as follows; a backup is taken first.")
                                   .replace("%1", file_name).replace("%2", source))
        self.source_label.setObjectName("sourceLabel")
        self.source_label.setWordWrap(True)
        layout.addWidget(self.source_label)

        self.counts = MergeCountsModel(plan, self)
        self.counts_view = QTableView()
        self.counts_view.setObjectName("countsTable")
        self.counts_view.setAccessibleName(self.tr("Records the merge adds, changes and deletes, per kind"))
        self.counts_view.setModel(self.counts)
        self.counts_view.verticalHeader().hide()
        self.counts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.counts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.counts.columnCount()):
            self.counts_view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.counts_view, 2)

        self.nothing_label = QLabel(self.tr("Nothing to merge: this register already holds everything in the file."))
        self.nothing_label.setObjectName("nothingLabel")
        self.nothing_label.setWordWrap(True)
        self.nothing_label.setVisible(not plan.changes_anything)
        layout.addWidget(self.nothing_label)

        self.conflicts_label = QLabel(self.tr("Conflicts: changed on both laptops. The newer change wins; the other "
                                              "is kept under File → Share → Conflicts to Review."))
        self.conflicts_label.setObjectName("conflictsLabel")
        self.conflicts_label.setWordWrap(True)
        self.conflict_lines = QStringListModel([self._conflict_line(c) for c in plan.conflicts], self)
        self.conflicts_view = QListView()
        self.conflicts_view.setObjectName("conflictList")
        self.conflicts_view.setAccessibleName(self.tr("Conflicts and which version wins"))
        self.conflicts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts_view.setModel(self.conflict_lines)
        self.conflicts_label.setBuddy(self.conflicts_view)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts_view, 1)
        self.conflicts_label.setVisible(bool(plan.conflicts))
        self.conflicts_view.setVisible(bool(plan.conflicts))

        notes = []
        if plan.erasures_here:
            notes.append(self.tr("%1 people were erased on the other laptop for data protection; they are erased "
                                 "here too. This cannot be undone.").replace("%1", labels.number(plan.erasures_here)))
        if plan.dropped:
            notes.append(self.tr("%1 records are not taken: they belong to people erased, or name records this "
                                 "register does not hold.").replace("%1", labels.number(len(plan.dropped))))
        notes.append(self.tr("A merge cannot be undone from the Edit menu; the backup taken first can be restored "
                             "under File → Backups."))
        self.notes_label = QLabel("\n".join(notes))
        self.notes_label.setObjectName("notesLabel")
        self.notes_label.setWordWrap(True)
        layout.addWidget(self.notes_label)

        self.buttons = QDialogButtonBox()
        self.buttons.setAccessibleName(self.tr("Dialog buttons"))
        self.merge_button = self.buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setAccessibleName(self.tr("Merge the exchange file into this register"))
        self.merge_button.setEnabled(plan.changes_anything or bool(plan.conflicts))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel; nothing is merged"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.counts_view, self.conflicts_view)
        self.setTabOrder(self.conflicts_view, self.buttons)
        (self.merge_button if self.merge_button.isEnabled() else self.cancel_button).setDefault(True)

    def _conflict_line(self, conflict) -> str:
        text = (self.tr("%1 “%2”: the other laptop's version wins") if conflict.theirs_wins
                else self.tr("%1 “%2”: this laptop's version wins"))
        return text.replace("%1", kind_text(conflict.kind)).replace("%2", conflict.title)
