"""One table model for every list of records: searched, sorted and paged in SQL.

A list may hold tens of thousands of rows, so the model never loads a table whole: it keeps the rows
fetched so far and asks the store for the next page when the view scrolls near the end
(``canFetchMore``/``fetchMore``). Searching and sorting start again from the first page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from ...domain.diversity import DEFAULT_MINIMUM, as_fraction
from ...store.listing import ListQuery
from ...store.settings import Settings
from .. import labels
from ..composition import figures, wording
from ..sections import ListColumn, Show

#: The record's id (UUID text), on every cell of its row.
RecordIdRole = Qt.ItemDataRole.UserRole + 1
#: The value as the store keeps it (a code, a number, JSON text), before it is made readable.
ValueRole = Qt.ItemDataRole.UserRole + 2

PAGE_SIZE = 200

_Index = QModelIndex | QPersistentModelIndex

_SHOW: dict[Show, Callable[[Any], str]] = {
    Show.TEXT: lambda value: "" if value is None else str(value),
    Show.NUMBER: labels.number,
    Show.GENDER: lambda value: labels.label(labels.GENDERS, value),
    Show.SECTOR: lambda value: labels.label(labels.SECTORS, value),
    Show.SIZE_CLASS: lambda value: labels.label(labels.SIZE_CLASSES, value),
    Show.ACTIVITY_KIND: lambda value: labels.label(labels.ACTIVITY_KINDS, value),
    Show.CASE_STAGE: lambda value: labels.label(labels.CASE_STAGES, value),
    Show.AREAS: labels.areas_text,
    Show.WOMEN_SHARE: lambda value: women_share_text(value, as_fraction(DEFAULT_MINIMUM)),
}


def women_share_text(value: str | None, minimum: Fraction) -> str:
    """"✓ 31 %" for an Activities row's ``[women, present, not stated]``; "" when nobody is present."""
    counts = figures.parse_present_genders(value)
    if counts is None:
        return ""
    c = figures.from_counts(*counts, minimum)
    return f"{wording.SYMBOLS[c.verdict]} {wording.share_text(c.women_share, c.minimum)}"


def women_share_tooltip(value: str | None, minimum: Fraction) -> str:
    """What the figure is, and the reason for its symbol in full words."""
    explained = QCoreApplication.translate(
        "RecordListModel", "Women among the people present; people who have not stated a gender are "
                           "counted too. The minimum is %1.").replace("%1", wording.minimum_text(minimum))
    counts = figures.parse_present_genders(value)
    if counts is None:
        return QCoreApplication.translate("RecordListModel", "Nobody is checked in yet.") + "\n" + explained
    c = figures.from_counts(*counts, minimum)
    return wording.reason_text(c, wording.group_name(wording.Group.PRESENT)) + "\n" + explained


