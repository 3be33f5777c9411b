"""Editing records on their page: saved on leaving a field, undone and redone, deleted, tagged in bulk."""

from __future__ import annotations

from PySide6.QtCore import Qt

from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.store import Store

from editing_helpers import (
    CTRL,
    SHIFT,
    cells,
    click,
    click_row,
    count_people,
    double_click_row,
    focused,
    open_participant,
    people_in,
    press,
    row_of,
    tab,
    type_here,
    wait_active,
)


def email_of(path, record_id: str) -> str:
    with Store.open(path) as store:
        return store.participants.get(record_id).email


def test_leaving_an_edited_field_saves_it_at_once(qtbot, type_text, window: MainWindow, register):
    editor = open_participant(qtbot, window, "Andersson")
    anna = register.ids["Anna Andersson"]
    click(qtbot, editor.email.widget)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_here(type_text, "anna.andersson@oru.se")
    assert email_of(register.path, anna) != "anna.andersson@oru.se"  # not while typing
    tab(qtbot)
    assert email_of(register.path, anna) == "anna.andersson@oru.se"  # a second connection sees it
    assert "Saved: change of E-mail" in window.statusBar().currentMessage()
    assert window.record_actions.undo.text() == "&Undo change of E-mail"
    assert cells(window.current_page, "email")[row_of(window.current_page, "last_name", "Andersson")] == \
        "anna.andersson@oru.se"  # the list shows it too

    # A choice is saved as soon as it is made.
    editor.gender.widget.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    with Store.open(register.path) as store:
        assert store.participants.get(anna).gender == "man"


def test_undo_and_redo_of_an_edit(qtbot, type_text, window: MainWindow, register):
    editor = open_participant(qtbot, window, "Andersson")
    anna = register.ids["Anna Andersson"]
    before = email_of(register.path, anna)
    click(qtbot, editor.email.widget)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_here(type_text, "anna@example.org")
    tab(qtbot)
    assert focused() is editor.phone.widget
    press(qtbot, Qt.Key.Key_Z, CTRL)  # in a field with nothing of its own to undo: Edit → Undo
    assert email_of(register.path, anna) == before
    assert editor.email.widget.text() == before
    assert window.record_actions.redo.text() == "&Redo change of E-mail"
    assert "Undone: change of E-mail" in window.statusBar().currentMessage()
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert email_of(register.path, anna) == "anna@example.org"
    assert editor.email.widget.text() == "anna@example.org"

    # Through the Edit menu's entries as well.
    window.record_actions.undo.trigger()
    assert email_of(register.path, anna) == before
    window.record_actions.redo.trigger()
    assert email_of(register.path, anna) == "anna@example.org"


def test_an_invalid_edit_stays_in_its_field_until_fixed_or_put_back(qtbot, type_text, window, register):
    editor = open_participant(qtbot, window, "Andersson")
    anna = register.ids["Anna Andersson"]
    before = email_of(register.path, anna)
    click(qtbot, editor.email.widget)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_here(type_text, "anna at oru")
    tab(qtbot)
    assert email_of(register.path, anna) == before  # not saved
    assert editor.email.widget.text() == "anna at oru"  # nothing typed is lost
    assert "is not an e-mail address" in editor.email.feedback.text
    # Saving another field keeps it as typed.
    type_here(type_text, "019-10 20 30")
    tab(qtbot)
    with Store.open(register.path) as store:
        assert store.participants.get(anna).phone == "019-10 20 30"
    assert editor.email.widget.text() == "anna at oru"
    # Esc in the field puts it back as it was saved.
    click(qtbot, editor.email.widget)
    press(qtbot, Qt.Key.Key_Escape)
    assert editor.email.widget.text() == before
    assert editor.email.feedback.text == ""


