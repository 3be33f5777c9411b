"""A participant's organisation: picked from the register with type-ahead, or added by typing a new name.

The choices are one list model over the store's organisations (``store.lookup.organisation_choices``)
behind a ``QCompleter``: the popup finds any part of a name, and the field resolves what was typed to an
organisation when the names agree (case and accents aside). A name the register does not know is not
taken silently: the field says so, and Enter (or the button under it) confirms it as a new organisation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QPushButton, QWidget

from ...store.lookup import OrganisationChoice, name_key
from .fields import Field, FieldProblem

IdRole = Qt.ItemDataRole.UserRole + 1
NameRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
C = TypeVar("C")


# Literal contexts at every call: pyside6-lupdate finds texts only in that form.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class NewOrganisation:
    """An organisation to be added under this name when the participant is saved."""

    name: str


class NamedChoices(QAbstractListModel, Generic[C]):
    """Records to pick by name (the completer's model): shown with a detail, matched by name.

    ``C`` is a row with ``id`` and ``name``; :meth:`detail` says what is shown after the name.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[C] = []
        self._by_key: dict[str, list[C]] = {}
        self._by_id: dict[str, C] = {}
        self.stale = True

    def detail(self, choice: C) -> str:
        raise NotImplementedError

    def set_choices(self, choices: Sequence[C]) -> None:
        self.beginResetModel()
        self._rows = list(choices)
        self._by_key = {}
        for choice in self._rows:
            self._by_key.setdefault(name_key(choice.name), []).append(choice)
        self._by_id = {choice.id: choice for choice in self._rows}
        self.stale = False
        self.endResetModel()

    def named(self, text: str) -> list[C]:
        """The records whose name is the typed one, case and accents aside."""
        key = name_key(text)
        return list(self._by_key.get(key, [])) if key else []

    def get(self, record_id: str | None) -> C | None:
        return self._by_id.get(record_id or "")

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        choice = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            detail = self.detail(choice)
            return f"{choice.name} — {detail}" if detail else choice.name
        if role in (NameRole, Qt.ItemDataRole.EditRole):
            return choice.name
        if role == IdRole:
            return choice.id
        return None


class OrganisationChoices(NamedChoices[OrganisationChoice]):
    """The register's organisations, shown with their municipality."""

    def detail(self, choice: OrganisationChoice) -> str:
        return choice.municipality


class OrganisationField(Field):
    """``organisation_id`` of a participant, typed as a name."""

    widget: QLineEdit
    #: The user confirmed a name the register does not know (Enter, or the button).
    new_confirmed = Signal(str)

    def __init__(self, widget: QLineEdit, name: str, message: QLabel | None, notice: QWidget,
                 notice_label: QLabel, add_button: QPushButton, name_of: Callable[[str], str]):
        super().__init__("organisation_id", name, widget, message)
        self.choices = OrganisationChoices(self)
        self.completer = QCompleter(self.choices, self)
        self.completer.setCompletionRole(NameRole)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.completer.popup().setAccessibleName(translate("OrganisationPicker", "Organisations in the register"))
        widget.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._picked)
        self._notice = notice
        self._notice_label = notice_label
        self._add_button = add_button
        self._name_of = name_of  # the name of an organisation by id, deleted ones too
        self._picked_choice: OrganisationChoice | None = None
        #: A name confirmed as new (a new participant's organisation is added when the participant is saved).
        self.confirmed_new: str | None = None
        notice.hide()
        widget.textChanged.connect(self._changed)
        widget.textChanged.connect(self._update_notice)
        widget.editingFinished.connect(self._done)
        widget.installEventFilter(self)
        add_button.clicked.connect(self.confirm_new)

    # -- Field -----------------------------------------------------------------------------------

    def raw(self) -> str:
        return self.widget.text().strip()

    def shown(self, value: Any) -> str:
        if isinstance(value, NewOrganisation):
            return value.name
        if not value:
            return ""
        choice = self.choices.get(value)
        return choice.name if choice is not None else self._name_of(value)

    def _show(self, value: Any) -> None:
        self.widget.setText(self.shown(value))
        self.widget.setCursorPosition(0)
        self._picked_choice = None
        self._update_notice()

    def parse(self) -> str | NewOrganisation | None:
        text = self.raw()
        if not text:
            return None
        if self._picked_choice is not None and self._picked_choice.name == text:
            return self._picked_choice.id
        if self.committed and not isinstance(self.committed, NewOrganisation) and text == self.shown(self.committed):
            return self.committed
        named = self.choices.named(text)
        if named:
            ids = [choice.id for choice in named]
            return self.committed if self.committed in ids else ids[0]
        if self.confirmed_new is not None and name_key(self.confirmed_new) == name_key(text):
            return NewOrganisation(text)
        raise FieldProblem(
            translate("OrganisationPicker",
                      "“%1” is not in the register. Press Enter or click “Add as New Organisation” to add it, "
                      "or pick one from the list.").replace("%1", text)
        )

    def load(self, value: Any) -> None:
        self.confirmed_new = value.name if isinstance(value, NewOrganisation) else None
        super().load(value)

    # -- a new organisation ----------------------------------------------------------------------

    def is_unknown(self) -> bool:
        """The typed name is not in the register and has not been confirmed as new."""
        text = self.raw()
        if not text or self.choices.named(text):
            return False
        return self.confirmed_new is None or name_key(self.confirmed_new) != name_key(text)

    def confirm_new(self) -> None:
        if not self.is_unknown():
            return
        self.confirmed_new = self.raw()
        self._update_notice()
        self.edited.emit()
        self.new_confirmed.emit(self.confirmed_new)

    def _update_notice(self, *_args) -> None:
        text = self.raw()
        if not text or self.choices.named(text):
            self._notice.hide()
            return
        if self.confirmed_new is not None and name_key(self.confirmed_new) == name_key(text):
            self._notice_label.setText(
                translate("OrganisationPicker", "✓ “%1” will be added to the register as a new organisation.")
                .replace("%1", text)
            )
            self._add_button.hide()
        else:
            self._notice_label.setText(translate("OrganisationPicker", "“%1” is a new name.").replace("%1", text))
            self._add_button.show()
        self._notice.show()

    def _picked(self, index: QModelIndex) -> None:
        organisation_id = index.data(IdRole)
        self._picked_choice = self.choices.get(organisation_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.widget
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and not self.completer.popup().isVisible()
            and self.is_unknown()
        ):
            self.confirm_new()
            return True
        return False
