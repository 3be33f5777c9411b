"""Type-ahead for a line of tags: suggestions for the tag being typed, after the ";" or "," of the last one."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

_SEPARATOR = re.compile(r"[;,]")


def split_last(text: str) -> tuple[str, str]:
    """``"AI/data; so"`` → ``("AI/data; ", "so")``: what stays, and the tag being typed."""
    pieces = _SEPARATOR.split(text)
    last = pieces[-1]
    head = text[: len(text) - len(last)]
    return head, last.strip()


class TagCompleter(QCompleter):
    """Completes the last tag of the line from a vocabulary; the tags before it stay as typed."""

    def __init__(self, words: Iterable[str] = (), parent: QObject | None = None):
        super().__init__(parent)
        self._words = QStringListModel(self)
        self.setModel(self._words)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.set_words(words)

    def set_words(self, words: Iterable[str]) -> None:
        unique: dict[str, str] = {}
        for word in words:
            if word and word.casefold() not in unique:
                unique[word.casefold()] = word
        self._words.setStringList(sorted(unique.values(), key=str.casefold))

    def words(self) -> list[str]:
        return self._words.stringList()

    def splitPath(self, path: str) -> list[str]:
        return [split_last(path)[1]]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        word = index.data(Qt.ItemDataRole.DisplayRole) or ""
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head, _last = split_last(text)
        if head and not head.endswith(" "):
            head += " "
        return head + word
