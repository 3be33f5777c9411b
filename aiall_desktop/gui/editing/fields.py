"""One record field bound to one control of a form: its value, its rule, and when the user is done with it.

A field remembers the value the register holds (``committed``). What the control shows may differ while
the user types, or when what they typed breaks the field's rule: then it stays as typed, with the
message under it, until it is fixed or reverted. Nothing the user typed is thrown away by a reload.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from ...domain.validation import InvalidValue, join_tags, split_tags
from .field_validation import FieldFeedback, message_text


class FieldProblem(ValueError):
    """A form's own rule broken (not one of the domain's): ``text`` says what to do, translated."""

    def __init__(self, text: str):
        self.text = text
        super().__init__(text)


#: The lines a notes field shows before it scrolls.
NOTE_LINES = 5

#: What parsing a field can raise.
PROBLEMS = (InvalidValue, FieldProblem)


def caption(label: QLabel | None, fallback: str) -> str:
    """A form label's text as a field name: without the mnemonic, the required mark and the colon."""
    if label is None:
        return fallback
    return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(" *:").strip() or fallback


class Field(QObject):
    """The binding of one record attribute to one control."""

    #: The user changed what the control shows (each key, each tick).
    edited = Signal()
    #: The user is done with the field (left it, pressed Enter, chose an item): the moment to save.
    finished = Signal()

    def __init__(self, key: str, name: str, widget: QWidget, message: QLabel | None = None,
                 parse: Callable[[Any], Any] | None = None):
        super().__init__(widget)
        self.key = key
        self.name = name
        self.widget = widget
        self.feedback = FieldFeedback(widget, message)
        self.committed: Any = None
        #: Whether what is wrong is said while the user types (else from leaving the field on).
        self.live_problems = True
        self._parse = parse
        self._loading = 0

    # -- what the control holds ------------------------------------------------------------------

    def raw(self) -> Any:
        """What the control shows, as it shows it."""
        raise NotImplementedError

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def shown(self, value: Any) -> Any:
        """How a stored value looks in the control (comparable with :meth:`raw`)."""
        return value

    def parse(self) -> Any:
        """The value to store from what the control shows; raises ``InvalidValue`` when it breaks the rule."""
        raw = self.raw()
        return self._parse(raw) if self._parse is not None else raw

    def problem(self) -> str | None:
        """What is wrong with what the control shows, in the user's language, or ``None``."""
        try:
            self.parse()
        except InvalidValue as invalid:
            return message_text(invalid.message)
        except FieldProblem as problem:
            return problem.text
        return None

    # -- the stored value ------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loading > 0

    def show_value(self, value: Any) -> None:
        """Show a value without it counting as the user's edit."""
        self._loading += 1
        try:
            self._show(value)
        finally:
            self._loading -= 1

    def load(self, value: Any) -> None:
        """The register's value, now shown: what the user had typed is replaced."""
        self.committed = value
        self.show_value(value)
        self.feedback.clear()

    def reload(self, value: Any) -> None:
        """The register's value changed (a save, an undo): show it, unless the user has typed something else."""
        pending = self.is_dirty()
        same = False
        if pending:
            try:
                same = self.parse() == value
            except PROBLEMS:
                same = False
        self.committed = value
        if not pending or same:
            self.show_value(value)

    def is_dirty(self) -> bool:
        """Whether the control shows something else than the register holds."""
        return self.raw() != self.shown(self.committed)

    def revert(self) -> None:
        self.load(self.committed)

    # -- helpers for the subclasses --------------------------------------------------------------

    def _changed(self, *_args) -> None:
        if not self.loading:
            self.edited.emit()

    def _done(self, *_args) -> None:
        if not self.loading:
            self.finished.emit()


class LineField(Field):
    """A line of text; ``parse`` turns it into the stored value (trimmed text by default)."""

    widget: QLineEdit

    def __init__(self, key: str, name: str, widget: QLineEdit, message: QLabel | None = None,
                 parse: Callable[[str], Any] | None = None, show: Callable[[Any], str] | None = None):
        super().__init__(key, name, widget, message, parse or (lambda text: text.strip()))
        self._format = show or (lambda value: "" if value is None else str(value))
        widget.textChanged.connect(self._changed)
        widget.editingFinished.connect(self._done)

    def raw(self) -> str:
        return self.widget.text()

    def shown(self, value: Any) -> str:
        return self._format(value)

    def _show(self, value: Any) -> None:
        self.widget.setText(self._format(value))
        self.widget.setCursorPosition(0)


