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

_CANDIDATES_SQL = """
SELECT p.id, p.first_name, p.last_name, coalesce(o.name, ''), p.gender, t.id, t.status
FROM participant AS p
LEFT JOIN organisation AS o ON o.id = p.organisation_id AND o.deleted_at IS NULL
LEFT JOIN attendance AS t ON t.participant_id = p.id AND t.activity_id = ? AND t.deleted_at IS NULL
WHERE p.deleted_at IS NULL
  AND p.seq IN (SELECT rowid FROM participant_fts WHERE participant_fts MATCH ?)
ORDER BY t.id IS NOT NULL, p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.seq
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
        rows = self.db.execute(_CANDIDATES_SQL, [activity_id, query, int(limit)])
        return [Candidate(*row) for row in rows]
