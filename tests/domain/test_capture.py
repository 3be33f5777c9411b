"""The quick-capture line: "title @organisation #area", read without a window."""

from __future__ import annotations

import pytest

from aiall_desktop.domain.capture import (
    AMBIGUOUS_AREA,
    AMBIGUOUS_ORGANISATION,
    NO_TITLE,
    SWEDISH_AREA_NAMES,
    UNKNOWN_AREA,
    UNKNOWN_ORGANISATION,
    current_mark,
    fold,
    parse_capture,
)

ORGANISATIONS = {
    "Örebro Mekaniska AB": "org-mek",
    "Karlskoga Energi & Miljö": "org-kem",
    "Kumla Livsmedel AB": "org-kumla",
}

ENGLISH = {
    "smart_industry": "Smart industry",
    "energy": "Energy solutions of tomorrow",
    "food": "Sustainable food supply",
    "welfare": "Welfare and e-health",
    "sustainable_development": "Sustainable development",
}


def area_names() -> dict[str, str]:
    names = {code: code for code in ENGLISH}
    names |= {label: code for code, label in ENGLISH.items()}
    names |= {label: code for code, label in SWEDISH_AREA_NAMES.items()}
    return names


def parse(line: str, organisations=ORGANISATIONS):
    return parse_capture(line, organisations, area_names())


def test_a_plain_line_is_the_title():
    capture = parse("  Predict   scrap in the press line ")
    assert capture.title == "Predict scrap in the press line"
    assert capture.organisation_ids == [] and capture.areas == [] and capture.ok


def test_an_organisation_by_the_start_of_its_name_with_accents_and_case_aside():
    capture = parse("Vision check of welds @öreb")
    assert capture.title == "Vision check of welds"
    assert capture.organisation_ids == ["org-mek"]
    assert parse("Vision check @OREBRO").organisation_ids == ["org-mek"]


def test_an_organisation_name_over_several_words_and_the_title_around_it():
    organisations = ORGANISATIONS | {"Örebro universitet": "org-oru"}
    capture = parse("Chatbot @Örebro universitet for students #welfare", organisations)
    assert capture.title == "Chatbot for students"
    assert capture.organisation_ids == ["org-oru"]
    assert capture.areas == ["welfare"]


def test_a_word_inside_the_name_finds_it_when_no_name_starts_so():
    assert parse("Heat forecasts @miljö").organisation_ids == ["org-kem"]


def test_an_unknown_organisation_is_a_problem_and_nothing_is_guessed():
    capture = parse("Some idea @Xyz #food")
    assert not capture.ok
    assert [p.kind for p in capture.problems] == [UNKNOWN_ORGANISATION]
    assert capture.problems[0].word == "Xyz"
    assert capture.problems[0].message == "No organisation starts with “Xyz”."
    assert capture.organisation_ids == []
    assert capture.areas == ["food"]


def test_a_start_that_fits_two_organisations_asks_for_more():
    organisations = ORGANISATIONS | {"Örebro universitet": "org-oru"}
    capture = parse("Idea @öreb", organisations)
    assert [p.kind for p in capture.problems] == [AMBIGUOUS_ORGANISATION]
    assert capture.problems[0].candidates == ("Örebro Mekaniska AB", "Örebro universitet")
    assert capture.organisation_ids == []


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("energi", "energy"),  # Swedish, a word inside "Morgondagens energilösningar"
        ("energy", "energy"),
        ("food", "food"),
        ("livsmedel", "food"),
        ("välfärd", "welfare"),
        ("valfard", "welfare"),
        ("e-hälsa", "welfare"),
        ("smart", "smart_industry"),
        ("SMART_INDUSTRY", "smart_industry"),
        ("sustainable_development", "sustainable_development"),
        ("utveckling", "sustainable_development"),
    ],
)
def test_an_area_by_code_or_by_the_start_of_a_word_of_its_name_in_either_language(word, code):
    capture = parse(f"Idea #{word}")
    assert capture.ok, capture.problems
    assert capture.areas == [code]


def test_several_areas_make_an_intersection_in_the_order_typed_without_repeats():
    capture = parse("Energy-aware baking #food #energi #livsmedel @kumla")
    assert capture.title == "Energy-aware baking"
    assert capture.areas == ["food", "energy"]
    assert capture.organisation_ids == ["org-kumla"]
    assert len(set(capture.areas)) >= 2


def test_unknown_and_ambiguous_areas():
    capture = parse("Idea #space #hållbar")
    assert [p.kind for p in capture.problems] == [UNKNOWN_AREA, AMBIGUOUS_AREA]
    assert capture.problems[0].message == "No area is called “space”."
    assert set(capture.problems[1].candidates) == {"food", "sustainable_development"}
    assert capture.areas == []


def test_a_line_of_marks_only_has_no_title():
    capture = parse("@kumla #food")
    assert [p.kind for p in capture.problems] == [NO_TITLE]
    assert capture.organisation_ids == ["org-kumla"]


def test_marks_inside_words_and_numbers_are_plain_text():
    capture = parse("Mail info@example.se about the #1 problem, C# tools")
    assert capture.title == "Mail info@example.se about the #1 problem, C# tools"
    assert capture.ok


def test_fold():
    assert fold("Karlskoga Energi & Miljö") == "karlskoga energi miljo"
    assert fold("  Välfärd och e-hälsa ") == "valfard och e halsa"


def test_the_part_under_the_cursor_for_type_ahead():
    line = "Idea @Örebro univ"
    assert current_mark(line, len(line)) == ("@", 5)
    assert current_mark("Idea #ener", 10) == ("#", 5)
    assert current_mark("Idea #food more", 15) is None
    assert current_mark("Mail info@x", 11) is None
    assert current_mark("Idea", 4) is None
