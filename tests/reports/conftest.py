"""A realistic case workshop in a real store, for the printed documents' tests and benchmark.

``build_workshop(store)`` is a plain function so that other report tests and ``tests/bench`` can reuse
it: ``from tests.reports.conftest import build_workshop``.
"""

from __future__ import annotations

import pytest

from aiall_desktop.records import (
    Activity,
    ActivityKind,
    AgendaItem,
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

#: 40 people whose names test the fonts: Polish, Vietnamese, Serbo-Croatian, Arabic, Swedish, Persian …
PEOPLE = [
    ("Łukasz", "Wójcik", Gender.MAN), ("Nguyễn Thị", "Hương", Gender.WOMAN),
    ("Đorđe", "Petrović", Gender.MAN), ("فاطمة", "حسن", Gender.WOMAN),
    ("Åsa", "Öberg", Gender.WOMAN), ("Anna", "Andersson", Gender.WOMAN),
    ("Björn", "Lindström", Gender.MAN), ("Małgorzata", "Zielińska", Gender.WOMAN),
    ("Trần Văn", "Đức", Gender.MAN), ("Željka", "Kovačević", Gender.WOMAN),
    ("Omar", "Yilmaz", Gender.MAN), ("Karin", "Ek", Gender.WOMAN),
    ("Jörgen", "Åberg", Gender.MAN), ("Leila", "Karimi", Gender.WOMAN),
    ("Mehmet", "Demir", Gender.MAN), ("Eva", "Berg", Gender.WOMAN),
    ("Sven-Erik", "Holmqvist", Gender.NOT_STATED), ("Zofia", "Kamińska", Gender.WOMAN),
    ("Phạm", "Thu Trang", Gender.WOMAN), ("Milica", "Đukić", Gender.NON_BINARY),
    ("Ingrid", "Sjöberg", Gender.WOMAN), ("Mikael", "Nyström", Gender.MAN),
    ("Aisha", "Abdi", Gender.WOMAN), ("Johan", "Ågren", Gender.MAN),
    ("Linnéa", "Grönwall", Gender.WOMAN), ("Paweł", "Nowak", Gender.MAN),
    ("Lê", "Minh Khôi", Gender.MAN), ("Snežana", "Jovanović", Gender.WOMAN),
    ("Henrik", "Wästerlund", Gender.MAN), ("Sara", "Lund", Gender.WOMAN),
    ("Ali", "Rezaei", Gender.MAN), ("Maja", "Strömberg", Gender.WOMAN),
    ("Göran", "Fält", Gender.MAN), ("Ewa", "Wiśniewska", Gender.WOMAN),
    ("Hoàng", "Bảo Ngọc", Gender.WOMAN), ("Nikola", "Savić", Gender.MAN),
    ("Elin", "Hedström", Gender.WOMAN), ("Patrik", "Öhman", Gender.MAN),
    ("Sofia", "Ekström", Gender.WOMAN), ("Kristoffer", "Dahl", Gender.MAN),
]

ORGANISATIONS = [
    ("Örebro Mekaniska AB", Sector.COMPANY),
    ("Karlskoga Energi & Miljö", Sector.PUBLIC_SECTOR),
    ("Kumla Livsmedel AB", Sector.COMPANY),
    ("Örebro universitet", Sector.ACADEMIA),
    ("Region Örebro län", Sector.PUBLIC_SECTOR),
    ("Lindesbergs <Smart> Verkstad & Co", Sector.COMPANY),  # < & > must print as letters
    ("Hallsbergs Logistik AB", Sector.COMPANY),
]

AGENDA = [
    ("Välkommen och incheckning", "Plenum", 15, "Anna Andersson", "Namnskyltar, kaffe", "Starta i tid."),
    ("Inspiration: AI i små företag", "Föreläsning", 30, "Björn Lindström", "Projektor", ""),
    ("Casearbete vid borden", "Workshop i grupper", 60, "Alla facilitatorer", "Casekort, post-it, pennor",
     "Rotera en facilitator per två bord; fråga efter data som finns idag."),
    ("Paus", "", 15, "", "Fika", ""),
    ("Presentation av case", "Gallery walk", 40, "Bordsvärdar", "Blädderblock",
     "Tre minuter per bord, håll tiden!"),
    ("Prioritering och avslutning", "Röstning med prickar", 20, "Anna Andersson", "Röstprickar",
     "Samla in utvärderingen innan folk går."),
]

CASES = [
    ("Prediktivt underhåll av pressar", ["smart_industry", "energy"],
     "Oplanerade stopp i pressen kostar två dagar i månaden; kan vibrationsdata varna i förväg?"),
    ("Prognos för fjärrvärmebehov", ["energy"], "Hur mycket värme behövs i morgon, timme för timme?"),
    ("Hållbarhetsdatum som lär sig", ["food", "welfare", "sustainable_development"],
     "Mindre matsvinn genom att förutsäga hållbarheten för varje parti."),
    ("Bildigenkänning av svetsfel", ["smart_industry"], "Hitta svetsfel på bild innan detaljen lämnar cellen."),
    ("Ruttplanering för hemtjänst", ["welfare"], "Kortare resor mellan brukarna utan att tappa kontinuiteten."),
    ("Automatisk fakturakontroll", ["smart_industry"], "Leverantörsfakturor som inte stämmer med ordern."),
    ("Sortering av returer", ["sustainable_development"], "Vilka returer kan säljas igen och vilka ska återvinnas?"),
    ("Chattbot för kundtjänst", ["smart_industry"], "Svar på de vanligaste frågorna dygnet runt."),
]

TABLES = 6


def build_workshop(store) -> dict:
    """Fill ``store`` with one case workshop: 40 people on its list (one more deleted), an agenda of six
    blocks (three already run), eight cases from it (two intersection cases) and six table groups.

    Returns ids: "activity", "other_activity", "organisations" (list), "participants" (list, PEOPLE order),
    "deleted_participant", "agenda" (list), "cases" (list), "tables" (list, table order).
    """
    with store.transaction():  # one commit instead of a hundred and fifty
        return _build(store)


def _build(store) -> dict:
    ids: dict = {}
    organisations = [store.organisations.create(Organisation(name=name, sector=sector))
                     for name, sector in ORGANISATIONS]
    ids["organisations"] = [org.id for org in organisations]

    people = []
    for index, (first, last, gender) in enumerate(PEOPLE):
        people.append(store.participants.create(Participant(
            first_name=first, last_name=last, gender=gender,
            email=f"person{index}@exempel{index % 5}.se", phone=f"070-{index:07d}",
            organisation_id=organisations[index % len(organisations)].id if index % 9 != 8 else None,
            role="Utvecklare",
        )))
    ids["participants"] = [p.id for p in people]
    gone = store.participants.create(Participant(first_name="Borttagen", last_name="Person",
                                                 email="gone@exempel.se"))
    ids["deleted_participant"] = gone.id

    activity = store.activities.create(Activity(
        title="Case workshop Örebro", kind=ActivityKind.CASE_WORKSHOP, date="2026-11-25", start_time="09:00",
        end_time="12:00", place="Örebro universitet, Långhuset L2", facilitators="Anna Andersson",
        goal="Hitta och prioritera AI-case som små och medelstora företag i länet kan börja med i år.",
    ))
    ids["activity"] = activity.id
    ids["other_activity"] = store.activities.create(Activity(title="Nätverksträff Karlskoga",
                                                             date="2026-12-02")).id

    for index, person in enumerate(people):
        status = (AttendanceStatus.PRESENT if index < 25 else
                  AttendanceStatus.EXCUSED if index % 7 == 0 else AttendanceStatus.INVITED)
        store.attendance.create(Attendance(activity_id=activity.id, participant_id=person.id, status=status))
    store.attendance.create(Attendance(activity_id=activity.id, participant_id=gone.id))
    store.participants.delete(gone.id)

    # The first three blocks have been run: the second started late and ran long.
    actual = [("08:00", "08:16"), ("08:18", "08:52"), ("08:52", None)]
    ids["agenda"] = []
    for position, (title, method, minutes, lead, materials, notes) in enumerate(AGENDA):
        start, end = actual[position] if position < len(actual) else (None, None)
        item = store.agenda_items.create(AgendaItem(
            activity_id=activity.id, position=position, title=title, method=method, minutes=minutes, lead=lead,
            materials=materials, notes=notes,
            actual_start=f"2026-11-25T{start}:00.000000Z" if start else None,
            actual_end=f"2026-11-25T{end}:00.000000Z" if end else None,
        ))
        ids["agenda"].append(item.id)

    ids["cases"] = []
    for index, (title, areas, problem) in enumerate(CASES):
        case = store.cases.create(Case(
            title=title, areas=areas, problem=problem, stage=CaseStage.IDENTIFIED,
            origin_activity_id=activity.id, organisation_ids=[organisations[index % len(organisations)].id],
        ))
        ids["cases"].append(case.id)

    ids["tables"] = []
    for table in range(TABLES):
        team = store.teams.create(Team(name=f"Bord {table + 1}", kind=TeamKind.TABLE_GROUP,
                                       activity_id=activity.id, position=table))
        ids["tables"].append(team.id)
    for index, person in enumerate(people[:36]):  # four people are not seated yet
        store.team_members.create(TeamMember(team_id=ids["tables"][index % TABLES], participant_id=person.id))
    return ids


@pytest.fixture
def workshop_store(store):
    """The test store with the workshop in it; the ids are on ``workshop_store.ids``."""
    store.ids = build_workshop(store)
    return store


@pytest.fixture
def workshop_ids(workshop_store) -> dict:
    return workshop_store.ids