class RecordListModel(QAbstractTableModel):
    """The rows of one ``ListQuery``, one page at a time.

    ``columns`` chooses and orders what is shown; each column key must be one of the query's own.
    """

    #: After every reset: the numbers behind "N of M" changed.
    counts_changed = Signal()

    def __init__(
        self,
        columns: Sequence[ListColumn],
        query: ListQuery | None = None,
        parent=None,
        *,
        page_size: int = PAGE_SIZE,
    ):
        super().__init__(parent)
        self._columns = tuple(columns)
        self._page_size = page_size
        self._query: ListQuery | None = None
        self._positions: list[int] = []  # where each shown column sits in the query's row tuples
        self._rows: list[tuple[Any, ...]] = []
        self._search = ""
        self._filters: dict[str, Any] = {}
        self._order_key: str | None = None
        self._descending: bool | None = None
        self._matching = 0
        self._total = 0
        #: Whether ``_total`` is still the list's size: a search or a filter does not change it, only new data.
        self._total_known = False
        #: The register's minimum share of women, read again with every reload (the setting may change).
        self._women_minimum = as_fraction(DEFAULT_MINIMUM)
        if query is not None:
            self.set_query(query)

    # -- what the list is ------------------------------------------------------------------------

    @property
    def columns(self) -> tuple[ListColumn, ...]:
        return self._columns

    @property
    def query(self) -> ListQuery | None:
        return self._query

    def column_of(self, key: str) -> int:
        for number, column in enumerate(self._columns):
            if column.key == key:
                return number
        raise KeyError(key)

    def set_query(self, query: ListQuery | None) -> None:
        """Show another list, or the same list in another database (after New/Open)."""
        if query is not None:
            keys = query.spec.keys
            unknown = [c.key for c in self._columns if c.key not in keys]
            if unknown:
                raise ValueError(f"list {query.spec.name!r} has no column {', '.join(unknown)}")
            self._positions = [keys.index(c.key) + 1 for c in self._columns]  # +1: the id comes first
        self._query = query
        self._total_known = False
        self._reload()

    # -- searching and sorting, both in SQL ------------------------------------------------------

    @property
    def search_text(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        if text == self._search:
            return
        self._search = text
        self._reload()

    @property
    def filters(self) -> dict[str, Any]:
        return dict(self._filters)

    def set_filters(self, filters: dict[str, Any]) -> None:
        """Narrow the list to records with these values (see ``ListQuery``'s ``filters``)."""
        if filters == self._filters:
            return
        self._filters = dict(filters)
        self._reload()

    @property
    def is_narrowed(self) -> bool:
        """Whether a search or a filter hides some of the records."""
        return bool(self._search.strip() or self._filters)

    def sort_key(self) -> tuple[str, bool]:
        """The column key and direction the rows are in (the list's default until the user sorts)."""
        if self._query is None:
            return (self._order_key or self._columns[0].key, bool(self._descending))
        default_key, default_descending = self._query.spec.default_order
        key = self._order_key or default_key
        descending = default_descending if self._descending is None else self._descending
        return key, descending

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        unchanged = (key, descending) == self.sort_key()
        self._order_key = key
        self._descending = descending
        if unchanged:
            return  # the view's first sort() names the order the rows are in already: no second load
        self._reload(count=False)  # the same records in another order: the counts stand

    def refresh(self) -> None:
        """Read again from the first page (the data may have changed)."""
        self._total_known = False
        self._reload()

    # -- counts ----------------------------------------------------------------------------------

    @property
    def matching_count(self) -> int:
        """Records that match the search and the filters (all of them when there are none)."""
        return self._matching

    @property
    def total_count(self) -> int:
        """Records in the list before any search or filter."""
        return self._total

    @property
    def loaded_count(self) -> int:
        return len(self._rows)

    # -- rows ------------------------------------------------------------------------------------

    def record_id(self, row: int) -> str | None:
        if 0 <= row < len(self._rows):
            return self._rows[row][0]
        return None

    def row_of(self, record_id: str) -> int | None:
        """The row of a record among those loaded so far."""
        for number, row in enumerate(self._rows):
            if row[0] == record_id:
                return number
        return None

    def _reload(self, *, count: bool = True) -> None:
        """Read the first page again; ``count``: also count the matching records (not needed for a new order)."""
        self.beginResetModel()
        self._rows = []
        if self._query is None:
            self._matching = self._total = 0
            self._total_known = False
        else:
            if any(column.show is Show.WOMEN_SHARE for column in self._columns):
                self._women_minimum = figures.minimum_setting(Settings(self._query.db))
            if count:
                self._matching = self._query.count(self._search, self._filters)
                if not self.is_narrowed:
                    self._total, self._total_known = self._matching, True
                elif not self._total_known:
                    # Counted once per change of the data, not at every key typed into the search.
                    self._total, self._total_known = self._query.count(), True
            self._rows = self._page(0)
        self.endResetModel()
        self.counts_changed.emit()

    def _page(self, offset: int) -> list[tuple[Any, ...]]:
        assert self._query is not None
        key, descending = self.sort_key()
        return self._query.rows(
            self._search, order_by=key, descending=descending, offset=offset, limit=self._page_size,
            filters=self._filters,
        )

    # -- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._query is not None and len(self._rows) < self._matching

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._page(len(self._rows))
        if not page:
            # Someone else's deletions since the count: stop asking rather than loop.
            self._matching = len(self._rows)
            self.counts_changed.emit()
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        value = row[self._positions[index.column()]]
        if column.show is Show.WOMEN_SHARE and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                                        Qt.ItemDataRole.AccessibleTextRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return women_share_text(value, self._women_minimum)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return women_share_tooltip(value, self._women_minimum).split("\n")[0]
            return women_share_tooltip(value, self._women_minimum)
        if role == Qt.ItemDataRole.DisplayRole:
            return _SHOW[column.show](value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.show in (Show.NUMBER, Show.WOMEN_SHARE):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == RecordIdRole:
            return row[0]
        if role == ValueRole:
            return value
        return None

    def _tooltip(self, column: ListColumn, value: Any) -> str | None:
        text = _SHOW[column.show](value)
        if column.show is Show.AREAS and labels.is_intersection(labels.area_codes(value)):
            return self.tr("%1\n* An intersection case: it spans two or more areas.").replace("%1", text)
        return text or None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.ToolTipRole and column.show is Show.WOMEN_SHARE:
            return self.tr("Women among the people present: ✓ at least %1, ? below unless people who have not "
                           "stated a gender are women, ✗ below %1").replace(
                "%1", wording.minimum_text(self._women_minimum))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.header
        if role == Qt.ItemDataRole.TextAlignmentRole and column.show in (Show.NUMBER, Show.WOMEN_SHARE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
