"""The project's diversity dashboard: how a period's activities did against the women minimum.

For a chosen period it shows how many activities reached the minimum, every activity's women share
against the line at the minimum, the share month by month, the activities below the line (a table;
double-click or Enter opens one) and who was present over the whole period.

A year of a busy project (5,000 activities, 250,000 attendance rows) takes about two seconds to read
and count, so the figures are read by a :class:`~aiall_desktop.gui.jobs.Job` on a thread of its own;
the window stays usable, a progress bar says it is busy, and a result for a period the user has since
left is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
import math
from datetime import date as Date
from datetime import datetime
from datetime import time as Time
from fractions import Fraction
from typing import Any

import shiboken6
from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPointF,
    QSortFilterProxyModel,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QCursor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..domain.diversity import ActivityFigure, Composition, PeriodSummary, Verdict, composition, period_summary
from ..store import Store
from . import labels
from .composition.charts import BLUE, ORANGE, PURPLE, VERMILLION, marker_image, percent, style_axis, style_chart
from .composition.panel import CompositionPanel
from .errors import report_error
from .jobs import Job
from .style import scaled_font

#: How long the period may stay unchanged before it is read: typing "2024" into the year is one change.
SETTLE_MS = 300
#: The steps the reading job reports.
STEPS = 4
#: Reading jobs until they end, whatever became of the page that started them: a job's thread must
#: never be deleted while it runs.
_RUNNING: set[Job] = set()


# -- the figures, read off the UI thread -------------------------------------------------------------


@dataclass(frozen=True)
class ActivityRow:
    """One activity of the period as the dashboard shows it, worked out on the job's thread.

    The values the window sorts and plots are plain attributes: computing shares and verdicts of
    thousands of activities on the UI thread (as the table sorts, as the chart is filled) would stall it.
    """

    activity_id: str
    date: str
    title: str
    composition: Composition
    verdict: Verdict
    people: int
    women: int
    not_stated: int
    women_share: Fraction | None
    possible_share: Fraction | None
    #: Where the activity's mark goes: local noon of its day in ms since the epoch, and the women share
    #: in percent rounded down to a tenth (as the texts show it).
    x: float
    y: float

    @classmethod
    def of(cls, figure: ActivityFigure, title: str, noon: Callable[[str], float]) -> ActivityRow:
        c = figure.composition
        share = c.women_share
        return cls(figure.activity_id, figure.date, title, c, c.verdict, c.people, c.women, c.not_stated,
                   share, c.possible_share, noon(figure.date), share_percent(share))


def share_percent(share: Fraction | None) -> float:
    """A share in percent for a chart, rounded down to a tenth (as the texts show it); 0 for none."""
    return math.floor(share * 1000) / 10 if share is not None else 0.0


def _noon_clock() -> Callable[[str], float]:
    """Local noon of an ISO day in ms since the epoch (what QDateTimeAxis reads), each day worked out once.

    Noon, so that no time zone puts a mark on the day before or after.
    """
    known: dict[str, float] = {}

    def noon(day: str) -> float:
        value = known.get(day)
        if value is None:
            value = known[day] = datetime.combine(Date.fromisoformat(day), Time(12)).timestamp() * 1000
        return value

    return noon


@dataclass(frozen=True)
class DashboardFigures:
    start: str
    end: str
    summary: PeriodSummary
    #: Everyone present at any activity of the period, each person once.
    everyone: Composition
    #: Every activity of the period, in date order (the summary's order).
    activities: list[ActivityRow]

    @property
    def below(self) -> list[ActivityRow]:
        """The activities under the line: failing, or undetermined for want of stated genders."""
        return [row for row in self.activities if row.verdict in (Verdict.FAILS, Verdict.UNDETERMINED)]


def read_figures(store: Store, start: str, end: str, report: Callable[[int, int], None] = lambda d, t: None,
                 cancelled: Callable[[], bool] = lambda: False) -> DashboardFigures | None:
    """Read and count the period (both dates included); ``None`` when cancelled on the way."""
    minimum = store.settings.get("women_minimum")
    report(0, STEPS)
    groups = store.groups.activities_between(start, end)
    if cancelled():
        return None
    report(1, STEPS)
    summary = period_summary(groups, minimum)
    if cancelled():
        return None
    report(2, STEPS)
    everyone = composition((person for group in groups for person in group.people), minimum)
    if cancelled():
        return None
    report(3, STEPS)
    titles = {record_id: activity.title
              for record_id, activity in store.activities.get_many(f.activity_id for f in summary.activities).items()}
    noon = _noon_clock()
    rows = [ActivityRow.of(f, titles.get(f.activity_id, ""), noon) for f in summary.activities]
    report(STEPS, STEPS)
    return DashboardFigures(start, end, summary, everyone, rows)


def default_year(store: Store, today: Date) -> int:
    """This year, or the year of the latest activity when the register holds none this year.

    Two one-row reads (the latest and the earliest activity): a register that starts and ends around
    this year is taken to have activities in it.
    """
    latest = store.activities.list(order_by="date", descending=True, limit=1)
    if not latest:
        return today.year
    latest_year = int(latest[0].date[:4])
    if latest_year == today.year:
        return today.year
    if latest_year < today.year:
        return latest_year
    earliest = store.activities.list(order_by="date", limit=1)
    return today.year if int(earliest[0].date[:4]) <= today.year else latest_year


# -- the table of activities below the line ----------------------------------------------------------


class BelowModel(QAbstractTableModel):
    """The activities under the line; sorts on the values, shows them as text."""

    COLUMNS = ("date", "title", "present", "women", "not_stated", "share")
    SORT_ROLE = Qt.ItemDataRole.UserRole
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ActivityRow] = []
        self._headers = {
            "date": self.tr("Date"),
            "title": self.tr("Activity"),
            "present": self.tr("Present"),
            "women": self.tr("Women"),
            "not_stated": self.tr("Gender not stated"),
            "share": self.tr("Women share"),
        }

    def set_rows(self, rows: list[ActivityRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def activity_id(self, row: int) -> str:
        return self._rows[row].activity_id

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    @staticmethod
    def _value(row: ActivityRow, column: str) -> Any:
        if column == "title":
            return row.title
        if column == "present":
            return row.people
        if column == "share":
            return row.women_share
        return getattr(row, column)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == self.SORT_ROLE:
            if column == "share":
                return row.y
            return self._value(row, column)
        if role == self.ID_ROLE:
            return row.activity_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = self._value(row, column)
            if column == "share":
                # Said in words, not by colour: an undetermined one might pass once the genders are known.
                return self.share_text(value, row.possible_share if row.verdict == Verdict.UNDETERMINED else None)
            return labels.number(value) if isinstance(value, int) else value
        if role == Qt.ItemDataRole.ToolTipRole and column == "share" and row.verdict == Verdict.UNDETERMINED:
            return self.tr("Below the minimum, but some people have not stated a gender: "
                           "the share could reach %1.").replace("%1", percent(row.possible_share, 1, floor=True))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("present", "women", "not_stated", "share"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def share_text(self, share: Fraction | None, possible: Fraction | None = None) -> str:
        """"12.5 %", or "12.5 % (up to 37.5 %)" when unstated genders could lift it."""
        text = percent(share, 1, floor=True)
        if possible is not None:
            text += " " + self.tr("(up to %1)").replace("%1", percent(possible, 1, floor=True))
        return text

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[self.COLUMNS[section]]
        return None


# -- the page ------------------------------------------------------------------------------------------


class DashboardPage(QWidget):
    #: The user asked to open an activity (double-click or Enter in the table).
    activity_requested = Signal(str)
    #: New figures are on screen (after every read).
    figures_shown = Signal()

    def __init__(self, store: Store | Callable[[], Store], parent: QWidget | None = None, *,
                 today: Callable[[], Date] = Date.today):
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._store = store if callable(store) and not isinstance(store, Store) else (lambda: store)
        self._today = today
        self._figures: DashboardFigures | None = None
        self._jobs: set[Job] = set()
        self._generation = 0
        self._stale = True
        self._points: dict[tuple[float, float], list[ActivityRow]] = {}

        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.refresh)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        body.setObjectName("dashboardBody")
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)

        layout.addLayout(self._build_period_bar(body))
        self.headline = QLabel(body)
        self.headline.setObjectName("dashboardHeadline")
        self.headline.setFont(scaled_font(self.font(), 1.35, bold=True))
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(body)
        self.note.setObjectName("dashboardNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.headline)
        layout.addWidget(self.note)

        charts = QHBoxLayout()
        charts.setSpacing(12)
        self.activity_chart, self.activity_view, self.activity_caption = self._chart_box(
            "activityShares", self.tr("Women share of every activity"))
        self.trend_chart, self.trend_view, self.trend_caption = self._chart_box(
            "monthTrend", self.tr("Women share month by month"))
        charts.addWidget(self.activity_view.parentWidget(), 1)
        charts.addWidget(self.trend_view.parentWidget(), 1)
        layout.addLayout(charts)

        self.below_title = QLabel(body)
        self.below_title.setObjectName("belowTitle")
        self.below_title.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.below_title.setWordWrap(True)
        self.below_model = BelowModel(self)
        self.below_proxy = QSortFilterProxyModel(self)
        self.below_proxy.setSourceModel(self.below_model)
        self.below_proxy.setSortRole(BelowModel.SORT_ROLE)
        self.below_table = QTableView(body)
        self.below_table.setObjectName("belowTable")
        self.below_table.setModel(self.below_proxy)
        self.below_table.setSortingEnabled(True)
        self.below_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.below_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.below_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.below_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.below_table.setAlternatingRowColors(True)
        self.below_table.setWordWrap(False)
        self.below_table.verticalHeader().hide()
        self.below_table.setTabKeyNavigation(False)
        self._size_columns()
        self.below_table.setAccessibleName(self.tr("Activities below the minimum"))
        self.below_table.setAccessibleDescription(self.tr("Press Enter or double-click to open the activity."))
        self.below_table.setMinimumHeight(240)
        self.below_table.activated.connect(self._activity_chosen)
        self.below_title.setBuddy(self.below_table)
        layout.addSpacing(6)
        layout.addWidget(self.below_title)
        layout.addWidget(self.below_table, 1)
        layout.addSpacing(6)
        # Below the list, full width: the bar labels (backgrounds such as "public administration") need it.
        self.panel = CompositionPanel(body)
        layout.addWidget(self.panel)

        QWidget.setTabOrder(self.from_edit, self.to_edit)
        QWidget.setTabOrder(self.to_edit, self.below_table)
        self._choose_default_period()

    # -- building ----------------------------------------------------------------------------------

    def _build_period_bar(self, parent: QWidget) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        title = QLabel(self.tr("Diversity dashboard"), parent)
        title.setObjectName("dashboardTitle")
        title.setFont(scaled_font(self.font(), 1.5, bold=True))
        bar.addWidget(title)
        bar.addStretch(1)
        self.from_edit = self._date_edit("fromDate", self.tr("Period from"), parent)
        self.to_edit = self._date_edit("toDate", self.tr("Period to"), parent)
        for text, edit in ((self.tr("Fro&m"), self.from_edit), (self.tr("&To"), self.to_edit)):
            label = QLabel(text, parent)
            label.setBuddy(edit)
            bar.addWidget(label)
            bar.addWidget(edit)
        self.progress = QProgressBar(parent)
        self.progress.setObjectName("dashboardProgress")
        self.progress.setAccessibleName(self.tr("Reading the period"))
        self.progress.setRange(0, STEPS)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel(parent)
        self.status.setObjectName("dashboardStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        bar.addSpacing(8)
        bar.addWidget(self.progress)
        bar.addWidget(self.status)
        return bar

    def _size_columns(self) -> None:
        # Widths from the font, not from the rows: sizing to contents reads every row, and a year can
        # have thousands below the line.
        header = self.below_table.horizontalHeader()
        metrics = QFontMetrics(self.below_table.font())
        samples = {"date": "2025-12-31", "present": "9999", "women": "9999", "not_stated": "9999",
                   "share": self.below_model.share_text(Fraction(1), Fraction(1))}
        for column, name in enumerate(BelowModel.COLUMNS):
            if name == "title":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            heading = self.below_model.headerData(column, Qt.Orientation.Horizontal)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(metrics.horizontalAdvance(heading) + 30,
                                             metrics.horizontalAdvance(samples[name]) + 16))

    def _date_edit(self, name: str, accessible: str, parent: QWidget) -> QDateEdit:
        edit = QDateEdit(parent)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        edit.setDateRange(QDate(1900, 1, 1), QDate(2999, 12, 31))
        edit.dateChanged.connect(self._period_edited)
        return edit

    def _chart_box(self, name: str, title: str) -> tuple[QChart, QChartView, QLabel]:
        box = QWidget(self)
        box.setObjectName(f"{name}Box")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        chart = QChart()
        chart.setTitle(title)
        chart.setTitleFont(scaled_font(self.font(), 1.0, bold=True))
        chart.setTitleBrush(QBrush(self.palette().color(QPalette.ColorRole.Text)))
        style_chart(chart, self)
        view = QChartView(chart, box)
        view.setObjectName(f"{name}Chart")
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setAccessibleName(title)
        # A picture, nothing to operate: the caption under it says it in words, so no stop for the Tab key.
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setMinimumHeight(280)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        caption = QLabel(box)
        caption.setObjectName(f"{name}Caption")
        caption.setWordWrap(True)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        caption.setFont(scaled_font(self.font(), 0.9))
        layout.addWidget(view, 1)
        layout.addWidget(caption)
        return chart, view, caption

    # -- the period --------------------------------------------------------------------------------

    def _choose_default_period(self) -> None:
        try:
            year = default_year(self._store(), self._today())
        except Exception:  # noqa: BLE001 - a register that cannot be read still gets a period to show
            year = self._today().year
        self.set_period(Date(year, 1, 1), Date(year, 12, 31))

    def period(self) -> tuple[str, str]:
        return (self.from_edit.date().toString(Qt.DateFormat.ISODate),
                self.to_edit.date().toString(Qt.DateFormat.ISODate))

    def set_period(self, start: Date | str, end: Date | str) -> None:
        """Show another period (read after the usual short pause, as when the user edits the dates)."""
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            text = day.isoformat() if isinstance(day, Date) else day
            edit.setDate(QDate.fromString(text, Qt.DateFormat.ISODate))

    def _period_edited(self) -> None:
        self._stale = True
        # A read of the old period is no longer wanted; its result would be dropped anyway.
        self._cancel_jobs()
        if self.isVisible():
            self._settle.start()

    # -- reading -----------------------------------------------------------------------------------

    @property
    def figures(self) -> DashboardFigures | None:
        return self._figures

    @property
    def busy(self) -> bool:
        return bool(self._jobs) or self._settle.isActive()

    def mark_stale(self) -> None:
        """The register may have changed: read again now if showing, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the period shown, in a job; what a job of an earlier request returns is dropped."""
        self._settle.stop()
        start, end = self.period()
        self._generation += 1
        generation = self._generation
        self._cancel_jobs()
        if start > end:
            self._show_message(self.tr("The period ends before it starts: choose a “To” date on or after "
                                       "the “From” date."))
            self._stale = False
            return
        self._stale = False
        store = self._store()

        def work(job_store: Store, job: Job) -> DashboardFigures | None:
            return read_figures(job_store, start, end, job.report, job.is_cancelled)

        # No parent: if the page goes before the job ends, the thread still ends in order (see stop()).
        job = Job(store.path, work, None)
        self._jobs.add(job)
        _RUNNING.add(job)
        page = self

        def alive() -> bool:
            return shiboken6.isValid(page)

        def finished(result: object) -> None:
            if alive() and generation == page._generation and result is not None:
                page._show(result)  # type: ignore[arg-type]

        def failed(error: object) -> None:
            if alive() and generation == page._generation:
                page._failed(error)

        def progress(done: int, total: int) -> None:
            if alive() and generation == page._generation:
                page.progress.setValue(done)

        def done() -> None:
            _RUNNING.discard(job)
            if alive():
                page._jobs.discard(job)
                if not page._jobs:
                    page.progress.hide()

        job.finished.connect(finished)
        job.failed.connect(failed)
        job.progress.connect(progress)
        job.done.connect(done)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Reading…"))
        job.start()

    def _cancel_jobs(self) -> None:
        for job in list(self._jobs):
            job.cancel()

    def stop(self) -> None:
        """The window is closing: stop reading and wait for the threads to end."""
        self._settle.stop()
        for job in list(self._jobs):
            job.cancel()
            job.wait()

    def _failed(self, error: object) -> None:
        self.status.clear()
        self.progress.hide()
        report_error(self, self.tr("Dashboard"), self.tr("The figures for this period could not be read."),
                     str(error), advice=self.tr("Try again, or open a backup of the register."))

    def _show_message(self, text: str) -> None:
        self.status.clear()
        self.progress.hide()
        self.headline.setText(text)
        self.note.clear()

    # -- showing -----------------------------------------------------------------------------------

    def _show(self, figures: DashboardFigures) -> None:
        self._figures = figures
        self.status.clear()
        summary = figures.summary
        minimum = percent(summary.minimum)
        self.headline.setText(self.headline_text(summary))
        self.note.setText(self._note_text(figures))
        self._show_activity_chart(figures)
        self._show_trend(figures)
        below = figures.below
        self.below_title.setText(self.tr("Activities below %1 women (%2)")
                                 .replace("%1", minimum).replace("%2", labels.number(len(below))))
        self.below_model.set_rows(below)
        self.below_table.setAccessibleName(self.below_title.text())
        self.panel.show_composition(
            figures.everyone,
            self.tr("Everyone present %1 – %2 (each person once)").replace("%1", figures.start)
            .replace("%2", figures.end),
        )
        self.figures_shown.emit()

    def headline_text(self, summary: PeriodSummary) -> str:
        minimum = percent(summary.minimum)
        if not summary.judged:
            return self.tr("No activity in this period had anyone present yet.")
        return (self.tr("%1 of %2 activities (%3) reach %4 women")
                .replace("%1", labels.number(summary.passing))
                .replace("%2", labels.number(summary.judged))
                .replace("%3", percent(summary.pass_share, floor=True))
                .replace("%4", minimum))

    def _note_text(self, figures: DashboardFigures) -> str:
        summary = figures.summary
        parts = []
        undetermined = summary.verdicts[Verdict.UNDETERMINED]
        empty = summary.verdicts[Verdict.EMPTY]
        if undetermined:
            parts.append(self.tr("%1 of those below could reach it: some of their people have not stated "
                                 "a gender.").replace("%1", labels.number(undetermined)))
        if empty:
            parts.append(self.tr("Activities with nobody present (not counted): %1.")
                         .replace("%1", labels.number(empty)))
        if not summary.activities:
            parts.append(self.tr("The register holds no activity from %1 to %2.")
                         .replace("%1", figures.start).replace("%2", figures.end))
        return " ".join(parts)

    def _show_activity_chart(self, figures: DashboardFigures) -> None:
        chart = self.activity_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        minimum = float(figures.summary.minimum) * 100
        kinds = (
            (Verdict.PASSES, self.tr("Reaches %1").replace("%1", percent(figures.summary.minimum)), BLUE, "circle"),
            (Verdict.FAILS, self.tr("Below"), VERMILLION, "triangle"),
            (Verdict.UNDETERMINED, self.tr("Might reach"), PURPLE, "square"),
        )
        self._points = {}
        points: dict[Verdict, list[QPointF]] = {verdict: [] for verdict, *_ in kinds}
        for row in figures.activities:
            if row.verdict not in points:  # nobody present: nothing to plot
                continue
            point = QPointF(row.x, row.y)
            points[row.verdict].append(point)
            self._points.setdefault((point.x(), point.y()), []).append(row)
        series_of: dict[Verdict, QLineSeries] = {}
        for verdict, name, colour, shape in kinds:
            # A line series without a line, its points painted as light marks (see charts.marker_image).
            series = QLineSeries()
            series.setName(name)
            series.setPen(QPen(Qt.PenStyle.NoPen))
            if verdict == Verdict.PASSES:
                # Light and drawn first: the marks below the line, the ones to act on, stay visible on top.
                light = QColor(colour)
                light.setAlpha(120)
                series.setColor(colour)
                series.setLightMarker(marker_image(shape, light, 7))
                series.setMarkerSize(7)
            else:
                series.setColor(colour)
                series.setLightMarker(marker_image(shape, colour, 10, border=colour.darker(160)))
                series.setMarkerSize(10)
            series.hovered.connect(self._point_hovered)
            series_of[verdict] = series
        counts = {verdict: len(points[verdict]) for verdict in series_of}
        line = QLineSeries()
        line.setName(self.tr("Minimum %1").replace("%1", percent(figures.summary.minimum)))
        line.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 2, Qt.PenStyle.DashLine))
        start = QDateTime(QDate.fromString(figures.start, Qt.DateFormat.ISODate), QTime(0, 0))
        end = QDateTime(QDate.fromString(figures.end, Qt.DateFormat.ISODate).addDays(1), QTime(0, 0))
        line.append(float(start.toMSecsSinceEpoch()), minimum)
        line.append(float(end.toMSecsSinceEpoch()), minimum)
        x_axis = QDateTimeAxis()
        # Month names fit under the marks; the year goes in the axis title when the period has one.
        one_year = start.date().year() == end.addDays(-1).date().year()
        long_period = start.daysTo(end) > 62
        x_axis.setFormat(("MMM" if one_year else "MMM yy") if long_period else "d MMM")
        if one_year:
            x_axis.setTitleText(str(start.date().year()))
            x_axis.setTitleFont(self.font())
        x_axis.setRange(start, end)
        x_axis.setTickCount(7 if one_year or not long_period else 5)
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setLabelFormat("%d %%")
        y_axis.setTickCount(6)
        style_axis(x_axis, self)
        style_axis(y_axis, self)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (line, *series_of.values()):
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        # All points at once, after the series is on its axes: one redraw instead of one per point.
        for verdict, series in series_of.items():
            series.replace(points[verdict])
        self.activity_series = series_of
        caption = self.tr("Each mark is one activity, its women share against the dashed line at %1: "
                          "%2 reach it (circles), %3 are below (triangles), %4 are below but might reach it, "
                          "as some of their people have not stated a gender (squares).")
        for key, value in (("%1", percent(figures.summary.minimum)), ("%2", counts[Verdict.PASSES]),
                           ("%3", counts[Verdict.FAILS]), ("%4", counts[Verdict.UNDETERMINED])):
            caption = caption.replace(key, value if isinstance(value, str) else labels.number(value))
        self.activity_caption.setText(caption)
        self.activity_view.setAccessibleDescription(caption)

    def _show_trend(self, figures: DashboardFigures) -> None:
        chart = self.trend_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        start = QDate.fromString(figures.start, Qt.DateFormat.ISODate)
        end = QDate.fromString(figures.end, Qt.DateFormat.ISODate)
        first = start.year() * 12 + start.month() - 1
        months = max(1, end.year() * 12 + end.month() - first)
        series = QLineSeries()
        series.setName(self.tr("Women share"))
        series.setColor(ORANGE)
        series.setPen(QPen(ORANGE, 2.5))
        series.setPointsVisible(True)
        series.setPointLabelsVisible(months <= 12)
        series.setPointLabelsFormat("@yPoint")
        series.setPointLabelsColor(self.palette().color(QPalette.ColorRole.Text))
        series.setPointLabelsClipping(False)
        words = []
        for month in figures.summary.months:
            share = month.women_share
            if share is None:
                continue
            year, number = int(month.month[:4]), int(month.month[5:7])
            series.append(float(year * 12 + number - 1 - first), share_percent(share))
            words.append(f"{self._month_name(year, number)} {percent(share, 1, floor=True)}")
        line = QLineSeries()
        line.setName(self.tr("Minimum %1").replace("%1", percent(figures.summary.minimum)))
        line.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 2, Qt.PenStyle.DashLine))
        minimum = float(figures.summary.minimum) * 100
        line.append(-0.5, minimum)
        line.append(months - 0.5, minimum)
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        x_axis.setRange(-0.5, months - 0.5)
        # About six labels fit under half the page; the points carry their own numbers.
        every = max(1, -(-months // 6))
        for index in range(0, months, every):
            year, number = divmod(first + index, 12)
            # The axis needs every label to differ: over more than a year each one carries its year.
            x_axis.append(self._month_name(year, number + 1, short=True, with_year=months > 12), index)
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setLabelFormat("%d %%")
        y_axis.setTickCount(6)
        style_axis(x_axis, self)
        style_axis(y_axis, self)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for each in (line, series):
            chart.addSeries(each)
            each.attachAxis(x_axis)
            each.attachAxis(y_axis)
        self.trend_series = series
        if words:
            caption = self.tr("Women's share of all attendances, month by month: %1.").replace("%1", ", ".join(words))
        else:
            caption = self.tr("No attendance in this period.")
        self.trend_caption.setText(caption)
        self.trend_view.setAccessibleDescription(caption)

    @staticmethod
    def _month_name(year: int, month: int, *, short: bool = False, with_year: bool = False) -> str:
        locale = QLocale()
        name = locale.monthName(month, QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat)
        return f"{name} {year}" if not short or with_year or month == 1 else name

    def _point_hovered(self, point: QPointF, state: bool) -> None:
        if not state:
            QToolTip.hideText()
            return
        rows = self._points.get((point.x(), point.y()), [])
        lines = [
            f"{row.date} {row.title}: "
            + self.tr("%1 of %2 women (%3)").replace("%1", labels.number(row.women))
            .replace("%2", labels.number(row.people))
            .replace("%3", percent(row.women_share, 1, floor=True))
            for row in rows[:5]
        ]
        if len(rows) > 5:
            lines.append(self.tr("and %1 more").replace("%1", labels.number(len(rows) - 5)))
        if lines:
            QToolTip.showText(QCursor.pos(), "\n".join(lines), self.activity_view)

    # -- the table ---------------------------------------------------------------------------------

    def _activity_chosen(self, index: QModelIndex) -> None:
        activity_id = index.data(BelowModel.ID_ROLE)
        if activity_id:
            self.activity_requested.emit(activity_id)

    def below_ids(self) -> list[str]:
        """The activities in the table, in the order shown."""
        return [self.below_proxy.index(row, 0).data(BelowModel.ID_ROLE) for row in range(self.below_proxy.rowCount())]

