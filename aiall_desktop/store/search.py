"""What the user types in a search box, as a query of the search index (FTS5).

Every typed word must match the start of a word of the record, case and accents folded by the index.
The index's ``remove_diacritics`` only removes marks that Unicode splits off a letter, so Ł, Đ, Ø, Æ,
ß stay as they are: a typed plain letter is therefore also asked for as each letter it may stand for
("lukasz" finds "Łukasz").
"""

from __future__ import annotations

import itertools
import re

_WORD = re.compile(r"\w+", re.UNICODE)

#: Letters the search index does not fold to their plain form (its ``remove_diacritics`` only removes
#: marks that Unicode decomposes), so a typed "lukasz" must also be asked for as "łukasz". A typed
#: plain letter is expanded to each letter it may stand for.
_UNFOLDED = {"l": ("ł",), "d": ("đ", "ð"), "o": ("ø",), "ae": ("æ",), "ss": ("ß",), "oe": ("œ",), "th": ("þ",)}
#: A word with many such letters (a long "ooo…") would make an enormous query: past this many spellings
#: the plain word alone is asked for.
_MAX_SPELLINGS = 64


def _spellings(word: str) -> list[str]:
    """The ways the index may hold a word typed in plain letters ("lukasz" → "lukasz", "łukasz")."""
    word = word.lower()
    pieces: list[tuple[str, ...]] = []
    index = 0
    while index < len(word):
        pair = word[index:index + 2]
        if len(pair) == 2 and pair in _UNFOLDED:
            # "ae" may be an "æ", or an "a" and an "e" each spelt in its own ways.
            singles = [(c, *_UNFOLDED.get(c, ())) for c in pair]
            pieces.append((*(a + b for a in singles[0] for b in singles[1]), *_UNFOLDED[pair]))
            index += 2
            continue
        char = word[index]
        pieces.append((char, *_UNFOLDED.get(char, ())))
        index += 1
    count = 1
    for options in pieces:
        count *= len(options)
        if count > _MAX_SPELLINGS:
            return [word]
    return ["".join(combination) for combination in itertools.product(*pieces)]


def fts_query(text: str) -> str | None:
    """An FTS5 query for what the user typed: every word, in any of its spellings, as a prefix.

    ``None`` when the text has no word characters (nothing to filter on). Words are quoted, so that FTS5
    operators typed by accident (``AND``, ``-``, ``"``) are taken literally.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    parts = []
    for word in words:
        options = ['"' + spelling.replace('"', '""') + '"*' for spelling in _spellings(word)]
        parts.append(options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")")
    return " AND ".join(parts)
