"""The quick-capture line of the workshop: "title @organisation #area" typed as people speak.

The facilitator has no time for forms while ideas fly, so one line carries the idea and, optionally,
who it is from and which areas it touches. Names are matched the way a person types them in a hurry:
case, accents and punctuation aside, by their start ("@öreb" is Örebro Mekaniska AB, "#energi" the energy
area by its Swedish name). What cannot be matched is reported, never guessed, so that the line can be
fixed instead of a case landing on the wrong organisation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

ORGANISATION_MARK = "@"
AREA_MARK = "#"

#: Problem kinds (the window words them; :attr:`CaptureProblem.message` is the English source text).
UNKNOWN_ORGANISATION = "unknown_organisation"
AMBIGUOUS_ORGANISATION = "ambiguous_organisation"
UNKNOWN_AREA = "unknown_area"
AMBIGUOUS_AREA = "ambiguous_area"
NO_TITLE = "no_title"

#: The Swedish names of the shipped areas (ÖMS smart specialisation), so that "#energi" or "#livsmedel"
#: finds its area whatever language the program speaks. Matching only: the window shows its own labels.
SWEDISH_AREA_NAMES: Mapping[str, str] = {
    "smart_industry": "Smart industri",
    "energy": "Morgondagens energilösningar",
    "food": "Hållbar livsmedelsförsörjning",
    "welfare": "Välfärd och e-hälsa",
    "sustainable_development": "Hållbar utveckling",
}


def fold(text: str) -> str:
    """Text reduced to lower-case words without accents or punctuation: "Energi & Miljö" → "energi miljo"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", bare).split())


@dataclass(frozen=True)
class CaptureProblem:
    kind: str
    word: str = ""  # what was typed after the mark
    candidates: tuple[str, ...] = ()  # the names it could mean, when more than one

    @property
    def message(self) -> str:
        if self.kind == UNKNOWN_ORGANISATION:
            return f"No organisation starts with “{self.word}”."
        if self.kind == AMBIGUOUS_ORGANISATION:
            return f"“{self.word}” could be {', '.join(self.candidates)}: type more of the name."
        if self.kind == UNKNOWN_AREA:
            return f"No area is called “{self.word}”."
        if self.kind == AMBIGUOUS_AREA:
            return f"“{self.word}” could be {', '.join(self.candidates)}: type more of the area."
        return "Type the idea itself before the @ and # parts."


@dataclass(frozen=True)
class Capture:
    title: str
    organisation_ids: list[str] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    problems: list[CaptureProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _matches(query: str, names: Mapping[str, str]) -> dict[str, list[str]]:
    """The values whose names fit ``query``, from the closest kind of fit that has any: the whole name,
    then the start of the name, then the start of any word in it. Values → the names that fit."""
    wanted = fold(query)
    if not wanted:
        return {}
    folded = [(fold(name), name, value) for name, value in names.items()]
    tests = (
        lambda key: key == wanted,
        lambda key: key.startswith(wanted),
        lambda key: f" {wanted}" in f" {key}",
    )
    for test in tests:
        found: dict[str, list[str]] = {}
        for key, name, value in folded:
            if key and test(key):
                found.setdefault(value, []).append(name)
        if found:
            return found
    return {}


def _is_mark(word: str) -> bool:
    # "#1" is a number in the text ("#1 problem"), not an area; "@" alone is nothing to look up.
    return len(word) > 1 and word[0] in (ORGANISATION_MARK, AREA_MARK) and not word[1:].isdigit()


def parse_capture(line: str, organisations: Mapping[str, str], areas: Mapping[str, str]) -> Capture:
    """Read a capture line.

    ``organisations`` maps organisation names to ids; ``areas`` maps every name of an area (its code, its
    labels in any language) to its code. An organisation name may run over several words ("@Örebro
    universitet"): the longest run of words that still fits an organisation is taken, the rest is title.
    """
    words = line.split()
    title: list[str] = []
    organisation_ids: list[str] = []
    area_codes: list[str] = []
    problems: list[CaptureProblem] = []
    position = 0
    while position < len(words):
        word = words[position]
        position += 1
        if not _is_mark(word):
            title.append(word)
            continue
        if word[0] == AREA_MARK:
            found = _matches(word[1:], areas)
            if len(found) == 1:
                code = next(iter(found))
                if code not in area_codes:
                    area_codes.append(code)
            elif found:
                problems.append(CaptureProblem(AMBIGUOUS_AREA, word[1:], tuple(sorted(found))))
            else:
                problems.append(CaptureProblem(UNKNOWN_AREA, word[1:]))
            continue
        # The words an organisation name may take: up to the next mark.
        end = position
        while end < len(words) and not _is_mark(words[end]):
            end += 1
        run = [word[1:], *words[position:end]]
        for length in range(len(run), 0, -1):
            found = _matches(" ".join(run[:length]), organisations)
            if found:
                break
        if not found:
            problems.append(CaptureProblem(UNKNOWN_ORGANISATION, word[1:]))
            continue
        position += length - 1
        typed = " ".join(run[:length])
        if len(found) == 1:
            organisation_id = next(iter(found))
            if organisation_id not in organisation_ids:
                organisation_ids.append(organisation_id)
        else:
            names = sorted({name for fitting in found.values() for name in fitting}, key=fold)
            problems.append(CaptureProblem(AMBIGUOUS_ORGANISATION, typed, tuple(names)))
    text = " ".join(title)
    if not text:
        problems.append(CaptureProblem(NO_TITLE))
    return Capture(text, organisation_ids, area_codes, problems)


def current_mark(line: str, cursor: int) -> tuple[str, int] | None:
    """The @ or # part the cursor is in, for type-ahead: its mark and where it starts, or ``None``.

    An organisation part may hold spaces ("@Örebro univ"), an area part may not.
    """
    before = line[:cursor]
    for start in range(len(before) - 1, -1, -1):
        char = before[start]
        if char in (ORGANISATION_MARK, AREA_MARK) and (start == 0 or before[start - 1].isspace()):
            if char == AREA_MARK and any(ch.isspace() for ch in before[start:]):
                return None
            if AREA_MARK in before[start + 1:]:
                return None
            return char, start
    return None
