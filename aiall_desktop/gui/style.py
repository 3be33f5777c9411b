"""The program's look: the style sheet from ``resources/styles`` and type sizes relative to the system.

Colours in the style sheet come from the palette, so that a dark or high-contrast desktop theme still
holds; sizes are relative to the system font, so that the user's text scaling carries through.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from ..paths import resources_dir

STYLE_SHEET = "app.qss"


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    elif base.pixelSize() > 0:
        font.setPixelSize(round(base.pixelSize() * factor))
    font.setBold(bold)
    return font


def apply_style(app: QApplication) -> None:
    path = resources_dir() / "styles" / STYLE_SHEET
    if path.is_file():
        app.setStyleSheet(path.read_text(encoding="utf-8"))


def accent_headroom(font: QFont) -> int:
    """How far the marks of capitals such as Å, Ä and Ö rise above the font's own ascent (0 in most fonts)."""
    metrics = QFontMetrics(font)
    return max(0, -metrics.boundingRect("ÅÄÖÉ").top() - metrics.ascent())


def show_plain(label: QLabel, text: str) -> None:
    """Put plain data (a name, notes) into a selectable label without losing the tops of Å, Ä and Ö.

    A selectable label clips its text to the lines' own height, so the marks that some fonts draw above
    the ascent are cut off ("Örebro" reads "Orebro"). A fixed line height with that headroom keeps them.
    The text is escaped: names and notes are data, never markup. Screen readers get the plain text.
    """
    metrics = QFontMetrics(label.font())
    headroom = accent_headroom(label.font())
    label.setTextFormat(Qt.TextFormat.RichText)
    if not headroom:
        label.setText(f'<p style="white-space:pre-wrap">{html.escape(text)}</p>')
        return
    line = max(metrics.lineSpacing(), metrics.height()) + headroom
    label.setText(
        f'<p style="white-space:pre-wrap; line-height:{line}px; -qt-line-height-type:fixed">{html.escape(text)}</p>'
    )
