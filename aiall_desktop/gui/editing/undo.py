"""Undo and redo for every change the window makes to the register.

One :class:`UndoHistory` belongs to the main window. A change is a :class:`StoreCommand` that knows how
to go forward and back through the store's API (update with the old and the new values; create and soft
delete; delete and restore). :meth:`UndoHistory.do` runs it once, in one transaction, and only when that
succeeded puts it on the stack, so that a refused change never becomes something to undo. After each
step the history says which kinds of record and which records changed, for the lists and the page to
read them again.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...records import Record
from ...store import Store, StoreError
from ...store.repository import Repository

#: The list fields of a participant that hold tags (a change to them changes the tags in use).
TAG_FIELDS = frozenset(("backgrounds", "competences", "tags"))

#: What a step in the history can fail with for reasons of the data, not of the program.
STEP_ERRORS: tuple[type[BaseException], ...] = (StoreError, sqlite3.Error)

DO, UNDO, REDO = "do", "undo", "redo"


def repository(store: Store, kind: str) -> Repository[Any]:
    """The store's API for a section's records ("participants" → ``store.participants``)."""
    return getattr(store, kind)


class StoreCommand(QUndoCommand):
    """A change to the register that can be taken back."""

    def __init__(self, text: str, kinds: Iterable[str], ids: Iterable[str]):
        super().__init__(text)
        self.kinds = frozenset(kinds)
        self.ids = tuple(ids)
        self._history: UndoHistory | None = None

    def forward(self, store: Store) -> None:
        raise NotImplementedError

    def backward(self, store: Store) -> None:
        raise NotImplementedError

    @property
    def touches_tags(self) -> bool:
        """Whether the tags in use (and so the pick lists of tags) may have changed."""
        return "participants" in self.kinds

    # QUndoStack calls redo() when the command is pushed: by then UndoHistory.do has run it already.
    def redo(self) -> None:
        if self._history is not None and self._history.pushing is not self:
            self._history.step(self, self.forward, REDO)

    def undo(self) -> None:
        if self._history is not None:
            self._history.step(self, self.backward, UNDO)


class UpdateRecord(StoreCommand):
    """Some fields of one record, from their old values to new ones."""

    def __init__(self, kind: str, record_id: str, old: Mapping[str, Any], new: Mapping[str, Any], text: str):
        super().__init__(text, [kind], [record_id])
        self.kind = kind
        self.record_id = record_id
        self.old = dict(old)
        self.new = dict(new)

    def forward(self, store: Store) -> None:
        repository(store, self.kind).update(self.record_id, **self.new)

    @property
    def touches_tags(self) -> bool:
        return self.kind == "participants" and bool(TAG_FIELDS & set(self.new))

    def backward(self, store: Store) -> None:
        repository(store, self.kind).update(self.record_id, **self.old)


class CreateRecord(StoreCommand):
    """A new record; undone, it is soft-deleted, and redone, restored (it keeps its id throughout)."""

    def __init__(self, kind: str, record: Record, text: str):
        if not record.id:
            record = dataclasses.replace(record, id=str(uuid.uuid4()))
        super().__init__(text, [kind], [record.id])
        self.kind = kind
        self.record = record
        self._created = False

    def forward(self, store: Store) -> None:
        repo = repository(store, self.kind)
        if self._created:
            repo.restore(self.record.id)
        else:
            self.record = repo.create(self.record)
            self._created = True

    def backward(self, store: Store) -> None:
        repository(store, self.kind).delete(self.record.id)


class DeleteRecords(StoreCommand):
    """One or many records deleted (soft); undone, restored."""

    def __init__(self, kind: str, record_ids: Sequence[str], text: str):
        super().__init__(text, [kind], record_ids)
        self.kind = kind

    def forward(self, store: Store) -> None:
        repo = repository(store, self.kind)
        for record_id in self.ids:
            repo.delete(record_id)

    def backward(self, store: Store) -> None:
        repo = repository(store, self.kind)
        for record_id in self.ids:
            repo.restore(record_id)


class SetLists(StoreCommand):
    """One list field (tags) of many records set at once, each back to its own old value when undone."""

    def __init__(self, kind: str, name: str, before: Mapping[str, list[str]], after: Mapping[str, list[str]],
                 text: str):
        super().__init__(text, [kind], list(before))
        self.kind = kind
        self.name = name
        self.before = {key: list(value) for key, value in before.items()}
        self.after = {key: list(value) for key, value in after.items()}

    def forward(self, store: Store) -> None:
        repo = repository(store, self.kind)
        for record_id, value in self.after.items():
            repo.update(record_id, **{self.name: value})

    def backward(self, store: Store) -> None:
        repo = repository(store, self.kind)
        for record_id, value in self.before.items():
            repo.update(record_id, **{self.name: value})


class SetSettings(StoreCommand):
    """Project settings (a vocabulary) from old values to new ones."""

    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any], text: str, kinds: Iterable[str] = ()):
        super().__init__(text, kinds, [])
        self.old = dict(old)
        self.new = dict(new)

    def forward(self, store: Store) -> None:
        for key, value in self.new.items():
            store.settings.set(key, value)

    def backward(self, store: Store) -> None:
        for key, value in self.old.items():
            store.settings.set(key, value)


class Composite(StoreCommand):
    """Several changes that belong together (a new organisation and the person who works there)."""

    def __init__(self, text: str, parts: Sequence[StoreCommand]):
        super().__init__(text, {kind for part in parts for kind in part.kinds}, [i for part in parts for i in part.ids])
        self.parts = list(parts)

    def forward(self, store: Store) -> None:
        for part in self.parts:
            part.forward(store)

    @property
    def touches_tags(self) -> bool:
        return any(part.touches_tags for part in self.parts)

    def backward(self, store: Store) -> None:
        for part in reversed(self.parts):
            part.backward(store)


class UndoHistory(QObject):
    """The window's one undo stack, over the open store."""

    #: After a change went forward or back: the command (its kinds, ids, text) and DO, UNDO or REDO.
    changed = Signal(object, str)
    #: A change could not be made: what was tried and why.
    failed = Signal(str, str)

    def __init__(self, store: Callable[[], Store], parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self.stack = QUndoStack(self)
        self.pushing: StoreCommand | None = None

    def rebind(self, store: Callable[[], Store], parent: QObject) -> None:
        """Serve another window (the same store in another language): its listeners replace the old ones."""
        for signal in (self.changed, self.failed):
            try:
                signal.disconnect()
            except (RuntimeError, TypeError):  # nothing was connected
                pass
        self._store = store
        self.setParent(parent)

    def do(self, command: StoreCommand) -> bool:
        """Make the change; when it succeeded, keep it to undo. Returns whether it succeeded."""
        if not self._run(command, command.forward):
            return False
        command._history = self
        self.pushing = command
        try:
            self.stack.push(command)
        finally:
            self.pushing = None
        self.changed.emit(command, DO)
        return True

    def step(self, command: StoreCommand, direction: Callable[[Store], None], what: str) -> None:
        if not self._run(command, direction):
            command.setObsolete(True)  # it cannot be made again: the stack lets go of it
        self.changed.emit(command, what)

    def _run(self, command: StoreCommand, direction: Callable[[Store], None]) -> bool:
        store = self._store()
        try:
            with store.transaction():
                direction(store)
        except STEP_ERRORS as error:
            self.failed.emit(command.text(), str(error))
            return False
        return True

    def clear(self) -> None:
        self.stack.clear()


class MoveCaseStage(StoreCommand):
    """A case to another stage, with its history entry; undone, the case goes back and the entry goes."""

    def __init__(self, case_id: str, old: Mapping[str, Any], move: Any, text: str):
        super().__init__(text, ["cases", "case_history"], [case_id])
        self.case_id = case_id
        self.old = dict(old)
        self.move = move  # a domain.cases.StageMove
        self._created = False

    def forward(self, store: Store) -> None:
        store.cases.update(self.case_id, **self.move.case_changes)
        if self._created:
            store.case_history.restore(self.move.history.id)
        else:
            self.move = dataclasses.replace(self.move, history=store.case_history.create(self.move.history))
            self._created = True

    def backward(self, store: Store) -> None:
        store.case_history.delete(self.move.history.id)
        store.cases.update(self.case_id, **self.old)
