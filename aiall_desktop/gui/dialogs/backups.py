"""File → Backups…: the register's backups, restoring one, a backup on request, and the daily one.

The store does the work (``store/backup.py``); this module shows it. A restore closes the window's
database, so the dialog does not reopen anything itself: it emits :attr:`BackupsDialog.reopen` with the
path, and the window opens it again (:class:`BackupActions` does that for the main window). Backups of a
large register are taken in a background :class:`Job`, which copies a snapshot through its own
connection while the window stays usable.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from ...paths import backups_dir
from ...store import DatabaseRefused, Store
from ...store.backup import (
    BEFORE_DELETE,
    BEFORE_IMPORT,
    BEFORE_RESTORE,
    DAILY,
    MANUAL,
    BackupInfo,
    RestoreFailed,
    RestoreRefused,
    daily_backup,
    daily_backup_due,
    list_backups,
    restore_backup,
    rotate,
    take_backup,
)
from .. import errors, labels
from ..confirm import confirm
from ..forms import load_form, part
from ..jobs import Job

if TYPE_CHECKING:
    from ..main_window import MainWindow

#: Larger registers are backed up in the background (about 0.1 s of copying on a laptop's disk).
INLINE_BACKUP_LIMIT = 16 * 1024 * 1024

# Jobs outlive whoever started them until their thread has ended (see gui/dashboard_page.py).
_RUNNING: set[Job] = set()


def label_text(label: str) -> str:
    """Why a backup was taken, in the facilitator's words."""
    # Literal strings at each call, so that pyside6-lupdate finds them.
    if label == DAILY:
        return QApplication.translate("BackupsDialog", "Daily, on opening")
    if label == MANUAL:
        return QApplication.translate("BackupsDialog", "Made on request")
    if label == BEFORE_IMPORT:
        return QApplication.translate("BackupsDialog", "Before an import")
    if label == BEFORE_DELETE:
        return QApplication.translate("BackupsDialog", "Before deleting records")
    if label == BEFORE_RESTORE:
        return QApplication.translate("BackupsDialog", "Before a restore")
    if label.startswith("before-v") and label[len("before-v"):].isdigit():
        return QApplication.translate("BackupsDialog", "Before the upgrade to version %1").replace(
            "%1", label[len("before-v"):])
    if not label:
        return QApplication.translate("BackupsDialog", "Copied into the folder")
    return label


