"""A record's page: its form, its related lists, and the rules of entering and editing.

Two modes share one page. A *new* entry is typed into an empty form and saved whole ("Save", or "Save
and New" with Ctrl+Enter, which starts the next entry at once); it cannot be saved while a field is
wrong, and Esc cancels it. An *existing* record saves each field when the user leaves it (or picks a
value), if the value is valid; a wrong value stays in the field with its message until it is fixed or
put back with Esc. Every change goes through the window's undo history.

Subclasses name their form and fields, build the record, and fill the related lists.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QWidget,
)

from ...records import Record
from ...store import RecordNotFound
from .. import record_details
from ..confirm import confirm
from ..forms import load_form, part
from ..record_details import RecordSummary
from ..style import scaled_font
from .fields import Field
from .relayout import MessageRelayout
from .related_lists import RelatedList, Row
from .undo import CreateRecord, StoreCommand, UpdateRecord

if TYPE_CHECKING:
    from ..record_actions import EditorHost

NONE, NEW, RECORD = "none", "new", "record"

#: Wait this long after the last key before looking for duplicates.
DUPLICATE_DELAY_MS = 250


# Literal contexts at every call: pyside6-lupdate finds texts only in that form.
translate = QCoreApplication.translate


class RecordEditor(QScrollArea):
    #: The section key of the records edited here ("participants"), which is also the store's attribute.
    kind = ""
    #: The Designer form of the fields (``ui/<form_name>.ui``).
    form_name = ""
    #: Whether the page offers "Add Tag…".
    has_tags = False

    def __init__(self, host: EditorHost, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.setObjectName(f"{self.kind}Editor")
        # The page scrolls as one and can take the focus: a screen reader names it as the record's page.
        self.setAccessibleName(translate("RecordEditor", "Record page"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page = load_form("record_page", self)
        self.page.setObjectName("recordPage")
        self.setWidget(self.page)

        self.title = part(self.page, QLabel, "titleLabel")
        self.title.setFont(scaled_font(self.font(), 1.35, bold=True))
        self.subtitle = part(self.page, QLabel, "subtitleLabel")
        self.hint = part(self.page, QLabel, "hintLabel")
        self.facts = part(self.page, QLabel, "factsLabel")
        self.save_button = part(self.page, QToolButton, "saveButton")
        self.save_new_button = part(self.page, QToolButton, "saveNewButton")
        self.cancel_button = part(self.page, QPushButton, "cancelButton")
        self.add_tag_button = part(self.page, QToolButton, "addTagButton")
        self.delete_button = part(self.page, QToolButton, "deleteButton")
        actions = host.record_actions
        self.save_button.setDefaultAction(actions.save)
        self.save_new_button.setDefaultAction(actions.save_new)
        self.add_tag_button.setDefaultAction(actions.add_tag)
        self.delete_button.setDefaultAction(actions.delete)
        self.cancel_button.clicked.connect(self.cancel_new)

        holder = part(self.page, QWidget, "formHolder")
        self.form = load_form(self.form_name, holder)
        holder.layout().addWidget(self.form)
        self.fields: list[Field] = self.build_fields()
        self._relayout = MessageRelayout(self.form)
        for field in self.fields:
            field.edited.connect(lambda f=field: self._edited(f))
            field.finished.connect(lambda f=field: self._finished(f))
            field.widget.installEventFilter(self)

        related_holder = part(self.page, QWidget, "relatedHolder")
        self.related_holder = related_holder
        self.related: list[RelatedList] = self.build_related()
        for related in self.related:
            related_holder.layout().addWidget(related)
            related.open_requested.connect(self.host.open_record)
        self._chain_tab_order()

        self._duplicates = QTimer(self)
        self._duplicates.setSingleShot(True)
        self._duplicates.setInterval(DUPLICATE_DELAY_MS)
        self._duplicates.timeout.connect(self._check_duplicates_later)

        self.mode = NONE
        self.record_id: str | None = None
        self.record: Record | None = None
        self.summary: RecordSummary | None = None
        self._save_attempted = False

    # -- for the subclasses ----------------------------------------------------------------------

    def build_fields(self) -> list[Field]:
        raise NotImplementedError

    def build_related(self) -> list[RelatedList]:
        return []

    def related_rows(self, record_id: str) -> list[list[Row]]:
        """The rows of each related list, in the order of :meth:`build_related`."""
        return []

    def blank(self, prefill: dict[str, Any]) -> Record:
        """A new, empty record (with the prefilled values)."""
        raise NotImplementedError

    def entry_title(self) -> str:
        """The page's title while a new record is typed."""
        raise NotImplementedError

    def required_problem(self, field: Field) -> str | None:
        """A required field left empty (the form's own rule, checked before the field's)."""
        return None

    def before_load(self) -> None:
        """Just before a record or a new entry is shown (refresh pick lists)."""

    def register_changed(self, kinds: frozenset[str], tags: bool) -> None:
        """Records of these kinds changed (and the tags in use, when ``tags``): pick lists may be out of date."""

    def after_load(self) -> None:
        """After the fields show a record or a new entry (enable dependent fields)."""

    def changes_for(self, field: Field, value: Any) -> dict[str, Any]:
        """The record's fields to change when ``field`` gets ``value``."""
        return {field.key: value}

    def command_for(self, field: Field, value: Any) -> StoreCommand | None:
        """The change saving ``field`` makes to an existing record."""
        assert self.record is not None and self.record_id is not None
        changes = self.changes_for(field, value)
        old = {name: getattr(self.record, name) for name in changes}
        text = translate("RecordEditor", "change of %1").replace("%1", field.name)
        return UpdateRecord(self.kind, self.record_id, old, changes, text)

    def build_record(self) -> Record:
        """The new record from the form (every field valid)."""
        assert self.record is not None
        return dataclasses.replace(self.record, **{field.key: field.parse() for field in self.fields})

    def create_command(self, record: Record) -> StoreCommand:
        text = translate("RecordEditor", "adding %1").replace("%1", self.record_name(record))
        return CreateRecord(self.kind, record, text)

    def record_name(self, record: Record) -> str:
        raise NotImplementedError

    def next_prefill(self, record: Record) -> dict[str, Any]:
        """What the next entry after "Save and New" starts with."""
        return {}

    def check_duplicates(self) -> None:
        """Look for records like this one (and offer to open them)."""

    def _check_duplicates_later(self) -> None:
        if self.mode != NONE:
            self.check_duplicates()

    @property
    def last_field(self) -> Field:
        """Enter in this field saves a new entry and starts the next (the last field before the notes)."""
        return self.fields[-1]

    # -- showing ---------------------------------------------------------------------------------

    def repository(self):
        return getattr(self.host.store, self.kind)

    def show_record(self, record_id: str) -> bool:
        """Show an existing record to edit. Returns ``False`` when it is not (or no more) in the register."""
        if self.mode == RECORD and record_id == self.record_id:
            return self.refresh()
        try:
            record = self.repository().get(record_id)
        except RecordNotFound:
            return False
        self.mode = RECORD
        self.record_id = record_id
        self.record = record
        self._save_attempted = False
        self.before_load()
        for field in self.fields:
            field.load(getattr(record, field.key))
        self.after_load()
        self._show_record_header()
        self._validate_all(live=True)
        self.check_duplicates()
        self.verticalScrollBar().setValue(0)
        return True

    def refresh(self) -> bool:
        """The register changed (a save, an undo): show it again, keeping what the user is typing."""
        if self.mode == NEW:
            self.before_load()
            return True
        if self.mode != RECORD or self.record_id is None:
            return False
        try:
            record = self.repository().get(self.record_id)
        except RecordNotFound:
            self.mode = NONE
            self.record_id = self.record = self.summary = None
            return False
        self.record = record
        self.before_load()
        for field in self.fields:
            field.reload(getattr(record, field.key))
        self.after_load()
        self._show_record_header()
        self._validate_all(live=True)
        self.check_duplicates()
        return True

    def start_new(self, prefill: dict[str, Any] | None = None) -> None:
        self.mode = NEW
        self.record_id = None
        self.summary = None
        self.record = self.blank(dict(prefill or {}))
        self._save_attempted = False
        self.before_load()
        for field in self.fields:
            field.load(getattr(self.record, field.key))
        self.after_load()
        self.title.setText(self.entry_title())
        self.title.setAccessibleName(self.title.text())
        self.subtitle.hide()
        self.hint.setText(
            translate("RecordEditor", "Ctrl+Enter (or Enter in the last field) saves and starts the next entry; "
                      "Ctrl+S saves; Esc cancels.")
        )
        self.hint.show()
        self.facts.hide()
        self.related_holder.hide()
        self._show_buttons()
        self.check_duplicates()
        self.verticalScrollBar().setValue(0)

    def detach(self) -> None:
        """The window is closing: nothing may run on its database any more."""
        self._duplicates.stop()
        self.mode = NONE

    def focus_first(self) -> None:
        widget = self.fields[0].widget
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureWidgetVisible(widget)

    def _show_record_header(self) -> None:
        assert self.record_id is not None
        try:
            self.summary = record_details.describe(self.host.store, self.kind, self.record_id)
        except RecordNotFound:
            self.summary = None
            return
        self.title.setText(self.summary.title)
        self.title.setAccessibleName(self.summary.title)
        self.subtitle.setText(self.summary.subtitle)
        self.subtitle.setVisible(bool(self.summary.subtitle))
        self.hint.setText(translate("RecordEditor", "Changes are saved as you leave each field; Ctrl+Z undoes them."))
        self.hint.show()
        facts = [f"{name}: {value}" for name, value in self.summary.fields
                 if name in (record_details.translate("details", "Added"),
                             record_details.translate("details", "Last changed")) and value]
        self.facts.setText(" · ".join(facts))
        self.facts.setVisible(bool(facts))
        for related, rows in zip(self.related, self.related_rows(self.record_id)):
            related.set_rows(rows)
        self.related_holder.setVisible(bool(self.related))
        self._show_buttons()

    def _show_buttons(self) -> None:
        new = self.mode == NEW
        for button in (self.save_button, self.save_new_button, self.cancel_button):
            button.setVisible(new)
        self.delete_button.setVisible(not new)
        self.add_tag_button.setVisible(not new and self.has_tags)

    def _chain_tab_order(self) -> None:
        # The fields in the form's own order, then the page's buttons, then the related lists.
        chain: list[QWidget] = []
        widget = self.fields[0].widget
        seen = set()
        while widget is not None and id(widget) not in seen and self.form.isAncestorOf(widget):
            seen.add(id(widget))
            chain.append(widget)
            widget = widget.nextInFocusChain()
            while widget is not None and not self.form.isAncestorOf(widget) and id(widget) not in seen:
                seen.add(id(widget))
                widget = widget.nextInFocusChain()
        tail = [self.save_button, self.save_new_button, self.cancel_button, self.add_tag_button,
                self.delete_button, *(related.view for related in self.related)]
        order = [w for w in chain if w.focusPolicy() != Qt.FocusPolicy.NoFocus] + tail
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

    # -- typing and leaving fields ---------------------------------------------------------------

    def field_of(self, widget: QWidget | None) -> Field | None:
        for field in self.fields:
            if widget is not None and (widget is field.widget or field.widget.isAncestorOf(widget)):
                return field
        return None

    def problem_of(self, field: Field, *, live: bool) -> str | None:
        required = self.required_problem(field)
        if required:
            return required if (self.mode == RECORD or self._save_attempted or not live) else None
        if live and not getattr(field, "live_problems", True) and not field.feedback.text:
            return None
        return field.problem()

    def _validate_all(self, *, live: bool) -> list[Field]:
        wrong = []
        for field in self.fields:
            problem = self.problem_of(field, live=live)
            field.feedback.show(problem)
            if problem:
                wrong.append(field)
        return wrong

    def _edited(self, field: Field) -> None:
        if self.mode == NONE:
            return
        self._validate_all(live=True)
        if self.mode == NEW:
            self.title.setText(self.entry_title())
            self.title.setAccessibleName(self.title.text())
        self._duplicates.start()

    def _finished(self, field: Field) -> None:
        if self.mode == RECORD:
            self.commit(field)
        elif self.mode == NEW:
            field.feedback.show(self.problem_of(field, live=False) if field.is_dirty() else
                                self.problem_of(field, live=True))

    def commit(self, field: Field) -> bool:
        """Save one field of an existing record, if what it shows is valid and new."""
        if self.mode != RECORD or self.record is None:
            return False
        problem = self.problem_of(field, live=False)
        field.feedback.show(problem)
        if problem:
            return False
        value = field.parse()
        if value == getattr(self.record, field.key):
            field.show_value(field.committed)  # tidied: trimmed, written the usual way
            return True
        command = self.command_for(field, value)
        if command is None:
            return False
        if self.host.undo.do(command):
            self.host.show_status(translate("RecordEditor", "Saved: %1.").replace("%1", command.text()))
            return True
        return False

    def commit_pending(self) -> None:
        """Save every field with a valid change not yet saved (before the page shows something else)."""
        if self.mode == RECORD:
            for field in self.fields:
                if field.is_dirty() and not self.problem_of(field, live=False):
                    self.commit(field)

    # -- new entries -----------------------------------------------------------------------------

    def has_input(self) -> bool:
        """Whether the user typed anything into a new entry (a prefilled value does not count)."""
        return self.mode == NEW and any(field.is_dirty() for field in self.fields)

    def unsaved_fields(self) -> list[Field]:
        """Fields of an existing record showing a change that cannot be saved as it is."""
        if self.mode != RECORD:
            return []
        return [field for field in self.fields if field.is_dirty() and self.problem_of(field, live=False)]

    def save(self, *, and_new: bool) -> bool:
        """Save the new entry; then start the next one, or show the saved record."""
        if self.mode != NEW:
            return False
        self._save_attempted = True
        wrong = self._validate_all(live=False)
        if wrong:
            first = wrong[0]
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(first.widget)
            self.host.show_status(
                translate("RecordEditor", "Not saved: %1 — %2")
                .replace("%1", first.name).replace("%2", first.feedback.text)
            )
            return False
        record = self.build_record()
        command = self.create_command(record)
        if not self.host.undo.do(command):
            return False
        saved_id = command.ids[-1]
        self.host.show_status(translate("RecordEditor", "Saved %1. Ctrl+Z takes it back.")
                              .replace("%1", self.record_name(record)))
        if and_new:
            self.start_new(self.next_prefill(record))
            self.focus_first()
        else:
            self.mode = NONE
            self.host.open_record(self.kind, saved_id)
        return True

    def cancel_new(self) -> bool:
        """Give up the new entry; asks first when something was typed. Returns whether it was given up."""
        if self.mode != NEW:
            return False
        if self.has_input() and not self.ask_discard():
            return False
        self.discard()
        self.host.entry_closed(self.kind)
        return True

    def ask_discard(self) -> bool:
        if self.mode == NEW:
            return confirm(
                self,
                translate("RecordEditor", "Discard the new entry?"),
                translate("RecordEditor", "“%1” has not been saved.").replace("%1", self.entry_title()),
                translate("RecordEditor", "Discard"),
                translate("RecordEditor", "Keep Editing"),
            )
        names = ", ".join(field.name for field in self.unsaved_fields())
        return confirm(
            self,
            translate("RecordEditor", "Discard the changes?"),
            translate("RecordEditor", "What you typed in %1 is not valid and has not been saved.").replace("%1", names),
            translate("RecordEditor", "Discard"),
            translate("RecordEditor", "Keep Editing"),
        )

    def discard(self) -> None:
        """Forget what was typed: a new entry goes; an existing record's fields show what is saved."""
        if self.mode == NEW:
            self.mode = NONE
            self.record = None
            for field in self.fields:
                field.feedback.clear()
        elif self.mode == RECORD:
            for field in self.fields:
                if field.is_dirty():
                    field.revert()
            self._validate_all(live=True)

    def can_leave(self) -> bool:
        """Before the page shows something else: saves valid changes, asks about the rest."""
        self.commit_pending()
        if self.mode == NEW and self.has_input() or self.unsaved_fields():
            if not self.ask_discard():
                return False
            self.discard()
        return True

    # -- keys ------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A text field takes Ctrl+Z for its own typing. Once what it shows is saved, there is nothing of
        # its own to undo: the key goes to Edit → Undo, which takes back the last change to the register.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo) \
                    or event.matches(QKeySequence.StandardKey.Save):
                field = self.field_of(watched if isinstance(watched, QWidget) else None)
                if field is not None and not field.is_dirty():
                    event.ignore()
                    return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Escape and modifiers == Qt.KeyboardModifier.NoModifier:
            self.escape()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers == Qt.KeyboardModifier.NoModifier:
            focused = QApplication.focusWidget()
            if isinstance(focused, QAbstractButton) and self.isAncestorOf(focused):
                focused.click()
                event.accept()
                return
            field = self.field_of(focused)
            if field is not None:
                if self.mode == NEW and field is self.last_field:
                    self.save(and_new=True)
                else:
                    self.focusNextPrevChild(True)
                event.accept()
                return
        super().keyPressEvent(event)

    def escape(self) -> None:
        """Esc: cancel a new entry; put back a field being edited; else back to the list."""
        if self.mode == NEW:
            self.cancel_new()
            return
        field = self.field_of(QApplication.focusWidget())
        if self.mode == RECORD and field is not None and field.is_dirty():
            field.revert()
            self._validate_all(live=True)
            self.host.show_status(translate("RecordEditor", "%1 is as it was saved.").replace("%1", field.name))
            return
        self.host.focus_list()
