"""The window on a demo database: realistic volume and names, every list and the overview agree."""

from __future__ import annotations

import pytest

from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.store import Store

demo = pytest.importorskip("aiall_desktop.demo")

#: Section → the table its list reads.
TABLES = {"organisations": "organisation", "participants": "participant", "activities": "activity", "cases": "ai_case"}


def test_window_on_a_demo_database(qtbot, open_window, tmp_path):
    path = tmp_path / "demo.sqlite"
    demo.generate(path, scale=0.02)
    with Store.open(path) as store:
        counts = store.counts()
    window: MainWindow = open_window(path)
    for section, table in TABLES.items():
        window.show_section(section)
        page = window.current_page
        assert page.model.total_count == counts[table]
        assert page.model.rowCount() == min(counts[table], 200)
        if counts[table]:
            page.select_row(0)
            assert window.details.summary is not None
            assert window.details.summary.title
    window.show_section("reports")
    assert window.overview.count_shown("participant") == str(counts["participant"])
