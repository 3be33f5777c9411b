"""The field rules the forms and the import share (``domain/validation.py``), fed anything at all.

Each ``parse_*`` returns a value or raises its ``InvalidValue`` with a short message, never anything
else; each ``check_*`` says the same thing as its ``parse_*``; a value a rule produced passes that rule
again unchanged (so what a form saves, reloaded and saved again, stays the same). Inputs are random
text of every script and category, near-misses of valid values, and the cell types an XLSX import
hands over (numbers, NaN, infinities, dates, times, booleans, None).

The GUI counterpart, typing into the real participant form, is ``tests/gui/test_fuzz_participant_form.py``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from decimal import Decimal

import pytest
from fuzz_helpers import event
from hypothesis import given
from hypothesis import strategies as st

from aiall_desktop.domain import validation as v
from aiall_desktop.records import ActivityKind, AttendanceStatus, Gender, Sector, SizeClass

any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)
# Text close to what each rule accepts, so that both answers are met often.
near_text = st.one_of(
    st.from_regex(r"\A\s?(16)?\d{6}[- ]?\d{4}\s?\Z"),  # org numbers
    st.from_regex(r"\A[\w.+-]{1,12}@[\w-]{1,10}(\.[\w-]{1,6}){1,2}\Z"),  # e-mail addresses
    st.from_regex(r"\A\+?[0-9 ()\-]{0,22}\Z"),  # phone numbers
    st.from_regex(r"\A\d{4}-\d{2}-\d{2}([ T]00:00(:00(\.0+)?)?)?\Z"),  # dates
    st.from_regex(r"\A\d{1,2}[:.]\d{2}([:.]\d{2})?\Z"),  # times
    st.from_regex(r"\A\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}.{0,12}\Z"),  # timestamps
    st.sampled_from(["", " ", "\t", "\u00a0", "\u200b", "\u202e", "٠١٢٣٤٥-٦٧٨٩", "５５６０３６-０７９３",
                     "Kvinna", "ICKE-BINÄR", "företag", "-", "—", "ﬁ", "İ", "ß"]),
)
cells = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.decimals(allow_nan=True),
    st.dates(), st.datetimes(), st.times(),
)
values = st.one_of(any_text, near_text, near_text.map(lambda t: f"  {t} "), cells)

# The rules whose value is stored as given back: (name, parse, check).
RULES: list[tuple[str, Callable, Callable]] = [
    ("name", v.parse_name, v.check_name),
    ("org_number", v.parse_org_number, v.check_org_number),
    ("email", v.parse_email, v.check_email),
    ("required email", lambda x: v.parse_email(x, required=True), lambda x: v.check_email(x, required=True)),
    ("phone", v.parse_phone, v.check_phone),
    ("date", v.parse_date, v.check_date),
    ("time", v.parse_time, v.check_time),
    ("timestamp", v.parse_timestamp, lambda x: None),
    *[(enum.__name__, (lambda x, e=enum: v.parse_choice(e, x)), (lambda x, e=enum: v.check_choice(e, x)))
      for enum in (Gender, Sector, SizeClass, ActivityKind, AttendanceStatus)],
]


def assert_clear_message(invalid: v.InvalidValue) -> None:
    message = invalid.message
    assert isinstance(message, v.Message) and message.key in v.MESSAGES
    assert str(invalid) == message and message.strip()
    # A quoted value is cut to 40 characters: a message stays readable in a list of problems.
    limit = 600 if message.key == "choice" else 200
    assert len(message) <= limit, message


def outcome(parse: Callable, value: object):
    try:
        return True, parse(value)
    except v.InvalidValue as invalid:
        assert_clear_message(invalid)
        return False, invalid.message


@pytest.mark.parametrize("name, parse, check", RULES, ids=[rule[0] for rule in RULES])
@given(value=values)
def test_each_rule_gives_a_value_or_its_message(name, parse, check, value):
    ok, result = outcome(parse, value)
    event("valid" if ok else "invalid")
    if name != "timestamp":
        assert check(value) == (None if ok else result)
    if ok and isinstance(result, str):
        # What a rule gave back passes it again unchanged: saving a form twice stores the same thing.
        assert outcome(parse, result) == (True, result)


@given(value=values)
def test_words_and_tags_of_anything(value):
    key = v.word_key(value)
    assert key == v.word_key(key) and all(ch.isalnum() for ch in key)
    tags = v.split_tags(value)
    assert all(tag and tag == tag.strip() for tag in tags)
    assert len({tag.casefold() for tag in tags}) == len(tags)
    assert v.split_tags(v.join_tags(tags)) == tags  # a tag list shown in a field reads back the same


@given(end=values, start=values)
def test_an_end_time_is_after_its_start_or_explained(end, start):
    ok, result = outcome(lambda value: v.parse_end_time(value, start), end)
    if ok and result is not None:
        try:
            begins = v.time_minutes(start)
        except v.InvalidValue:
            return
        assert v.time_minutes(result) > begins
    assert v.check_end_time(end, start) == (None if ok else result)


@pytest.mark.parametrize("number", [math.nan, math.inf, -math.inf, 1e300, 5560360793.5, True, -5560360793,
                                    Decimal("NaN")])
def test_number_cells_that_are_no_org_number(number):
    """What an XLSX cell may hold where an organisation number goes: refused with the rule's message."""
    ok, _result = outcome(v.parse_org_number, number)
    assert not ok


@pytest.mark.parametrize("number", [5560360793, 5560360793.0, 16_5560360793, "5560360793", "16556036-0793"])
def test_number_cells_that_are_an_org_number(number):
    assert outcome(v.parse_org_number, number) == (True, "556036-0793")


@pytest.mark.parametrize("value", ["000000-0000", 0, -0.0])
def test_an_org_number_of_zeros_is_refused(value):
    ok, _result = outcome(v.parse_org_number, value)
    assert not ok


@pytest.mark.parametrize("cell", [dt.date(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59), dt.time(0, 0),
                                  dt.time(23, 59, 59, 999999), dt.datetime(2025, 3, 12, 9, 0)])
def test_date_and_time_cells(cell):
    for parse in (v.parse_date, v.parse_time, v.parse_timestamp):
        outcome(parse, cell)
