"""A case's page: entered by keyboard, stage moves kept in the history, parking with a reason, the pipeline list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.records import CaseStage
from aiall_desktop.store import Store

from editing_helpers import CTRL, SHIFT, cells, click, click_row, focused, press, row_of, tab, type_here


def case_in(path, title: str):
    with Store.open(path) as store:
        found = store.cases.list({"title": title})
    return found[0] if found else None


def history_of(path, case_id: str):
    with Store.open(path) as store:
        return store.case_history.list({"case_id": case_id}, order_by="changed_at")


def tab_through_suggestions(qtbot, field) -> None:
    """Tab while the type-ahead list is open: the keyboard's keys go to that list, as they do on screen."""
    popup = field.completer.popup()
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Tab)
    else:
        tab(qtbot)


def start_new_case(qtbot, window: MainWindow):
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    assert window.current_section.key == "cases"
    press(qtbot, Qt.Key.Key_N, CTRL)
    editor = window.details.current_editor
    assert editor is not None and editor.kind == "cases" and editor.mode == "new"
    qtbot.waitUntil(editor.case_title.widget.hasFocus)
    return editor


def open_case(qtbot, window: MainWindow, title: str):
    window.show_section("cases")
    page = window.current_page
    click_row(qtbot, page, row_of(page, "title", title))
    editor = window.details.current_editor
    assert editor is not None and editor.kind == "cases" and editor.mode == "record"
    return editor


def click_header(qtbot, page, key: str) -> None:
    header = page.table.horizontalHeader()
    logical = page.model.column_of(key)
    x = header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def today() -> str:
    return dt.date.today().isoformat()


def test_a_new_case_by_keyboard_alone(qtbot, type_text, window: MainWindow, register):
    editor = start_new_case(qtbot, window)
    assert window.record_actions.new.text() == "&New Case"
    type_here(type_text, "Spillvärme från pressarna")
    tab(qtbot)
    assert focused() is editor.problem.widget
    type_here(type_text, "Heat from the presses goes to waste.")
    tab(qtbot)
    assert focused() is editor.stage.widget
    tab(qtbot)  # past the reason (not parked: it is off) to the owner
    assert focused() is editor.owner.widget
    type_here(type_text, "Łukasz Wójcik")
    tab_through_suggestions(qtbot, editor.owner)
    assert focused() is editor.organisations.widget
    type_here(type_text, "Örebro Mekaniska AB")
    tab_through_suggestions(qtbot, editor.organisations)
    assert focused() is editor.areas.widget
    assert editor.areas.widget.currentRow() == 0  # entering the list lands on its first area
    press(qtbot, Qt.Key.Key_Space)  # smart industry
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)  # energy
    assert editor.intersection.isVisible() and "Intersection case *" in editor.intersection.text()
    tab(qtbot)
    assert focused() is editor.value_score.widget
    press(qtbot, Qt.Key.Key_End)  # 5 – high
    tab(qtbot, 3)
    assert focused() is editor.votes.widget
    type_here(type_text, "4")
    press(qtbot, Qt.Key.Key_Return, CTRL)

    assert editor.mode == "new" and editor.case_title.widget.text() == ""
    saved = case_in(register.path, "Spillvärme från pressarna")
    assert saved is not None
    assert saved.problem == "Heat from the presses goes to waste."
    assert saved.owner_id == register.ids["Łukasz Wójcik"]
    assert saved.organisation_ids == [register.ids["Örebro Mekaniska AB"]]
    assert saved.areas == ["smart_industry", "energy"] and saved.is_intersection
    assert (saved.stage, saved.value_score, saved.feasibility_score, saved.votes) == (
        CaseStage.IDENTIFIED, 5, None, 4)
    # Its history starts the day it was entered.
    (first,) = history_of(register.path, saved.id)
    assert (first.stage, first.previous_stage) == (CaseStage.IDENTIFIED, None)
    assert "Spillvärme från pressarna" in cells(window.current_page, "title")
    press(qtbot, Qt.Key.Key_Escape)
    assert editor.mode != "new"


