"""What a workshop tab gets from the window, and the base class of the tabs.

A tab reads through ``context.store`` (the store's API, never SQL), changes the register only through
``context.do(command)`` (so that every change is undoable and every tab hears of it), and reads the time
through ``context.now()`` so that tests can drive the clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ...store import Store
from ..editing.undo import DO, StoreCommand, UndoHistory


def system_now() -> datetime:
    return datetime.now(timezone.utc)


class WorkshopContext(QObject):
    #: Another activity is now the workshop's (its id, or "" for none).
    activity_changed = Signal(str)
    #: The register changed (a change, an undo or a redo): the store kinds it touched, e.g.
    #: ``frozenset({"attendance"})``; tabs read again when a kind they show is among them.
    register_changed = Signal(frozenset)

    def __init__(self, store: Callable[[], Store], undo: UndoHistory,
                 status: Callable[[str], None] | None = None, now: Callable[[], datetime] = system_now,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self.undo = undo
        self._status = status
        #: The current time, UTC and timezone-aware; tests replace it with a fake clock.
        self.now = now
        self.activity_id = ""
        undo.changed.connect(self._changed)

    @property
    def store(self) -> Store:
        return self._store()

    def set_activity(self, activity_id: str) -> None:
        self.activity_id = activity_id
        self.activity_changed.emit(activity_id)

    def do(self, command: StoreCommand) -> bool:
        """Make a change through the undo history; returns whether it was made."""
        return self.undo.do(command)

    def notify(self, kinds: frozenset[str]) -> None:
        """Tell every tab of a change made outside the undo history (the run timer's state)."""
        self.register_changed.emit(frozenset(kinds))

    def show_status(self, text: str) -> None:
        if self._status is not None:
            self._status(text)

    def _changed(self, command: StoreCommand, _what: str = DO) -> None:
        self.register_changed.emit(command.kinds)


class WorkshopTab(QWidget):
    """One tab of the workshop page. Subclasses set ``watched`` and implement :meth:`load`."""

    #: The store kinds (attributes of ``Store``) whose changes this tab shows.
    watched: frozenset[str] = frozenset()

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        context.activity_changed.connect(lambda _id: self.load())
        context.register_changed.connect(self._register_changed)

    def load(self) -> None:
        """Read the context's activity from the store and show it (an empty view for none)."""
        raise NotImplementedError

    def focus_first(self) -> None:
        """Put the keyboard focus where the user starts in this tab."""
        self.setFocus()

    def _register_changed(self, kinds: frozenset[str]) -> None:
        if kinds & self.watched:
            self.load()
