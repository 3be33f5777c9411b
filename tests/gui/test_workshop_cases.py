"""The Cases and Matrix tabs of the workshop: capture by typing, score, vote, areas, stages, the matrix."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QInputDialog

from aiall_desktop.gui.workshop.case_matrix import CaseMatrix, MatrixTab, cell_centre
from aiall_desktop.gui.workshop.cases_model import AREAS, FEASIBILITY, TITLE, VALUE, VOTES
from aiall_desktop.gui.workshop.cases_tab import CasesTab
from aiall_desktop.records import Case, CaseStage

SCREENSHOTS = Path("/tmp")

IDEAS = [
    "Predict scrap in the press line",
    "Chatbot for the reception @örebro mek",
    "Energy-aware baking @kumla #food #energi",
    "Route planning for home care #welfare",
    "Vision check of welds #smart",
    "Forecast heat demand @karlskoga #energy",
    "Translate manuals",
    "Sort invoices automatically",
    "Detect leaks from sound",
    "Plan shifts with the staff's wishes",
    "Summarise board minutes",
    "Spot mould in grain stores #livsmedel",
]


def show(widget, qtbot):
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


@pytest.fixture
def cases_tab(workshop, qtbot) -> CasesTab:
    tab = show(CasesTab(workshop), qtbot)
    tab.focus_first()
    qtbot.waitUntil(tab.capture_line.hasFocus)
    return tab


def activity_cases(workshop) -> list[Case]:
    return workshop.store.cases.list({"origin_activity_id": workshop.activity_id}, order_by="created_at")


def case_named(workshop, title: str) -> Case:
    return workshop.store.cases.list({"title": title})[0]


def capture(tab, qtbot, type_text, text: str) -> None:
    type_text(tab.capture_line, text)
    qtbot.keyClick(tab.capture_line, Qt.Key.Key_Return)


def select_row(tab, title: str) -> None:
    case = next(case for case in tab.model.cases if case.title == title)
    tab.select_case(case.id)
    tab.view.setFocus()


def test_twelve_ideas_are_captured_by_typing_and_enter_with_the_line_keeping_the_keyboard(
        cases_tab, workshop, qtbot, type_text):
    before = len(activity_cases(workshop))
    for idea in IDEAS:
        capture(cases_tab, qtbot, type_text, idea)
        assert cases_tab.capture_line.text() == ""
        qtbot.waitUntil(cases_tab.capture_line.hasFocus)
        assert not cases_tab.problem_label.isVisible()
    cases = activity_cases(workshop)
    assert len(cases) == before + 12
    assert cases_tab.model.rowCount() == before + 12
    assert all(case.stage == CaseStage.IDENTIFIED for case in cases[before:])

    baking = case_named(workshop, "Energy-aware baking")
    kumla = workshop.store.organisations.list({"name": "Kumla Livsmedel AB"})[0]
    assert baking.organisation_ids == [kumla.id]
    assert baking.areas == ["food", "energy"]
    assert baking.origin_activity_id == workshop.activity_id
    row = cases_tab.model.row_of(baking.id)
    assert cases_tab.model.index(row, TITLE).data() == "Energy-aware baking *"
    mekaniska = workshop.store.organisations.list({"name": "Örebro Mekaniska AB"})[0]
    assert case_named(workshop, "Chatbot for the reception").organisation_ids == [mekaniska.id]
    assert case_named(workshop, "Spot mould in grain stores").areas == ["food"]

    workshop.undo.stack.undo()
    assert len(activity_cases(workshop)) == before + 11
    assert workshop.store.cases.list({"title": "Spot mould in grain stores"}) == []
    assert cases_tab.model.rowCount() == before + 11


def test_ctrl_z_in_the_emptied_line_takes_the_capture_back(cases_tab, workshop, qtbot, type_text):
    undo = QAction(cases_tab)  # the window's Undo, as the main window has it
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.triggered.connect(workshop.undo.stack.undo)
    cases_tab.addAction(undo)
    before = len(activity_cases(workshop))
    capture(cases_tab, qtbot, type_text, "Detect leaks from sound")
    assert len(activity_cases(workshop)) == before + 1
    type_text(cases_tab.capture_line, "Typo")
    qtbot.keyClick(cases_tab.capture_line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cases_tab.capture_line.text() == ""  # first the line's own typing goes
    assert len(activity_cases(workshop)) == before + 1
    qtbot.keyClick(cases_tab.capture_line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(activity_cases(workshop)) == before  # then the capture
    assert cases_tab.capture_line.hasFocus()


def test_an_unknown_organisation_is_shown_beside_the_line_and_the_text_stays(cases_tab, workshop, qtbot, type_text):
    before = len(activity_cases(workshop))
    capture(cases_tab, qtbot, type_text, "Some idea @Xyz #food")
    assert cases_tab.capture_line.text() == "Some idea @Xyz #food"
    assert cases_tab.problem_label.isVisible()
    assert "No organisation starts with “Xyz”" in cases_tab.problem_label.text()
    assert len(activity_cases(workshop)) == before
    type_text(cases_tab.capture_line, "!")
    assert not cases_tab.problem_label.isVisible()


def test_the_organisation_type_ahead_completes_the_name(cases_tab, qtbot, type_text):
    type_text(cases_tab.capture_line, "Idea @öreb")
    completer = cases_tab.capture_line.completer
    assert completer.completionCount() == 2  # Örebro Mekaniska AB and Örebro universitet
    names = {completer.completionModel().index(row, 0).data() for row in range(2)}
    assert names == {"Örebro Mekaniska AB — Örebro", "Örebro universitet — Örebro"}
    popup = completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # as the keyboard reaches the popup: through the completer
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert cases_tab.capture_line.text() == "Idea @Örebro Mekaniska AB "
    type_text(cases_tab.capture_line, "#väl")
    assert completer.completionCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert cases_tab.capture_line.text() == "Idea @Örebro Mekaniska AB #welfare "
    assert cases_tab.capture_line.cursorPosition() == len(cases_tab.capture_line.text())


def adopt(tab, workshop, title: str) -> Case:
    """A case of the register made one of this activity's (the register's own has just one)."""
    case = workshop.store.cases.update(case_named(workshop, title).id, origin_activity_id=workshop.activity_id)
    tab.load()
    return case


def test_scores_in_the_view_votes_with_plus_and_minus_and_areas_with_number_keys(cases_tab, workshop, qtbot):
    title = "Forecasting district heating demand"
    case = adopt(cases_tab, workshop, title)
    select_row(cases_tab, title)

    # Scoring: F2 on the value cell opens the pick list; choosing 4 saves it.
    row = cases_tab.proxy.mapFromSource(cases_tab.model.index(cases_tab.model.row_of(case.id), VALUE))
    cases_tab.view.setCurrentIndex(row)
    qtbot.keyClick(cases_tab.view, Qt.Key.Key_F2)
    editor = cases_tab.view.viewport().findChild(QComboBox)
    assert editor is not None
    editor.setCurrentIndex(editor.findData(4))
    editor.activated.emit(editor.currentIndex())
    assert case_named(workshop, title).value_score == 4
    workshop.undo.stack.undo()
    assert case_named(workshop, title).value_score is None
    workshop.undo.stack.redo()

    # The model's own edit path (what any delegate ends in) for feasibility, and "not scored" back.
    feasibility = cases_tab.proxy.mapFromSource(cases_tab.model.index(cases_tab.model.row_of(case.id), FEASIBILITY))
    assert cases_tab.proxy.setData(feasibility, 2)
    assert case_named(workshop, title).feasibility_score == 2
    assert cases_tab.proxy.setData(feasibility, None)
    assert case_named(workshop, title).feasibility_score is None

    cases_tab.view.setFocus()
    votes = case.votes
    qtbot.keyClick(cases_tab.view, Qt.Key.Key_Plus)
    qtbot.keyClick(cases_tab.view, Qt.Key.Key_Plus)
    qtbot.keyClick(cases_tab.view, Qt.Key.Key_Minus)
    assert case_named(workshop, title).votes == votes + 1
    votes_index = cases_tab.proxy.mapFromSource(cases_tab.model.index(cases_tab.model.row_of(case.id), VOTES))
    assert votes_index.data() == str(votes + 1)
    workshop.undo.stack.undo()
    assert case_named(workshop, title).votes == votes + 2

    # Keys 1–5 toggle the nth area of the setting's list: 1 = smart industry, 2 = energy.
    assert case_named(workshop, title).areas == ["energy"]
    qtbot.keyClick(cases_tab.view, Qt.Key.Key_1)
    assert case_named(workshop, title).areas == ["energy", "smart_industry"]
    area_cell = cases_tab.proxy.mapFromSource(cases_tab.model.index(cases_tab.model.row_of(case.id), AREAS))
    assert "Smart industry" in area_cell.data()
    title_cell = cases_tab.proxy.mapFromSource(cases_tab.model.index(cases_tab.model.row_of(case.id), TITLE))
    assert title_cell.data().endswith(" *")
    qtbot.keyClick(cases_tab.view, Qt.Key.Key_2)
    assert case_named(workshop, title).areas == ["smart_industry"]
    workshop.undo.stack.undo()
    assert case_named(workshop, title).areas == ["energy", "smart_industry"]
    assert "1: Smart industry" in cases_tab.model.headerData(AREAS, Qt.Orientation.Horizontal,
                                                             Qt.ItemDataRole.ToolTipRole)
    # The selection stayed on the case through all the reloads.
    assert cases_tab.selected_case().id == case.id


def test_ctrl_shift_right_moves_the_case_on_with_a_history_entry_and_park_asks_why(
        cases_tab, workshop, qtbot, monkeypatch, clock):
    title = "Forecasting district heating demand"
    case = adopt(cases_tab, workshop, title)
    select_row(cases_tab, title)
    qtbot.keyClick(cases_tab.view, Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert case_named(workshop, title).stage == CaseStage.PRIORITISED
    history = workshop.store.case_history.list({"case_id": case.id})
    assert [(h.previous_stage, h.stage) for h in history] == [(CaseStage.IDENTIFIED, CaseStage.PRIORITISED)]
    assert history[0].changed_at.startswith("2025-03-12T08:55:00")

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kwargs: ("No data owner", True)))
    cases_tab.park_action.trigger()
    parked = case_named(workshop, title)
    assert parked.stage == CaseStage.PARKED and parked.parked_reason == "No data owner"

    workshop.undo.stack.undo()
    workshop.undo.stack.undo()
    assert case_named(workshop, title).stage == CaseStage.IDENTIFIED
    assert workshop.store.case_history.list({"case_id": case.id}) == []


def test_ctrl_shift_right_in_the_capture_line_selects_words_and_moves_nothing(cases_tab, workshop, qtbot):
    select_row(cases_tab, "Predictive maintenance of presses")
    cases_tab.capture_line.setFocus()
    qtbot.waitUntil(cases_tab.capture_line.hasFocus)
    qtbot.keyClicks(cases_tab.capture_line, "abc def")
    cases_tab.capture_line.setCursorPosition(0)
    qtbot.keyClick(cases_tab.capture_line, Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert cases_tab.capture_line.selectedText().startswith("abc")
    assert case_named(workshop, "Predictive maintenance of presses").stage == CaseStage.PRIORITISED


# -- the matrix -----------------------------------------------------------------------------------------


@pytest.fixture
def matrix_tab(workshop, qtbot) -> MatrixTab:
    store = workshop.store
    for title, value, feasibility, votes, areas in [
        ("Chatbot for the reception", None, None, 3, []),
        ("Energy-aware baking", 5, 4, 6, ["food", "energy"]),
        ("Route planning for home care", 2, 5, 1, ["welfare"]),
        ("Translate manuals", None, None, 0, []),
    ]:
        store.cases.create(Case(title=title, value_score=value, feasibility_score=feasibility, votes=votes,
                                areas=areas, origin_activity_id=workshop.activity_id))
    tab = show(MatrixTab(workshop), qtbot)
    qtbot.waitUntil(lambda: tab.matrix.viewport().width() > 800)
    return tab


def card_point(matrix: CaseMatrix, case_id: str) -> QPoint:
    return matrix.mapFromScene(matrix.card(case_id).scenePos())


def drag(matrix: CaseMatrix, start: QPoint, end: QPoint) -> None:
    viewport = matrix.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    steps = 6
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_dragging_a_card_onto_a_cell_sets_value_and_feasibility_and_snaps_it(matrix_tab, workshop):
    matrix = matrix_tab.matrix
    predictive = case_named(workshop, "Predictive maintenance of presses")  # value 4, feasibility 3
    target = matrix.mapFromScene(cell_centre(2, 5) + QPointF(30, 20))  # off the centre: it snaps
    drag(matrix, card_point(matrix, predictive.id), target)
    moved = case_named(workshop, "Predictive maintenance of presses")
    assert (moved.value_score, moved.feasibility_score) == (2, 5)
    # Snapped into its cell (which it shares with "Route planning for home care").
    assert matrix.card(predictive.id).scenePos().x() == cell_centre(2, 5).x()

    workshop.undo.stack.undo()
    back = case_named(workshop, "Predictive maintenance of presses")
    assert (back.value_score, back.feasibility_score) == (4, 3)
    assert matrix.card(predictive.id).scenePos() == cell_centre(4, 3)


def test_a_card_from_the_tray_is_dragged_in_and_one_drop_is_one_undo_step(matrix_tab, workshop):
    matrix = matrix_tab.matrix
    chatbot = case_named(workshop, "Chatbot for the reception")
    assert matrix.tray_rect().contains(matrix.card(chatbot.id).scenePos())
    steps = workshop.undo.stack.count()
    drag(matrix, card_point(matrix, chatbot.id), matrix.mapFromScene(cell_centre(5, 5)))
    placed = case_named(workshop, "Chatbot for the reception")
    assert (placed.value_score, placed.feasibility_score) == (5, 5)
    assert workshop.undo.stack.count() == steps + 1
    assert matrix.card(chatbot.id).scenePos() == cell_centre(5, 5)

    # Back to the tray by dragging it there.
    drag(matrix, card_point(matrix, chatbot.id), matrix.mapFromScene(matrix.tray_rect().center()))
    assert case_named(workshop, "Chatbot for the reception").value_score is None


def test_the_keyboard_chooses_and_moves_cards(matrix_tab, workshop, qtbot):
    matrix = matrix_tab.matrix
    matrix_tab.focus_first()
    qtbot.waitUntil(matrix.hasFocus)
    first = matrix.selected_card()
    assert first is not None and first.case.title == "Energy-aware baking"  # the top left of the grid first
    assert "Energy-aware baking *" in matrix_tab.selection_label.text()
    qtbot.keyClick(matrix, Qt.Key.Key_Tab)
    assert matrix.selected_card() is not first and matrix.hasFocus()

    matrix.select(matrix.card(case_named(workshop, "Energy-aware baking").id))
    qtbot.keyClick(matrix, Qt.Key.Key_Down)  # plain arrow: the card below (value 4)
    assert matrix.selected_card().case.title == "Predictive maintenance of presses"

    baking = case_named(workshop, "Energy-aware baking")
    matrix.select(matrix.card(baking.id))
    qtbot.keyClick(matrix, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(matrix, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(matrix, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    moved = case_named(workshop, "Energy-aware baking")
    assert (moved.value_score, moved.feasibility_score) == (3, 3)
    assert matrix.selected_card().case_id == baking.id  # still chosen after the moves
    qtbot.keyClick(matrix, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(matrix, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(matrix, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already at 5: stays
    assert case_named(workshop, "Energy-aware baking").value_score == 5

    workshop.undo.stack.undo()
    workshop.undo.stack.undo()
    assert (case_named(workshop, "Energy-aware baking").value_score,
            case_named(workshop, "Energy-aware baking").feasibility_score) == (3, 3)
    assert matrix.card(baking.id).scenePos() == cell_centre(3, 3)

    translate = case_named(workshop, "Translate manuals")
    matrix.select(matrix.card(translate.id))
    qtbot.keyClick(matrix, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # from the tray: the middle
    placed = case_named(workshop, "Translate manuals")
    assert (placed.value_score, placed.feasibility_score) == (3, 3)
    qtbot.keyClick(matrix, Qt.Key.Key_Delete)
    assert case_named(workshop, "Translate manuals").value_score is None


def test_screenshots_of_both_tabs(workshop, qtbot, type_text):
    cases = show(CasesTab(workshop), qtbot)
    cases.focus_first()
    qtbot.waitUntil(cases.capture_line.hasFocus)
    for idea in IDEAS:
        capture(cases, qtbot, type_text, idea)
    store = workshop.store
    scores = [(4, 2), (3, 4), (5, 4), (4, 4), (2, 5), (3, 3), (1, 2), (4, 5), (2, 2), (5, 1), (None, None),
              (None, None)]
    for case, (value, feasibility) in zip(activity_cases(workshop)[1:], scores):
        store.cases.update(case.id, value_score=value, feasibility_score=feasibility, data_score=3,
                           votes=(value or 0) + 1)
    cases.load()
    type_text(cases.capture_line, "Idea with @Xyz")
    qtbot.keyClick(cases.capture_line, Qt.Key.Key_Return)
    assert cases.problem_label.isVisible()
    cases.grab().save(str(SCREENSHOTS / "workshop_cases_tab.png"))
    shelf_life = case_named(workshop, "Shelf-life prediction")  # parked
    store.cases.update(shelf_life.id, origin_activity_id=workshop.activity_id)
    matrix = show(MatrixTab(workshop), qtbot)
    cards = matrix.matrix.cards()
    assert len(cards) == 13 and matrix.matrix.card(shelf_life.id) is None  # parked cases stay off the board
    matrix.matrix.select(cards[0])
    matrix.grab().save(str(SCREENSHOTS / "workshop_matrix_tab.png"))
