"""File → Import… and Export List…: the window's side of ``exchange``, run as background jobs.

Reading an import file, writing an import and writing an export each run in a :class:`Job` with its own
store; the status bar shows a progress bar and a Cancel button meanwhile, and the window stays usable.
One job runs at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QProgressBar, QPushButton, QStatusBar

from ..exchange import ExportCancelled, ImportCancelled, ImportPlan, ImportRefused, ImportResult, apply_import, export_rows, read_import
from . import errors
from .jobs import Job

if TYPE_CHECKING:
    from ..store import Store
    from .main_window import MainWindow

#: The sections whose lists can be exported (their list name is a kind the export writes; cases are
#: exported only, the import does not read them).
EXPORTABLE = ("organisations", "participants", "activities", "cases")
IMPORT_BACKUP_LABEL = "before-import"


def import_work(plan: ImportPlan) -> Callable[[Store, Job], ImportResult]:
    """Apply ``plan`` on the job's store: a backup first when the register holds records."""

    def work(store: Store, job: Job) -> ImportResult:
        if job.cancelled:
            raise ImportCancelled()
        if any(store.counts().values()):
            job.report(0, 0)
            store.backup(label=IMPORT_BACKUP_LABEL)
        return apply_import(store, plan, progress=job.report, cancel=job.is_cancelled)

    return work


