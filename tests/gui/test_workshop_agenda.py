"""The Agenda tab, driven through its widgets: keys, typed edits, moves, drops, undo and templates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QSpinBox

from aiall_desktop.domain import templates
from aiall_desktop.gui.workshop.agenda_model import MINUTES, START, TITLE
from aiall_desktop.gui.workshop.agenda_tab import AgendaTab
from aiall_desktop.gui.workshop.templates_dialog import (
    NewActivityFromTemplate,
    TemplateDialog,
    create_activity_from_template,
)


@pytest.fixture
def tab(qtbot, workshop) -> AgendaTab:
    built = AgendaTab(workshop)
    qtbot.addWidget(built)
    built.resize(1200, 700)
    built.show()
    qtbot.waitExposed(built)
    built.activateWindow()
    built.load()
    built.focus_first()
    return built


def blocks(workshop):
    return workshop.store.agenda_items.list({"activity_id": workshop.activity_id})


def titles(workshop) -> list[str]:
    return [item.title for item in blocks(workshop)]


def shown(tab: AgendaTab, column: int) -> list[str]:
    return [tab.model.index(row, column).data() for row in range(tab.model.rowCount())]


def editor(qtbot, kind):
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), kind))
    return QApplication.focusWidget()


def press_enter(qtbot, tab: AgendaTab, widget) -> None:
    """Enter in a cell editor: the delegate commits on the next turn of the event loop."""
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.table.state() != tab.table.State.EditingState)


def apply_template_by_dialog(qtbot, tab: AgendaTab, row: int = 0) -> None:
    qtbot.mouseClick(tab.buttons["apply_template"], Qt.MouseButton.LeftButton)
    dialog = tab.template_dialog
    qtbot.waitExposed(dialog.dialog)
    assert not dialog.date_edit.isVisible()  # applying asks no date: the activity has one
    dialog.choose(row)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_an_empty_agenda_says_what_to_do(qtbot, tab, workshop):
    assert tab.empty_label.isVisible()
    assert tab.empty_label.text() == "No agenda yet — add a block or apply a template"
    assert tab.summary_label.text() == "Total 0 min of 3 h planned (09:00–12:00)"
    assert not tab.overrun_label.isVisible()
    assert not tab.buttons["delete"].isEnabled() and tab.buttons["add"].isEnabled()
    assert "Ctrl+Shift+A" in tab.buttons["add"].toolTip() and "Ins" in tab.buttons["add"].toolTip()
    assert tab.buttons["save_template"].text() == "Save as Template…"
    for button in tab.buttons.values():
        assert button.accessibleName()
    # Tab leaves the table for the buttons, in the order they stand.
    assert tab.table.hasFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Tab)
    assert tab.buttons["add"].hasFocus()
    qtbot.keyClick(tab.buttons["add"], Qt.Key.Key_Space)
    assert len(blocks(workshop)) == 1


def test_blocks_are_added_and_titled_by_keyboard(qtbot, tab, workshop, type_text):
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    line = editor(qtbot, QLineEdit)
    type_text(line, "Välkommen & incheckning")
    press_enter(qtbot, tab, line)
    assert titles(workshop) == ["Välkommen & incheckning"]
    assert not tab.empty_label.isVisible()

    qtbot.keyClick(tab.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    line = editor(qtbot, QLineEdit)
    type_text(line, "Fika")
    press_enter(qtbot, tab, line)
    assert titles(workshop) == ["Välkommen & incheckning", "Fika"]
    assert [item.position for item in blocks(workshop)] == [0, 1]
    assert shown(tab, START) == ["09:00", "09:15"]
    assert tab.summary_label.text() == "Total 30 min of 3 h planned (09:00–12:00)"

    # A new block goes after the current one, not at the end.
    tab.table.setCurrentIndex(tab.model.index(0, TITLE))
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    line = editor(qtbot, QLineEdit)
    type_text(line, "AI inspiration")
    press_enter(qtbot, tab, line)
    assert titles(workshop) == ["Välkommen & incheckning", "AI inspiration", "Fika"]


def test_typed_minutes_move_later_blocks_and_flag_the_overrun(qtbot, tab, workshop):
    apply_template_by_dialog(qtbot, tab)
    assert len(blocks(workshop)) == 8
    assert shown(tab, START)[:3] == ["09:00", "09:15", "09:40"]
    assert tab.summary_label.text() == "Total 3 h of 3 h planned (09:00–12:00)"
    assert not tab.overrun_label.isVisible()

    tab.table.setCurrentIndex(tab.model.index(0, MINUTES))
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    spin = editor(qtbot, QSpinBox)
    assert spin.maximum() == 600 and spin.accessibleName() == "Minutes of block 1"
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "25")
    press_enter(qtbot, tab, spin)

    assert blocks(workshop)[0].minutes == 25
    assert shown(tab, START)[:3] == ["09:00", "09:25", "09:50"]
    assert tab.summary_label.text() == "Total 3 h 10 min of 3 h planned (09:00–12:00)"
    assert tab.overrun_label.isVisible() and tab.overrun_icon.isVisible()
    assert tab.overrun_label.text() == "Runs 10 min over the planned end (12:10)"
    assert tab.overrun_label.accessibleName().startswith("Warning: ")

    workshop.undo.stack.undo()
    assert blocks(workshop)[0].minutes == 15
    assert not tab.overrun_label.isVisible()


def test_enter_edits_the_cell_and_an_empty_title_is_refused(qtbot, tab, workshop):
    apply_template_by_dialog(qtbot, tab, row=1)
    tab.table.setCurrentIndex(tab.model.index(2, TITLE))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    line = editor(qtbot, QLineEdit)
    line.clear()
    press_enter(qtbot, tab, line)
    assert titles(workshop)[2] == "Needs interview"
    assert workshop.undo.stack.count() == 1  # only the template: the refused edit left nothing to undo


def test_ctrl_down_moves_the_block_and_keeps_it_current(qtbot, tab, workshop):
    apply_template_by_dialog(qtbot, tab)
    before = titles(workshop)
    tab.table.setCurrentIndex(tab.model.index(0, TITLE))
    qtbot.keyClick(tab.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(workshop) == [before[1], before[0], *before[2:]]
    assert tab.table.currentIndex().row() == 1
    assert tab.table.selectionModel().isRowSelected(1, QModelIndex())
    assert tab.model.index(1, TITLE).data() == before[0]
    qtbot.keyClick(tab.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(workshop)[1] == before[0]
    assert shown(tab, START)[:2] == ["09:00", "09:25"]
    assert tab.up_action.isEnabled()

    # Ctrl+Down while typing minutes keeps the typed minutes and moves the block.
    tab.table.setCurrentIndex(tab.model.index(2, MINUTES))
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    spin = editor(qtbot, QSpinBox)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "40")
    moving = tab.model.index(2, TITLE).data()
    qtbot.keyClick(spin, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.table.state() != tab.table.State.EditingState)
    assert titles(workshop)[3] == moving
    assert blocks(workshop)[3].minutes == 40
    assert tab.table.currentIndex().row() == 3
    workshop.undo.stack.undo()
    workshop.undo.stack.undo()

    tab.table.setCurrentIndex(tab.model.index(0, TITLE))
    assert not tab.up_action.isEnabled()
    workshop.undo.stack.undo()
    workshop.undo.stack.undo()
    workshop.undo.stack.undo()
    assert titles(workshop) == before


def test_dropping_a_row_moves_it_in_one_undoable_step(qtbot, tab, workshop):
    apply_template_by_dialog(qtbot, tab)
    before = titles(workshop)
    model = tab.model
    # What the view does when row 0 is dragged and dropped between rows 3 and 4.
    data = model.mimeData([model.index(0, TITLE)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 4, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 4, 0, QModelIndex())
    assert not model.removeRows(0, 1)  # the view's clean-up after a move-drop removes nothing
    assert titles(workshop) == [before[1], before[2], before[3], before[0], *before[4:]]
    assert tab.table.currentIndex().row() == 3
    assert [item.position for item in blocks(workshop)] == list(range(8))

    # Dropped onto the end (below the last row), then moved by the model's move API.
    data = model.mimeData([model.index(1, 2)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert titles(workshop)[-1] == before[2]
    assert model.moveRows(QModelIndex(), 7, 1, QModelIndex(), 0)
    assert titles(workshop)[0] == before[2]

    for _ in range(3):
        workshop.undo.stack.undo()
    assert titles(workshop) == before


def test_duplicate_delete_and_undo(qtbot, tab, workshop):
    apply_template_by_dialog(qtbot, tab, row=1)  # the company visit, six blocks
    before = titles(workshop)
    tab.table.setCurrentIndex(tab.model.index(1, TITLE))
    qtbot.keyClick(tab.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert titles(workshop) == [before[0], before[1], before[1], *before[2:]]
    assert tab.table.currentIndex().row() == 2
    assert tab.summary_label.text() == "Total 2 h 30 min of 3 h planned (09:00–12:00)"

    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert titles(workshop) == before
    assert tab.table.currentIndex().row() == 2  # the block after the deleted one is current
    tab.table.setCurrentIndex(tab.model.index(0, TITLE))
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert titles(workshop) == before[1:]
    assert [item.position for item in blocks(workshop)] == list(range(5))
    assert shown(tab, START)[:2] == ["09:00", "09:30"]  # the later blocks moved up

    workshop.undo.stack.undo()
    assert titles(workshop) == before
    assert [item.position for item in blocks(workshop)] == list(range(6))
    workshop.undo.stack.undo()
    workshop.undo.stack.undo()
    assert titles(workshop) == before


def test_applying_a_template_over_blocks_asks_replace_or_add(qtbot, tab, workshop, message_boxes):
    apply_template_by_dialog(qtbot, tab, row=1)
    message_boxes.answer = "Replace"
    apply_template_by_dialog(qtbot, tab, row=0)
    assert message_boxes.seen and "already has blocks" in message_boxes.seen[-1]["text"]
    assert len(blocks(workshop)) == 8
    message_boxes.answer = "Add After"
    apply_template_by_dialog(qtbot, tab, row=1)
    assert len(blocks(workshop)) == 14
    assert [item.position for item in blocks(workshop)] == list(range(14))
    workshop.undo.stack.undo()
    workshop.undo.stack.undo()
    assert len(blocks(workshop)) == 6


def test_save_as_template_then_start_a_new_activity_from_it(qtbot, tab, workshop, type_text):
    apply_template_by_dialog(qtbot, tab, row=1)
    tab.table.setCurrentIndex(tab.model.index(0, TITLE))
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    line = editor(qtbot, QLineEdit)
    line.clear()
    type_text(line, "Hälsning")
    press_enter(qtbot, tab, line)

    qtbot.mouseClick(tab.buttons["save_template"], Qt.MouseButton.LeftButton)
    asked = tab.name_dialog
    qtbot.waitExposed(asked)
    assert asked.textValue() == "Case workshop Örebro"
    asked.setTextValue("Besök hos tillverkare")
    asked.accept()
    saved = workshop.store.templates.list()
    assert [t.name for t in saved] == ["Besök hos tillverkare"]
    assert saved[0].blocks[0]["title"] == "Hälsning" and len(saved[0].blocks) == 6

    import datetime as dt

    choices = templates.available(workshop.store, "en")
    dialog = TemplateDialog(choices, tab, today=dt.date(2025, 3, 14))  # a Friday
    chosen = []
    dialog.open(chosen.append)
    qtbot.waitExposed(dialog.dialog)
    assert dialog.date_edit.date().toString("yyyy-MM-dd") == "2025-03-17"  # the next weekday
    labels = [dialog.model.index(row, 0).data() for row in range(dialog.model.rowCount())]
    assert labels[-1] == "Besök hos tillverkare — 2 h, saved by you"
    assert labels[0].endswith("comes with the program")
    qtbot.keyClick(dialog.list, Qt.Key.Key_End)
    assert dialog.title_edit.text() == "Case workshop Örebro"
    dialog.title_edit.clear()
    type_text(dialog.title_edit, "Besök Kumla")
    qtbot.keyClick(dialog.list, Qt.Key.Key_Home)
    assert dialog.title_edit.text() == "Besök Kumla"  # a typed title is not overwritten
    qtbot.keyClick(dialog.list, Qt.Key.Key_End)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert len(chosen) == 1
    request = chosen[0]
    assert (request.date, request.title, request.shipped) == ("2025-03-17", "Besök Kumla", False)

    command = create_activity_from_template(workshop, request.template, request.date, request.title)
    assert isinstance(command, NewActivityFromTemplate)
    assert workshop.do(command)
    activity = workshop.store.activities.get(command.activity_id)
    assert (activity.title, activity.date, activity.start_time) == ("Besök Kumla", "2025-03-17", "09:00")
    made = workshop.store.agenda_items.list({"activity_id": activity.id})
    assert [item.title for item in made][:2] == ["Hälsning", "Tour / process walk"]
    assert [item.position for item in made] == list(range(6))

    workshop.set_activity(activity.id)
    assert shown(tab, TITLE)[0] == "Hälsning"
    workshop.undo.stack.undo()
    assert workshop.store.activities.count({"title": "Besök Kumla"}) == 0
    assert workshop.store.agenda_items.count({"activity_id": activity.id}) == 0


def test_create_activity_from_a_shipped_template_by_id(workshop, store):
    template = templates.shipped("sv")[1]
    command = create_activity_from_template(store, template.id, __import__("datetime").date(2025, 4, 2))
    assert workshop.do(command)
    activity = workshop.store.activities.get(command.activity_id)
    assert (activity.title, activity.date, activity.kind) == ("Företagsbesök", "2025-04-02", template.kind)
    with pytest.raises(KeyError):
        create_activity_from_template(workshop, "no-such-template", "2025-04-02")


def test_an_evening_agenda_past_midnight_says_next_day(qtbot, tab, workshop):
    workshop.store.activities.update(workshop.activity_id, start_time="23:00", end_time="23:30")
    apply_template_by_dialog(qtbot, tab, row=1)
    assert shown(tab, START)[:3] == ["23:00", "23:10", "23:40"]
    assert shown(tab, START)[3] == "00:10 (+1 d)"
    assert tab.overrun_label.text() == "Runs 1 h 30 min over the planned end (01:00 the next day)"
