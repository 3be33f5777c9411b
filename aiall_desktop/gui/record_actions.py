"""The commands on records, in the three places they live under the same names: the Edit menu, the list's
right-click menu and the record's page. Each has a shortcut, so Help → Keyboard Shortcuts lists it.

New, Save, Save and New, Open, Delete and Add Tag act on the current section: its list's chosen rows,
or the record its page shows. Undo and Redo act on the window's one history of changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ..store import RecordNotFound, Store
from . import record_details
from .confirm import confirm
from .editing.undo import DeleteRecords, SetLists, SetSettings, UndoHistory
from .sections import section_text

if TYPE_CHECKING:
    from .main_window import MainWindow


class EditorHost(Protocol):
    """What a record's page needs from the window around it."""

    @property
    def store(self) -> Store: ...

    undo: UndoHistory
    record_actions: RecordActions

    def open_record(self, kind: str, record_id: str) -> None: ...

    def show_status(self, text: str) -> None: ...

    def focus_list(self) -> None: ...

    def entry_closed(self, kind: str) -> None: ...


class RecordActions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

        self.undo = self._action(self.tr("&Undo"), [QKeySequence.StandardKey.Undo], window.undo.stack.undo)
        self.redo = self._action(self.tr("&Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], window.undo.stack.redo)
        stack = window.undo.stack
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)

        self.new = self._action(self.tr("&New Record"), ["Ctrl+N"], self.new_record)
        self.new.setStatusTip(self.tr("Start a new, empty record in this section"))
        self.save = self._action(self.tr("&Save New Record"), [QKeySequence.StandardKey.Save],
                                 lambda: self.save_entry(False))
        self.save.setStatusTip(self.tr("Save the new record and show it"))
        self.save_new = self._action(self.tr("Save and Ne&w"), ["Ctrl+Return", "Ctrl+Enter"],
                                     lambda: self.save_entry(True))
        self.save_new.setStatusTip(self.tr("Save the new record and start the next one (same organisation)"))
        self.open = self._action(self.tr("&Open Record"), ["Return"], self.open_current)
        self.open.setStatusTip(self.tr("Show the chosen record's page and go to its first field"))
        # Enter and Delete act on the list only: in a field they keep their usual meaning.
        self.open.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete = self._action(self.tr("&Delete"), [QKeySequence.StandardKey.Delete], self.delete_chosen)
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete.setStatusTip(self.tr("Delete the chosen records (Undo brings them back)"))
        self.add_tag = self._action(self.tr("Add &Tag…"), ["Ctrl+T"], self.ask_tag)
        self.add_tag.setStatusTip(self.tr("Add one tag to every chosen participant"))
        self.vocabulary = QAction(self.tr("Tag &Vocabulary…"), window)
        self.vocabulary.setStatusTip(self.tr("The background and competence words the participant form suggests"))
        self.vocabulary.triggered.connect(self.edit_vocabulary)
        self._vocabulary_dialog = None

    def _action(self, text: str, keys: list, slot) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(lambda _checked=False: slot())
        action.changed.connect(lambda a=action: self._tooltip(a))
        self._tooltip(action)
        return action

    @staticmethod
    def _tooltip(action: QAction) -> None:
        # "Save and New (Ctrl+Return)": the page's buttons teach their shortcuts.
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{text} ({keys})" if keys else text
        if action.toolTip() != tip:
            action.setToolTip(tip)

    def _undo_text(self, text: str) -> None:
        self.undo.setText(self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo"))

    def _redo_text(self, text: str) -> None:
        self.redo.setText(self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo"))

    @property
    def all(self) -> list[QAction]:
        return [self.undo, self.redo, self.new, self.save, self.save_new, self.open, self.add_tag, self.delete]

    def attach(self, page) -> None:
        """Let a list page's own keys reach the actions (Enter opens, Delete deletes)."""
        page.table.addAction(self.open)
        page.table.addAction(self.delete)

    # -- state -----------------------------------------------------------------------------------

    def update(self) -> None:
        window = self.window
        section = window.current_section
        # The workshop page has its own keys (Delete removes an agenda block there, not the activity).
        editable = section is not None and section.editable and not window.workshop_showing
        self.new.setEnabled(editable)
        if editable:
            self.new.setText(section_text(section.new_record))
        editor = window.details.current_editor
        entering = editor is not None and editor.mode == "new"
        self.save.setEnabled(entering)
        self.save_new.setEnabled(entering)
        page = window.current_page
        self.open.setEnabled(page is not None and page.selected_id is not None)
        targets = self.targets() if editable else []
        self.delete.setEnabled(bool(targets))
        self.add_tag.setEnabled(bool(targets) and section is not None and section.key == "participants")

    def targets(self) -> list[str]:
        """The records the commands act on: the list's chosen rows, else the record the page shows."""
        page = self.window.current_page
        chosen = page.selected_ids() if page is not None else []
        if chosen:
            return chosen
        editor = self.window.details.current_editor
        if editor is not None and editor.mode == "record" and editor.record_id:
            return [editor.record_id]
        return []

    # -- the commands ----------------------------------------------------------------------------

    def new_record(self) -> None:
        window = self.window
        section = window.current_section
        if section is None or not section.editable or window.workshop_showing:
            return
        editor = window.details.editor(section.key)
        if editor.mode == "new" and editor.has_input():
            window.details.show_editor(section.key)
            editor.focus_first()
            return
        if editor.mode == "record" and window.details.current_editor is editor and not editor.can_leave():
            return
        editor.start_new()
        window.page(section.key).clear_selection()
        window.details.show_editor(section.key)
        editor.focus_first()
        self.update()

    def save_entry(self, and_new: bool) -> None:
        editor = self.window.details.current_editor
        if editor is not None and editor.mode == "new":
            editor.save(and_new=and_new)
            self.update()

    def open_current(self) -> None:
        page = self.window.current_page
        if page is not None and page.selected_id is not None:
            self.window.open_record(page.section.key, page.selected_id)

    def delete_chosen(self) -> None:
        window = self.window
        section = window.current_section
        if section is None or not section.editable or window.workshop_showing:
            return
        ids = self.targets()
        if not ids:
            return
        editor = window.details.existing_editor(section.key)
        if editor is not None:
            editor.commit_pending()
        if len(ids) == 1:
            try:
                name = record_details.describe(window.store, section.key, ids[0]).title
            except RecordNotFound:
                return
            text = self.tr("deleting %1").replace("%1", name)
        else:
            many = section.count_text(len(ids))
            if not confirm(window, self.tr("Delete Records"),
                           self.tr("Delete %1?").replace("%1", many),
                           self.tr("Delete"), self.tr("Cancel"),
                           advice=self.tr("Edit → Undo brings them back.")):
                return
            # Many records at once: a copy of the register first, which outlives the undo history.
            text = self.tr("deleting %1").replace("%1", many)
            self._back_up_then(lambda: self._delete(section.key, ids, text))
            return
        self._delete(section.key, ids, text)

    def _delete(self, kind: str, ids: list[str], text: str) -> None:
        window = self.window
        if window.undo.do(DeleteRecords(kind, ids, text)):
            window.show_status(self.tr("Done: %1. Ctrl+Z undoes it.").replace("%1", text))

    def _back_up_then(self, delete: Callable[[], None]) -> None:
        """The backup before a bulk delete: at once for a small register, else as a job with Cancel."""
        import sqlite3

        from PySide6.QtWidgets import QApplication

        from ..store.backup import BEFORE_DELETE, take_backup
        from .dialogs.backups import INLINE_BACKUP_LIMIT

        window = self.window

        def after(problem: str) -> None:
            if problem and not confirm(window, self.tr("Delete Records"),
                                       self.tr("The backup before deleting could not be written."),
                                       self.tr("Delete Anyway"), self.tr("Cancel"),
                                       advice=self.tr("Reason: %1").replace("%1", problem) + "\n"
                                       + self.tr("Edit → Undo still brings the records back.")):
                return
            delete()

        def reason(error: BaseException) -> str:
            return getattr(error, "strerror", None) or str(error)

        try:
            size = window.store.path.stat().st_size
        except OSError:
            size = 0
        if size > INLINE_BACKUP_LIMIT and window.exchange.job is None:
            cancelled = []

            def finished(_taken: object) -> None:
                if not cancelled:
                    after("")

            def work(store: Store, job) -> object:
                taken = take_backup(store, BEFORE_DELETE)
                if job.cancelled:
                    cancelled.append(True)  # the backup stays; the records are not deleted
                return taken

            window.exchange.run(self.tr("Writing a backup before deleting…"), work, finished,
                                lambda error: after(reason(error)))
            return
        window.show_status(self.tr("Writing a backup before deleting…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            take_backup(window.store, BEFORE_DELETE)
            problem = ""
        except (OSError, sqlite3.Error) as error:
            problem = reason(error)
        finally:
            QApplication.restoreOverrideCursor()
        after(problem)

    def ask_tag(self) -> None:
        window = self.window
        section = window.current_section
        if section is None or section.key != "participants":
            return
        ids = self.targets()
        if not ids:
            window.show_status(self.tr("Choose the participants to tag in the list first."))
            return
        page = window.page(section.key)
        bar = page.tag_bar
        bar.set_words(window.store.lookup.tags_in_use())
        if len(ids) == 1:
            question = self.tr("Add a tag to the chosen participant:")
        else:
            question = self.tr("Add a tag to the %1 chosen participants:").replace("%1", str(len(ids)))
        if not bar.property("wired"):
            bar.apply_requested.connect(self.apply_tag)
            bar.setProperty("wired", True)
        bar.open_for(question)

    def apply_tag(self, tag: str) -> None:
        window = self.window
        ids = self.targets()
        if not ids:
            return
        editor = window.details.existing_editor("participants")
        if editor is not None:
            editor.commit_pending()
        before: dict[str, list[str]] = {}
        after: dict[str, list[str]] = {}
        for record_id in ids:
            try:
                tags = window.store.participants.get(record_id).tags
            except RecordNotFound:
                continue
            if tag.casefold() not in (existing.casefold() for existing in tags):
                before[record_id] = list(tags)
                after[record_id] = [*tags, tag]
        page = window.page("participants")
        page.tag_bar.close_bar()
        if not before:
            window.show_status(self.tr("They all have the tag “%1” already.").replace("%1", tag))
            return
        people = page.section.count_text(len(before))
        text = self.tr("tag “%1” on %2").replace("%1", tag).replace("%2", people)
        if window.undo.do(SetLists("participants", "tags", before, after, text)):
            window.show_status(self.tr("Done: %1. Ctrl+Z undoes it.").replace("%1", text))

    def edit_vocabulary(self) -> None:
        if self._vocabulary_dialog is None:
            from .dialogs.vocabulary import VocabularyDialog

            self._vocabulary_dialog = VocabularyDialog(self.window)
        settings = self.window.store.settings
        current = {key: list(settings.get(key)) for key in ("backgrounds", "competences")}

        def save(edited: dict[str, list[str]]) -> None:
            changed = {key: value for key, value in edited.items() if value != current[key]}
            if changed:
                old = {key: current[key] for key in changed}
                self.window.undo.do(SetSettings(old, changed, self.tr("change of the tag vocabulary"),
                                                kinds=["participants"]))

        self._vocabulary_dialog.edit(current, save)

    @property
    def vocabulary_dialog(self):
        return self._vocabulary_dialog

    # -- the list's right-click menu -------------------------------------------------------------

    def show_list_menu(self, page, position: QPoint) -> None:
        self.update()
        menu = QMenu(page)
        menu.setObjectName("listMenu")
        menu.addAction(self.open)
        menu.addAction(self.new)
        menu.addSeparator()
        if page.section.key == "participants":
            menu.addAction(self.add_tag)
        menu.addAction(self.delete)
        # A person's data (gui/dialogs/privacy), once the window has the commands.
        privacy = getattr(self.window, "privacy", None)
        if privacy is not None and page.section.key == "participants":
            privacy.update()
            menu.addSeparator()
            menu.addActions([privacy.export_action, privacy.erase_action])
        # The window's print commands (gui/printing), once it has them: an activity's documents, a summary.
        printing = getattr(self.window, "printing", None)
        print_actions = printing.list_actions(page.section.key) if printing is not None else []
        if print_actions:
            menu.addSeparator()
            menu.addActions(print_actions)
        menu.addSeparator()
        menu.addAction(self.undo)
        menu.addAction(self.redo)
        if page.section.key in ("organisations", "participants", "activities"):
            menu.addSeparator()
            menu.addAction(self.window.export_action)
        self.last_menu = menu
        menu.popup(position)
