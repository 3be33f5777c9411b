"""Import files as they arrive from the world: workbooks of every shape, exports re-saved in other
encodings, cut short, or damaged byte by byte.

``tests/exchange/test_import_fuzz.py`` already feeds random bytes and byte-edited CSV exports; this
module adds what that one does not: XLSX workbooks (built at random, and real exports damaged inside
their zip), CSV exports re-encoded, with other line ends and delimiters, and truncated anywhere.

For every file: ``read_import`` returns a plan (or raises ``ImportRefused`` with problems) and writes
nothing; every problem has a text; a plan with problems is refused by ``apply_import`` and the register
is unchanged; a plan without is written whole: no record is lost, no more are created than the plan
said, and reading the same file again finds nothing left to create or update.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from fuzz_helpers import Blob, event, exchange_helpers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiall_desktop.exchange import ImportRefused, apply_import, export_rows, export_workbook, read_import
from aiall_desktop.exchange.headers import FIELDS, KINDS
from aiall_desktop.store import Store

helpers = exchange_helpers()

# One register serves every example (a database per example would be slow); each example compares
# the register with itself just before, so what earlier examples imported does not matter.
reuse_fixture = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture
def register(store: Store) -> Store:
    return helpers.fill(store)


@pytest.fixture
def exports(register: Store, tmp_path: Path) -> dict[str, Blob]:
    """The register's own exports: each kind as CSV, and the whole register as one workbook."""
    folder = tmp_path / "exports"
    folder.mkdir()
    files = {}
    for kind in KINDS:
        export_rows(register, kind, folder / f"{kind}.csv")
        files[kind] = Blob((folder / f"{kind}.csv").read_bytes())
    export_workbook(register, folder / "register.xlsx")
    files["workbook"] = Blob((folder / "register.xlsx").read_bytes())
    return files


def _ids(rows: dict[str, list[dict]]) -> dict[str, set[str]]:
    return {kind: {row["id"] for row in records} for kind, records in rows.items()}


def check_import(store: Store, path: Path) -> str:
    """Read and apply ``path`` as the window does; hold every step to the rules; say what happened."""
    before = helpers.dump(store)
    try:
        plan = read_import(path, store=store)
    except ImportRefused as refused:
        assert refused.problems and all(str(p).strip() for p in refused.problems)
        assert helpers.dump(store) == before
        return "refused while reading"
    assert helpers.dump(store) == before, "reading an import wrote to the register"
    assert all(str(problem).strip() for problem in plan.problems + plan.notes)
    if not plan.ok:
        assert plan.preview is None
        with pytest.raises(ImportRefused):
            apply_import(store, plan)
        assert helpers.dump(store) == before, "a refused import changed the register"
        event("refused with problems")
        return "refused"
    try:
        result = apply_import(store, plan)
    except ImportRefused as refused:
        assert refused.problems
        assert helpers.dump(store) == before, "a refused import changed the register"
        event("refused when applied")
        return "refused"
    after = helpers.dump(store)
    before_ids, after_ids = _ids(before), _ids(after)
    for kind, counts in result.counts.items():
        assert before_ids[kind] <= after_ids[kind], f"an import lost {kind}"
        # Created counts attendance brought back from its tombstone too, which adds no row.
        assert len(after_ids[kind] - before_ids[kind]) <= counts.created
    # All of it: the file, read again, has nothing left to write.
    again = read_import(path, store=store)
    assert again.ok, [str(p) for p in again.problems]
    if again.preview is not None:
        left = {kind: (c.created, c.updated) for kind, c in again.preview.items() if c.created or c.updated}
        assert not left, f"after importing, the same file would still write {left}"
    assert store.integrity_check() == ["ok"]
    event("imported" if plan.row_count else "imported (no rows)")
    return "imported"


# -- CSV exports, re-encoded, re-delimited, cut short ----------------------------------------------

ENCODINGS = ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
             "mac_roman", "cp437", "ascii"]


