"""Exports: the rows the window's list shows, in files Swedish Excel opens correctly."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from aiall_desktop.exchange import export_rows, read_import
from aiall_desktop.exchange.exporter import defuse, headers


def read_csv(path):
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_csv_is_utf8_with_bom_semicolons_and_crlf(register, tmp_path):
    path = tmp_path / "deltagare.csv"
    assert export_rows(register, "participants", path) == 6
    data = path.read_bytes()
    assert data.count(b"\r\n") >= 7 and "فاطمة".encode() in data
    rows = read_csv(path)
    assert rows[0] == headers("participants")
    assert rows[0][:5] == ["ID", "First name", "Last name", "E-mail", "Phone"]


def test_the_same_rows_as_the_list_for_a_search_and_a_filter(register, tmp_path):
    listing = register.listing("participants")
    path = tmp_path / "x.csv"
    export_rows(register, "participants", path, search="kumla")
    shown = [row[0] for row in listing.rows("kumla")]
    assert [row[0] for row in read_csv(path)[1:]] == shown and len(shown) == 2
    export_rows(register, "participants", path, filters={"gender": "woman"})
    assert [row[2] for row in read_csv(path)[1:]] == ["حسن"]
    export_rows(register, "organisations", path, search="örebro")
    assert [row[1] for row in read_csv(path)[1:]] == ["Region Örebro län, Regional utveckling"]


def test_many_rows_are_fetched_in_pages(store, tmp_path):
    from aiall_desktop.records import Participant

    store.participants.create_many(Participant(first_name=f"P{n:04d}", last_name="Ek") for n in range(1234))
    path = tmp_path / "x.csv"
    progress = []
    assert export_rows(store, "participants", path, progress=lambda d, t: progress.append((d, t))) == 1234
    assert progress[-1] == (1234, 1234)
    assert len({row[0] for row in read_csv(path)[1:]}) == 1234


def test_attendance_filtered_by_activity(register, tmp_path):
    workshop = register.activities.list({"title": "Företagsbesök"})[0]
    path = tmp_path / "närvaro.csv"
    assert export_rows(register, "attendance", path, filters={"activity_id": workshop.id}) == 1
    row = read_csv(path)[1]
    assert row[1:3] == ["Företagsbesök", "2025-04-10"] and row[7:9] == ["host", "Present"]
    with pytest.raises(ValueError):
        export_rows(register, "attendance", path, search="anna")


def test_formula_like_text_is_guarded_in_csv_and_kept_as_text_in_xlsx(register, tmp_path):
    csv_path = tmp_path / "x.csv"
    export_rows(register, "participants", csv_path)
    rows = {row[1]: row for row in read_csv(csv_path)[1:]}
    assert rows["Łukasz"][16] == "'=formula? no, a note\nwith two lines"
    assert sorted(row[7] for row in read_csv(csv_path)[1:] if row[1] == "Anna") == ["", "'- kvalitet"]
    assert rows["Hương"][4] == "+46 19 30 30 00"  # a phone number cannot run anything: left alone
    xlsx_path = tmp_path / "x.xlsx"
    export_rows(register, "participants", xlsx_path)
    sheet = openpyxl.load_workbook(xlsx_path).active
    notes = [row[16].value for row in sheet.iter_rows(min_row=2) if row[1].value == "Łukasz"]
    assert notes == ["=formula? no, a note\nwith two lines"]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_defuse():
    assert defuse("=SUM(A1)") == "'=SUM(A1)"
    assert defuse("@cmd") == "'@cmd"
    assert defuse("-a note") == "'-a note"
    assert defuse("'quoted") == "''quoted"
    assert defuse("+46 70-123 45 67") == "+46 70-123 45 67"
    assert defuse("-12.5") == "-12.5"
    assert defuse("Anna") == "Anna"


def test_xlsx_dates_are_dates_and_headers_bold(register, tmp_path):
    path = tmp_path / "aktiviteter.xlsx"
    export_rows(register, "activities", path)
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A1"].value == "ID" and sheet["A1"].font.b
    assert sheet.freeze_panes == "A2"
    assert sheet["C2"].is_date


def test_a_failed_export_leaves_no_file(register, tmp_path, monkeypatch):
    path = tmp_path / "x.csv"
    path.write_text("the previous export")

    def broken(self, record_ids, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(type(register.participants), "get_many", broken)
    with pytest.raises(RuntimeError):
        export_rows(register, "participants", path)
    assert path.read_text() == "the previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_unknown_kind(register, tmp_path):
    # Cases are exported (see test_export_cases.py); teams are not.
    with pytest.raises(ValueError, match="cases"):
        export_rows(register, "teams", tmp_path / "x.csv")


def test_swedish_kind_names_work_too(register, tmp_path):
    assert export_rows(register, "Deltagare", tmp_path / "x.xlsx") == 6
    assert read_import(tmp_path / "x.xlsx").kinds == ["participants"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_cancelled_export_leaves_no_file_and_an_old_one_untouched(store, tmp_path, suffix):
    from aiall_desktop.exchange import ExportCancelled
    from aiall_desktop.records import Organisation

    store.organisations.create_many(Organisation(name=f"Org {n}") for n in range(1200))
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / f"orgs{suffix}"
    target.write_bytes(b"the old export")
    asked: list[int] = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 1  # the user pressed Cancel after the first batch

    with pytest.raises(ExportCancelled):
        export_rows(store, "organisations", target, cancel=cancel)
    assert target.read_bytes() == b"the old export"
    assert [p.name for p in folder.iterdir()] == [target.name]
