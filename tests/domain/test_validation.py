"""Field rules shared by the forms and the import."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiall_desktop.domain import validation as v
from aiall_desktop.records import ActivityKind, AttendanceStatus, Gender, Sector, SizeClass

# -- organisation numbers ------------------------------------------------------------------------


def _check_digit(nine: str) -> str:
    """The Luhn digit that completes nine digits (computed independently of the code under test)."""
    total = 0
    for position, ch in enumerate(nine):
        product = int(ch) * (2 if position % 2 == 0 else 1)
        total += product // 10 + product % 10
    return str((10 - total % 10) % 10)


valid_org_numbers = st.text("0123456789", min_size=9, max_size=9).map(lambda nine: nine + _check_digit(nine))


def test_known_org_numbers():
    assert v.parse_org_number("556677-8899") == "556677-8899"
    assert v.parse_org_number("5566778899") == "556677-8899"
    assert v.parse_org_number(" 556677 8899 ") == "556677-8899"
    assert v.parse_org_number("16556677-8899") == "556677-8899"
    assert v.parse_org_number("212000-1355") == "212000-1355"  # Örebro kommun
    assert v.check_org_number("556677-8898") == "'556677-8898' is not a valid organisation number (the check digit is wrong)"


def test_org_number_optional_and_malformed():
    assert v.parse_org_number("") is None
    assert v.parse_org_number(None) is None
    assert v.check_org_number("   ") is None
    for text in ("55667-78899", "556677-889", "abcdef-ghij", "556677_8899", "5566778899123", "５５６６７７-８８９９"):
        assert v.check_org_number(text).key == "org_number_format", text


def test_org_number_from_excel_number_cells():
    assert v.normalise_org_number(5566778899) == "556677-8899"
    assert v.normalise_org_number(5566778899.0) == "556677-8899"
    # A sole trader's number is a personal number and may begin with 0, which a number cell drops.
    assert v.normalise_org_number(112345678) == "011234-5678"
    assert v.normalise_org_number(-5) == "-5"


@given(valid_org_numbers.filter(lambda digits: digits != "0000000000"))  # zeros: refused, see the fuzz tests
def test_every_luhn_valid_number_is_accepted(digits):
    assert v.check_org_number(digits) is None
    assert v.parse_org_number(digits) == f"{digits[:6]}-{digits[6:]}"
    assert v.parse_org_number(f"{digits[:6]}-{digits[6:]}") == f"{digits[:6]}-{digits[6:]}"


@given(valid_org_numbers, st.integers(0, 9), st.integers(1, 9))
def test_any_single_changed_digit_is_rejected(digits, position, shift):
    changed = digits[:position] + str((int(digits[position]) + shift) % 10) + digits[position + 1 :]
    message = v.check_org_number(changed)
    assert message is not None and message.key == "org_number_check_digit"


# -- e-mail, phone, names ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["anna@example.se", "Anna.Berg+ai@oru.se", "åsa.öberg@företag.se", "فاطمة@example.com", "x@sub.domain-name.co.uk",
     "  padded@example.se  "],
)
def test_good_email(text):
    assert v.check_email(text) is None
    assert v.parse_email(text) == text.strip()


@pytest.mark.parametrize(
    "text",
    ["anna@", "@example.se", "anna", "anna@@example.se", "an na@example.se", "anna@example", "anna@example.s",
     "anna@-example.se", "anna@example..se", ".anna@example.se", "anna..b@example.se", "anna@exa_mple.se",
     "anna@example.123", "an\tna@example.se", "anna@exam ple.se"],
)
def test_bad_email(text):
    assert v.check_email(text) == f"'{text.strip()}' is not an e-mail address"


def test_email_required_only_where_asked():
    assert v.check_email("") is None
    assert v.check_email("", required=True) == "An e-mail address is required"


@pytest.mark.parametrize("text", ["070-123 45 67", "+46 70 123 45 67", "(019) 30 30 00", "0046701234567", "019303000"])
def test_good_phone(text):
    assert v.check_phone(text) is None


def test_bad_phone():
    assert v.check_phone("") is None
    assert v.check_phone("070 12").key == "phone_digits"
    assert v.check_phone("070-ABC").key == "phone_characters"
    assert v.check_phone("70+123456").key == "phone_characters"
    assert v.check_phone("1" * 18).key == "phone_digits"


@pytest.mark.parametrize("name", ["Anna", "فاطمة", "Nguyễn Thị Hương", "Łukasz", "Đorđević-Wójcik", "O'Brien"])
def test_names_of_every_script(name):
    assert v.parse_name(f"  {name} ") == name


def test_blank_name_and_control_characters():
    assert v.check_name("   ") == "A name is required"
    assert v.check_name("", what="a last name") == "A last name is required"
    assert v.check_name("Anna\tBerg").key == "control_characters"


# -- dates and times -----------------------------------------------------------------------------


def test_dates():
    assert v.parse_date("2025-03-04") == "2025-03-04"
    assert v.parse_date("2025-03-04 00:00:00") == "2025-03-04"
    assert v.parse_date(dt.date(2025, 3, 4)) == "2025-03-04"
    assert v.parse_date(dt.datetime(2025, 3, 4, 0, 0)) == "2025-03-04"
    assert v.parse_date("") is None
    for text in ("2025-02-30", "4/3/2025", "2025-3-4", "20250304", "igår", "2025-03-04 13:00", "２０２５-03-04"):
        assert v.check_date(text) == f"'{text}' is not a date (YYYY-MM-DD)", text


def test_times():
    assert v.parse_time("9:00") == "09:00"
    assert v.parse_time("9.30") == "09:30"
    assert v.parse_time("13:15:00") == "13:15"
    assert v.parse_time(dt.time(8, 5)) == "08:05"
    assert v.parse_time("") is None
    for text in ("25:00", "9", "12:60", "kl 9"):
        assert v.check_time(text) is not None, text


def test_timestamps_kept_as_written():
    assert v.parse_timestamp("2025-03-04T13:05:00+00:00") == "2025-03-04T13:05:00+00:00"
    assert v.parse_timestamp(dt.datetime(2025, 3, 4, 13, 5)) == "2025-03-04T13:05:00"
    with pytest.raises(v.InvalidValue):
        v.parse_timestamp("2025-03-04")


# -- choices -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("woman", Gender.WOMAN), ("Kvinna", Gender.WOMAN), ("FEMALE", Gender.WOMAN), ("f", Gender.WOMAN),
        ("K", Gender.WOMAN), ("man", Gender.MAN), ("Male", Gender.MAN), ("m", Gender.MAN),
        ("non-binary", Gender.NON_BINARY), ("Icke-binär", Gender.NON_BINARY), ("non_binary", Gender.NON_BINARY),
        ("not stated", Gender.NOT_STATED), ("Vill ej uppge", Gender.NOT_STATED), ("", Gender.NOT_STATED),
        ("  ", Gender.NOT_STATED), ("self-described", Gender.SELF_DESCRIBED),
    ],
)
def test_gender_words(text, expected):
    assert v.parse_gender(text) == expected


@pytest.mark.parametrize(
    ("enum", "text", "expected"),
    [
        (Sector, "Företag", Sector.COMPANY), (Sector, "company", Sector.COMPANY),
        (Sector, "Offentlig sektor", Sector.PUBLIC_SECTOR), (Sector, "public_sector", Sector.PUBLIC_SECTOR),
        (Sector, "Akademi", Sector.ACADEMIA), (Sector, "ideell", Sector.NON_PROFIT),
        (Sector, "Non-profit", Sector.NON_PROFIT), (Sector, "annat", Sector.OTHER),
        (SizeClass, "Mikro", SizeClass.MICRO), (SizeClass, "liten", SizeClass.SMALL),
        (SizeClass, "Medelstor", SizeClass.MEDIUM), (SizeClass, "STOR", SizeClass.LARGE),
        (ActivityKind, "Nätverksmöte", ActivityKind.NETWORK_MEETING),
        (ActivityKind, "company visit", ActivityKind.COMPANY_VISIT),
        (ActivityKind, "Företagsbesök", ActivityKind.COMPANY_VISIT),
        (ActivityKind, "case_workshop", ActivityKind.CASE_WORKSHOP),
        (ActivityKind, "Demonstration", ActivityKind.DEMONSTRATION),
        (AttendanceStatus, "Närvarande", AttendanceStatus.PRESENT), (AttendanceStatus, "present", AttendanceStatus.PRESENT),
        (AttendanceStatus, "inbjuden", AttendanceStatus.INVITED), (AttendanceStatus, "Förhinder", AttendanceStatus.EXCUSED),
        (AttendanceStatus, "uteblev", AttendanceStatus.NO_SHOW), (AttendanceStatus, "no-show", AttendanceStatus.NO_SHOW),
    ],
)
def test_choice_words(enum, text, expected):
    assert v.parse_choice(enum, text) == expected


def test_unknown_choice_word_names_the_choices():
    message = v.check_choice(Gender, "kanske")
    assert message == "'kanske' is not a known gender; use one of: woman, man, non-binary, self-described, not stated"
    assert message.key == "choice" and message.values["value"] == "kanske"
    assert v.parse_choice(Sector, "") is None


@pytest.mark.parametrize("enum", [Gender, Sector, SizeClass, ActivityKind, AttendanceStatus])
def test_every_choice_reads_back_its_export_label_and_value(enum):
    for member in enum:
        assert v.parse_choice(enum, v.choice_label(member)) is member
        assert v.parse_choice(enum, member.value) is member


# -- tags and messages ---------------------------------------------------------------------------


def test_split_tags():
    assert v.split_tags("AI/data; software, domain expert") == ["AI/data", "software", "domain expert"]
    assert v.split_tags(" ;; , ") == []
    assert v.split_tags("AI, ai,  Energi  system ") == ["AI", "Energi system"]
    assert v.split_tags("Region Örebro län, RU; Kumla", separators=";") == ["Region Örebro län, RU", "Kumla"]
    assert v.split_tags(None) == []


@given(st.lists(st.text(st.characters(blacklist_characters=";,", blacklist_categories=("Cs",))), max_size=6))
def test_join_then_split_keeps_clean_tags(tags):
    clean = v.split_tags(tags)
    assert v.split_tags(v.join_tags(clean)) == clean


def test_messages_are_strings_that_remember_their_key():
    message = v.check_email("anna@")
    assert isinstance(message, str)
    assert message.key == "email" and message.values == {"value": "anna@"}
    assert v.MESSAGES[message.key].format(**message.values) == message
    assert pickle.loads(pickle.dumps(message)).key == "email"


def test_long_values_are_shortened_in_messages():
    message = v.check_email("x" * 200)
    assert len(message) < 80 and "…" in message
