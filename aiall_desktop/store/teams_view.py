"""An activity's table groups with who sits where, in one query (``store.teams_view``).

The Tables tab reads this after every change (a drag, a lock): one query for the whole room rather
than one per table. Deleted teams, deleted memberships and members deleted from the register are left
out; a table nobody sits at is there with no seats, so that the number of tables survives a restart.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlite_utils import Database


class Seat(NamedTuple):
    """One person at a table: their membership record and whether they are locked to the table."""

    member_id: str
    participant_id: str
    locked: bool


class TableGroup(NamedTuple):
    team_id: str
    name: str
    position: int
    seats: tuple[Seat, ...]

    @property
    def participant_ids(self) -> list[str]:
        return [seat.participant_id for seat in self.seats]


class TeamsView:
    def __init__(self, db: Database):
        self.db = db

    def table_groups(self, activity_id: str) -> list[TableGroup]:
        """The activity's live table groups in their order, each with its seats in the order they were made."""
        rows = self.db.execute(
            """
            SELECT team.id, team.name, team.position, m.id, m.participant_id, m.locked
            FROM team
            LEFT JOIN (team_member AS m
                       JOIN participant AS p ON p.id = m.participant_id AND p.deleted_at IS NULL)
                ON m.team_id = team.id AND m.deleted_at IS NULL
            WHERE team.activity_id = ? AND team.kind = 'table_group' AND team.deleted_at IS NULL
            ORDER BY team.position, team.seq, m.seq
            """,
            [activity_id],
        )
        groups: list[TableGroup] = []
        seats: dict[str, list[Seat]] = {}
        for team_id, name, position, member_id, participant_id, locked in rows:
            if team_id not in seats:
                seats[team_id] = []
                groups.append(TableGroup(team_id, name, position, ()))
            if member_id is not None:
                seats[team_id].append(Seat(member_id, participant_id, bool(locked)))
        return [group._replace(seats=tuple(seats[group.team_id])) for group in groups]