def when_text(backup: BackupInfo) -> str:
    return labels.moment_text(backup.taken_at.astimezone())


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class BackupListModel(QAbstractTableModel):
    """One row per backup, newest first: when (local time), why, how large."""

    COLUMNS = ("when", "why", "size")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._backups: list[BackupInfo] = []

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._backups = list(backups)
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo:
        return self._backups[row]

    def row_of(self, path: Path) -> int:
        for row, backup in enumerate(self._backups):
            if backup.path == path:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Taken"), self.tr("Why"), self.tr("Size"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        backup = self._backups[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "when":
                return when_text(backup)
            if column == "why":
                return label_text(backup.label)
            return size_text(backup.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupsDialog(QObject):
    """The form ``ui/backups_dialog.ui`` over the backups of the window's register."""

    #: The window's database was closed by a restore (done or stopped half-way): open this file again.
    reopen = Signal(Path)
    #: The list changed (a backup taken or restored); for tests and whoever shows counts.
    refreshed = Signal()

    def __init__(self, store: Callable[[], Store], parent: QWidget | None = None, *,
                 busy: Callable[[], str] | None = None):
        super().__init__(parent)
        self._store = store
        self._busy = busy or (lambda: "")
        self.dialog: QDialog = load_form("backups_dialog", parent)
        self.table = part(self.dialog, QTableView, "backupTable")
        self.status = part(self.dialog, QLabel, "statusLabel")
        self.folder_label = part(self.dialog, QLabel, "folderLabel")
        self.restore_button = part(self.dialog, QPushButton, "restoreButton")
        self.back_up_button = part(self.dialog, QPushButton, "backUpNowButton")
        self.folder_button = part(self.dialog, QPushButton, "openFolderButton")
        self.model = BackupListModel(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.restore_chosen())
        self.restore_button.clicked.connect(self.restore_chosen)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.folder_button.clicked.connect(self.open_folder)
        #: How a folder is shown in the file manager (a test puts a recorder here).
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.job: Job | None = None

    # -- showing -----------------------------------------------------------------------------------

    def show(self) -> None:
        self.status.clear()
        self.refresh()
        self.dialog.open()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self, chosen: Path | None = None) -> None:
        database = self._store().path
        backups = list_backups(database)
        self.model.set_backups(backups)
        folder = backups_dir(database)
        self.folder_label.setText(self.tr("Folder: %1").replace("%1", str(folder)))
        self.folder_label.setToolTip(str(folder))
        row = self.model.row_of(chosen) if chosen is not None else -1
        if backups:
            self.table.selectRow(max(row, 0))
        elif not self.status.text():
            self.status.setText(self.tr("There are no backups of this register yet. Back Up Now takes one."))
        self._update_buttons()
        self.refreshed.emit()

    def chosen(self) -> BackupInfo | None:
        index = self.table.currentIndex()
        return self.model.backup(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        idle = self.job is None
        self.restore_button.setEnabled(idle and self.chosen() is not None)
        self.back_up_button.setEnabled(idle)

    # -- restoring ---------------------------------------------------------------------------------

    def restore_chosen(self) -> bool:
        """Ask, then put the chosen backup in the register's place; ``True`` when it was restored."""
        backup = self.chosen()
        if backup is None or self.job is not None:
            return False
        reason = self._busy()
        if reason:
            self.status.setText(reason)
            return False
        title = self.tr("Restore Backup")
        question = self.tr("Restore the backup taken %1?").replace("%1", when_text(backup))
        advice = self.tr("Everything changed in the register since then is replaced. The register as it is "
                         "now is backed up first, so it stays in this list (“Before a restore”).")
        if not confirm(self.dialog, title, question, self.tr("Restore"), self.tr("Cancel"), advice=advice):
            return False
        store = self._store()
        database = store.path
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            restore_backup(database, backup.path, store=store)
        except RestoreFailed as error:
            # The old file is in place, unchanged, but closed: open it again before anything else runs.
            QApplication.restoreOverrideCursor()
            self.reopen.emit(database)
            self._restore_failed(str(error.reason))
            return False
        except DatabaseRefused as error:
            QApplication.restoreOverrideCursor()
            self.refresh()
            errors.report_error(self.dialog, title, self.tr("This backup cannot be restored."),
                                self.tr("Reason: %1").replace("%1", error.reason),
                                advice=self.tr("The register has not been changed. Choose another backup."))
            return False
        except RestoreRefused as error:
            QApplication.restoreOverrideCursor()
            self._restore_failed(error.reason)
            return False
        except (OSError, sqlite3.Error) as error:
            QApplication.restoreOverrideCursor()
            self._restore_failed(getattr(error, "strerror", None) or str(error))
            return False
        QApplication.restoreOverrideCursor()
        self.reopen.emit(database)
        self.status.setText(self.tr("Restored the backup taken %1. The register as it was before is the newest "
                                    "backup in the list.").replace("%1", when_text(backup)))
        self.refresh(backup.path)
        return True

    def _restore_failed(self, reason: str) -> None:
        self.refresh()
        errors.report_error(self.dialog, self.tr("Restore Backup"), self.tr("The backup was not restored."),
                            self.tr("Reason: %1").replace("%1", reason),
                            advice=self.tr("The register has not been changed. Check that the disk has room "
                                           "and that no other program has the register open, then try again."))

    # -- backing up --------------------------------------------------------------------------------

    def back_up_now(self) -> Job | None:
        """A backup on request: at once for a small register, in the background for a large one."""
        if self.job is not None:
            return None
        store = self._store()
        if _size(store.path) <= INLINE_BACKUP_LIMIT:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                taken = take_backup(store, MANUAL)
            except (OSError, sqlite3.Error) as error:
                QApplication.restoreOverrideCursor()
                self._backup_failed(error)
                return None
            QApplication.restoreOverrideCursor()
            self._backed_up(taken)
            return None
        job = Job(store.path, lambda job_store, _job: take_backup(job_store, MANUAL), None)
        self.job = job
        _RUNNING.add(job)
        dialog = self

        def alive() -> bool:
            return shiboken6.isValid(dialog) and shiboken6.isValid(dialog.dialog)

        def finished(taken: object) -> None:
            if alive():
                dialog._backed_up(taken)  # type: ignore[arg-type]

        def failed(error: object) -> None:
            if alive():
                dialog._backup_failed(error)  # type: ignore[arg-type]

        def done() -> None:
            _RUNNING.discard(job)
            if alive():
                dialog.job = None
                dialog._update_buttons()

        job.finished.connect(finished)
        job.failed.connect(failed)
        job.done.connect(done)
        self.status.setText(self.tr("Backing up… The window can be used meanwhile."))
        self._update_buttons()
        job.start()
        return job

    def _backed_up(self, taken: Path) -> None:
        self.status.setText(self.tr("Backed up: %1").replace("%1", taken.name))
        self.refresh(taken)

    def _backup_failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("No backup was taken."))
        errors.report_error(self.dialog, self.tr("Back Up Now"), self.tr("No backup was taken."),
                            self.tr("Reason: %1").replace("%1", getattr(error, "strerror", None) or str(error)),
                            advice=self.tr("Check that the disk has room and that the folder may be written."))

    def open_folder(self) -> bool:
        folder = backups_dir(self._store().path)
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as error:
            self.status.setText(self.tr("The backups folder cannot be made: %1").replace(
                "%1", error.strerror or str(error)))
            return False
        if not self.open_url(QUrl.fromLocalFile(str(folder))):
            self.status.setText(self.tr("No file manager could show the folder. It is %1").replace("%1", str(folder)))
            return False
        return True

    def stop(self) -> None:
        """The window is closing: a backup being written is finished, not cut off."""
        if self.job is not None:
            self.job.wait()


