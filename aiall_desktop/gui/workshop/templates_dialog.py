"""Choosing an activity template, and the undoable change that starts a new activity from one.

:class:`TemplateDialog` (``ui/template_dialog.ui``) lists the shipped templates and the user's own; for
"File → New Activity from Template…" it also asks the date and title. The agenda tab uses the same
dialog without those two fields to apply a template to an existing activity.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QWidget,
)

from ...domain import templates
from ...domain.templates import TemplateChoice
from ...records import ActivityTemplate
from ...store import RecordNotFound, Store
from .. import labels
from ..editing.undo import Composite, CreateRecord, StoreCommand
from ..forms import load_form, part
from .agenda_model import duration_text

CONTEXT = "TemplateDialog"


# Literal contexts at every call: pyside6-lupdate finds texts only in that form.
translate = QCoreApplication.translate


def template_language(locale: QLocale | None = None) -> str:
    """The language of the shipped templates to offer: Swedish for a Swedish desktop, else English."""
    return "sv" if (locale or QLocale()).language() == QLocale.Language.Swedish else "en"


class NewActivityFromTemplate(Composite):
    """A new activity and its agenda blocks, as one undoable change; ``activity_id`` is the new one."""

    def __init__(self, text: str, parts: Sequence[StoreCommand], activity_id: str):
        super().__init__(text, parts)
        self.activity_id = activity_id


def _store(context_or_store) -> Store:
    return context_or_store if isinstance(context_or_store, Store) else context_or_store.store


def resolve_template(context_or_store, template: ActivityTemplate | str) -> ActivityTemplate:
    """A template itself, or the one with this id (shipped, in either language, or saved).

    Raises ``KeyError`` when there is no such template (a saved one deleted meanwhile).
    """
    if isinstance(template, ActivityTemplate):
        return template
    for language in templates.LANGUAGES:
        for candidate in templates.shipped(language):
            if candidate.id == template:
                return candidate
    try:
        return _store(context_or_store).templates.get(template)
    except RecordNotFound:
        raise KeyError(template) from None


def create_activity_from_template(context_or_store, template: ActivityTemplate | str,
                                  date: str | dt.date, title: str | None = None) -> NewActivityFromTemplate:
    """The command that makes a new activity on ``date`` from ``template``, with its agenda.

    ``template`` is a template or its id; ``date`` an ISO date text or a ``datetime.date``; an empty
    ``title`` takes the template's. Nothing is written until the command is done
    (``context.do(command)`` or ``UndoHistory.do(command)``); then ``command.activity_id`` is the new
    activity's id. One undo takes the activity and all its blocks away again.
    """
    chosen = resolve_template(context_or_store, template)
    day = date.isoformat() if isinstance(date, dt.date) else str(date)
    activity, items = templates.instantiate(chosen, day, title)
    text = translate("TemplateDialog", "New activity “%1” from a template").replace("%1", activity.title)
    parts: list[StoreCommand] = [CreateRecord("activities", activity, text)]
    parts += [CreateRecord("agenda_items", item, text) for item in items]
    return NewActivityFromTemplate(text, parts, activity.id)


@dataclass(frozen=True)
class TemplateRequest:
    """What the user chose in the dialog."""

    template: ActivityTemplate
    shipped: bool
    date: str  # ISO "YYYY-MM-DD"
    title: str  # as typed; empty means the template's own title


class TemplateListModel(QAbstractListModel):
    """The templates, each with its length and where it comes from (in words, not by colour)."""

    def __init__(self, choices: Sequence[TemplateChoice], parent=None):
        super().__init__(parent)
        self.choices = list(choices)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.choices)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.choices):
            return None
        choice = self.choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if choice.shipped:
                source = translate("TemplateDialog", "comes with the program")
            else:
                source = translate("TemplateDialog", "saved by you")
            return translate("TemplateDialog", "%1 — %2, %3").replace("%1", choice.template.name).replace(
                "%2", duration_text(choice.total_minutes)).replace("%3", source)
        if role == Qt.ItemDataRole.ToolTipRole:
            return choice.template.goal or None
        return None


def describe(template: ActivityTemplate) -> str:
    """One paragraph about a template: kind, times, blocks and goal."""
    count = len(template.blocks)
    if count == 1:
        blocks = translate("TemplateDialog", "1 block")
    else:
        blocks = translate("TemplateDialog", "%1 blocks").replace("%1", labels.number(count))
    kind = labels.label(labels.ACTIVITY_KINDS, template.kind)
    text = translate("TemplateDialog", "%1, %2–%3, %4.").replace("%1", kind).replace(
        "%2", template.start_time).replace("%3", template.end_time).replace("%4", blocks)
    if template.goal:
        text += " " + translate("TemplateDialog", "Goal: %1").replace("%1", template.goal)
    return text


class TemplateDialog:
    """Choose a template (and, for a new activity, its date and title).

    ``choices`` usually comes from ``domain.templates.available(store, template_language())``.
    ``today`` is the day to count from for the default date (the next weekday). With
    ``for_new_activity=False`` the date and title fields are hidden (applying a template to the
    activity at hand).
    """

    def __init__(self, choices: Sequence[TemplateChoice], parent: QWidget | None = None, *,
                 today: dt.date | None = None, for_new_activity: bool = True):
        self.dialog: QDialog = load_form("template_dialog", parent)
        self.model = TemplateListModel(choices, self.dialog)
        self.list = part(self.dialog, QListView, "templateList")
        self.list.setModel(self.model)
        self.details = part(self.dialog, QLabel, "templateDetails")
        self.date_edit = part(self.dialog, QDateEdit, "dateEdit")
        self.title_edit = part(self.dialog, QLineEdit, "titleEdit")
        self.buttons = part(self.dialog, QDialogButtonBox, "buttonBox")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.for_new_activity = for_new_activity
        today = today or QDate.currentDate().toPython()
        self.date_edit.setDate(QDate(templates.next_weekday(today)))
        self._title_typed = False
        self._done: Callable[[TemplateRequest], None] | None = None

        if not for_new_activity:
            self.dialog.setWindowTitle(translate("TemplateDialog", "Apply Template"))
            self.dialog.setAccessibleName(translate("TemplateDialog", "Apply Template"))
            for name in ("dateEdit", "dateEditLabel", "titleEdit", "titleEditLabel"):
                self.dialog.findChild(QWidget, name).hide()
            self.ok_button.setText(translate("TemplateDialog", "&Apply"))
        else:
            self.ok_button.setText(translate("TemplateDialog", "&Create Activity"))

        self.title_edit.textEdited.connect(self._title_edited)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._chosen())
        self.list.doubleClicked.connect(lambda _index: self.ok_button.click())
        self.dialog.accepted.connect(self._accepted)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        self._chosen()

    # -- choosing --------------------------------------------------------------------------------------

    def choose(self, row: int) -> None:
        self.list.setCurrentIndex(self.model.index(row, 0))

    def current_choice(self) -> TemplateChoice | None:
        index = self.list.currentIndex()
        return self.model.choices[index.row()] if index.isValid() else None

    def request(self) -> TemplateRequest | None:
        """The choice as it stands (``None`` when no template is chosen)."""
        choice = self.current_choice()
        if choice is None:
            return None
        return TemplateRequest(choice.template, choice.shipped, self.date_edit.date().toString("yyyy-MM-dd"),
                               self.title_edit.text().strip())

    def _chosen(self) -> None:
        choice = self.current_choice()
        self.ok_button.setEnabled(choice is not None)
        if choice is None:
            self.details.setText(translate("TemplateDialog", "Choose a template."))
            return
        self.details.setText(describe(choice.template))
        if not self._title_typed:
            # Follow the chosen template until the user writes a title of their own.
            self.title_edit.setText(choice.template.title or choice.template.name)

    def _title_edited(self, _text: str) -> None:
        self._title_typed = True

    # -- showing ---------------------------------------------------------------------------------------

    def open(self, done: Callable[[TemplateRequest], None]) -> None:
        """Show the dialog window-modal without blocking; ``done`` gets the choice when the user accepts."""
        self._done = done
        self.dialog.open()
        self.list.setFocus()

    def exec(self) -> TemplateRequest | None:
        """Show the dialog modally and wait; the choice, or ``None`` when cancelled."""
        self._done = None
        self.list.setFocus()
        return self.request() if self.dialog.exec() == QDialog.DialogCode.Accepted else None

    def _accepted(self) -> None:
        request = self.request()
        if request is not None and self._done is not None:
            self._done(request)
