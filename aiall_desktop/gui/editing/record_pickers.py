"""Fields that hold ids of other records, typed as names with type-ahead: a case's owner (one participant),
the organisations an activity or a case involves (several, separated by ";").

What the user types is resolved to records when the names agree (case and accents aside); a name the
register does not know is not taken: the field says so under it and keeps what was typed. Records are
added in their own sections, so that nothing is created by a typo here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit

from ...store.lookup import name_key
from ...store.related import ParticipantChoice
from .fields import PROBLEMS, Field, FieldProblem
from .organisation_picker import IdRole, NamedChoices, NameRole, OrganisationChoices

#: Between the names of several organisations (a name may hold a comma: "Energi, Vatten & Miljö AB").
SEPARATOR = ";"


# Literal contexts at every call: pyside6-lupdate finds texts only in that form.
translate = QCoreApplication.translate


def _completer(model: QAbstractListModel, parent: QObject, cls: type[QCompleter] = QCompleter) -> QCompleter:
    completer = cls(parent)
    completer.setModel(model)
    completer.setCompletionRole(NameRole)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(10)
    return completer


# -- one participant -----------------------------------------------------------------------------


class ParticipantChoices(NamedChoices[ParticipantChoice]):
    """The register's participants, shown with their organisation."""

    def detail(self, choice: ParticipantChoice) -> str:
        return choice.organisation


class ParticipantField(Field):
    """The id of one participant (or none), typed as a name."""

    widget: QLineEdit

    def __init__(self, key: str, name: str, widget: QLineEdit, message: QLabel | None,
                 name_of: Callable[[str], str]):
        super().__init__(key, name, widget, message)
        self.choices = ParticipantChoices(self)
        self.completer = _completer(self.choices, self)
        self.completer.popup().setAccessibleName(translate("RecordPickers", "Participants in the register"))
        widget.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._picked)
        self._name_of = name_of  # the name of a participant by id, deleted ones too
        self._picked_choice: ParticipantChoice | None = None
        self.live_problems = False  # "not in the register" while the name is half typed would only nag
        widget.textChanged.connect(self._changed)
        widget.editingFinished.connect(self._done)

    def raw(self) -> str:
        return self.widget.text().strip()

    def shown(self, value: Any) -> str:
        if not value:
            return ""
        choice = self.choices.get(value)
        return choice.name if choice is not None else self._name_of(value)

    def _show(self, value: Any) -> None:
        self.widget.setText(self.shown(value))
        self.widget.setCursorPosition(0)
        self._picked_choice = None

    def parse(self) -> str | None:
        text = self.raw()
        if not text:
            return None
        if self._picked_choice is not None and self._picked_choice.name == text:
            return self._picked_choice.id  # picked from the list: the right one of two namesakes
        if self.committed and text == self.shown(self.committed):
            return self.committed
        named = self.choices.named(text)
        if named:
            ids = [choice.id for choice in named]
            return self.committed if self.committed in ids else ids[0]
        raise FieldProblem(
            translate("RecordPickers", "“%1” is not in the register. Pick a participant from the list, "
                                       "or add them under Participants first.").replace("%1", text)
        )

    def _picked(self, index: QModelIndex) -> None:
        self._picked_choice = self.choices.get(index.data(IdRole))


# -- several organisations -----------------------------------------------------------------------


def split_names(text: str) -> list[str]:
    """``"A AB; B kommun;"`` → ``["A AB", "B kommun"]``."""
    return [name.strip() for name in text.split(SEPARATOR) if name.strip()]


class NamesCompleter(QCompleter):
    """Completes the last name of the line; the names before it stay as typed."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(SEPARATOR, 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        name = index.data(NameRole) or ""
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = text.rsplit(SEPARATOR, 1)[0] + SEPARATOR + " " if SEPARATOR in text else ""
        return head + name


class OrganisationsField(Field):
    """``organisation_ids``: the organisations an activity or a case involves, typed as names and ";"."""

    widget: QLineEdit

    def __init__(self, name: str, widget: QLineEdit, message: QLabel | None, name_of: Callable[[str], str]):
        super().__init__("organisation_ids", name, widget, message)
        self.choices = OrganisationChoices(self)
        self.completer = _completer(self.choices, self, NamesCompleter)
        self.completer.popup().setAccessibleName(translate("RecordPickers", "Organisations in the register"))
        widget.setCompleter(self.completer)
        self._name_of = name_of
        self.live_problems = False
        widget.textChanged.connect(self._changed)
        widget.editingFinished.connect(self._done)

    def raw(self) -> str:
        return self.widget.text()

    def _name(self, organisation_id: str) -> str:
        choice = self.choices.get(organisation_id)
        return choice.name if choice is not None else self._name_of(organisation_id)

    def shown(self, value: Any) -> str:
        return f"{SEPARATOR} ".join(self._name(organisation_id) for organisation_id in value or [])

    def _show(self, value: Any) -> None:
        self.widget.setText(self.shown(value))
        self.widget.setCursorPosition(0)

    def parse(self) -> list[str]:
        committed = list(self.committed or [])
        # A deleted organisation the record still names is kept while its name stays in the line.
        kept = {name_key(self._name(organisation_id)): organisation_id for organisation_id in committed}
        ids: list[str] = []
        unknown: list[str] = []
        for name in split_names(self.raw()):
            named = [choice.id for choice in self.choices.named(name)]
            if named:
                chosen = next((i for i in named if i in committed), named[0])
            elif name_key(name) in kept:
                chosen = kept[name_key(name)]
            else:
                unknown.append(name)
                continue
            if chosen not in ids:
                ids.append(chosen)
        if unknown:
            quoted = ", ".join(f"“{name}”" for name in unknown)
            raise FieldProblem(
                translate("RecordPickers", "%1 is not in the register. Pick organisations from the list "
                                           "(separate them with “;”), or add them under Organisations first.")
                .replace("%1", quoted)
            )
        return ids

    def is_dirty(self) -> bool:
        # "A;B" and "A; B" name the same organisations: only another list is a change.
        try:
            return self.parse() != list(self.committed or [])
        except PROBLEMS:
            return True
