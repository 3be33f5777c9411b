"""Which of two versions of one record wins, and whether they are a conflict. Plain rules, no I/O.

A version is a row's ``updated_at``, ``changed_in`` (the database that wrote it) and ``vv``, its version
vector ``{database id: that database's write number}``. One vector at least as large as the other in
every entry means that version was made on top of the other: it simply wins. Neither larger means two
laptops changed the record apart: a **conflict**. The newer change wins, ties broken by the database
id, and the histories are joined, so the result is the same whichever laptop merges first and however
often: merging is a join (commutative, associative, idempotent). The store stamps every local edit
later than the version it replaces (``store.sharing.later_than``), so "newer" never undoes an edit made
on top of another, even when a laptop's clock is behind.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Outcome(StrEnum):
    SAME = "same"  # nothing to do
    OURS_NEWER = "ours_newer"  # theirs is a version ours was made on top of: keep ours
    THEIRS_NEWER = "theirs_newer"  # take theirs
    CONFLICT = "conflict"  # both changed apart


@dataclass(frozen=True)
class Version:
    updated_at: str
    changed_in: str
    vv: dict[str, int]

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Version:
        return cls(row["updated_at"], row["changed_in"] or "", parse_vv(row["vv"]))

    @property
    def order(self) -> tuple[str, str]:
        """Newer change first; equal times (two laptops in the same microsecond) by database id."""
        return (self.updated_at, self.changed_in)


def parse_vv(text: str | None) -> dict[str, int]:
    """A version vector from its JSON; raises ``ValueError`` on anything else."""
    value = json.loads(text or "{}")
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) for k, v in value.items()
    ):
        raise ValueError("a version vector is an object of database ids to whole numbers")
    return value


def vv_text(vv: Mapping[str, int]) -> str:
    """The canonical JSON (sorted keys, no spaces), so equal histories are equal text on every laptop."""
    return json.dumps(dict(sorted(vv.items())), separators=(",", ":"))


def covers(big: Mapping[str, int], small: Mapping[str, int]) -> bool:
    return all(big.get(key, 0) >= value for key, value in small.items())


def join(a: Mapping[str, int], b: Mapping[str, int]) -> dict[str, int]:
    return {key: max(a.get(key, 0), b.get(key, 0)) for key in a.keys() | b.keys()}


def compare(ours: Version, theirs: Version) -> Outcome:
    if ours.vv == theirs.vv:
        # The same history is the same version; different stamps with one history only come from rows
        # written outside the store's stamping: settle them like a conflict, deterministically.
        return Outcome.SAME if ours.order == theirs.order else Outcome.CONFLICT
    if covers(ours.vv, theirs.vv):
        return Outcome.OURS_NEWER
    if covers(theirs.vv, ours.vv):
        return Outcome.THEIRS_NEWER
    return Outcome.CONFLICT


def theirs_wins_conflict(ours: Version, theirs: Version) -> bool:
    return theirs.order > ours.order
