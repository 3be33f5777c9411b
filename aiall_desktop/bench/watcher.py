"""Watching the UI thread from inside: a timer that notices late ticks, and probes that note repaints.

The stall watcher is a 5 ms timer on the UI thread. A tick can only come when the event loop runs, so
the gap between two ticks is at least as long as the longest piece of work the thread did in between:
a gap of 200 ms means the window did not answer for 200 ms. Gaps are kept per scripted interaction
("phase"), and nothing is kept while no phase is set (preparing data between interactions).

A paint probe is an event filter on one widget that notes the time of each Paint event: "the view
has repainted" is the first Paint after the change the script waits for.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer

TICK_MS = 5


class StallWatcher(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self._phase: str | None = None
        #: The longest gap between two ticks in each phase, in milliseconds.
        self.longest: dict[str, float] = {}
        self.late_ticks: dict[str, int] = {}

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def phase(self, name: str | None) -> None:
        """Attribute the gaps from now on to ``name`` (``None``: keep none)."""
        self._phase = name
        self._last = time.perf_counter()
        if name is not None:
            self.longest.setdefault(name, 0.0)
            self.late_ticks.setdefault(name, 0)

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self._last = now
        if self._phase is None:
            return
        if gap > self.longest[self._phase]:
            self.longest[self._phase] = gap
        if gap > 2 * TICK_MS:
            self.late_ticks[self._phase] += 1


class PaintProbe(QObject):
    """Notes when ``widget`` paints; ``on_paint`` (if set) is called with the time."""

    def __init__(self, widget: QObject):
        super().__init__(widget)
        self.times: list[float] = []
        self.on_paint: Callable[[float], None] | None = None
        widget.installEventFilter(self)

    @property
    def last(self) -> float:
        return self.times[-1] if self.times else 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            now = time.perf_counter()
            self.times.append(now)
            if self.on_paint is not None:
                self.on_paint(now)
        return False


class Waiter:
    """Runs the event loop until a condition holds or a time limit passes.

    The condition is looked at whenever something calls :meth:`poke` (a paint probe, a signal), so the
    wait adds no timer of its own that would disturb the stall watcher.
    """

    def __init__(self) -> None:
        self._loop: QEventLoop | None = None
        self._done: Callable[[], bool] = lambda: True

    def poke(self, *_: object) -> None:
        if self._loop is not None and self._done():
            self._loop.quit()

    def wait(self, done: Callable[[], bool], timeout: float = 10.0) -> bool:
        if done():
            return True
        loop = QEventLoop()
        self._loop, self._done = loop, done
        limit = QTimer()
        limit.setSingleShot(True)
        limit.timeout.connect(loop.quit)
        limit.start(int(timeout * 1000))
        try:
            loop.exec()
        finally:
            limit.stop()
            self._loop = None
        return done()

    def pause(self, seconds: float) -> None:
        """Let the event loop run for a while (deferred work, background threads reporting back)."""
        self.wait(lambda: False, seconds)
