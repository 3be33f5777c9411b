"""The workshop page in the main window: opened from the Activities list, left with Back, reopened after a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.gui.workshop.page import tab_keys


def open_activity_workshop(qtbot, window: MainWindow, register, title: str = "Case workshop Örebro") -> None:
    window.show_section("activities")
    page = window.page("activities")
    assert page.select_id(register.ids[title])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # a window shortcut needs the active window
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.workshop_showing


def test_ctrl_shift_w_opens_the_chosen_activity_and_back_returns_to_it(qtbot, window: MainWindow, register):
    open_activity_workshop(qtbot, window, register)
    workshop = window.workshop
    assert workshop.title.accessibleName() == "Case workshop Örebro"
    assert "2025-03-12" in workshop.facts.text()
    # Only the tab shown has been built: the others wait until they are needed.
    assert list(workshop.built_tabs()) == [workshop.current_tab_key]
    # The register's own commands stand aside: Delete belongs to the workshop's views here.
    assert not window.record_actions.new.isEnabled()
    assert not window.record_actions.delete.isEnabled()
    assert not window.export_action.isEnabled()

    checkin = workshop.show_tab("checkin")
    assert workshop.built_tabs()["checkin"] is checkin

    qtbot.keyClick(workshop.tab_widget, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not window.workshop_showing
    page = window.current_page
    assert page.section.key == "activities"
    assert page.selected_id == register.ids["Case workshop Örebro"]


def test_open_workshop_needs_a_chosen_activity(qtbot, window: MainWindow):
    window.show_section("activities")
    window.page("activities").clear_selection()
    assert not window.workshop_action.isEnabled() or not window.open_chosen_workshop()
    assert not window.workshop_showing


def test_another_section_leaves_the_workshop(qtbot, window: MainWindow, register):
    open_activity_workshop(qtbot, window, register)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert not window.workshop_showing
    assert window.current_section.key == "participants"


def test_the_program_reopens_where_the_workshop_was_left(qtbot, open_window, register):
    window = open_window(register.path)
    open_activity_workshop(qtbot, window, register)
    window.workshop.show_tab("run")
    window.close()

    again = open_window(register.path)
    assert again.workshop_showing
    assert again.workshop.activity_id == register.ids["Case workshop Örebro"]
    assert again.workshop.current_tab_key == "run"


def test_a_new_activity_from_the_half_day_template_opens_on_its_agenda(qtbot, window: MainWindow, register):
    window.template_action.trigger()
    dialog = window.template_dialog
    assert dialog.dialog.isVisible()
    rows = [dialog.model.choices[row].template.name for row in range(dialog.model.rowCount())]
    half_day = next(row for row, name in enumerate(rows) if "case" in name.casefold())
    dialog.choose(half_day)
    dialog.title_edit.setText("Workshop Lindesberg")
    dialog.ok_button.click()

    assert window.workshop_showing
    assert window.workshop.current_tab_key == "agenda"
    store = window.store
    activity = store.activities.get(window.workshop.activity_id)
    assert activity.title == "Workshop Lindesberg"
    blocks = store.agenda_items.list({"activity_id": activity.id})
    assert len(blocks) >= 6 and sum(b.minutes for b in blocks) == 180

    window.undo.stack.undo()  # one step takes the activity and its agenda away
    assert store.activities.count({"title": "Workshop Lindesberg"}) == 0
    assert store.agenda_items.count({"activity_id": activity.id}) == 0


def test_the_shortcut_list_names_the_workshop_keys(window: MainWindow):
    rows = dict(window.shortcut_list())
    assert any(command.endswith("Open Workshop") for command in rows)
    assert any("Run:" in command for command in rows)
    assert tab_keys() == ["agenda", "people", "checkin", "cases", "matrix", "tables", "run"]
    native = QKeySequence("Ctrl+Shift+W").toString(QKeySequence.SequenceFormat.NativeText)
    assert native in rows.values()
