"""The store's group rows behind the diversity figures: invited, present, team, people and a period."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from aiall_desktop.demo import generate
from aiall_desktop.domain.diversity import Verdict, composition, period_summary
from aiall_desktop.records import (
    Activity,
    Attendance,
    AttendanceStatus,
    Gender,
    Organisation,
    Participant,
    Sector,
    Team,
    TeamMember,
)
from aiall_desktop.store import Store


@pytest.fixture
def world(store: Store) -> dict[str, str]:
    ids: dict[str, str] = {}
    ids["plat"] = store.organisations.create(Organisation(name="Örebro Plåt AB")).id
    ids["vard"] = store.organisations.create(Organisation(name="Vårdcentralen Kumla", sector=Sector.PUBLIC_SECTOR)).id
    ids["gone"] = store.organisations.create(Organisation(name="Nedlagda AB", sector=Sector.NON_PROFIT)).id
    people = [
        ("lukasz", "Łukasz", "Wójcik", "plat", Gender.MAN, ["industry"], ["software"]),
        ("anna", "Anna", "Andersson", "plat", Gender.WOMAN, ["research"], ["AI/data", "business"]),
        ("fatima", "فاطمة", "حسن", "vard", Gender.WOMAN, ["healthcare"], []),
        ("huong", "Nguyễn Thị", "Hương", "gone", Gender.NOT_STATED, [], ["design"]),
        ("erik", "Erik", "Zetterberg", None, Gender.MAN, [], []),
        ("bo", "Bo", "Berg", "plat", Gender.MAN, [], []),
    ]
    for key, first, last, org, gender, backgrounds, competences in people:
        ids[key] = store.participants.create(Participant(
            first_name=first, last_name=last, organisation_id=ids.get(org), gender=gender,
            backgrounds=backgrounds, competences=competences)).id
    store.participants.delete(ids["bo"])
    store.organisations.delete(ids["gone"])

    ids["workshop"] = store.activities.create(Activity(title="Case workshop", date="2025-03-12")).id
    ids["meeting"] = store.activities.create(Activity(title="Network meeting", date="2025-03-20")).id
    ids["visit"] = store.activities.create(Activity(title="Company visit", date="2025-04-02")).id
    ids["old"] = store.activities.create(Activity(title="Last year", date="2024-12-01")).id
    ids["dropped"] = store.activities.create(Activity(title="Cancelled", date="2025-03-15")).id
    store.activities.delete(ids["dropped"])
    statuses = {
        "workshop": {"lukasz": "present", "anna": "present", "fatima": "excused", "huong": "present",
                     "erik": "no_show", "bo": "present"},
        "meeting": {"fatima": "present", "erik": "invited"},
        "old": {"anna": "present"},
        "dropped": {"anna": "present"},
    }
    for activity, people_status in statuses.items():
        for person, status in people_status.items():
            row = store.attendance.create(Attendance(activity_id=ids[activity], participant_id=ids[person],
                                                     status=AttendanceStatus(status)))
            ids[f"{activity}/{person}"] = row.id
    ids["erik_gone_from_meeting"] = ids["meeting/erik"]
    store.attendance.delete(ids["meeting/erik"])

    ids["team"] = store.teams.create(Team(name="Press team")).id
    for person in ("anna", "erik", "bo"):
        store.team_members.create(TeamMember(team_id=ids["team"], participant_id=ids[person]))
    return ids


def names(rows) -> list[str]:
    return [row.full_name for row in rows]


def test_present_people_with_their_organisation_sector_and_lists(store: Store, world):
    rows = store.groups.present(world["workshop"])
    # By last name; the deleted participant (Bo Berg) is left out.
    assert names(rows) == ["Anna Andersson", "Nguyễn Thị Hương", "Łukasz Wójcik"]
    anna = rows[0]
    assert (anna.id, anna.gender, anna.organisation_id, anna.sector) == (world["anna"], "woman", world["plat"], "company")
    assert (anna.backgrounds, anna.competences) == (("research",), ("AI/data", "business"))
    # The organisation was deleted: no organisation, no sector.
    assert (rows[1].organisation_id, rows[1].sector, rows[1].gender) == (None, None, "not_stated")
    figure = composition(rows)
    assert (figure.people, figure.women, figure.not_stated, figure.organisations) == (3, 1, 1, 1)
    assert figure.verdict == Verdict.PASSES


def test_invited_is_every_row_on_the_list_whatever_its_status(store: Store, world):
    assert names(store.groups.invited(world["workshop"])) == [
        "Anna Andersson", "Nguyễn Thị Hương", "Łukasz Wójcik", "Erik Zetterberg", "فاطمة حسن"]
    # The deleted attendance row is not on the list.
    assert names(store.groups.invited(world["meeting"])) == ["فاطمة حسن"]
    assert store.groups.invited("no such activity") == []


def test_team_members(store: Store, world):
    assert names(store.groups.team(world["team"])) == ["Anna Andersson", "Erik Zetterberg"]
    store.teams.delete(world["team"])
    assert store.groups.team(world["team"]) == []


def test_people_by_id_in_the_order_asked(store: Store, world):
    rows = store.groups.people([world["erik"], "unknown", world["fatima"], world["bo"], world["erik"]])
    assert names(rows) == ["Erik Zetterberg", "فاطمة حسن"]
    assert rows[1].sector == "public_sector"
    assert store.groups.people([]) == []


def test_activities_between_with_their_present_people(store: Store, world):
    groups = store.groups.activities_between("2025-01-01", date(2025, 4, 2))
    # In date order; the deleted activity and last year's are left out; the visit had nobody.
    assert [group.activity_id for group in groups] == [world["workshop"], world["meeting"], world["visit"]]
    assert [group.date for group in groups] == ["2025-03-12", "2025-03-20", "2025-04-02"]
    assert sorted(person.id for person in groups[0].people) == sorted(world[k] for k in ("lukasz", "anna", "huong"))
    assert [person.id for person in groups[1].people] == [world["fatima"]]
    assert groups[2].people == []
    summary = period_summary(groups, minimum=0.26)
    assert summary.verdicts[Verdict.EMPTY] == 1
    assert [(m.month, m.attendances, m.women) for m in summary.months] == [("2025-03", 4, 2), ("2025-04", 0, 0)]
    assert store.groups.activities_between("2025-04-03", "2025-12-31") == []


def test_a_person_at_several_activities_is_one_row(store: Store, world):
    store.attendance.update(world["workshop/fatima"], status=AttendanceStatus.PRESENT)
    groups = store.groups.activities_between("2025-01-01", "2025-12-31")
    fatima = [p for group in groups for p in group.people if p.id == world["fatima"]]
    assert len(fatima) == 2 and fatima[0] is fatima[1]


# -- on a demo year ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    path: Path = tmp_path_factory.mktemp("groups") / "demo.sqlite"
    generate(path, scale=0.05, seed=1)
    store = Store.open(path, create=False)
    yield store
    store.close()


def test_the_period_query_agrees_with_the_per_activity_query(demo: Store):
    groups = demo.groups.activities_between("2025-01-01", "2025-12-31")
    activities = demo.activities.list(limit=None)
    assert len(groups) == len(activities) > 0
    for group in groups:
        assert sorted(p.id for p in group.people) == sorted(p.id for p in demo.groups.present(group.activity_id))
    present_rows = demo.attendance.count(where={"status": "present"})
    assert sum(len(group.people) for group in groups) == present_rows
    summary = period_summary(groups, demo.settings.get("women_minimum"))
    assert summary.judged > 0
    # The demo year holds a few men-only events, which the rule must flag.
    assert summary.verdicts[Verdict.FAILS] > 0
    assert all(month.month.startswith("2025-") for month in summary.months)
