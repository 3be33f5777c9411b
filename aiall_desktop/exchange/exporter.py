"""Writing a list of the register to CSV or XLSX, in the very form the import reads back.

The headers are the import's English headers and every field of the record is written, so an
exported file imports into an empty register unchanged. The rows are those the window's list shows
for the same search and filters, in the same order (the column the user sorted by, or the list's own).

Cases are exported but not imported: their sheet is for reading and reporting. Its headers are chosen
so that none of them is a header the import knows, so that the import leaves a Cases sheet out of a
workbook and refuses a cases file as "cannot tell what this sheet holds", rather than taking it for
activities (both have a title).

CSV is written the way Swedish Excel opens it with a double-click: UTF-8 with a byte-order mark (without
it Excel assumes Windows-1252 and garbles å, ä, ö and every name in another script), semicolons between
cells (Swedish Excel uses the comma as the decimal mark and expects semicolons), CRLF line ends. Text a
spreadsheet would run as a formula (``=…``, ``@…``, ``-…`` with letters) gets a leading apostrophe,
which the import removes again.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.validation import choice_label, join_tags, word_key
from ..records import Activity, Attendance, Case, CaseStage, Organisation, Participant
from .headers import ACTIVITIES, ATTENDANCE, FIELDS, KINDS, ORGANISATIONS, PARTICIPANTS, kind_from_name
from .readers import FORMULA_STARTS

if TYPE_CHECKING:
    from ..store import Store

#: How often (in rows) an export reports progress.
PROGRESS_EVERY = 500
#: Characters that cannot make a formula do anything: a phone number or a negative number stays as is.
_HARMLESS = set("0123456789 +-()./:,")

Progress = Callable[[int, int], Any] | None

CASES = "cases"
#: What an export writes: every kind the import reads, and cases.
EXPORT_KINDS = (*KINDS, CASES)

#: The Cases sheet's headers, in the order of ``_Cells.case_row``; see the module's note on why none is
#: a header the import knows ("Case ID", not "ID").
CASE_HEADERS = (
    "Case", "Problem", "Stage", "Case areas", "Intersection", "Value", "Feasibility", "Data readiness", "Votes",
    "Case organisations", "Owner", "Origin activity", "Origin activity date", "Parked reason", "Case notes",
    "Case ID", "Created", "Updated",
)

#: The stage as the window names it in English, as sectors and activity kinds are written as words.
STAGE_WORDS = {
    CaseStage.IDENTIFIED: "Identified",
    CaseStage.PRIORITISED: "Prioritised",
    CaseStage.IN_DEVELOPMENT: "In development",
    CaseStage.INNOVATION: "Innovation & business development",
    CaseStage.IMPLEMENTED: "Implemented",
    CaseStage.PARKED: "Parked",
}


def headers(kind: str) -> list[str]:
    if kind == CASES:
        return list(CASE_HEADERS)
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
    """Turns records into rows of cells; looks up the names of the records they refer to.

    References are looked up a batch of rows at a time (:meth:`prepare`), never one query per row.
    """

    def __init__(self, store: Store):
        self.store = store
        self._organisations: dict[str, Organisation] | None = None
        self._activities: dict[str, Activity] | None = None
        #: Looked up by batch; ``None``: not found. One export is one kind: attendance wants live people,
        #: cases any (a deleted owner is still the case's owner, as the list still names a deleted origin).
        self._participants: dict[str, Participant | None] = {}
        self._origins: dict[str, Activity | None] = {}

    def organisations(self) -> dict[str, Organisation]:
        if self._organisations is None:
            found = self.store.organisations.list(include_deleted=True)
            self._organisations = {o.id: o for o in found}
        return self._organisations

    def prepare(self, kind: str, records: list[Any]) -> None:
        """Look up, in one go, the people and activities the rows of ``records`` name."""
        if kind == ATTENDANCE:
            self._fetch(self._participants, self.store.participants, (r.participant_id for r in records), False)
        elif kind == CASES:
            self._fetch(self._participants, self.store.participants, (r.owner_id for r in records), True)
            self._fetch(self._origins, self.store.activities, (r.origin_activity_id for r in records), True)

    @staticmethod
    def _fetch(cache: dict[str, Any], repository: Any, wanted: Iterable[str | None], include_deleted: bool) -> None:
        missing = {record_id for record_id in wanted if record_id and record_id not in cache}
        if missing:
            found = repository.get_many(missing, include_deleted=include_deleted)
            cache.update({record_id: found.get(record_id) for record_id in missing})

    def participant(self, participant_id: str | None) -> Participant | None:
        return self._participants.get(participant_id or "")

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

    def case_row(self, record: Case) -> list[Any]:
        organisations = self.organisations()
        names = [organisations[i].name for i in record.organisation_ids if i in organisations]
        owner = self.participant(record.owner_id)
        origin = self._origins.get(record.origin_activity_id or "")
        return [
            record.title, record.problem, STAGE_WORDS.get(record.stage, str(record.stage)), join_tags(record.areas),
            "Yes" if record.is_intersection else "No", _score(record.value_score),
            _score(record.feasibility_score), _score(record.data_score), record.votes, "; ".join(names),
            owner.full_name if owner else "", origin.title if origin else "", _date(origin.date) if origin else "",
            record.parked_reason, record.notes, record.id, record.created_at, record.updated_at,
        ]

    def row(self, kind: str, record: Any) -> list[Any] | None:
        return {
            ORGANISATIONS: self.organisation,
            PARTICIPANTS: self.participant_row,
            ACTIVITIES: self.activity_row,
            ATTENDANCE: self.attendance_row,
            CASES: self.case_row,
        }[kind](record)


def _score(value: int | None) -> int | str:
    return "" if value is None else value


def _repository(store: Store, kind: str) -> Any:
    return {
        ORGANISATIONS: store.organisations, PARTICIPANTS: store.participants, ACTIVITIES: store.activities,
        CASES: store.cases,
    }[kind]


Filters = Mapping[str, Any] | None


@dataclass(frozen=True)
class Order:
    """The column a list is sorted by (a key of its ``ListSpec``) and the direction; ``None``: the list's own."""

    by: str | None = None
    descending: bool | None = None


