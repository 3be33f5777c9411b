"""The pictures of the diversity figures: labelled bar lists (drawn here) and the look of the QtCharts charts.

The small composition charts are drawn with ``QPainter`` rather than QtCharts: each one is a handful of
labelled rows ("Woman ▇▇▇▇ 41 (34 %)"), which QtCharts cannot give every bar its own colour and pattern
in one series for, and whose axes and margins take most of a 200-pixel chart. Drawn by hand, the rows
follow the system font and palette, and every row carries its number in text, so no figure is told by
colour or length alone. The dashboard's time charts (dates, a line at the minimum, hover tips) use
QtCharts; :func:`style_chart` gives them the palette's colours so that a dark theme still holds.

The colours are the Okabe–Ito set, told apart with the common kinds of colour blindness; "not stated",
"none listed" and the "others" bucket are grey *and* hatched, and come last.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from PySide6.QtCharts import QChart, QLegend
from PySide6.QtCore import QEvent, QLocale, QMargins, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QImage, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...records import Gender

#: Okabe & Ito (2008), "Color Universal Design": distinguishable with protan, deutan and tritan vision.
BLUE = QColor("#0072B2")
ORANGE = QColor("#E69F00")
GREEN = QColor("#009E73")
PURPLE = QColor("#CC79A7")
VERMILLION = QColor("#D55E00")
SKY = QColor("#56B4E9")
GREY = QColor("#8C8C8C")

GENDER_COLOURS: Mapping[str, QColor] = {
    Gender.WOMAN: ORANGE,
    Gender.MAN: BLUE,
    Gender.NON_BINARY: GREEN,
    Gender.SELF_DESCRIBED: PURPLE,
    Gender.NOT_STATED: GREY,
}

#: How many kinds a category chart shows before the rest go into one "others" row.
TOP = 8


def percent(share: Fraction | float | None, decimals: int = 0, *, floor: bool = False) -> str:
    """A share as locale text with a no-break space before the sign ("34 %"); empty for ``None``.

    ``floor`` rounds down: a women share is shown that way so that a group below a whole-percent
    minimum never reads as reaching it (25.9 % stays 25 %, not 26 %).
    """
    if share is None:
        return ""
    scale = 10 ** decimals
    value = Fraction(share) * 100 * scale
    whole = math.floor(value) if floor else math.floor(value + Fraction(1, 2))
    return QLocale().toString(whole / scale, "f", decimals) + "\u00a0%"


def count_text(count: int, total: int | None) -> str:
    """"41 (34 %)", or just "41" when there is no whole to take a share of."""
    number = QLocale().toString(count)
    if not total:
        return number
    return f"{number} ({percent(Fraction(count, total))})"


@dataclass(frozen=True)
class BarRow:
    label: str
    count: int
    #: The whole the row's share is of; ``None`` shows the count without a share (a sum of mentions).
    total: int | None
    colour: QColor = field(default_factory=lambda: QColor(BLUE))
    #: Not a kind of its own (not stated, none listed, the others): drawn grey and hatched.
    apart: bool = False
    #: Said instead of the count ("12 mentions"); such a row gets no bar, as it counts no people.
    words: str = ""

    @property
    def value_text(self) -> str:
        return self.words or count_text(self.count, self.total)

    @property
    def has_bar(self) -> bool:
        return not self.words

    @property
    def text(self) -> str:
        """The row in words, for captions and screen readers."""
        return f"{self.label} {self.value_text}"


def top_rows(counts: Mapping[str, int], total: int, labels: Mapping[str, str], others: str,
             mentions: str = "") -> list[BarRow]:
    """The ``TOP`` largest kinds (then by label), and one row for the rest.

    ``others`` is the label of the rest, with ``%1`` for how many kinds it holds. Where a person may
    list several kinds the rest cannot be summed as people, only as mentions: ``mentions`` ("%1
    mentions") says so, and that row gets no bar and no share. Without it the rest is summed as people
    (one kind per person, as sectors).
    """
    ordered = sorted(counts.items(), key=lambda item: (-item[1], labels.get(item[0], item[0]).casefold()))
    ordered = [(kind, n) for kind, n in ordered if n > 0]
    rows = [BarRow(labels.get(kind, kind), n, total) for kind, n in ordered[:TOP]]
    rest = ordered[TOP:]
    if len(rest) == 1:
        kind, n = rest[0]
        rows.append(BarRow(labels.get(kind, kind), n, total))
    elif rest:
        summed = sum(n for _, n in rest)
        words = mentions.replace("%1", QLocale().toString(summed)) if mentions else ""
        rows.append(BarRow(others.replace("%1", QLocale().toString(len(rest))), summed, total, GREY,
                           apart=True, words=words))
    return rows


class BarList(QWidget):
    """Rows of label, bar and number, the bars scaled to the largest row.

    Painted, not built from widgets: it is a picture, with its rows in :attr:`rows` and in words in the
    accessible description that the owner sets.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[BarRow] = []
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    @property
    def rows(self) -> list[BarRow]:
        return list(self._rows)

    def set_rows(self, rows: Iterable[BarRow], empty_text: str = "") -> None:
        self._rows = list(rows)
        self._empty_text = empty_text
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def sizeHint(self) -> QSize:
        return QSize(260, max(1, len(self._rows)) * self._row_height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def event(self, event: QEvent) -> bool:
        # A narrow chart elides long labels; the row's tooltip gives it whole, with its number.
        if event.type() == QEvent.Type.ToolTip:
            index = int((event.pos().y() - 2) // self._row_height())
            if 0 <= index < len(self._rows):
                QToolTip.showText(event.globalPos(), self._rows[index].text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_pen = QPen(palette.color(QPalette.ColorRole.WindowText))
        metrics = QFontMetrics(self.font())
        width = self.width()
        if not self._rows:
            painter.setPen(QPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._empty_text)
            return
        # The label column takes what its longest label needs, up to 40 % of the width (longer ones are elided).
        label_width = min(max(metrics.horizontalAdvance(row.label) for row in self._rows) + 10, int(width * 0.4))
        value_width = max(metrics.horizontalAdvance(row.value_text) for row in self._rows) + 8
        bar_left = label_width
        bar_room = max(10, width - label_width - value_width - 4)
        largest = max((row.count for row in self._rows if row.has_bar), default=0) or 1
        height = self._row_height()
        for index, row in enumerate(self._rows):
            top = 2 + index * height
            painter.setPen(text_pen)
            label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_width - 10)
            painter.drawText(QRectF(0, top, label_width - 8, height), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, label)
            bar_width = bar_room * row.count / largest if row.has_bar else 0
            bar = QRectF(bar_left, top + 4, bar_width, height - 8)
            if bar_width:
                painter.setPen(QPen(row.colour.darker(130), 1))
                if row.apart:
                    painter.setBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
                    painter.drawRect(bar)
                    painter.setBrush(QBrush(row.colour, Qt.BrushStyle.BDiagPattern))
                else:
                    painter.setBrush(QBrush(row.colour))
                painter.drawRect(bar)
            painter.setPen(text_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawText(QRectF(bar_left + bar_width + 6, top, value_width + 4, height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, row.value_text)
        painter.end()


def captioned(intro: str, rows: Sequence[BarRow]) -> str:
    """"Intro: Woman 41 (34 %), Man 70 (58 %)." — the chart in one sentence."""
    return f"{intro}: {', '.join(row.text for row in rows)}." if rows else f"{intro}."


# -- QtCharts ------------------------------------------------------------------------------------------


def style_chart(chart: QChart, widget: QWidget) -> None:
    """Give a QtCharts chart the widget's palette and font, little margin and no animation."""
    palette = widget.palette()
    chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
    chart.setBackgroundPen(QPen(palette.color(QPalette.ColorRole.Mid)))
    chart.setBackgroundRoundness(4)
    chart.setPlotAreaBackgroundVisible(False)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setLabelColor(palette.color(QPalette.ColorRole.Text))
    chart.legend().setFont(widget.font())
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    # The legend's marks are the series' own shapes, so "below" is told by a triangle as well as a colour.
    chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)


def style_axis(axis, widget: QWidget) -> None:
    palette = widget.palette()
    axis.setLabelsColor(palette.color(QPalette.ColorRole.Text))
    axis.setLabelsFont(widget.font())
    axis.setLinePen(QPen(palette.color(QPalette.ColorRole.Mid)))
    axis.setGridLinePen(QPen(palette.color(QPalette.ColorRole.Midlight), 1, Qt.PenStyle.DotLine))
    axis.setTitleBrush(QBrush(palette.color(QPalette.ColorRole.Text)))


def marker_image(shape: str, colour: QColor, size: int = 10, *, border: QColor | None = None) -> QImage:
    """A point mark ("circle", "triangle", "square") for ``QXYSeries.setLightMarker``.

    Light marks are painted straight onto the chart: QtCharts' scatter series makes a graphics item per
    point, which takes most of a second for a year's 5,000 activities on the UI thread. The image is
    drawn at twice the size so that it stays sharp on high-density screens.
    """
    scale = 2
    side = size * scale
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QBrush(colour))
    painter.setPen(QPen(border or colour, scale) if border is not None else Qt.PenStyle.NoPen)
    inset = scale
    box = QRectF(inset, inset, side - 2 * inset, side - 2 * inset)
    if shape == "triangle":
        painter.drawPolygon(QPolygonF([QPointF(box.center().x(), box.top()), box.bottomRight(), box.bottomLeft()]))
    elif shape == "square":
        painter.drawRect(box.adjusted(scale, scale, -scale, -scale))
    else:
        painter.drawEllipse(box)
    painter.end()
    return image
