"""What is wrong with a field, in the user's language, and how the field shows it.

The rules themselves live in ``domain/validation.py``; their messages are English with a key and the
values they quote, so that here each key gets a translatable text. A field in trouble is marked three
ways, never by colour alone: a message with a warning sign under it, a frame (style sheet), and the
message as its accessible description for screen readers.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.validation import Message

CONTEXT = "validation"

#: The domain's message keys, as texts to translate; ``{value}`` etc. are the quoted values.
TEMPLATES: dict[str, str] = {
    "control_characters": QT_TRANSLATE_NOOP("validation", "Remove the tab, line break or other control character."),
    "org_number_format": QT_TRANSLATE_NOOP(
        "validation", "“{value}” is not an organisation number: write it as NNNNNN-NNNN."
    ),
    "org_number_check_digit": QT_TRANSLATE_NOOP(
        "validation", "“{value}” is not a valid organisation number: the last digit (the check digit) is wrong."
    ),
    "email": QT_TRANSLATE_NOOP("validation", "“{value}” is not an e-mail address, like name@example.se."),
    "phone_characters": QT_TRANSLATE_NOOP(
        "validation", "“{value}” is not a phone number: use digits, spaces, +, - and brackets."
    ),
    "phone_digits": QT_TRANSLATE_NOOP(
        "validation", "“{value}” is not a phone number: it needs {minimum} to {maximum} digits."
    ),
    "date": QT_TRANSLATE_NOOP("validation", "“{value}” is not a date: write it as YYYY-MM-DD."),
    "time": QT_TRANSLATE_NOOP("validation", "“{value}” is not a time of day: write it as HH:MM."),
    "timestamp": QT_TRANSLATE_NOOP("validation", "“{value}” is not a date and time: write it as YYYY-MM-DD HH:MM."),
    "time_order": QT_TRANSLATE_NOOP("validation", "The end time {end} is not after the start time {start}."),
}

#: The import's message keys (``exchange/problems.py``). Their values that are English words of the
#: import (a field's name, a record kind) are left out: the problem's place already names the column.
IMPORT_TEMPLATES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("validation", "This cell must be filled in."),
    "control_characters": QT_TRANSLATE_NOOP("validation", "Remove the tab, line break or other control character."),
    "choice": QT_TRANSLATE_NOOP("validation", "“{value}” is not one of the choices; use one of: {choices}."),
    "empty_file": QT_TRANSLATE_NOOP("validation", "The file holds nothing to import."),
    "unknown_kind": QT_TRANSLATE_NOOP(
        "validation", "Cannot tell what this sheet holds: no row near the top names the columns of organisations, "
                      "participants, activities or attendance (for example First name, Last name, E-mail)."),
    "missing_columns": QT_TRANSLATE_NOOP("validation", "The sheet of {kind} has no column for {columns}."),
    "missing_attendance_columns": QT_TRANSLATE_NOOP(
        "validation", "An attendance sheet needs columns naming the activity (Activity and Date, or Activity ID) "
                      "and the participant (E-mail, First name and Last name, or Participant ID)."),
    "duplicate": QT_TRANSLATE_NOOP("validation", "{value} is also on {other}."),
    "same_record": QT_TRANSLATE_NOOP("validation", "This row and {other} are the same record ({value})."),
    "no_activity_reference": QT_TRANSLATE_NOOP(
        "validation", "Which activity? Fill in Activity and Date, or Activity ID."),
    "no_participant_reference": QT_TRANSLATE_NOOP(
        "validation", "Which participant? Fill in E-mail, First name and Last name, or Participant ID."),
    "unknown_activity": QT_TRANSLATE_NOOP(
        "validation", "There is no activity “{title}” on {date} in the register or the file."),
    "unknown_activity_id": QT_TRANSLATE_NOOP("validation", "There is no activity with ID {value}."),
    "ambiguous_activity": QT_TRANSLATE_NOOP(
        "validation", "{count} activities are called “{title}” on {date}; give the Activity ID."),
    "unknown_participant_email": QT_TRANSLATE_NOOP(
        "validation", "There is no participant with e-mail {value} in the register or the file."),
    "unknown_participant_name": QT_TRANSLATE_NOOP(
        "validation", "There is no participant called {value} in the register or the file."),
    "unknown_participant_id": QT_TRANSLATE_NOOP("validation", "There is no participant with ID {value}."),
    "ambiguous_participant": QT_TRANSLATE_NOOP(
        "validation", "{count} participants are called {value}; give the e-mail address."),
    "ambiguous_person": QT_TRANSLATE_NOOP(
        "validation", "{count} participants in the register are called {value}; add the e-mail or organisation "
                      "column."),
    "unknown_organisation_number": QT_TRANSLATE_NOOP(
        "validation", "There is no organisation with org number {value}."),
    "ignored_column": QT_TRANSLATE_NOOP("validation", "Column “{header}” is not one the import knows; it is left out."),
    "ignored_repeat_column": QT_TRANSLATE_NOOP(
        "validation", "Column “{header}” repeats a column already read; it is left out."),
    "ignored_sheet": QT_TRANSLATE_NOOP("validation", "Sheet “{name}” is left out: {reason}"),
    "sheet_of_other_kind": QT_TRANSLATE_NOOP("validation", "it holds {kind}, not {wanted}."),
    "sheet_without_header": QT_TRANSLATE_NOOP("validation", "no row near its top names known columns."),
    "sheet_empty": QT_TRANSLATE_NOOP("validation", "it is empty."),
}

#: How the import names a place in the file; ``exchange.problems.where`` writes "row 3" or "sheet X, row 3".
_PLACES = {
    "sheet": QT_TRANSLATE_NOOP("validation", "sheet %1"),
    "row": QT_TRANSLATE_NOOP("validation", "row %1"),
    "column": QT_TRANSLATE_NOOP("validation", "column %1"),
}
_WHERE = re.compile(r"^(?:sheet (?P<sheet>.+), )?row (?P<row>\d+)$")
_KINDS = {
    "organisations": QT_TRANSLATE_NOOP("validation", "organisations"),
    "participants": QT_TRANSLATE_NOOP("validation", "participants"),
    "activities": QT_TRANSLATE_NOOP("validation", "activities"),
    "attendance": QT_TRANSLATE_NOOP("validation", "attendance"),
}

#: Texts of the forms' own rules.
NAME_REQUIRED = QT_TRANSLATE_NOOP("validation", "Enter a first name or a last name.")
ORGANISATION_NAME_REQUIRED = QT_TRANSLATE_NOOP("validation", "Enter the organisation's name.")

#: Put before a message, so that it does not rely on its colour.
WARNING_SIGN = "⚠"


def translated(source: str) -> str:
    """A text of this module marked with ``QT_TRANSLATE_NOOP``, in the user's language."""
    return QCoreApplication.translate(CONTEXT, source)


