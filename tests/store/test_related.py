"""The store's queries behind a record's page: related lists, duplicate look-ups, pick lists, tag filters."""

from __future__ import annotations

import pytest

from aiall_desktop.records import (
    Activity,
    Attendance,
    AttendanceStatus,
    Case,
    CaseStage,
    Gender,
    Organisation,
    Participant,
    Sector,
    Team,
    TeamKind,
    TeamMember,
)
from aiall_desktop.store import Store
from aiall_desktop.store.lookup import name_key, org_number_digits


@pytest.fixture
def world(store: Store) -> dict[str, str]:
    ids: dict[str, str] = {}

    def keep(name: str, record) -> str:
        ids[name] = record.id
        return record.id

    plat = keep("plat", store.organisations.create(
        Organisation(name="Örebro Plåt AB", org_number="556036-0793", municipality="Örebro",
                     areas=["smart_industry"])))
    vard = keep("vard", store.organisations.create(
        Organisation(name="Vårdcentralen Kumla", sector=Sector.PUBLIC_SECTOR, municipality="Kumla")))
    keep("gone", store.organisations.create(Organisation(name="Nedlagda AB", municipality="Nora")))
    store.organisations.delete(ids["gone"])
    people = [
        ("lukasz", "Łukasz", "Wójcik", plat, "lukasz@example.com", ["industry"], ["software"], ["mentor"]),
        ("anna", "Anna", "Andersson", plat, "Anna.A@Example.com", ["research"], ["AI/data"], []),
        ("fatima", "فاطمة", "حسن", vard, "fatima@example.org", ["healthcare"], ["domain expert"], ["mentor"]),
        ("bo", "Bo", "Berg", plat, "bo@example.com", [], [], []),
    ]
    for key, first, last, org, email, backgrounds, competences, tags in people:
        keep(key, store.participants.create(Participant(
            first_name=first, last_name=last, organisation_id=org, email=email, role="Engineer",
            backgrounds=backgrounds, competences=competences, tags=tags,
            gender=Gender.WOMAN if key in ("anna", "fatima") else Gender.MAN)))
    store.participants.delete(ids["bo"])

    workshop = keep("workshop", store.activities.create(Activity(title="Case workshop", date="2025-03-12")))
    visit = keep("visit", store.activities.create(
        Activity(title="Company visit Plåt", date="2025-04-02", organisation_ids=[plat])))
    keep("meeting", store.activities.create(Activity(title="Network meeting", date="2025-05-20")))
    for person, status in (("lukasz", AttendanceStatus.PRESENT), ("anna", AttendanceStatus.PRESENT),
                           ("fatima", AttendanceStatus.EXCUSED), ("bo", AttendanceStatus.PRESENT)):
        store.attendance.create(Attendance(activity_id=workshop, participant_id=ids[person], status=status))
    store.attendance.create(Attendance(activity_id=ids["meeting"], participant_id=ids["lukasz"]))

    keep("presses", store.cases.create(Case(title="Predictive maintenance", organisation_ids=[plat],
                                            owner_id=ids["anna"], stage=CaseStage.PRIORITISED)))
    keep("heating", store.cases.create(Case(title="Heating forecast", organisation_ids=[plat, vard])))
    keep("parked", store.cases.create(Case(title="Deleted case", organisation_ids=[plat])))
    store.cases.delete(ids["parked"])
    team = keep("team", store.teams.create(Team(name="Press team", case_id=ids["heating"])))
    table = keep("table", store.teams.create(Team(name="Table 1", kind=TeamKind.TABLE_GROUP, activity_id=workshop)))
    store.team_members.create(TeamMember(team_id=team, participant_id=ids["lukasz"], role="lead"))
    store.team_members.create(TeamMember(team_id=table, participant_id=ids["lukasz"]))
    store.team_members.create(TeamMember(team_id=table, participant_id=ids["anna"]))
    assert visit
    return ids


def test_people_of_an_organisation(store: Store, world):
    people = store.related.people_of_organisation(world["plat"])
    assert [p.name for p in people] == ["Anna Andersson", "Łukasz Wójcik"]  # by last name; Bo is deleted
    assert people[0].email == "Anna.A@Example.com" and people[0].role == "Engineer"
    assert store.related.people_of_organisation(world["gone"]) == []


def test_activities_of_an_organisation(store: Store, world):
    activities = store.related.activities_of_organisation(world["plat"])
    assert [(a.title, a.people) for a in activities] == [("Company visit Plåt", 0), ("Case workshop", 2)]
    assert activities[1].kind == "case_workshop"
    # Fatima was excused: no activity of her organisation's counts her.
    assert store.related.activities_of_organisation(world["vard"]) == []


def test_cases_of_an_organisation(store: Store, world):
    assert [c.title for c in store.related.cases_of_organisation(world["plat"])] == [
        "Heating forecast", "Predictive maintenance"]
    assert [c.stage for c in store.related.cases_of_organisation(world["vard"])] == ["identified"]


