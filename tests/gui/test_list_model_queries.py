"""The list asks the database no more than it needs: one load when built, no count of the unchanged total
at every key of a search, no join to the organisations only to count participants."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from aiall_desktop.gui import sections
from aiall_desktop.gui.list_page import ListPage
from aiall_desktop.gui.models import RecordListModel
from aiall_desktop.records import Participant
from aiall_desktop.store import Store


@pytest.fixture
def statements(filled: Store) -> list[str]:
    seen: list[str] = []
    filled.db.conn.set_trace_callback(seen.append)
    yield seen
    filled.db.conn.set_trace_callback(None)


def participants_model(store: Store) -> RecordListModel:
    return RecordListModel(sections.PARTICIPANTS.columns, store.listing("participants"))


def pages(seen: list[str]) -> list[str]:
    return [sql for sql in seen if sql.lstrip().startswith("SELECT p.id") and "LIMIT" in sql]


def counts(seen: list[str]) -> list[str]:
    return [sql for sql in seen if "count(*)" in sql and "participant AS p" in sql]


def test_a_list_page_reads_its_first_rows_once(filled: Store, statements, qtbot):
    page = ListPage(sections.PARTICIPANTS, filled.listing("participants"))
    qtbot.addWidget(page)
    assert len(pages(statements)) == 1
    assert page.model.rowCount() == 6
    # The user's own sort still asks SQL for the new order.
    page.table.horizontalHeader().setSortIndicator(page.model.column_of("first_name"), Qt.SortOrder.AscendingOrder)
    assert len(pages(statements)) == 2
    assert page.model.index(0, page.model.column_of("first_name")).data() == "Anna"


def test_searching_counts_the_matches_but_not_the_unchanged_total(filled: Store, statements, qapp):
    model = participants_model(filled)
    model.set_search("an")
    statements.clear()
    model.set_search("and")
    assert model.total_count == 6
    assert len(counts(statements)) == 1  # the matches only
    model.set_search("")
    assert (model.matching_count, model.total_count) == (6, 6)

    # New data: the total is counted again.
    model.set_search("an")
    filled.participants.create(Participant(first_name="Ana", last_name="Nyberg"))
    model.refresh()
    assert model.total_count == 7


def test_counting_joins_the_organisations_only_when_a_filter_reads_them(filled: Store, statements, qapp):
    query = filled.listing("participants")
    assert query.count("an") == query.count("an", {"gender": "woman"}) + query.count("an", {"gender": "man"}) \
        + query.count("an", {"gender": "not_stated"})
    assert all(" JOIN " not in sql for sql in counts(statements))
    statements.clear()
    assert query.count("", {"organisation": "Örebro Mekaniska AB"}) == 2
    assert any(" JOIN " in sql for sql in counts(statements))
