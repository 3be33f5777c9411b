"""The projector window: the current block and its countdown, readable from the back of the room.

It shows what :class:`~aiall_desktop.domain.run_timer.RunState` says at ``context.now()`` — the same state
and the same clock as the facilitator's run tab, so the two never disagree. Type sizes follow the
window's height (a projector's resolution says nothing about the room). Light text on near-black, well
above 7:1; overtime is said with a "+" and the words "over time", the colour only adds to that.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QPalette, QScreen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.cases import intersection_mark
from ...domain.run_timer import Phase, RunState, RunView, clock_text
from ...records import Activity, AgendaItem, Case
from ..labels import number
from .context import WorkshopContext

translate = QCoreApplication.translate

BACKGROUND = QColor("#101010")
TEXT = QColor("#FFFFFF")
SECONDARY = QColor("#D6D6D6")
OVERTIME = QColor("#FFD166")


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@dataclass(frozen=True)
class Display:
    """The texts of one moment of the session, shared by the run tab and the projector."""

    heading: str  # the block on now (or the activity, before and after)
    countdown: str
    caption: str  # says in words what the countdown means: remaining, paused, over time
    next_line: str
    position: str  # "Block 2 of 5"
    overtime: bool


def minutes_text(minutes: int) -> str:
    return translate("RunDisplay", "%1 min").replace("%1", number(minutes))


def display(view: RunView, activity_title: str) -> Display:
    """What to show of ``view``; the same words on the facilitator's screen and on the projector."""
    next_line = ""
    if view.next_item is not None:
        template = (translate("RunDisplay", "First: %1 (%2)") if view.phase == Phase.NOT_STARTED
                    else translate("RunDisplay", "Next: %1 (%2)"))
        next_line = template.replace("%1", view.next_item.title).replace("%2", minutes_text(view.next_item.minutes))
    elif view.phase in (Phase.RUNNING, Phase.PAUSED):
        next_line = translate("RunDisplay", "Next: the end of the session")

    if view.phase == Phase.NOT_STARTED:
        if view.next_item is None:
            return Display(activity_title, "", translate("RunDisplay", "No agenda yet"), "", "", False)
        return Display(activity_title, clock_text(view.next_item.minutes * 60),
                       translate("RunDisplay", "Not started"), next_line, "", False)
    if view.phase == Phase.FINISHED:
        return Display(activity_title, translate("RunDisplay", "Thank you"),
                       translate("RunDisplay", "The session is over"), "", "", False)

    position = (translate("RunDisplay", "Block %1 of %2")
                .replace("%1", number(view.index + 1)).replace("%2", number(view.count)))
    overtime = view.remaining_seconds < 0
    if overtime:
        countdown = "+" + clock_text(-view.remaining_seconds)
        caption = translate("RunDisplay", "over time")
    else:
        countdown = clock_text(view.remaining_seconds)
        caption = translate("RunDisplay", "remaining")
    if view.paused:
        caption = translate("RunDisplay", "Paused · %1").replace("%1", caption)
    return Display(view.current.title if view.current else activity_title, countdown, caption, next_line,
                   position, overtime)


def case_board_lines(cases: Iterable[Case]) -> list[str]:
    """The activity's cases, most votes first, with the ``*`` of an intersection case."""
    ordered = sorted((case for case in cases if not case.is_deleted),
                     key=lambda case: (-case.votes, case.title.casefold()))
    lines = []
    for case in ordered:
        # No-break spaces: the star and the vote count never wrap away from what they belong to.
        title = case.title + ("\u00a0" + intersection_mark(case) if intersection_mark(case) else "")
        votes = (translate("RunDisplay", "%1 vote") if case.votes == 1
                 else translate("RunDisplay", "%1 votes")).replace("%1", number(case.votes)).replace(" ", "\u00a0")
        lines.append(f"{title}  ·\u00a0{votes}")
    return lines


def fitting_pixel_size(font: QFont, text: str, width: float, height: float) -> int:
    """The largest pixel size at which ``text`` fits on one line of ``width`` and is at most ``height``."""
    probe = QFont(font)
    probe.setPixelSize(100)
    advance = QFontMetricsF(probe).horizontalAdvance(text or "0")
    by_width = 100 * width / advance if advance > 0 else height
    return max(8, int(min(height, by_width)))


def _tabular(font: QFont) -> QFont:
    # Digits of one width, so that the countdown does not jitter as it changes.
    try:
        font.setFeature(QFont.Tag("tnum"), 1)
    except (AttributeError, TypeError):
        pass
    return font


