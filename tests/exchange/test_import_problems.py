"""Bad rows are all listed, by row and column as Excel shows them, and nothing is written."""

from __future__ import annotations

import pytest
from exchange_helpers import dump, write_csv, write_xlsx

from aiall_desktop.exchange import ImportRefused, apply_import, read_import

PEOPLE_HEADER = ["Förnamn", "Efternamn", "E-post", "Företag", "Organisationsnummer", "Kön", "Samtycke"]


def messages(plan) -> list[str]:
    return [str(problem) for problem in plan.problems]


def test_every_bad_participant_row_is_listed(register, tmp_path):
    path = write_csv(tmp_path / "deltagare.csv", [
        PEOPLE_HEADER,
        ["Anna", "Ek", "anna@", "Kumla Livsmedel AB", "", "Kvinna", ""],           # row 2: bad e-mail
        ["Omar", "Ali", "omar@example.se", "Nytt AB", "556677-8898", "Man", ""],   # row 3: bad check digit
        ["Eva", "Lind", "eva@example.se", "", "", "kanske", ""],                   # row 4: unknown gender word
        ["Karin", "", "karin@example.se", "", "", "", ""],                         # row 5: no last name
        ["Per", "Holm", "per@example.se", "", "", "", "förra veckan"],             # row 6: not a date
        ["Pia", "Holm", "Eva@Example.se", "", "", "", ""],                         # row 7: same e-mail as row 4
        ["", "", "", "", "", "", ""],                                              # row 8: blank, skipped
        ["Bo", "Ek", "bo@example", "", "12345", "x", "2025-13-01"],                # row 9: three bad cells
    ])
    before, counts = dump(register), register.counts()
    plan = read_import(path, store=register)
    # Row 7 repeats row 4's e-mail, but row 4 is refused already; the repeat shows once row 4 is fixed.
    assert sorted(messages(plan)) == sorted([
        "row 2, column E-post: 'anna@' is not an e-mail address",
        "row 3, column Organisationsnummer: '556677-8898' is not a valid organisation number (the check digit is wrong)",
        "row 4, column Kön: 'kanske' is not a known gender; use one of: woman, man, non-binary, self-described, not stated",
        "row 5, column Efternamn: Last name is required",
        "row 6, column Samtycke: 'förra veckan' is not a date (YYYY-MM-DD)",
        "row 9, column E-post: 'bo@example' is not an e-mail address",
        "row 9, column Organisationsnummer: '12345' is not an organisation number (NNNNNN-NNNN)",
        "row 9, column Kön: 'x' is not a known gender; use one of: woman, man, non-binary, self-described, not stated",
        "row 9, column Samtycke: '2025-13-01' is not a date (YYYY-MM-DD)",
    ])
    with pytest.raises(ImportRefused) as refused:
        apply_import(register, plan)
    assert len(refused.value.problems) == 9
    assert register.counts() == counts
    assert dump(register) == before


def test_duplicate_email_in_the_file_names_both_rows(store, tmp_path):
    path = write_csv(tmp_path / "deltagare.csv", [
        PEOPLE_HEADER,
        ["Anna", "Ek", "anna@example.se", "", "", "", ""],
        ["Bo", "Ek", "bo@example.se", "", "", "", ""],
        ["Anna", "Eklund", "ANNA@example.se ", "", "", "", ""],
    ])
    plan = read_import(path)
    assert messages(plan) == ["row 4, column E-post: ANNA@example.se is also on row 2"]
    with pytest.raises(ImportRefused):
        apply_import(store, plan)
    assert store.counts()["participant"] == 0


def test_unknown_activity_and_person_in_attendance(register, tmp_path):
    path = write_csv(tmp_path / "närvaro.csv", [
        ["Aktivitet", "Datum", "E-post", "Förnamn", "Efternamn", "Status"],
        ["Case-workshop: AI i livsmedel", "2025-03-04", "fatima@example.org", "", "", "närvarande"],
        ["Case-workshop: AI i livsmedel", "2025-03-05", "fatima@example.org", "", "", "närvarande"],  # wrong date
        ["Sommarfest", "2025-06-01", "asa@example.se", "", "", ""],
        ["Företagsbesök", "2025-04-10", "nobody@example.se", "", "", "inbjuden"],
        ["Företagsbesök", "2025-04-10", "", "Anna", "Berg", "inbjuden"],  # two Anna Berg in the register
        ["Företagsbesök", "2025-04-10", "", "Åsa", "Öberg", "kommer kanske"],
        ["Företagsbesök", "", "", "Åsa", "Öberg", ""],
    ])
    before = dump(register)
    plan = read_import(path, store=register)
    assert sorted(messages(plan)) == sorted([
        "row 3, column Aktivitet: there is no activity 'Case-workshop: AI i livsmedel' on 2025-03-05 in the register or the file",
        "row 4, column Aktivitet: there is no activity 'Sommarfest' on 2025-06-01 in the register or the file",
        "row 5, column E-post: there is no participant with e-mail nobody@example.se in the register or the file",
        "row 6, column Efternamn: 2 participants are called Anna Berg; give the e-mail address",
        "row 7, column Status: 'kommer kanske' is not a known attendance status; use one of: invited, present, excused, no-show",
        "row 8, column Aktivitet: which activity? Fill in Activity and Date, or Activity ID",
    ])
    with pytest.raises(ImportRefused):
        apply_import(register, plan)
    assert dump(register) == before


