"""Files as facilitators have them: Excel's encodings and delimiters, titles above the header, blank
rows, numbers and dates as Excel stores them, Swedish headers, several kinds in one workbook."""

from __future__ import annotations

import datetime as dt

import pytest
from exchange_helpers import write_csv, write_xlsx

from aiall_desktop.exchange import apply_import, read_import
from aiall_desktop.records import ActivityKind, AttendanceStatus, Gender, Sector, SizeClass

SWEDISH = [
    ["Förnamn", "Efternamn", "E-post", "Företag", "Kön"],
    ["Åsa", "Öberg", "asa@example.se", "Kumla Kött & Chark AB", "Kvinna"],
    ["Jörgen", "Ärlig", "jorgen@example.se", "Kumla Kött & Chark AB", "man"],
]


@pytest.mark.parametrize(
    ("encoding", "delimiter", "expected_encoding"),
    [
        ("utf-8", ",", "utf-8"),
        ("utf-8", ";", "utf-8"),
        ("utf-8-sig", ";", "utf-8"),
        ("utf-8-sig", ",", "utf-8"),
        ("cp1252", ";", "cp1252"),
        ("cp1252", ",", "cp1252"),
        ("utf-16", "\t", "utf-16"),
    ],
)
def test_encodings_and_delimiters(store, tmp_path, encoding, delimiter, expected_encoding):
    path = write_csv(tmp_path / "deltagare.csv", SWEDISH, delimiter=delimiter, encoding=encoding)
    plan = read_import(path)
    assert plan.ok, plan.problems
    assert (plan.encoding, plan.delimiter) == (expected_encoding, delimiter)
    apply_import(store, plan)
    people = {p.first_name: p for p in store.participants.list()}
    assert set(people) == {"Åsa", "Jörgen"}
    assert people["Åsa"].last_name == "Öberg" and people["Åsa"].gender is Gender.WOMAN
    assert [o.name for o in store.organisations.list()] == ["Kumla Kött & Chark AB"]


def test_windows_1252_bytes_as_excel_writes_them(store, tmp_path):
    path = tmp_path / "deltagare.csv"
    path.write_bytes("Förnamn;Efternamn;E-post\r\nÅsa;Öberg;asa@example.se\r\n".encode("cp1252"))
    assert b"\xc5sa" in path.read_bytes()  # Å as the single byte C5, not UTF-8
    apply_import(store, read_import(path))
    assert store.participants.list()[0].first_name == "Åsa"


def test_comma_inside_quotes_and_line_breaks_in_cells(store, tmp_path):
    path = tmp_path / "deltagare.csv"
    path.write_text(
        'First name,Last name,Organisation,Notes\r\n'
        'Anna,Ek,"Region Örebro län, Regional utveckling","Two\r\nlines"\r\n'
        'Bo,Ek,,"said ""hej"""\r\n',
        encoding="utf-8",
    )
    plan = read_import(path)
    assert plan.ok and plan.delimiter == ","
    assert [row.row for row in plan.rows["participants"]] == [2, 3]
    apply_import(store, plan)
    people = {p.first_name: p for p in store.participants.list()}
    assert people["Anna"].notes == "Two\r\nlines"
    assert people["Bo"].notes == 'said "hej"'
    assert store.organisations.list()[0].name == "Region Örebro län, Regional utveckling"


def test_header_names_in_their_many_spellings(store, tmp_path):
    path = write_csv(tmp_path / "x.csv", [
        [" FÖRNAMN* ", "efternamn *", "E-mail", "Telefon", "Organization", "Org.nr", "Titel", "Bakgrund",
         "Kompetens", "KÖN", "Samtycke", "Allergier", ""],
        ["Anna", "Ek", "anna@example.se", "070-1234567", "Kumla AB", "5566778899", "VD", "ekonomi; IT",
         "AI/data, mjukvara", "K", "2025-01-31", "nötter", ""],
    ])
    plan = read_import(path)
    assert plan.ok, plan.problems
    assert plan.sheets[0].columns == [
        (" FÖRNAMN* ".strip(), "first_name"), ("efternamn *", "last_name"), ("E-mail", "email"),
        ("Telefon", "phone"), ("Organization", "organisation"), ("Org.nr", "org_number"), ("Titel", "role"),
        ("Bakgrund", "backgrounds"), ("Kompetens", "competences"), ("KÖN", "gender"), ("Samtycke", "consent_date"),
        ("Allergier", None),
    ]
    assert [str(note) for note in plan.notes] == ["column 'Allergier' is not one the import knows; it is left out"]
    apply_import(store, plan)
    person = store.participants.list()[0]
    assert (person.role, person.backgrounds, person.competences) == ("VD", ["ekonomi", "IT"], ["AI/data", "mjukvara"])
    assert person.gender is Gender.WOMAN and person.consent_date == "2025-01-31"
    assert store.organisations.list()[0].org_number == "556677-8899"