class ProjectorWindow(QWidget):
    """A top-level window for the room: :meth:`show_on` puts it full screen on a screen; Esc closes it."""

    #: The window was closed (Esc, the window manager, or :meth:`close`).
    closed = Signal()

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.setObjectName("projectorWindow")
        self.setWindowTitle(self.tr("AI.ALL* Workshop Desk — Projector"))
        self.setAccessibleName(self.tr("Projector view"))
        # The facilitator's window keeps the keyboard when this one opens; a click on it gives it the keys.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._state: RunState | None = None
        self._activity_title = ""
        self._show_cases = False
        self._overtime_shown: bool | None = None
        self._fitted_for: tuple | None = None

        palette = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
            for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
                palette.setColor(group, role, BACKGROUND)
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
                palette.setColor(group, role, TEXT)
        self.setPalette(palette)
        self.setAutoFillBackground(True)

        self.position_label = self._label("projectorPosition", SECONDARY)
        self.title_label = self._label("projectorTitle", TEXT, bold=True, wrap=True)
        self.countdown_label = self._label("projectorCountdown", TEXT, bold=True)
        self.countdown_label.setFont(_tabular(self.countdown_label.font()))
        self.caption_label = self._label("projectorCaption", SECONDARY)
        self.next_label = self._label("projectorNext", SECONDARY, wrap=True)

        self.cases_heading = self._label("projectorCasesHeading", TEXT, bold=True)
        self.cases_heading.setText(self.tr("Cases"))
        self.cases_heading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.case_model = QStringListModel(self)
        self.case_list = QListView(self)
        self.case_list.setObjectName("projectorCases")
        self.case_list.setAccessibleName(self.tr("Cases of this activity, most votes first"))
        self.case_list.setAccessibleDescription(self.tr("Each case's title and its votes; * touches two or more areas"))
        self.case_list.setModel(self.case_model)
        self.case_list.setFrameShape(QFrame.Shape.NoFrame)
        self.case_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.case_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.case_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.case_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.case_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.case_list.setWordWrap(True)
        self.case_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.case_list.setSpacing(4)
        self.case_list.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        # Item views take their colours from a palette of their own class, not from this window's.
        self.case_list.setStyleSheet(
            f"QListView {{ background: {BACKGROUND.name()}; color: {TEXT.name()}; border: none; }}")
        self.cases_note = self._label("projectorCasesNote", SECONDARY, wrap=True)
        self.cases_note.setText(self.tr("* touches two or more areas"))
        self.cases_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for label in (self.cases_heading, self.cases_note):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        timer_column = QVBoxLayout()
        for label, share in self._shares():
            timer_column.addWidget(label, share)
        self.board = QWidget(self)
        self.board.setObjectName("projectorBoard")
        board_column = QVBoxLayout(self.board)
        board_column.setContentsMargins(0, 0, 0, 0)
        board_column.addWidget(self.cases_heading)
        board_column.addWidget(self.case_list, 1)
        board_column.addWidget(self.cases_note)
        self.board.hide()
        row = QHBoxLayout(self)
        row.addLayout(timer_column, 3)
        row.addWidget(self.board, 2)

    def _shares(self) -> list[tuple[QLabel, int]]:
        """The timer column's labels and their parts of its height (the fonts are sized to fit them)."""
        return [(self.position_label, 2), (self.title_label, 8), (self.countdown_label, 16),
                (self.caption_label, 3), (self.next_label, 4)]

    def _label(self, name: str, colour: QColor, *, bold: bool = False, wrap: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        # The window's size is the screen's: text must shrink to fit it, never push the window larger.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(wrap)
        label.setTextFormat(Qt.TextFormat.PlainText)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)
        font = label.font()
        font.setBold(bold)
        label.setFont(font)
        return label

    # -- what to show ----------------------------------------------------------------------------

    def set_state(self, state: RunState | None) -> None:
        """The run state to show (from the run tab's last read of the store); shown at once."""
        self._state = state
        self._activity_title = state.activity.title if state is not None else ""
        self.refresh()

    def set_cases(self, cases: Iterable[Case]) -> None:
        self.case_model.setStringList(case_board_lines(cases))

    def set_case_board_visible(self, visible: bool) -> None:
        self._show_cases = visible
        self.board.setVisible(visible)
        self._fit_fonts()

    def case_board_visible(self) -> bool:
        return self._show_cases

    def load(self) -> None:
        """Read the context's activity, its agenda and cases from the store (without a run tab)."""
        store = self.context.store
        activity: Activity | None = None
        if self.context.activity_id:
            found = store.activities.get_many([self.context.activity_id])
            activity = found.get(self.context.activity_id)
        if activity is None:
            self.set_cases([])
            self.set_state(None)
            return
        items: list[AgendaItem] = store.agenda_items.list({"activity_id": activity.id})
        self.set_cases(store.cases.list({"origin_activity_id": activity.id}))
        self.set_state(RunState.of(activity, items))

    def refresh(self) -> None:
        """Show the state at ``context.now()`` (the run tab calls this on each tick of its timer)."""
        if self._state is None:
            shown = Display("", "", "", "", "", False)
        else:
            shown = display(self._state.at(self.context.now()), self._activity_title)
        self.position_label.setText(shown.position)
        self.title_label.setText(shown.heading)
        self.countdown_label.setText(shown.countdown)
        self.caption_label.setText(shown.caption)
        self.next_label.setText(shown.next_line)
        if shown.overtime != self._overtime_shown:
            self._overtime_shown = shown.overtime
            for label in (self.countdown_label, self.caption_label):
                palette = label.palette()
                palette.setColor(QPalette.ColorRole.WindowText,
                                 OVERTIME if shown.overtime else (TEXT if label is self.countdown_label else SECONDARY))
                label.setPalette(palette)
        # Fitting measures text; do it when the texts' shape changed, not on every tick.
        shape = (shown.heading, shown.next_line, len(shown.countdown), self.width(), self.height(), self._show_cases)
        if shape != self._fitted_for:
            self._fit_texts()

    # -- the window ------------------------------------------------------------------------------

    def show_on(self, screen: QScreen) -> None:
        """Full screen on ``screen`` (the projector, as a rule)."""
        if self.isVisible():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self.closed.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_fonts()

    def _sized(self, label: QLabel, pixels: float) -> None:
        pixels = max(8, int(pixels))
        if label.font().pixelSize() != pixels:
            font = QFont(label.font())
            font.setPixelSize(pixels)
            label.setFont(font)

    def _column(self) -> tuple[float, float]:
        """The timer column's width and height (the layout may not have placed the labels yet)."""
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        if self._show_cases:
            width = (width - self.layout().spacing()) * 3 / 5
        height = self.height() - margins.top() - margins.bottom() - 4 * self.layout().spacing()
        return max(1.0, width), max(1.0, height)

    def _part(self, label: QLabel) -> float:
        shares = dict((id(each), share) for each, share in self._shares())
        return self._column()[1] * shares[id(label)] / sum(shares.values())

    def _wrapped_to_fit(self, label: QLabel, pixels: float) -> None:
        """As large as ``pixels``, but small enough that the wrapped text fits the label's part."""
        width, _height = self._column()
        room = self._part(label)
        font = QFont(label.font())
        size = max(8.0, pixels)
        while size > 8:
            font.setPixelSize(int(size))
            needed = QFontMetricsF(font).boundingRect(QRectF(0, 0, width * 0.96, 1e6),
                                                      int(Qt.TextFlag.TextWordWrap), label.text() or "X").height()
            if needed <= room:
                break
            size *= 0.92
        self._sized(label, size)

    def _fit_fonts(self) -> None:
        height = max(1, self.height())
        margin = int(height * 0.03)
        self.layout().setContentsMargins(margin * 2, margin, margin * 2, margin)
        self.layout().setSpacing(margin)
        self._sized(self.position_label, min(height * 0.035, self._part(self.position_label) * 0.8))
        self._sized(self.caption_label, min(height * 0.055, self._part(self.caption_label) * 0.8))
        self._sized(self.cases_heading, height * 0.05)
        self._sized(self.cases_note, height * 0.028)
        font = QFont(self.case_list.font())
        font.setPixelSize(max(8, int(height * 0.036)))
        self.case_list.setFont(font)
        self._fit_texts()

    def _fit_texts(self) -> None:
        """The sizes that depend on the text itself: the wrapped title and next block, the countdown."""
        self._fitted_for = (self.title_label.text(), self.next_label.text(), len(self.countdown_label.text()),
                            self.width(), self.height(), self._show_cases)
        height = max(1, self.height())
        self._wrapped_to_fit(self.title_label, height * 0.075)
        self._wrapped_to_fit(self.next_label, height * 0.045)
        width, _height = self._column()
        label = self.countdown_label
        self._sized(label, fitting_pixel_size(label.font(), label.text(), width * 0.92, self._part(label) * 0.8))
