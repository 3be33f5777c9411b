"""What a participant summary prints, read for many people at once (``store.summaries``).

A batch of summaries is read in four queries whatever its size (the people, their attendances, their
cases, their teams), never one query per person: a thousand summaries must not mean four thousand
round trips. The ids go in as one JSON parameter, so a batch is not bounded by SQLite's limit on
parameters.

Deleted records are left out everywhere: a deleted attendance, activity, case, team or membership is
not on anyone's summary, and a deleted organisation counts as none. Only present attendances count:
an invitation, a regret or a no-show is not an activity the person attended.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from sqlite_utils import Database


class AttendedActivity(NamedTuple):
    activity_id: str
    date: str
    kind: str  # a records.ActivityKind value
    title: str
    start_time: str
    end_time: str


class CaseTakenPart(NamedTuple):
    case_id: str
    title: str
    stage: str  # a records.CaseStage value
    #: "owner" when the person owns the case, else "team" (in a team working on it); owner wins if both.
    relation: str


class TeamTakenPart(NamedTuple):
    team_id: str
    name: str
    kind: str  # a records.TeamKind value
    role: str  # the person's role in the team; may be empty
    #: What the team works on or sits at: the case's title, else the activity's; may be empty.
    context: str
    #: The date of the team's activity (a table group's workshop), "" for a team not tied to one.
    date: str


class PersonSummary(NamedTuple):
    id: str
    first_name: str
    last_name: str
    organisation: str  # "" when none (or deleted)
    role: str
    activities: tuple[AttendedActivity, ...]
    cases: tuple[CaseTakenPart, ...]
    teams: tuple[TeamTakenPart, ...]

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


_BY_NAME = "ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.seq"


def _day(value: str | date | None) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


class Summaries:
    def __init__(self, db: Database):
        self.db = db

    def people_for(
        self,
        participant_id: str | None = None,
        activity_id: str | None = None,
        date_from: str | date | None = None,
        date_to: str | date | None = None,
    ) -> list[str]:
        """The participant ids of a selection, by last name then first name.

        One person (``participant_id``, when live); everyone present at an activity (``activity_id``);
        everyone with at least one present attendance at a live activity dated ``date_from``..``date_to``
        (both included, either end may be open). The filters combine: an activity and a period give the
        people present at that activity if it lies in the period. No filter at all gives everyone who was
        present at anything. Unknown or deleted ids give an empty list; telling the user why is the
        caller's business.
        """
        conditions = ["p.deleted_at IS NULL"]
        parameters: dict[str, str] = {}
        if participant_id is not None:
            conditions.append("p.id = :person")
            parameters["person"] = participant_id
        attendance = ["t.participant_id = p.id", "t.status = 'present'", "t.deleted_at IS NULL",
                      "a.deleted_at IS NULL"]
        if activity_id is not None:
            attendance.append("a.id = :activity")
            parameters["activity"] = activity_id
        if date_from is not None:
            attendance.append("a.date >= :start")
            parameters["start"] = _day(date_from)
        if date_to is not None:
            attendance.append("a.date <= :end")
            parameters["end"] = _day(date_to)
        # One person asked for by id is theirs to print even with no attendance; a group is made of
        # attendances, so it needs one.
        narrowed = activity_id is not None or date_from is not None or date_to is not None
        if participant_id is None or narrowed:
            conditions.append(
                "EXISTS (SELECT 1 FROM attendance AS t JOIN activity AS a ON a.id = t.activity_id WHERE "
                + " AND ".join(attendance) + ")"
            )
        rows = self.db.execute(
            f"SELECT p.id FROM participant AS p WHERE {' AND '.join(conditions)} {_BY_NAME}", parameters
        )
        return [row[0] for row in rows]

    def rows(
        self,
        ids: Iterable[str],
        *,
        date_from: str | date | None = None,
        date_to: str | date | None = None,
    ) -> list[PersonSummary]:
        """What the summaries of these people print, in the order given, each once.

        Unknown and deleted people are left out. ``date_from``/``date_to`` keep the activities to a
        period (a period's summaries show that period's work); cases and teams are not dated and are
        always all of them.
        """
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return []
        batch = json.dumps(wanted)
        people = {
            row[0]: row
            for row in self.db.execute(
                """
                SELECT p.id, p.first_name, p.last_name, coalesce(o.name, ''), p.role
                FROM json_each(?) AS wanted
                JOIN participant AS p ON p.id = wanted.value AND p.deleted_at IS NULL
                LEFT JOIN organisation AS o ON o.id = p.organisation_id AND o.deleted_at IS NULL
                """,
                [batch],
            )
        }
        activities = self._activities(batch, _day(date_from), _day(date_to))
        cases = self._cases(batch)
        teams = self._teams(batch)
        return [
            PersonSummary(*people[person_id], tuple(activities.get(person_id, ())),
                          tuple(cases.get(person_id, ())), tuple(teams.get(person_id, ())))
            for person_id in wanted
            if person_id in people
        ]

    def _activities(self, batch: str, start: str | None, end: str | None) -> dict[str, list[AttendedActivity]]:
        rows = self.db.execute(
            """
            SELECT t.participant_id, a.id, a.date, a.kind, a.title, a.start_time, a.end_time
            FROM json_each(:batch) AS wanted
            JOIN attendance AS t ON t.participant_id = wanted.value
            JOIN activity AS a ON a.id = t.activity_id
            WHERE t.status = 'present' AND t.deleted_at IS NULL AND a.deleted_at IS NULL
              AND (:start IS NULL OR a.date >= :start) AND (:end IS NULL OR a.date <= :end)
            ORDER BY a.date, a.start_time, a.seq
            """,
            {"batch": batch, "start": start, "end": end},
        )
        found: dict[str, list[AttendedActivity]] = {}
        for person_id, *rest in rows:
            found.setdefault(person_id, []).append(AttendedActivity(*rest))
        return found

    def _cases(self, batch: str) -> dict[str, list[CaseTakenPart]]:
        # 'owner' < 'team': min() keeps one row per case and says "owner" for an owner in its team too.
        rows = self.db.execute(
            """
            WITH taking_part AS (
                -- No index on owner_id: one pass over the cases, the batch looked up in a temporary index.
                SELECT c.owner_id AS person, c.id AS case_id, 'owner' AS relation
                FROM ai_case AS c
                WHERE c.deleted_at IS NULL AND c.owner_id IN (SELECT value FROM json_each(:batch))
                UNION ALL
                SELECT m.participant_id, team.case_id, 'team'
                FROM json_each(:batch) AS wanted
                JOIN team_member AS m ON m.participant_id = wanted.value
                JOIN team ON team.id = m.team_id
                WHERE m.deleted_at IS NULL AND team.deleted_at IS NULL AND team.case_id IS NOT NULL
            )
            SELECT x.person, c.id, c.title, c.stage, min(x.relation)
            FROM taking_part AS x JOIN ai_case AS c ON c.id = x.case_id AND c.deleted_at IS NULL
            GROUP BY x.person, c.id
            ORDER BY c.title COLLATE NOCASE, c.seq
            """,
            {"batch": batch},
        )
        found: dict[str, list[CaseTakenPart]] = {}
        for person_id, *rest in rows:
            found.setdefault(person_id, []).append(CaseTakenPart(*rest))
        return found

    def _teams(self, batch: str) -> dict[str, list[TeamTakenPart]]:
        rows = self.db.execute(
            """
            SELECT m.participant_id, team.id, team.name, team.kind, m.role,
                   coalesce(c.title, a.title, ''), coalesce(a.date, '')
            FROM json_each(:batch) AS wanted
            JOIN team_member AS m ON m.participant_id = wanted.value
            JOIN team ON team.id = m.team_id
            LEFT JOIN ai_case AS c ON c.id = team.case_id AND c.deleted_at IS NULL
            LEFT JOIN activity AS a ON a.id = team.activity_id AND a.deleted_at IS NULL
            WHERE m.deleted_at IS NULL AND team.deleted_at IS NULL
            ORDER BY team.kind, coalesce(a.date, ''), team.name COLLATE NOCASE, team.seq
            """,
            {"batch": batch},
        )
        found: dict[str, list[TeamTakenPart]] = {}
        for person_id, *rest in rows:
            found.setdefault(person_id, []).append(TeamTakenPart(*rest))
        return found