@st.composite
def csv_damage(draw, exported: bytes) -> tuple[bytes, list[str]]:
    text = exported.decode("utf-8-sig")
    steps = []
    if draw(st.booleans()):
        ending = draw(st.sampled_from(["\n", "\r", "\r\r\n", "\n\r"]))
        text = text.replace("\r\n", ending)
        steps.append(f"line ends {ending!r}")
    if draw(st.booleans()):
        old, new = draw(st.sampled_from([(";", ","), (";", "\t"), (";", "|"), ('"', ""), ('"', "'"), (";", ";;")]))
        text = text.replace(old, new)
        steps.append(f"{old!r}->{new!r}")
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, errors=draw(st.sampled_from(["replace", "ignore", "xmlcharrefreplace"])))
    steps.append(encoding)
    for _ in range(draw(st.integers(0, 3))):
        position = draw(st.integers(0, max(0, len(data) - 1)))
        operation = draw(st.sampled_from(["flip", "insert", "delete", "duplicate"]))
        if operation == "flip" and data:
            data = data[:position] + bytes([data[position] ^ draw(st.integers(1, 255))]) + data[position + 1 :]
        elif operation == "insert":
            data = data[:position] + draw(st.binary(min_size=1, max_size=4)) + data[position:]
        elif operation == "delete":
            data = data[:position] + data[position + draw(st.integers(1, 8)) :]
        else:  # a piece of the file twice, as a bad copy-and-paste leaves it
            data = data[:position] + data[position : position + 80] + data[position:]
        steps.append(operation)
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
        steps.append("truncated")
    return data, steps


@reuse_fixture
@given(data=st.data())
def test_a_reencoded_damaged_or_truncated_csv_export(register, exports, tmp_path, data):
    kind = data.draw(st.sampled_from(KINDS), label="kind")
    content, steps = data.draw(csv_damage(exports[kind]), label="damage")
    path = tmp_path / f"{kind}-ändrad.csv"
    path.write_bytes(content)
    check_import(register, path)


# -- workbooks built at random ---------------------------------------------------------------------

ALL_HEADERS = sorted({name for kind in KINDS for field in FIELDS[kind] for name in field.names})
SHEET_NAMES = ["Organisations", "Organisationer", "Deltagare", "participants", "Aktiviteter", "Activities",
               "Närvaro", "attendance", "Blad1", "Sheet", "Summa"]

def _writable(text: str) -> str:
    """Without the control characters openpyxl refuses to write (the zip damage below puts them in)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text)


_excel_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40).map(_writable)
# Control characters that openpyxl writes (tab and line ends) and a very long text.
_awkward_text = st.one_of(
    st.sampled_from(["", " ", "\t", "a\nb", "x\r\ny", "=SUM(A1:A3)", "=1/0", "'=quoted", "-", "+46 19",
                     "2025-02-30", "1e400", "NaN", "TRUE", "#N/A", "Ö" * 5000, "🙂" * 300, "\u202etxet"]),
    _excel_text,
)
cell_values = st.one_of(
    st.none(),
    _awkward_text,
    st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(dt.date(1900, 3, 1), dt.date(9999, 12, 31)),
    st.datetimes(dt.datetime(1900, 3, 1), dt.datetime(9999, 12, 31)),
    st.times(),
    st.sampled_from(ALL_HEADERS),
)


@st.composite
def sheets(draw) -> dict:
    title = draw(st.one_of(st.sampled_from(SHEET_NAMES),
                           st.text(st.characters(blacklist_characters="[]:*?/\\'", blacklist_categories=("Cs", "Cc")),
                                   min_size=1, max_size=31)))
    width = draw(st.integers(1, 12))
    header = draw(st.lists(st.one_of(st.sampled_from(ALL_HEADERS), cell_values), min_size=width, max_size=width))
    rows = draw(st.lists(st.lists(cell_values, max_size=width + 2), max_size=8))
    blank_rows_above = draw(st.integers(0, 3))
    merges = draw(st.lists(st.tuples(st.integers(1, 10), st.integers(1, 6), st.integers(0, 2), st.integers(0, 2)),
                           max_size=2))
    return {"title": title, "rows": [[]] * blank_rows_above + [header] + rows, "merges": merges}


def build_workbook(path: Path, specs: list[dict]) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for number, spec in enumerate(specs):
        title = spec["title"] if spec["title"].casefold() not in used else f"{spec['title'][:28]}{number}"
        used.add(title.casefold())
        sheet = workbook.create_sheet(title)
        for row in spec["rows"]:
            sheet.append(list(row))
        for top, left, down, right in spec["merges"]:
            if down or right:
                sheet.merge_cells(start_row=top, start_column=left, end_row=top + down, end_column=left + right)
    workbook.save(path)


@reuse_fixture
@given(specs=st.lists(sheets(), min_size=1, max_size=3))
def test_a_workbook_of_any_shape(register, tmp_path, specs):
    path = tmp_path / "slump.xlsx"
    try:
        build_workbook(path, specs)
    except Exception as error:  # openpyxl refuses some values; the reader is what is under test
        event(f"openpyxl could not write it: {type(error).__name__}")
        return
    check_import(register, path)


@reuse_fixture
@given(kind=st.sampled_from(KINDS), rows=st.lists(st.lists(cell_values, min_size=3, max_size=10), max_size=6))
def test_random_cells_under_a_real_header(register, tmp_path, kind, rows):
    """The headers an export writes, then cells of every type: the row reader must explain each one."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = kind
    sheet.append([field.header for field in FIELDS[kind]])
    for row in rows:
        sheet.append(row)
    path = tmp_path / f"{kind}.xlsx"
    try:
        workbook.save(path)
    except Exception as error:
        event(f"openpyxl could not write it: {type(error).__name__}")
        return
    check_import(register, path)


