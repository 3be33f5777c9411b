"""What is wrong with a field, in the user's language, and how the field shows it.

The rules themselves live in ``domain/validation.py``; their messages are English with a key and the
values they quote, so that here each key gets a translatable text. A field in trouble is marked three
ways, never by colour alone: a message with a warning sign under it, a frame (style sheet), and the
message as its accessible description for screen readers.
"""

from __future__ import annotations

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
