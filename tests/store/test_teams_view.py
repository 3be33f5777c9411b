"""An activity's table groups with their seats, in one query."""

from __future__ import annotations

import pytest

from aiall_desktop.records import Activity, Participant, Team, TeamKind, TeamMember
from aiall_desktop.store import Store


@pytest.fixture
def room(store: Store) -> dict[str, str]:
    ids: dict[str, str] = {}
    ids["workshop"] = store.activities.create(Activity(title="Workshop", date="2025-03-12")).id
    ids["other"] = store.activities.create(Activity(title="Other", date="2025-04-12")).id
    for key in ("anna", "bo", "cecilia", "dan", "gone"):
        ids[key] = store.participants.create(Participant(first_name=key.title(), last_name="Berg")).id
    # Made out of order: the position decides the order, not when a table was made.
    ids["t2"] = store.teams.create(Team(name="Table 2", kind=TeamKind.TABLE_GROUP, activity_id=ids["workshop"],
                                        position=2)).id
    ids["t1"] = store.teams.create(Team(name="Table 1", kind=TeamKind.TABLE_GROUP, activity_id=ids["workshop"],
                                        position=1)).id
    ids["t3"] = store.teams.create(Team(name="Table 3", kind=TeamKind.TABLE_GROUP, activity_id=ids["workshop"],
                                        position=3)).id
    for team, person, locked in (("t1", "anna", True), ("t1", "bo", False), ("t2", "cecilia", False),
                                 ("t2", "gone", False), ("t2", "dan", False)):
        ids[f"m_{person}"] = store.team_members.create(
            TeamMember(team_id=ids[team], participant_id=ids[person], locked=locked)).id
    return ids


def test_tables_come_in_order_with_their_seats_and_locks(store: Store, room: dict[str, str]):
    groups = store.teams_view.table_groups(room["workshop"])

    assert [group.name for group in groups] == ["Table 1", "Table 2", "Table 3"]
    assert [group.team_id for group in groups] == [room["t1"], room["t2"], room["t3"]]
    first = groups[0]
    assert first.participant_ids == [room["anna"], room["bo"]]
    assert [(seat.member_id, seat.locked) for seat in first.seats] == [(room["m_anna"], True),
                                                                       (room["m_bo"], False)]
    assert groups[1].participant_ids == [room["cecilia"], room["gone"], room["dan"]]
    assert groups[2].seats == ()  # an empty table is still a table


def test_deleted_teams_members_and_people_are_left_out(store: Store, room: dict[str, str]):
    store.team_members.delete(room["m_dan"])
    store.participants.delete(room["gone"])
    store.teams.delete(room["t3"])

    groups = store.teams_view.table_groups(room["workshop"])

    assert [group.name for group in groups] == ["Table 1", "Table 2"]
    assert groups[1].participant_ids == [room["cecilia"]]


def test_only_this_activitys_table_groups(store: Store, room: dict[str, str]):
    store.teams.create(Team(name="Case team", kind=TeamKind.CASE_TEAM, activity_id=room["workshop"]))
    store.teams.create(Team(name="Elsewhere", kind=TeamKind.TABLE_GROUP, activity_id=room["other"]))

    assert [group.name for group in store.teams_view.table_groups(room["workshop"])] == [
        "Table 1", "Table 2", "Table 3"]
    assert [group.name for group in store.teams_view.table_groups(room["other"])] == ["Elsewhere"]
    assert store.teams_view.table_groups("no such activity") == []


def test_a_member_moved_to_another_table_is_read_there(store: Store, room: dict[str, str]):
    store.team_members.update(room["m_bo"], team_id=room["t3"])

    groups = store.teams_view.table_groups(room["workshop"])

    assert groups[0].participant_ids == [room["anna"]]
    assert groups[2].participant_ids == [room["bo"]]
