"""An activity's agenda as plain rules: when each block starts, whether the plan fits, and reordering.

Blocks are kept in the store with a ``position``; the times are never stored but worked out from the
activity's start time and the blocks' minutes, so that changing one block's length moves every later
block at once.

Times are "HH:MM" on a 24-hour clock. An agenda that runs past midnight (an evening event, or a long
plan typed by mistake) keeps counting: its times wrap round to 00:00 and the block says it is on the
next day (``day``), rather than failing. An activity whose end time is earlier than its start time is
taken to end on the next day (22:00–01:00 is three hours); equal times plan no time at all. A start or
end time that cannot be read leaves the times it governs empty instead of guessing.

The reorder helpers return only the positions that change, ``{id: new_position}``, which is what an
undoable update needs; positions come out as 0..n-1 in agenda order, closing any gaps.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..records import Activity, AgendaItem

MINUTES_PER_DAY = 24 * 60
#: The longest block the editor offers (ten hours): longer is a typing mistake, not a plan.
MAX_BLOCK_MINUTES = 600

#: The fields of a block that belong to its plan (not to the run of the day).
PLAN_FIELDS = ("title", "method", "minutes", "lead", "materials", "notes")


def parse_time(text: str | None) -> int | None:
    """Minutes after midnight for "HH:MM" (or "H:MM"); ``None`` when it is not a time of day."""
    if not text:
        return None
    hours, sep, minutes = str(text).strip().partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        return None
    h, m = int(hours), int(minutes)
    if h > 23 or m > 59:
        return None
    return h * 60 + m


def clock(minutes: int) -> str:
    """ "HH:MM" for minutes after the first midnight; later days wrap round (see ``day``)."""
    minutes %= MINUTES_PER_DAY
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def block_minutes(item: AgendaItem) -> int:
    # A negative or missing length (imported data) would move later blocks back in time; count it as 0.
    try:
        return max(0, int(item.minutes or 0))
    except (TypeError, ValueError):
        return 0


def in_order(items: Iterable[AgendaItem]) -> list[AgendaItem]:
    """Live blocks in agenda order; blocks sharing a position keep the order they came in."""
    return sorted((item for item in items if not item.is_deleted), key=lambda item: item.position)


@dataclass(frozen=True)
class ScheduledItem:
    item: AgendaItem
    start: str  # "HH:MM", "" when the activity's start time cannot be read
    end: str
    offset: int  # minutes from the activity's start to this block's start
    day: int  # 0 on the activity's day, 1 once the agenda has run past midnight, …

    @property
    def minutes(self) -> int:
        return block_minutes(self.item)


@dataclass(frozen=True)
class Schedule:
    items: tuple[ScheduledItem, ...]
    start: str  # the activity's start, "HH:MM" ("" if unreadable)
    planned_end: str  # the activity's end
    end: str  # where the agenda ends ("" if unreadable)
    total_minutes: int
    planned_minutes: int | None  # None when the start or end time cannot be read
    overrun_minutes: int  # > 0 when the agenda runs past the planned end
    end_day: int = 0  # 1 when the agenda ends after midnight, …

    @property
    def is_empty(self) -> bool:
        return not self.items

    @property
    def runs_over(self) -> bool:
        return self.overrun_minutes > 0

    @property
    def spare_minutes(self) -> int:
        """Planned time the agenda leaves free (0 when it fills or overruns the plan)."""
        if self.planned_minutes is None:
            return 0
        return max(0, self.planned_minutes - self.total_minutes)

    def by_id(self, item_id: str) -> ScheduledItem | None:
        return next((s for s in self.items if s.item.id == item_id), None)


def planned_minutes(activity: Activity) -> int | None:
    start, end = parse_time(activity.start_time), parse_time(activity.end_time)
    if start is None or end is None:
        return None
    return (end - start) % MINUTES_PER_DAY


def schedule(activity: Activity, items: Iterable[AgendaItem]) -> Schedule:
    """The agenda with its computed times, total and overrun (see the module's notes on midnight)."""
    start = parse_time(activity.start_time)
    planned = planned_minutes(activity)
    scheduled: list[ScheduledItem] = []
    offset = 0
    for item in in_order(items):
        length = block_minutes(item)
        if start is None:
            scheduled.append(ScheduledItem(item, "", "", offset, 0))
        else:
            scheduled.append(ScheduledItem(item, clock(start + offset), clock(start + offset + length), offset,
                                           (start + offset) // MINUTES_PER_DAY))
        offset += length
    total = offset
    overrun = max(0, total - planned) if planned is not None else 0
    return Schedule(
        items=tuple(scheduled),
        start=clock(start) if start is not None else "",
        planned_end=clock(parse_time(activity.end_time)) if parse_time(activity.end_time) is not None else "",
        end=clock(start + total) if start is not None else "",
        total_minutes=total,
        planned_minutes=planned,
        overrun_minutes=overrun,
        end_day=(start + total) // MINUTES_PER_DAY if start is not None else 0,
    )


# -- reordering -----------------------------------------------------------------------------------


def _changes(ordered: Sequence[AgendaItem]) -> dict[str, int]:
    return {item.id: index for index, item in enumerate(ordered) if item.position != index}


def renumber(items: Iterable[AgendaItem]) -> dict[str, int]:
    """Positions 0..n-1 in agenda order: the changes that close gaps and separate equal positions."""
    return _changes(in_order(items))


def move_to(items: Iterable[AgendaItem], item_id: str, index: int) -> dict[str, int]:
    """Move one block so that it ends up at ``index`` (clamped to the agenda); ``{}`` when it stays put.

    The other blocks close up behind it and make room for it; gaps in the positions close as well.

    Raises ``KeyError`` when the block is not in the agenda.
    """
    ordered = in_order(items)
    current = next((i for i, item in enumerate(ordered) if item.id == item_id), None)
    if current is None:
        raise KeyError(item_id)
    index = max(0, min(index, len(ordered) - 1))
    if index == current:
        return {}
    ordered.insert(index, ordered.pop(current))
    return _changes(ordered)


def move_up(items: Iterable[AgendaItem], item_id: str) -> dict[str, int]:
    """One place earlier; ``{}`` for the first block."""
    ordered = in_order(items)
    return move_to(ordered, item_id, index_of(ordered, item_id) - 1) if index_of(ordered, item_id) else {}


def move_down(items: Iterable[AgendaItem], item_id: str) -> dict[str, int]:
    """One place later; ``{}`` for the last block."""
    ordered = in_order(items)
    return move_to(ordered, item_id, index_of(ordered, item_id) + 1)


def index_of(items: Iterable[AgendaItem], item_id: str) -> int:
    """Where a block stands in agenda order; ``KeyError`` when it is not there."""
    for index, item in enumerate(in_order(items)):
        if item.id == item_id:
            return index
    raise KeyError(item_id)


def make_room(items: Iterable[AgendaItem], index: int) -> tuple[int, dict[str, int]]:
    """Free the place ``index`` (clamped) for a new block: its position and the others' changes."""
    ordered = in_order(items)
    index = max(0, min(index, len(ordered)))
    changes: dict[str, int] = {}
    for i, item in enumerate(ordered):
        wanted = i + 1 if i >= index else i
        if item.position != wanted:
            changes[item.id] = wanted
    return index, changes


def new_block(activity_id: str, position: int, **plan: object) -> AgendaItem:
    """A fresh block with its own id (so that an undo and redo of its creation keep the same one)."""
    fields = {name: plan[name] for name in PLAN_FIELDS if name in plan and plan[name] is not None}
    return AgendaItem(id=str(uuid.uuid4()), activity_id=activity_id, position=position,
                      title=str(fields.pop("title", "")), **fields)


def insert_after(items: Iterable[AgendaItem], after_id: str | None, activity_id: str,
                 **plan: object) -> tuple[AgendaItem, dict[str, int]]:
    """A new block right after ``after_id`` (at the end when ``None`` or not found) and the shifts."""
    ordered = in_order(items)
    try:
        index = index_of(ordered, after_id) + 1 if after_id else len(ordered)
    except KeyError:
        index = len(ordered)
    position, shifts = make_room(ordered, index)
    return new_block(activity_id, position, **plan), shifts


def duplicate(items: Iterable[AgendaItem], item_id: str) -> tuple[AgendaItem, dict[str, int]]:
    """A copy of a block placed right after it (a new id, no times of a run), and the later blocks' shifts."""
    ordered = in_order(items)
    index = index_of(ordered, item_id)
    original = ordered[index]
    position, shifts = make_room(ordered, index + 1)
    copy = dataclasses.replace(original, id=str(uuid.uuid4()), position=position, created_at="",
                               updated_at="", deleted_at=None, actual_start=None, actual_end=None)
    return copy, shifts


def without(items: Iterable[AgendaItem], item_ids: Iterable[str]) -> dict[str, int]:
    """The position changes that close the gap left when these blocks go."""
    gone = set(item_ids)
    return renumber(item for item in items if item.id not in gone)


def plan_of(item: AgendaItem) -> dict:
    """A block's plan as a dict (what a template keeps of it)."""
    return {name: getattr(item, name) for name in PLAN_FIELDS}