def test_reference_problems_are_found_at_apply_too(register, tmp_path):
    """A plan read without a store cannot look up references; applying it still refuses, writing nothing."""
    path = write_csv(tmp_path / "närvaro.csv", [
        ["Aktivitet", "Datum", "E-post", "Status"],
        ["Företagsbesök", "2025-04-10", "asa@example.se", "närvarande"],
        ["Sommarfest", "2025-06-01", "asa@example.se", ""],
    ])
    plan = read_import(path)
    assert plan.ok
    before = dump(register)
    with pytest.raises(ImportRefused) as refused:
        apply_import(register, plan)
    assert [str(p) for p in refused.value.problems] == [
        "row 3, column Aktivitet: there is no activity 'Sommarfest' on 2025-06-01 in the register or the file"
    ]
    assert dump(register) == before


def test_bad_rows_of_every_kind_in_one_workbook(register, tmp_path):
    path = write_xlsx(tmp_path / "allt.xlsx", {
        "Organisationer": [
            ["Namn", "Org.nr", "Sektor", "Storlek"],
            ["Nytt AB", "5566778899", "företag", "jätte"],
            ["", "212000-1355", "offentlig", ""],
        ],
        "Deltagare": [
            ["Förnamn", "Efternamn", "E-post"],
            ["Anna", "Ek", "anna@@example.se"],
        ],
        "Aktiviteter": [
            ["Titel", "Datum", "Start", "Typ"],
            ["Workshop", "nästa vecka", "9:00", "workshop"],
            ["Demo", "2025-09-01", "25:00", "fest"],
        ],
    })
    before = dump(register)
    plan = read_import(path, store=register)
    assert sorted(messages(plan)) == sorted([
        "sheet Organisationer, row 2, column Storlek: 'jätte' is not a known size class; use one of: micro, small, medium, large",
        "sheet Organisationer, row 3, column Namn: Name is required",
        "sheet Deltagare, row 2, column E-post: 'anna@@example.se' is not an e-mail address",
        "sheet Aktiviteter, row 2, column Datum: 'nästa vecka' is not a date (YYYY-MM-DD)",
        "sheet Aktiviteter, row 3, column Start: '25:00' is not a time of day (HH:MM)",
        "sheet Aktiviteter, row 3, column Typ: 'fest' is not a known activity kind; use one of: "
        "case-identification workshop, network meeting, company visit, case development session, demonstration",
    ])
    with pytest.raises(ImportRefused):
        apply_import(register, plan)
    assert dump(register) == before


def test_missing_required_column_is_one_clear_problem(store, tmp_path):
    path = write_csv(tmp_path / "deltagare.csv", [["Förnamn", "E-post"], ["Anna", "anna@example.se"]])
    plan = read_import(path, kind="participants")
    assert messages(plan) == ["row 1: the participants sheet has no column for Last name"]


def test_a_file_of_no_known_kind(store, tmp_path):
    path = write_csv(tmp_path / "inköp.csv", [["Vara", "Pris"], ["Kaffe", "45"]])
    plan = read_import(path)
    assert len(plan.problems) == 1 and "cannot tell what this sheet holds" in str(plan.problems[0])
    assert plan.row_count == 0


def test_unknown_kind_argument(store, tmp_path):
    path = write_csv(tmp_path / "x.csv", [["Förnamn", "Efternamn"], ["A", "B"]])
    plan = read_import(path, kind="cases")
    assert messages(plan) == [
        "'cases' is not a kind the import knows; use one of: organisations, participants, activities, attendance"
    ]


def test_old_excel_format_and_missing_file(tmp_path):
    (tmp_path / "gammal.xls").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))
    assert "old Excel format" in messages(read_import(tmp_path / "gammal.xls"))[0]
    assert "cannot be opened" in messages(read_import(tmp_path / "finns-inte.csv"))[0]


def test_damaged_workbook(tmp_path):
    path = tmp_path / "trasig.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip file")
    assert messages(read_import(path)) == ["the file cannot be read as an Excel workbook (BadZipFile)"]


def test_empty_file(tmp_path):
    path = tmp_path / "tom.csv"
    path.write_bytes(b"")
    assert messages(read_import(path)) == ["the file holds nothing to import"]


def test_same_person_twice_by_different_keys_is_refused(register, tmp_path):
    """One row by e-mail, another by name and organisation: both are Hương; the second is refused."""
    path = write_csv(tmp_path / "deltagare.csv", [
        ["Förnamn", "Efternamn", "E-post", "Företag"],
        ["Hương", "Nguyễn Thị", "huong@example.net", "Kumla Livsmedel AB"],
        ["Anna", "Berg", "", "Kumla Livsmedel AB"],
        ["Anna", "Berg", "anna.berg@example.se", "Kumla Livsmedel AB"],
    ])
    plan = read_import(path, store=register)
    assert messages(plan) == [
        "row 4: this row and row 3 are the same participant (Anna Berg)"
    ]
