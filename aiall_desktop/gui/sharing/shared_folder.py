"""File → Share → Shared Folder…: exchange files left in a common folder, and the offer to merge them.

With a shared folder set, this laptop writes its exchange file there when the database opens and after
each merge or write, then looks for the colleagues' files. Waiting files are offered in the status bar
("2 colleagues' changes are waiting — Merge…"), never forced: Merge… runs File → Share's own preview →
merge flow (:class:`ShareActions`) for each file in turn. The folder work runs in the window's background
jobs, so a slow network drive never freezes the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from ...sharing import ExchangeRefused
from ...sharing.folder import FolderFile, FolderState, note_merged, set_shared_folder, shared_folder, visit

if TYPE_CHECKING:
    from collections.abc import Callable

    from .actions import ShareActions


class SharedFolderDialog(QDialog):
    """Choose the shared folder, or clear it to stop sharing through a folder."""

    def __init__(self, current: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shared Folder"))
        explanation = QLabel(self.tr(
            "A folder your colleagues also reach (a network drive or a synced folder). This laptop leaves its "
            "exchange file there and offers to merge the colleagues' files it finds. Leave it empty to turn "
            "this off."))
        explanation.setWordWrap(True)
        self.path_edit = QLineEdit(str(current) if current else "")
        self.path_edit.setObjectName("sharedFolderPath")
        self.path_edit.setAccessibleName(self.tr("Shared folder"))
        self.path_edit.setPlaceholderText(self.tr("No shared folder"))
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.textChanged.connect(lambda _text: self.problem.hide())
        path_label = QLabel(self.tr("&Folder:"))
        path_label.setBuddy(self.path_edit)
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the shared folder"))
        self.choose_button.clicked.connect(self.choose)
        self.clear_button = QPushButton(self.tr("&Turn Off"))
        self.clear_button.setAccessibleName(self.tr("Turn the shared folder off"))
        self.clear_button.clicked.connect(self.path_edit.clear)
        self.problem = QLabel()
        self.problem.setObjectName("sharedFolderProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(path_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.path_edit, self.choose_button)
        self.setTabOrder(self.choose_button, self.clear_button)
        self.resize(560, self.sizeHint().height())

    def folder(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def choose(self) -> None:
        start = self.path_edit.text().strip()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Shared Folder"), start)
        if chosen:
            self.path_edit.setText(chosen)

    def accept(self) -> None:
        folder = self.folder()
        if folder is not None and not folder.is_dir():
            # Said in words beside the field; what was typed stays for correcting.
            self.problem.setText(self.tr("Problem: there is no folder “%1”. Choose an existing folder, or leave "
                                         "the field empty to turn the shared folder off.").replace("%1", str(folder)))
            self.problem.show()
            self.path_edit.setFocus()
            return
        super().accept()


class SharedFolder(QObject):
    def __init__(self, actions: ShareActions):
        super().__init__(actions)
        self.actions = actions
        self.window = actions.window
        self.waiting: list[FolderFile] = []
        self.dialog: SharedFolderDialog | None = None
        self._round: list[FolderFile] = []  # the files "Merge…" goes through, in turn
        self._current: FolderFile | None = None
        self._visit_due = False
        self._announce = False  # say so when our file is written: only right after the folder is chosen
        self.folder_action = QAction(self.tr("Shared &Folder…"), self.window)
        self.folder_action.setStatusTip(self.tr("Exchange files with colleagues through a common folder"))
        self.folder_action.triggered.connect(self.choose_folder)
        self.merge_waiting_action = QAction(self.tr("Merge &Colleagues' Changes…"), self.window)
        self.merge_waiting_action.setStatusTip(self.tr("Merge the exchange files waiting in the shared folder"))
        self.merge_waiting_action.triggered.connect(self.merge_waiting)
        self.merge_waiting_action.setEnabled(False)

        self.offer = QWidget()
        self.offer.setObjectName("sharedFolderOffer")
        self.offer_label = QLabel()
        self.offer_button = QPushButton(self.tr("&Merge…"))
        self.offer_button.setObjectName("sharedFolderMerge")
        self.offer_button.setAccessibleName(self.tr("Merge the colleagues' changes"))
        self.offer_button.clicked.connect(self.merge_waiting)
        row = QHBoxLayout(self.offer)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.offer_label)
        row.addWidget(self.offer_button)
        self.offer.hide()
        self._installed = False
        self.window.database_changed.connect(self.database_opened)

    @property
    def folder(self) -> Path | None:
        return shared_folder(self.window.store)

    # -- the setting -------------------------------------------------------------------------------

    def choose_folder(self) -> SharedFolderDialog:
        dialog = SharedFolderDialog(self.folder, self.window)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.set_folder(dialog.folder()))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: SharedFolderDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def set_folder(self, folder: Path | None) -> None:
        if folder == self.folder:
            return
        set_shared_folder(self.window.store, folder)
        self._show_offer([])
        if folder is None:
            self.window.show_status(self.tr("Shared folder turned off."))
            return
        self._announce = True
        self.changed()

    # -- visiting the folder -----------------------------------------------------------------------

    def database_opened(self, _path=None) -> None:
        if not self._installed:  # the status bar exists once the window is built
            self.window.statusBar().addPermanentWidget(self.offer)
            self._installed = True
        self._round = []
        self._current = None
        self._show_offer([])
        self.changed()

    def changed(self) -> None:
        """The register or the folder changed: write our file again and look for colleagues' files."""
        if self.folder is None or self._visit_due:
            return
        self._visit_due = True
        self._when_idle(self._visit)

    def _visit(self) -> None:
        self._visit_due = False
        folder = self.folder
        if folder is None:
            return
        write = not self.window.store.read_only
        # A routine visit must not wipe what the status bar said before (a merge's summary, say).
        before = self.window.statusBar().currentMessage()

        def work(job_store, _job) -> FolderState:
            return visit(job_store, folder, write=write)

        self.window.exchange.run(self.tr("Writing to the shared folder…"), work,
                                 lambda state: self._visited(state, before), self._visit_failed)

    def _visited(self, state: FolderState, before: str = "") -> None:
        if state.folder != self.folder:  # changed meanwhile; the next visit is on its way
            return
        if self._announce and state.written is not None:
            self.window.show_status(self.tr("Exchange file written to the shared folder %1").replace(
                "%1", str(state.folder)))
        elif before:
            self.window.show_status(before)
        else:
            self.window.statusBar().clearMessage()
        self._announce = False
        self._show_offer(state.waiting)
        if self._round:
            self._when_idle(self._next_in_round)

    def _visit_failed(self, error: BaseException) -> None:
        # Not a dialog: the drive may simply be offline today, and it is tried again next time.
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        self.window.show_status(self.tr("The shared folder could not be used: %1").replace("%1", reason))
        self._round = []

    def _show_offer(self, waiting: list[FolderFile]) -> None:
        self.waiting = list(waiting)
        count = len(self.waiting)
        if count == 0:
            self.offer.hide()
        else:
            text = (self.tr("A colleague's changes are waiting") if count == 1 else
                    self.tr("%1 colleagues' changes are waiting").replace("%1", str(count)))
            self.offer_label.setText(text)
            self.offer.setAccessibleName(text)
            self.offer.setToolTip(", ".join(file.name for file in self.waiting))
            self.offer.show()
        self.merge_waiting_action.setEnabled(count > 0 and not self.window.store.read_only)

    # -- merging what waits ------------------------------------------------------------------------

    def merge_waiting(self) -> None:
        if not self.waiting or self.window.store.read_only:
            return
        self._round = list(self.waiting)
        self._when_idle(self._next_in_round)

    def _next_in_round(self) -> None:
        folder = self.folder
        if not self._round or folder is None:
            self._round = []
            return
        file = self._round.pop(0)
        self._current = file
        job = self.actions.read_plan(folder / file.name)
        # Connected after ShareActions' own handler: the preview exists when this runs.
        job.finished.connect(lambda _result: self._preview_shown(file))

    def _preview_shown(self, file: FolderFile) -> None:
        preview = self.actions.preview
        if preview is None:
            return
        preview.rejected.connect(lambda: self._skipped(file))

    def _skipped(self, file: FolderFile) -> None:
        # Not now: offered again at the next visit; the others of this round still come.
        if self._current == file:
            self._current = None
        self._when_idle(self._next_in_round)

    def merged(self) -> None:
        """ShareActions merged a file: if it was the folder's, do not offer it again until it changes."""
        if self._current is not None:
            note_merged(self.window.store, self._current)
            self._current = None
        self.changed()

    def not_merged(self, error: BaseException) -> None:
        file, self._current = self._current, None
        if file is None:
            return
        if isinstance(error, ExchangeRefused):
            # A foreign or damaged file would be refused again and again: skip it until it changes.
            note_merged(self.window.store, file)
            self._show_offer([waiting for waiting in self.waiting if waiting != file])
        self._round = []

    # -- jobs --------------------------------------------------------------------------------------

    def _when_idle(self, then: Callable[[], None]) -> None:
        """Run ``then`` once no background job runs (one at a time) and no merge preview is open."""
        job = self.window.exchange.job
        if job is None and self.actions.preview is None:
            then()
            return

        def again(*_args) -> None:
            QTimer.singleShot(0, lambda: self._when_idle(then))

        if job is not None:
            job.done.connect(again)
        else:
            self.actions.preview.finished.connect(again)