def message_text(message: Message | str) -> str:
    """A domain message in the user's language (its English text when the key is not known here)."""
    key = getattr(message, "key", None)
    template = TEMPLATES.get(key) if key else None
    if template is None:
        return str(message)
    try:
        return translated(template).format(**message.values)  # type: ignore[union-attr]
    except (KeyError, IndexError, ValueError):
        return str(message)


def _place(sheet: object = None, row: object = None, column: object = None) -> str:
    parts = [translated(_PLACES[name]).replace("%1", str(value))
             for name, value in (("sheet", sheet), ("row", row), ("column", column)) if value not in (None, "")]
    # A list separator, not a sentence: the order sheet, row, column reads the same way in Swedish.
    return ", ".join(parts)


def _import_value(name: str, value: object) -> object:
    """A value quoted in an import message, in the user's language where it is the import's own word."""
    if isinstance(value, Message):
        return problem_message(value)
    if name in ("kind", "wanted") and value in _KINDS:
        return translated(_KINDS[value])
    if name == "other" and isinstance(value, str):
        match = _WHERE.match(value)
        if match:
            return _place(match["sheet"], match["row"])
    return value


def problem_message(message: Message | str) -> str:
    """An import message (``exchange/problems.py``) in the user's language."""
    key = getattr(message, "key", None)
    template = IMPORT_TEMPLATES.get(key) if key else None
    if template is None:
        return message_text(message)
    values = {name: _import_value(name, value) for name, value in message.values.items()}  # type: ignore[union-attr]
    try:
        return translated(template).format(**values)
    except (KeyError, IndexError, ValueError):
        return str(message)


def problem_text(problem) -> str:
    """An import problem or note (``exchange.problems.Problem``) with its place: "row 3, column E-post: …"."""
    place = _place(problem.sheet, problem.row, problem.column)
    text = problem_message(problem.message)
    return translated(QT_TRANSLATE_NOOP("validation", "%1: %2")).replace("%1", place).replace("%2", text) \
        if place else text


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class FieldFeedback:
    """The message under one field, and the field's marking."""

    def __init__(self, editor: QWidget, label: QLabel | None, description: str = ""):
        self.editor = editor
        self.label = label
        self._description = description or editor.accessibleDescription()
        self._tooltip = editor.toolTip()
        self._text = ""
        if label is not None:
            label.hide()

    @property
    def text(self) -> str:
        """The message shown now (without the warning sign), or ``""``."""
        return self._text

    def show(self, text: str | None) -> None:
        text = text or ""
        if text == self._text:
            return
        self._text = text
        invalid = bool(text)
        if self.label is not None:
            self.label.setText(f"{WARNING_SIGN} {text}" if invalid else "")
            self.label.setVisible(invalid)
        description = text if invalid else self._description
        if self._description and invalid:
            description = f"{text} ({self._description})"
        self.editor.setAccessibleDescription(description)
        self.editor.setToolTip(text if invalid else self._tooltip)
        if self.editor.property("invalid") != invalid:
            self.editor.setProperty("invalid", invalid)
            repolish(self.editor)

    def clear(self) -> None:
        self.show(None)
