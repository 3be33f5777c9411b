"""The Agenda tab: plan an activity block by block, see when each starts and whether it all fits.

Every change (an edited cell, a new, copied, deleted or moved block, a template applied) is one
undoable command made through the context, saved at once. The tab then hears of the change like every
other tab and reads the agenda again; it remembers which block to show as current across that reload.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import agenda, templates
from ...domain.agenda import Schedule
from ...records import Activity, ActivityTemplate
from ...store import RecordNotFound
from ..editing.undo import Composite, CreateRecord, DeleteRecords, StoreCommand, UpdateRecord
from .agenda_model import (
    FIELDS,
    MINUTES,
    START,
    TITLE,
    AgendaDelegate,
    AgendaModel,
    duration_text,
    empty_plan,
)
from .context import WorkshopContext, WorkshopTab
from .templates_dialog import TemplateDialog, TemplateRequest, template_language

KIND = "agenda_items"
NATIVE = QKeySequence.SequenceFormat.NativeText


class AgendaTab(WorkshopTab):
    watched = frozenset({"agenda_items", "activities"})

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("agendaTab")
        self._activity: Activity | None = None
        #: The block to make current after the next reload: (id, column, open its editor).
        self._pending: tuple[str, int, bool] | None = None
        self.template_dialog: TemplateDialog | None = None
        self.name_dialog: QInputDialog | None = None

        self.model = AgendaModel(self)
        self.model.edit_block = self._edit_block
        self.model.move_block = self.move_block_to
        self.model.refused.connect(self.context.show_status)

        self.table = self._make_table()
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("agendaEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setContentsMargins(0, 8, 0, 8)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("agendaSummary")
        self.summary_label.setWordWrap(True)  # at a large text size it wraps rather than widen the window
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.overrun_icon = QLabel(self)
        self.overrun_icon.setObjectName("agendaOverrunIcon")
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.overrun_icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.overrun_icon.setAccessibleName(self.tr("Warning"))
        self.overrun_label = QLabel(self)
        self.overrun_label.setObjectName("agendaOverrun")
        font = self.overrun_label.font()
        font.setBold(True)
        self.overrun_label.setFont(font)
        self.overrun_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.actions_by_key: dict[str, QAction] = {}
        self._make_actions()
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.buttons: dict[str, QToolButton] = {}
        for key in ("add", "duplicate", "delete", "up", "down", None, "apply_template", "save_template"):
            if key is None:
                buttons.addStretch(1)
                continue
            button = QToolButton(self)
            button.setObjectName(f"agenda_{key}")
            button.setDefaultAction(self.actions_by_key[key])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(_plain(self.actions_by_key[key].text()))
            self.buttons[key] = button
            buttons.addWidget(button)

        overrun = QHBoxLayout()
        overrun.setSpacing(6)
        overrun.addWidget(self.overrun_icon)
        overrun.addWidget(self.overrun_label, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        layout.addLayout(overrun)
        layout.addLayout(buttons)

        order = [self.table, *self.buttons.values()]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self._show_summary(empty_plan())
        self._update_actions()

    # -- building --------------------------------------------------------------------------------------

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("agendaTable")
        table.setAccessibleName(self.tr("Agenda blocks"))
        table.setAccessibleDescription(self.tr(
            "One row per block. F2 or Enter edits a cell; Ctrl+Up and Ctrl+Down move the block."))
        table.setModel(self.model)
        table.setItemDelegate(AgendaDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setDragDropOverwriteMode(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(START, QHeaderView.ResizeMode.ResizeToContents)
        # Wide enough for the spin box editor ("600 min" and its arrows), not only for the figures.
        minutes_width = table.fontMetrics().horizontalAdvance(self.tr("600 min")) + 48
        widths = {TITLE: 230, 2: 230, MINUTES: minutes_width, 4: 130, 5: 200}
        for column, width in widths.items():
            table.setColumnWidth(column, width)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.installEventFilter(self)
        table.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        return table

    def _make_actions(self) -> None:
        tab_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.add_action = self._action("add", self.tr("&Add Block"), ["Ctrl+Shift+A"], self.add_block,
                                       self.tr("A new block after the current one"), also=[Qt.Key.Key_Insert])
        self.duplicate_action = self._action("duplicate", self.tr("D&uplicate"), ["Ctrl+D"], self.duplicate_block,
                                             self.tr("A copy of the current block, right after it"))
        self.delete_action = self._action("delete", self.tr("&Delete"), [QKeySequence.StandardKey.Delete],
                                          self.delete_block, self.tr("Delete the current block (Undo brings it back)"),
                                          context=Qt.ShortcutContext.WidgetShortcut, owner=self.table)
        self.up_action = self._action("up", self.tr("Move &Up"), ["Ctrl+Up"], self.move_up,
                                      self.tr("Move the current block one place earlier"))
        self.down_action = self._action("down", self.tr("Move Dow&n"), ["Ctrl+Down"], self.move_down,
                                        self.tr("Move the current block one place later"))
        self.apply_template_action = self._action(
            "apply_template", self.tr("Apply &Template…"), [], self.choose_template,
            self.tr("Fill the agenda from a template (yours or one that comes with the program)"))
        self.save_template_action = self._action(
            "save_template", self.tr("&Save as Template…"), [], self.ask_template_name,
            self.tr("Keep this plan to start new activities from"))
        for action in (self.add_action, self.duplicate_action, self.up_action, self.down_action):
            action.setShortcutContext(tab_wide)

    def _action(self, key: str, text: str, keys: list, slot, tip: str, *, also: list | None = None,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
                owner: QWidget | None = None) -> QAction:
        action = QAction(text, self)
        sequences = [QKeySequence(key_) for key_ in keys]
        action.setShortcuts(sequences)
        action.setShortcutContext(context)
        action.triggered.connect(lambda _checked=False: self._finish_editing() or slot())
        shown = sequences + [QKeySequence(key_) for key_ in also or []]
        keys_text = ", ".join(sequence.toString(NATIVE) for sequence in shown)
        # "Add Block (Ctrl+Shift+A, Ins)": the buttons teach their shortcuts.
        action.setToolTip(f"{_plain(text)} ({keys_text})" if keys_text else _plain(text))
        action.setStatusTip(tip)
        action.setIconText(_plain(text))  # the button keeps "…", which says a question follows
        (owner or self).addAction(action)
        for key_ in also or []:
            # Insert adds a block only where the blocks are, like Delete removes one only there.
            QShortcut(QKeySequence(key_), self.table, lambda: self._finish_editing() or slot(),
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.actions_by_key[key] = action
        return action

    def focus_first(self) -> None:
        self.table.setFocus()

    # -- reading ---------------------------------------------------------------------------------------

    def load(self) -> None:
        pending, self._pending = self._pending, None
        current = self.table.currentIndex()
        if pending is None:
            keep_id = self.current_item_id()
            pending = (keep_id, current.column() if current.column() > START else TITLE, False) if keep_id else None
        self._activity = self._read_activity()
        if self._activity is None:
            plan = empty_plan()
        else:
            items = self.context.store.agenda_items.list({"activity_id": self._activity.id})
            plan = agenda.schedule(self._activity, items)
        old_row = current.row()
        self.model.set_plan(plan)
        self._show_summary(plan)
        row = self.model.row_of(pending[0]) if pending else -1
        if row < 0 and self.model.rowCount():
            row = max(0, min(old_row, self.model.rowCount() - 1))
        if row >= 0:
            column = pending[1] if pending else TITLE
            index = self.model.index(row, column)
            if index != self.table.currentIndex():
                self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
            if pending and pending[2]:
                self.table.setFocus()
                self.table.edit(index)
        self._update_actions()

    def _read_activity(self) -> Activity | None:
        if not self.context.activity_id:
            return None
        try:
            return self.context.store.activities.get(self.context.activity_id)
        except RecordNotFound:
            return None

    def current_item_id(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.item(row).id if 0 <= row < self.model.rowCount() else None

    def _show_summary(self, plan: Schedule) -> None:
        activity = self._activity
        if activity is None:
            self.empty_label.setText(self.tr("No activity is open."))
        else:
            self.empty_label.setText(self.tr("No agenda yet — add a block or apply a template"))
        self.empty_label.setVisible(plan.is_empty)
        self.table.setAccessibleDescription(self.empty_label.text() if plan.is_empty else self.tr(
            "One row per block. F2 or Enter edits a cell; Ctrl+Up and Ctrl+Down move the block."))
        if activity is None:
            self.summary_label.clear()
        elif plan.planned_minutes is None:
            self.summary_label.setText(self.tr("Total %1 (the planned start or end time cannot be read)")
                                       .replace("%1", duration_text(plan.total_minutes)))
        else:
            self.summary_label.setText(
                self.tr("Total %1 of %2 planned (%3–%4)").replace("%1", duration_text(plan.total_minutes))
                .replace("%2", duration_text(plan.planned_minutes)).replace("%3", plan.start)
                .replace("%4", plan.planned_end))
        self.summary_label.setAccessibleName(self.summary_label.text())
        over = activity is not None and plan.runs_over
        self.overrun_icon.setVisible(over)
        self.overrun_label.setVisible(over)
        if over:
            end = plan.end if not plan.end_day else self.tr("%1 the next day").replace("%1", plan.end)
            text = self.tr("Runs %1 over the planned end (%2)").replace(
                "%1", duration_text(plan.overrun_minutes)).replace("%2", end)
            self.overrun_label.setText(text)
            self.overrun_label.setAccessibleName(self.tr("Warning: %1").replace("%1", text))
        else:
            self.overrun_label.clear()
            self.overrun_label.setAccessibleName("")

    def _update_actions(self) -> None:
        has_activity = self._activity is not None
        row = self.table.currentIndex().row()
        count = self.model.rowCount()
        chosen = has_activity and 0 <= row < count
        self.add_action.setEnabled(has_activity)
        self.duplicate_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)
        self.up_action.setEnabled(chosen and row > 0)
        self.down_action.setEnabled(chosen and row < count - 1)
        self.apply_template_action.setEnabled(has_activity)
        self.save_template_action.setEnabled(has_activity and count > 0)

    # -- keys ------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if (key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                    and key_event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
                    and self.table.state() != QAbstractItemView.State.EditingState):
                index = self.table.currentIndex()
                if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                    self.table.edit(index)
                    return True
        return super().eventFilter(watched, event)

    def _finish_editing(self) -> None:
        """Save a cell being typed in before a command acts on the blocks (Ctrl+Down while editing)."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        widget = QApplication.focusWidget()
        while widget is not None and widget.parentWidget() is not self.table.viewport():
            widget = widget.parentWidget()
        if widget is None:
            return
        self.table.commitData(widget)
        self.table.closeEditor(widget, QAbstractItemDelegate.EndEditHint.NoHint)

    # -- changing ------------------------------------------------------------------------------------------

    def _do(self, command: StoreCommand, select: str | None = None, column: int | None = None,
            edit: bool = False) -> bool:
        current = self.table.currentIndex().column()
        if select:
            self._pending = (select, column if column is not None else (current if current > START else TITLE), edit)
        made = self.context.do(command)
        if not made:
            self._pending = None  # the history reports why
        return made

    @staticmethod
    def _position_updates(changes: dict[str, int], items, text: str) -> list[StoreCommand]:
        by_id = {item.id: item for item in items}
        return [UpdateRecord(KIND, item_id, {"position": by_id[item_id].position}, {"position": position}, text)
                for item_id, position in changes.items()]

    def _edit_block(self, item, name: str, value) -> bool:
        column = FIELDS.index(name)
        header = str(self.model.headerData(column, Qt.Orientation.Horizontal)).lower()
        text = self.tr("Change the %1 of “%2”").replace("%1", header).replace("%2", item.title)
        return self._do(UpdateRecord(KIND, item.id, {name: getattr(item, name)}, {name: value}, text),
                        select=item.id, column=column)

    def add_block(self) -> bool:
        if self._activity is None:
            return False
        items = self.model.items()
        block, shifts = agenda.insert_after(items, self.current_item_id(), self._activity.id,
                                            title=self.tr("New block"), minutes=15)
        text = self.tr("Add an agenda block")
        parts = self._position_updates(shifts, items, text) + [CreateRecord(KIND, block, text)]
        return self._do(Composite(text, parts), select=block.id, column=TITLE, edit=True)

    def duplicate_block(self) -> bool:
        item_id = self.current_item_id()
        if item_id is None:
            return False
        items = self.model.items()
        copy, shifts = agenda.duplicate(items, item_id)
        text = self.tr("Duplicate “%1”").replace("%1", copy.title)
        parts = self._position_updates(shifts, items, text) + [CreateRecord(KIND, copy, text)]
        return self._do(Composite(text, parts), select=copy.id)

    def delete_block(self) -> bool:
        item_id = self.current_item_id()
        if item_id is None:
            return False
        items = self.model.items()
        row = self.model.row_of(item_id)
        neighbour = items[row + 1] if row + 1 < len(items) else items[row - 1] if row > 0 else None
        text = self.tr("Delete “%1”").replace("%1", items[row].title)
        parts = [DeleteRecords(KIND, [item_id], text)]
        parts += self._position_updates(agenda.without(items, [item_id]), items, text)
        made = self._do(Composite(text, parts), select=neighbour.id if neighbour else None)
        if made:
            self.context.show_status(self.tr("Deleted the block “%1”. Undo brings it back.").replace(
                "%1", items[row].title))
        return made

    def move_up(self) -> bool:
        row = self.table.currentIndex().row()
        return row > 0 and self._move_row(row, row - 1)

    def move_down(self) -> bool:
        row = self.table.currentIndex().row()
        return 0 <= row < self.model.rowCount() - 1 and self._move_row(row, row + 1)

    def _move_row(self, row: int, target: int) -> bool:
        return self.move_block_to(self.model.item(row).id, target)

    def move_block_to(self, item_id: str, index: int) -> bool:
        """Move a block so that it stands at ``index`` (0 = first); one undoable step. Keeps it current."""
        items = self.model.items()
        changes = agenda.move_to(items, item_id, index)
        if not changes:
            return False
        title = next(item.title for item in items if item.id == item_id)
        text = self.tr("Move “%1”").replace("%1", title)
        return self._do(Composite(text, self._position_updates(changes, items, text)), select=item_id)

    # -- templates -----------------------------------------------------------------------------------------

    def ask_template_name(self) -> None:
        """Ask the name for "Save as Template…" (window-modal; the answer saves the template)."""
        if self._activity is None or not self.model.rowCount():
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("templateNameDialog")
        dialog.setWindowTitle(self.tr("Save as Template"))
        dialog.setLabelText(self.tr("Name of the template (shown when you start a new activity from it):"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(self._activity.title)
        dialog.setAccessibleName(self.tr("Save as Template"))
        dialog.textValueSelected.connect(self.save_as_template)
        dialog.finished.connect(dialog.deleteLater)
        self.name_dialog = dialog
        dialog.open()

    def save_as_template(self, name: str) -> ActivityTemplate | None:
        name = name.strip()
        if self._activity is None:
            return None
        if not name:
            self.context.show_status(self.tr("A template needs a name; nothing was saved."))
            return None
        template = templates.from_activity(self._activity, self.model.items(), name)
        text = self.tr("Save the template “%1”").replace("%1", name)
        if not self.context.do(CreateRecord("templates", template, text)):
            return None
        self.context.show_status(self.tr("Saved the template “%1”.").replace("%1", name))
        return template

    def choose_template(self) -> None:
        """Ask which template to apply (window-modal); then apply it."""
        if self._activity is None:
            return
        choices = templates.available(self.context.store, template_language())
        self.template_dialog = TemplateDialog(choices, self, for_new_activity=False)
        self.template_dialog.open(self._template_chosen)

    def _template_chosen(self, request: TemplateRequest) -> None:
        replace = False
        if self.model.rowCount():
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Apply Template"),
                              self.tr("This agenda already has blocks. Replace them with the template’s, "
                                      "or add the template’s blocks after them?"),
                              QMessageBox.StandardButton.Cancel, self)
            replace_button = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
            append_button = box.addButton(self.tr("Add After"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(append_button)
            box.setInformativeText(self.tr("Either way, Undo takes it back in one step."))
            box.exec()
            if box.clickedButton() not in (replace_button, append_button):
                return
            replace = box.clickedButton() is replace_button
        if self.apply_template(request.template, replace=replace):
            self.table.setFocus()  # on the first new block, ready to adjust it

    def apply_template(self, template: ActivityTemplate, *, replace: bool = False) -> bool:
        """The template's blocks into this agenda, after the blocks there or instead of them; one undo step."""
        if self._activity is None or not template.blocks:
            return False
        items = self.model.items()
        text = self.tr("Apply the template “%1”").replace("%1", template.name)
        parts: list[StoreCommand] = []
        if replace and items:
            parts.append(DeleteRecords(KIND, [item.id for item in items], text))
            first = 0
        else:
            first = max((item.position for item in items), default=-1) + 1
        blocks = templates.blocks_as_items(template, self._activity.id, first)
        parts += [CreateRecord(KIND, block, text) for block in blocks]
        return self._do(Composite(text, parts), select=blocks[0].id)


def _plain(text: str) -> str:
    """A menu text without its mnemonic marks ("&Add Block" → "Add Block")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")

