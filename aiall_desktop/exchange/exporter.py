"""Writing a list of the register to CSV or XLSX, in the very form the import reads back.

The headers are the import's English headers and every field of the record is written, so an
exported file imports into an empty register unchanged. The rows are those the window's list shows
for the same search and filters, in the same order.

CSV is written the way Swedish Excel opens it with a double-click: UTF-8 with a byte-order mark (without
it Excel assumes Windows-1252 and garbles å, ä, ö and every name in another script), semicolons between
cells (Swedish Excel uses the comma as the decimal mark and expects semicolons), CRLF line ends. Text a
spreadsheet would run as a formula (``=…``, ``@…``, ``-…`` with letters) gets a leading apostrophe,
which the import removes again.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.validation import choice_label, join_tags
from ..records import Activity, Attendance, Organisation, Participant
from .headers import ACTIVITIES, ATTENDANCE, FIELDS, KINDS, ORGANISATIONS, PARTICIPANTS, kind_from_name
from .readers import FORMULA_STARTS

if TYPE_CHECKING:
    from ..store import Store

#: How often (in rows) an export reports progress.
PROGRESS_EVERY = 500
#: Characters that cannot make a formula do anything: a phone number or a negative number stays as is.
_HARMLESS = set("0123456789 +-()./:,")

Progress = Callable[[int, int], Any] | None


def headers(kind: str) -> list[str]:
    return [field.header for field in FIELDS[kind]]


def defuse(text: str) -> str:
    """Keep a spreadsheet from running a cell as a formula (CSV injection); see ``readers.undefuse``."""
    if text.startswith("'") or (text[:1] in FORMULA_STARTS and not set(text) <= _HARMLESS):
        return "'" + text
    return text


def _date(text: str | None) -> dt.date | str:
    # Dates go to XLSX as date cells, so that Excel sorts and filters them as dates.
    try:
        return dt.date.fromisoformat(text) if text else ""
    except ValueError:
        return text or ""


# -- the cells of each kind ----------------------------------------------------------------------


class _Cells:
    """Turns records into rows of cells; looks up the names of the records they refer to."""

    def __init__(self, store: Store):
        self.store = store
        self._organisations: dict[str, Organisation] | None = None
        self._activities: dict[str, Activity] | None = None
        self._participants: dict[str, Participant | None] = {}

    def organisations(self) -> dict[str, Organisation]:
        if self._organisations is None:
            found = self.store.organisations.list(include_deleted=True)
            self._organisations = {o.id: o for o in found}
        return self._organisations

    def participant(self, participant_id: str) -> Participant | None:
        if participant_id not in self._participants:
            from ..store import RecordNotFound

            try:
                self._participants[participant_id] = self.store.participants.get(participant_id)
            except RecordNotFound:
                self._participants[participant_id] = None
        return self._participants[participant_id]

    def activity(self, activity_id: str) -> Activity | None:
        if self._activities is None:
            self._activities = {a.id: a for a in self.store.activities.list()}
        return self._activities.get(activity_id)

    def organisation(self, record: Organisation) -> list[Any]:
        return [
            record.id, record.name, record.org_number or "", choice_label(record.sector),
            choice_label(record.size_class) if record.size_class else "", record.municipality,
            join_tags(record.areas), record.notes,
        ]

    def participant_row(self, record: Participant) -> list[Any]:
        organisation = self.organisations().get(record.organisation_id or "")
        return [
            record.id, record.first_name, record.last_name, record.email, record.phone,
            organisation.name if organisation else "", (organisation.org_number or "") if organisation else "",
            record.role, join_tags(record.backgrounds), join_tags(record.competences),
            choice_label(record.gender), record.gender_text, _date(record.consent_date), record.consent_scope,
            record.consent_method, join_tags(record.tags), record.notes,
        ]

    def activity_row(self, record: Activity) -> list[Any]:
        organisations = self.organisations()
        names = [organisations[i].name for i in record.organisation_ids if i in organisations]
        return [
            record.id, record.title, _date(record.date), record.start_time, record.end_time,
            choice_label(record.kind), record.place, record.facilitators, "; ".join(names), record.goal,
            record.notes,
        ]

    def attendance_row(self, record: Attendance) -> list[Any] | None:
        activity = self.activity(record.activity_id)
        person = self.participant(record.participant_id)
        if activity is None or person is None:
            return None  # the activity or the person was deleted: no list shows this row
        return [
            activity.id, activity.title, _date(activity.date), person.id, person.email, person.first_name,
            person.last_name, record.role, choice_label(record.status), record.checked_in_at or "",
        ]

    def row(self, kind: str, record: Any) -> list[Any] | None:
        return {
            ORGANISATIONS: self.organisation,
            PARTICIPANTS: self.participant_row,
            ACTIVITIES: self.activity_row,
            ATTENDANCE: self.attendance_row,
        }[kind](record)


def _repository(store: Store, kind: str) -> Any:
    return {ORGANISATIONS: store.organisations, PARTICIPANTS: store.participants, ACTIVITIES: store.activities}[kind]


Filters = Mapping[str, Any] | None


def _records(store: Store, kind: str, search: str, filters: Filters, progress: Progress) -> Iterator[Any]:
    if kind == ATTENDANCE:
        # The window has no attendance list of its own; an activity's attendance is filtered by its ID.
        if search.strip():
            raise ValueError("the attendance list cannot be searched; filter it by activity_id instead")
        records = store.attendance.list(filters)
        for done, record in enumerate(records, start=1):
            yield record
            if progress and (done % PROGRESS_EVERY == 0 or done == len(records)):
                progress(done, len(records))
        return
    listing = store.listing(kind)
    repository = _repository(store, kind)
    total = listing.count(search, filters)
    # All the IDs in one query: every page of the list is sorted anew, which over tens of thousands of
    # rows costs far more than holding the IDs.
    ids = [row[0] for row in listing.rows(search, filters=filters, limit=max(total, 1))]
    for done, record_id in enumerate(ids, start=1):
        yield repository.get(record_id)
        if progress and (done % PROGRESS_EVERY == 0 or done == len(ids)):
            progress(done, len(ids))


def _table(store: Store, kind: str, search: str, filters: Filters, progress: Progress) -> Iterator[list[Any]]:
    cells = _Cells(store)
    for record in _records(store, kind, search, filters, progress):
        row = cells.row(kind, record)
        if row is not None:
            yield row


# -- files ---------------------------------------------------------------------------------------


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """Write beside ``path`` and move into place at the end, so a failed export leaves no half file."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    try:
        yield Path(temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _csv_text(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return defuse(str(value)) if value != "" else ""


def _write_csv(path: Path, header: list[str], rows: Iterator[list[Any]]) -> int:
    count = 0
    with _replacing(path) as temporary, temporary.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([_csv_text(value) for value in row])
            count += 1
    return count


def _write_sheet(workbook: Any, title: str, header: list[str], rows: Iterator[list[Any]]) -> int:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def cell(value: Any) -> Any:
        if value == "" or value is None:
            return None
        if isinstance(value, dt.date):
            written = WriteOnlyCell(sheet, value=value)
            written.number_format = "yyyy-mm-dd"
            return written
        # XLSX cannot hold control characters other than tab and line breaks.
        written = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", str(value)))
        written.data_type = "s"  # text stays text, even when it begins with "="
        return written

    heading = []
    for text in header:
        written = cell(text)
        written.font = bold
        heading.append(written)
    sheet.append(heading)
    count = 0
    for row in rows:
        sheet.append([cell(value) for value in row])
        count += 1
    return count


def _write_xlsx(path: Path, sheets: list[tuple[str, list[str], Iterator[list[Any]]]]) -> int:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    count = sum(_write_sheet(workbook, title, header, rows) for title, header, rows in sheets)
    with _replacing(path) as temporary:
        workbook.save(temporary)
    return count


def _kind(kind: str) -> str:
    found = kind_from_name(kind)
    if found is None:
        raise ValueError(f"cannot export {kind!r}; use one of: {', '.join(KINDS)}")
    return found


def export_rows(
    store: Store,
    kind: str,
    path: Path | str,
    search: str = "",
    filters: Mapping[str, Any] | None = None,
    *,
    progress: Progress = None,
) -> int:
    """Write the rows the window's ``kind`` list shows for ``search`` and ``filters``; returns how many.

    The format follows the suffix: ``.xlsx`` for a workbook, anything else for CSV.
    """
    kind = _kind(kind)
    path = Path(path)
    rows = _table(store, kind, search, filters, progress)
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        return _write_xlsx(path, [(kind.capitalize(), headers(kind), rows)])
    return _write_csv(path, headers(kind), rows)


def export_workbook(store: Store, path: Path | str) -> int:
    """The whole register (every kind the import reads) as one workbook, one sheet per kind."""
    sheets = [(kind.capitalize(), headers(kind), _table(store, kind, "", None, None)) for kind in KINDS]
    return _write_xlsx(Path(path), sheets)
