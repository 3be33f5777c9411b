"""The list model on its own, without a window: paging, searching and sorting in SQL, readable values."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from aiall_desktop.gui import sections
from aiall_desktop.gui.models import RecordIdRole, RecordListModel, ValueRole
from aiall_desktop.records import Participant
from aiall_desktop.store import Store


def model_for(store: Store, section: sections.Section, *, checked: bool = True, **kwargs) -> RecordListModel:
    model = RecordListModel(section.columns, store.listing(section.list_name), **kwargs)
    if checked:
        # Qt's own model checker (it fetches more pages itself, so paging tests go without it).
        model.tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return model


def column(model: RecordListModel, key: str, role=Qt.ItemDataRole.DisplayRole) -> list:
    number = model.column_of(key)
    return [model.index(row, number).data(role) for row in range(model.rowCount())]


def test_rows_columns_and_headers(filled, qapp):
    model = model_for(filled, sections.PARTICIPANTS)
    assert model.rowCount() == 6
    assert model.columnCount() == len(sections.PARTICIPANTS.columns)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Last name"
    # The default order of the list: by last name.
    assert column(model, "last_name")[:2] == ["Andersson", "Hương"]
    assert model.matching_count == model.total_count == 6


def test_codes_are_shown_as_labels(filled, qapp):
    model = model_for(filled, sections.PARTICIPANTS)
    genders = dict(zip(column(model, "last_name"), column(model, "gender")))
    assert genders["Wójcik"] == "Man"
    assert genders["Hương"] == "Woman"
    assert genders["Petrović"] == "Not stated"
    # The stored code stays reachable for whoever needs it.
    assert set(column(model, "gender", ValueRole)) == {"man", "woman", "not_stated"}

    organisations = model_for(filled, sections.ORGANISATIONS)
    rows = dict(zip(column(organisations, "name"), zip(column(organisations, "sector"), column(organisations, "size_class"))))
    assert rows["Örebro universitet"] == ("Academia", "")
    assert rows["Karlskoga Energi & Miljö"] == ("Public sector", "Large")
    assert dict(zip(column(organisations, "name"), column(organisations, "people")))["Örebro Mekaniska AB"] == "2"

    activities = model_for(filled, sections.ACTIVITIES)
    assert "Company visit" in column(activities, "kind")


def test_case_areas_are_readable_and_mark_intersections(filled, qapp):
    model = model_for(filled, sections.CASES)
    areas = dict(zip(column(model, "title"), column(model, "areas")))
    assert areas["Forecasting district heating demand"] == "Energy solutions of tomorrow"
    assert areas["Predictive maintenance of presses"] == "*\u00a0Smart industry, Energy solutions of tomorrow"
    assert areas["Shelf-life prediction"].startswith("*")
    row = column(model, "title").index("Predictive maintenance of presses")
    tooltip = model.index(row, model.column_of("areas")).data(Qt.ItemDataRole.ToolTipRole)
    assert "intersection" in tooltip
    stages = dict(zip(column(model, "title"), column(model, "stage")))
    assert stages["Shelf-life prediction"] == "Parked"


def test_numbers_align_right_and_every_row_knows_its_record(filled, qapp):
    model = model_for(filled, sections.CASES)
    votes = model.index(0, model.column_of("votes"))
    assert votes.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    ids = column(model, "title", RecordIdRole)
    assert len(set(ids)) == 3
    assert model.record_id(0) == ids[0]
    assert model.row_of(ids[2]) == 2
    assert model.record_id(99) is None


def test_search_filters_in_sql_and_counts_both_ways(filled, qapp):
    model = model_for(filled, sections.PARTICIPANTS)
    model.set_search("wój")
    assert column(model, "last_name") == ["Wójcik"]
    assert (model.matching_count, model.total_count) == (1, 6)
    model.set_search("Nguyễn")
    assert column(model, "last_name") == ["Hương"]
    model.set_search("فاطمة")
    assert column(model, "first_name") == ["فاطمة"]
    model.set_search("Mekaniska")  # the organisation's name finds its people
    assert sorted(column(model, "last_name")) == ["Petrović", "Wójcik"]
    model.set_search("no such person")
    assert model.rowCount() == 0 and model.matching_count == 0
    model.set_search("")
    assert model.rowCount() == 6


def test_sort_asks_sql_for_the_order(filled, qapp):
    model = model_for(filled, sections.PARTICIPANTS)
    model.sort(model.column_of("first_name"), Qt.SortOrder.AscendingOrder)
    assert column(model, "first_name")[0] == "Anna"
    assert model.sort_key() == ("first_name", False)
    model.sort(model.column_of("first_name"), Qt.SortOrder.DescendingOrder)
    assert column(model, "first_name")[0] == "فاطمة"
    model.sort(model.column_of("organisation"), Qt.SortOrder.AscendingOrder)
    assert column(model, "organisation")[0] == ""  # nobody's organisation sorts first

    activities = model_for(filled, sections.ACTIVITIES)
    assert activities.sort_key() == ("date", True)  # newest first until the user says otherwise
    assert column(activities, "date") == ["2025-05-20", "2025-03-12", "2025-01-08"]


def test_rows_arrive_in_pages(store, qapp):
    store.participants.create_many(
        Participant(first_name=f"Person {n:03d}", last_name=f"Svensson {n:03d}") for n in range(450)
    )
    model = model_for(store, sections.PARTICIPANTS, checked=False)
    assert model.matching_count == 450
    assert model.rowCount() == 200  # one page, not the table
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    assert column(model, "last_name")[449] == "Svensson 449"
    # A new search starts again from the first page.
    model.set_search("Svensson")
    assert model.rowCount() == 200


def test_small_pages(filled, qapp):
    model = model_for(filled, sections.PARTICIPANTS, checked=False, page_size=4)
    assert model.rowCount() == 4
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 6


def test_rebinding_to_another_database(filled, tmp_path: Path, qapp):
    model = model_for(filled, sections.ORGANISATIONS)
    model.set_search("Örebro")
    assert model.rowCount() == 2
    with Store.open(tmp_path / "other.sqlite") as other:
        model.set_query(other.listing("organisations"))
        assert model.rowCount() == 0 and model.total_count == 0
        assert model.search_text == "Örebro"  # the facilitator's search stays


def test_columns_must_belong_to_the_list(filled, qapp):
    with pytest.raises(ValueError, match="no column"):
        RecordListModel(sections.CASES.columns, filled.listing("participants"))


def test_a_model_without_a_query_is_empty(qapp):
    model = RecordListModel(sections.CASES.columns)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_filters_narrow_the_rows_and_the_counts(filled, qapp):
    model = model_for(filled, sections.PARTICIPANTS)
    model.set_filters({"gender": "woman"})
    assert model.rowCount() == 3 and model.matching_count == 3 and model.total_count == 6
    assert model.is_narrowed
    model.set_search("anna")
    assert column(model, "last_name") == ["Andersson"]
    model.set_search("")
    model.set_filters({"tag": "machine learning", "gender": "man"})
    assert sorted(column(model, "last_name")) == ["Wójcik", "Zetterberg"]
    model.set_filters({})
    assert model.rowCount() == 6 and not model.is_narrowed
    organisations = model_for(filled, sections.ORGANISATIONS)
    organisations.set_filters({"size_class": None})  # "Size not given"
    assert column(organisations, "name") == ["Örebro universitet"]
