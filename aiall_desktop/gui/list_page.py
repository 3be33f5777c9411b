"""One section's list: a search box that filters as you type, a count, and the table of records."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QStyle, QTableView, QVBoxLayout, QWidget

from ..store.listing import ListQuery
from .forms import load_form, part
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

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.installEventFilter(self)

        self._selected_id: str | None = None
        self._kept_id: str | None = None  # the selection across a reset of the model
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.counts_changed.connect(self._update_count)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
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
        self.model.set_query(query)

    def refresh(self) -> None:
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
        if model.search_text.strip():
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
        return self._selected_id

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

    def _restore_selection(self) -> None:
        # A search or a new order keeps the record in view when it is still in the list.
        kept, self._kept_id = self._kept_id, None
        row = self.model.row_of(kept) if kept else None
        if row is not None:
            self.select_row(row)
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
