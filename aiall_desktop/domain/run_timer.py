"""Run mode: which agenda block is on, how long it has left, and what each button changes.

The activity stores *when* the current block started, never a countdown: the remaining time is worked
out from the clock each time it is shown (planned + extra − (now − started)). So the timer is right
after the laptop slept, the program was closed and opened again, or a second window reads the same
records. A pause is kept as the moment it began; resuming moves the block's start forward by the
paused time, so the arithmetic stays one subtraction.

Every operation is pure: it returns the field changes to store (:class:`RunChanges`) and writes nothing.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from enum import StrEnum

from ..records import Activity, AgendaItem
from ..store.clock import parse_utc

UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
MINUTE = 60


def utc_text(moment: datetime) -> str:
    """``moment`` (timezone-aware) as the store's UTC text."""
    return moment.astimezone(timezone.utc).strftime(UTC_FORMAT)


class Phase(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True)
class RunChanges:
    """Field changes to store: for the activity, and per agenda item id."""

    activity: dict = field(default_factory=dict)
    items: dict[str, dict] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.activity or self.items)


@dataclass(frozen=True)
class RunView:
    """The session at one moment, ready to show. Seconds are whole; ``remaining`` < 0 is overtime."""

    phase: Phase
    current: AgendaItem | None
    next_item: AgendaItem | None
    index: int  # 0-based position of the current block among the blocks; -1 without one
    count: int
    planned_seconds: int  # the current block's minutes plus the added minutes
    extra_seconds: int
    elapsed_seconds: int
    remaining_seconds: int
    session_planned_seconds: int
    session_actual_seconds: int  # wall-clock time since the first block started (pauses included)
    session_drift_seconds: int  # expected end minus planned end: > 0 behind schedule, < 0 ahead

    @property
    def paused(self) -> bool:
        return self.phase == Phase.PAUSED

    @property
    def running(self) -> bool:
        return self.phase in (Phase.RUNNING, Phase.PAUSED)

    @property
    def overtime(self) -> bool:
        return self.running and self.remaining_seconds < 0


