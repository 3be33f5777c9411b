"""The records related to one record, for the small lists on its page.

An organisation's page lists its people, the activities they attended and the cases that name it; a
participant's page lists the activities on their record, their teams and their cases; an activity's
page its agenda, its people and the cases it produced; a case's page its team members. Each query
returns named tuples, newest or alphabetical first, and leaves deleted records out.
"""

from __future__ import annotations

import json
from typing import NamedTuple

from sqlite_utils import Database


class Person(NamedTuple):
    id: str
    name: str
    role: str
    email: str


class ActivityOfOrganisation(NamedTuple):
    id: str
    date: str
    title: str
    kind: str
    #: How many of the organisation's people were present.
    people: int


class CaseRow(NamedTuple):
    id: str
    title: str
    stage: str


class ActivityOfParticipant(NamedTuple):
    id: str
    date: str
    title: str
    kind: str
    status: str  # the attendance status: invited, present, excused, no_show


class TeamOfParticipant(NamedTuple):
    id: str
    name: str
    kind: str
    role: str
    #: What the team works on or sits at: the case's title, else the activity's; may be empty.
    context: str
    case_id: str | None
    activity_id: str | None


class CaseOfParticipant(NamedTuple):
    id: str
    title: str
    stage: str
    #: "owner" when the person owns the case, "team" when they are in a team working on it.
    relation: str


class PersonAtActivity(NamedTuple):
    id: str  # the participant's
    name: str
    organisation: str
    status: str  # the attendance status: invited, present, excused, no_show


class CaseOfActivity(NamedTuple):
    id: str
    title: str
    stage: str
    areas: list[str]


class TeamMemberOfCase(NamedTuple):
    id: str  # the participant's
    name: str
    role: str
    team: str


class MemberOfTeam(NamedTuple):
    """One member of a team, for the team's own table (a case team on its case's page)."""

    id: str  # the team member row's
    participant_id: str
    name: str
    organisation: str
    role: str
    gender: str  # a records.Gender value
    gender_text: str


class ParticipantChoice(NamedTuple):
    """A participant in a pick list: found by name, told apart by organisation."""

    id: str
    name: str
    organisation: str


def people_of_organisation(db: Database, organisation_id: str) -> list[Person]:
    rows = db.execute(
        """
        SELECT id, trim(first_name || ' ' || last_name), role, email
        FROM participant
        WHERE organisation_id = ? AND deleted_at IS NULL
        ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, seq
        """,
        [organisation_id],
    )
    return [Person(*row) for row in rows]


def activities_of_organisation(db: Database, organisation_id: str) -> list[ActivityOfOrganisation]:
    """Activities its people attended (present), and activities that name the organisation."""
    rows = db.execute(
        """
        WITH present AS (
            SELECT t.activity_id, count(*) AS people
            FROM attendance AS t JOIN participant AS p ON p.id = t.participant_id
            WHERE p.organisation_id = :org AND p.deleted_at IS NULL
              AND t.status = 'present' AND t.deleted_at IS NULL
            GROUP BY t.activity_id
        )
        SELECT a.id, a.date, a.title, a.kind, coalesce(present.people, 0)
        FROM activity AS a LEFT JOIN present ON present.activity_id = a.id
        WHERE a.deleted_at IS NULL
          AND (present.activity_id IS NOT NULL
               OR EXISTS (SELECT 1 FROM json_each(a.organisation_ids) WHERE json_each.value = :org))
        ORDER BY a.date DESC, a.start_time DESC, a.seq
        """,
        {"org": organisation_id},
    )
    return [ActivityOfOrganisation(*row) for row in rows]


def cases_of_organisation(db: Database, organisation_id: str) -> list[CaseRow]:
    rows = db.execute(
        """
        SELECT c.id, c.title, c.stage
        FROM ai_case AS c
        WHERE c.deleted_at IS NULL
          AND EXISTS (SELECT 1 FROM json_each(c.organisation_ids) WHERE json_each.value = ?)
        ORDER BY c.title COLLATE NOCASE, c.seq
        """,
        [organisation_id],
    )
    return [CaseRow(*row) for row in rows]


def activities_of_participant(db: Database, participant_id: str) -> list[ActivityOfParticipant]:
    """Every activity the person is on the list of, with their status there."""
    rows = db.execute(
        """
        SELECT a.id, a.date, a.title, a.kind, t.status
        FROM attendance AS t JOIN activity AS a ON a.id = t.activity_id
        WHERE t.participant_id = ? AND t.deleted_at IS NULL AND a.deleted_at IS NULL
        ORDER BY a.date DESC, a.start_time DESC, a.seq
        """,
        [participant_id],
    )
    return [ActivityOfParticipant(*row) for row in rows]


def teams_of_participant(db: Database, participant_id: str) -> list[TeamOfParticipant]:
    rows = db.execute(
        """
        SELECT team.id, team.name, team.kind, m.role, coalesce(c.title, a.title, ''), c.id, a.id
        FROM team_member AS m
        JOIN team ON team.id = m.team_id
        LEFT JOIN ai_case AS c ON c.id = team.case_id AND c.deleted_at IS NULL
        LEFT JOIN activity AS a ON a.id = team.activity_id AND a.deleted_at IS NULL
        WHERE m.participant_id = ? AND m.deleted_at IS NULL AND team.deleted_at IS NULL
        ORDER BY team.name COLLATE NOCASE, team.seq
        """,
        [participant_id],
    )
    return [TeamOfParticipant(*row) for row in rows]


