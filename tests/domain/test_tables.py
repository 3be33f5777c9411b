"""Balanced table groups: even sizes, the women minimum per table, colleagues apart, locks, and the numbers
given when a rule cannot hold."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiall_desktop.domain.diversity import Person, women_required
from aiall_desktop.domain.tables import ProblemKind, balance_tables, percent_text, tables_for_size
from aiall_desktop.records import Gender

MINIMUM = 0.26


def make_room(women: int, others: int, *, orgs: int | None = None, not_stated: int = 0) -> list[Person]:
    genders = [Gender.WOMAN] * women + [Gender.MAN] * others + [Gender.NOT_STATED] * not_stated
    return [
        Person(id=f"p{n:03d}", gender=gender, organisation_id=f"o{n % orgs}" if orgs else None)
        for n, gender in enumerate(genders)
    ]


def women_at(balance, people) -> list[int]:
    woman = {p.id for p in people if p.gender == Gender.WOMAN}
    return [sum(person in woman for person in table) for table in balance.tables]


def kinds(balance) -> list[ProblemKind]:
    return [problem.kind for problem in balance.problems]


# -- hand-computed rooms ----------------------------------------------------------------------------------


def test_the_needs_per_table_size():
    # ceil(26 % × size): 1 of 3 is 33 %, but 1 of 4 is only 25 %, so a table of four needs two.
    assert [women_required(size, balance_tables([], 1).minimum) for size in range(1, 9)] == [1, 1, 1, 2, 2, 2, 2, 3]


def test_seven_women_cannot_give_six_tables_of_six_the_minimum():
    people = make_room(women=7, others=29)
    balance = balance_tables(people, 6)
    assert balance.sizes == [6] * 6
    assert balance.women_required == [2] * 6  # ceil(0.26 × 6) = ceil(1.56) = 2, twelve in all
    (problem,) = balance.problems
    assert problem.kind == ProblemKind.NOT_ENOUGH_WOMEN
    assert problem.message == "7 women cannot give 6 tables 26 % each: 12 are needed."
    # Spread as evenly as the sizes allow: no table without a woman while another has several.
    assert sorted(women_at(balance, people)) == [1, 1, 1, 1, 1, 2]
    assert problem.numbers == {"women": 7, "tables": 6, "needed": 12, "tables_short": 5}


def test_design_example_nine_women_for_six_tables_of_six():
    balance = balance_tables(make_room(women=9, others=27), 6)
    assert balance.problems[0].message == "9 women cannot give 6 tables 26 % each: 12 are needed."


def test_the_same_women_are_enough_at_smaller_tables():
    # 18 people at 6 tables of 3: each needs ceil(0.78) = 1, six in all.
    people = make_room(women=7, others=11)
    balance = balance_tables(people, 6)
    assert balance.problems == []
    assert sorted(women_at(balance, people)) == [1, 1, 1, 1, 1, 2]


def test_43_people_at_7_tables():
    people = make_room(women=14, others=29, orgs=10)
    balance = balance_tables(people, 7)
    assert sorted(balance.sizes) == [6, 6, 6, 6, 6, 6, 7]
    assert balance.women_required == [2] * 7  # ceil(1.82) and ceil(1.56)
    assert balance.problems == []
    assert women_at(balance, people) == [2] * 7
    assert sorted(person for table in balance.tables for person in table) == [p.id for p in people]
    # Ten organisations of four or five people at seven tables: colleagues never share a table.
    org = {p.id: p.organisation_id for p in people}
    assert all(max(Counter(org[p] for p in table).values()) == 1 for table in balance.tables)
    one_short = balance_tables(make_room(women=13, others=30), 7)
    assert one_short.problems[0].message == "13 women cannot give 7 tables 26 % each: 14 are needed."


def test_tables_of_four_need_two_women_each():
    balance = balance_tables(make_room(women=3, others=5), 2)
    assert balance.problems[0].message == "3 women cannot give 2 tables 26 % each: 4 are needed."


def test_people_of_unstated_gender_are_not_counted_as_women():
    balance = balance_tables(make_room(women=1, others=2, not_stated=3), 2)
    assert balance.problems[0].numbers["women"] == 1
    assert balance.problems[0].message == "1 woman cannot give 2 tables 26 % each: 2 are needed."


def test_one_table_takes_everyone():
    people = make_room(women=1, others=9)
    balance = balance_tables(people, 1)
    assert balance.tables == [[p.id for p in people]]
    assert balance.problems[0].message == "1 woman cannot give the table 26 %: 3 are needed."


def test_more_tables_than_people_leaves_tables_empty():
    balance = balance_tables(make_room(women=2, others=1), 5)
    assert sorted(balance.sizes) == [0, 0, 1, 1, 1]
    assert kinds(balance) == [ProblemKind.EMPTY_TABLES, ProblemKind.NOT_ENOUGH_WOMEN]
    assert balance.problems[0].message == "3 people for 5 tables: 2 tables stay empty."
    assert balance_tables([], 2).sizes == [0, 0]


def test_colleagues_sit_apart_and_kinds_spread():
    people = [
        Person(id=f"{org}{n}", gender=Gender.WOMAN if n < 2 else Gender.MAN, organisation_id=org,
               sector="academia" if org == "u" else "company", backgrounds=["research" if n % 2 else "industry"])
        for org in ("a", "b", "u") for n in range(4)
    ]
    balance = balance_tables(people, 4)
    by_id = {p.id: p for p in people}
    for table in balance.tables:
        assert sorted(by_id[p].organisation_id for p in table) == ["a", "b", "u"]
        assert Counter(by_id[p].sector for p in table) == {"company": 2, "academia": 1}
        assert set(Counter(b for p in table for b in by_id[p].backgrounds).values()) <= {1, 2}


def test_backgrounds_and_competences_spread_evenly():
    people = [
        Person(id=f"p{n}", gender=Gender.WOMAN, backgrounds=["research" if n < 4 else "industry"],
               competences=["AI/data" if n % 2 else "business"])
        for n in range(8)
    ]
    balance = balance_tables(people, 2)
    by_id = {p.id: p for p in people}
    for table in balance.tables:
        assert Counter(by_id[p].backgrounds[0] for p in table) == {"research": 2, "industry": 2}
        assert Counter(by_id[p].competences[0] for p in table) == {"AI/data": 2, "business": 2}


# -- locks ---------------------------------------------------------------------------------------------------------


def test_locked_people_stay_and_the_rest_is_balanced_around_them():
    people = make_room(women=6, others=6, orgs=6)
    balance = balance_tables(people, 3, locked={"p000": 2, "p001": 2, "p004": 0, "p008": 0})
    assert balance.table_of("p000") == balance.table_of("p001") == 2
    assert balance.table_of("p004") == balance.table_of("p008") == 0
    assert balance.sizes == [4, 4, 4]
    assert balance.problems == []
    assert women_at(balance, people) == [2, 2, 2]  # the two women locked together need no third


def test_locks_that_make_sizes_uneven_win_and_say_so():
    people = make_room(women=3, others=4)
    locks = {"p000": 0, "p003": 0, "p004": 0, "p001": 1, "p005": 1, "p006": 1}
    balance = balance_tables(people, 3, locked=locks)
    assert balance.sizes == [3, 3, 1]
    assert all(balance.table_of(person) == table for person, table in locks.items())
    assert balance.problems[0].kind == ProblemKind.LOCKS_UNEVEN
    assert balance.problems[0].message == "The locked people do not allow an even split: tables will have 1 to 3 people."


def test_locks_that_keep_women_from_a_table():
    # Two tables of three, two women: enough for one each, but three men are locked to the first table.
    people = make_room(women=2, others=4)
    balance = balance_tables(people, 2, locked={"p002": 0, "p003": 0, "p004": 0})
    assert kinds(balance) == [ProblemKind.LOCKS_BLOCK_MINIMUM]
    assert balance.problems[0].numbers == {"tables_short": 1}
    assert balance.problems[0].message.startswith("The locks keep 1 table below 26 % women")


def test_locks_for_people_not_in_the_room_or_tables_that_do_not_exist():
    people = make_room(women=2, others=2)
    balance = balance_tables(people, 2, locked={"gone": 0, "p000": 5, "p001": -1, "p002": 1})
    assert kinds(balance) == [ProblemKind.LOCKED_NOT_PRESENT, ProblemKind.LOCKED_TO_MISSING_TABLE]
    assert balance.problems[0].message == "1 locked person is not in the room; that lock is ignored."
    assert balance.problems[1].message == (
        "2 people are locked to a table that does not exist (there are 2 tables); they are seated freely.")
    assert balance.table_of("p002") == 1
    assert sorted(balance.sizes) == [2, 2]


# -- determinism and input ------------------------------------------------------------------------------------------


def test_same_seed_same_seating_whatever_the_input_order():
    people = make_room(women=12, others=30, orgs=9)
    first = balance_tables(people, 6, seed=4)
    shuffled = people[:]
    random.Random(1).shuffle(shuffled)
    assert balance_tables(shuffled, 6, seed=4).tables == first.tables
    assert any(balance_tables(people, 6, seed=seed).tables != first.tables for seed in range(5, 10))


def test_bad_arguments():
    with pytest.raises(ValueError):
        balance_tables(make_room(1, 1), 0)
    with pytest.raises(ValueError):
        balance_tables(make_room(1, 1), 2, minimum=-0.1)


def test_tables_for_size():
    assert tables_for_size(43, 6) == 8  # never a table of seven
    assert tables_for_size(42, 6) == 7
    assert tables_for_size(5, 6) == 1
    assert tables_for_size(0, 6) == 1
    with pytest.raises(ValueError):
        tables_for_size(10, 0)


def test_percent_text():
    assert percent_text(balance_tables([], 1, minimum=0.26).minimum) == "26 %"
    assert percent_text(balance_tables([], 1, minimum=0.255).minimum) == "25.5 %"


# -- properties over random rooms ----------------------------------------------------------------------------------

GENDERS = [Gender.WOMAN, Gender.MAN, Gender.NON_BINARY, Gender.SELF_DESCRIBED, Gender.NOT_STATED]
SECTORS = ["company", "public_sector", "academia", "non_profit", "other"]
BACKGROUNDS = ["industry", "research", "healthcare", "food", "energy", "student"]
COMPETENCES = ["AI/data", "software", "domain expert", "business", "design"]


@st.composite
def rooms(draw):
    """A room of 2–200 people and 1–20 tables.

    Hypothesis draws the shape (size, tables, how many organisations, how many women) and a number
    from which the people are made: drawing every attribute of 200 people one by one takes Hypothesis
    half a second per room, the seating itself a few milliseconds.
    """
    size = draw(st.integers(2, 200))
    tables = draw(st.integers(1, 20))
    organisations = draw(st.integers(1, 60))
    women_weight = draw(st.sampled_from([0, 1, 2, 3, 5, 8]))
    maker = random.Random(draw(st.integers(0, 2**32)))
    people = []
    for n in range(size):
        org = maker.choice([None] + [f"o{k}" for k in range(organisations)])
        people.append(Person(
            id=f"p{maker.randrange(10**6):06d}-{n}",
            gender=maker.choices(GENDERS, weights=[women_weight, 8, 1, 1, 2])[0],
            organisation_id=org,
            sector=None if org is None else SECTORS[int(org[1:]) % len(SECTORS)],
            backgrounds=maker.sample(BACKGROUNDS, maker.randint(0, 2)),
            competences=maker.sample(COMPETENCES, maker.randint(0, 3)),
        ))
    return people, tables, draw(st.integers(0, 2**32))


@st.composite
def rooms_with_locks(draw):
    people, tables, seed = draw(rooms())
    ids = [p.id for p in people]
    locked = draw(st.dictionaries(st.sampled_from(ids), st.integers(0, tables - 1), max_size=min(8, len(ids))))
    return people, tables, seed, locked


def check_seating(people, tables, balance, locked):
    ids = [p.id for p in people]
    seated = [person for table in balance.tables for person in table]
    assert len(balance.tables) == tables
    assert sorted(seated) == sorted(ids)  # everyone exactly once
    for person, table in locked.items():
        assert balance.table_of(person) == table
    problem_kinds = kinds(balance)
    if ProblemKind.LOCKS_UNEVEN not in problem_kinds:
        assert max(balance.sizes) - min(balance.sizes) <= 1
    women = sum(p.gender == Gender.WOMAN for p in people)
    needs = [women_required(size, balance.minimum) for size in balance.sizes]
    assert balance.women_required == needs
    at_tables = women_at(balance, people)
    if women >= sum(needs):
        assert ProblemKind.NOT_ENOUGH_WOMEN not in problem_kinds
        if ProblemKind.LOCKS_BLOCK_MINIMUM not in problem_kinds:
            assert all(have >= need for have, need in zip(at_tables, needs))
    else:
        (problem,) = [p for p in balance.problems if p.kind == ProblemKind.NOT_ENOUGH_WOMEN]
        assert problem.numbers["women"] == women
        assert problem.numbers["needed"] == sum(needs)
        assert problem.numbers["tables_short"] == sum(have < need for have, need in zip(at_tables, needs))


@given(rooms())
def test_property_balanced_seating(room):
    people, tables, seed = room
    balance = balance_tables(people, tables, MINIMUM, seed=seed)
    check_seating(people, tables, balance, {})
    problem_kinds = kinds(balance)
    assert ProblemKind.LOCKS_UNEVEN not in problem_kinds
    assert ProblemKind.LOCKS_BLOCK_MINIMUM not in problem_kinds
    # Colleagues apart whenever the organisation has no more people than there are tables.
    organisation = {p.id: p.organisation_id for p in people}
    size = Counter(p.organisation_id for p in people if p.organisation_id)
    for table in balance.tables:
        at_table = Counter(organisation[p] for p in table if organisation[p])
        for org, count in at_table.items():
            if size[org] <= tables:
                assert count == 1, (org, size[org], tables)
    # The same seed gives the same seating, in whatever order the people come.
    assert balance_tables(list(reversed(people)), tables, MINIMUM, seed=seed).tables == balance.tables


@given(rooms_with_locks())
def test_property_locked_people_stay(room):
    people, tables, seed, locked = room
    balance = balance_tables(people, tables, MINIMUM, seed=seed, locked=locked)
    check_seating(people, tables, balance, locked)
    assert balance_tables(people, tables, MINIMUM, seed=seed, locked=locked).tables == balance.tables
