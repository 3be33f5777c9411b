"""The people of a group, as light rows for the diversity figures and the table groups (``store.groups``).

Every row carries what :mod:`aiall_desktop.domain.diversity` reads (id, gender, organisation, its
sector, backgrounds, competences) and the name for lists. Deleted records are left out: a deleted
attendance row or participant is not in the group, and a deleted organisation counts as none (no
organisation id, no sector), as it no longer stands in the register.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date
from typing import NamedTuple

from sqlite_utils import Database


class GroupPerson(NamedTuple):
    id: str
    first_name: str
    last_name: str
    gender: str  # a records.Gender value
    organisation_id: str | None
    sector: str | None  # the organisation's
    backgrounds: tuple[str, ...]
    competences: tuple[str, ...]

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class ActivityGroup(NamedTuple):
    """One activity and its present people; unpacks as the ``(activity_id, date, people)`` that
    :func:`aiall_desktop.domain.diversity.period_summary` takes."""

    activity_id: str
    date: str
    people: list[GroupPerson]


_PERSON_COLUMNS = """p.id, p.first_name, p.last_name, p.gender, o.id, o.sector, p.backgrounds, p.competences"""
_ORGANISATION_JOIN = "LEFT JOIN organisation AS o ON o.id = p.organisation_id AND o.deleted_at IS NULL"
_BY_NAME = "ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.seq"


def _decoder() -> Callable[[str], tuple[str, ...]]:
    """JSON lists to tuples, each distinct text decoded once: most people share a handful of lists.

    Tuples, so that people can share one without anyone changing another's by accident.
    """
    decoded: dict[str, tuple[str, ...]] = {}

    def decode(text: str) -> tuple[str, ...]:
        value = decoded.get(text)
        if value is None:
            value = decoded[text] = tuple(json.loads(text))
        return value

    return decode


def _day(value: str | date) -> str:
    return value.isoformat() if isinstance(value, date) else value


class Groups:
    def __init__(self, db: Database):
        self.db = db

    def _people(self, sql: str, parameters) -> list[GroupPerson]:
        decode = _decoder()
        return [
            GroupPerson(person_id, first, last, gender, organisation_id, sector, decode(backgrounds),
                        decode(competences))
            for person_id, first, last, gender, organisation_id, sector, backgrounds, competences
            in self.db.execute(sql, parameters)
        ]

    def invited(self, activity_id: str) -> list[GroupPerson]:
        """Everyone on the activity's list, whatever their status (invited, present, excused, no-show).

        The planning figure is the invitation list as sent: people who have sent their regrets stay
        on it, so that the figure the facilitator planned with does not shift under them; ``present``
        is the figure that counts for the funder.
        """
        return self._people(
            f"""
            SELECT {_PERSON_COLUMNS}
            FROM attendance AS t
            JOIN participant AS p ON p.id = t.participant_id AND p.deleted_at IS NULL
            {_ORGANISATION_JOIN}
            WHERE t.activity_id = ? AND t.deleted_at IS NULL
            {_BY_NAME}
            """,
            [activity_id],
        )

    def present(self, activity_id: str) -> list[GroupPerson]:
        """The people checked in (status ``present``): the figure reported to the funder."""
        return self._people(
            f"""
            SELECT {_PERSON_COLUMNS}
            FROM attendance AS t
            JOIN participant AS p ON p.id = t.participant_id AND p.deleted_at IS NULL
            {_ORGANISATION_JOIN}
            WHERE t.activity_id = ? AND t.status = 'present' AND t.deleted_at IS NULL
            {_BY_NAME}
            """,
            [activity_id],
        )

    def team(self, team_id: str) -> list[GroupPerson]:
        """The members of a team (none for a deleted team)."""
        return self._people(
            f"""
            SELECT {_PERSON_COLUMNS}
            FROM team_member AS m
            JOIN team ON team.id = m.team_id AND team.deleted_at IS NULL
            JOIN participant AS p ON p.id = m.participant_id AND p.deleted_at IS NULL
            {_ORGANISATION_JOIN}
            WHERE m.team_id = ? AND m.deleted_at IS NULL
            {_BY_NAME}
            """,
            [team_id],
        )

    def people(self, ids: Iterable[str]) -> list[GroupPerson]:
        """The people with these ids, in the order given, each once; unknown and deleted ones left out."""
        wanted = list(dict.fromkeys(ids))
        found = self._people_by_id(wanted)
        return [found[person_id] for person_id in wanted if person_id in found]

    def _people_by_id(self, ids: list[str]) -> dict[str, GroupPerson]:
        # One JSON parameter instead of one "?" per id: no limit on how many ids (SQLite caps parameters).
        return {
            person.id: person
            for person in self._people(
                f"""
                SELECT {_PERSON_COLUMNS}
                FROM json_each(?) AS wanted
                JOIN participant AS p ON p.id = wanted.value AND p.deleted_at IS NULL
                {_ORGANISATION_JOIN}
                """,
                [json.dumps(ids)],
            )
        }

    def activities_between(self, start_date: str | date, end_date: str | date) -> list[ActivityGroup]:
        """Every activity dated ``start_date``..``end_date`` (both included) with its present people.

        Two queries for the whole period, however many activities it holds: the (activity, person)
        pairs in date order, then each person who appears in them, once. Reading the person's columns
        on every attendance row instead takes twice as long on a year of 250,000 rows. An activity
        nobody attended comes with an empty list; a person at many activities is one shared row object.
        """
        pairs = self.db.execute(
            """
            SELECT a.id, a.date, t.participant_id
            FROM activity AS a
            LEFT JOIN attendance AS t
                ON t.activity_id = a.id AND t.status = 'present' AND t.deleted_at IS NULL
            WHERE a.deleted_at IS NULL AND a.date BETWEEN ? AND ?
            ORDER BY a.date, a.start_time, a.seq
            """,
            [_day(start_date), _day(end_date)],
        ).fetchall()
        known = self._people_by_id(list({person_id for _, _, person_id in pairs if person_id is not None}))
        groups: list[ActivityGroup] = []
        current: ActivityGroup | None = None
        for activity_id, day, person_id in pairs:
            if current is None or current.activity_id != activity_id:
                current = ActivityGroup(activity_id, day, [])
                groups.append(current)
            person = known.get(person_id)
            if person is not None:  # None: nobody present, or a deleted participant
                current.people.append(person)
        return groups
