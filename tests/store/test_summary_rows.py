"""What participant summaries read: the selection of people and their rows, in a few queries."""

from __future__ import annotations

import pytest

from aiall_desktop.records import (
    Activity,
    ActivityKind,
    Attendance,
    AttendanceStatus,
    Case,
    CaseStage,
    Organisation,
    Participant,
    Team,
    TeamKind,
    TeamMember,
)
from aiall_desktop.store import Store


@pytest.fixture
def register(store: Store) -> dict[str, str]:
    ids: dict[str, str] = {}
    ids["org"] = store.organisations.create(Organisation(name="Örebro Mekaniska AB")).id
    ids["gone_org"] = store.organisations.create(Organisation(name="Nedlagt AB")).id
    for key, first, last, org in (
        ("lukasz", "Łukasz", "Wójcik", "org"),
        ("fatima", "فاطمة", "حسن", None),
        ("anna", "Anna", "Andersson", "gone_org"),
        ("huong", "Nguyễn Thị", "Hương", "org"),
        ("erik", "Erik", "Zetterberg", None),
        ("deleted", "Bo", "Borttagen", None),
    ):
        ids[key] = store.participants.create(Participant(first_name=first, last_name=last, role=f"role of {key}",
                                                         email=f"{key}@example.se",
                                                         organisation_id=ids.get(org) if org else None)).id
    for key, title, day, kind, start, end in (
        ("march", "Case workshop Örebro", "2025-03-12", ActivityKind.CASE_WORKSHOP, "09:00", "16:00"),
        ("may", "Network meeting Karlskoga", "2025-05-20", ActivityKind.NETWORK_MEETING, "15:00", "17:00"),
        ("jan", "Company visit Kumla", "2025-01-08", ActivityKind.COMPANY_VISIT, "10:00", "11:30"),
        ("gone", "Deleted activity", "2025-03-01", ActivityKind.DEMONSTRATION, "09:00", "10:00"),
    ):
        ids[key] = store.activities.create(Activity(title=title, date=day, kind=kind, start_time=start,
                                                    end_time=end)).id
    present = AttendanceStatus.PRESENT
    for activity, person, status in (
        ("march", "lukasz", present), ("march", "fatima", present), ("march", "anna", present),
        ("march", "huong", AttendanceStatus.NO_SHOW), ("march", "deleted", present),
        ("may", "lukasz", present), ("may", "erik", AttendanceStatus.INVITED),
        ("jan", "lukasz", present), ("jan", "huong", present),
        ("gone", "erik", present),
    ):
        ids[f"{activity}_{person}"] = store.attendance.create(
            Attendance(activity_id=ids[activity], participant_id=ids[person], status=status)).id
    ids["presses"] = store.cases.create(Case(title="Predictive maintenance", stage=CaseStage.PRIORITISED,
                                             owner_id=ids["lukasz"])).id
    ids["heating"] = store.cases.create(Case(title="Forecasting heating", owner_id=ids["fatima"])).id
    ids["dropped"] = store.cases.create(Case(title="Dropped case", owner_id=ids["lukasz"])).id
    ids["team"] = store.teams.create(Team(name="Press team", kind=TeamKind.CASE_TEAM, case_id=ids["presses"])).id
    ids["table"] = store.teams.create(Team(name="Table 1", kind=TeamKind.TABLE_GROUP, activity_id=ids["march"])).id
    for team, person, role in (("team", "lukasz", "lead"), ("team", "fatima", "data"), ("table", "lukasz", ""),
                               ("table", "anna", "")):
        store.team_members.create(TeamMember(team_id=ids[team], participant_id=ids[person], role=role))
    store.participants.delete(ids["deleted"])
    store.activities.delete(ids["gone"])
    store.cases.delete(ids["dropped"])
    store.organisations.delete(ids["gone_org"])
    return ids


def test_everyone_present_at_an_activity_by_last_name(store: Store, register):
    # The no-show and the deleted participant are not among them; Latin last names sort before Arabic.
    assert store.summaries.people_for(activity_id=register["march"]) == [
        register["anna"], register["lukasz"], register["fatima"]]


def test_one_person_even_without_attendance(store: Store, register):
    assert store.summaries.people_for(participant_id=register["erik"]) == [register["erik"]]
    assert store.summaries.people_for(participant_id=register["deleted"]) == []
    assert store.summaries.people_for(participant_id="no-such-id") == []


