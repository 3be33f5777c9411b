"""Header vocabularies, header-row finding and the CSV reader's guesses."""

from __future__ import annotations

import pytest

from aiall_desktop.exchange import headers
from aiall_desktop.exchange.readers import decode, detect_delimiter


@pytest.mark.parametrize(
    ("written", "kind", "field"),
    [
        ("Förnamn", "participants", "first_name"), ("FIRST NAME", "participants", "first_name"),
        (" E-post* ", "participants", "email"), ("Email", "participants", "email"), ("E-mail", "participants", "email"),
        ("Org.nr", "organisations", "org_number"), ("Organisationsnummer", "organisations", "org_number"),
        ("Org number", "participants", "org_number"), ("Organisation", "organisations", "name"),
        ("Organisation", "participants", "organisation"), ("Titel", "participants", "role"),
        ("Titel", "activities", "title"), ("Slut", "activities", "end_time"), ("Typ", "activities", "kind"),
        ("Kön", "participants", "gender"), ("Samtycke", "participants", "consent_date"),
        ("Storlek", "organisations", "size_class"), ("Kommun", "organisations", "municipality"),
        ("Aktivitet", "attendance", "activity"), ("Status", "attendance", "status"),
    ],
)
def test_header_words(written, kind, field):
    assert headers.map_columns(kind, [written]).fields == {field: 0}


def test_every_field_reads_back_its_own_export_header():
    for kind, fields in headers.FIELDS.items():
        columns = headers.map_columns(kind, [f.header for f in fields])
        assert list(columns.fields) == [f.name for f in fields] and not columns.ignored


def test_no_header_word_means_two_fields_within_a_kind():
    for kind, fields in headers.FIELDS.items():
        keys = [headers.header_key(name) for f in fields for name in f.names]
        assert len(keys) == len(set(keys)), kind  # nor is a spelling listed twice


def test_sheet_names():
    assert headers.kind_from_name("Närvaro") == "attendance"
    assert headers.kind_from_name(" deltagare ") == "participants"
    assert headers.kind_from_name("Organizations") == "organisations"
    assert headers.kind_from_name("Blad1") is None


def test_header_row_below_a_title_and_group_captions():
    rows = [["Deltagarlista 2025"], ["Person", None, "Kontakt"], ["Förnamn", "Efternamn", "E-post"], ["Anna", "Ek", "a@b.se"]]
    guess = headers.find_header(rows)
    assert guess.position == 2 and guess.columns.kind == "participants"


def test_delimiter_guess():
    assert detect_delimiter("Förnamn;Efternamn\r\nAnna;Ek") == ";"
    assert detect_delimiter("Förnamn,Efternamn\r\nAnna,Ek") == ","
    assert detect_delimiter('"Namn, fullt";Ort\r\n"Ek, Anna";Kumla') == ";"
    assert detect_delimiter("a,b,c\n1,2,3\n4,5,6") == ","  # no known header: the even split decides
    assert detect_delimiter("") == ";"


def test_decode():
    assert decode("Åsa".encode("utf-8")) == ("Åsa", "utf-8")
    assert decode("\ufeffÅsa".encode("utf-8")) == ("Åsa", "utf-8")
    assert decode("Åsa".encode("cp1252")) == ("Åsa", "cp1252")
    assert decode("Åsa".encode("utf-16")) == ("Åsa", "utf-16")
