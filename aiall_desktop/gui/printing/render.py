"""Sending a built PDF to a printer: each page drawn as an image at the printer's resolution.

Qt prints by painting on a :class:`QPrinter`; a PDF page becomes a ``QImage`` (``QPdfDocument.render``)
painted to fill the sheet. Painting on a ``QPrinter`` is allowed off the UI thread, so this runs in a
job: a batch of a few hundred pages takes a while and the window must not freeze meanwhile. The job
opens the file in a ``QPdfDocument`` of its own; the preview's stays with the preview.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

#: A sheet at 1200 dpi would be a 550 MB image; 300 dpi is as sharp as text gets on office printers.
MAX_DPI = 300


class PrintCancelled(Exception):
    """The facilitator cancelled; the printer was told to drop what it had."""


class PrintFailed(Exception):
    """The printer or the file refused; the message says which."""


def prepare(printer: QPrinter, page_points: QSizeF) -> None:
    """Propose the document's own paper and orientation, before the print dialog shows them."""
    width, height = page_points.width(), page_points.height()
    printer.setPageSize(QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if width > height
                               else QPageLayout.Orientation.Portrait)


def chosen_pages(printer: QPrinter, page_count: int, current: int) -> list[int]:
    """The 0-based pages the print dialog asked for: all, a range ("from 2 to 3") or the page shown."""
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        return [min(max(current, 0), page_count - 1)] if page_count else []
    if mode == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = printer.fromPage() - 1
        last = min(printer.toPage() or page_count, page_count) - 1
        return list(range(first, last + 1))
    return list(range(page_count))


def print_pages(source: Path, printer: QPrinter, pages: Sequence[int], *,
                progress: Callable[[int, int], None] | None = None,
                cancel: Callable[[], bool] | None = None) -> int:
    """Paint ``pages`` of the PDF ``source`` on ``printer``; the number of pages sent."""
    document = QPdfDocument()
    try:
        if document.load(str(source)) != QPdfDocument.Error.None_:
            raise PrintFailed(f"the document {source.name} cannot be read")
        pages = [page for page in pages if 0 <= page < document.pageCount()]
        # The PDF carries its own margins; the printer's would add a second, narrower page.
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed("the printer cannot be used (is it switched on and connected?)")
        try:
            for done, page in enumerate(pages):
                if cancel is not None and cancel():
                    printer.abort()
                    raise PrintCancelled()
                if progress is not None:
                    progress(done, len(pages))
                if done and not printer.newPage():
                    raise PrintFailed("the printer stopped taking pages")
                _draw(painter, printer, document, page)
        finally:
            painter.end()
        if progress is not None:
            progress(len(pages), len(pages))
        return len(pages)
    finally:
        document.close()


def _draw(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    resolution = printer.resolution()
    sheet = QRectF(printer.pageLayout().fullRectPixels(resolution))
    points = document.pagePointSize(page)
    dpi = min(resolution, MAX_DPI)
    image = document.render(page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
    # Fit the page to the sheet, centred: an A4 document on Letter paper loses nothing.
    scale = min(sheet.width() / points.width(), sheet.height() / points.height())
    width, height = points.width() * scale, points.height() * scale
    target = QRectF(sheet.x() + (sheet.width() - width) / 2, sheet.y() + (sheet.height() - height) / 2, width, height)
    painter.drawImage(target, image)
