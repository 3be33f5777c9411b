"""The Reports section: the register's counts and the diversity dashboard, one tab each."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QToolButton, QVBoxLayout, QWidget

from ..store import Store
from .dashboard_page import DashboardPage
from .overview_page import OverviewPage


class ReportsPage(QWidget):
    #: The dashboard asks to open an activity (from its table of activities below the minimum).
    activity_requested = Signal(str)

    def __init__(self, store: Store | Callable[[], Store], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportsPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reportsTabs")
        self.tabs.setAccessibleName(self.tr("Reports"))
        self.tabs.setDocumentMode(True)
        self.overview = OverviewPage(self.tabs)
        self.dashboard = DashboardPage(store, self.tabs)
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.addTab(self.dashboard, self.tr("&Diversity dashboard"))
        layout.addWidget(self.tabs)
        self.dashboard.activity_requested.connect(self.activity_requested)

    def add_print_actions(self, actions: Sequence[QAction]) -> None:
        """Buttons for the printed reports of a period, beside the tabs (the same commands as File → Print)."""
        corner = QWidget(self.tabs)
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 6, 0)
        for action in actions:
            button = QToolButton(corner)
            button.setDefaultAction(action)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            row.addWidget(button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)

    def show_counts(self, counts: Mapping[str, int], database: str) -> None:
        """The section was chosen: fresh counts, and the dashboard reads again (now if it shows, else later)."""
        self.overview.show_counts(counts, database)
        self.dashboard.mark_stale()

    def count_shown(self, table: str) -> str:
        return self.overview.count_shown(table)

    def show_dashboard(self) -> None:
        self.tabs.setCurrentWidget(self.dashboard)

    def stop(self) -> None:
        self.dashboard.stop()
