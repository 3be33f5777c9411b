"""The print commands: File → Print, the lists' right-click menus and Ctrl+P, in one place.

Each command makes a :class:`~.documents.PrintRequest` from what is chosen (the activity in the list or
on the workshop page, the chosen participants, a period asked in a small dialog), builds its PDF into a
temporary file in a background job (the same job path as import and export: progress and Cancel in the
status bar, one job at a time), and opens the preview when the file is ready. Printing from the preview
runs as a job too.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMenu

from ...store import RecordNotFound
from .. import errors
from ..settings import app_settings, read_text
from . import documents, render
from .documents import PrintRequest
from .period import PeriodDialog
from .preview import PrintPreview

if TYPE_CHECKING:
    from ..jobs import Job
    from ..main_window import MainWindow

#: The language documents were last printed in (QSettings).
LANGUAGE = "printing/language"
#: The folder a PDF was last saved in (QSettings).
FOLDER = "printing/folder"


class PrintActions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        #: The preview opened last (``None`` once closed).
        self.preview: PrintPreview | None = None
        self._previews: list[PrintPreview] = []
        self._period: PeriodDialog | None = None
        self._folder: tempfile.TemporaryDirectory | None = None
        self._files = 0
        # Files a print job still reads: removed when it is done, not when their preview closes.
        self._printing: dict[Path, bool] = {}

        self.print_chosen_action = self._action(self.tr("&Print What Is Chosen…"), self.print_chosen,
                                                self.tr("An activity: its sign-in sheet; participants: their "
                                                        "summaries; the Reports section: the indicator report"))
        self.print_chosen_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.handout = self._activity_action(self.tr("Print &Handout…"), "handout",
                                             self.tr("The participants' handout of the chosen activity"))
        self.runsheet = self._activity_action(self.tr("Print &Run Sheet…"), "runsheet",
                                              self.tr("The facilitator's minute-by-minute agenda of the activity"))
        self.signin = self._activity_action(self.tr("Print &Sign-in Sheet…"), "signin",
                                            self.tr("The list of registered people to sign, with blank rows"))
        self.tablecards = self._activity_action(self.tr("Print &Table Cards…"), "tablecards",
                                                self.tr("One folded card per table group of the activity"))
        self.activity_summaries = self._action(self.tr("Print Summaries of &Participants…"),
                                               self.print_activity_summaries,
                                               self.tr("A summary for everyone present at the chosen activity"))
        self.participant_summary = self._action(self.tr("Print Su&mmary…"), self.print_participant_summaries,
                                                self.tr("What each chosen participant took part in"))
        self.indicators = self._action(self.tr("Print &Indicator Report…"), self.ask_indicator_report,
                                       self.tr("The project's indicators for a period"))
        self.period_summaries = self._action(self.tr("Print Summaries for a Pe&riod…"),
                                             self.ask_period_summaries,
                                             self.tr("A summary for everyone present at an activity in a period"))

        self.menu = QMenu(self.tr("&Print"), window)
        self.menu.setObjectName("printMenu")
        self.menu.addAction(self.print_chosen_action)
        self.menu.addSeparator()
        self.menu.addActions(self.activity_actions)
        self.menu.addSeparator()
        self.menu.addAction(self.participant_summary)
        self.menu.addSeparator()
        self.menu.addAction(self.indicators)
        self.menu.addAction(self.period_summaries)
        self.menu.aboutToShow.connect(self.update)
        # Ctrl+P works whether or not the window has put the menu in its menu bar.
        window.addAction(self.print_chosen_action)

    def _action(self, text: str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _activity_action(self, text: str, document: str, tip: str) -> QAction:
        return self._action(text, lambda: self.print_activity(document), tip)

    @property
    def activity_actions(self) -> list[QAction]:
        return [self.handout, self.runsheet, self.signin, self.tablecards, self.activity_summaries]

    def list_actions(self, section_key: str) -> list[QAction]:
        """The print commands for a list's right-click menu."""
        self.update()
        if section_key == "activities":
            return self.activity_actions
        if section_key == "participants":
            return [self.participant_summary]
        return []

    def update(self) -> None:
        idle = self.window.exchange.job is None
        activity = self.chosen_activity() is not None
        for action in self.activity_actions:
            action.setEnabled(idle and activity)
        self.participant_summary.setEnabled(idle and bool(self.chosen_participants()))
        for action in (self.print_chosen_action, self.indicators, self.period_summaries):
            action.setEnabled(idle)

    # -- what is chosen ----------------------------------------------------------------------------

    def chosen_activity(self) -> tuple[str, str] | None:
        """The activity (id, title) on the workshop page, else the one chosen in the Activities list."""
        window = self.window
        if window.workshop_showing:
            activity_id = window.workshop.activity_id
        else:
            section = window.current_section
            if section is None or section.key != "activities":
                return None
            page = window.current_page
            activity_id = page.selected_id if page is not None else None
            if activity_id is None:
                targets = window.record_actions.targets()
                activity_id = targets[0] if targets else None
        if not activity_id:
            return None
        try:
            return activity_id, window.store.activities.get(activity_id).title
        except RecordNotFound:
            return None

    def chosen_participants(self) -> list[str]:
        window = self.window
        section = window.current_section
        if window.workshop_showing or section is None or section.key != "participants":
            return []
        return window.record_actions.targets()

    # -- the commands ------------------------------------------------------------------------------

    def print_chosen(self) -> Job | None:
        """Ctrl+P: the most natural document of what is chosen."""
        if self.chosen_activity() is not None:
            return self.print_activity("signin")
        if self.chosen_participants():
            return self.print_participant_summaries()
        section = self.window.current_section
        if section is not None and section.key == "reports" and not self.window.workshop_showing:
            self.ask_indicator_report()
            return None
        self.window.show_status(self.tr("Choose an activity or participants first, or print a report for a "
                                        "period from File → Print."))
        return None

    def print_activity(self, document: str) -> Job | None:
        chosen = self.chosen_activity()
        if chosen is None:
            self.window.show_status(self.tr("Choose an activity in the Activities list first."))
            return None
        return self.print_request(documents.activity_document(document, *chosen))

    def print_activity_summaries(self) -> Job | None:
        chosen = self.chosen_activity()
        if chosen is None:
            self.window.show_status(self.tr("Choose an activity in the Activities list first."))
            return None
        return self.print_request(documents.activity_summaries(*chosen))

    def print_participant_summaries(self) -> Job | None:
        ids = self.chosen_participants()
        if not ids:
            self.window.show_status(self.tr("Choose the participants in the Participants list first."))
            return None
        if len(ids) == 1:
            try:
                about = self.window.store.participants.get(ids[0]).full_name
            except RecordNotFound:
                return None
        else:
            about = self.window.current_section.count_text(len(ids))
        return self.print_request(documents.participant_summaries(ids, about))

    def ask_indicator_report(self) -> None:
        self.ask_period(self.tr("Print Indicator Report"),
                        lambda start, end: self.print_request(documents.indicator_report(start, end)))

    def ask_period_summaries(self) -> None:
        self.ask_period(self.tr("Print Summaries for a Period"),
                        lambda start, end: self.print_request(documents.period_summaries(start, end)))

    def ask_period(self, title: str, chosen: Callable[[str, str], object]) -> PeriodDialog:
        if self._period is None:
            self._period = PeriodDialog(self.window)
        self._period.ask(title, lambda start, end: chosen(start, end))
        return self._period

    @property
    def period_dialog(self) -> PeriodDialog | None:
        return self._period

    # -- building ----------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        settings = app_settings()
        lang = read_text(settings, LANGUAGE)
        if lang in documents.LANGUAGES:
            return lang
        from ..language import effective_language
        from ..settings import read_language

        return effective_language(read_language(settings))  # nothing printed yet: the program's language

    def print_request(self, request: PrintRequest, lang: str | None = None) -> Job | None:
        """Build ``request`` in the background; its preview opens when the file is ready."""
        lang = lang or self.language
        return self.build(request, lang, lambda path, _pages: self.open_preview(request, path, lang))

    def build(self, request: PrintRequest, lang: str, built: Callable[[Path, int], object],
              failed: Callable[[], object] | None = None) -> Job | None:
        exchange = self.window.exchange
        if exchange.job is not None:
            self.window.show_status(self.tr("Another job is running: wait for it, or cancel it, then print."))
            if failed is not None:
                failed()
            return None
        target = self._new_file()

        def work(store, job: Job) -> int:
            return documents.build(store, request, target, lang, progress=job.report if request.batch else None,
                                   cancel=job.is_cancelled)

        def finished(pages: int) -> None:
            self.window.show_status(self.tr("%1 is ready.").replace("%1", request.heading))
            built(target, pages)

        def fail(error: BaseException) -> None:
            target.unlink(missing_ok=True)
            self._build_failed(request, error)
            if failed is not None:
                failed()

        text = self.tr("Preparing: %1…").replace("%1", request.heading)
        job = exchange.run(text, work, finished, fail)
        job.done.connect(self.update)
        return job

    def _build_failed(self, request: PrintRequest, error: BaseException) -> None:
        # Here, not at the top: reportlab loads when the first document is built, not with the window.
        from ...reports.template import ReportCancelled, ReportError

        window = self.window
        window.statusBar().clearMessage()
        if isinstance(error, ReportCancelled):
            window.show_status(self.tr("Printing cancelled; no document was made."))
            return
        title = self.tr("Nothing to print")
        if isinstance(error, ReportError):
            errors.report_error(window, title, str(error),
                                advice=self.tr("The %1 was not made.").replace("%1", request.name))
            return
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        errors.report_error(window, self.tr("The document was not made"),
                            self.tr("The %1 could not be made.").replace("%1", request.name),
                            self.tr("Reason: %1").replace("%1", reason),
                            advice=self.tr("Check that there is room on the disk, and try again."))

    def _new_file(self) -> Path:
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="aiall-print-", ignore_cleanup_errors=True)
        self._files += 1
        return Path(self._folder.name) / f"document-{self._files}.pdf"

    @property
    def folder(self) -> Path | None:
        """Where the documents being previewed are built (temporary)."""
        return Path(self._folder.name) if self._folder is not None else None

    def _discard(self, path: Path) -> None:
        if path in self._printing:
            self._printing[path] = True  # removed when the print job is done
        else:
            path.unlink(missing_ok=True)

    # -- the preview -------------------------------------------------------------------------------

    def open_preview(self, request: PrintRequest, path: Path, lang: str) -> PrintPreview:
        preview = PrintPreview(request, self.window, lang, self.print_pages, folder=self._save_folder,
                               discard=self._discard)
        preview.language_chosen.connect(lambda chosen, p=preview: self._rebuild(p, chosen))
        preview.closed.connect(lambda p=preview: self._preview_closed(p))
        preview.saved.connect(lambda target: app_settings().setValue(FOLDER, str(target.parent)))
        preview.show_document(path, lang)
        self._previews.append(preview)
        self.preview = preview
        preview.dialog.resize(self._preview_size())
        preview.dialog.show()
        preview.view.setFocus()
        return preview

    def _preview_size(self):
        # Tall enough to read a page at fit-width; never taller than the window it belongs to.
        size = self.window.size()
        size.setWidth(min(max(size.width() * 2 // 3, 720), size.width()))
        size.setHeight(max(size.height() - 40, 480))
        return size

    def _rebuild(self, preview: PrintPreview, lang: str) -> None:
        app_settings().setValue(LANGUAGE, lang)
        self.build(preview.request, lang, lambda path, _pages: preview.show_document(path, lang),
                   preview.build_failed)

    def _preview_closed(self, preview: PrintPreview) -> None:
        if preview in self._previews:
            self._previews.remove(preview)
        if self.preview is preview:
            self.preview = None
        preview.dialog.deleteLater()

    def _save_folder(self) -> str:
        return read_text(app_settings(), FOLDER) or self.window._dialog_folder()

    # -- printing ----------------------------------------------------------------------------------

    def print_pages(self, preview: PrintPreview, printer: QPrinter, pages: list[int]) -> Job | None:
        """Send ``pages`` of the preview's document to ``printer`` (set up by the print dialog), as a job."""
        exchange = self.window.exchange
        source = preview.path
        if source is None or exchange.job is not None:
            self.window.show_status(self.tr("Another job is running: wait for it, or cancel it, then print."))
            return None
        self._printing[source] = False

        def work(_store, job: Job) -> int:
            return render.print_pages(source, printer, pages, progress=job.report, cancel=job.is_cancelled)

        def finished(count: int) -> None:
            text = self.tr("Sent 1 page to the printer.") if count == 1 else \
                self.tr("Sent %1 pages to the printer.").replace("%1", str(count))
            self.window.show_status(text)

        def failed(error: BaseException) -> None:
            self.window.statusBar().clearMessage()
            if isinstance(error, render.PrintCancelled):
                self.window.show_status(self.tr("Printing cancelled."))
                return
            errors.report_error(self.window, self.tr("Not printed"),
                                self.tr("The %1 was not printed.").replace("%1", preview.request.name),
                                self.tr("Reason: %1").replace("%1", str(error) or type(error).__name__),
                                advice=self.tr("Check the printer, or save the document as a PDF and print "
                                               "that."))

        def done() -> None:
            if self._printing.pop(source, False):
                source.unlink(missing_ok=True)
            self.update()

        # Only the printer's own name: the job's text says where the pages go.
        where = printer.printerName() or printer.outputFileName()
        text = self.tr("Printing %1…").replace("%1", preview.request.name) if not where else \
            self.tr("Printing %1 on %2…").replace("%1", preview.request.name).replace("%2", Path(where).name)
        job = exchange.run(text, work, finished, failed)
        job.done.connect(done)
        return job

    def stop(self) -> None:
        """The window is closing: the previews go, with their files."""
        for preview in list(self._previews):
            preview.dialog.close()
