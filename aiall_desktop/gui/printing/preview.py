"""The print preview (``ui/print_preview.ui``): the built PDF as it will print, then Print… or Save as PDF….

The dialog shows a file that is already built (in a job, see :mod:`.actions`); choosing the other
language asks for the document again (``language_chosen``) and the new file replaces the old one when it
is ready. It is not modal: the facilitator may look something up in the register meanwhile, and the
status bar's Cancel stays reachable while a batch prints.

Designer has no ``QPdfView`` without a plugin the form loader does not load, so the form holds an empty
frame (``viewHolder``) and the view is put in it here.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QLabel,
    QPushButton,
    QWidget,
)

from .. import errors
from ..forms import load_form, part
from ..labels import number
from . import render
from .documents import PrintRequest

CONTEXT = "PrintPreview"

# Literal contexts at every call: pyside6-lupdate finds texts only in that form.
translate = QCoreApplication.translate

#: The languages a document is printed in, named in their own language (a reader looks for their own).
LANGUAGE_NAMES = (("sv", "Svenska"), ("en", "English"))

#: Zoom choices: fit the width, the whole page, or a fixed size (percent).
ZOOMS: tuple[QPdfView.ZoomMode | int, ...] = (QPdfView.ZoomMode.FitToWidth, QPdfView.ZoomMode.FitInView,
                                              50, 75, 100, 150, 200)

#: How the preview sends pages to the printer: ``(preview, printer, pages)``; the caller runs it as a job.
PrintRunner = Callable[["PrintPreview", QPrinter, list[int]], object]


class PrintPreview(QObject):
    #: The facilitator chose another language: build the document again in it.
    language_chosen = Signal(str)
    #: The dialog was closed (its file is discarded).
    closed = Signal()
    #: A copy was saved as a PDF file (its path).
    saved = Signal(Path)

    def __init__(self, request: PrintRequest, parent: QWidget | None, lang: str, print_pages: PrintRunner, *,
                 folder: Callable[[], str] = lambda: "",
                 discard: Callable[[Path], None] = lambda path: path.unlink(missing_ok=True)):
        super().__init__(parent)
        self.request = request
        self.lang = lang
        self.path: Path | None = None
        self._print_pages = print_pages
        self._folder = folder
        self._discard = discard

        self.dialog: QDialog = load_form("print_preview", parent)
        self.dialog.setObjectName("printPreview")
        self.dialog.setWindowTitle(request.heading)
        self.dialog.setWindowModality(Qt.WindowModality.NonModal)
        self.dialog.finished.connect(self._finished)

        self.document = QPdfDocument(self.dialog)
        holder = part(self.dialog, QFrame, "viewHolder")
        self.view = QPdfView(holder)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(translate("PrintPreview", "Pages of the document"))
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocument(self.document)
        holder.layout().addWidget(self.view)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)

        self.language_choice = part(self.dialog, QComboBox, "languageChoice")
        for code, name in LANGUAGE_NAMES:
            self.language_choice.addItem(name, code)
        self._select_language(lang)
        self.language_choice.currentIndexChanged.connect(self._language_changed)

        self.zoom_choice = part(self.dialog, QComboBox, "zoomChoice")
        for zoom in ZOOMS:
            self.zoom_choice.addItem(self._zoom_text(zoom))
        self.zoom_choice.currentIndexChanged.connect(self._zoom_changed)

        self.page_label = part(self.dialog, QLabel, "pageLabel")
        self.status_label = part(self.dialog, QLabel, "statusLabel")

        buttons = part(self.dialog, QDialogButtonBox, "buttonBox")
        self.print_button: QPushButton = buttons.addButton(translate("PrintPreview", "&Print…"),
                                                           QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("printButton")
        self.print_button.setAccessibleName(translate("PrintPreview", "Print"))
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_button.setToolTip(self._with_keys(translate("PrintPreview", "Send the document to a printer"),
                                                     self.print_button))
        self.print_button.clicked.connect(self.print_document)
        self.save_button: QPushButton = buttons.addButton(translate("PrintPreview", "&Save as PDF…"),
                                                          QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("saveButton")
        self.save_button.setAccessibleName(translate("PrintPreview", "Save as PDF"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setToolTip(self._with_keys(translate("PrintPreview", "Keep the document as a PDF file"),
                                                    self.save_button))
        self.save_button.clicked.connect(self.save_as_pdf)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(translate("PrintPreview", "Close the preview"))

        QWidget.setTabOrder(self.language_choice, self.zoom_choice)
        QWidget.setTabOrder(self.zoom_choice, self.view)
        QWidget.setTabOrder(self.view, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)
        self._set_ready(False)

    # -- the document ------------------------------------------------------------------------------

    def show_document(self, path: Path, lang: str) -> bool:
        """Show the built file ``path`` (in ``lang``); the file shown before goes."""
        old = self.path
        self.document.close()
        self.path = Path(path)
        self.lang = lang
        self._select_language(lang)
        loaded = self.document.load(str(path)) == QPdfDocument.Error.None_
        if old is not None and old != self.path:
            self._discard(old)
        self._set_ready(loaded)
        if not loaded:
            self.status_label.setText(translate("PrintPreview", "The document could not be shown."))
            return False
        pages = self.document.pageCount()
        self.status_label.setText(translate("PrintPreview", "%1 pages, ready to print.").replace("%1", number(pages))
                                  if pages != 1 else translate("PrintPreview", "1 page, ready to print."))
        self.view.pageNavigator().jump(0, self.view.pageNavigator().currentLocation())
        self._show_page_number(0)
        return True

    def building(self, lang: str) -> None:
        """Another language is being built: nothing to print until it is shown."""
        self._set_ready(False)
        name = dict(LANGUAGE_NAMES).get(lang, lang)
        self.status_label.setText(translate("PrintPreview", "Building the document in %1…").replace("%1", name))

    def build_failed(self) -> None:
        """The other language could not be built: back to the document shown."""
        self._select_language(self.lang)
        ready = self.document.status() == QPdfDocument.Status.Ready
        self._set_ready(ready)
        self.status_label.setText("")

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.language_choice.setEnabled(ready)

    def _select_language(self, lang: str) -> None:
        index = self.language_choice.findData(lang)
        self.language_choice.blockSignals(True)
        self.language_choice.setCurrentIndex(max(index, 0))
        self.language_choice.blockSignals(False)

    def _language_changed(self, _index: int) -> None:
        lang = self.language_choice.currentData()
        if lang and lang != self.lang:
            self.building(lang)
            self.language_chosen.emit(lang)

    def _show_page_number(self, page: int) -> None:
        count = self.document.pageCount()
        if count <= 0:
            self.page_label.clear()
            return
        self.page_label.setText(translate("PrintPreview", "Page %1 of %2")
                                .replace("%1", number(page + 1)).replace("%2", number(count)))

    @staticmethod
    def _zoom_text(zoom) -> str:
        if zoom == QPdfView.ZoomMode.FitToWidth:
            return translate("PrintPreview", "Fit width")
        if zoom == QPdfView.ZoomMode.FitInView:
            return translate("PrintPreview", "Whole page")
        return translate("PrintPreview", "%1%").replace("%1", number(zoom))

    def _zoom_changed(self, index: int) -> None:
        zoom = ZOOMS[index]
        if isinstance(zoom, int):
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(zoom / 100)
        else:
            self.view.setZoomMode(zoom)

    @staticmethod
    def _with_keys(text: str, button: QPushButton) -> str:
        keys = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        return f"{text} ({keys})" if keys else text

    # -- Print… and Save as PDF… -------------------------------------------------------------------

    def print_document(self):
        """Ask the printer and the pages (the system's print dialog), then print them in the background."""
        if self.path is None or self.document.pageCount() <= 0:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.request.heading)
        printer.setCreator("AI.ALL* Workshop Desk")
        render.prepare(printer, self.document.pagePointSize(0))
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self.dialog)
        dialog.setWindowTitle(translate("PrintPreview", "Print %1").replace("%1", self.request.name))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        pages = render.chosen_pages(printer, self.document.pageCount(), self.view.pageNavigator().currentPage())
        return self._print_pages(self, printer, pages)

    def save_as_pdf(self) -> Path | None:
        """Keep a copy of the built file where the facilitator says; the shown file stays as it is."""
        if self.path is None:
            return None
        suggested = str(Path(self._folder()) / self.request.file_name())
        chosen, _filter = QFileDialog.getSaveFileName(
            self.dialog, translate("PrintPreview", "Save as PDF"), suggested,
            translate("PrintPreview", "PDF documents (*.pdf)"))
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        # Copied beside the target first: a full disk or a cut network leaves no half document.
        partial = target.with_name(f".{target.name}.partial")
        try:
            shutil.copyfile(self.path, partial)
            os.replace(partial, target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            title = translate("PrintPreview", "The PDF was not saved")
            errors.report_error(
                self.dialog, title, translate("PrintPreview", "“%1” could not be written.").replace("%1", target.name),
                translate("PrintPreview", "Reason: %1").replace("%1", error.strerror or str(error)),
                advice=translate("PrintPreview", "Choose another folder, or check that there is room on the disk."))
            return None
        self.status_label.setText(translate("PrintPreview", "Saved as %1").replace("%1", str(target)))
        self.saved.emit(target)
        return target

    # -- closing -----------------------------------------------------------------------------------

    def _finished(self, _result: int) -> None:
        self.document.close()
        if self.path is not None:
            self._discard(self.path)
            self.path = None
        self.closed.emit()
