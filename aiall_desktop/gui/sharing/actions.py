"""File → Share: write an exchange file for a colleague, merge one, review conflicts, join duplicates.

Writing, reading and merging run as the window's background jobs (``window.exchange.run``), so the
window stays usable and a Cancel button shows. A merge changes records under the undo history's feet:
the history is cleared and every list and page reads the register again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu

from ...sharing import SUFFIX, ExchangeRefused, apply_merge, find_duplicates, open_conflicts, plan_merge, read_exchange, write_exchange
from .. import errors, labels
from ..editing.undo import DO, StoreCommand
from .shared_folder import SharedFolder

if TYPE_CHECKING:
    from ...store import Store
    from ..jobs import Job
    from ..main_window import MainWindow

MERGED_KINDS = ("organisations", "participants", "activities", "agenda_items", "attendance", "cases",
                "case_history", "teams", "team_members", "templates")


class _Merged(StoreCommand):
    """Tells the window's pages that a merge changed the register; never on the undo history."""

    def __init__(self, text: str):
        super().__init__(text, MERGED_KINDS, ())


class ShareActions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.preview = None
        self.conflicts_dialog = None
        self.duplicates_dialog = None
        self.menu = QMenu(self.tr("&Share"), window)
        self.menu.setObjectName("shareMenu")
        self.write_action = QAction(self.tr("&Write Exchange File…"), window)
        self.write_action.setStatusTip(self.tr("Write this laptop's changes to a file for a colleague"))
        self.write_action.triggered.connect(self.choose_write)
        self.merge_action = QAction(self.tr("&Merge Exchange File…"), window)
        self.merge_action.setStatusTip(self.tr("See what a colleague's exchange file changes, then merge it"))
        self.merge_action.triggered.connect(self.choose_merge)
        self.conflicts_action = QAction(self.tr("&Conflicts to Review…"), window)
        self.conflicts_action.setStatusTip(self.tr("Records changed on two laptops: choose the other version"))
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.duplicates_action = QAction(self.tr("&Join Duplicates…"), window)
        self.duplicates_action.setStatusTip(self.tr("Organisations or people entered on two laptops: join them"))
        self.duplicates_action.triggered.connect(self.show_duplicates)
        for action in (self.write_action, self.merge_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.conflicts_action)
        self.menu.addAction(self.duplicates_action)
        #: The optional shared folder: our file written there, the colleagues' files offered for merging.
        self.shared_folder = SharedFolder(self)
        self.menu.addSeparator()
        self.menu.addAction(self.shared_folder.merge_waiting_action)
        self.menu.addAction(self.shared_folder.folder_action)
        self.menu.aboutToShow.connect(self.update)

    @property
    def store(self) -> Store:
        return self.window.store

    def update(self) -> None:
        idle = self.window.exchange.job is None and not self.store.read_only
        self.write_action.setEnabled(self.window.exchange.job is None)
        self.merge_action.setEnabled(idle)
        self.conflicts_action.setEnabled(idle and bool(open_conflicts(self.store)))
        self.duplicates_action.setEnabled(idle and bool(find_duplicates(self.store)))

    # -- writing -----------------------------------------------------------------------------------

    def choose_peer(self) -> tuple[bool, str | None]:
        """(chosen, the colleague's database id or ``None`` for everything); no question before any exchange."""
        peers = self.store.sharing.peers()
        if not peers:
            return True, None
        everyone = self.tr("Everyone (all records; the first time with a colleague)")
        names = [everyone] + [peer.name or peer.peer_id for peer in peers]
        chosen, ok = QInputDialog.getItem(self.window, self.tr("Write Exchange File"),
                                          self.tr("Write the changes a colleague does not have yet:"), names, 0, False)
        if not ok:
            return False, None
        if chosen == everyone or chosen not in names:
            return True, None
        return True, peers[names.index(chosen) - 1].peer_id

    def default_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = "".join(c if c.isalnum() or c in "-_." else "-" for c in self.store.sharing.name) or "laptop"
        return Path(folder) / f"{name}-{date.today().isoformat()}{SUFFIX}"

    def choose_write(self) -> bool:
        if self.window.exchange.job is not None:
            return False
        ok, peer_id = self.choose_peer()
        if not ok:
            return False
        chosen, _ = QFileDialog.getSaveFileName(self.window, self.tr("Write Exchange File"), str(self.default_path()),
                                                self.tr("Exchange files (*%1)").replace("%1", SUFFIX))
        if not chosen:
            return False
        path = Path(chosen)
        if not path.name.endswith(SUFFIX):
            path = path.with_name(path.name + SUFFIX)
        self.write(path, peer_id)
        return True

    def write(self, path: Path, peer_id: str | None = None) -> Job:
        def written(result) -> None:
            count = labels.number(sum(result.rows.values()))
            self.window.show_status(self.tr("Wrote %1 records to %2").replace("%1", count).replace("%2", str(path)))
            self.shared_folder.changed()

        def failed(error: BaseException) -> None:
            self._failed(self.tr("The exchange file was not written"), error)

        return self.window.exchange.run(self.tr("Writing %1…").replace("%1", path.name),
                                        lambda store, _job: write_exchange(store, path, peer_id=peer_id), written,
                                        failed)

    # -- merging -----------------------------------------------------------------------------------

    def choose_merge(self) -> bool:
        if self.window.exchange.job is not None or self.store.read_only:
            return False
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Merge Exchange File"), folder,
            self.tr("Exchange files (*%1)").replace("%1", SUFFIX) + ";;" + self.tr("All files (*)"))
        if not chosen:
            return False
        self.read_plan(Path(chosen))
        return True

    def read_plan(self, path: Path) -> Job:
        def work(store: Store, _job: Job):
            bundle = read_exchange(path)
            return bundle, plan_merge(store, bundle)

        return self.window.exchange.run(self.tr("Reading %1…").replace("%1", path.name), work,
                                        lambda result: self.show_preview(*result),
                                        lambda error: self._not_merged(error))

    def show_preview(self, bundle, plan):
        from .preview import MergePreview

        self.window.statusBar().clearMessage()
        preview = MergePreview(plan, bundle.path.name, self.window)
        self.preview = preview
        preview.accepted.connect(lambda: self.apply(bundle))
        preview.finished.connect(lambda _result: self._preview_closed(preview))
        preview.open()
        return preview

    def _preview_closed(self, preview) -> None:
        if self.preview is preview:
            self.preview = None
        preview.deleteLater()

    def apply(self, bundle) -> Job:
        return self.window.exchange.run(self.tr("Merging %1…").replace("%1", bundle.path.name),
                                        lambda store, _job: apply_merge(store, bundle), self.merged,
                                        self._not_merged)

    def merged(self, result) -> None:
        window = self.window
        # The history's commands hold old values that the merge may have replaced.
        window.undo.clear()
        window.undo.changed.emit(_Merged(self.tr("merge")), DO)
        plan = result.plan
        counts = [plan.kinds[k] for k in plan.kinds]
        text = self.tr("Merged: %1 new, %2 changed, %3 deleted, %4 conflicts to review").replace(
            "%1", labels.number(sum(c.new for c in counts))).replace(
            "%2", labels.number(sum(c.changed for c in counts))).replace(
            "%3", labels.number(sum(c.deleted for c in counts))).replace(
            "%4", labels.number(len(open_conflicts(self.store))))
        window.show_status(text)
        self.update()
        if find_duplicates(self.store):
            window.show_status(text + " " + self.tr("Possible duplicates found: File → Share → Join Duplicates…"))
        self.shared_folder.merged()

    def _not_merged(self, error: BaseException) -> None:
        self.shared_folder.not_merged(error)
        if isinstance(error, ExchangeRefused):
            self.window.statusBar().clearMessage()
            errors.report_error(self.window, self.tr("The exchange file was not merged"),
                                self.tr("“%1” cannot be merged.").replace("%1", error.path.name),
                                self.tr("Reason: %1").replace("%1", error.reason),
                                advice=self.tr("Nothing has been changed."))
            return
        self._failed(self.tr("The exchange file was not merged"), error)

    def _failed(self, title: str, error: BaseException) -> None:
        self.window.statusBar().clearMessage()
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        errors.report_error(self.window, title, title + ".", self.tr("Reason: %1").replace("%1", reason),
                            advice=self.tr("Check that the file may be read and written, and try again."))

    # -- after merging -----------------------------------------------------------------------------

    def show_conflicts(self):
        from .conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.store, self.window.undo, self.window)
        self.conflicts_dialog = dialog
        dialog.reviewed.connect(self.update)
        dialog.finished.connect(lambda _result: self._closed("conflicts_dialog", dialog))
        dialog.open()
        return dialog

    def show_duplicates(self):
        from .duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.store, self.window)
        self.duplicates_dialog = dialog
        dialog.joined.connect(self._joined)
        dialog.finished.connect(lambda _result: self._closed("duplicates_dialog", dialog))
        dialog.open()
        return dialog

    def _joined(self) -> None:
        self.window.undo.clear()
        self.window.undo.changed.emit(_Merged(self.tr("join")), DO)
        self.window.show_status(self.tr("Joined. This cannot be undone from the Edit menu."))
        self.update()

    def _closed(self, name: str, dialog) -> None:
        if getattr(self, name) is dialog:
            setattr(self, name, None)
        dialog.deleteLater()