def test_a_title_is_required_and_an_unknown_owner_explained(qtbot, type_text, window: MainWindow, register):
    editor = start_new_case(qtbot, window)
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert editor.mode == "new"
    assert editor.case_title.feedback.text == "Enter the case's title."
    type_here(type_text, "Route planning")
    editor.owner.widget.setFocus()
    type_here(type_text, "Nobody Known")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert editor.mode == "new"
    assert "“Nobody Known” is not in the register" in editor.owner.feedback.text
    assert case_in(register.path, "Route planning") is None
    editor.owner.widget.selectAll()
    type_here(type_text, "anna andersson")  # case aside, as in the register
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert editor.mode == "record"
    assert case_in(register.path, "Route planning").owner_id == register.ids["Anna Andersson"]
    assert editor.owner.widget.text() == "Anna Andersson"


def test_a_stage_move_is_kept_in_the_history_with_its_date(qtbot, type_text, window: MainWindow, register):
    editor = open_case(qtbot, window, "Forecasting district heating demand")
    case_id = register.ids["Forecasting district heating demand"]
    (history,) = editor.related
    assert history.heading.text() == "Stage history (0)"
    editor.stage.widget.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # identified → prioritised, saved as soon as chosen
    assert case_in(register.path, "Forecasting district heating demand").stage == CaseStage.PRIORITISED
    (move,) = history_of(register.path, case_id)
    assert (move.previous_stage, move.stage) == (CaseStage.IDENTIFIED, CaseStage.PRIORITISED)
    assert history.heading.text() == "Stage history (1)"
    assert history.texts(0) == [today()]
    assert history.texts(1) == ["Identified → Prioritised"]
    assert "Saved: move to Prioritised" in window.statusBar().currentMessage()
    page = window.current_page
    assert cells(page, "stage")[row_of(page, "title", "Forecasting district heating demand")] == "Prioritised"

    press(qtbot, Qt.Key.Key_Z, CTRL)  # the move and its history entry go back together
    assert case_in(register.path, "Forecasting district heating demand").stage == CaseStage.IDENTIFIED
    assert history_of(register.path, case_id) == []
    assert history.heading.text() == "Stage history (0)"
    assert editor.stage.widget.currentText() == "Identified"
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert case_in(register.path, "Forecasting district heating demand").stage == CaseStage.PRIORITISED
    assert history.texts(1) == ["Identified → Prioritised"]


def test_parking_needs_a_reason_said_in_place(qtbot, type_text, window: MainWindow, register):
    editor = open_case(qtbot, window, "Predictive maintenance of presses")
    case_id = register.ids["Predictive maintenance of presses"]
    assert not editor.parked_reason.widget.isEnabled()  # only a parked case has a reason
    editor.stage.widget.setFocus()
    press(qtbot, Qt.Key.Key_End)  # Parked
    assert editor.stage.widget.currentText() == "Parked"
    assert case_in(register.path, "Predictive maintenance of presses").stage == CaseStage.PRIORITISED
    message = editor.form.findChild(type(editor.title), "stageMessage")
    assert message.isVisible() and "needs a reason" in message.text() and message.text().startswith("⚠")
    assert editor.parked_reason.widget.isEnabled()
    assert editor.parked_reason.feedback.text == "Say why the case is parked."

    tab(qtbot)
    assert focused() is editor.parked_reason.widget
    tab(qtbot)  # leaving it empty does not park the case
    assert case_in(register.path, "Predictive maintenance of presses").stage == CaseStage.PRIORITISED
    assert history_of(register.path, case_id) == []

    editor.parked_reason.widget.setFocus()
    type_here(type_text, "Väntar på sensordata")
    assert editor.stage.feedback.text == ""  # the reason is there now
    tab(qtbot)
    saved = case_in(register.path, "Predictive maintenance of presses")
    assert (saved.stage, saved.parked_reason) == (CaseStage.PARKED, "Väntar på sensordata")
    (move,) = history_of(register.path, case_id)
    assert (move.stage, move.reason) == (CaseStage.PARKED, "Väntar på sensordata")
    (history,) = editor.related
    assert history.texts(2) == ["Väntar på sensordata"]

    # Taken up again: the reason goes, and its field is off.
    editor.stage.widget.setFocus()
    press(qtbot, Qt.Key.Key_Home)
    saved = case_in(register.path, "Predictive maintenance of presses")
    assert (saved.stage, saved.parked_reason) == (CaseStage.IDENTIFIED, "")
    assert not editor.parked_reason.widget.isEnabled() and editor.parked_reason.widget.text() == ""
    assert history.texts(1)[0] == "Parked → Identified"