def _batches(store: Store, kind: str, search: str, filters: Filters, order: Order) -> tuple[int, Iterator[list[Any]]]:
    """How many records, and the records in batches of ``PROGRESS_EVERY``, in the list's order."""
    if kind == ATTENDANCE:
        # The window has no attendance list of its own; an activity's attendance is filtered by its ID.
        if search.strip():
            raise ValueError("the attendance list cannot be searched; filter it by activity_id instead")
        if order.by is not None:
            raise ValueError("the attendance list cannot be sorted")
        records = store.attendance.list(filters)
        return len(records), (records[i:i + PROGRESS_EVERY] for i in range(0, len(records), PROGRESS_EVERY))
    # All the IDs in one query, then the records a batch at a time: paging the list would sort it anew
    # for every page, and one query per record costs more than the writing.
    ids = store.listing(kind).ids(search, order_by=order.by, descending=order.descending, filters=filters)
    repository = _repository(store, kind)

    def batches() -> Iterator[list[Any]]:
        for start in range(0, len(ids), PROGRESS_EVERY):
            chunk = ids[start:start + PROGRESS_EVERY]
            found = repository.get_many(chunk)
            # A record deleted since the IDs were read is left out, as the list would leave it out.
            yield [found[record_id] for record_id in chunk if record_id in found]

    return len(ids), batches()


class ExportCancelled(Exception):
    """The facilitator cancelled an export; no file was written (an old file of that name is untouched)."""

    def __init__(self) -> None:
        super().__init__("the export was cancelled; no file was written")


def _table(
    store: Store, kind: str, search: str, filters: Filters, progress: Progress, order: Order = Order(),
    cancel: Callable[[], bool] | None = None,
) -> Iterator[list[Any]]:
    cells = _Cells(store)
    total, batches = _batches(store, kind, search, filters, order)
    done = 0
    for records in batches:
        if cancel is not None and cancel():
            # Raised inside the writer's temporary file: the half-written file goes with it.
            raise ExportCancelled()
        cells.prepare(kind, records)
        for record in records:
            row = cells.row(kind, record)
            if row is not None:
                yield row
        done += PROGRESS_EVERY
        if progress:
            progress(min(done, total), total)


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
        if isinstance(value, int) and not isinstance(value, bool):
            return WriteOnlyCell(sheet, value=value)  # scores and votes: numbers Excel can sort and sum
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
    try:
        count = sum(_write_sheet(workbook, title, header, rows) for title, header, rows in sheets)
    except BaseException:
        # A write-only sheet streams into a temporary file of its own: close it rather than leave it to
        # the garbage collector (which complains, and on Windows keeps the file open).
        for sheet in workbook.worksheets:
            with contextlib.suppress(Exception):
                sheet.close()
        raise
    with _replacing(path) as temporary:
        workbook.save(temporary)
    return count


def _kind(kind: str) -> str:
    # Cases are looked for first: ``kind_from_name`` knows only what the import reads.
    found = CASES if word_key(kind) == CASES else kind_from_name(kind)
    if found is None:
        raise ValueError(f"cannot export {kind!r}; use one of: {', '.join(EXPORT_KINDS)}")
    return found


def export_rows(
    store: Store,
    kind: str,
    path: Path | str,
    search: str = "",
    filters: Mapping[str, Any] | None = None,
    *,
    order_by: str | None = None,
    descending: bool | None = None,
    progress: Progress = None,
    cancel: Callable[[], bool] | None = None,
) -> int:
    """Write the rows the window's ``kind`` list shows for ``search`` and ``filters``; returns how many.

    ``cancel`` is asked between batches; when it says yes, :class:`ExportCancelled` is raised and no file
    is left behind.

    ``order_by`` (a column key of the list, see ``store.listing``) and ``descending`` give the order the
    list is sorted in; left out, the list's own order. The format follows the suffix: ``.xlsx`` for a
    workbook, anything else for CSV.
    """
    kind = _kind(kind)
    path = Path(path)
    if order_by is not None and kind != ATTENDANCE:
        store.listing(kind).spec.column(order_by)  # an unknown column fails here, before a file is begun
    rows = _table(store, kind, search, filters, progress, Order(order_by, descending), cancel)
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        return _write_xlsx(path, [(kind.capitalize(), headers(kind), rows)])
    return _write_csv(path, headers(kind), rows)


def export_workbook(store: Store, path: Path | str) -> int:
    """The whole register as one workbook, one sheet per kind: those the import reads, and cases."""
    sheets = [(kind.capitalize(), headers(kind), _table(store, kind, "", None, None)) for kind in EXPORT_KINDS]
    return _write_xlsx(Path(path), sheets)
