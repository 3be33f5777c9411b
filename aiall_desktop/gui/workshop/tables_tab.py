"""The Tables tab: the people present, split into balanced table groups the facilitator can adjust.

Balance proposes tables for everyone checked in (:func:`aiall_desktop.domain.tables.balance_tables`);
Shuffle asks for another, equally balanced proposal; Re-balance the Rest seats everyone again except
the people locked to their table. People move between tables by drag and drop or with Alt+←/Alt+→, and
Space (or L) locks them to their table.

Every one of these is saved at once as the activity's table groups (teams of kind ``table_group``) and
is one step in the undo history: a proposal replaces the earlier tables (put aside, so that undo brings
them back), a move or a lock changes one membership. There is no "Save": what the tab shows is what is
stored, so the tables survive a restart and a crash, and the other tabs see the same groups.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.diversity import DEFAULT_MINIMUM, as_fraction, composition, gender_of
from ...domain.tables import Balance, Problem, ProblemKind, balance_tables, tables_for_size
from ...records import Gender
from ...store import Store
from ...store.groups import GroupPerson
from ...store.teams_view import TableGroup
from .. import labels
from ..style import scaled_font
from .context import WorkshopContext, WorkshopTab
from .people_tab import MessageLabel, RoomyDelegate
from .tables_model import (
    UNSEATED,
    SeatRole,
    SeatRow,
    TableModel,
    figures,
    fewer_tables_that_work,
    fill,
    lock_changes,
    minimum_text,
    people_count,
    problem_text,
    replace_tables,
    seat_moves,
    table_name,
)

try:  # the shared composition badge; plain figures in words where it is not there
    from ..composition.badge import CompositionBadge
    from ..composition.wording import Group, group_name
except ImportError:  # pragma: no cover - depends on the rest of the window
    CompositionBadge = None

translate = QCoreApplication.translate

#: Tables a room may be split into; a spin box needs a top, and no workshop room has more.
MOST_TABLES = 60
#: The table size offered first: six around a table can all talk to each other.
DEFAULT_TABLE_SIZE = 6
#: Proposals whose problems are kept for undo and redo; the undo history seldom goes back further.
KEPT_PROPOSALS = 30
#: The narrowest a table's column may be, in average characters: fewer tables go side by side rather
#: than names cut to nothing.
COLUMN_CHARS = 30


def women_minimum(store: Store) -> Fraction:
    """The register's minimum share of women; the default when the setting is missing or damaged."""
    try:
        return as_fraction(store.settings.get("women_minimum"))
    except (KeyError, ValueError, TypeError):
        return as_fraction(DEFAULT_MINIMUM)


