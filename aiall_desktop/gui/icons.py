"""The program's own icons, drawn as SVG in ``resources/icons`` so they stay sharp at any scale.

Each icon also gets a variant for selected items, drawn in the palette's highlighted-text colour:
the blue line drawing would otherwise vanish into a blue selection.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QGuiApplication, QIcon, QImageReader, QPalette, QPixmap

from ..paths import resources_dir

APP_ICON = "aiall-desktop"
#: The line colour the icon files are drawn in; the selected variant replaces it.
LINE_COLOUR = "#3a6ea5"
#: Sizes of the selected variant: the navigation column's, at normal and double pixel density.
SIZES = (22, 44)


def _render(svg: bytes, size: int) -> QPixmap:
    buffer = QBuffer()
    buffer.setData(QByteArray(svg))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(QSize(size, size))
    return QPixmap.fromImage(reader.read())


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``; an empty icon if it is missing (the text says it all)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    result = QIcon(str(path))
    svg = path.read_bytes()
    if LINE_COLOUR.encode() in svg and QGuiApplication.instance() is not None:
        selected = QGuiApplication.palette().color(QPalette.ColorRole.HighlightedText).name()
        inverted = svg.replace(LINE_COLOUR.encode(), selected.encode())
        for size in SIZES:
            pixmap = _render(inverted, size)
            if not pixmap.isNull():
                result.addPixmap(pixmap, QIcon.Mode.Selected)
    return result