class ImportExport(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.job: Job | None = None
        self.preview = None
        self._job_text = ""

        self.import_action = QAction(self.tr("&Import…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(self.tr("Read organisations, participants, activities or attendance "
                                                "from a CSV or Excel file"))
        self.import_action.triggered.connect(self.choose_import)
        self.export_action = QAction(self.tr("&Export List…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip(self.tr("Write the rows the list shows to a CSV or Excel file"))
        self.export_action.triggered.connect(self.choose_export)

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("jobProgress")
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("jobCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel the running job"))
        self.cancel_button.clicked.connect(self.cancel)

    def install(self, bar: QStatusBar) -> None:
        bar.addPermanentWidget(self.progress_bar)
        bar.addPermanentWidget(self.cancel_button)
        self.progress_bar.hide()
        self.cancel_button.hide()

    def update(self) -> None:
        idle = self.job is None
        self.import_action.setEnabled(idle)
        page = self.window.current_page
        self.export_action.setEnabled(idle and page is not None and page.section.key in EXPORTABLE)

    # -- jobs --------------------------------------------------------------------------------------

    def run(self, text: str, work: Callable[[Store, Job], Any], finished: Callable[[Any], None],
            failed: Callable[[BaseException], None]) -> Job:
        """Run ``work`` in a job, with the progress and a Cancel button in the status bar."""
        assert self.job is None, "one job at a time"
        job = Job(self.window.store.path, work, self)
        self.job = job
        self._job_text = text
        job.progress.connect(self._progress)
        job.finished.connect(finished)
        job.failed.connect(failed)
        job.done.connect(self._job_done)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setFormat(text)
        self.progress_bar.setToolTip(text)
        self.progress_bar.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.window.statusBar().showMessage(text)
        for action in (self.window.open_action, self.window.new_action):
            action.setEnabled(False)
        self.update()
        job.start()
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.window.statusBar().showMessage(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.progress_bar.setRange(0, 0)
            return
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(min(done, total))
        self.progress_bar.setFormat(f"{self._job_text} %p%")

    def _job_done(self) -> None:
        self.job = None
        self.progress_bar.hide()
        self.cancel_button.hide()
        for action in (self.window.open_action, self.window.new_action):
            action.setEnabled(True)
        self.update()

    def stop(self) -> None:
        """The window is closing: cancel a running job and wait for it (nothing half-written stays)."""
        job = self.job
        if job is not None:
            job.cancel()
            job.wait()

    # -- import ------------------------------------------------------------------------------------

    def choose_import(self) -> bool:
        if self.job is not None:
            return False
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import"), self.window._dialog_folder(),
            self.tr("Spreadsheets (*.csv *.xlsx)") + ";;" + self.tr("CSV files (*.csv)") + ";;"
            + self.tr("Excel workbooks (*.xlsx)") + ";;" + self.tr("All files (*)"),
        )
        if not chosen:
            return False
        self.read_plan(Path(chosen))
        return True

    def read_plan(self, path: Path) -> Job:
        text = self.tr("Reading %1…").replace("%1", path.name)
        return self.run(text, lambda store, _job: read_import(path, store=store), self.show_preview,
                        lambda error: self._failed(self.tr("The file could not be read"), error))

    def show_preview(self, plan: ImportPlan):
        from .dialogs.import_preview import ImportPreview

        self.window.statusBar().clearMessage()
        preview = ImportPreview(plan, self.window)
        self.preview = preview
        preview.dialog.accepted.connect(lambda: self.apply(plan))
        preview.dialog.finished.connect(lambda _result: self._preview_closed(preview))
        preview.dialog.open()
        return preview

    def _preview_closed(self, preview) -> None:
        if self.preview is preview:
            self.preview = None

    def apply(self, plan: ImportPlan) -> Job:
        text = self.tr("Importing %1…").replace("%1", plan.path.name)
        return self.run(text, import_work(plan), self._imported, self._import_failed)

    def _imported(self, result: ImportResult) -> None:
        self.refresh_register()
        self.window.show_status(self.tr("Imported: %1").replace("%1", result.summary()))

    def _import_failed(self, error: BaseException) -> None:
        if isinstance(error, ImportCancelled):
            self.window.show_status(self.tr("Import cancelled; nothing was changed"))
            return
        if isinstance(error, ImportRefused):
            from .editing.field_validation import problem_text

            details = "\n".join(problem_text(problem) for problem in error.problems)
            errors.report_error(
                self.window, self.tr("Nothing was imported"),
                self.tr("The register changed since the file was read, and the file no longer fits it."),
                details, advice=self.tr("Import the file again to see the problems."))
            return
        self._failed(self.tr("Nothing was imported"), error)

    def refresh_register(self) -> None:
        window = self.window
        kinds = frozenset(("organisations", "participants", "activities", "attendance"))
        for key in ("organisations", "participants", "activities", "cases"):
            page = window.built_page(key)
            if page is not None:
                page.refresh()
                window.record_pages.fill_filter_choices(page)
        for editor in window.details.editors():
            editor.register_changed(kinds, True)
            if editor.mode == "record":
                editor.refresh()
        window.record_actions.update()

    # -- export ------------------------------------------------------------------------------------

    def choose_export(self) -> bool:
        page = self.window.current_page
        if self.job is not None or page is None or page.section.key not in EXPORTABLE:
            return False
        excel = self.tr("Excel workbook (*.xlsx)")
        csv = self.tr("CSV, semicolons, for Excel (*.csv)")
        suggested = Path(self.window._dialog_folder()) / f"{page.section.key}.xlsx"
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export List"), str(suggested), excel + ";;" + csv)
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if chosen_filter == csv else ".xlsx"))
        self.export(page.section.list_name or page.section.key, path, page.model.search_text, page.model.filters,
                    page.model.sort_key())
        return True

    def export(self, kind: str, path: Path, search: str = "", filters: dict[str, Any] | None = None,
               order: tuple[str, bool] | None = None) -> Job:
        """Write ``kind``'s rows for ``search`` and ``filters``, sorted by ``order`` (column key, descending)
        as the list shows them; ``None``: the list's own order."""
        text = self.tr("Writing %1…").replace("%1", path.name)
        order_by, descending = order if order is not None else (None, None)

        def work(store: Store, job: Job) -> int:
            return export_rows(store, kind, path, search, filters or None, order_by=order_by, descending=descending,
                               progress=job.report, cancel=job.is_cancelled)

        def written(count: int) -> None:
            self.window.show_status(self.tr("Wrote %1 rows to %2").replace("%1", str(count)).replace("%2", str(path)))

        def failed(error: BaseException) -> None:
            if isinstance(error, ExportCancelled):
                self.window.show_status(self.tr("Export cancelled; no file was written"))
                return
            self._failed(self.tr("The list was not exported"), error)

        return self.run(text, work, written, failed)

    def _failed(self, title: str, error: BaseException) -> None:
        self.window.statusBar().clearMessage()
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        errors.report_error(self.window, title, title + ".", self.tr("Reason: %1").replace("%1", reason),
                            advice=self.tr("Check that the file may be read and written, and try again."))