def test_messy_workbook(store, tmp_path):
    """A title row and merged group captions above the header, blank rows, numbers and dates as cells."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Blad1"
    sheet["A1"] = "Deltagarlista AI.ALL* – workshop i Kumla"
    sheet.merge_cells("A1:H1")
    sheet["A2"] = "Person"
    sheet.merge_cells("A2:B2")
    sheet["C2"] = "Kontaktuppgifter"
    sheet.merge_cells("C2:D2")
    header = ["Förnamn", "Efternamn", "E-post", "Telefon", "Företag", "Orgnr", "Samtycke", "Kön"]
    for column, text in enumerate(header, start=1):
        sheet.cell(row=3, column=column, value=text)
    rows = {
        5: ["Anna", "Ek", "anna@example.se", 701234567, "Kumla AB", 5566778899, dt.datetime(2025, 3, 4), "Kvinna"],
        6: ["Omar", "Ali", None, 46701234567, "Kumla AB", 5566778899.0, dt.date(2025, 3, 5), None],
        9: ["Eva", "Lind", "eva@example.se", "019-30 30 00", None, None, "2025-03-06", "icke-binär"],
    }
    for number, values in rows.items():
        for column, value in enumerate(values, start=1):
            sheet.cell(row=number, column=column, value=value)
    sheet.cell(row=7, column=11, value=None)  # a stray formatted cell far to the right
    sheet.cell(row=12, column=9, value="Summa: 3")  # a remark outside the table
    path = tmp_path / "deltagare.xlsx"
    workbook.save(path)

    plan = read_import(path)
    assert plan.ok, [str(p) for p in plan.problems]
    assert plan.kinds == ["participants"]
    assert plan.sheets[0].header_row == 3
    assert [row.row for row in plan.rows["participants"]] == [5, 6, 9]
    apply_import(store, plan)
    people = {p.first_name: p for p in store.participants.list()}
    assert people["Anna"].phone == "0701234567"  # the zero Excel dropped is back
    assert people["Omar"].phone == "+46701234567"  # an international number that lost its +
    assert people["Eva"].phone == "019-30 30 00"
    assert people["Anna"].consent_date == "2025-03-04" and people["Omar"].consent_date == "2025-03-05"
    assert people["Eva"].gender is Gender.NON_BINARY and people["Omar"].gender is Gender.NOT_STATED
    assert [(o.name, o.org_number) for o in store.organisations.list()] == [("Kumla AB", "556677-8899")]


def test_problem_rows_are_numbered_as_excel_shows_them(store, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet["A1"] = "Närvarolista"
    sheet.append([])
    sheet.append(["Förnamn", "Efternamn", "E-post"])
    sheet.append(["Anna", "Ek", "anna@example.se"])
    sheet.append([])
    sheet.append([])
    sheet.append(["Bo", "Ek", "bo@"])
    path = tmp_path / "lista.xlsx"
    workbook.save(path)
    assert [str(p) for p in read_import(path).problems] == ["row 7, column E-post: 'bo@' is not an e-mail address"]


def test_workbook_with_every_kind(store, tmp_path):
    path = write_xlsx(tmp_path / "projekt.xlsx", {
        "Instruktioner": [["Fyll i flikarna nedan."], ["Tack!"]],
        "Organisationer": [
            ["Namn", "Organisationsnummer", "Sektor", "Storlek", "Kommun"],
            ["Kumla Livsmedel AB", "556677-8899", "Företag", "Medelstor", "Kumla"],
            ["Örebro universitet", "202100-2973", "Akademi", "Stor", "Örebro"],
        ],
        "Deltagare": [
            ["Förnamn", "Efternamn", "E-post", "Företag", "Kön"],
            ["Anna", "Ek", "anna@example.se", "Kumla Livsmedel AB", "kvinna"],
            ["Karim", "Haddad", "karim@oru.se", "örebro universitet", "man"],
        ],
        "Aktiviteter": [
            ["Titel", "Datum", "Start", "Slut", "Typ", "Plats", "Organisationer"],
            ["Case-workshop", dt.datetime(2025, 3, 4), dt.time(9, 0), dt.time(12, 30), "Workshop", "Kumla",
             "Kumla Livsmedel AB; Örebro universitet"],
        ],
        "Närvaro": [
            ["Aktivitet", "Datum", "E-post", "Status"],
            ["Case-workshop", dt.datetime(2025, 3, 4), "ANNA@example.se", "Närvarande"],
            ["case-workshop", "2025-03-04", "karim@oru.se", "förhinder"],
        ],
        "Tom": [],
    })
    plan = read_import(path)
    assert plan.ok, [str(p) for p in plan.problems]
    assert plan.kinds == ["organisations", "participants", "activities", "attendance"]
    assert [str(note) for note in plan.notes] == [
        "sheet 'Instruktioner' is left out: no row near its top names known columns",
        "sheet 'Tom' is left out: it is empty",
    ]
    result = apply_import(store, plan)
    assert {kind: c.created for kind, c in result.counts.items()} == {
        "organisations": 2, "participants": 2, "activities": 1, "attendance": 2,
    }
    universities = store.organisations.list({"name": "Örebro universitet"})
    assert universities[0].sector is Sector.ACADEMIA and universities[0].size_class is SizeClass.LARGE
    activity = store.activities.list()[0]
    assert (activity.kind, activity.start_time, activity.end_time) == (ActivityKind.CASE_WORKSHOP, "09:00", "12:30")
    assert len(activity.organisation_ids) == 2
    karim = store.participants.list({"email": "karim@oru.se"})[0]
    assert karim.organisation_id == universities[0].id  # matched by name, whatever its case
    statuses = {a.participant_id: a.status for a in store.attendance.list()}
    assert statuses[karim.id] is AttendanceStatus.EXCUSED


def test_kind_from_the_sheet_name_over_the_headers(store, tmp_path):
    # "Namn" and "Företag" alone would read as organisations; the sheet says these are people.
    path = write_xlsx(tmp_path / "x.xlsx", {"Deltagare": [["Namn", "Företag"], ["Anna Ek", "Kumla AB"]]})
    plan = read_import(path)
    assert [str(p) for p in plan.problems] == ["row 1: the participants sheet has no column for First name and Last name"]
    assert store.counts()["organisation"] == 0


def test_explicit_kind_skips_sheets_of_other_kinds(store, tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", {
        "Organisationer": [["Namn"], ["Kumla AB"]],
        "Deltagare": [["Förnamn", "Efternamn"], ["Anna", "Ek"]],
    })
    plan = read_import(path, kind="Deltagare")
    assert plan.ok and plan.kinds == ["participants"]
    assert [str(n) for n in plan.notes] == ["sheet 'Organisationer' is left out: it holds organisations, not participants"]


def test_headers_decide_the_kind_of_a_csv(tmp_path):
    cases = {
        "organisations": [["Namn", "Org.nr", "Sektor"], ["Kumla AB", "", "företag"]],
        "participants": [["Förnamn", "Efternamn", "Titel", "Datum"], ["Anna", "Ek", "VD", "2025-01-01"]],
        "activities": [["Titel", "Datum", "Plats"], ["Workshop", "2025-03-04", "Kumla"]],
        "attendance": [["Aktivitet", "Datum", "Förnamn", "Efternamn"], ["Workshop", "2025-03-04", "Anna", "Ek"]],
    }
    for kind, rows in cases.items():
        plan = read_import(write_csv(tmp_path / "lista.csv", rows))
        assert plan.kinds == [kind], (kind, plan.problems)


def test_a_second_column_for_the_same_field_is_left_out(tmp_path):
    path = write_csv(tmp_path / "x.csv", [["Förnamn", "Efternamn", "E-post", "Mejl"], ["Anna", "Ek", "a@example.se", "x"]])
    plan = read_import(path)
    assert plan.ok
    assert [str(n) for n in plan.notes] == ["column 'Mejl' repeats a column already read; it is left out"]
    assert plan.records("participants")[0].email == "a@example.se"


def test_our_own_formula_guard_is_removed_on_import(store, tmp_path):
    path = write_csv(tmp_path / "x.csv", [["Förnamn", "Efternamn", "Anteckningar"], ["Anna", "Ek", "'=1+1"],
                                          ["Bo", "Ek", "''citat"], ["Cia", "Ek", "'vanlig"]])
    apply_import(store, read_import(path))
    assert {p.first_name: p.notes for p in store.participants.list()} == {"Anna": "=1+1", "Bo": "'citat", "Cia": "'vanlig"}
