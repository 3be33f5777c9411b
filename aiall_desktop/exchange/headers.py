"""The column headers the import understands and the export writes, and how a sheet's kind is told.

Facilitators' sheets name columns in Swedish or English, with stars for required fields, stray spaces
and dots (``Org.nr``). Headers are compared by :func:`header_key`, which keeps only letters and digits,
case-folded. The first name of each field is the English header an export writes, so that every
exported file imports back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..domain.validation import word_key

ORGANISATIONS = "organisations"
PARTICIPANTS = "participants"
ACTIVITIES = "activities"
ATTENDANCE = "attendance"

#: The kinds an import can hold, in the order they are written (later kinds refer to earlier ones).
KINDS = (ORGANISATIONS, PARTICIPANTS, ACTIVITIES, ATTENDANCE)


@dataclass(frozen=True)
class Field:
    """One column the import understands: the field it fills and the headers that name it."""

    name: str
    names: tuple[str, ...]  # the first is the English header written on export

    @property
    def header(self) -> str:
        return self.names[0]


def _fields(*fields: tuple[str, tuple[str, ...]]) -> tuple[Field, ...]:
    return tuple(Field(name, names) for name, names in fields)


_ID = ("id", ("ID", "UUID"))
_EMAIL = ("email", ("E-mail", "E-post", "Mail", "Mejl", "E-postadress", "Email address", "Mejladress"))
_FIRST = ("first_name", ("First name", "Förnamn", "Given name"))
_LAST = ("last_name", ("Last name", "Efternamn", "Surname", "Family name"))
_ORG_NUMBER = (
    "org_number",
    ("Org number", "Organisationsnummer", "Org.nr", "Organisation number",
     "Organization number", "Corporate identity number"),
)
_NOTES = ("notes", ("Notes", "Anteckningar", "Anteckning", "Kommentar", "Kommentarer", "Comment", "Comments"))

FIELDS: dict[str, tuple[Field, ...]] = {
    ORGANISATIONS: _fields(
        _ID,
        ("name", ("Name", "Namn", "Organisation", "Organization", "Organisationsnamn", "Företag",
                  "Företagsnamn", "Company")),
        _ORG_NUMBER,
        ("sector", ("Sector", "Sektor")),
        ("size_class", ("Size class", "Storlek", "Storleksklass", "Size", "Företagsstorlek")),
        ("municipality", ("Municipality", "Kommun")),
        ("areas", ("Areas", "Områden", "ÖMS-områden", "Area", "Område")),
        _NOTES,
    ),
    PARTICIPANTS: _fields(
        _ID,
        _FIRST,
        _LAST,
        _EMAIL,
        ("phone", ("Phone", "Telefon", "Telefonnummer", "Mobil", "Mobilnummer", "Mobile", "Tel", "Phone number")),
        ("organisation", ("Organisation", "Organization", "Företag", "Company", "Organisationsnamn",
                          "Arbetsgivare", "Employer")),
        _ORG_NUMBER,
        ("role", ("Role", "Roll", "Titel", "Title", "Befattning", "Job title", "Yrkesroll")),
        ("backgrounds", ("Background", "Bakgrund", "Backgrounds", "Bakgrunder")),
        ("competences", ("Competence", "Kompetens", "Competences", "Kompetenser", "Skills")),
        ("gender", ("Gender", "Kön")),
        ("gender_text", ("Gender (own words)", "Kön (egen beskrivning)", "Self-described gender")),
        ("consent_date", ("Consent date", "Samtycke", "Samtyckesdatum", "Consent", "Samtycke datum")),
        ("consent_scope", ("Consent scope", "Samtyckets omfattning", "Samtycke omfattning")),
        ("consent_method", ("Consent method", "Samtyckesmetod", "Samtycke metod")),
        ("tags", ("Tags", "Taggar")),
        _NOTES,
    ),
    ACTIVITIES: _fields(
        _ID,
        ("title", ("Title", "Titel", "Aktivitet", "Activity", "Rubrik", "Benämning")),
        ("date", ("Date", "Datum")),
        ("start_time", ("Start", "Starttid", "Start time", "Från", "Börjar")),
        ("end_time", ("End", "Slut", "Sluttid", "End time", "Till", "Slutar")),
        ("kind", ("Kind", "Typ", "Type", "Aktivitetstyp", "Activity type")),
        ("place", ("Place", "Plats", "Location", "Lokal", "Venue")),
        ("facilitators", ("Facilitators", "Facilitatorer", "Facilitator", "Processledare", "Ledare")),
        ("organisations", ("Organisations", "Organisationer", "Organizations", "Företag")),
        ("goal", ("Goal", "Mål", "Syfte")),
        _NOTES,
    ),
    ATTENDANCE: _fields(
        ("activity_id", ("Activity ID", "Aktivitets-id", "Aktivitetens id")),
        # Deliberately not "Title": a participant list's "Titel" is a job title, not an activity.
        ("activity", ("Activity", "Aktivitet", "Activity title", "Aktivitetens titel", "Aktivitetstitel")),
        ("date", ("Date", "Datum", "Activity date")),
        ("participant_id", ("Participant ID", "Deltagar-id", "Deltagarens id")),
        _EMAIL,
        _FIRST,
        _LAST,
        ("role", ("Role", "Roll")),
        ("status", ("Status", "Närvarostatus", "Attendance")),
        ("checked_in_at", ("Checked in", "Incheckad", "Incheckning", "Check-in time", "Checked in at")),
    ),
}

#: Column sets of which a sheet of a kind needs at least one, complete (any of the tuples).
REQUIRED: dict[str, tuple[tuple[str, ...], ...]] = {
    ORGANISATIONS: (("name",),),
    PARTICIPANTS: (("first_name", "last_name"),),
    ACTIVITIES: (("title", "date"),),
    ATTENDANCE: (("activity_id",), ("activity", "date")),
}

#: Sheet (or file) names that say which kind a sheet holds.
SHEET_NAMES: dict[str, tuple[str, ...]] = {
    ORGANISATIONS: ("Organisations", "Organisationer", "Organizations", "Företag"),
    PARTICIPANTS: ("Participants", "Deltagare", "Personer", "Kontakter", "Contacts", "People"),
    ACTIVITIES: ("Activities", "Aktiviteter"),
    ATTENDANCE: ("Attendance", "Närvaro", "Närvarolista", "Deltagande"),
}

#: How many rows at the top of a sheet may hold titles and notes before the header row.
HEADER_SEARCH_ROWS = 10


def header_key(text: object) -> str:
    """Letters and digits only, case-folded: ``" E-post* "`` and ``"epost"`` are one header."""
    return word_key(text)


_INDEX: dict[str, dict[str, Field]] = {
    kind: {header_key(name): field for field in fields for name in field.names} for kind, fields in FIELDS.items()
}
_SHEET_INDEX = {header_key(name): kind for kind, names in SHEET_NAMES.items() for name in names}


def field(kind: str, name: str) -> Field:
    return next(f for f in FIELDS[kind] if f.name == name)


def kind_from_name(name: object) -> str | None:
    """The kind a sheet name, file name or ``kind=`` argument names, in English or Swedish."""
    key = header_key(name)
    if key in {header_key(kind) for kind in KINDS}:
        return next(kind for kind in KINDS if header_key(kind) == key)
    return _SHEET_INDEX.get(key)


@dataclass(frozen=True)
class ColumnMap:
    """How one sheet's columns map onto one kind's fields."""

    kind: str
    fields: dict[str, int]  # field name → column position
    headers: tuple[str, ...]  # the header row as written (blank for empty cells)
    ignored: tuple[int, ...]  # positions of columns with a header the import does not know or has seen

    def header_of(self, field_name: str) -> str:
        return self.headers[self.fields[field_name]]

    @property
    def complete(self) -> bool:
        return any(all(name in self.fields for name in group) for group in REQUIRED[self.kind])

    def missing(self) -> tuple[str, ...]:
        """The English headers of the required columns not found (of the first set, where there are several)."""
        return tuple(field(self.kind, name).header for name in REQUIRED[self.kind][0] if name not in self.fields)


def _cell_header(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


def is_known(kind: str, header: object) -> bool:
    return header_key(header) in _INDEX[kind]


def map_columns(kind: str, row: Sequence[object]) -> ColumnMap:
    """Match a header row against one kind's fields; the first of two columns for one field wins."""
    headers = tuple(_cell_header(value) for value in row)
    index = _INDEX[kind]
    fields: dict[str, int] = {}
    ignored: list[int] = []
    for position, header in enumerate(headers):
        if not header:
            continue
        known = index.get(header_key(header))
        if known is None or known.name in fields:
            ignored.append(position)
        else:
            fields[known.name] = position
    return ColumnMap(kind, fields, headers, tuple(ignored))


def score(kind: str, row: Sequence[object]) -> int:
    index = _INDEX[kind]
    return len({index[key].name for key in map(header_key, row) if key in index})


@dataclass(frozen=True)
class HeaderGuess:
    position: int  # index into the rows looked at
    columns: ColumnMap


def find_header(rows: Sequence[Sequence[object]], kinds: Iterable[str] = KINDS) -> HeaderGuess | None:
    """The header row among the first rows and the kind it fits best.

    The header is the row naming the most known columns; a title row or merged group captions above it
    name few or none. A row with a kind's required columns beats one without; among kinds, the one with
    more matched columns wins, ties going to the earlier kind in ``kinds``.
    """
    best: tuple[tuple[int, int, int], HeaderGuess] | None = None
    kinds = tuple(kinds)
    for position, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        for rank, kind in enumerate(kinds):
            matched = score(kind, row)
            if not matched:
                continue
            columns = map_columns(kind, row)
            key = (int(columns.complete), matched, -rank)
            if best is None or key > best[0]:
                best = (key, HeaderGuess(position, columns))
    return best[1] if best else None