def test_a_period_holds_people_with_a_present_attendance_in_it(store: Store, register):
    ids = store.summaries.people_for(date_from="2025-03-01", date_to="2025-05-31")
    assert ids == [register["anna"], register["lukasz"], register["fatima"]]
    # Both ends included; Hương's only present attendance is in January.
    assert store.summaries.people_for(date_from="2025-01-08", date_to="2025-01-08") == [
        register["huong"], register["lukasz"]]
    # An invitation or an attendance at a deleted activity does not count: Erik is never in a period.
    assert register["erik"] not in store.summaries.people_for()
    assert store.summaries.people_for(date_from="2026-01-01") == []


def test_filters_combine(store: Store, register):
    assert store.summaries.people_for(activity_id=register["march"], date_to="2025-02-01") == []
    assert store.summaries.people_for(participant_id=register["huong"], activity_id=register["march"]) == []
    assert store.summaries.people_for(participant_id=register["huong"], activity_id=register["jan"]) == [
        register["huong"]]


def test_rows_carry_what_the_summary_prints(store: Store, register):
    lukasz, = store.summaries.rows([register["lukasz"]])
    assert (lukasz.full_name, lukasz.organisation, lukasz.role) == ("Łukasz Wójcik", "Örebro Mekaniska AB",
                                                                     "role of lukasz")
    assert [(a.date, a.kind, a.title, a.start_time, a.end_time) for a in lukasz.activities] == [
        ("2025-01-08", "company_visit", "Company visit Kumla", "10:00", "11:30"),
        ("2025-03-12", "case_workshop", "Case workshop Örebro", "09:00", "16:00"),
        ("2025-05-20", "network_meeting", "Network meeting Karlskoga", "15:00", "17:00"),
    ]
    # Owner and team member of the same case: one row, as owner; the deleted case is gone.
    assert [(c.title, c.stage, c.relation) for c in lukasz.cases] == [
        ("Predictive maintenance", "prioritised", "owner")]
    assert [(t.name, t.kind, t.role, t.context, t.date) for t in lukasz.teams] == [
        ("Press team", "case_team", "lead", "Predictive maintenance", ""),
        ("Table 1", "table_group", "", "Case workshop Örebro", "2025-03-12"),
    ]


def test_rows_for_a_batch_keep_the_order_given(store: Store, register):
    rows = store.summaries.rows([register["fatima"], register["anna"], register["deleted"], "unknown",
                                 register["fatima"], register["erik"]])
    assert [row.id for row in rows] == [register["fatima"], register["anna"], register["erik"]]
    fatima, anna, erik = rows
    assert fatima.full_name == "فاطمة حسن" and fatima.organisation == ""
    assert [(c.title, c.relation) for c in fatima.cases] == [("Forecasting heating", "owner"),
                                                            ("Predictive maintenance", "team")]
    assert anna.organisation == ""  # her organisation was deleted
    assert [t.name for t in anna.teams] == ["Table 1"] and anna.cases == ()
    # Invited to one activity, present at a deleted one: nothing attended.
    assert erik.activities == erik.cases == erik.teams == ()
    assert store.summaries.rows([]) == []


def test_rows_keep_activities_to_a_period(store: Store, register):
    lukasz, = store.summaries.rows([register["lukasz"]], date_from="2025-03-01", date_to="2025-03-31")
    assert [a.title for a in lukasz.activities] == ["Case workshop Örebro"]
    assert len(lukasz.cases) == 1 and len(lukasz.teams) == 2  # not dated: all of them


def test_deleted_memberships_and_attendances_are_left_out(store: Store, register):
    store.attendance.delete(register["jan_lukasz"])
    membership = store.team_members.list(where={"participant_id": register["lukasz"]})
    store.team_members.delete(membership[0].id)
    lukasz, = store.summaries.rows([register["lukasz"]])
    assert [a.title for a in lukasz.activities] == ["Case workshop Örebro", "Network meeting Karlskoga"]
    assert len(lukasz.teams) == 1


def test_a_large_batch_is_a_few_queries(store: Store, register):
    people = [Participant(id=f"person-{n}", first_name=f"Person {n}", last_name="Berg") for n in range(1500)]
    store.participants.create_many(people)
    store.attendance.create_many([Attendance(activity_id=register["may"], participant_id=p.id,
                                             status=AttendanceStatus.PRESENT) for p in people])
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        rows = store.summaries.rows([p.id for p in people])
    finally:
        store.db.conn.set_trace_callback(None)
    assert len(rows) == 1500 and all(len(row.activities) == 1 for row in rows)
    assert len(statements) <= 4
