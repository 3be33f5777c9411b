"""Finding people at the door by what a facilitator types, and counting who came."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiall_desktop.domain.checkin import WALK_IN, counts, fold, local_clock, match, stamp, words
from aiall_desktop.store.clock import parse_utc


@dataclass
class Row:
    first_name: str
    last_name: str
    organisation: str = ""
    status: str = "invited"
    role: str = "participant"


LUKASZ = Row("Łukasz", "Wójcik", "Örebro Mekaniska AB", "present")
NGUYEN = Row("Nguyễn Thị", "Hương", "Kumla Livsmedel AB")
DJORDJE = Row("Đorđe", "Petrović", "Örebro Mekaniska AB")
ANNA = Row("Anna", "Andersson", "Örebro universitet", "present")
SOREN = Row("Søren", "Ærøskøbing", "Straße GmbH")
FATIMA = Row("فاطمة", "حسن", "Karlskoga Energi & Miljö")
PEOPLE = [LUKASZ, NGUYEN, DJORDJE, ANNA, SOREN, FATIMA]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("lukasz", [LUKASZ]),
        ("LUKASZ", [LUKASZ]),
        ("nguy", [NGUYEN]),
        ("huong", [NGUYEN]),
        ("thi", [NGUYEN]),
        ("dorde", [DJORDJE]),
        ("petrovic", [DJORDJE]),
        ("soren", [SOREN]),
        ("aero", [SOREN]),
        ("strasse", [SOREN]),
        ("فاط", [FATIMA]),
        ("öreb mek", [DJORDJE, LUKASZ]),  # invited first, then by last name
        ("oreb", [DJORDJE, ANNA, LUKASZ]),
        ("mek öreb", [DJORDJE, LUKASZ]),  # the order of the words does not matter
        ("wójcik łukasz", [LUKASZ]),
        ("  anna  ", [ANNA]),
    ],
)
def test_typed_text_finds_people_whatever_the_accents(typed, expected):
    assert match(PEOPLE, typed) == expected


@pytest.mark.parametrize("typed", ["ukasz", "lukasz x", "mekaniska universitet", "zz", "andersson lukasz"])
def test_every_word_must_start_a_word_of_the_person(typed):
    assert match(PEOPLE, typed) == []


def test_invited_people_come_first_then_by_last_and_first_name():
    rows = [Row("Bo", "Berg", status="present"), Row("Cecilia", "Berg"), Row("Adam", "Berg"),
            Row("Åsa", "Aronsson", status="excused"), Row("Olle", "Östlund")]
    assert [(r.first_name, r.last_name) for r in match(rows, "")] == [
        ("Adam", "Berg"), ("Cecilia", "Berg"), ("Olle", "Östlund"), ("Åsa", "Aronsson"), ("Bo", "Berg")]


def test_text_without_words_finds_everyone():
    assert len(match(PEOPLE, "")) == len(PEOPLE)
    assert len(match(PEOPLE, " - ")) == len(PEOPLE)


def test_fold_and_words():
    assert fold("Łukasz") == "lukasz"
    assert fold("Nguyễn") == "nguyen"
    assert fold("Đorđe") == "dorde"
    assert fold("ÆRØ") == "aero"
    assert fold("Straße") == "strasse"
    assert fold(None) == ""
    assert words("Karlskoga Energi & Miljö") == ["karlskoga", "energi", "miljo"]


@given(st.text(max_size=12), st.text(max_size=12), st.text(max_size=12))
def test_a_person_is_found_by_the_start_of_each_of_their_folded_words(first, last, organisation):
    row = Row(first, last, organisation)
    for word in words(first) + words(last) + words(organisation):
        assert match([row], word[:2]) == [row]


def test_counts():
    rows = [Row("A", "A", status="present"), Row("B", "B", status="present", role=WALK_IN),
            Row("C", "C", status="excused"), Row("D", "D"), Row("E", "E", status="no_show"),
            Row("F", "F", status="present")]
    tally = counts(rows)
    assert (tally.invited, tally.present, tally.excused, tally.no_show, tally.total) == (1, 3, 1, 1, 6)
    assert (tally.walk_ins, tally.present_invited, tally.on_invitation) == (1, 2, 5)
    assert counts([]).total == 0


def test_stamp_is_the_stores_utc_format_and_local_clock_reads_it():
    moment = datetime(2025, 3, 12, 9, 2, 30, tzinfo=timezone(timedelta(hours=1)))
    text = stamp(moment)
    assert text == "2025-03-12T08:02:30.000000Z"
    assert parse_utc(text) == moment
    assert local_clock(text) == moment.astimezone().strftime("%H:%M")
    assert local_clock(None) == "" and local_clock("not a time") == ""


@given(st.text(max_size=20))
def test_folding_twice_changes_nothing(text):
    # match() folds both the typed text and the names: a folded name must find itself.
    assert fold(fold(text)) == fold(text)
