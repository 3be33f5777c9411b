"""The Run tab and the projector window, driven by keys and a fake clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from aiall_desktop.records import AgendaItem, Case

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "run-mode.png"


@pytest.fixture
def agenda(filled, workshop) -> list[AgendaItem]:
    blocks = [("Welcome and check-in", 10), ("Case brainstorm at the tables", 30), ("Dot voting", 15)]
    return [filled.agenda_items.create(AgendaItem(activity_id=workshop.activity_id, position=n, title=title,
                                                  minutes=minutes))
            for n, (title, minutes) in enumerate(blocks, start=1)]


@pytest.fixture
def make_tab(qtbot, workshop):
    from aiall_desktop.gui.workshop.run_tab import RunTab

    def make() -> RunTab:
        tab = RunTab(workshop)
        qtbot.addWidget(tab)
        tab.resize(1000, 700)
        tab.show()
        qtbot.waitExposed(tab)
        tab.activateWindow()
        qtbot.waitUntil(tab.isActiveWindow)
        tab.focus_first()
        return tab

    return make


@pytest.fixture
def tab(make_tab, agenda):
    return make_tab()


def key(qtbot, tab, which, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is, as the user would; the focus must be inside the tab."""
    from PySide6.QtWidgets import QApplication

    focus = QApplication.focusWidget()
    assert focus is not None and (focus is tab or tab.isAncestorOf(focus)), focus
    qtbot.keyClick(focus, which, modifier)


def shows(qtbot, label, text: str) -> None:
    """Wait for the timer's tick to show ``text`` (fails after a while if it never does)."""
    qtbot.waitUntil(lambda: label.text() == text, timeout=3000)


def test_f5_starts_the_first_block_and_the_countdown_follows_the_clock(qtbot, tab, clock, filled, workshop, agenda):
    assert tab.title_label.text() == "Case workshop Örebro"
    assert tab.countdown_label.text() == "10:00" and tab.caption_label.text() == "Not started"
    key(qtbot, tab, Qt.Key.Key_F5)
    assert tab.title_label.text() == "Welcome and check-in"
    assert tab.next_label.text() == "Next: Case brainstorm at the tables (30 min)"
    assert tab.position_label.text() == "Block 1 of 3 · Running"
    assert filled.agenda_items.get(agenda[0].id).actual_start == "2025-03-12T08:55:00.000000Z"
    clock.advance(90)
    shows(qtbot, tab.countdown_label, "08:30")
    assert tab.block_label.text() == "01:30 gone of 10:00"
    assert workshop.undo.stack.count() == 0, "the timer is not an edit to undo"


def test_f6_pauses_and_the_time_stands_still_until_resumed(qtbot, tab, clock):
    key(qtbot, tab, Qt.Key.Key_F5)
    clock.advance(60)
    key(qtbot, tab, Qt.Key.Key_F6)
    assert tab.caption_label.text() == "Paused · remaining"
    assert tab.pause_button.text().replace("&", "") == "Resume"
    clock.advance(20 * 60)
    qtbot.wait(600)
    assert tab.countdown_label.text() == "09:00"
    key(qtbot, tab, Qt.Key.Key_F6)
    clock.advance(30)
    shows(qtbot, tab.countdown_label, "08:30")
    assert tab.caption_label.text() == "remaining"


