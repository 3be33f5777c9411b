"""Conflicts to review (choose the other version field by field) and duplicates joined after a merge."""

from __future__ import annotations

from pathlib import Path

import pytest
from sharing_helpers import send, snapshot

from aiall_desktop.records import Activity, Attendance, Case, Organisation, Participant, Team, TeamMember
from aiall_desktop.sharing import changes_for, choose, dismiss, find_duplicates, join, open_conflicts, plan_join


def _conflict(two, tmp_path: Path):
    (a, b), ids = two
    a.participants.update(ids["ada"], role="CEO", phone="070-1")
    b.participants.update(ids["ada"], role="CTO")
    send(a, b, tmp_path)
    [conflict] = open_conflicts(b)
    return a, b, ids, conflict


def test_choosing_the_losing_value_of_one_field_is_an_edit_that_travels(two, tmp_path: Path):
    a, b, ids, conflict = _conflict(two, tmp_path)
    assert changes_for(b, conflict.id, ["phone"]) == {"phone": "070-1"}
    with pytest.raises(ValueError):
        changes_for(b, conflict.id, ["email"])
    record = choose(b, conflict.id, ["phone"])
    assert (record.role, record.phone) == ("CTO", "070-1")
    assert open_conflicts(b) == []
    send(b, a, tmp_path)
    assert a.participants.get(ids["ada"]).phone == "070-1"
    assert open_conflicts(a) == []  # reviewed on one laptop: reviewed
    assert snapshot(a) == snapshot(b)


def test_dismissing_keeps_the_register_as_it_is(two, tmp_path: Path):
    _a, b, ids, conflict = _conflict(two, tmp_path)
    before = snapshot(b)
    dismiss(b, conflict.id)
    assert open_conflicts(b) == [] and snapshot(b) == before
    assert len(open_conflicts(b, include_resolved=True)) == 1


def test_organisations_with_the_same_number_are_found_and_joined_with_every_link_moved(two, tmp_path: Path):
    (a, b), ids = two
    twin = b.organisations.create(Organisation(name="Örebro Mek. AB", org_number="5566778899",
                                               municipality="Örebro", areas=["energy"]))
    ceci = b.participants.create(Participant(first_name="Ceci", last_name="Ny", organisation_id=twin.id))
    visit = b.activities.create(Activity(title="Visit", date="2025-04-01", organisation_ids=[twin.id, ids["other"]]))
    case = b.cases.create(Case(title="Vision", organisation_ids=[twin.id, ids["org"]]))
    send(b, a, tmp_path)
    [group] = find_duplicates(a)
    assert group.kind == "organisations" and group.ids == [ids["org"], twin.id]
    join(a, "organisations", ids["org"], twin.id)
    assert a.organisations.count() == 2
    kept = a.organisations.get(ids["org"])
    assert kept.municipality == "Örebro" and kept.areas == ["energy"]
    assert a.participants.get(ceci.id).organisation_id == ids["org"]
    assert a.activities.get(visit.id).organisation_ids == [ids["org"], ids["other"]]
    assert a.cases.get(case.id).organisation_ids == [ids["org"]]
    assert find_duplicates(a) == []
    send(a, b, tmp_path)
    assert snapshot(a) == snapshot(b)


def test_participants_with_the_same_email_are_joined_with_attendance_teams_and_cases(two, tmp_path: Path):
    (a, b), ids = two
    twin = b.participants.create(Participant(first_name="Ada", last_name="Zed", email="ADA@example.se",
                                             phone="070-9", tags=["speaker"]))
    other = b.activities.create(Activity(title="Network meeting", date="2025-05-01"))
    b.attendance.create(Attendance(activity_id=ids["workshop"], participant_id=twin.id, status="present"))
    moved = b.attendance.create(Attendance(activity_id=other.id, participant_id=twin.id))
    team = b.teams.create(Team(name="Table 1", activity_id=other.id))
    member = b.team_members.create(TeamMember(team_id=team.id, participant_id=twin.id))
    owned = b.cases.create(Case(title="Chatbot", owner_id=twin.id))
    send(b, a, tmp_path)
    [group] = find_duplicates(a)
    assert group.kind == "participants" and set(group.ids) == {ids["ada"], twin.id}
    plan = plan_join(a, "participants", ids["ada"], twin.id)
    assert plan.updates["participants"][ids["ada"]] == {"phone": "070-9", "tags": ["speaker"]}
    join(a, "participants", ids["ada"], twin.id)
    assert a.participants.get(twin.id, include_deleted=True).is_deleted
    assert a.attendance.get(moved.id).participant_id == ids["ada"]
    # Ada was on the workshop's list already: her row stays, the twin's goes.
    assert [r.participant_id for r in a.attendance.list({"activity_id": ids["workshop"]})] == [ids["ada"]]
    assert a.team_members.get(member.id).participant_id == ids["ada"]
    assert a.cases.get(owned.id).owner_id == ids["ada"]
    send(a, b, tmp_path)
    assert snapshot(a) == snapshot(b)