# -- a real exported workbook, damaged inside its zip ----------------------------------------------


@st.composite
def zip_damage(draw, workbook: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(workbook)) as original:
        members = {info.filename: original.read(info) for info in original.infolist()}
    names = sorted(members)
    operation = draw(st.sampled_from(["edit member", "drop member", "truncate zip", "flip zip bytes"]))
    event(f"workbook damage: {operation}")
    if operation == "truncate zip":
        return workbook[: draw(st.integers(0, len(workbook) - 1))]
    if operation == "flip zip bytes":
        data = bytearray(workbook)
        for position, mask in draw(st.lists(st.tuples(st.integers(0, len(data) - 1), st.integers(1, 255)),
                                            min_size=1, max_size=6)):
            data[position] ^= mask
        return bytes(data)
    name = draw(st.sampled_from(names))
    if operation == "drop member":
        del members[name]
    else:
        content = bytearray(members[name])
        for _ in range(draw(st.integers(1, 4))):
            position = draw(st.integers(0, max(0, len(content) - 1)))
            chunk = draw(st.one_of(
                st.binary(min_size=1, max_size=4),
                # XML that parses but means something odd: control characters, huge numbers, bad types.
                st.sampled_from([b"\x01", b"\x0b", b"&#1;", b"<c t=\"e\"><v>#REF!</v></c>", b"99999999999999999999",
                                 b"</row>", b"<row r=\"0\">", b"t=\"d\"", b"<v>1e308</v>", b"&lt;"]),
            ))
            if draw(st.booleans()):
                content[position:position] = chunk
            else:
                content[position : position + len(chunk)] = chunk
        if draw(st.booleans()):
            del content[draw(st.integers(0, len(content))) :]
        members[name] = bytes(content)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as damaged:
        for member, content in members.items():
            damaged.writestr(member, content)
    return out.getvalue()


@reuse_fixture
@given(data=st.data())
def test_an_exported_workbook_damaged_inside(register, exports, tmp_path, data):
    content = data.draw(zip_damage(exports["workbook"]), label="workbook")
    path = tmp_path / "register.xlsx"
    path.write_bytes(content)
    check_import(register, path)


def test_the_undamaged_exports_import_as_unchanged(register, exports, tmp_path):
    """The baseline the damage starts from: each export reads back whole and writes nothing new."""
    for name, content in exports.items():
        path = tmp_path / (f"{name}.csv" if name in KINDS else "register.xlsx")
        path.write_bytes(content)
        before = helpers.dump(register)
        assert check_import(register, path) == "imported"
        assert helpers.dump(register) == before