def test_esc_puts_a_refused_stage_back(qtbot, window: MainWindow, register):
    editor = open_case(qtbot, window, "Forecasting district heating demand")
    editor.stage.widget.setFocus()
    press(qtbot, Qt.Key.Key_End)
    assert editor.stage.feedback.text
    press(qtbot, Qt.Key.Key_Escape)
    assert editor.stage.widget.currentText() == "Identified"
    assert editor.stage.feedback.text == "" and not editor.parked_reason.widget.isEnabled()


def test_scores_votes_and_areas_are_saved_as_chosen(qtbot, type_text, window: MainWindow, register):
    editor = open_case(qtbot, window, "Forecasting district heating demand")
    assert not editor.intersection.isVisible()
    editor.data_score.widget.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert case_in(register.path, "Forecasting district heating demand").data_score == 1
    click(qtbot, editor.votes.widget)
    press(qtbot, Qt.Key.Key_Up)
    tab(qtbot)
    assert case_in(register.path, "Forecasting district heating demand").votes == 3
    item = editor.areas.widget.item(3)  # welfare, beside energy
    item.setCheckState(Qt.CheckState.Checked)
    assert case_in(register.path, "Forecasting district heating demand").areas == ["energy", "welfare"]
    assert editor.intersection.isVisible()
    assert editor.origin.text() == "" and not editor.open_origin.isEnabled()


def test_the_origin_activity_is_shown_and_opens(qtbot, window: MainWindow, register):
    editor = open_case(qtbot, window, "Predictive maintenance of presses")
    assert editor.origin.text() == "Case workshop Örebro (2025-03-12)"
    assert editor.origin.isReadOnly()
    click(qtbot, editor.open_origin)
    assert window.current_section.key == "activities"
    assert window.details.current_editor.activity_title.widget.text() == "Case workshop Örebro"


def test_cases_filtered_by_stage_and_area(qtbot, window: MainWindow, register):
    window.show_section("cases")
    page = window.current_page
    stages = page.filters.combos["stage"]
    assert [stages.itemText(i) for i in range(stages.count())] == [
        "All stages", "Identified", "Prioritised", "In development", "Innovation & business development",
        "Implemented", "Parked"]
    page.filters.choose("stage", CaseStage.PARKED.value)
    assert cells(page, "title") == ["Shelf-life prediction"]
    page.filters.clear()
    page.filters.choose("area", "energy")
    assert sorted(cells(page, "title")) == ["Forecasting district heating demand", "Predictive maintenance of presses"]
    page.filters.choose("stage", CaseStage.IDENTIFIED.value)
    assert cells(page, "title") == ["Forecasting district heating demand"]


def test_sorting_by_stage_follows_the_method(qtbot, window: MainWindow, register):
    with Store.open(register.path) as store:
        from aiall_desktop.records import Case

        store.cases.create(Case(title="Aardvark tracking", stage=CaseStage.IMPLEMENTED))
        store.cases.create(Case(title="Invoice reading", stage=CaseStage.IN_DEVELOPMENT))
        store.cases.create(Case(title="Idea market", stage=CaseStage.INNOVATION))
    window.show_section("cases")
    page = window.current_page
    page.refresh()
    click_header(qtbot, page, "stage")
    assert cells(page, "stage") == ["Identified", "Prioritised", "In development",
                                    "Innovation & business development", "Implemented", "Parked"]
    click_header(qtbot, page, "stage")  # the other way round: parked first
    assert cells(page, "stage")[0] == "Parked" and cells(page, "stage")[-1] == "Identified"


def test_every_control_of_the_activity_and_case_pages_is_named(qtbot, window: MainWindow):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QTableView,
    )

    for key in ("activities", "cases"):
        window.show_section(key)
        window.record_actions.new.trigger()
        editor = window.details.editor(key)
        controls = [*editor.findChildren(QLineEdit), *editor.findChildren(QComboBox),
                    *editor.findChildren(QListWidget), *editor.findChildren(QPlainTextEdit),
                    *editor.findChildren(QAbstractButton), *editor.findChildren(QTableView),
                    *editor.findChildren(QAbstractSpinBox)]
        assert len(controls) > 10
        for control in controls:
            if control.objectName().startswith("qt_") or isinstance(control.parent(), QComboBox):
                continue
            assert control.accessibleName(), f"{key}: {control.objectName()} ({type(control).__name__})"
        editor.discard()
