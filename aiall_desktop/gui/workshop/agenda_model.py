"""The agenda's blocks as a table: computed start times, editable plan fields, rows that can be dragged.

The model changes nothing itself. An edit or a drop is handed to the tab (``edit_block``,
``move_block``), which makes it an undoable command; the command's change notice reloads the agenda
and the model receives the new plan through :meth:`AgendaModel.set_plan`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...domain import agenda
from ...domain.agenda import Schedule, ScheduledItem
from ...records import AgendaItem
from .. import labels

CONTEXT = "AgendaModel"

START, TITLE, METHOD, MINUTES, LEAD, MATERIALS, NOTES = range(7)
#: The block field behind each column (the start is computed, not stored).
FIELDS: tuple[str | None, ...] = (None, "title", "method", "minutes", "lead", "materials", "notes")
HEADERS = (
    QT_TRANSLATE_NOOP("AgendaModel", "Start"),
    QT_TRANSLATE_NOOP("AgendaModel", "Title"),
    QT_TRANSLATE_NOOP("AgendaModel", "Method"),
    QT_TRANSLATE_NOOP("AgendaModel", "Minutes"),
    QT_TRANSLATE_NOOP("AgendaModel", "Lead"),
    QT_TRANSLATE_NOOP("AgendaModel", "Materials"),
    QT_TRANSLATE_NOOP("AgendaModel", "Notes"),
)

#: What a dragged row carries: the block's id (a drop from another program carries none of ours).
MIME_TYPE = "application/x-aiall-agenda-block"
ItemIdRole = Qt.ItemDataRole.UserRole + 1

EditBlock = Callable[[AgendaItem, str, object], bool]
MoveBlock = Callable[[str, int], bool]


# Literal contexts at every call: pyside6-lupdate finds texts only in that form.
translate = QCoreApplication.translate


def duration_text(minutes: int) -> str:
    """ "2 h 55 min", "3 h", "45 min": how facilitators say a length of time."""
    hours, rest = divmod(max(0, int(minutes)), 60)
    if hours and rest:
        text = translate("AgendaModel", "%1 h %2 min")
        return text.replace("%1", labels.number(hours)).replace("%2", labels.number(rest))
    if hours:
        return translate("AgendaModel", "%1 h").replace("%1", labels.number(hours))
    return translate("AgendaModel", "%1 min").replace("%1", labels.number(rest))


def empty_plan() -> Schedule:
    return Schedule(items=(), start="", planned_end="", end="", total_minutes=0, planned_minutes=None,
                    overrun_minutes=0)


class AgendaModel(QAbstractTableModel):
    #: An edit was refused; the reason, for the status bar.
    refused = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._plan = empty_plan()
        self.edit_block: EditBlock | None = None
        self.move_block: MoveBlock | None = None

    # -- the plan ------------------------------------------------------------------------------------

    @property
    def plan(self) -> Schedule:
        return self._plan

    def set_plan(self, plan: Schedule) -> None:
        """Show a new plan; the same blocks in the same order only repaint (an open editor stays open)."""
        same_rows = [s.item.id for s in plan.items] == [s.item.id for s in self._plan.items]
        if same_rows:
            self._plan = plan
            if plan.items:
                self.dataChanged.emit(self.index(0, 0), self.index(len(plan.items) - 1, len(FIELDS) - 1))
            return
        self.beginResetModel()
        self._plan = plan
        self.endResetModel()

    def scheduled(self, row: int) -> ScheduledItem:
        return self._plan.items[row]

    def item(self, row: int) -> AgendaItem:
        return self._plan.items[row].item

    def items(self) -> list[AgendaItem]:
        return [s.item for s in self._plan.items]

    def row_of(self, item_id: str) -> int:
        """The row of a block, or -1."""
        for row, scheduled in enumerate(self._plan.items):
            if scheduled.item.id == item_id:
                return row
        return -1

    # -- reading ---------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._plan.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return translate(CONTEXT, HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return labels.number(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._plan.items):
            return None
        scheduled = self._plan.items[index.row()]
        item, column = scheduled.item, index.column()
        if role == ItemIdRole:
            return item.id
        if role == Qt.ItemDataRole.EditRole:
            return self._value(item, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(scheduled, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == MINUTES:
                return translate("AgendaModel", "%1 minutes").replace("%1", labels.number(agenda.block_minutes(item)))
            return self._display(scheduled, column) or translate("AgendaModel", "empty")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(scheduled, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (START, MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _value(item: AgendaItem, column: int):
        if column == START:
            return None
        if column == MINUTES:
            return agenda.block_minutes(item)
        return getattr(item, FIELDS[column]) or ""

    def _display(self, scheduled: ScheduledItem, column: int) -> str:
        if column == START:
            if scheduled.day:
                # Past midnight the clock time alone would read as the morning of the same day.
                text = translate("AgendaModel", "%1 (+%2 d)")
                return text.replace("%1", scheduled.start).replace("%2", labels.number(scheduled.day))
            return scheduled.start
        if column == MINUTES:
            return labels.number(agenda.block_minutes(scheduled.item))
        # One line in the table; the whole text is in the tooltip and the editor.
        return " ".join(str(self._value(scheduled.item, column)).split())

    def _tooltip(self, scheduled: ScheduledItem, column: int) -> str | None:
        if column == START:
            if not scheduled.start:
                return translate("AgendaModel", "The activity's start time cannot be read, so the blocks have no times")
            return translate("AgendaModel", "From %1 to %2").replace("%1", scheduled.start).replace("%2", scheduled.end)
        if column in (NOTES, MATERIALS, METHOD, TITLE):
            text = str(self._value(scheduled.item, column))
            return text or None
        return None

    # -- editing ---------------------------------------------------------------------------------------

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            # Rows are dropped between rows, never onto one (which would mean "replace it").
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() != START:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == START:
            return False
        item = self.item(index.row())
        name = FIELDS[index.column()]
        if name == "minutes":
            try:
                value = int(value)
            except (TypeError, ValueError):
                self.refused.emit(translate("AgendaModel", "Minutes are a whole number, such as 15."))
                return False
            value = max(0, min(agenda.MAX_BLOCK_MINUTES, value))
        else:
            value = "" if value is None else str(value)
            if name == "title":
                value = value.strip()
                if not value:
                    self.refused.emit(translate("AgendaModel", "A block needs a title; the old one is kept."))
                    return False
        if value == getattr(item, name):
            return True
        return bool(self.edit_block and self.edit_block(item, name, value))

    # -- drag and drop -----------------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data = QMimeData()
        data.setData(MIME_TYPE, "\n".join(self.item(row).id for row in rows).encode())
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex | QPersistentModelIndex) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [text for text in bytes(data.data(MIME_TYPE).data()).decode().split("\n") if text]
        if not ids:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        # Only the first block moves: the view picks one row at a time.
        return self._move(ids[0], row)

    def moveRows(self, source_parent: QModelIndex | QPersistentModelIndex, source_row: int, count: int,
                 destination_parent: QModelIndex | QPersistentModelIndex, destination_child: int) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        if not 0 <= source_row < self.rowCount():
            return False
        return self._move(self.item(source_row).id, destination_child)

    def removeRows(self, row: int, count: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        # After a move-drop the view asks to remove the dragged rows from where they were; the move has
        # been made already (as one undoable command), so there is nothing left to remove.
        return False

    def _move(self, item_id: str, before_row: int) -> bool:
        """Move a block to stand before ``before_row`` (the end when past the last row)."""
        source = self.row_of(item_id)
        if source < 0 or self.move_block is None:
            return False
        before_row = max(0, min(before_row, self.rowCount()))
        target = before_row - 1 if before_row > source else before_row
        if target == source:
            return False
        return self.move_block(item_id, target)


class AgendaDelegate(QStyledItemDelegate):
    """Minutes in a spin box (0–600), the other fields in the usual line editor; each editor named."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        if index.column() == MINUTES:
            editor = QSpinBox(parent)
            editor.setRange(0, agenda.MAX_BLOCK_MINUTES)
            editor.setSingleStep(5)
            editor.setSuffix(translate("AgendaModel", " min"))
            editor.setFrame(False)
            editor.setAutoFillBackground(True)  # else the cell's figure shows through beside the arrows
            editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        else:
            editor = super().createEditor(parent, option, index)
        header = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        editor.setAccessibleName(translate("AgendaModel", "%1 of block %2").replace("%1", str(header)).replace(
            "%2", labels.number(index.row() + 1)))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))
            editor.selectAll()
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()  # typed digits count even when Enter comes before the spin box read them
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
