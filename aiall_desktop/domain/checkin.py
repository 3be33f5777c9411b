"""Checking people in at the door: finding someone by what is typed, and counting who came.

A facilitator types on a laptop keyboard that may have no "Ł", "ễ" or "Ø": "lukasz" has to find
"Łukasz Wójcik", "nguy" "Nguyễn Thị Hương" and "öreb mek" someone at "Örebro Mekaniska AB". Every typed
word must be the start of a word of the person's first name, last name or organisation, with case and
accents left aside.

Works on any rows with ``first_name``, ``last_name``, ``organisation`` and ``status`` (the store's
``PersonRow``), so that it needs no database.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Protocol, TypeVar

from ..records import AttendanceStatus
from ..store.clock import parse_utc

#: ``Attendance.role`` of someone who came without being on the list (a walk-in, or a person of the
#: register added at the door).
WALK_IN = "walk_in"

#: Letters Unicode does not decompose into a plain letter and a mark, so NFKD leaves them as they are.
_EXTRA_FOLDS = str.maketrans({"ł": "l", "đ": "d", "ð": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss",
                              "þ": "th", "ı": "i"})
_WORD = re.compile(r"\w+", re.UNICODE)


class Person(Protocol):
    first_name: str
    last_name: str
    organisation: str
    status: str


P = TypeVar("P", bound=Person)


def fold(text: str | None) -> str:
    """Text without case and accents: "Łukasz" → "lukasz", "Nguyễn" → "nguyen", "Straße" → "strasse"."""
    # Twice, because each step may make work for the other: "㎴" decomposes to a capital "pV", and
    # case folding may leave letters with marks to strip (Unicode's "caseless matching" does the same).
    folded = text or ""
    for _ in range(2):
        decomposed = unicodedata.normalize("NFKD", folded.casefold().translate(_EXTRA_FOLDS))
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return folded


def words(text: str | None) -> list[str]:
    """The folded words of a text."""
    return _WORD.findall(fold(text))


def _name_key(row: Person) -> tuple[str, str]:
    return fold(row.last_name), fold(row.first_name)


def matches(row: Person, typed: Sequence[str]) -> bool:
    """Whether every typed (folded) word starts a word of the person's names or organisation."""
    own = words(row.first_name) + words(row.last_name) + words(row.organisation)
    return all(any(word.startswith(part) for word in own) for part in typed)


def match(rows: Iterable[P], text: str) -> list[P]:
    """The people the typed text finds, invited ones first (they are the ones arriving), then by name.

    Text without a word finds everyone, in the same order.
    """
    typed = words(text)
    found = [row for row in rows if matches(row, typed)]
    return sorted(found, key=lambda row: (row.status != AttendanceStatus.INVITED, *_name_key(row)))


@dataclass(frozen=True)
class Counts:
    invited: int = 0  # still expected: status invited
    present: int = 0  # everyone present, walk-ins included
    excused: int = 0
    no_show: int = 0
    total: int = 0  # everyone on the list
    walk_ins: int = 0  # came without being on the list beforehand
    present_invited: int = 0  # present, of those who were on the list beforehand

    @property
    def on_invitation(self) -> int:
        """The people who were on the list before the door opened (everyone but walk-ins)."""
        return self.total - self.walk_ins


def counts(rows: Iterable[Person]) -> Counts:
    tally = {status.value: 0 for status in AttendanceStatus}
    total = walk_ins = present_invited = 0
    for row in rows:
        total += 1
        if row.status in tally:
            tally[row.status] += 1
        if getattr(row, "role", "") == WALK_IN:
            walk_ins += 1
        elif row.status == AttendanceStatus.PRESENT:
            present_invited += 1
    return Counts(invited=tally[AttendanceStatus.INVITED], present=tally[AttendanceStatus.PRESENT],
                  excused=tally[AttendanceStatus.EXCUSED], no_show=tally[AttendanceStatus.NO_SHOW],
                  total=total, walk_ins=walk_ins, present_invited=present_invited)


def stamp(moment: datetime) -> str:
    """A moment as the store writes timestamps (UTC text, see ``store.clock``)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def local_clock(text: str | None) -> str:
    """A stored UTC timestamp as the local wall-clock time "HH:MM"; "" for none or a damaged one."""
    if not text:
        return ""
    try:
        return parse_utc(text).astimezone().strftime("%H:%M")
    except ValueError:
        return ""