def _when(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return parse_utc(text)
    except ValueError:
        # A damaged timestamp (hand-edited file, foreign import) must not stop the session: treat as unknown.
        return None


def _seconds(delta: timedelta) -> float:
    return delta.total_seconds()


@dataclass(frozen=True)
class RunState:
    """The stored run fields of one activity and its agenda blocks (in agenda order)."""

    activity: Activity
    items: tuple[AgendaItem, ...]

    @classmethod
    def of(cls, activity: Activity, items: Iterable[AgendaItem]) -> RunState:
        live = [item for item in items if not item.is_deleted and item.activity_id == activity.id]
        live.sort(key=lambda item: (item.position, item.created_at, item.id))
        return cls(activity, tuple(live))

    # -- reading ---------------------------------------------------------------------------------

    def _current_index(self) -> int:
        if self.activity.run_item_id is None:
            return -1
        for index, item in enumerate(self.items):
            if item.id == self.activity.run_item_id:
                return index
        return -1

    def _has_run(self) -> bool:
        return any(item.actual_start for item in self.items)

    def phase(self) -> Phase:
        if self._current_index() >= 0:
            return Phase.PAUSED if self.activity.run_paused_at else Phase.RUNNING
        return Phase.FINISHED if self._has_run() else Phase.NOT_STARTED

    def _elapsed(self, now: datetime) -> float:
        started = _when(self.activity.run_started_at)
        if started is None:
            return 0.0
        paused = _when(self.activity.run_paused_at)
        until = paused if paused is not None else now
        # A clock set back (or a pause stored after "now") must not make time run backwards past zero.
        return max(0.0, _seconds(until - started))

    def at(self, now: datetime) -> RunView:
        phase = self.phase()
        index = self._current_index()
        count = len(self.items)
        session_planned = sum(item.minutes for item in self.items) * MINUTE
        current = self.items[index] if index >= 0 else None
        if current is None:
            next_item = self.items[0] if phase == Phase.NOT_STARTED and self.items else None
            planned = extra = elapsed = 0
        else:
            next_item = self.items[index + 1] if index + 1 < count else None
            extra = self.activity.run_extra_seconds or 0
            planned = current.minutes * MINUTE + extra
            # Whole seconds gone, so that the countdown shows 00:00 exactly when the time is up.
            elapsed = math.floor(self._elapsed(now))
        remaining = planned - elapsed

        starts = [t for t in (_when(item.actual_start) for item in self.items) if t is not None]
        session_actual = 0
        drift = 0
        if starts:
            first = min(starts)
            if phase == Phase.FINISHED:
                ends = [t for t in (_when(item.actual_end) for item in self.items) if t is not None]
                last = max(ends) if ends else first
                session_actual = max(0, math.floor(_seconds(last - first)))
                drift = session_actual - session_planned
            elif current is not None:
                session_actual = max(0, math.floor(_seconds(now - first)))
                later = sum(item.minutes for item in self.items[index + 1:]) * MINUTE
                drift = session_actual + max(remaining, 0) + later - session_planned
        return RunView(
            phase=phase, current=current, next_item=next_item, index=index, count=count,
            planned_seconds=planned, extra_seconds=extra, elapsed_seconds=elapsed, remaining_seconds=remaining,
            session_planned_seconds=session_planned, session_actual_seconds=session_actual,
            session_drift_seconds=drift,
        )

    # -- the buttons -----------------------------------------------------------------------------

    def start(self, now: datetime) -> RunChanges:
        """Begin the session with the first block. Only from "not started" (a run's times are kept)."""
        if self.phase() != Phase.NOT_STARTED or not self.items:
            return RunChanges()
        first = self.items[0]
        at = utc_text(now)
        return RunChanges(
            activity=_running(first.id, at),
            items={first.id: {"actual_start": at, "actual_end": None}},
        )

    def pause(self, now: datetime) -> RunChanges:
        if self.phase() != Phase.RUNNING:
            return RunChanges()
        return RunChanges(activity={"run_paused_at": utc_text(now)})

    def resume(self, now: datetime) -> RunChanges:
        if self.phase() != Phase.PAUSED:
            return RunChanges()
        started = _when(self.activity.run_started_at)
        paused = _when(self.activity.run_paused_at)
        if started is None or paused is None:
            return RunChanges(activity={"run_paused_at": None, "run_started_at": utc_text(now)})
        # The paused stretch did not count: the block "started" that much later.
        return RunChanges(activity={"run_started_at": utc_text(started + max(now - paused, timedelta(0))),
                                    "run_paused_at": None})

    def toggle_pause(self, now: datetime) -> RunChanges:
        return self.resume(now) if self.phase() == Phase.PAUSED else self.pause(now)

    def add_minute(self, seconds: int = MINUTE) -> RunChanges:
        if self.phase() not in (Phase.RUNNING, Phase.PAUSED):
            return RunChanges()
        return RunChanges(activity={"run_extra_seconds": (self.activity.run_extra_seconds or 0) + seconds})

    def next_block(self, now: datetime) -> RunChanges:
        """Close the current block now and open the next; after the last one the session is finished."""
        index = self._current_index()
        if index < 0:
            return RunChanges()
        at = utc_text(now)
        items = {self.items[index].id: {"actual_end": at}}
        if index + 1 >= len(self.items):
            return RunChanges(activity=_stopped(), items=items)
        following = self.items[index + 1]
        items[following.id] = {"actual_start": at, "actual_end": None}
        return RunChanges(activity=_running(following.id, at), items=items)

    def previous_block(self, now: datetime) -> RunChanges:
        """Go back one block (a Next pressed too early): it reopens and goes on from where it was closed.

        The block that was on is forgotten (its actual start cleared), as if it had not begun. From a
        finished session this reopens the last block.
        """
        index = self._current_index()
        phase = self.phase()
        if phase == Phase.FINISHED:
            closed = [i for i, item in enumerate(self.items) if item.actual_start]
            if not closed:
                return RunChanges()
            back = closed[-1]
            items: dict[str, dict] = {}
        elif index > 0:
            back = index - 1
            items = {self.items[index].id: {"actual_start": None, "actual_end": None}}
        else:
            return RunChanges()
        block = self.items[back]
        start, end = _when(block.actual_start), _when(block.actual_end)
        gone = end - start if start is not None and end is not None and end >= start else timedelta(0)
        items[block.id] = {"actual_end": None}
        if start is None:
            items[block.id]["actual_start"] = utc_text(now)
        return RunChanges(
            activity={"run_item_id": block.id, "run_started_at": utc_text(now - gone), "run_paused_at": None,
                      "run_extra_seconds": 0},
            items=items,
        )

    def stop(self, now: datetime) -> RunChanges:
        """End the session now: the current block closes, the blocks not reached stay without times."""
        index = self._current_index()
        if index < 0:
            return RunChanges()
        return RunChanges(activity=_stopped(), items={self.items[index].id: {"actual_end": utc_text(now)}})

    def reset(self) -> RunChanges:
        """Forget the run entirely: no current block and no actual times (to run the session again)."""
        items = {item.id: {"actual_start": None, "actual_end": None}
                 for item in self.items if item.actual_start or item.actual_end}
        activity = _stopped()
        unchanged = all(getattr(self.activity, name) == value for name, value in activity.items())
        return RunChanges(activity={} if unchanged else activity, items=items)


def _running(item_id: str, at: str) -> dict:
    return {"run_item_id": item_id, "run_started_at": at, "run_paused_at": None, "run_extra_seconds": 0}


def _stopped() -> dict:
    return {"run_item_id": None, "run_started_at": None, "run_paused_at": None, "run_extra_seconds": 0}


def start(activity: Activity, items: Iterable[AgendaItem], now: datetime) -> RunChanges:
    return RunState.of(activity, items).start(now)


def apply(activity: Activity, items: Sequence[AgendaItem], changes: RunChanges) -> tuple[Activity, list[AgendaItem]]:
    """The records as they are after ``changes`` (for previews and tests; the store does the real write)."""
    return (replace(activity, **changes.activity),
            [replace(item, **changes.items[item.id]) if item.id in changes.items else item for item in items])


def clock_text(seconds: int | float) -> str:
    """"12:34"; "-01:05" for a minute past the time; "1:02:03" from an hour on."""
    whole = int(round(seconds))
    sign = "-" if whole < 0 else ""
    hours, rest = divmod(abs(whole), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"