class TagsField(LineField):
    """A list of tags typed on one line, separated by ";" or ","."""

    def __init__(self, key: str, name: str, widget: QLineEdit, message: QLabel | None = None):
        super().__init__(key, name, widget, message, parse=split_tags, show=lambda tags: join_tags(tags or []))

    def is_dirty(self) -> bool:
        # "a;b" and "a; b" are the same tags: only a different list is a change.
        return split_tags(self.raw()) != list(self.committed or [])


class TextField(Field):
    """Several lines of text (notes); done when the user leaves it."""

    widget: QPlainTextEdit

    def __init__(self, key: str, name: str, widget: QPlainTextEdit, message: QLabel | None = None):
        super().__init__(key, name, widget, message, parse=lambda text: text.strip())
        widget.textChanged.connect(self._changed)
        widget.installEventFilter(self)
        # Room for a few lines; longer notes scroll.
        lines = widget.fontMetrics().lineSpacing() * NOTE_LINES
        widget.setFixedHeight(lines + 2 * widget.frameWidth() + int(widget.document().documentMargin() * 2) + 4)

    def raw(self) -> str:
        return self.widget.toPlainText()

    def shown(self, value: Any) -> str:
        return value or ""

    def _show(self, value: Any) -> None:
        self.widget.setPlainText(value or "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            self._done()
        return False


class ChoiceField(Field):
    """One of a fixed set of values, in a combo box; done as soon as it is chosen."""

    widget: QComboBox

    def __init__(self, key: str, name: str, widget: QComboBox, choices: Sequence[tuple[Any, str]],
                 tooltips: Sequence[str] | None = None):
        super().__init__(key, name, widget)
        widget.clear()
        for number, (value, text) in enumerate(choices):
            widget.addItem(text, value)
            if tooltips is not None and tooltips[number]:
                widget.setItemData(number, tooltips[number], Qt.ItemDataRole.ToolTipRole)
        widget.activated.connect(self._chosen)

    def raw(self) -> Any:
        return self.widget.currentData()

    def _show(self, value: Any) -> None:
        index = self.widget.findData(value)
        self.widget.setCurrentIndex(max(index, 0))

    def _chosen(self, _index: int) -> None:
        self._changed()
        self._done()


class ChecklistField(Field):
    """Some of a set of values, ticked in a list; done at each tick."""

    widget: QListWidget

    def __init__(self, key: str, name: str, widget: QListWidget, choices: Sequence[tuple[str, str]]):
        super().__init__(key, name, widget)
        self._values: list[str] = []
        # Tall enough for every choice: a short list needs no scrolling.
        widget.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.set_choices(choices)
        widget.itemChanged.connect(self._ticked)

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        self._loading += 1
        try:
            self.widget.clear()
            self._values = [value for value, _text in choices]
            for value, text in choices:
                item = QListWidgetItem(text, self.widget)
                item.setData(Qt.ItemDataRole.UserRole, value)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Unchecked)
        finally:
            self._loading -= 1


    def raw(self) -> list[str]:
        ticked = []
        for row in range(self.widget.count()):
            item = self.widget.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ticked.append(item.data(Qt.ItemDataRole.UserRole))
        return ticked

    def shown(self, value: Any) -> list[str]:
        # Values the list does not offer (an area since removed from the setting) are kept, not shown.
        return [v for v in self._values if v in (value or [])]

    def parse(self) -> list[str]:
        extra = [v for v in (self.committed or []) if v not in self._values]
        return self.raw() + extra

    def is_dirty(self) -> bool:
        return self.raw() != self.shown(self.committed)

    def _show(self, value: Any) -> None:
        chosen = set(value or [])
        for row in range(self.widget.count()):
            item = self.widget.item(row)
            state = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen else Qt.CheckState.Unchecked
            item.setCheckState(state)

    def _ticked(self, _item: QListWidgetItem) -> None:
        self._changed()
        self._done()
