"""Reading CSV and XLSX files into sheets of rows: cell values with the row numbers Excel shows.

Nothing here knows about record kinds. Row numbers count every physical row from 1, blank ones too,
so that a problem "on row 17" is on row 17 when the facilitator opens the file. Blank rows are left
out; rows keep their cells as the file holds them (text from CSV; text, numbers, dates from XLSX).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import headers

Row = tuple[int, Sequence[Any]]

CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
DELIMITERS = (";", ",", "\t")

#: Characters that make a spreadsheet read a cell as a formula; see ``exporter.defuse``.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class UnreadableFile(Exception):
    """The file (or a row of it) cannot be read at all; the message says why, for the facilitator."""

    def __init__(self, message: str, row: int | None = None):
        self.row = row
        super().__init__(message)


@dataclass
class Sheet:
    """One table of a file. ``label`` names it in problems; ``None`` when the file has only this one."""

    name: str
    label: str | None
    rows: Iterator[Row]
    #: A worksheet's name was chosen by someone and may name the kind; a CSV file's name is not trusted.
    is_worksheet: bool = False
    encoding: str = ""
    delimiter: str = ""


def is_blank(cells: Sequence[Any]) -> bool:
    return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells)


@contextmanager
def open_sheets(path: Path) -> Iterator[list[Sheet]]:
    """The sheets of a CSV or XLSX file, told apart by suffix (or, failing that, by content)."""
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise UnreadableFile("this is the old Excel format (.xls); save it as .xlsx or .csv and import that")
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as error:
        raise UnreadableFile(f"the file cannot be opened ({error.strerror or error})") from None
    if suffix in XLSX_SUFFIXES or (suffix not in CSV_SUFFIXES and magic.startswith(b"PK\x03\x04")):
        with _xlsx_sheets(path) as sheets:
            yield sheets
    else:
        yield [_csv_sheet(path)]


# -- CSV -----------------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in.

    Excel in Sweden saves "CSV (semicolon-separated)" in Windows-1252 and "CSV UTF-8" with a byte-order
    mark; other programs write UTF-8 without one. UTF-8 is tried strictly first: text in Windows-1252
    with å, ä or ö is practically never valid UTF-8, so the fallback cannot misread a UTF-8 file.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" export.
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise UnreadableFile("the file claims to be UTF-16 text but is not") from None
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise UnreadableFile(
            "the file is not text in UTF-8 or Windows-1252; save it from Excel as CSV or XLSX"
        ) from None


def _rows_of(text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    try:
        for row in reader:
            rows.append(row)
            if limit is not None and len(rows) >= limit:
                break
    except csv.Error:
        pass
    return rows


def detect_delimiter(text: str) -> str:
    """The delimiter that makes the top of the file read as the best header row.

    Swedish Excel writes semicolons (the comma is the decimal mark); most other programs write commas.
    Known column headers decide; failing that, the delimiter that splits the first rows most evenly
    into several columns, and failing that, the semicolon.
    """
    sample = text[:65536]
    best: tuple[tuple[int, int, int], str] | None = None
    for rank, delimiter in enumerate(DELIMITERS):
        rows = [row for row in _rows_of(sample, delimiter, limit=2 * headers.HEADER_SEARCH_ROWS) if not is_blank(row)]
        guess = headers.find_header(rows)
        known = headers.score(guess.columns.kind, guess.columns.headers) if guess else 0
        widths = [len(row) for row in rows[: headers.HEADER_SEARCH_ROWS]]
        even = max((widths.count(width) for width in set(widths) if width > 1), default=0)
        key = (known, even, -rank)
        if best is None or key > best[0]:
            best = (key, delimiter)
    return best[1] if best else DELIMITERS[0]


def undefuse(cell: str) -> str:
    """Undo ``exporter.defuse``: drop the apostrophe our CSV export puts before formula-like text."""
    if cell.startswith("'") and cell[1:2] and (cell[1] in FORMULA_STARTS or cell[1] == "'"):
        return cell[1:]
    return cell


def _csv_rows(text: str, delimiter: str) -> Iterator[Row]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    number = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise UnreadableFile(f"this row cannot be read as CSV ({error})", row=number + 1) from None
        number += 1
        if not is_blank(cells):
            yield number, [undefuse(cell) for cell in cells]


def _csv_sheet(path: Path) -> Sheet:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFile(f"the file cannot be read ({error.strerror or error})") from None
    text, encoding = decode(data)
    if "\x00" in text:
        raise UnreadableFile("the file holds binary data; it is not a CSV file")
    delimiter = detect_delimiter(text)
    return Sheet(path.stem, None, _csv_rows(text, delimiter), encoding=encoding, delimiter=delimiter)


# -- XLSX ----------------------------------------------------------------------------------------


def _xlsx_rows(worksheet: Any) -> Iterator[Row]:
    # Read-only worksheets trust the size the file declares, which some programs get wrong.
    worksheet.reset_dimensions()
    number = 0
    rows = worksheet.iter_rows(values_only=True)
    while True:
        try:
            cells = next(rows)
        except StopIteration:
            return
        except Exception as error:  # a damaged sheet fails while being read, not when opened
            raise UnreadableFile(f"this row cannot be read ({type(error).__name__})", row=number + 1) from None
        # Read-only mode yields an empty row for every missing one, so counting keeps Excel's numbers.
        number += 1
        if cells and not is_blank(cells):
            yield number, cells


@contextmanager
def _xlsx_sheets(path: Path) -> Iterator[list[Sheet]]:
    import openpyxl  # only imports of workbooks pay for loading it

    try:
        # data_only: a formula cell gives the value Excel last calculated, not the formula.
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged or foreign file
        raise UnreadableFile(f"the file cannot be read as an Excel workbook ({type(error).__name__})") from None
    try:
        worksheets = list(workbook.worksheets)
        several = len(worksheets) > 1
        yield [Sheet(ws.title, ws.title if several else None, _xlsx_rows(ws), is_worksheet=True) for ws in worksheets]
    finally:
        workbook.close()
