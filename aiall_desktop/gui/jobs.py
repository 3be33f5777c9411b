"""Long work off the UI thread: the one way the window runs an import, an export or a file read.

A :class:`Job` runs ``work(store, job)`` on a ``QThread`` of its own. The work gets its own
:class:`Store` on the same database file (a SQLite connection belongs to the thread that made it), which
is closed when the work ends. The work reports with ``job.report(done, total)`` and looks at
``job.cancelled`` (or passes ``job.is_cancelled`` on as a callback); the window connects to the
signals, which arrive on the UI thread:

- ``progress(done, total)``: ``total`` 0 means "busy, no idea how long";
- ``finished(result)``: what ``work`` returned;
- ``failed(exception)``: what it raised (:class:`ImportCancelled` after a cancel, for example).

Exactly one of ``finished`` and ``failed`` is emitted, after the thread has stopped, then ``done``; the thread and the worker are
deleted once the thread has stopped (the thread with ``deleteLater``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..store.errors import DatabaseInUse
from ..store import Store

Work = Callable[[Store, "Job"], Any]


class _Worker(QObject):
    """Lives on the job's thread; runs the work once."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, database: Path, work: Work, job: Job):
        super().__init__()
        self._database = database
        self._work = work
        self._job = job

    @Slot()
    def run(self) -> None:
        try:
            try:
                store = Store.open(self._database, create=False)
            except DatabaseInUse:  # another copy writes to it; this window has it read-only
                store = Store.open(self._database, read_only=True)
            try:
                result = self._work(store, self._job)
            finally:
                store.close()
        except BaseException as error:  # noqa: BLE001 - every failure goes back to the window
            self.failed.emit(error)
        else:
            self.finished.emit(result)
        finally:
            self.thread().quit()


class Job(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    #: Emitted last, once the thread has stopped (after ``finished`` or ``failed``).
    done = Signal()

    def __init__(self, database: Path, work: Work, parent: QObject | None = None):
        super().__init__(parent)
        self._cancel = threading.Event()
        self._running = False
        self._thread = QThread()
        self._thread.setObjectName("jobThread")
        self._worker = _Worker(Path(database), work, self)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        # The worker lives on the other thread: these connections are queued onto this object's (UI) thread.
        self._worker.progress.connect(self.progress)
        # The result is handed on only once the thread has stopped: the window's handlers (building a
        # dialog from a form, say) never run while the job's thread is still winding down.
        self._worker.finished.connect(self._finish)
        self._worker.failed.connect(self._fail)

    # -- for the work (any thread) ---------------------------------------------------------------

    def report(self, done: int, total: int) -> None:
        self._worker.progress.emit(int(done), int(total))

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    # -- for the window --------------------------------------------------------------------------

    def start(self) -> None:
        self._running = True
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def running(self) -> bool:
        return self._running

    def wait(self, milliseconds: int = 30000) -> bool:
        """Block until the thread has stopped (closing the window); the signals still to come are dropped."""
        return self._thread.wait(milliseconds)

    def _finish(self, result: object) -> None:
        self._stop()
        self.finished.emit(result)
        self._clean_up()

    def _fail(self, error: object) -> None:
        self._stop()
        self.failed.emit(error)
        self._clean_up()

    def _stop(self) -> None:
        self._thread.wait()
        self._running = False

    def _clean_up(self) -> None:
        self.done.emit()
        # The thread has stopped: the worker is deleted here with its Python wrapper, the thread later.
        self._worker = None
        self._thread.deleteLater()
        self.deleteLater()
