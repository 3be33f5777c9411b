"""One spreadsheet row → the record it describes, every cell checked by the domain's field rules.

Cells arrive as the file holds them. Excel turns some of our text into numbers and dates; those are
put back here, with these choices:

- an org. number cell holding a number is padded back to ten digits (``normalise_org_number``);
- a phone cell holding a number lost its leading zero: with nine digits or fewer it can only be a
  Swedish number in national form, which always begins with 0, so the 0 is put back; with ten or more
  it is an international number that lost its ``+`` (``46701234567`` → ``+46701234567``). A CSV cell is
  text and is kept as written: the file cannot tell whether a zero was lost before it was saved;
- a date cell is a date; a time cell is a time of day;
- any other number is written as text without a trailing ``.0``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..domain import validation as rules
from ..records import Activity, Attendance, Gender, Organisation, Participant, Record
from .headers import ACTIVITIES, ATTENDANCE, ORGANISATIONS, PARTICIPANTS, ColumnMap, field
from .problems import ImportMessage, Problem


@dataclass(eq=False, slots=True)
class PlannedRow:
    """A row read from the file: the record it describes, and what it says about other records.

    ``given`` names the record's fields that had a value in the file: only those update a record that
    exists already. ``refs`` holds what the row says about records of other kinds (an organisation's
    name, an activity's title and date), to be looked up when the import is applied.
    """

    sheet: str | None
    row: int
    record: Record
    given: frozenset[str]
    refs: dict[str, Any]
    columns: ColumnMap

    def column(self, field_name: str) -> str | None:
        return self.columns.header_of(field_name) if field_name in self.columns.fields else None

    def problem(self, message: str, field_name: str | None = None) -> Problem:
        return Problem(message, self.row, self.column(field_name) if field_name else None, self.sheet)


# -- cells ---------------------------------------------------------------------------------------


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value).strip()


def phone_cell(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        digits = str(value)
        value = "+" + digits if len(digits) >= 10 else "0" + digits
    return rules.parse_phone(cell_text(value))


def _names(value: Any) -> list[str]:
    # Organisation names may hold commas ("Region Örebro län, Regional utveckling"), so only ';' splits.
    return rules.split_tags(cell_text(value), separators=";")


def _date(value: Any) -> str | None:
    return rules.parse_date(value if isinstance(value, (dt.date, dt.datetime)) else cell_text(value))


def _time(value: Any) -> str | None:
    return rules.parse_time(value if isinstance(value, (dt.time, dt.datetime)) else cell_text(value))


def _timestamp(value: Any) -> str | None:
    return rules.parse_timestamp(value if isinstance(value, dt.datetime) else cell_text(value))


def _name(what: str) -> Callable[[Any], str]:
    return lambda value: rules.parse_name(cell_text(value), what=what)


def _choice(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: parse(cell_text(value))


#: How each column's cell becomes a value, per kind; "ref:" fields describe other records.
PARSERS: dict[str, dict[str, Callable[[Any], Any]]] = {
    ORGANISATIONS: {
        "id": cell_text,
        "name": _name("a name"),
        "org_number": rules.parse_org_number,
        "sector": _choice(rules.parse_sector),
        "size_class": _choice(rules.parse_size_class),
        "municipality": cell_text,
        "areas": lambda value: rules.split_tags(cell_text(value)),
        "notes": cell_text,
    },
    PARTICIPANTS: {
        "id": cell_text,
        "first_name": _name("a first name"),
        "last_name": _name("a last name"),
        "email": lambda value: rules.parse_email(cell_text(value)),
        "phone": phone_cell,
        "ref:organisation": _name("an organisation name"),
        "ref:org_number": rules.parse_org_number,
        "role": cell_text,
        "backgrounds": lambda value: rules.split_tags(cell_text(value)),
        "competences": lambda value: rules.split_tags(cell_text(value)),
        "gender": _choice(rules.parse_gender),
        "gender_text": cell_text,
        "consent_date": _date,
        "consent_scope": cell_text,
        "consent_method": cell_text,
        "tags": lambda value: rules.split_tags(cell_text(value)),
        "notes": cell_text,
    },
    ACTIVITIES: {
        "id": cell_text,
        "title": _name("a title"),
        "date": _date,
        "start_time": _time,
        "end_time": _time,
        "kind": _choice(rules.parse_activity_kind),
        "place": cell_text,
        "facilitators": cell_text,
        "ref:organisations": _names,
        "goal": cell_text,
        "notes": cell_text,
    },
    ATTENDANCE: {
        "ref:activity_id": cell_text,
        "ref:activity": cell_text,
        "ref:date": _date,
        "ref:participant_id": cell_text,
        "ref:email": lambda value: rules.parse_email(cell_text(value)),
        "ref:first_name": cell_text,
        "ref:last_name": cell_text,
        "role": cell_text,
        "status": _choice(rules.parse_attendance_status),
        "checked_in_at": _timestamp,
    },
}

#: Fields a row of the kind must fill in (its sheet has their columns, or it was not read at all).
REQUIRED_CELLS: dict[str, tuple[str, ...]] = {
    ORGANISATIONS: ("name",),
    PARTICIPANTS: ("first_name", "last_name"),
    ACTIVITIES: ("title", "date"),
    ATTENDANCE: (),
}

_RECORD_TYPES: dict[str, type[Record]] = {
    ORGANISATIONS: Organisation,
    PARTICIPANTS: Participant,
    ACTIVITIES: Activity,
    ATTENDANCE: Attendance,
}

#: Placeholders for fields a record type requires but the file fills in only through a reference.
_PLACEHOLDERS: dict[str, dict[str, Any]] = {ATTENDANCE: {"activity_id": "", "participant_id": ""}}


class RowReader:
    """Reads the rows of one sheet; what to do with each column is worked out once, not per row."""

    def __init__(self, columns: ColumnMap, sheet: str | None):
        self.columns = columns
        self.sheet = sheet
        self.kind = columns.kind
        self._record_type = _RECORD_TYPES[self.kind]
        self._placeholders = _PLACEHOLDERS.get(self.kind, {})
        self._steps = []
        # Most rows fill the same columns: one shared set per combination keeps 50,000 rows small.
        self._given: dict[frozenset[str], frozenset[str]] = {}
        for name, parse in PARSERS[self.kind].items():
            label = name.removeprefix("ref:")
            position = columns.fields.get(label)
            if position is not None:
                required = label in REQUIRED_CELLS[self.kind]
                self._steps.append((label, position, parse, name != label, required, columns.headers[position]))

    def read(self, number: int, cells: Sequence[Any]) -> tuple[PlannedRow | None, list[Problem]]:
        """The planned row, or ``None`` and every problem of the row (one per bad cell)."""
        values: dict[str, Any] = {}
        refs: dict[str, Any] = {}
        problems: list[Problem] = []
        width = len(cells)
        for label, position, parse, is_ref, required, header in self._steps:
            raw = cells[position] if position < width else None
            if raw is None or (raw.__class__ is str and not raw.strip()):
                if required:
                    what = field(self.kind, label).header
                    problems.append(Problem(rules.Message("required", what=what), number, header, self.sheet))
                continue
            try:
                value = parse(raw)
            except rules.InvalidValue as invalid:
                problems.append(Problem(invalid.message, number, header, self.sheet))
                continue
            if value is None or value == "" or value == []:
                continue
            (refs if is_ref else values)[label] = value
        if self.kind == ATTENDANCE:
            problems.extend(_attendance_rules(self.columns, self.sheet, number, refs))
        if problems:
            return None, problems
        if self.kind == PARTICIPANTS and values.get("gender_text") and "gender" not in values:
            # Words of one's own about gender mean the gender is self-described.
            values["gender"] = Gender.SELF_DESCRIBED
        record = self._record_type(**self._placeholders, **values)
        given = frozenset(values) - {"id"}
        given = self._given.setdefault(given, given)
        return PlannedRow(self.sheet, number, record, given, refs, self.columns), []


def _attendance_rules(columns: ColumnMap, sheet: str | None, number: int, refs: dict[str, Any]) -> list[Problem]:
    """An attendance row must say which activity and which participant, in one of the ways allowed."""

    def column(*names: str) -> str | None:
        return next((columns.header_of(n) for n in names if n in columns.fields), None)

    problems = []
    if not (refs.get("activity_id") or (refs.get("activity") and refs.get("date"))):
        message = ImportMessage("no_activity_reference")
        problems.append(Problem(message, number, column("activity", "activity_id"), sheet))
    if not (refs.get("participant_id") or refs.get("email") or (refs.get("first_name") and refs.get("last_name"))):
        message = ImportMessage("no_participant_reference")
        problems.append(Problem(message, number, column("email", "last_name", "participant_id"), sheet))
    return problems
