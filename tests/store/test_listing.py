"""The window's lists: search as you type, sorting and paging, all in SQL."""

from __future__ import annotations

import pytest

from aiall_desktop.records import Activity, Case, Gender, Organisation, Participant, Sector
from aiall_desktop.store import InvalidRecord, Store
from aiall_desktop.store.listing import LISTS
from aiall_desktop.store.search import fts_query


@pytest.fixture
def register(store: Store) -> Store:
    plat = store.organisations.create(Organisation(name="Örebro Plåt AB", municipality="Örebro"))
    vard = store.organisations.create(
        Organisation(name="Vårdcentralen Kumla", sector=Sector.PUBLIC_SECTOR, municipality="Kumla")
    )
    people = [
        ("Łukasz", "Wójcik", plat, "lukasz@example.com", Gender.MAN, ["software"]),
        ("Anna", "Andersson", plat, "anna.a@example.com", Gender.WOMAN, ["AI/data"]),
        ("فاطمة", "حسن", vard, "fatima@example.org", Gender.WOMAN, ["domain expert"]),
        ("Hương", "Nguyễn Thị", vard, "huong@example.net", Gender.NOT_STATED, []),
        ("Annika", "Berg", None, "", Gender.NON_BINARY, ["business"]),
    ]
    for first, last, org, email, gender, competences in people:
        store.participants.create(
            Participant(
                first_name=first,
                last_name=last,
                organisation_id=org.id if org else None,
                email=email,
                gender=gender,
                competences=competences,
            )
        )
    return store


def names(rows) -> list[str]:
    return [row[2] + " " + row[1] for row in rows]


def test_search_matches_word_prefixes_across_name_organisation_email_and_tags(register: Store):
    people = register.listing("participants")
    assert people.count() == 5
    assert names(people.rows("ann")) == ["Anna Andersson", "Annika Berg"]
    assert names(people.rows("wój")) == ["Łukasz Wójcik"]
    assert names(people.rows("plåt")) == ["Anna Andersson", "Łukasz Wójcik"]
    assert names(people.rows("plat")) == names(people.rows("plåt"))  # diacritics folded
    assert names(people.rows("example.org")) == ["فاطمة حسن"]
    assert names(people.rows("حس")) == ["فاطمة حسن"]
    assert names(people.rows("nguyen")) == ["Hương Nguyễn Thị"]
    assert names(people.rows("ai data")) == ["Anna Andersson"]
    assert names(people.rows("anna plåt")) == ["Anna Andersson"]  # every word must match
    assert people.count("zzz") == 0
    assert people.count("   ") == 5


def test_search_follows_an_organisation_renamed_later(register: Store):
    org = register.organisations.list({"name": "Örebro Plåt AB"})[0]
    register.organisations.update(org.id, name="Bergslagens Svets")
    people = register.listing("participants")
    assert people.count("plåt") == 0
    assert people.count("svets") == 2
    assert people.rows("svets")[0][3] == "Bergslagens Svets"


def test_search_input_with_fts_syntax_is_taken_literally(register: Store):
    people = register.listing("participants")
    for typed in ['"', "AND", "ann*", "-ann", "ann OR", "NEAR(", "(", "a:b", "^"]:
        people.count(typed)  # never an FTS5 syntax error
    assert people.count("ann*") == 2


def test_deleted_records_leave_the_list(register: Store):
    person = register.participants.list({"last_name": "Berg"})[0]
    register.participants.delete(person.id)
    assert register.listing("participants").count() == 4
    assert register.listing("participants").count("annika") == 0
    register.participants.restore(person.id)
    assert register.listing("participants").count("annika") == 1


def test_sorting_by_every_column_in_both_directions(register: Store):
    people = register.listing("participants")
    for key in people.spec.keys:
        up = people.rows(order_by=key, descending=False)
        down = people.rows(order_by=key, descending=True)
        assert len(up) == len(down) == 5
        assert {r[0] for r in up} == {r[0] for r in down}
    by_last = [r[1] for r in people.rows(order_by="last_name")]
    assert by_last[:3] == ["Andersson", "Berg", "Nguyễn Thị"]
    with pytest.raises(InvalidRecord):
        people.rows(order_by="password")


