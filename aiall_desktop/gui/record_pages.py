"""How the lists, the record pages and the history of changes keep step.

Choosing a record in a list shows it on its page, unless what is being typed there would be lost (then
the user is asked); opening a record from elsewhere (a related list, a duplicate note) goes to its
section and shows it; after every change, undo or redo, the lists and the pages read the register again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

from ..store import RecordNotFound
from . import errors, labels, record_details
from .editing.undo import REDO, UNDO, StoreCommand
from .list_filters import fixed_choices
from .sections import Choices, Section, section

if TYPE_CHECKING:
    from .list_page import ListPage
    from .main_window import MainWindow


#: The kinds of record each section's list shows something of: a change to any of them refreshes it
#: (an organisation's name shows in the participants' list, attendance in the activities' "Present").
LIST_READS: dict[str, frozenset[str]] = {
    "organisations": frozenset(("organisations", "participants")),
    "participants": frozenset(("participants", "organisations")),
    "activities": frozenset(("activities", "attendance")),
    "cases": frozenset(("cases", "activities")),
}


class RecordPages(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def _deleted(self) -> None:
        self.window.details.show_placeholder(self.tr("This record has been deleted."))

    def fill_filter_choices(self, page: ListPage) -> None:
        """The filters whose values come from the register (areas, tags in use)."""
        store = self.window.store
        for spec in page.section.filters:
            if fixed_choices(spec.choices) is not None:
                continue
            if spec.choices is Choices.AREAS:
                values = [(area, labels.area_label(area)) for area in store.settings.get("areas")]
            else:
                tags = store.lookup.tags_in_use()
                for key in ("backgrounds", "competences"):
                    tags += [word for word in store.settings.get(key) if word not in tags]
                values = [(tag, tag) for tag in sorted(set(tags), key=str.casefold)]
            page.filters.set_choices(spec.key, values)

    def record_chosen(self, chosen: Section, record_id: str | None) -> None:
        """The list of an editable section chose a record (or none): show it on the editor page."""
        details = self.window.details
        editor = details.existing_editor(chosen.key)
        if editor is not None and editor.mode != "none":
            if record_id is None and (editor.mode == "new" or editor.unsaved_fields()):
                # The list lost its choice (a search, a new entry): what is being typed stays on the page.
                details.show_editor(chosen.key)
                return
            if record_id != editor.record_id and not editor.can_leave():
                # "Keep editing": the list goes back to the record being edited.
                kept = editor.record_id if editor.mode == "record" else None
                QTimer.singleShot(0, lambda: self.window.page(chosen.key).select_id(kept))
                details.show_editor(chosen.key)
                return
        if record_id is None:
            if editor is not None and editor.mode == "record":
                editor.commit_pending()
                editor.mode = "none"
            details.show_placeholder(self.tr("Select a record in the list to see its details here."))
            return
        if not details.show_record(chosen.key, record_id):
            self._deleted()

    def open_record(self, kind: str, record_id: str, *, focus: bool = True) -> None:
        """Show a record on its page in its section (with the focus in its first field, unless told not to)."""
        window, details = self.window, self.window.details
        target = section(kind)
        if target.list_name is None:
            return
        editor = details.existing_editor(kind) if target.editable else None
        if editor is not None and editor.mode != "none" and editor.record_id != record_id and not editor.can_leave():
            window.show_section(kind)
            return
        if editor is not None and editor.mode == "new":
            editor.discard()
        window.show_section(kind)
        page = window.page(kind)
        if not page.select_id(record_id):
            page.clear_selection()  # not among the rows loaded (or filtered out): the page shows it anyway
            if target.editable:
                if not details.show_record(kind, record_id):
                    self._deleted()
            else:
                try:
                    details.show_summary(record_details.describe(window.store, target.list_name, record_id))
                except RecordNotFound:
                    self._deleted()
        if target.editable and focus:
            opened = details.current_editor
            if opened is not None and opened.mode == "record":
                opened.focus_first()
        window.record_actions.update()

    def entry_closed(self, kind: str) -> None:
        """A new entry was cancelled: the page shows what the list has chosen, the list gets the focus."""
        current = self.window.current_section
        if current is not None and current.key == kind:
            page = self.window.page(kind)
            self.record_chosen(current, page.selected_id)
            page.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.window.record_actions.update()

    def register_changed(self, command: StoreCommand, what: str) -> None:
        """A change went forward or back: read the lists and the pages again."""
        window = self.window
        for key, reads in LIST_READS.items():
            page = window.built_page(key)
            if page is None:
                continue
            tags = key == "participants" and command.touches_tags
            if reads & command.kinds or tags:
                page.refresh()
            if tags:
                self.fill_filter_choices(page)
        for editor in window.details.editors():
            editor.register_changed(command.kinds, command.touches_tags)
            if editor.mode != "none" and not editor.refresh() and editor is window.details.current_editor:
                self._deleted()
        if what in (UNDO, REDO):
            done = self.tr("Undone: %1.") if what == UNDO else self.tr("Redone: %1.")
            window.show_status(done.replace("%1", command.text()))
            self.show_changed_record(command)
        window.record_actions.update()

    def show_changed_record(self, command: StoreCommand) -> None:
        """After an undo or a redo, show the record it changed (when it is one, in this section)."""
        current = self.window.current_section
        if len(command.ids) != 1 or current is None or current.key not in command.kinds:
            return
        record_id = command.ids[0]
        details = self.window.details
        editor = details.existing_editor(current.key)
        if editor is not None and (editor.mode == "new" and editor.has_input() or editor.unsaved_fields()):
            return  # never at the cost of what is being typed
        try:
            getattr(self.window.store, current.key).get(record_id)
        except RecordNotFound:
            return
        if editor is None or editor.record_id != record_id or details.current_editor is not editor:
            self.open_record(current.key, record_id, focus=False)

    def change_failed(self, what: str, reason: str) -> None:
        storage = errors.describe_storage_failure(reason)
        if storage is not None:  # a full disk, a read-only file: its own advice
            errors.report_error(self.window, self.tr("The change was not made"), storage[0],
                                self.tr("Reason: %1").replace("%1", reason), advice=storage[1])
            return
        errors.report_error(
            self.window,
            self.tr("The change was not made"),
            self.tr("“%1” could not be saved.").replace("%1", what),
            self.tr("Reason: %1").replace("%1", reason),
            advice=self.tr("The register is as it was before. Another program may be using the file, "
                           "or the record may have been deleted."),
        )