def test_leaving_a_record_with_an_invalid_field_asks_first(qtbot, type_text, window, register, message_boxes):
    editor = open_participant(qtbot, window, "Andersson")
    click(qtbot, editor.email.widget)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_here(type_text, "nope")
    tab(qtbot)
    page = window.current_page
    message_boxes.answer = "Keep Editing"
    click_row(qtbot, page, row_of(page, "last_name", "Wójcik"))
    assert message_boxes.seen[-1]["title"] == "Discard the changes?"
    qtbot.waitUntil(lambda: page.selected_id == register.ids["Anna Andersson"])
    assert editor.record_id == register.ids["Anna Andersson"] and editor.email.widget.text() == "nope"
    message_boxes.answer = "Discard"
    click_row(qtbot, page, row_of(page, "last_name", "Wójcik"))
    assert editor.record_id == register.ids["Łukasz Wójcik"]


def test_undo_and_redo_of_a_create_and_a_delete(qtbot, type_text, window: MainWindow, register):
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    press(qtbot, Qt.Key.Key_N, CTRL)
    type_here(type_text, "Petra")
    tab(qtbot)
    type_here(type_text, "Nyström")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert "Petra Nyström" in people_in(register.path)
    page = window.current_page
    assert "Nyström" in cells(page, "last_name")

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # the create, undone: gone again
    assert "Petra Nyström" not in people_in(register.path)
    assert "Nyström" not in cells(page, "last_name")
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)  # and back, with the same id
    assert people_in(register.path)["Petra Nyström"].first_name == "Petra"

    # Delete with the Delete key in the list.
    click_row(qtbot, page, row_of(page, "last_name", "Petrović"))
    press(qtbot, Qt.Key.Key_Delete)
    assert "Đorđe Petrović" not in people_in(register.path)
    assert "Petrović" not in cells(page, "last_name")
    assert window.record_actions.undo.text() == "&Undo deleting Đorđe Petrović"
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert "Đorđe Petrović" in people_in(register.path)
    assert "Petrović" in cells(page, "last_name")
    # The restored person is shown again.
    assert window.details.current_editor.record_id == register.ids["Đorđe Petrović"]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert "Đorđe Petrović" not in people_in(register.path)


def test_bulk_tag_and_bulk_delete_are_one_undo_each(qtbot, type_text, window: MainWindow, register,
                                                    message_boxes):
    window.show_section("participants")
    page = window.current_page
    click_row(qtbot, page, 0)
    click_row(qtbot, page, 2, SHIFT)  # three people
    click_row(qtbot, page, 4, CTRL)  # and one more
    chosen = page.selected_ids()
    assert len(chosen) == 4

    press(qtbot, Qt.Key.Key_T, CTRL)
    bar = page.tag_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    assert bar.label.text() == "Add a tag to the 4 chosen participants:"
    type_here(type_text, "företagsbesök")
    press(qtbot, Qt.Key.Key_Return)
    assert not bar.isVisible()
    with Store.open(register.path) as store:
        tagged = {p.id for p in store.participants.list() if "företagsbesök" in p.tags}
    assert tagged == set(chosen)
    assert window.record_actions.undo.text() == "&Undo tag “företagsbesök” on 4 participants"
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    with Store.open(register.path) as store:
        assert not [p for p in store.participants.list() if "företagsbesök" in p.tags]
        assert all(p.competences == ["machine learning"] for p in store.participants.list())

    page.table.setFocus()
    message_boxes.answer = "Delete"
    press(qtbot, Qt.Key.Key_Delete)
    assert message_boxes.seen[-1]["text"] == "Delete 4 participants?"
    assert count_people(register.path) == 2
    assert page.model.total_count == 2
    wait_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # one undo brings all four back
    assert count_people(register.path) == 6
    assert page.model.total_count == 6

    message_boxes.answer = "Cancel"
    page.table.setFocus()
    page.table.selectAll()
    press(qtbot, Qt.Key.Key_Delete)
    assert message_boxes.seen[-1]["text"] == "Delete 6 participants?"
    assert count_people(register.path) == 6  # cancelled: nothing deleted


