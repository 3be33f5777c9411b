"""The Matrix tab: the activity's cases as cards on a value × feasibility grid, for the room to see.

Where a card lies is its score: dropping a card in a cell sets the case's value (up) and feasibility
(right) in one undoable change, and the card snaps to the cell's centre. Cases without both scores wait
in the tray at the side. Everything works from the keyboard too (Tab/arrows choose a card, Alt or Shift
with an arrow moves it one cell), because a facilitator at a projector often drives from a laptop.

Cards are kept and moved, not rebuilt, when the register changes: the card under the mouse is still
handling its release when the change it caused comes back.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QLabel,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import cases as case_rules
from ...records import Case, CaseStage
from .. import labels
from ..editing.undo import UpdateRecord
from .context import WorkshopContext, WorkshopTab

SCORES = range(case_rules.SCORE_MIN, case_rules.SCORE_MAX + 1)
STEPS = len(SCORES)

# Scene units; the view scales the whole scene to its size, so these fix proportions, not pixels.
CELL_W, CELL_H = 250.0, 172.0
LEFT, TOP = 130.0, 20.0  # room for the value axis; a margin above
BOTTOM = 110.0  # room for the feasibility axis under the grid
GAP = 40.0  # between the grid and the tray
CARD_W, CARD_H = 234.0, 92.0
CARD_SPACING = 6.0
TRAY_HEADER = 50.0
TITLE_PX, DETAIL_PX, AXIS_PX, QUADRANT_PX = 21, 16, 22, 26

GRID = QRectF(LEFT, TOP, CELL_W * STEPS, CELL_H * STEPS)
#: The middle of the scale, where a card from the tray lands when moved by keys.
MIDDLE = (case_rules.SCORE_MIN + case_rules.SCORE_MAX) // 2


def is_placed(case: Case) -> bool:
    return case.value_score is not None and case.feasibility_score is not None


def cell_centre(value: int, feasibility: int) -> QPointF:
    return QPointF(LEFT + (feasibility - 0.5) * CELL_W, TOP + (case_rules.SCORE_MAX - value + 0.5) * CELL_H)


def cell_at(point: QPointF) -> tuple[int, int] | None:
    """The (value, feasibility) of the cell under a scene point, or ``None`` outside the grid."""
    if not GRID.contains(point):
        return None
    column = min(STEPS - 1, int((point.x() - LEFT) // CELL_W))
    row = min(STEPS - 1, int((point.y() - TOP) // CELL_H))
    return case_rules.SCORE_MAX - row, case_rules.SCORE_MIN + column


def votes_text(votes: int) -> str:
    if votes == 1:
        return QCoreApplication.translate("CaseMatrix", "1 vote")
    return QCoreApplication.translate("CaseMatrix", "{count} votes").format(count=labels.number(votes))


def two_lines(text: str, mark: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """A title broken into at most two lines of ``width``, the second elided; ``mark`` always shows at the end."""
    suffix = f" {mark}" if mark else ""
    words = text.split()
    first = ""
    while words:
        candidate = f"{first} {words[0]}".strip()
        if metrics.horizontalAdvance(candidate) > width:
            break
        first = candidate
        words.pop(0)
    if not words:
        if metrics.horizontalAdvance(first + suffix) <= width:
            return [first + suffix]
        return [first, mark] if mark else [first]
    if not first:  # one word longer than the line: it is cut over the two lines
        first = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width).rstrip("…")
        words = text[len(first):].split()
    room = width - metrics.horizontalAdvance(suffix)
    second = metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, room)
    return [first, second + suffix]


def _pixel_font(pixels: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class CaseCard(QGraphicsObject):
    """One case as a sticky note: the title (elided), * for an intersection, the votes."""

    #: The user let go of the card after dragging it (its case id).
    dropped = Signal(str)

    PAPER = QColor("#fff4b8")  # sticky-note yellow with dark ink: readable on any projector
    INK = QColor("#1d1d1d")

    def __init__(self, case: Case):
        super().__init__()
        self.case = case
        self._pressed_at: QPointF | None = None
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(1)
        self.set_case(case)

    @property
    def case_id(self) -> str:
        return self.case.id

    def set_case(self, case: Case) -> None:
        self.case = case
        self.setToolTip(self.description())
        self.update()

    def title_text(self) -> str:
        mark = case_rules.intersection_mark(self.case)
        return f"{self.case.title} {mark}" if mark else self.case.title

    def description(self) -> str:
        """The card in words, for the tooltip and the line that names the selected card."""
        case = self.case
        parts = [self.title_text()]
        if is_placed(case):
            parts.append(self.tr("value {value}, feasibility {feasibility}").format(
                value=labels.number(case.value_score), feasibility=labels.number(case.feasibility_score)))
        else:
            parts.append(self.tr("not placed yet"))
        parts.append(votes_text(case.votes))
        if case.areas:
            parts.append(labels.areas_text(case.areas))
        return " · ".join(parts)

    def boundingRect(self) -> QRectF:
        return QRectF(-CARD_W / 2 - 9, -CARD_H / 2 - 9, CARD_W + 18, CARD_H + 18)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = QRectF(-CARD_W / 2, -CARD_H / 2, CARD_W, CARD_H)
        selected = self.isSelected()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Selection is a heavier, doubled border, not a colour alone.
        painter.setPen(QPen(self.INK, 5 if selected else 1.2))
        painter.setBrush(QBrush(self.PAPER))
        painter.drawRoundedRect(rect, 6, 6)
        if selected:
            painter.setPen(QPen(self.INK, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-7, -7, 7, 7), 9, 9)
        painter.setPen(self.INK)
        inner = rect.adjusted(10, 6, -10, -6)
        title_font = _pixel_font(TITLE_PX, bold=True)
        painter.setFont(title_font)
        metrics = QFontMetricsF(title_font)
        top = inner.top()
        for line in two_lines(self.case.title, case_rules.intersection_mark(self.case), metrics, inner.width()):
            painter.drawText(QRectF(inner.left(), top, inner.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            top += metrics.height()
        detail_font = _pixel_font(DETAIL_PX)
        painter.setFont(detail_font)
        detail_height = QFontMetricsF(detail_font).height()
        detail_rect = QRectF(inner.left(), inner.bottom() - detail_height, inner.width(), detail_height)
        dots = "●" * min(self.case.votes, 5) + ("+" if self.case.votes > 5 else "")
        painter.drawText(detail_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         votes_text(self.case.votes))
        painter.drawText(detail_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, dots)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(-CARD_W / 2, -CARD_H / 2, CARD_W, CARD_H))
        return path

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._pressed_at = self.pos()
        self.setZValue(10)  # above the other cards while it travels
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.setZValue(1)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        moved = self._pressed_at is not None and self.pos() != self._pressed_at
        self._pressed_at = None
        if moved:
            self.dropped.emit(self.case_id)


class CaseMatrix(QGraphicsView):
    """The grid and the cards. It asks for score changes; the tab makes them and gives the cases back."""

    #: Set these scores of this case: (case id, value or None, feasibility or None).
    scores_requested = Signal(str, object, object)
    #: The selected card changed: its description ("" for none).
    selection_described = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("caseMatrix")
        self.setAccessibleName(self.tr("Value and feasibility matrix"))
        self.setAccessibleDescription(self.tr(
            "Tab or the arrow keys choose a card; Alt or Shift with an arrow moves it one cell; "
            "Delete takes it back to the tray."))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setScene(QGraphicsScene(self))
        self.scene().selectionChanged.connect(self._selection_changed)
        self._cards: dict[str, CaseCard] = {}
        self._tray_columns = 1
        self._tray = QGraphicsRectItem()
        self._tray_title = QGraphicsSimpleTextItem(self.tr("Not placed yet"))
        self._draw_grid()
        self._layout()

    # -- the board ---------------------------------------------------------------------------------------

    def _draw_grid(self) -> None:
        scene = self.scene()
        palette = self.palette()
        text = palette.windowText().color()
        line = QColor(text)
        line.setAlphaF(0.35)
        shade = QColor(text)
        shade.setAlphaF(0.06)
        scene.setBackgroundBrush(palette.base())
        high = (4, 5)
        low = (1, 2)
        quadrants = (
            (self.tr("Strategic bets"), high, low, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            (self.tr("Quick wins"), high, high, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            (self.tr("Park"), low, low, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
            (self.tr("Low-hanging fruit"), low, high, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
        )
        self.quadrant_names: list[str] = []
        for name, values, feasibilities, corner in quadrants:
            top_left = cell_centre(max(values), min(feasibilities)) - QPointF(CELL_W / 2, CELL_H / 2)
            area = QRectF(top_left, QSizeF(CELL_W * 2, CELL_H * 2))
            background = scene.addRect(area, QPen(Qt.PenStyle.NoPen), QBrush(shade))
            background.setZValue(-2)
            label = scene.addSimpleText(name, _pixel_font(QUADRANT_PX, bold=True))
            colour = QColor(text)
            colour.setAlphaF(0.55)
            label.setBrush(colour)
            label.setZValue(-1)
            size = label.boundingRect().size()
            x = area.left() + 8 if corner & Qt.AlignmentFlag.AlignLeft else area.right() - size.width() - 8
            y = area.top() + 4 if corner & Qt.AlignmentFlag.AlignTop else area.bottom() - size.height() - 4
            label.setPos(x, y)
            self.quadrant_names.append(name)
        pen = QPen(line, 1.5)
        for step in range(STEPS + 1):
            scene.addLine(LEFT + step * CELL_W, TOP, LEFT + step * CELL_W, GRID.bottom(), pen).setZValue(-1)
            scene.addLine(LEFT, TOP + step * CELL_H, GRID.right(), TOP + step * CELL_H, pen).setZValue(-1)
        number_font = _pixel_font(AXIS_PX, bold=True)
        for score in SCORES:
            value_label = scene.addSimpleText(labels.number(score), number_font)
            value_label.setBrush(text)
            size = value_label.boundingRect().size()
            centre = cell_centre(score, case_rules.SCORE_MIN)
            value_label.setPos(LEFT - size.width() - 14, centre.y() - size.height() / 2)
            feasibility_label = scene.addSimpleText(labels.number(score), number_font)
            feasibility_label.setBrush(text)
            centre = cell_centre(case_rules.SCORE_MIN, score)
            feasibility_label.setPos(centre.x() - size.width() / 2, GRID.bottom() + 8)
        axis_font = _pixel_font(AXIS_PX)
        value_axis = scene.addSimpleText(self.tr("Value (1 low – 5 high) →"), axis_font)
        value_axis.setBrush(text)
        value_axis.setRotation(-90)
        width = value_axis.boundingRect().width()
        value_axis.setPos(LEFT - 100, GRID.center().y() + width / 2)
        feasibility_axis = scene.addSimpleText(self.tr("Feasibility (1 hard – 5 easy) →"), axis_font)
        feasibility_axis.setBrush(text)
        width = feasibility_axis.boundingRect().width()
        feasibility_axis.setPos(GRID.center().x() - width / 2, GRID.bottom() + 50)

        self._tray.setPen(QPen(line, 1.5, Qt.PenStyle.DashLine))
        self._tray.setBrush(QBrush(shade))
        self._tray.setZValue(-2)
        scene.addItem(self._tray)
        self._tray_title.setFont(_pixel_font(AXIS_PX, bold=True))
        self._tray_title.setBrush(text)
        scene.addItem(self._tray_title)

    def _tray_rows(self) -> int:
        return max(1, int((GRID.height() - TRAY_HEADER) // (CARD_H + CARD_SPACING)))

    def tray_rect(self) -> QRectF:
        width = self._tray_columns * (CARD_W + 20) + 20
        return QRectF(GRID.right() + GAP, TOP, width, GRID.height())

    # -- the cards ---------------------------------------------------------------------------------------

    def set_cases(self, cases: Sequence[Case]) -> None:
        """Show these cases; cards of the same cases are kept (and keep their selection)."""
        wanted = {case.id: case for case in cases}
        for case_id in [case_id for case_id in self._cards if case_id not in wanted]:
            card = self._cards.pop(case_id)
            self.scene().removeItem(card)
            card.deleteLater()
        for case in cases:
            card = self._cards.get(case.id)
            if card is None:
                card = CaseCard(case)
                card.dropped.connect(self._dropped)
                self._cards[case.id] = card
                self.scene().addItem(card)
            else:
                card.set_case(case)
        self._layout()
        self._selection_changed()

    def cards(self) -> list[CaseCard]:
        """The cards in reading order: the grid from the top left, then the tray."""
        return sorted(self._cards.values(), key=lambda card: self._reading_key(card.case))

    def card(self, case_id: str) -> CaseCard | None:
        return self._cards.get(case_id)

    @staticmethod
    def _order_in_cell(case: Case) -> tuple:
        return (-case_rules.priority(case), -case.votes, case.title.casefold(), case.id)

    def _reading_key(self, case: Case) -> tuple:
        if is_placed(case):
            return (0, -case.value_score, case.feasibility_score, *self._order_in_cell(case))
        return (1, 0, 0, case.created_at, case.id)

    def _layout(self) -> None:
        placed: dict[tuple[int, int], list[CaseCard]] = {}
        waiting: list[CaseCard] = []
        for card in self._cards.values():
            case = card.case
            if is_placed(case):
                placed.setdefault((case.value_score, case.feasibility_score), []).append(card)
            else:
                waiting.append(card)
        for (value, feasibility), cards in placed.items():
            cards.sort(key=lambda card: self._order_in_cell(card.case))
            centre = cell_centre(value, feasibility)
            # One card sits on the centre; more share the cell, overlapping when the cell is full.
            room = CELL_H - CARD_H - 8
            step = min(CARD_H + CARD_SPACING, room / (len(cards) - 1)) if len(cards) > 1 else 0
            first = centre.y() - step * (len(cards) - 1) / 2
            for position, card in enumerate(cards):
                card.setPos(centre.x(), first + position * step)
                card.setZValue(1 + position * 0.01)
        rows = self._tray_rows()
        self._tray_columns = max(1, math.ceil(len(waiting) / rows))
        tray = self.tray_rect()
        self._tray.setRect(tray)
        self._tray_title.setPos(tray.left() + 12, tray.top() + 10)
        waiting.sort(key=lambda card: self._reading_key(card.case))
        for position, card in enumerate(waiting):
            column, row = divmod(position, rows)
            card.setPos(tray.left() + 20 + CARD_W / 2 + column * (CARD_W + 20),
                        tray.top() + TRAY_HEADER + CARD_H / 2 + row * (CARD_H + CARD_SPACING))
            card.setZValue(1)
        bounds = QRectF(0, 0, tray.right() + 20, GRID.bottom() + BOTTOM)
        self.scene().setSceneRect(bounds)
        self._fit()

    def _fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()

    # -- dropping ----------------------------------------------------------------------------------------

    def _dropped(self, case_id: str) -> None:
        card = self._cards.get(case_id)
        if card is None:
            return
        cell = cell_at(card.pos())
        if cell is not None:
            self.request(card.case, *cell)
        elif self.tray_rect().adjusted(-GAP / 2, -TOP, 0, BOTTOM).contains(card.pos()) and is_placed(card.case):
            self.request(card.case, None, None)
        self._layout()  # snaps the card to its cell (or back where it was, when nothing changed)

    def request(self, case: Case, value: int | None, feasibility: int | None) -> None:
        if (value, feasibility) != (case.value_score, case.feasibility_score):
            self.scores_requested.emit(case.id, value, feasibility)

    # -- selection and keys ------------------------------------------------------------------------------

    def selected_card(self) -> CaseCard | None:
        chosen = [item for item in self.scene().selectedItems() if isinstance(item, CaseCard)]
        return chosen[0] if chosen else None

    def select(self, card: CaseCard | None) -> None:
        self.scene().clearSelection()
        if card is not None:
            card.setSelected(True)
            card.setFocus()
            self.ensureVisible(card)

    def _selection_changed(self) -> None:
        card = self.selected_card()
        self.selection_described.emit(card.description() if card is not None else "")

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self.selected_card() is None and self._cards:
            self.select(self.cards()[0])

    def focusNextPrevChild(self, forward: bool) -> bool:
        cards = self.cards()
        card = self.selected_card()
        if card is not None and cards:
            position = cards.index(card) + (1 if forward else -1)
            if 0 <= position < len(cards):
                self.select(cards[position])
                return True
        return super().focusNextPrevChild(forward)  # past the last card, Tab leaves the matrix

    _DIRECTIONS = {
        Qt.Key.Key_Up: (0, -1),
        Qt.Key.Key_Down: (0, 1),
        Qt.Key.Key_Left: (-1, 0),
        Qt.Key.Key_Right: (1, 0),
    }

    def _moves_card(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return event.key() in self._DIRECTIONS and modifiers in (Qt.KeyboardModifier.AltModifier,
                                                                  Qt.KeyboardModifier.ShiftModifier)

    def event(self, event: QEvent) -> bool:
        # Alt+Left is also "Back" in the window: on the matrix the arrows belong to the cards.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if self._moves_card(event) or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        card = self.selected_card()
        if event.key() in self._DIRECTIONS:
            if self._moves_card(event):
                if card is not None:
                    self.move_card(card, *self._DIRECTIONS[Qt.Key(event.key())])
                return
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier:
                self._select_towards(*self._DIRECTIONS[Qt.Key(event.key())])
                return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and card is not None:
            self.request(card.case, None, None)
            return
        super().keyPressEvent(event)

    def move_card(self, card: CaseCard, dx: int, dy: int) -> None:
        """One cell right/left (feasibility) or up/down (value); a card from the tray starts in the middle."""
        case = card.case
        if not is_placed(case):
            self.request(case, MIDDLE, MIDDLE)
            return
        clamp = lambda score: max(case_rules.SCORE_MIN, min(case_rules.SCORE_MAX, score))  # noqa: E731
        self.request(case, clamp(case.value_score - dy), clamp(case.feasibility_score + dx))

    def _select_towards(self, dx: int, dy: int) -> None:
        card = self.selected_card()
        if card is None:
            if self._cards:
                self.select(self.cards()[0])
            return
        here = card.pos()
        best: tuple[float, CaseCard] | None = None
        for other in self._cards.values():
            if other is card:
                continue
            delta = other.pos() - here
            along = delta.x() * dx + delta.y() * dy
            across = abs(delta.x() * dy) + abs(delta.y() * dx)
            if along <= 0.5:
                continue
            distance = along + 2 * across
            if best is None or distance < best[0]:
                best = (distance, other)
        if best is not None:
            self.select(best[1])


class MatrixTab(WorkshopTab):
    watched = frozenset({"cases"})

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("matrixTab")
        self.hint = QLabel(self.tr(
            "Drag a card to score it: higher is more value, further right is easier to do. "
            "Keys: Tab or arrows choose a card, Alt+arrow moves it, Delete returns it to the tray."), self)
        self.hint.setWordWrap(True)
        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("matrixSelection")
        self.selection_label.setWordWrap(True)  # a long title wraps rather than widen the window
        self.selection_label.setTextFormat(Qt.TextFormat.PlainText)
        self.selection_label.setAccessibleName(self.tr("Selected case"))
        self.matrix = CaseMatrix(self)
        self.matrix.scores_requested.connect(self.set_scores)
        self.matrix.selection_described.connect(self._describe)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.selection_label)
        layout.addWidget(self.matrix, 1)
        self._describe("")
        if context.activity_id:
            self.load()

    def load(self) -> None:
        activity_id = self.context.activity_id
        cases = self.context.store.cases.list({"origin_activity_id": activity_id}, order_by="created_at") \
            if activity_id else []
        # Parked cases are out of the running: they would only crowd the board.
        self.matrix.set_cases([case for case in cases if case.stage != CaseStage.PARKED])

    def focus_first(self) -> None:
        self.matrix.setFocus()

    def set_scores(self, case_id: str, value: int | None, feasibility: int | None) -> None:
        card = self.matrix.card(case_id)
        if card is None:
            return
        case = card.case
        old = {"value_score": case.value_score, "feasibility_score": case.feasibility_score}
        new = {"value_score": value, "feasibility_score": feasibility}
        if value is None:
            text = self.tr("Take “{title}” off the matrix").format(title=case.title)
        else:
            text = self.tr("Place “{title}” at value {value}, feasibility {feasibility}").format(
                title=case.title, value=labels.number(value), feasibility=labels.number(feasibility))
        if self.context.do(UpdateRecord("cases", case_id, old, new, text)):
            self.context.show_status(text)

    def _describe(self, text: str) -> None:
        self.selection_label.setText(text or self.tr("No card selected."))
