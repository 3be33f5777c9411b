"""One section's list: a search box that filters as you type, a count, and the table of records."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QStyle, QTableView, QVBoxLayout, QWidget

from ..store.listing import ListQuery
from .forms import load_form, part
from .list_filters import ListFilters
from .models import RecordListModel
from .sections import Section, section_text
from .settings import list_header_key, read_bytes

#: Wait this long after the last key before asking the database, so fast typing stays smooth.
SEARCH_DELAY_MS = 150


class ListPage(QWidget):
    #: The record now selected (its id), or ``None`` when nothing is.
    current_record_changed = Signal(object)
    #: The count text changed ("3 of 120 participants").
    count_changed = Signal(str)
    #: A record was double-clicked (or activated) in the list: open it.
    open_requested = Signal(str)
    #: The rows chosen changed (one or several).
    selection_changed = Signal()
    #: A right-click on the list, at this global position.
    menu_requested = Signal(QPoint)

    def __init__(self, section: Section, query: ListQuery, parent: QWidget | None = None):
        super().__init__(parent)
        assert section.list_name is not None
        self.section = section
        self.setObjectName(f"{section.key}Page")
        self.form = load_form("list_page", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)

        self.search_box: QLineEdit = part(self.form, QLineEdit, "searchBox")
        self.count_label: QLabel = part(self.form, QLabel, "countLabel")
        self.table: QTableView = part(self.form, QTableView, "recordTable")

        name = section.name
        self.search_box.setPlaceholderText(section_text(section.placeholder))
        self.search_box.setAccessibleName(self.tr("Search %1").replace("%1", name.lower()))
        self.table.setAccessibleName(self.tr("%1 list").replace("%1", name))

        self.model = RecordListModel(section.columns, query, self)
        self.table.setModel(self.model)
        self._set_up_table()

        filter_bar = part(self.form, QWidget, "filterBar")
        self.filters = ListFilters(section.filters, filter_bar)
        filter_bar.layout().addWidget(self.filters)
        filter_bar.setVisible(bool(section.filters))
        self.filters.changed.connect(self.model.set_filters)
        self._tag_bar = None
        self.table.activated.connect(self._activated)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.menu_requested.emit(self.table.viewport().mapToGlobal(pos)))

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.installEventFilter(self)

        self._stale = False  # changed while hidden: to be read again when shown
        self._selected_id: str | None = None
        self._kept_id: str | None = None  # the selection across a reset of the model
        self._kept_ids: list[str] = []
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.counts_changed.connect(self._update_count)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self._update_count()

    def _set_up_table(self) -> None:
        table = self.table
        metrics = table.fontMetrics()
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(metrics.averageCharWidth() * 4)
        self._set_column_widths(metrics.averageCharWidth() * 110)
        self._widths_known = False  # until the user's own widths are restored or the columns fit the view
        key, descending = self.model.sort_key()
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(self.model.column_of(key), order)
        # Clicking a header now calls model.sort(), which asks SQL for the new order.
        table.setSortingEnabled(True)

    # -- the database ----------------------------------------------------------------------------

    def set_query(self, query: ListQuery) -> None:
        """The same list in another database: start again, keeping the search and the order."""
        self._selected_id = None
        self._stale = False
        self.model.set_query(query)

    def refresh(self) -> None:
        if self.window().isVisible() and not self.isVisible():
            # Hidden behind another section or the workshop: read again when shown. A check-in at the
            # door otherwise paid for reading the activities' first page (60 ms at ten years) every time.
            self._stale = True
            return
        self._stale = False
        self.model.refresh()

    def detach(self) -> None:
        """Let go of the database (the window is closing): a search still waiting must not run on it."""
        self._search_timer.stop()
        self.model.set_query(None)

    # -- searching -------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _apply_search(self) -> None:
        self.model.set_search(self.search_box.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Straight from the search to the results, without waiting or reaching for the mouse.
                self._search_timer.stop()
                self._apply_search()
                if self.model.rowCount():
                    self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                    if not self.table.currentIndex().isValid():
                        self.select_row(0)
                    return True
        return super().eventFilter(watched, event)

    # -- counts ----------------------------------------------------------------------------------

    def count_text(self) -> str:
        model = self.model
        if model.total_count == 0:
            return section_text(self.section.empty)
        if model.is_narrowed:
            return self.section.count_text(model.matching_count, model.total_count)
        return self.section.count_text(model.matching_count)

    def _update_count(self) -> None:
        text = self.count_text()
        self.count_label.setText(text)
        self.count_label.setAccessibleDescription(text)
        self.count_changed.emit(text)

    # -- selection -------------------------------------------------------------------------------

    @property
    def selected_id(self) -> str | None:
        """The record of the current row (the one its page shows)."""
        return self._selected_id

    def selected_ids(self) -> list[str]:
        """Every chosen record, in the list's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        ids = [self.model.record_id(row) for row in rows]
        return [record_id for record_id in ids if record_id]

    def select_id(self, record_id: str | None) -> bool:
        """Make a record the current row, if the list has loaded it; ``None`` clears the choice."""
        if record_id is None:
            self.clear_selection()
            return True
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def clear_selection(self) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)

    def tab_chain(self) -> list[QWidget]:
        """This page's controls in the order Tab visits them."""
        return [self.search_box, *self.filters.combos.values(), self.table]

    @property
    def tag_bar(self):
        """The bar that adds a tag to the chosen records, built when first needed."""
        if self._tag_bar is None:
            from .tag_bar import TagBar

            self._tag_bar = TagBar(self.form)
            self.form.layout().insertWidget(self.form.layout().indexOf(self.table), self._tag_bar)
            self._tag_bar.closed.connect(lambda: self.table.setFocus(Qt.FocusReason.OtherFocusReason))
        return self._tag_bar

    def _activated(self, index: QModelIndex) -> None:
        record_id = self.model.record_id(index.row()) if index.isValid() else None
        if record_id:
            self.open_requested.emit(record_id)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = self.model.record_id(current.row()) if current.isValid() else None
        if record_id != self._selected_id:
            self._selected_id = record_id
            self.current_record_changed.emit(record_id)

    def _remember_selection(self) -> None:
        self._kept_id = self._selected_id
        self._kept_ids = self.selected_ids()

    def _restore_selection(self) -> None:
        # A search, a new order or a change keeps the chosen records when they are still in the list.
        kept, self._kept_id = self._kept_id, None
        others, self._kept_ids = self._kept_ids, []
        row = self.model.row_of(kept) if kept else None
        if row is not None:
            self.select_row(row)
            selection = self.table.selectionModel()
            for other in others:
                other_row = self.model.row_of(other)
                if other_row is not None and other_row != row:
                    selection.select(self.model.index(other_row, 0),
                                     QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        elif self._selected_id is not None:
            self._selected_id = None
            self.current_record_changed.emit(None)

    # -- remembered layout -----------------------------------------------------------------------

    @property
    def columns_fitted(self) -> bool:
        """Whether the columns have their widths: the user's own, or fitted to the view when first shown."""
        return self._widths_known

    def save_state(self, settings: QSettings) -> None:
        if not self._widths_known:
            return  # never shown: its starting widths are no choice of the user's
        settings.setValue(list_header_key(self.section.list_name or self.section.key),
                          self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = read_bytes(settings, list_header_key(self.section.list_name or self.section.key))
        if state is not None and self.table.horizontalHeader().restoreState(state):
            self._widths_known = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        if not self._widths_known:
            # Once laid out, the view's width is known: share it among the columns by their weights.
            QTimer.singleShot(0, self._fit_columns)

    def _fit_columns(self) -> None:
        available = self.table.viewport().width()
        scroll_bar = self.table.verticalScrollBar()
        if not scroll_bar.isVisible():
            # The scroll bar may appear only after this; keep its room so no column hides under it.
            available -= self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, scroll_bar)
        if self._widths_known or available <= 0:
            return
        self._widths_known = True
        self._set_column_widths(available)

    def _set_column_widths(self, available: int) -> None:
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        # A heading and a usual value are never cut (room for the text and the sort arrow); beyond that, the columns
        # share the width by their weights, and the wide ones give way first when it is short.
        cell = self.table.fontMetrics()
        floors = [
            max(metrics.horizontalAdvance(column.header) + 24, cell.horizontalAdvance(column.sample) + 14)
            for column in self.section.columns
        ]
        total = sum(column.width for column in self.section.columns)
        widths = [max(floor, available * column.width // total) for floor, column in zip(floors, self.section.columns)]
        excess = sum(widths) - available
        give = sum(width - floor for width, floor in zip(widths, floors))
        if excess > 0 and give > 0:
            widths = [width - excess * (width - floor) // give for width, floor in zip(widths, floors)]
        widths[-1] = max(floors[-1], available - sum(widths[:-1]))
        overflow = sum(widths) - available  # what the rounding above left over
        widest = max(range(len(widths)), key=lambda n: widths[n] - floors[n])
        if overflow > 0:
            widths[widest] = max(floors[widest], widths[widest] - overflow)
        for number, width in enumerate(widths):
            header.resizeSection(number, width)