def _size(database: Path) -> int:
    total = 0
    for path in (database, database.with_name(database.name + "-wal")):
        try:
            total += path.stat().st_size
        except OSError:
            pass
    return total


def automatic_backup(now: datetime | None = None) -> Callable[[Store, Job], Path | None]:
    """The work of the daily backup job: the day's backup (when due and the register holds records),
    then the rotation of the older ones."""

    def work(store: Store, _job: Job) -> Path | None:
        if not any(store.counts().values()):
            return None  # an empty register has nothing to lose
        taken = daily_backup(store, store.path, now)
        if taken is not None:
            rotate(store.path, now)
        return taken

    return work


class BackupActions(QObject):
    """The main window's File → Backups… and its daily automatic backup.

    The daily backup runs in a background job after a database is opened, because copying a large
    register takes seconds (about 1.2–1.7 s for 240 MB); whether one is due is a listing of the backups
    folder, done at once.
    """

    def __init__(self, window: MainWindow, *, now: Callable[[], datetime] | None = None):
        super().__init__(window)
        self.window = window
        self._now = now or (lambda: datetime.now(timezone.utc))
        self.action = QAction(self.tr("&Backups…"), window)
        self.action.setObjectName("backupsAction")
        self.action.setStatusTip(self.tr("See the register's backups, take one, or restore one"))
        self.action.triggered.connect(lambda _checked=False: self.show_dialog())
        self.dialog: BackupsDialog | None = None
        self.job: Job | None = None
        window.database_changed.connect(self.database_opened)

    def show_dialog(self) -> BackupsDialog:
        if self.dialog is None:
            self.dialog = BackupsDialog(lambda: self.window.store, self.window, busy=self._busy)
            self.dialog.reopen.connect(self.reopen)
        self.dialog.show()
        return self.dialog

    def _busy(self) -> str:
        if self.job is not None:
            self.job.wait()  # the day's backup is a matter of seconds; it holds the file open meanwhile
        exchange = getattr(self.window, "exchange", None)
        if exchange is not None and exchange.job is not None:
            return self.tr("Another job (an import, an export or printing) is running: wait for it, or cancel "
                           "it, then restore.")
        return ""

    def reopen(self, path: Path) -> None:
        try:
            store = Store.open(path, create=False)
        except errors.OPEN_ERRORS as error:
            errors.report_open_failure(self.window, path, error)
            return
        self.window.use_store(store)

    def database_opened(self, path: Path) -> Job | None:
        """Start the day's backup of a database just opened, when one is due."""
        now = self._now()
        if self.job is not None or not daily_backup_due(path, now):
            return None
        job = Job(path, automatic_backup(now), None)
        self.job = job
        _RUNNING.add(job)
        actions = self

        def alive() -> bool:
            return shiboken6.isValid(actions)

        def failed(error: object) -> None:
            if alive():
                reason = getattr(error, "strerror", None) or str(error)
                actions.window.show_status(self.tr("The daily backup could not be written: %1").replace("%1", reason))

        def done() -> None:
            _RUNNING.discard(job)
            if alive():
                actions.job = None

        job.failed.connect(failed)
        job.done.connect(done)
        job.start()
        return job

    def stop(self) -> None:
        """The window is closing: let a backup being written finish."""
        if self.job is not None:
            self.job.wait()
        if self.dialog is not None:
            self.dialog.stop()
            self.dialog.dialog.close()
