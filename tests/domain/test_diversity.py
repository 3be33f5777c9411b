"""The diversity figures: counts and shares, the 26 % rule on exact fractions, and the period summary."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from aiall_desktop.domain.diversity import (
    Person,
    PersonLike,
    Verdict,
    as_fraction,
    composition,
    period_summary,
    reason,
    women_to_add,
)
from aiall_desktop.records import Gender


def room(women: int = 0, men: int = 0, not_stated: int = 0, non_binary: int = 0, prefix: str = "p") -> list[Person]:
    genders = ([Gender.WOMAN] * women + [Gender.MAN] * men + [Gender.NOT_STATED] * not_stated
               + [Gender.NON_BINARY] * non_binary)
    return [Person(id=f"{prefix}{n}", gender=gender) for n, gender in enumerate(genders)]


# -- the rule --------------------------------------------------------------------------------------------


def test_exactly_26_percent_passes_and_one_woman_less_fails():
    passing = composition(room(women=13, men=37))
    assert passing.women_share == Fraction(13, 50)
    assert passing.verdict == Verdict.PASSES
    assert (passing.women_needed, passing.women_short) == (0, 0)
    failing = composition(room(women=12, men=38))
    assert failing.verdict == Verdict.FAILS
    # (12 + w) / (50 + w) >= 13/50  ⇔  w >= 50/37 = 1.35…  → 2; swapping one man for a woman suffices.
    assert (failing.women_needed, failing.women_short) == (2, 1)


def test_floats_would_get_the_boundary_wrong_but_the_rule_does_not():
    # The float 0.26 is a little more than 13/50, so 13 of 50 would fail a float comparison.
    assert Fraction(0.26) > Fraction(13, 50)
    assert as_fraction(0.26) == Fraction(13, 50)
    # 0.28 * 25 is 7.000000000000001: a float ceiling would ask for 8 women where 7 are exactly 28 %.
    assert 0.28 * 25 > 7
    exactly = composition(room(women=7, men=18), minimum=0.28)
    assert (exactly.verdict, exactly.women_required, exactly.women_short) == (Verdict.PASSES, 7, 0)
    assert composition(room(women=13, men=37), minimum=0.26).women_required == 13


def test_just_below_the_minimum_fails():
    # 259 of 1000 is 25.9 %.
    assert composition(room(women=259, men=741)).verdict == Verdict.FAILS
    assert composition(room(women=260, men=740)).verdict == Verdict.PASSES


def test_the_minimum_is_a_setting():
    group = room(women=3, men=7)
    assert composition(group, minimum=0.3).verdict == Verdict.PASSES
    assert composition(group, minimum=0.31).verdict == Verdict.FAILS
    assert composition(group, minimum=Fraction(1, 3)).women_needed == 1  # 4 of 11 ≥ 1/3
    with pytest.raises(ValueError):
        composition(group, minimum=1.5)


def test_unstated_genders_stay_in_the_denominator_and_make_it_undetermined():
    c = composition(room(women=2, men=8, not_stated=2))
    assert c.women_share == Fraction(2, 12)
    assert c.possible_share == Fraction(4, 12)
    assert c.verdict == Verdict.UNDETERMINED
    assert c.women_needed == 2  # (2 + 2) / (12 + 2) = 28.6 %; 3/13 = 23 % is not enough
    assert c.women_short == 2  # ceil(0.26 × 12) = 4


def test_too_few_even_if_every_unstated_person_were_a_woman_fails():
    c = composition(room(women=1, men=10, not_stated=1))
    assert c.possible_share == Fraction(2, 12)
    assert c.verdict == Verdict.FAILS


def test_non_binary_people_count_in_the_group_but_not_as_women():
    c = composition(room(women=1, men=2, non_binary=1))
    assert c.people == 4
    assert c.genders[Gender.NON_BINARY] == 1
    assert c.women_share == Fraction(1, 4)
    assert c.verdict == Verdict.FAILS


# -- edge cases -------------------------------------------------------------------------------------------


def test_an_empty_group_is_empty_not_failing():
    c = composition([])
    assert c.verdict == Verdict.EMPTY
    assert c.people == 0
    assert c.women_share is None and c.possible_share is None
    assert (c.women_needed, c.women_short) == (0, 0)
    assert all(share is None for share in c.gender_shares.values())
    assert c.backgrounds.largest_share is None


def test_one_person():
    assert composition(room(women=1)).verdict == Verdict.PASSES
    man = composition(room(men=1))
    assert man.verdict == Verdict.FAILS
    assert (man.women_needed, man.women_short) == (1, 1)  # 1 of 2 is 50 %
    assert composition(room(not_stated=1)).verdict == Verdict.UNDETERMINED


def test_everyone_unstated_is_undetermined():
    c = composition(room(not_stated=20))
    assert c.women_share == 0
    assert c.possible_share == 1
    assert c.verdict == Verdict.UNDETERMINED
    assert c.women_needed == 8  # 8 / 28 = 28.6 %, 7 / 27 = 25.9 %
    assert composition(room(not_stated=20), minimum=0).verdict == Verdict.PASSES


def test_a_minimum_no_number_of_women_can_reach():
    assert women_to_add(women=3, people=4, minimum=Fraction(1)) is None
    assert composition(room(women=3, men=1), minimum=1).women_needed is None
    assert composition(room(women=3), minimum=1).verdict == Verdict.PASSES


@pytest.mark.parametrize(("women", "people", "needed"), [(0, 10, 4), (2, 10, 1), (3, 10, 0), (0, 3, 2), (5, 40, 8)])
def test_women_needed_is_the_fewest_that_pass(women, people, needed):
    minimum = Fraction(13, 50)
    assert women_to_add(women, people, minimum) == needed
    assert Fraction(women + needed, people + needed) >= minimum
    if needed:
        assert Fraction(women + needed - 1, people + needed - 1) < minimum


def test_the_same_person_twice_counts_once():
    anna = Person(id="a", gender=Gender.WOMAN)
    assert composition([anna, anna, Person(id="b", gender=Gender.MAN)]).people == 2


def test_gender_as_text_or_missing():
    c = composition([Person(id="a", gender="woman"), Person(id="b", gender=None), Person(id="c", gender="")])
    assert (c.women, c.not_stated) == (1, 2)
    with pytest.raises(ValueError):
        composition([Person(id="x", gender="female")])


# -- what else the figure shows ----------------------------------------------------------------------------


def test_counts_by_organisation_sector_background_and_competence():
    people = [
        Person(id="1", gender=Gender.WOMAN, organisation_id="o1", sector="company",
               backgrounds=["industry", "research"], competences=["AI/data"]),
        Person(id="2", gender=Gender.MAN, organisation_id="o1", sector="company",
               backgrounds=["industry"], competences=["AI/data", "software"]),
        Person(id="3", gender=Gender.SELF_DESCRIBED, organisation_id="o2", sector="academia",
               backgrounds=["research"], competences=[]),
        Person(id="4", gender=Gender.NOT_STATED, organisation_id=None, sector=None,
               backgrounds=[], competences=["design"]),
    ]
    c = composition(people)
    assert c.genders == {Gender.WOMAN: 1, Gender.MAN: 1, Gender.NON_BINARY: 0, Gender.SELF_DESCRIBED: 1,
                         Gender.NOT_STATED: 1}
    assert c.gender_shares[Gender.SELF_DESCRIBED] == Fraction(1, 4)
    assert c.organisations == 2
    assert c.organisation_counts == {"o1": 2, "o2": 1}
    assert c.without_organisation == 1
    assert (c.sectors, c.without_sector) == ({"company": 2, "academia": 1}, 1)
    assert c.backgrounds.counts == {"industry": 2, "research": 2}
    assert (c.backgrounds.kinds, c.backgrounds.stated, c.backgrounds.unstated) == (2, 3, 1)
    assert c.backgrounds.largest == "industry"  # alphabetically first of the two most common
    assert c.backgrounds.largest_share == Fraction(2, 3)
    assert c.competences.counts == {"AI/data": 2, "design": 1, "software": 1}
    assert c.competences.largest_share == Fraction(2, 3)


def test_reason_carries_the_numbers_for_the_window():
    why = reason(composition(room(women=2, men=8, not_stated=2)))
    assert why.verdict == Verdict.UNDETERMINED
    assert (why.people, why.women, why.not_stated, why.women_required) == (12, 2, 2, 4)
    assert (why.women_share, why.possible_share) == (Fraction(1, 6), Fraction(1, 3))
    assert (why.women_needed, why.women_short, why.minimum) == (2, 2, Fraction(13, 50))


def test_person_satisfies_the_protocol():
    assert isinstance(Person(id="a"), PersonLike)


# -- over a period --------------------------------------------------------------------------------------------


def test_period_summary_judges_each_activity_and_draws_the_monthly_trend():
    summary = period_summary([
        ("b", "2025-03-20", room(women=1, men=9, prefix="b")),             # fails
        ("a", date(2025, 3, 12), room(women=13, men=37, prefix="a")),      # passes, exactly 26 %
        ("c", "2025-04-02", room(women=1, men=3, not_stated=1, prefix="c")),  # undetermined
        ("d", "2025-04-30", []),                                            # nobody yet
        ("e", "2025-04-09", room(women=2, men=2, prefix="e")),             # passes
    ], minimum=0.26)
    assert [figure.activity_id for figure in summary.activities] == ["a", "b", "c", "e", "d"]
    assert summary.activities[0].date == "2025-03-12"
    assert summary.verdicts == {Verdict.PASSES: 2, Verdict.FAILS: 1, Verdict.UNDETERMINED: 1, Verdict.EMPTY: 1}
    assert (summary.judged, summary.passing, summary.pass_share) == (4, 2, Fraction(1, 2))
    march, april = summary.months
    assert (march.month, march.activities, march.attendances, march.women) == ("2025-03", 2, 60, 14)
    assert march.women_share == Fraction(14, 60)
    assert (march.passing, march.judged) == (1, 2)
    assert (april.month, april.activities, april.attendances, april.women, april.not_stated) == ("2025-04", 3, 9, 3, 1)
    assert (april.passing, april.judged) == (1, 2)


def test_an_empty_period():
    summary = period_summary([])
    assert summary.activities == [] and summary.months == []
    assert summary.pass_share is None
    only_empty = period_summary([("a", "2025-01-01", [])])
    assert only_empty.pass_share is None
    assert only_empty.months[0].women_share is None
