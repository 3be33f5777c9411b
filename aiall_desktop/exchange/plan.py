"""Step one of an import: read the file, tell its kinds, check every row, write nothing.

The plan is what the import window previews: the kinds found, each sheet's column mapping, the rows
as records, the problems by row and column, and notes about columns and sheets left out. With a store
at hand the plan also looks up references (an attendance row's activity) and counts what applying it
would create and update, so that every problem shows before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..records import Record
from . import headers
from .headers import ACTIVITIES, ATTENDANCE, KINDS, ORGANISATIONS, PARTICIPANTS, ColumnMap
from .problems import ImportMessage, Problem, where
from .readers import Sheet, UnreadableFile, open_sheets
from .rows import PlannedRow, RowReader

if TYPE_CHECKING:
    from ..store import Store


@dataclass
class KindCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged


@dataclass
class SheetPlan:
    """One sheet (or the CSV file) as the import read it."""

    name: str
    kind: str | None
    header_row: int | None = None
    #: Each header as written, and the field it fills (``None``: left out).
    columns: list[tuple[str, str | None]] = field(default_factory=list)
    rows: int = 0


@dataclass
class ImportPlan:
    path: Path
    sheets: list[SheetPlan] = field(default_factory=list)
    rows: dict[str, list[PlannedRow]] = field(default_factory=lambda: {kind: [] for kind in KINDS})
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)
    #: What applying would do, per kind; filled in when the plan was read with a store.
    preview: dict[str, KindCounts] | None = None
    encoding: str = ""
    delimiter: str = ""

    @property
    def kinds(self) -> list[str]:
        """The kinds found in the file, in the order they are written."""
        found = {sheet.kind for sheet in self.sheets}
        return [kind for kind in KINDS if kind in found]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def row_count(self) -> int:
        return sum(len(rows) for rows in self.rows.values())

    def records(self, kind: str) -> list[Record]:
        return [row.record for row in self.rows[kind]]


def read_import(path: Path | str, kind: str | None = None, *, store: Store | None = None) -> ImportPlan:
    """Read and check an import file without writing anything.

    ``kind`` names what the file holds (English or Swedish: "participants", "Deltagare"); left out, it
    is told from each sheet's name or headers. Never raises for what a file contains: every reason to
    refuse it is a problem in the plan.
    """
    plan = ImportPlan(Path(path))
    wanted = None
    if kind is not None:
        wanted = headers.kind_from_name(kind)
        if wanted is None:
            plan.problems.append(Problem(ImportMessage("unknown_kind_argument", value=kind, choices=", ".join(KINDS))))
            return plan
    try:
        with open_sheets(plan.path) as sheets:
            for sheet in sheets:
                _read_sheet(plan, sheet, wanted, several=len(sheets) > 1)
    except UnreadableFile as error:
        plan.problems.append(Problem(ImportMessage("unreadable", reason=str(error)), error.row))
    if not plan.problems and not plan.sheets:
        plan.problems.append(Problem(ImportMessage("empty_file")))
    _find_repeats(plan)
    if store is not None and plan.row_count:
        from .resolve import resolve

        # Also when rows were refused already: the facilitator gets every problem in one go.
        changes = resolve(store, plan)
        plan.preview = None if (plan.problems or changes.problems) else changes.counts()
        plan.problems.extend(changes.problems)
    return plan


def _read_sheet(plan: ImportPlan, sheet: Sheet, wanted: str | None, several: bool) -> None:
    plan.encoding, plan.delimiter = sheet.encoding, sheet.delimiter
    try:
        top = list(islice(sheet.rows, headers.HEADER_SEARCH_ROWS))
        if not top:
            if several:
                plan.notes.append(_sheet_note(sheet, ImportMessage("sheet_empty")))
            return
        columns, header_row = _header(plan, sheet, wanted, several, top)
        if columns is None:
            return
        sheet_plan = SheetPlan(sheet.name, columns.kind, header_row, _mapping(columns))
        plan.sheets.append(sheet_plan)
        _note_ignored(plan, sheet, columns)
        data = chain((row for row in top if row[0] > header_row), sheet.rows)
        sheet_plan.rows = _read_rows(plan, sheet, columns, data)
    except UnreadableFile as error:
        plan.problems.append(Problem(ImportMessage("unreadable", reason=str(error)), error.row, sheet=sheet.label))


def _header(
    plan: ImportPlan, sheet: Sheet, wanted: str | None, several: bool, top: list[tuple[int, Any]]
) -> tuple[ColumnMap | None, int]:
    named = headers.kind_from_name(sheet.name) if sheet.is_worksheet else None
    if wanted and named and named != wanted:
        if not several:
            named = None  # the one sheet of the file: what the facilitator chose wins over its name
        else:
            reason = ImportMessage("sheet_of_other_kind", kind=named, wanted=wanted)
            plan.notes.append(_sheet_note(sheet, reason))
            return None, 0
    kinds = (wanted,) if wanted else (named,) if named else KINDS
    guess = headers.find_header([cells for _, cells in top], kinds)
    if guess is None:
        if several and not (wanted or named):
            plan.notes.append(_sheet_note(sheet, ImportMessage("sheet_without_header")))
        elif len(kinds) == 1:
            plan.problems.append(_missing_columns(headers.map_columns(kinds[0], ()), sheet))
        else:
            plan.problems.append(Problem(ImportMessage("unknown_kind"), sheet=sheet.label))
        return None, 0
    if not guess.columns.complete:
        plan.problems.append(_missing_columns(guess.columns, sheet, top[guess.position][0]))
        return None, 0
    return guess.columns, top[guess.position][0]


def _missing_columns(columns: ColumnMap, sheet: Sheet, row: int | None = None) -> Problem:
    if columns.kind == ATTENDANCE:
        return Problem(ImportMessage("missing_attendance_columns"), row, sheet=sheet.label)
    message = ImportMessage("missing_columns", kind=columns.kind, columns=" and ".join(columns.missing()))
    return Problem(message, row, sheet=sheet.label)


def _sheet_note(sheet: Sheet, reason: str) -> Problem:
    return Problem(ImportMessage("ignored_sheet", name=sheet.name, reason=reason))


def _mapping(columns: ColumnMap) -> list[tuple[str, str | None]]:
    by_position = {position: name for name, position in columns.fields.items()}
    return [(header, by_position.get(position)) for position, header in enumerate(columns.headers) if header]


def _note_ignored(plan: ImportPlan, sheet: Sheet, columns: ColumnMap) -> None:
    for position in columns.ignored:
        header = columns.headers[position]
        key = "ignored_repeat_column" if headers.is_known(columns.kind, header) else "ignored_column"
        plan.notes.append(Problem(ImportMessage(key, header=header), sheet=sheet.label))


def _read_rows(plan: ImportPlan, sheet: Sheet, columns: ColumnMap, data: Iterator[tuple[int, Any]]) -> int:
    positions = sorted(columns.fields.values())
    planned = plan.rows[columns.kind]
    reader = RowReader(columns, sheet.label)
    count = 0
    for number, cells in data:
        # A row with text only in columns left out (a total, a remark) is not a record.
        if all(_blank(cells[p] if p < len(cells) else None) for p in positions):
            continue
        count += 1
        row, problems = reader.read(number, cells)
        if row is not None:
            planned.append(row)
        else:
            plan.problems.extend(problems)
    return count


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# -- the same record twice in one file -----------------------------------------------------------


def _keys(kind: str, row: PlannedRow) -> Iterable[tuple[str, str, Any]]:
    """(field whose column to name, value to show, comparison key) for each key the row must not share."""
    record: Any = row.record
    if getattr(record, "id", ""):
        yield "id", record.id, ("id", record.id)
    if kind == ORGANISATIONS:
        if record.org_number:
            yield "org_number", record.org_number, ("org_number", record.org_number)
        else:
            # Two branches may share a name and differ in number; without a number the name is the key.
            yield "name", record.name, ("name", record.name.casefold())
    elif kind == PARTICIPANTS:
        if record.email:
            yield "email", record.email, ("email", record.email.casefold())
        else:
            organisation = row.refs.get("organisation") or row.refs.get("org_number") or ""
            shown = f"{record.full_name} ({organisation})" if organisation else record.full_name
            key = (record.first_name.casefold(), record.last_name.casefold(), organisation.casefold())
            yield "last_name", shown, ("name", key)
    elif kind == ACTIVITIES:
        yield "title", f"'{record.title}' on {record.date}", ("title", record.title.casefold(), record.date)


def _find_repeats(plan: ImportPlan) -> None:
    for kind in (ORGANISATIONS, PARTICIPANTS, ACTIVITIES):
        seen: dict[Any, PlannedRow] = {}
        for row in plan.rows[kind]:
            for field_name, shown, key in _keys(kind, row):
                first = seen.setdefault(key, row)
                if first is not row:
                    message = ImportMessage("duplicate", value=shown, other=where(first.sheet, first.row))
                    plan.problems.append(row.problem(message, field_name))
