"""Edit → Tag Vocabulary: the background and competence words the participant form suggests.

The vocabularies are settings in the database, so that they travel with the register. The dialog opens
window-modal without blocking; Save hands the new lists to whoever asked (the window makes the change
undoable).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QPlainTextEdit, QWidget

from ...domain.validation import split_tags
from ..forms import load_form, part

#: The settings this dialog edits, in the order of its columns.
KEYS = ("backgrounds", "competences")


class VocabularyDialog:
    def __init__(self, parent: QWidget | None = None):
        self.dialog: QDialog = load_form("vocabulary_dialog", parent)
        self.edits = {key: part(self.dialog, QPlainTextEdit, f"{key}Edit") for key in KEYS}
        self._done: Callable[[dict[str, list[str]]], None] | None = None
        self.dialog.accepted.connect(self._accepted)

    def edit(self, current: dict[str, Sequence[str]], done: Callable[[dict[str, list[str]]], None]) -> None:
        """Show the vocabularies; ``done`` gets the edited ones when the user saves."""
        for key, edit in self.edits.items():
            edit.setPlainText("\n".join(current.get(key, [])))
        self._done = done
        self.dialog.open()
        self.edits[KEYS[0]].setFocus()

    def values(self) -> dict[str, list[str]]:
        return {key: split_tags(edit.toPlainText().splitlines()) for key, edit in self.edits.items()}

    def _accepted(self) -> None:
        if self._done is not None:
            self._done(self.values())
