"""Exporting the Cases list (export only: the import never reads cases), and exports in the list's order."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
import pytest

from aiall_desktop.exchange import EXPORT_KINDS, KINDS, apply_import, export_rows, export_workbook, read_import
from aiall_desktop.exchange import headers as import_headers
from aiall_desktop.exchange.exporter import CASE_HEADERS
from aiall_desktop.records import Activity, Case, CaseStage, Organisation, Participant
from aiall_desktop.store import Store


def read_csv(path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


@pytest.fixture
def cases(store: Store) -> Store:
    """Four cases: non-Latin text, several areas, an owner, organisations and the workshop they came from."""
    kumla = store.organisations.create(Organisation(name="Kumla Livsmedel AB"))
    lodz = store.organisations.create(Organisation(name="Łódź Robotics sp. z o.o."))
    owner = store.participants.create(Participant(first_name="فاطمة", last_name="حسن"))
    workshop = store.activities.create(Activity(title="Case-workshop: AI i livsmedel", date="2025-03-04"))
    store.cases.create(Case(
        title="Prognos av hållbarhet för mejeri", problem="Svinn i kylkedjan — 20 % kastas",
        areas=["food", "sustainable_development"], stage=CaseStage.IN_DEVELOPMENT, value_score=4,
        feasibility_score=3, data_score=2, votes=7, organisation_ids=[kumla.id, lodz.id], owner_id=owner.id,
        origin_activity_id=workshop.id, notes="=SUM(A1) is not a formula"))
    store.cases.create(Case(title="Robotvision för Łódź", areas=["smart_industry"], stage=CaseStage.IDENTIFIED,
                            votes=2, organisation_ids=[lodz.id]))
    store.cases.create(Case(title="Energy forecasting", areas=["energy"], stage=CaseStage.PARKED,
                            parked_reason="Ingen data ännu", votes=11))
    store.cases.create(Case(title="Äldreomsorg: schemaläggning", areas=["welfare", "energy"],
                            stage=CaseStage.PRIORITISED, votes=0, value_score=5))
    return store


def test_cases_to_csv_read_back(cases, tmp_path):
    path = tmp_path / "case.csv"
    assert export_rows(cases, "cases", path) == 4
    rows = read_csv(path)
    assert list(rows[0]) == list(CASE_HEADERS)
    # The list's own order: by title, regardless of case.
    assert [r["Case"] for r in rows] == [
        "Energy forecasting", "Prognos av hållbarhet för mejeri", "Robotvision för Łódź", "Äldreomsorg: schemaläggning"]
    dairy = rows[1]
    assert dairy["Problem"] == "Svinn i kylkedjan — 20 % kastas"
    assert dairy["Stage"] == "In development"
    assert dairy["Case areas"] == "food; sustainable_development"
    assert dairy["Intersection"] == "Yes"
    assert (dairy["Value"], dairy["Feasibility"], dairy["Data readiness"], dairy["Votes"]) == ("4", "3", "2", "7")
    assert dairy["Case organisations"] == "Kumla Livsmedel AB; Łódź Robotics sp. z o.o."
    assert dairy["Owner"] == "فاطمة حسن"
    assert (dairy["Origin activity"], dairy["Origin activity date"]) == ("Case-workshop: AI i livsmedel", "2025-03-04")
    assert dairy["Case notes"] == "'=SUM(A1) is not a formula"  # defused, as in every export
    record = cases.cases.get(dairy["Case ID"])
    assert record.title == dairy["Case"] and dairy["Created"] == record.created_at
    robot, energy = rows[2], rows[0]
    assert robot["Intersection"] == "No" and robot["Value"] == "" and robot["Owner"] == ""
    assert robot["Origin activity"] == "" and robot["Origin activity date"] == ""
    assert energy["Stage"] == "Parked" and energy["Parked reason"] == "Ingen data ännu"
    assert rows[3]["Intersection"] == "Yes" and rows[3]["Stage"] == "Prioritised"


def test_cases_to_xlsx_read_back(cases, tmp_path):
    path = tmp_path / "case.xlsx"
    assert export_rows(cases, "Cases", path) == 4
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Cases"]
    sheet = workbook["Cases"]
    header = [cell.value for cell in sheet[1]]
    assert header == list(CASE_HEADERS)
    rows = [dict(zip(header, (cell.value for cell in row))) for row in sheet.iter_rows(min_row=2)]
    dairy = next(r for r in rows if r["Case"] == "Prognos av hållbarhet för mejeri")
    # Scores and votes are numbers Excel can sort; the origin's date is a date cell.
    assert (dairy["Value"], dairy["Feasibility"], dairy["Data readiness"], dairy["Votes"]) == (4, 3, 2, 7)
    assert dairy["Origin activity date"] == dt.datetime(2025, 3, 4)
    assert dairy["Owner"] == "فاطمة حسن" and dairy["Intersection"] == "Yes"
    assert dairy["Case organisations"] == "Kumla Livsmedel AB; Łódź Robotics sp. z o.o."
    robot = next(r for r in rows if r["Case"] == "Robotvision för Łódź")
    assert robot["Intersection"] == "No" and robot["Value"] is None and robot["Votes"] == 2
    assert [r["Case"] for r in rows][0] == "Energy forecasting"


def test_the_export_follows_search_filter_and_sort(cases, tmp_path):
    path = tmp_path / "x.csv"
    # The list's search: word prefixes, without regard to diacritics ("för" finds "forecasting" too).
    export_rows(cases, "cases", path, search="för")
    assert [r["Case"] for r in read_csv(path)] == [
        "Energy forecasting", "Prognos av hållbarhet för mejeri", "Robotvision för Łódź"]
    export_rows(cases, "cases", path, filters={"stage": "parked"})
    assert [r["Case"] for r in read_csv(path)] == ["Energy forecasting"]
    export_rows(cases, "cases", path, order_by="votes", descending=True)
    assert [r["Votes"] for r in read_csv(path)] == ["11", "7", "2", "0"]
    export_rows(cases, "cases", path, order_by="votes", descending=False)
    assert [r["Votes"] for r in read_csv(path)] == ["0", "2", "7", "11"]
    export_rows(cases, "cases", path, search="för", order_by="title", descending=True)
    assert [r["Case"] for r in read_csv(path)] == [
        "Robotvision för Łódź", "Prognos av hållbarhet för mejeri", "Energy forecasting"]
    export_rows(cases, "cases", path, search="för", filters={"stage": "identified"}, order_by="votes", descending=True)
    assert [r["Case"] for r in read_csv(path)] == ["Robotvision för Łódź"]
    with pytest.raises(Exception, match="not a column"):
        export_rows(cases, "cases", path, order_by="shoe_size")


def test_other_lists_are_exported_in_the_order_chosen_too(cases, tmp_path):
    path = tmp_path / "x.csv"
    export_rows(cases, "organisations", path, order_by="name", descending=True)
    assert [r["Name"] for r in read_csv(path)] == ["Łódź Robotics sp. z o.o.", "Kumla Livsmedel AB"]
    export_rows(cases, "organisations", path)  # no order chosen: the list's own, by name
    assert [r["Name"] for r in read_csv(path)] == ["Kumla Livsmedel AB", "Łódź Robotics sp. z o.o."]


@pytest.mark.parametrize("kind", ["organisations", "participants", "activities", "cases"])
def test_ordered_ids_are_the_rows_order_for_every_column(cases, kind):
    listing = cases.listing(kind)
    for key in listing.spec.keys:
        for descending in (False, True, None):
            shown = [row[0] for row in listing.rows(order_by=key, descending=descending, limit=1000)]
            assert listing.ids(order_by=key, descending=descending) == shown
    assert listing.ids() == [row[0] for row in listing.rows(limit=1000)]


def test_many_cases_are_read_in_batches_not_row_by_row(store, tmp_path):
    people = [store.participants.create(Participant(first_name=f"P{n}", last_name="Ek")) for n in range(40)]
    workshop = store.activities.create(Activity(title="Workshop", date="2025-01-01"))
    store.cases.create_many(
        Case(title=f"Case {n:04d}", owner_id=people[n % 40].id, origin_activity_id=workshop.id) for n in range(1300))
    selects = []
    store.db.conn.set_trace_callback(lambda sql: selects.append(sql) if sql.lstrip().upper().startswith("SELECT")
                                     else None)
    progress = []
    try:
        assert export_rows(store, "cases", tmp_path / "x.csv", progress=lambda d, t: progress.append((d, t))) == 1300
    finally:
        store.db.conn.set_trace_callback(None)
    assert len(selects) < 20, selects[:30]
    assert progress == [(500, 1300), (1000, 1300), (1300, 1300)]
    rows = read_csv(tmp_path / "x.csv")
    assert rows[1299]["Case"] == "Case 1299" and rows[1299]["Owner"] == "P19 Ek"


def test_deleted_cases_are_left_out_and_a_deleted_owner_is_still_named(cases, tmp_path):
    dairy = cases.cases.list({"title": "Prognos av hållbarhet för mejeri"})[0]
    cases.participants.delete(dairy.owner_id)
    energy = cases.cases.list({"title": "Energy forecasting"})[0]
    cases.cases.delete(energy.id)
    path = tmp_path / "x.csv"
    assert export_rows(cases, "cases", path) == 3
    rows = read_csv(path)
    assert "Energy forecasting" not in [r["Case"] for r in rows]
    assert rows[0]["Owner"] == "فاطمة حسن"


def test_the_workbook_has_a_cases_sheet_which_the_import_leaves_out(cases, other_store, tmp_path):
    path = tmp_path / "register.xlsx"
    export_workbook(cases, path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Organisations", "Participants", "Activities", "Attendance", "Cases"]
    assert workbook["Cases"].max_row == 5
    plan = read_import(path, store=other_store)
    assert plan.ok and plan.kinds == ["organisations", "participants", "activities", "attendance"]
    assert [str(note) for note in plan.notes] == [
        "sheet 'Cases' is left out: no row near its top names known columns"]
    apply_import(other_store, plan)
    assert other_store.cases.count() == 0 and other_store.organisations.count() == 2


def test_cases_are_export_only(cases, tmp_path):
    assert "cases" in EXPORT_KINDS and "cases" not in KINDS
    # No case header is one the import knows, so a cases sheet is never taken for activities.
    assert all(import_headers.score(kind, CASE_HEADERS) == 0 for kind in KINDS)
    assert import_headers.kind_from_name("cases") is None
    path = tmp_path / "case.csv"
    export_rows(cases, "cases", path)
    plan = read_import(path, store=cases)
    assert not plan.ok and plan.row_count == 0
    assert [str(p) for p in plan.problems] == [
        "cannot tell what this sheet holds: no row near the top names the columns of organisations, participants, "
        "activities or attendance (for example First name, Last name, E-mail)"]
    plan = read_import(path, "cases", store=cases)
    assert [str(p) for p in plan.problems] == [
        "'cases' is not a kind the import knows; use one of: organisations, participants, activities, attendance"]
    xlsx = tmp_path / "case.xlsx"
    export_rows(cases, "cases", xlsx)
    assert not read_import(xlsx).ok