class TableColumn(QFrame):
    """One table: its name, its figures and its people (a list to drag from and drop on)."""

    def __init__(self, table: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = table
        self.setObjectName("tableColumn" if table != UNSEATED else "unseatedColumn")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.figures_label = QLabel(self)
        self.figures_label.setObjectName("tableFigures")
        self.figures_label.setWordWrap(True)
        self.figures_label.setTextFormat(Qt.TextFormat.PlainText)
        self.badge = None
        if CompositionBadge is not None and table != UNSEATED:
            self.badge = CompositionBadge(self)
            self.badge.setObjectName("tableBadge")
            self.badge.setWordWrap(True)
            # A shade smaller than the names: four tables side by side then keep the badge to one line.
            self.badge.setFont(scaled_font(self.font(), 0.9))
        self.model = TableModel(table, self)
        self.view = QListView(self)
        self.view.setObjectName("tableList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(RoomyDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        mark = self.fontMetrics().height()
        self.view.setIconSize(QSize(mark, mark))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        if self.badge is not None:
            layout.addWidget(self.badge)
        layout.addWidget(self.figures_label)
        layout.addWidget(self.view)

    def show_people(self, rows: Sequence[SeatRow], minimum: Fraction) -> None:
        self.model.set_rows(rows)
        if self.table == UNSEATED:
            name = translate("TablesTab", "Not at a table")
            self.title.setText(fill(translate("TablesTab", "%1 (%2)"), name, labels.number(len(rows))))
            text = translate("TablesTab", "Checked in after the tables were made, or taken off a table. Drag "
                                          "them to a table, or Re-balance the Rest.")
            self.figures_label.setText(text)
            self.view.setAccessibleName(fill(translate("TablesTab", "%1: %2"), name, people_count(len(rows))))
            return
        name = table_name(self.table + 1)
        c = composition(self.model.present_people(), minimum)
        words = figures(c)
        if self.badge is not None:
            # The count goes into the title, so that the badge keeps to one line in a narrow column.
            self.title.setText(fill(translate("TablesTab", "%1 — %2"), name, people_count(c.people)))
            self.badge.show_composition(c, group_name(Group.TEAM))
            self.figures_label.hide()
        else:
            self.title.setText(name)
            self.figures_label.setText(words.short)
        self.figures_label.setAccessibleName(words.spoken)
        self.view.setAccessibleName(fill(translate("TablesTab", "%1: %2"), name, words.spoken))

    def figures_text(self) -> str:
        """What the column says of its table: "6 people · ✓ 33% women · …" (title's count, then the badge)."""
        if self.badge is not None and self.table != UNSEATED:
            count = self.title.text().partition(" — ")[2]
            return f"{count} · {self.badge.text()}" if count else self.badge.text()
        return self.figures_label.text()

    def fit_rows(self, rows: int) -> None:
        """Tall enough for ``rows`` people without a scroll bar (and for a drop when it is empty)."""
        row_height = self.view.sizeHintForRow(0) if self.model.rowCount() else 0
        if row_height <= 0:
            row_height = self.fontMetrics().lineSpacing() * 2 + 8
        frame = self.view.frameWidth() * 2 + 4
        self.view.setFixedHeight(max(2, rows) * row_height + frame)


class TablesTab(WorkshopTab):
    watched = frozenset({"attendance", "teams", "team_members", "participants"})

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("tablesTab")
        #: Another number gives another, equally balanced, proposal (Shuffle counts it up).
        self.seed = 0
        self.minimum = as_fraction(DEFAULT_MINIMUM)
        self.groups: list[TableGroup] = []
        self.present: list[GroupPerson] = []
        self.columns: list[TableColumn] = []
        self.unseated_column: TableColumn | None = None
        #: The problems of each proposal, by its tables' ids: they stay on screen while those tables do
        #: (moves and locks keep the ids), go with an undo and come back with the redo.
        self._problems: dict[tuple[str, ...], tuple[list[Problem], list[str]]] = {}
        #: After a move: the people to choose and the table whose list gets the focus.
        self._focus_after: tuple[list[str], int] | None = None
        self._loaded_activity = ""
        self._per_row = 0

        # -- how many tables ------------------------------------------------------------------------
        self.by_tables = QRadioButton(self.tr("Tables:"), self)
        self.by_tables.setObjectName("tablesByCount")
        self.by_tables.setAccessibleName(self.tr("Choose the number of tables"))
        self.table_count = QSpinBox(self)
        self.table_count.setObjectName("tableCount")
        self.table_count.setRange(1, MOST_TABLES)
        self.table_count.setValue(1)
        self.table_count.setAccessibleName(self.tr("Number of tables"))
        self.by_size = QRadioButton(self.tr("People per table:"), self)
        self.by_size.setObjectName("tablesBySize")
        self.by_size.setAccessibleName(self.tr("Choose the number of people per table"))
        self.table_size = QSpinBox(self)
        self.table_size.setObjectName("tableSize")
        self.table_size.setRange(1, 99)
        self.table_size.setValue(DEFAULT_TABLE_SIZE)
        self.table_size.setAccessibleName(self.tr("Most people per table"))
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.by_tables)
        self.mode.addButton(self.by_size)
        self.by_size.setChecked(True)
        self.by_tables.toggled.connect(self._mode_changed)
        self.table_count.valueChanged.connect(lambda _value: self._show_preview())
        self.table_size.valueChanged.connect(lambda _value: self._size_changed())
        self.preview = QLabel(self)
        self.preview.setObjectName("tablesPreview")

        # -- actions --------------------------------------------------------------------------------
        self.balance_action = self._action(
            self.tr("Balance"), "Ctrl+Shift+B", lambda: self.balance(),
            self.tr("Make new tables for everyone present (locks are not kept); replaces the saved tables"))
        self.shuffle_action = self._action(
            self.tr("Shuffle"), "Ctrl+Shift+U", self.shuffle,
            self.tr("Another balanced proposal; locked people stay at their table"))
        self.rebalance_action = self._action(
            self.tr("Re-balance the Rest"), "Ctrl+Shift+R", lambda: self.balance(keep_locks=True),
            self.tr("Seat everyone again except the people locked to their table"))
        self.lock_action = self._action(
            self.tr("Lock / Unlock"), None, lambda: self.toggle_lock(),
            self.tr("Lock the chosen people to their table, or unlock them (Space or L in a table)"))
        self.move_left_action = self._action(
            self.tr("Move to Previous Table"), None, lambda: self.move_chosen(-1),
            self.tr("Move the chosen people to the previous table (Alt+Left in a table)"))
        self.move_right_action = self._action(
            self.tr("Move to Next Table"), None, lambda: self.move_chosen(1),
            self.tr("Move the chosen people to the next table (Alt+Right in a table)"))

        tools = QHBoxLayout()
        tools.addWidget(self.by_tables)
        tools.addWidget(self.table_count)
        tools.addSpacing(12)
        tools.addWidget(self.by_size)
        tools.addWidget(self.table_size)
        tools.addSpacing(12)
        self.balance_button = self._button(self.balance_action)
        self.shuffle_button = self._button(self.shuffle_action)
        self.rebalance_button = self._button(self.rebalance_action)
        for button in (self.balance_button, self.shuffle_button, self.rebalance_button):
            tools.addWidget(button)
        tools.addSpacing(12)
        tools.addWidget(self.preview, 1)

        self.problems_label = MessageLabel(self)
        self.problems_label.setObjectName("tablesProblems")
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.problems_label.setContentsMargins(6, 4, 6, 4)
        self.empty_label = MessageLabel(self)
        self.empty_label.setObjectName("tablesEmpty")
        self.empty_label.setFont(scaled_font(self.font(), 1.1))

        self.grid_holder = QWidget(self)
        self.grid_holder.setObjectName("tablesGrid")
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("tablesScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.grid_holder)
        self.scroll.viewport().installEventFilter(self)

        self.hint = QLabel(self.tr("Drag people between tables, or choose someone and press Alt+← or Alt+→. "
                                   "Space or L locks them to their table. Every change is saved at once; "
                                   "Ctrl+Z undoes it."), self)
        self.hint.setObjectName("tablesHint")
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.hint)
        layout.addStretch(0)  # takes the room while there are no tables, so that the rest stays at the top
        self.setTabOrder(self.by_tables, self.table_count)
        self.setTabOrder(self.table_count, self.by_size)
        self.setTabOrder(self.by_size, self.table_size)
        self.setTabOrder(self.table_size, self.balance_button)
        self.setTabOrder(self.balance_button, self.shuffle_button)
        self.setTabOrder(self.shuffle_button, self.rebalance_button)
        self._mode_changed()

    # -- building -----------------------------------------------------------------------------------

    def _action(self, text: str, keys: str | None, slot, tip: str) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        # Active while the tab (or anything in it) has the focus, so other tabs may use the same keys.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setStatusTip(tip)
        shown_keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shown_keys})" if shown_keys else tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAccessibleName(action.text())
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def _column(self, table: int) -> TableColumn:
        column = TableColumn(table, self.grid_holder)
        column.model.move_requested.connect(self.move_people, Qt.ConnectionType.QueuedConnection)
        column.view.installEventFilter(self)
        column.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.move_left_action, self.move_right_action, self.lock_action):
            column.view.addAction(action)
        return column

    def _set_columns(self, tables: int, unseated: bool) -> None:
        if len(self.columns) != tables:
            for column in self.columns[tables:]:
                column.setParent(None)
                column.deleteLater()
            self.columns = self.columns[:tables] + [self._column(n) for n in range(len(self.columns), tables)]
            self._per_row = 0
        if unseated and self.unseated_column is None:
            self.unseated_column = self._column(UNSEATED)
            self._per_row = 0
        elif not unseated and self.unseated_column is not None:
            self.unseated_column.setParent(None)
            self.unseated_column.deleteLater()
            self.unseated_column = None
            self._per_row = 0
        self._arrange()

    def shown_columns(self) -> list[TableColumn]:
        """The columns in keyboard order: the people at no table first (when there are any), then the tables."""
        return ([self.unseated_column] if self.unseated_column is not None else []) + self.columns

    def _arrange(self) -> None:
        """As many tables side by side as the width takes, the rows of tables as even as can be."""
        shown = self.shown_columns()
        if not shown:
            return
        widest = self.fontMetrics().averageCharWidth() * COLUMN_CHARS
        fits = max(1, self.scroll.viewport().width() // max(1, widest))
        rows = math.ceil(len(shown) / fits)
        per_row = math.ceil(len(shown) / rows)
        if per_row == self._per_row and all(self.grid.indexOf(column) >= 0 for column in shown):
            return
        self._per_row = per_row
        while self.grid.count():
            self.grid.takeAt(0)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        for number, column in enumerate(shown):
            self.grid.addWidget(column, number // per_row, number % per_row)
        for column in range(per_row):
            self.grid.setColumnStretch(column, 1)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        # The rows of tables keep their height; what is left of the view stays empty below them.
        self.grid.setRowStretch(rows, 1)
        previous = self.rebalance_button
        for column in shown:
            if previous is not None:
                QWidget.setTabOrder(previous, column.view)
            previous = column.view

    # -- WorkshopTab --------------------------------------------------------------------------------

    def load(self) -> None:
        activity_id = self.context.activity_id
        if not activity_id:
            self.groups, self.present = [], []
            self._set_columns(0, False)
            self.problems_label.clear()
            self.empty_label.clear()
            self._loaded_activity = ""
            self._update_actions()
            return
        store = self.context.store
        chosen, focused = self._chosen_state()
        self.minimum = women_minimum(store)
        self.present = store.groups.present(activity_id)
        self.groups = store.teams_view.table_groups(activity_id)
        if activity_id != self._loaded_activity:
            self._loaded_activity = activity_id
            self.seed = 0
            if self.groups:
                self.by_tables.setChecked(True)
                self.table_count.setValue(len(self.groups))
            else:
                self.table_count.setValue(tables_for_size(len(self.present), self.table_size.value()))
        present = {person.id: person for person in self.present}
        seated = {seat.participant_id for group in self.groups for seat in group.seats}
        gone = [person_id for person_id in seated if person_id not in present]
        people = dict(present)
        people.update({person.id: person for person in store.groups.people(gone)} if gone else {})
        organisation_ids = {person.organisation_id for person in people.values() if person.organisation_id}
        names = {key: record.name for key, record in store.organisations.get_many(organisation_ids).items()}

        def row(person: GroupPerson, member_id: str | None, locked: bool) -> SeatRow:
            return SeatRow(person, names.get(person.organisation_id or "", ""), member_id, locked,
                           person.id in present)

        unseated = [row(person, None, False) for person in self.present if person.id not in seated] \
            if self.groups else []
        self._set_columns(len(self.groups), bool(unseated))
        tallest = max([len(group.seats) for group in self.groups] + [len(unseated)] + [0])
        for column, group in zip(self.columns, self.groups):
            column.show_people([row(people[seat.participant_id], seat.member_id, seat.locked)
                                for seat in group.seats if seat.participant_id in people], self.minimum)
        if self.unseated_column is not None:
            self.unseated_column.show_people(unseated, self.minimum)
        for column in self.shown_columns():
            column.fit_rows(tallest)
        self._show_problems()
        self._show_empty_state()
        self._show_preview()
        self._update_actions()
        self._restore_choice(chosen, focused)

    def focus_first(self) -> None:
        for column in self.shown_columns():
            if column.model.rowCount():
                column.view.setFocus()
                if not column.view.currentIndex().isValid():
                    column.view.setCurrentIndex(column.model.index(0, 0))
                return
        (self.balance_button if self.balance_action.isEnabled() else self.table_count).setFocus()

    # -- showing ------------------------------------------------------------------------------------

    def _show_problems(self) -> None:
        problems, advice = self._problems.get(self._team_ids(), ([], []))
        lines = [f"⚠ {problem_text(problem, self.minimum)}" for problem in problems] + advice
        self.problems_label.setText("\n".join(lines))
        spoken = " ".join(line.removeprefix("⚠ ") for line in lines)
        self.problems_label.setAccessibleName(fill(self.tr("Problems with these tables: %1"), spoken) if lines else "")

    def _show_empty_state(self) -> None:
        if not self.present and not self.groups:
            self.empty_label.setText(self.tr("Check people in first — tables are made from those present."))
        elif not self.groups:
            self.empty_label.setText(fill(self.tr("No tables yet: choose how many, then press Balance (%1)."),
                                          self._keys(self.balance_action)))
        else:
            self.empty_label.clear()
        self.scroll.setVisible(bool(self.groups))
        self.hint.setVisible(bool(self.groups))

    def _show_preview(self) -> None:
        count = len(self.present)
        if not self.context.activity_id or not count:
            self.preview.setText("")
            return
        tables = self.tables_wanted(count)
        if count < tables:
            empty = tables - count
            text = (self.tr("%1 present → %2 tables: 1 stays empty") if empty == 1 else
                    self.tr("%1 present → %2 tables: %3 stay empty"))
            self.preview.setText(fill(text, labels.number(count), labels.number(tables), labels.number(empty)))
            return
        small, extra = divmod(count, tables)
        if tables == 1:
            text = fill(self.tr("%1 present → 1 table"), labels.number(count))
        elif extra:
            text = fill(self.tr("%1 present → %2 tables of %3–%4"), labels.number(count), labels.number(tables),
                        labels.number(small), labels.number(small + 1))
        else:
            text = fill(self.tr("%1 present → %2 tables of %3"), labels.number(count), labels.number(tables),
                        labels.number(small))
        self.preview.setText(text)

    def _size_changed(self) -> None:
        # The (inactive) number of tables follows, so that switching to it starts from the same split.
        if self.by_size.isChecked() and self.present:
            self.table_count.setValue(tables_for_size(len(self.present), self.table_size.value()))
        self._show_preview()

    def _mode_changed(self) -> None:
        by_tables = self.by_tables.isChecked()
        self.table_count.setEnabled(by_tables)
        self.table_size.setEnabled(not by_tables)
        self._show_preview()

    def _update_actions(self) -> None:
        anyone = bool(self.present)
        self.balance_action.setEnabled(anyone)
        self.shuffle_action.setEnabled(anyone)
        self.rebalance_action.setEnabled(anyone and bool(self.groups))
        seated = bool(self.groups)
        for action in (self.lock_action, self.move_left_action, self.move_right_action):
            action.setEnabled(seated)

    @staticmethod
    def _keys(action: QAction) -> str:
        return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    def _team_ids(self) -> tuple[str, ...]:
        return tuple(group.team_id for group in self.groups)

    # -- what is chosen -----------------------------------------------------------------------------

    def focused_column(self) -> TableColumn | None:
        for column in self.shown_columns():
            if column.view.hasFocus():
                return column
        return None

    def chosen_rows(self) -> list[SeatRow]:
        """The people chosen in the table that has the focus (or, without focus, in any table)."""
        focused = self.focused_column()
        columns = [focused] if focused is not None else self.shown_columns()
        rows: list[SeatRow] = []
        for column in columns:
            indexes = column.view.selectionModel().selectedIndexes()
            if not indexes and column is focused and column.view.currentIndex().isValid():
                indexes = [column.view.currentIndex()]
            rows += [index.data(SeatRole) for index in sorted(indexes, key=lambda index: index.row())]
        return rows

    def choose(self, participant_ids: Iterable[str]) -> None:
        """Choose people in their tables and put the focus on the first one's table (as a click would)."""
        wanted = list(participant_ids)
        first = None
        for column in self.shown_columns():
            selection = column.view.selectionModel()
            selection.clearSelection()
            for person_id in wanted:
                row = column.model.row_of(person_id)
                if row is None:
                    continue
                index = column.model.index(row, 0)
                selection.select(index, QItemSelectionModel.SelectionFlag.Select)
                if first is None:
                    first = column
                    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        if first is not None:
            first.view.setFocus()

    def _chosen_state(self) -> tuple[list[str], int | None]:
        """Who is chosen in the table with the focus, to choose again once the tables are read anew."""
        if self._focus_after is not None:
            ids, table = self._focus_after
            self._focus_after = None
            return ids, table
        focused = self.focused_column()
        if focused is None:
            return [], None
        return [row.person.id for row in self.chosen_rows()], focused.table

    def _restore_choice(self, chosen: list[str], table: int | None) -> None:
        if table is None:
            return
        if chosen:
            self.choose(chosen)
        column = next((column for column in self.shown_columns() if column.table == table), None)
        if column is not None and not column.view.hasFocus():
            column.view.setFocus()

    # -- proposals ----------------------------------------------------------------------------------

    def tables_wanted(self, people: int) -> int:
        if self.by_tables.isChecked():
            return self.table_count.value()
        return tables_for_size(people, self.table_size.value())

    def shuffle(self) -> None:
        self.seed += 1
        self.balance(keep_locks=True, text=self.tr("Shuffle tables"))

    def balance(self, keep_locks: bool = False, text: str = "") -> bool:
        """Propose tables for everyone present and save them in place of the earlier ones."""
        activity_id = self.context.activity_id
        if not activity_id:
            return False
        store = self.context.store
        self.minimum = women_minimum(store)
        present = store.groups.present(activity_id)
        if not present:
            self.empty_label.setText(self.tr("Check people in first — tables are made from those present."))
            return False
        groups = store.teams_view.table_groups(activity_id)
        here = {person.id for person in present}
        locked = {seat.participant_id: number for number, group in enumerate(groups)
                  for seat in group.seats if seat.locked and seat.participant_id in here} if keep_locks else {}
        tables = self.tables_wanted(len(present))
        result: Balance = balance_tables(present, tables, self.minimum, self.seed, locked)
        kept = {person_id for person_id, table in locked.items() if result.table_of(person_id) == table}
        if not text:
            text = self.tr("Re-balance tables") if keep_locks else self.tr("Balance tables")
        new = replace_tables(activity_id, groups, result.tables, kept, text)
        self._problems[new.team_ids] = (result.problems, self._advice(present, result))
        while len(self._problems) > KEPT_PROPOSALS:
            del self._problems[next(iter(self._problems))]
        if not self.context.do(new.command):
            return False
        self.context.show_status(fill(self.tr("%1 tables for %2 present, saved as the activity's table groups."),
                                      labels.number(tables), labels.number(len(present))))
        return True

    def _advice(self, present: Sequence[GroupPerson], result: Balance) -> list[str]:
        """What would make the minimum reachable at every table, when the room does not allow it."""
        if not any(problem.kind == ProblemKind.NOT_ENOUGH_WOMEN for problem in result.problems):
            return []
        women = sum(gender_of(person) == Gender.WOMAN for person in present)
        fewer = fewer_tables_that_work(len(present), women, len(result.tables), self.minimum)
        if fewer is None:
            return [fill(self.tr("No number of tables lets every table reach %1 women with these people."),
                         minimum_text(self.minimum))]
        text = (self.tr("At 1 table the room reaches %2 women.") if fewer == 1 else
                self.tr("With %1 tables every table can reach %2 women."))
        return [fill(text, labels.number(fewer), minimum_text(self.minimum))]

    # -- moves and locks ----------------------------------------------------------------------------

    def move_people(self, participant_ids: Sequence[str], table: int) -> bool:
        """Seat people at ``table`` (a number from 0, or UNSEATED to take them off their tables)."""
        if table != UNSEATED and not 0 <= table < len(self.groups):
            return False
        seats = {seat.participant_id: seat.member_id for group in self.groups for seat in group.seats}
        team_id = self.groups[table].team_id if table != UNSEATED else None
        moves = {person_id: (seats.get(person_id), team_id) for person_id in participant_ids}
        names = {row.person.id: row.person.full_name for column in self.shown_columns() for row in column.model.rows}
        where = table_name(table + 1) if table != UNSEATED else self.tr("no table")
        if len(participant_ids) == 1:
            text = fill(self.tr("Move %1 to %2"), names.get(participant_ids[0], ""), where)
        else:
            text = fill(self.tr("Move %1 to %2"), people_count(len(participant_ids)), where)
        command = seat_moves(self.context.store, moves, text)
        if command is None:
            return False
        self._focus_after = (list(participant_ids), table)
        if not self.context.do(command):
            self._focus_after = None
            return False
        return True

    def move_chosen(self, step: int) -> bool:
        rows = self.chosen_rows()
        if not rows:
            return False
        order = [column.table for column in self.shown_columns()]
        focused = self.focused_column()
        here = focused.table if focused is not None else next(
            column.table for column in self.shown_columns() if column.model.row_of(rows[0].person.id) is not None)
        position = order.index(here) + step
        if not 0 <= position < len(order):
            self.context.show_status(self.tr("There is no table further that way."))
            return False
        return self.move_people([row.person.id for row in rows], order[position])

    def toggle_lock(self, rows: Sequence[SeatRow] | None = None) -> bool:
        """Lock the chosen people to their table; when all of them are locked, unlock them."""
        rows = [row for row in (self.chosen_rows() if rows is None else rows) if row.member_id]
        if not rows:
            return False
        lock = not all(row.locked for row in rows)
        if len(rows) == 1:
            text = fill(self.tr("Lock %1 to the table") if lock else self.tr("Unlock %1"), rows[0].person.full_name)
        else:
            text = fill(self.tr("Lock %1 to their tables") if lock else self.tr("Unlock %1"), people_count(len(rows)))
        command = lock_changes(rows, lock, text)
        if command is None:
            return False
        focused = self.focused_column()
        if focused is not None:
            self._focus_after = ([row.person.id for row in rows], focused.table)
        if not self.context.do(command):
            self._focus_after = None
            return False
        return True

    # -- keys and sizes -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._arrange()
            return False
        if not isinstance(event, QKeyEvent) or event.type() not in (QEvent.Type.KeyPress,
                                                                     QEvent.Type.ShortcutOverride):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        alt_arrow = modifiers == Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Left,
                                                                                    Qt.Key.Key_Right)
        lock_key = modifiers == Qt.KeyboardModifier.NoModifier and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_L)
        if not (alt_arrow or lock_key):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            # Alt+← is also "Back to the activities" on the page: in a table it moves the person instead.
            event.accept()
            return True
        if alt_arrow:
            self.move_chosen(-1 if event.key() == Qt.Key.Key_Left else 1)
        else:
            self.toggle_lock()
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange()
