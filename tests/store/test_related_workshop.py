"""The store's queries behind the activity and case pages: agenda, people, cases produced, team, owner choices."""

from __future__ import annotations

import pytest

from aiall_desktop.records import (
    Activity,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Case,
    CaseStage,
    Organisation,
    Participant,
    Team,
    TeamMember,
)
from aiall_desktop.store import Store


@pytest.fixture
def world(store: Store) -> dict[str, str]:
    ids: dict[str, str] = {}
    ids["plat"] = store.organisations.create(Organisation(name="Örebro Plåt AB")).id
    gone_org = store.organisations.create(Organisation(name="Nedlagda AB")).id
    for key, first, last, org in [
        ("maja", "Maja", "Öberg", ids["plat"]),
        ("ali", "علي", "Karimi", None),
        ("bo", "Bo", "Andersson", gone_org),
        ("gone", "Gone", "Person", None),
    ]:
        ids[key] = store.participants.create(Participant(first_name=first, last_name=last, organisation_id=org)).id
    store.organisations.delete(gone_org)
    workshop = store.activities.create(Activity(title="Case workshop", date="2025-03-12", start_time="13:00"))
    other = store.activities.create(Activity(title="Network meeting", date="2025-04-01"))
    ids["workshop"], ids["other"] = workshop.id, other.id
    for position, (title, minutes) in enumerate([("Welcome", 10), ("Examples", 30), ("Brainstorm", 45)]):
        store.agenda_items.create(AgendaItem(activity_id=workshop.id, position=position, title=title, minutes=minutes,
                                             lead="Maja"))
    dropped = store.agenda_items.create(AgendaItem(activity_id=workshop.id, position=3, title="Dropped"))
    store.agenda_items.delete(dropped.id)
    store.agenda_items.create(AgendaItem(activity_id=other.id, position=0, title="Elsewhere"))
    for key, status in [("maja", AttendanceStatus.PRESENT), ("ali", AttendanceStatus.INVITED),
                        ("bo", AttendanceStatus.NO_SHOW), ("gone", AttendanceStatus.PRESENT)]:
        store.attendance.create(Attendance(activity_id=workshop.id, participant_id=ids[key], status=status))
    store.participants.delete(ids["gone"])
    ids["presses"] = store.cases.create(Case(title="Presses", areas=["smart_industry", "energy"],
                                             origin_activity_id=workshop.id, stage=CaseStage.PRIORITISED)).id
    ids["apples"] = store.cases.create(Case(title="apples", areas=["food"], origin_activity_id=workshop.id)).id
    deleted_case = store.cases.create(Case(title="Deleted", origin_activity_id=workshop.id))
    store.cases.delete(deleted_case.id)
    store.cases.create(Case(title="Not from it", origin_activity_id=other.id))
    team = store.teams.create(Team(name="Press team", case_id=ids["presses"]))
    left = store.teams.create(Team(name="Old team", case_id=ids["presses"], position=1))
    store.team_members.create(TeamMember(team_id=team.id, participant_id=ids["maja"], role="Owner's side"))
    store.team_members.create(TeamMember(team_id=team.id, participant_id=ids["ali"], role="Data"))
    removed = store.team_members.create(TeamMember(team_id=team.id, participant_id=ids["bo"]))
    store.team_members.delete(removed.id)
    store.team_members.create(TeamMember(team_id=left.id, participant_id=ids["bo"]))
    store.teams.delete(left.id)
    return ids


def test_the_people_of_an_activity_with_organisation_and_status(store: Store, world):
    people = store.related.people_of_activity(world["workshop"])
    # By last name; a deleted person is not listed; a deleted organisation is not named.
    assert [(p.name, p.organisation, p.status) for p in people] == [
        ("Bo Andersson", "", "no_show"), ("علي Karimi", "", "invited"),
        ("Maja Öberg", "Örebro Plåt AB", "present")]
    assert people[-1].id == world["maja"]


def test_the_cases_an_activity_produced(store: Store, world):
    found = store.related.cases_of_activity(world["workshop"])
    assert [(c.title, c.stage, c.areas) for c in found] == [
        ("apples", "identified", ["food"]), ("Presses", "prioritised", ["smart_industry", "energy"])]
    assert store.related.cases_of_activity(world["other"])[0].title == "Not from it"


def test_the_team_members_of_a_case(store: Store, world):
    members = store.related.team_members_of_case(world["presses"])
    # Live members of live teams only: Bo left the team, and his other team was deleted.
    assert [(m.name, m.role, m.team) for m in members] == [
        ("علي Karimi", "Data", "Press team"), ("Maja Öberg", "Owner's side", "Press team")]
    assert store.related.team_members_of_case(world["apples"]) == []


def test_participant_choices_for_an_owner(store: Store, world):
    choices = store.related.participant_choices()
    assert [(c.name, c.organisation) for c in choices] == [
        ("Bo Andersson", ""), ("علي Karimi", ""), ("Maja Öberg", "Örebro Plåt AB")]
    assert choices[2].id == world["maja"]