def test_activities_teams_and_cases_of_a_participant(store: Store, world):
    activities = store.related.activities_of_participant(world["lukasz"])
    assert [(a.title, a.status) for a in activities] == [("Network meeting", "invited"), ("Case workshop", "present")]
    teams = store.related.teams_of_participant(world["lukasz"])
    assert [(t.name, t.role, t.context) for t in teams] == [("Press team", "lead", "Heating forecast"),
                                                           ("Table 1", "", "Case workshop")]
    assert teams[0].case_id == world["heating"] and teams[1].activity_id == world["workshop"]
    assert [(c.title, c.relation) for c in store.related.cases_of_participant(world["lukasz"])] == [
        ("Heating forecast", "team")]
    assert [(c.title, c.relation) for c in store.related.cases_of_participant(world["anna"])] == [
        ("Predictive maintenance", "owner")]


def test_related_lists_drop_deleted_records(store: Store, world):
    store.activities.delete(world["meeting"])
    store.teams.delete(world["team"])
    assert [a.title for a in store.related.activities_of_participant(world["lukasz"])] == ["Case workshop"]
    assert [t.name for t in store.related.teams_of_participant(world["lukasz"])] == ["Table 1"]
    assert store.related.cases_of_participant(world["lukasz"]) == []


@pytest.mark.parametrize(
    "typed",
    ["Örebro Plåt AB", "örebro plåt ab", "ÖREBRO PLÅT AB", "  Örebro  Plåt AB ", "Orebro Plat AB",
     "Örebro Plåt-AB"],
)
def test_a_duplicate_organisation_name_is_found_however_written(store: Store, world, typed):
    matches = store.lookup.find_duplicate_organisations(typed, None)
    assert [(m.name, m.same_name, m.same_number) for m in matches] == [("Örebro Plåt AB", True, False)]


def test_an_organisation_is_no_duplicate_of_itself_nor_of_a_deleted_one(store: Store, world):
    assert store.lookup.find_duplicate_organisations("Örebro Plåt AB", None, exclude_id=world["plat"]) == []
    assert store.lookup.find_duplicate_organisations("Nedlagda AB", None) == []
    assert store.lookup.find_duplicate_organisations("Örebro Plåt", None) == []  # a longer name is another one
    assert store.lookup.find_duplicate_organisations("", "") == []


@pytest.mark.parametrize("typed", ["556036-0793", "5560360793", "16 556036-0793", "556036 0793"])
def test_a_duplicate_org_number_is_found_however_written(store: Store, world, typed):
    matches = store.lookup.find_duplicate_organisations("Another name", typed)
    assert [(m.id, m.same_name, m.same_number) for m in matches] == [(world["plat"], False, True)]
    both = store.lookup.find_duplicate_organisations("Örebro Plåt AB", typed)
    assert [(m.same_name, m.same_number) for m in both] == [(True, True)]


def test_participants_by_email(store: Store, world):
    matches = store.lookup.find_participants_by_email("anna.a@example.COM ")
    assert [(m.name, m.organisation) for m in matches] == [("Anna Andersson", "Örebro Plåt AB")]
    assert store.lookup.find_participants_by_email("anna.a@example.com", exclude_id=world["anna"]) == []
    assert store.lookup.find_participants_by_email("bo@example.com") == []  # deleted
    assert store.lookup.find_participants_by_email("") == []


def test_pick_lists(store: Store, world):
    # In SQLite's NOCASE order (the window's list order), deleted organisations left out.
    assert [c.name for c in store.lookup.organisation_choices()] == ["Vårdcentralen Kumla", "Örebro Plåt AB"]
    assert store.lookup.municipalities_in_use() == ["Kumla", "Örebro"]
    assert store.lookup.tags_in_use(("tags",)) == ["mentor"]
    assert store.lookup.tags_in_use() == [
        "AI/data", "domain expert", "healthcare", "industry", "mentor", "research", "software"]
    with pytest.raises(ValueError):
        store.lookup.tags_in_use(("password",))


def test_keys_for_comparison():
    assert name_key("Örebro Plåt-AB") == name_key("orebro plat ab")
    assert name_key("فاطمة") == "فاطمة"
    assert org_number_digits("16556036-0793") == "5560360793"


def test_tag_and_area_filters_of_the_lists(store: Store, world):
    people = store.listing("participants")
    assert people.count(filters={"tag": "mentor"}) == 2
    assert people.count(filters={"tag": "AI/data"}) == 1  # a competence
    assert people.count(filters={"tag": "healthcare"}) == 1  # a background
    assert people.count(filters={"tags": "software"}) == 0  # free tags only
    assert people.count(filters={"competences": "software"}) == 1
    both = people.rows(filters={"tag": "mentor", "gender": "woman"})
    assert [row[2] for row in both] == ["فاطمة"]
    assert people.count("wój", filters={"tag": "mentor"}) == 1
    organisations = store.listing("organisations")
    assert organisations.count(filters={"area": "smart_industry"}) == 1
    assert organisations.count(filters={"size_class": None}) == 2  # no size given


def test_settings_offer_the_vocabularies(store: Store):
    assert "AI/data" in store.settings.get("competences")
    assert "student" in store.settings.get("backgrounds")


def test_a_transaction_is_all_or_nothing(store: Store, world):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.participants.delete(world["anna"])
            store.participants.delete(world["lukasz"])
            raise RuntimeError("stop")
    assert store.participants.count() == 3