def test_the_organisation_page_lists_its_people_and_opens_them(qtbot, window: MainWindow, register):
    page = window.current_page
    click_row(qtbot, page, row_of(page, "name", "Örebro Mekaniska AB"))
    editor = window.details.current_editor
    people, activities, cases = editor.related
    assert people.texts() == ["Đorđe Petrović", "Łukasz Wójcik"]
    assert people.heading.text() == "People (2)"
    assert activities.texts() == ["Case workshop Örebro"]
    assert activities.texts(2) == ["1"]  # one of its people was there
    assert cases.texts() == ["Predictive maintenance of presses"]

    double_click_row(qtbot, people.view, 1)
    assert window.current_section.key == "participants"
    person = window.details.current_editor
    assert person.record_id == register.ids["Łukasz Wójcik"]
    assert person.related[0].texts() == ["Case workshop Örebro"]
    qtbot.waitUntil(person.first_name.widget.hasFocus)  # straight into the first field

    double_click_row(qtbot, person.related[0].view, 0)
    assert window.current_section.key == "activities"
    assert window.details.summary.title == "Case workshop Örebro"


def test_enter_or_double_click_in_the_list_opens_the_record(qtbot, window: MainWindow, register):
    window.show_section("participants")
    page = window.current_page
    page.table.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    editor = window.details.current_editor
    qtbot.waitUntil(editor.first_name.widget.hasFocus)
    assert editor.record_id == page.selected_id

    double_click_row(qtbot, page.table, row_of(page, "last_name", "Zetterberg"))
    qtbot.waitUntil(lambda: editor.record_id == register.ids["Erik Zetterberg"])
    qtbot.waitUntil(editor.first_name.widget.hasFocus)
    press(qtbot, Qt.Key.Key_Escape)  # nothing to put back: Esc goes back to the list
    assert page.table.hasFocus()


def test_editing_an_organisation_renames_it_for_its_people(qtbot, type_text, window: MainWindow, register):
    page = window.current_page
    click_row(qtbot, page, row_of(page, "name", "Kumla Livsmedel AB"))
    editor = window.details.current_editor
    click(qtbot, editor.name.widget)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_here(type_text, "Kumla Livs & Bageri AB")
    press(qtbot, Qt.Key.Key_Return)
    with Store.open(register.path) as store:
        assert store.organisations.get(register.ids["Kumla Livsmedel AB"]).name == "Kumla Livs & Bageri AB"
    # Areas are ticked with the keyboard and saved at each tick.
    editor.areas.widget.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    with Store.open(register.path) as store:
        assert store.organisations.get(register.ids["Kumla Livsmedel AB"]).areas == [
            editor.areas.widget.item(editor.areas.widget.currentRow()).data(Qt.ItemDataRole.UserRole)]
    window.show_section("participants")
    assert "Kumla Livs & Bageri AB" in cells(window.current_page, "organisation")


def test_an_existing_person_moves_to_a_new_organisation_typed_inline(qtbot, type_text, window, register):
    editor = open_participant(qtbot, window, "Zetterberg")
    erik = register.ids["Erik Zetterberg"]
    click(qtbot, editor.organisation.widget)
    type_here(type_text, "Zetterbergs Konsult AB")
    tab(qtbot)  # left without confirming: nothing saved, the name stays with its message
    assert "is not in the register" in editor.organisation.feedback.text
    with Store.open(register.path) as store:
        assert store.participants.get(erik).organisation_id is None
    click(qtbot, editor.organisation.widget)
    press(qtbot, Qt.Key.Key_Return)  # confirms: the organisation is added and the person moved to it
    with Store.open(register.path) as store:
        org = store.organisations.list({"name": "Zetterbergs Konsult AB"})[0]
        assert store.participants.get(erik).organisation_id == org.id
    assert editor.organisation.feedback.text == ""
    assert window.record_actions.undo.text() == "&Undo adding organisation Zetterbergs Konsult AB"
    window.record_actions.undo.trigger()
    with Store.open(register.path) as store:
        assert store.participants.get(erik).organisation_id is None
        assert store.organisations.list({"name": "Zetterbergs Konsult AB"}) == []
    assert editor.organisation.widget.text() == ""
