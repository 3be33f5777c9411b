"""File → Import… and Export List…: real files, a real database, the real dialog and buttons."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QFileDialog

from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.store import Store

HEADER = "First name;Last name;E-mail;Gender;Shoe size\n"


def write_people(path: Path, count: int, start: int = 0) -> Path:
    lines = [HEADER] + [f"Person{n};Tester{n};person{n}@import.example;woman;40\n" for n in range(start, start + count)]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def database_rows(path: Path) -> dict[str, int]:
    with Store.open(path) as store:
        return store.counts()


def emails(path: Path) -> set[str]:
    with Store.open(path) as store:
        return {p.email for p in store.participants.list()}


def choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def wait_for_job(qtbot, window: MainWindow, timeout: int = 30000) -> None:
    qtbot.waitUntil(lambda: window.exchange.job is None, timeout=timeout)


def open_preview(qtbot, monkeypatch, window: MainWindow, path: Path):
    choose_file(monkeypatch, path)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.exchange.preview is not None, timeout=30000)
    preview = window.exchange.preview
    qtbot.waitExposed(preview.dialog)
    return preview


def test_a_valid_csv_is_imported_through_the_preview(qtbot, monkeypatch, window: MainWindow, register, tmp_path):
    window.show_section("participants")
    page = window.current_page
    before = page.model.total_count
    path = tmp_path / "deltagare.csv"
    path.write_text(HEADER + "Ingrid;Lind;ingrid@example.se;woman;42\nOmar;Saïd;omar@example.se;man;44\n",
                    encoding="utf-8")
    preview = open_preview(qtbot, monkeypatch, window, path)

    assert preview.file_label.text() == str(path)
    assert "participants" in preview.kinds_label.text()
    mapping = [(preview.mapping.item(r, 1).text(), preview.mapping.item(r, 2).text())
               for r in range(preview.mapping.rowCount())]
    assert ("E-mail", "E-mail") in mapping and ("First name", "First name") in mapping
    assert ("Shoe size", "ignored") in mapping
    assert "Participants: 2 created, 0 updated, 0 unchanged" in preview.outcome_label.text()
    assert preview.problem_list.isHidden()
    assert "cannot be undone" in preview.dialog.findChild(type(preview.file_label), "undoLabel").text()
    assert preview.import_button.isEnabled()

    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, window)
    assert {"ingrid@example.se", "omar@example.se"} <= emails(register.path)
    qtbot.waitUntil(lambda: page.model.total_count == before + 2)
    shown = {page.model.index(r, page.model.column_of("last_name")).data() for r in range(page.model.rowCount())}
    assert {"Lind", "Saïd"} <= shown
    assert "participants: 2 created" in window.statusBar().currentMessage()
    # The register had records: a backup was taken before writing.
    assert list((register.path.parent / "backups").glob("*before-import*"))
    assert window.exchange.progress_bar.isHidden() and window.exchange.cancel_button.isHidden()


def test_a_file_with_problems_lists_them_all_and_imports_nothing(qtbot, monkeypatch, window: MainWindow, register,
                                                                 tmp_path):
    before = database_rows(register.path)
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "Ingrid;Lind;ingrid@;woman;1\n;Said;omar@example.se;robot;2\nOk;Person;ok@example.se;man;3\n",
                    encoding="utf-8")
    preview = open_preview(qtbot, monkeypatch, window, path)

    problems = preview.problems()
    assert problems == [
        "row 2, column E-mail: “ingrid@” is not an e-mail address, like name@example.se.",
        "row 3, column First name: This cell must be filled in.",
        "row 3, column Gender: “robot” is not one of the choices; use one of: woman, man, non-binary, "
        "self-described, not stated.",
    ]
    assert not preview.import_button.isEnabled()
    assert preview.outcome_label.text() == "Nothing was imported. Fix these 3 problems in the file and import it again."
    qtbot.mouseClick(preview.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.exchange.preview is None)
    assert database_rows(register.path) == before


def test_cancelling_a_long_import_changes_nothing(qtbot, monkeypatch, window: MainWindow, register, tmp_path):
    before = emails(register.path)
    path = write_people(tmp_path / "many.csv", 5000)
    preview = open_preview(qtbot, monkeypatch, window, path)
    exchange = window.exchange
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    assert exchange.job is not None and exchange.cancel_button.isVisible()
    qtbot.mouseClick(exchange.cancel_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, window)
    assert window.statusBar().currentMessage() == "Import cancelled; nothing was changed"
    assert emails(register.path) == before


def test_the_window_stays_responsive_during_an_import(qtbot, monkeypatch, window: MainWindow, register, tmp_path):
    path = write_people(tmp_path / "thousands.csv", 4000)
    preview = open_preview(qtbot, monkeypatch, window, path)
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(window.exchange.job is not None))
    progress = []
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    window.exchange.job.progress.connect(lambda done, total: progress.append((done, total)))
    timer.start()
    wait_for_job(qtbot, window, timeout=60000)
    timer.stop()
    assert sum(ticks) >= 3, "the UI thread's timer did not tick while the job ran"
    assert progress and progress[-1][0] == progress[-1][1] == 4000
    assert len(emails(register.path)) == 6 + 4000


def test_a_filtered_participants_list_is_exported_as_shown(qtbot, monkeypatch, window: MainWindow, register,
                                                            tmp_path):
    window.show_section("participants")
    page = window.current_page
    page.filters.choose("gender", "woman")
    qtbot.waitUntil(lambda: page.model.filters == {"gender": "woman"})
    shown = sorted(page.model.index(r, page.model.column_of("last_name")).data() for r in range(page.model.rowCount()))
    assert shown and page.model.matching_count < page.model.total_count
    target = tmp_path / "women.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.export_action.trigger()
    wait_for_job(qtbot, window)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert sorted(row["Last name"] for row in rows) == shown
    assert window.statusBar().currentMessage() == f"Wrote {len(shown)} rows to {target}"


def test_export_is_in_the_list_menu_and_shortcuts_are_listed(qtbot, window: MainWindow):
    window.show_section("organisations")
    assert window.export_action.isEnabled()
    shortcuts = dict(window.shortcut_list())
    assert shortcuts["File → Import…"] == "Ctrl+I"
    assert shortcuts["File → Export List…"] == "Ctrl+E"
    window.show_section("reports")
    assert not window.export_action.isEnabled()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_export_imports_back_into_an_empty_register(qtbot, monkeypatch, open_window, register, tmp_path, suffix):
    window = open_window(register.path)
    window.show_section("organisations")
    target = tmp_path / f"organisations{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.export_action.trigger()
    wait_for_job(qtbot, window)
    assert window.statusBar().currentMessage() == f"Wrote 4 rows to {target}"
    empty = tmp_path / "empty.sqlite"
    Store.open(empty).close()
    window.open_database(empty)
    preview = open_preview(qtbot, monkeypatch, window, target)
    assert "Organisations: 4 created" in preview.outcome_label.text()
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, window)
    with Store.open(empty) as store:
        assert {o.name for o in store.organisations.list()} == {
            "Örebro Mekaniska AB", "Karlskoga Energi & Miljö", "Kumla Livsmedel AB", "Örebro universitet"}
    # An empty register needs no backup before an import.
    assert not list((tmp_path / "backups").glob("*before-import*"))
    page = window.page("organisations")
    qtbot.waitUntil(lambda: page.model.total_count == 4)


def click_header(qtbot, page, key: str) -> None:
    header = page.table.horizontalHeader()
    logical = page.model.column_of(key)
    x = header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def shown_titles(page) -> list[str]:
    return [page.model.index(r, page.model.column_of("title")).data() for r in range(page.model.rowCount())]


def test_the_cases_list_is_exported_in_the_order_it_is_sorted(qtbot, monkeypatch, window: MainWindow, tmp_path):
    window.show_section("cases")
    page = window.current_page
    assert window.export_action.isEnabled()
    assert shown_titles(page) == [  # the list's own order, by title
        "Forecasting district heating demand", "Predictive maintenance of presses", "Shelf-life prediction"]
    click_header(qtbot, page, "votes")
    click_header(qtbot, page, "votes")  # again: most votes first
    qtbot.waitUntil(lambda: page.model.sort_key() == ("votes", True))
    shown = shown_titles(page)
    assert shown == ["Predictive maintenance of presses", "Forecasting district heating demand", "Shelf-life prediction"]
    target = tmp_path / "case.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.export_action.trigger()
    wait_for_job(qtbot, window)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert [row["Case"] for row in rows] == shown
    assert [row["Votes"] for row in rows] == ["7", "2", "0"]
    assert rows[0]["Origin activity"] == "Case workshop Örebro" and rows[0]["Intersection"] == "Yes"
    assert rows[0]["Case organisations"] == "Örebro Mekaniska AB"
    assert window.statusBar().currentMessage() == f"Wrote 3 rows to {target}"


def test_a_searched_and_filtered_cases_list_is_exported_as_shown(qtbot, monkeypatch, window: MainWindow, tmp_path, type_text):
    import openpyxl

    window.show_section("cases")
    page = window.current_page
    click_header(qtbot, page, "title")  # by title, the other way round
    qtbot.waitUntil(lambda: page.model.sort_key() == ("title", True))
    type_text(page.search_box, "pred")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.search_text == "pred")
    shown = shown_titles(page)
    assert shown == ["Shelf-life prediction", "Predictive maintenance of presses"]
    target = tmp_path / "case"  # no suffix: the Excel filter chosen adds it
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "Excel workbook (*.xlsx)")))
    window.export_action.trigger()
    wait_for_job(qtbot, window)
    sheet = openpyxl.load_workbook(tmp_path / "case.xlsx")["Cases"]
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == shown
    parked = next(row for row in sheet.iter_rows(min_row=2, values_only=True) if row[0] == "Shelf-life prediction")
    assert parked[2] == "Parked" and parked[4] == "Yes" and parked[13] == "No data yet"

    page.filters.choose("stage", "parked")
    qtbot.waitUntil(lambda: page.model.filters == {"stage": "parked"})
    assert shown_titles(page) == ["Shelf-life prediction"]
    target = tmp_path / "parked.csv"
    window.export_action.trigger()
    wait_for_job(qtbot, window)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert [row["Case"] for row in csv.DictReader(handle, delimiter=";")] == ["Shelf-life prediction"]
