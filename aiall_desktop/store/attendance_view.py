"""An activity's people as the invitation list and the check-in at the door read them.

``people`` is the whole list of one activity with what the window shows of each person, in one query.
``candidates`` searches the register for people to add to the list, through the participant search
index, and says who is on the list already.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlite_utils import Database

from .search import fts_query

class PersonRow(NamedTuple):
    """One person on an activity's list."""

    attendance_id: str
    participant_id: str
    first_name: str
    last_name: str
    organisation: str  # "" when the person has none
    gender: str
    status: str  # an AttendanceStatus value
    checked_in_at: str | None  # UTC text, see store.clock
    role: str  # "participant", "walk_in" …

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Candidate(NamedTuple):
    """A person of the register who may be added to an activity's list."""

    participant_id: str
    first_name: str
    last_name: str
    organisation: str
    gender: str
    attendance_id: str | None  # set when the person is on the list already
    status: str | None  # their status there

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def on_list(self) -> bool:
        return self.attendance_id is not None


_PEOPLE_SQL = """
SELECT t.id, p.id, p.first_name, p.last_name, coalesce(o.name, ''), p.gender, t.status, t.checked_in_at, t.role
FROM attendance AS t
JOIN participant AS p ON p.id = t.participant_id AND p.deleted_at IS NULL
LEFT JOIN organisation AS o ON o.id = p.organisation_id AND o.deleted_at IS NULL
WHERE t.activity_id = ? AND t.deleted_at IS NULL
ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.seq
"""

# Candidates come in two reads, those not on the list first (the ones a search for someone to add wants),
# each in name order. The unary ``+`` keeps SQLite from starting at the search matches: it walks the
# ``participant_name`` index in order and stops at LIMIT, instead of sorting every match of one typed
# letter (45,000 of 50,000 people) to keep eight — 20 ms instead of 110 ms on that register, and no
# slower for a rare name.
_NOT_ON_LIST_SQL = """
SELECT p.id, p.first_name, p.last_name, coalesce(o.name, ''), p.gender, NULL, NULL
FROM participant AS p
LEFT JOIN organisation AS o ON o.id = p.organisation_id AND o.deleted_at IS NULL
WHERE p.deleted_at IS NULL
  AND +p.seq IN (SELECT rowid FROM participant_fts WHERE participant_fts MATCH ?)
  AND NOT EXISTS (SELECT 1 FROM attendance AS t
                  WHERE t.participant_id = p.id AND t.activity_id = ? AND t.deleted_at IS NULL)
ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.seq
LIMIT ?
"""

_ON_LIST_SQL = """
SELECT p.id, p.first_name, p.last_name, coalesce(o.name, ''), p.gender, t.id, t.status
FROM attendance AS t
JOIN participant AS p ON p.id = t.participant_id AND p.deleted_at IS NULL
LEFT JOIN organisation AS o ON o.id = p.organisation_id AND o.deleted_at IS NULL
WHERE t.activity_id = ? AND t.deleted_at IS NULL
  AND p.seq IN (SELECT rowid FROM participant_fts WHERE participant_fts MATCH ?)
ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.seq
LIMIT ?
"""


class AttendanceView:
    """The queries above, bound to one connection (``store.attendance_view``)."""

    def __init__(self, db: Database):
        self.db = db

    def people(self, activity_id: str) -> list[PersonRow]:
        """Everyone on the activity's list (deleted people left out), by last name."""
        if not activity_id:
            return []
        return [PersonRow(*row) for row in self.db.execute(_PEOPLE_SQL, [activity_id])]

    def candidates(self, text: str, activity_id: str, limit: int = 20) -> list[Candidate]:
        """People of the register matching ``text`` (name, organisation, e-mail, role, tags), those not on
        the activity's list first; empty for text without a word."""
        query = fts_query(text)
        if query is None:
            return []
        found = [Candidate(*row) for row in self.db.execute(_NOT_ON_LIST_SQL, [query, activity_id, int(limit)])]
        if len(found) < limit:
            rows = self.db.execute(_ON_LIST_SQL, [activity_id, query, int(limit) - len(found)])
            found += [Candidate(*row) for row in rows]
        return found