def test_rows_come_in_pages(store: Store):
    store.organisations.create_many(Organisation(name=f"Företag {n:04d}") for n in range(450))
    organisations = store.listing("organisations")
    first = organisations.rows(limit=200)
    second = organisations.rows(offset=200, limit=200)
    third = organisations.rows(offset=400, limit=200)
    assert (len(first), len(second), len(third)) == (200, 200, 50)
    ids = [r[0] for r in first + second + third]
    assert len(set(ids)) == 450
    assert first[0][1] == "Företag 0000" and third[-1][1] == "Företag 0449"


def test_filters_on_a_column(register: Store):
    organisations = register.listing("organisations")
    assert organisations.count(filters={"sector": "public_sector"}) == 1
    assert organisations.rows(filters={"sector": "public_sector"})[0][1] == "Vårdcentralen Kumla"
    people_column = LISTS["organisations"].keys.index("people") + 1
    counts = {row[1]: row[people_column] for row in organisations.rows()}
    assert counts == {"Örebro Plåt AB": 2, "Vårdcentralen Kumla": 2}


def test_activity_and_case_lists(store: Store):
    early = store.activities.create(Activity(title="Case-workshop energi", date="2025-02-01"))
    store.activities.create(Activity(title="Nätverksträff", date="2025-05-01"))
    store.cases.create(Case(title="Prognos av energibehov", areas=["energy", "food"], origin_activity_id=early.id))
    activities = store.listing("activities")
    assert [r[4] for r in activities.rows()] == ["Nätverksträff", "Case-workshop energi"]  # newest first
    assert activities.count("energi") == 1
    cases = store.listing("cases")
    row = cases.rows("prognos")[0]
    assert row[LISTS["cases"].keys.index("origin") + 1] == "Case-workshop energi"


@pytest.mark.parametrize(
    "typed, expected",
    [("", None), ("  ", None), ("ann", '"ann"*'), ('a"b', '"a"* AND "b"*'),
     ("Åsa-Li", '"åsa"* AND ("li"* OR "łi"*)'), ("lukasz", '("lukasz"* OR "łukasz"*)')],
)
def test_fts_query(typed, expected):
    assert fts_query(typed) == expected


def test_plain_letters_find_letters_the_index_does_not_fold(store: Store):
    """"lukasz" finds "Łukasz" and "dorde" finds "Đorđe": typed on a keyboard without those letters."""
    store.participants.create(Participant(first_name="Łukasz", last_name="Wójcik"))
    store.participants.create(Participant(first_name="Đorđe", last_name="Petrović"))
    store.participants.create(Participant(first_name="Søren", last_name="Æbeltoft"))
    people = store.listing("participants")
    assert [row[2] for row in people.rows("lukasz")] == ["Łukasz"]
    assert [row[2] for row in people.rows("dorde petr")] == ["Đorđe"]
    assert [row[2] for row in people.rows("soren aebel")] == ["Søren"]


def test_deleted_organisations_and_activities_are_not_named_in_the_lists(store: Store):
    org = store.organisations.create(Organisation(name="Nedlagt AB"))
    store.participants.create(Participant(first_name="Eva", last_name="Ek", organisation_id=org.id))
    workshop = store.activities.create(Activity(title="Inställd workshop", date="2025-02-01"))
    store.cases.create(Case(title="Prognos", origin_activity_id=workshop.id))
    store.organisations.delete(org.id)
    store.activities.delete(workshop.id)
    person = store.listing("participants").rows()[0]
    assert person[LISTS["participants"].keys.index("organisation") + 1] is None
    case = store.listing("cases").rows()[0]
    assert case[LISTS["cases"].keys.index("origin") + 1] is None