def cases_of_participant(db: Database, participant_id: str) -> list[CaseOfParticipant]:
    """Cases the person owns, and cases a team of theirs works on."""
    rows = db.execute(
        """
        SELECT c.id, c.title, c.stage, CASE WHEN c.owner_id = :person THEN 'owner' ELSE 'team' END
        FROM ai_case AS c
        WHERE c.deleted_at IS NULL
          AND (c.owner_id = :person OR c.id IN (
                SELECT team.case_id FROM team_member AS m JOIN team ON team.id = m.team_id
                WHERE m.participant_id = :person AND m.deleted_at IS NULL AND team.deleted_at IS NULL))
        ORDER BY c.title COLLATE NOCASE, c.seq
        """,
        {"person": participant_id},
    )
    return [CaseOfParticipant(*row) for row in rows]


def people_of_activity(db: Database, activity_id: str) -> list[PersonAtActivity]:
    """Everyone on the activity's list, with their organisation and status."""
    rows = db.execute(
        """
        SELECT p.id, trim(p.first_name || ' ' || p.last_name), coalesce(o.name, ''), t.status
        FROM attendance AS t
        JOIN participant AS p ON p.id = t.participant_id
        LEFT JOIN organisation AS o ON o.id = p.organisation_id AND o.deleted_at IS NULL
        WHERE t.activity_id = ? AND t.deleted_at IS NULL AND p.deleted_at IS NULL
        ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.seq
        """,
        [activity_id],
    )
    return [PersonAtActivity(*row) for row in rows]


def cases_of_activity(db: Database, activity_id: str) -> list[CaseOfActivity]:
    """The cases the activity produced (their origin)."""
    rows = db.execute(
        """
        SELECT id, title, stage, areas
        FROM ai_case
        WHERE origin_activity_id = ? AND deleted_at IS NULL
        ORDER BY title COLLATE NOCASE, seq
        """,
        [activity_id],
    )
    return [CaseOfActivity(row[0], row[1], row[2], json.loads(row[3] or "[]")) for row in rows]


def team_members_of_case(db: Database, case_id: str) -> list[TeamMemberOfCase]:
    """The people in the teams working on the case."""
    rows = db.execute(
        """
        SELECT p.id, trim(p.first_name || ' ' || p.last_name), m.role, team.name
        FROM team JOIN team_member AS m ON m.team_id = team.id
        JOIN participant AS p ON p.id = m.participant_id
        WHERE team.case_id = ? AND team.deleted_at IS NULL AND m.deleted_at IS NULL AND p.deleted_at IS NULL
        ORDER BY team.position, team.name COLLATE NOCASE, team.seq,
                 p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.seq
        """,
        [case_id],
    )
    return [TeamMemberOfCase(*row) for row in rows]


def members_of_team(db: Database, team_id: str) -> list[MemberOfTeam]:
    """The live members of a team by name, with their organisation (none for a deleted one)."""
    rows = db.execute(
        """
        SELECT m.id, p.id, trim(p.first_name || ' ' || p.last_name), coalesce(o.name, ''), m.role,
               p.gender, p.gender_text
        FROM team_member AS m
        JOIN participant AS p ON p.id = m.participant_id AND p.deleted_at IS NULL
        LEFT JOIN organisation AS o ON o.id = p.organisation_id AND o.deleted_at IS NULL
        WHERE m.team_id = ? AND m.deleted_at IS NULL
        ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.seq
        """,
        [team_id],
    )
    return [MemberOfTeam(*row) for row in rows]


def participant_choices(db: Database) -> list[ParticipantChoice]:
    """Every live participant by name, for a pick list with type-ahead (a case's owner)."""
    rows = db.execute(
        """
        SELECT p.id, trim(p.first_name || ' ' || p.last_name), coalesce(o.name, '')
        FROM participant AS p
        LEFT JOIN organisation AS o ON o.id = p.organisation_id AND o.deleted_at IS NULL
        WHERE p.deleted_at IS NULL
        ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.seq
        """
    )
    return [ParticipantChoice(*row) for row in rows]


class Related:
    """The queries above, bound to one connection (``store.related``)."""

    def __init__(self, db: Database):
        self.db = db

    def people_of_organisation(self, organisation_id: str) -> list[Person]:
        return people_of_organisation(self.db, organisation_id)

    def activities_of_organisation(self, organisation_id: str) -> list[ActivityOfOrganisation]:
        return activities_of_organisation(self.db, organisation_id)

    def cases_of_organisation(self, organisation_id: str) -> list[CaseRow]:
        return cases_of_organisation(self.db, organisation_id)

    def activities_of_participant(self, participant_id: str) -> list[ActivityOfParticipant]:
        return activities_of_participant(self.db, participant_id)

    def teams_of_participant(self, participant_id: str) -> list[TeamOfParticipant]:
        return teams_of_participant(self.db, participant_id)

    def cases_of_participant(self, participant_id: str) -> list[CaseOfParticipant]:
        return cases_of_participant(self.db, participant_id)

    def people_of_activity(self, activity_id: str) -> list[PersonAtActivity]:
        return people_of_activity(self.db, activity_id)

    def cases_of_activity(self, activity_id: str) -> list[CaseOfActivity]:
        return cases_of_activity(self.db, activity_id)

    def team_members_of_case(self, case_id: str) -> list[TeamMemberOfCase]:
        return team_members_of_case(self.db, case_id)

    def members_of_team(self, team_id: str) -> list[MemberOfTeam]:
        return members_of_team(self.db, team_id)

    def participant_choices(self) -> list[ParticipantChoice]:
        return participant_choices(self.db)
