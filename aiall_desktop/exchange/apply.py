"""Step two of an import: write a checked plan into the register, all or nothing.

Everything happens in one transaction: the matching is redone inside it (the register may have changed
since the plan was read), then records are created in batches and updated one by one. A problem, a
cancel or any failure rolls the whole import back, so the register never holds half a file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from .headers import ACTIVITIES, ATTENDANCE, KINDS, ORGANISATIONS, PARTICIPANTS
from .plan import ImportPlan, KindCounts
from .problems import ImportCancelled, ImportRefused
from .resolve import resolve

if TYPE_CHECKING:
    from ..store import Store

T = TypeVar("T")

#: How often (in written records) progress is reported and a cancel looked for.
PROGRESS_EVERY = 250


@dataclass
class ImportResult:
    counts: dict[str, KindCounts]

    def summary(self) -> str:
        """One line per kind the file touched, for a status bar or the command line."""
        return "; ".join(
            f"{kind}: {c.created} created, {c.updated} updated, {c.unchanged} unchanged"
            for kind, c in self.counts.items()
            if c.total
        ) or "nothing to import"


class _Ticker:
    def __init__(self, progress: Callable[[int, int], Any] | None, cancel: Callable[[], bool] | None):
        self.progress = progress
        self.cancel = cancel
        self.done = 0
        self.total = 0

    def check(self) -> None:
        if self.cancel is not None and self.cancel():
            raise ImportCancelled()

    def tick(self) -> None:
        self.done += 1
        if self.done % PROGRESS_EVERY == 0:
            self.check()
            if self.progress is not None:
                self.progress(self.done, self.total)

    def each(self, items: Iterable[T]) -> Iterator[T]:
        for item in items:
            self.tick()
            yield item


def _repository(store: Store, kind: str) -> Any:
    return {
        ORGANISATIONS: store.organisations,
        PARTICIPANTS: store.participants,
        ACTIVITIES: store.activities,
        ATTENDANCE: store.attendance,
    }[kind]


def apply_import(
    store: Store,
    plan: ImportPlan,
    progress: Callable[[int, int], Any] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write the plan into ``store`` in one transaction.

    Raises :class:`ImportRefused` when the plan (or the matching redone now) has problems, and
    :class:`ImportCancelled` when ``cancel()`` answers True; in both cases nothing is written.
    ``progress(done, total)`` is called every few hundred records written.
    """
    if plan.problems:
        raise ImportRefused(plan.problems)
    ticker = _Ticker(progress, cancel)
    ticker.check()
    with store.db.atomic():
        changes = resolve(store, plan)
        if changes.problems:
            raise ImportRefused(changes.problems)
        ticker.total = changes.writes
        for kind in KINDS:
            repository = _repository(store, kind)
            if changes.creates[kind]:
                repository.create_many(ticker.each(changes.creates[kind]))
            for record_id in changes.restores[kind]:
                ticker.tick()
                repository.restore(record_id)
            for record_id, values in changes.updates[kind]:
                ticker.tick()
                repository.update(record_id, **values)
        # A cancel that came after the last check still wins: nothing is committed yet.
        ticker.check()
    if progress is not None:
        progress(ticker.total, ticker.total)
    return ImportResult(changes.counts())
