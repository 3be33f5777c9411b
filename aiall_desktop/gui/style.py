"""The program's look: the style sheet from ``resources/styles`` and type sizes relative to the system.

Colours in the style sheet come from the palette, so that a dark or high-contrast desktop theme still
holds; sizes are relative to the system font, so that the user's text scaling carries through.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from ..paths import resources_dir

STYLE_SHEET = "app.qss"

#: The application's font as the system gave it, before any text size of the user's was applied.
_system_font: QFont | None = None


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    elif base.pixelSize() > 0:
        font.setPixelSize(round(base.pixelSize() * factor))
    font.setBold(bold)
    return font


def system_font(app: QApplication | None = None) -> QFont:
    """The font the system gave the application; remembered the first time it is asked for."""
    global _system_font
    if _system_font is None:
        _system_font = QFont((app or QApplication.instance()).font())
    return QFont(_system_font)


def text_scale_font(percent: int, app: QApplication | None = None) -> QFont:
    """The system's font at ``percent`` of its size (100 = as the system has it)."""
    base = system_font(app)
    return scaled_font(base, percent / 100, bold=base.bold())


def apply_text_scale(app: QApplication, percent: int) -> None:
    """Make every text ``percent`` of the system's size, at once, in every open window.

    Widgets that follow the application font change with it. Those given a font of their own (a
    heading made 1.35 times the text) keep their proportion: their size changes by the same factor.
    Pixel-sized fonts (the projector, the matrix) size themselves to their window and are left alone.
    """
    old = app.font()
    new = text_scale_font(percent, app)
    if old.pointSizeF() > 0 and new.pointSizeF() > 0:
        factor = new.pointSizeF() / old.pointSizeF()
    elif old.pixelSize() > 0 and new.pixelSize() > 0:
        factor = new.pixelSize() / old.pixelSize()
    else:
        factor = 1.0
    if abs(factor - 1.0) < 1e-6:
        return
    own_fonts = []
    for widget in app.allWidgets():
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            font = QFont(widget.font())
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * factor)
            own_fonts.append((widget, font))
    app.setFont(new)
    # Under a style sheet, Qt does not carry a new application font into existing widgets; setting the
    # sheet again polishes every widget anew, with the new font. Polishing also puts back the fonts
    # that widgets had when first polished, so their own fonts are set again afterwards.
    if app.styleSheet():
        app.setStyleSheet(app.styleSheet())
    for widget, font in own_fonts:
        widget.setFont(font)


def apply_saved_text_scale(app: QApplication, settings: QSettings | None = None) -> int:
    """At start, before any window is built: the text size the user chose last time."""
    from .settings import app_settings, read_text_scale

    percent = read_text_scale(settings or app_settings())
    system_font(app)
    if percent != 100:
        apply_text_scale(app, percent)
    return percent


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