def test_ctrl_plus_adds_a_minute_to_the_current_block(qtbot, tab, clock):
    key(qtbot, tab, Qt.Key.Key_F5)
    key(qtbot, tab, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert tab.countdown_label.text() == "11:00"
    assert "1 min added" in tab.block_label.text()
    key(qtbot, tab, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert tab.countdown_label.text() == "12:00"


def test_next_block_closes_one_block_and_opens_the_next_until_the_end(qtbot, tab, clock, filled, workshop, agenda):
    key(qtbot, tab, Qt.Key.Key_F5)
    clock.advance(12 * 60)
    key(qtbot, tab, Qt.Key.Key_F8)
    first, second = filled.agenda_items.get(agenda[0].id), filled.agenda_items.get(agenda[1].id)
    assert first.actual_end == second.actual_start == "2025-03-12T09:07:00.000000Z"
    assert tab.title_label.text() == "Case brainstorm at the tables"
    assert tab.countdown_label.text() == "30:00"
    assert tab.session_label.text() == "Session: 12:00 gone of 55:00 planned · expected 2 min behind plan"
    clock.advance(60)
    key(qtbot, tab, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert tab.title_label.text() == "Dot voting"
    assert tab.next_button.text().replace("&", "") == "Finish Last Block"
    key(qtbot, tab, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert tab.title_label.text() == "Case brainstorm at the tables"
    assert tab.countdown_label.text() == "29:00", "going back continues the block where it was"
    key(qtbot, tab, Qt.Key.Key_F8)
    key(qtbot, tab, Qt.Key.Key_F8)
    assert tab.position_label.text() == "Finished"
    assert tab.countdown_label.text() == "Thank you"
    assert filled.activities.get(workshop.activity_id).run_item_id is None
    assert all(filled.agenda_items.get(item.id).actual_end for item in agenda)


def test_overtime_shows_a_plus_and_says_so_in_words(qtbot, tab, clock):
    key(qtbot, tab, Qt.Key.Key_F5)
    clock.advance(11 * 60 + 5)
    shows(qtbot, tab.countdown_label, "+01:05")
    assert tab.caption_label.text() == "over time"


def test_the_keys_belong_to_the_tab_and_leave_other_text_fields_alone(qtbot, make_tab, agenda, workshop, filled):
    from aiall_desktop.gui.workshop.run_tab import RunTab

    page = QWidget()
    qtbot.addWidget(page)
    note = QLineEdit(page)
    tab = RunTab(workshop, page)
    layout = QVBoxLayout(page)
    layout.addWidget(note)
    layout.addWidget(tab)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    qtbot.keyClick(note, Qt.Key.Key_F5)
    qtbot.keyClick(note, Qt.Key.Key_Space)
    assert note.text() == " "
    assert filled.activities.get(workshop.activity_id).run_item_id is None
    tab.start_button.setFocus()
    qtbot.keyClick(tab.start_button, Qt.Key.Key_F5)
    assert filled.activities.get(workshop.activity_id).run_item_id == agenda[0].id


def test_a_new_tab_after_a_restart_shows_the_same_state(qtbot, tab, make_tab, clock):
    key(qtbot, tab, Qt.Key.Key_F5)
    clock.advance(3 * 60)
    key(qtbot, tab, Qt.Key.Key_F6)
    tab.close()
    clock.advance(20 * 60)  # the laptop slept with the session paused
    again = make_tab()
    assert again.countdown_label.text() == "07:00"
    assert again.position_label.text() == "Block 1 of 3 · Paused"
    key(qtbot, again, Qt.Key.Key_F6)
    clock.advance(60)
    again.refresh()
    assert again.countdown_label.text() == "06:00"


def test_the_projector_shows_the_same_countdown_and_esc_closes_it(qtbot, tab, clock):
    key(qtbot, tab, Qt.Key.Key_F5)
    key(qtbot, tab, Qt.Key.Key_F7)
    projector = tab.projector
    assert projector is not None and projector.isVisible() and projector.isFullScreen()
    assert tab.projector_button.text().replace("&", "") == "Close Projector"
    clock.advance(4 * 60 + 10)
    shows(qtbot, projector.countdown_label, "05:50")
    assert tab.countdown_label.text() == projector.countdown_label.text()
    assert projector.title_label.text() == "Welcome and check-in"
    assert projector.next_label.text() == "Next: Case brainstorm at the tables (30 min)"
    clock.advance(6 * 60)
    shows(qtbot, projector.countdown_label, "+00:10")
    assert projector.caption_label.text() == "over time"
    # The run keys work with the focus on the projector too.
    projector.activateWindow()
    projector.setFocus()
    qtbot.keyClick(projector, Qt.Key.Key_F8)
    assert projector.title_label.text() == "Case brainstorm at the tables"
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()
    assert tab.projector_button.text().replace("&", "") == "Show on Projector"


def test_the_case_board_lists_the_activity_s_cases_by_votes_with_the_star(qtbot, tab, filled, workshop):
    tab.case_board_check.setChecked(True)
    tab.toggle_projector()
    projector = tab.projector
    assert projector.board.isVisible()
    assert projector.case_model.stringList() == ["Predictive maintenance of presses\u00a0*  ·\u00a07\u00a0votes"]
    filled.cases.create(Case(title="Chatbot for the municipality", areas=["welfare"], votes=9,
                             origin_activity_id=workshop.activity_id))
    filled.cases.create(Case(title="Not from this workshop", votes=20))
    workshop.notify(frozenset({"cases"}))
    assert projector.case_model.stringList() == ["Chatbot for the municipality  ·\u00a09\u00a0votes",
                                                 "Predictive maintenance of presses\u00a0*  ·\u00a07\u00a0votes"]
    tab.case_board_check.setChecked(False)
    assert not projector.board.isVisible()


def test_reset_asks_first_and_then_forgets_the_run(qtbot, tab, message_boxes, filled, agenda):
    key(qtbot, tab, Qt.Key.Key_F5)
    message_boxes.answer = None
    tab.reset_button.click()
    assert filled.agenda_items.get(agenda[0].id).actual_start is not None
    message_boxes.answer = "Reset"
    tab.reset_button.click()
    assert filled.agenda_items.get(agenda[0].id).actual_start is None
    assert tab.caption_label.text() == "Not started" and tab.start_button.isEnabled()


def test_without_an_agenda_nothing_can_start(qtbot, make_tab):
    tab = make_tab()
    assert not tab.start_button.isEnabled()
    assert "no agenda yet" in tab.session_label.text()
    tab.start()
    assert tab.position_label.text() == "Not started"


def test_projector_colours_are_readable_from_the_back_of_the_room():
    from aiall_desktop.gui.workshop.projector import BACKGROUND, OVERTIME, SECONDARY, TEXT, contrast_ratio

    for colour in (TEXT, SECONDARY, OVERTIME):
        assert contrast_ratio(colour, BACKGROUND) >= 7


def test_screenshot_of_the_projector_at_full_hd(qtbot, tab, clock, filled, workshop):
    from aiall_desktop.gui.workshop.projector import ProjectorWindow

    filled.cases.create(Case(title="Chatbot for the municipality's parental leave questions", areas=["welfare"],
                             votes=9, origin_activity_id=workshop.activity_id))
    filled.cases.create(Case(title="Energy use forecasting for the foundry", areas=["energy", "smart_industry"],
                             votes=4, origin_activity_id=workshop.activity_id))
    key(qtbot, tab, Qt.Key.Key_F5)
    clock.advance(10 * 60 + 30)
    key(qtbot, tab, Qt.Key.Key_F8)
    clock.advance(12 * 60 + 21)
    window = ProjectorWindow(workshop)
    qtbot.addWidget(window)
    window.load()
    window.set_case_board_visible(True)
    window.resize(1920, 1080)
    window.refresh()
    assert window.countdown_label.text() == "17:39"
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOT))
