"""Entering new records with the keyboard: the company visit, field rules, duplicates, cancelling."""

from __future__ import annotations

from PySide6.QtCore import Qt

from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.store import Store

from editing_helpers import CTRL, click, count_people, focused, people_in, press, tab, type_here

#: Ten people met on a company visit, written as they write their names.
VISIT = [
    ("Åsa", "Lindqvist", "asa.lindqvist@kumlalivs.se", "Production manager"),
    ("Mehmet", "Yılmaz", "mehmet.yilmaz@kumlalivs.se", "Process engineer"),
    ("Nguyễn Văn", "Minh", "minh.nguyen@kumlalivs.se", "Quality technician"),
    ("Zofia", "Wiśniewska", "zofia.w@kumlalivs.se", "Data analyst"),
    ("Björn", "Ekström", "bjorn.ekstrom@kumlalivs.se", "CEO"),
    ("أحمد", "الحسيني", "ahmed.alhusseini@kumlalivs.se", "Maintenance"),
    ("Ivana", "Đurić", "ivana.duric@kumlalivs.se", "Purchasing"),
    ("Sven-Erik", "Öhman", "sven-erik.ohman@kumlalivs.se", "Operator"),
    ("Chiara", "Rossi", "chiara.rossi@kumlalivs.se", "Logistics"),
    ("Olu", "Adébáyọ̀", "olu.adebayo@kumlalivs.se", "Engineer"),
]


def start_new(qtbot, window: MainWindow, section_key: str):
    key = {"organisations": Qt.Key.Key_1, "participants": Qt.Key.Key_2}[section_key]
    qtbot.keyClick(window, key, CTRL)
    press(qtbot, Qt.Key.Key_N, CTRL)
    editor = window.details.current_editor
    assert editor is not None and editor.kind == section_key and editor.mode == "new"
    qtbot.waitUntil(editor.fields[0].widget.hasFocus)
    return editor


def test_ten_people_of_a_company_visit_by_keyboard_alone(qtbot, type_text, window: MainWindow, register):
    editor = start_new(qtbot, window, "participants")
    for number, (first, last, email, role) in enumerate(VISIT):
        assert editor.first_name.widget.hasFocus(), number
        type_here(type_text, first)
        tab(qtbot)
        type_here(type_text, last)
        tab(qtbot)
        type_here(type_text, email)
        tab(qtbot, 2)  # past the phone
        assert focused() is editor.organisation.widget
        if number == 0:
            type_here(type_text, "Kumla Livsmedel AB")
        else:
            assert focused().text() == "Kumla Livsmedel AB"  # prefilled: same company
        tab(qtbot)
        assert focused() is editor.role.widget
        type_here(type_text, role)
        if number % 3 == 2:
            # Enter moves on field by field; in the last field before the notes it saves and starts again.
            for _ in range(7):
                press(qtbot, Qt.Key.Key_Return)
            assert focused() is editor.consent_method.widget
            type_here(type_text, "Signed the sign-in sheet")
            press(qtbot, Qt.Key.Key_Return)
        else:
            press(qtbot, Qt.Key.Key_Return, CTRL)
        assert editor.mode == "new" and editor.first_name.widget.text() == ""
    assert window.current_page.model.total_count == 16

    people = people_in(register.path)
    kumla = register.ids["Kumla Livsmedel AB"]
    for first, last, email, role in VISIT:
        person = people[email]
        assert (person.first_name, person.last_name, person.role) == (first, last, role)
        assert person.organisation_id == kumla
    assert people["minh.nguyen@kumlalivs.se"].consent_method == "Signed the sign-in sheet"
    press(qtbot, Qt.Key.Key_Escape)  # the eleventh, empty entry goes without a question
    assert editor.mode != "new"


def test_an_invalid_email_is_explained_and_blocks_saving_until_fixed(qtbot, type_text, window, register):
    editor = start_new(qtbot, window, "participants")
    type_here(type_text, "Karin")
    tab(qtbot, 2)
    type_here(type_text, "karin.berg@")
    message = editor.form.findChild(type(editor.title), "emailMessage")
    assert message.isVisible()
    assert "is not an e-mail address" in message.text() and message.text().startswith("⚠")
    assert editor.email.widget.property("invalid") is True
    assert "not an e-mail address" in editor.email.widget.accessibleDescription()

    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert editor.mode == "new"
    assert focused() is editor.email.widget
    assert "karin.berg@" not in people_in(register.path)
    assert count_people(register.path) == 6

    type_here(type_text, "example.se")
    assert not message.isVisible() and editor.email.widget.property("invalid") is False
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert people_in(register.path)["karin.berg@example.se"].first_name == "Karin"


def test_a_name_is_required(qtbot, type_text, window, register):
    editor = start_new(qtbot, window, "participants")
    press(qtbot, Qt.Key.Key_S, CTRL)  # Save, with nothing typed
    assert editor.mode == "new"
    assert editor.first_name.feedback.text == "Enter a first name or a last name."
    tab(qtbot)
    type_here(type_text, "Mononym")  # a last name alone is enough
    assert editor.first_name.feedback.text == ""
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert editor.mode == "record"
    assert editor.summary.title == "Mononym"
    assert window.details.current_editor is editor


def test_an_org_number_with_a_wrong_check_digit_is_explained(qtbot, type_text, window, register):
    editor = start_new(qtbot, window, "organisations")
    type_here(type_text, "Lekebergs Snickeri AB")
    tab(qtbot)
    type_here(type_text, "556036-0794")
    assert "check digit" in editor.org_number.feedback.text
    assert editor.org_number.feedback.label.isVisible()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert editor.mode == "new"
    press(qtbot, Qt.Key.Key_Backspace)
    type_here(type_text, "3")  # 556036-0793 is valid (and Örebro Mekaniska's: a duplicate, shown below)
    assert editor.org_number.feedback.text == ""
    qtbot.waitUntil(lambda: editor.duplicate.record_id == register.ids["Örebro Mekaniska AB"])
    assert "has this organisation number" in editor.duplicate.text

    press(qtbot, Qt.Key.Key_A, CTRL)
    type_here(type_text, "5590123450")  # ten digits without the dash are written the usual way
    assert editor.org_number.feedback.text == ""
    press(qtbot, Qt.Key.Key_S, CTRL)
    with Store.open(register.path) as store:
        saved = store.organisations.list({"name": "Lekebergs Snickeri AB"})[0]
    assert saved.org_number == "559012-3450"
    assert editor.mode == "record" and editor.org_number.widget.text() == "559012-3450"


def test_a_foreign_organisation_needs_no_org_number(qtbot, type_text, window, register):
    editor = start_new(qtbot, window, "organisations")
    type_here(type_text, "Nordic AI Oy")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert editor.mode == "record"
    with Store.open(register.path) as store:
        assert store.organisations.list({"name": "Nordic AI Oy"})[0].org_number is None


def test_the_size_class_explains_the_eu_definition(qtbot, window):
    editor = start_new(qtbot, window, "organisations")
    combo = editor.size_class.widget
    assert "≤ €2m" in combo.toolTip() or "€2m" in combo.toolTip()
    combo.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # Micro
    assert editor.size_help.text().startswith("Micro: fewer than 10 staff")
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)  # Medium-sized
    assert "€43 million" in editor.size_help.text()
    assert combo.itemData(1, Qt.ItemDataRole.ToolTipRole).startswith("Micro")


def test_a_duplicate_name_offers_the_existing_organisation(qtbot, type_text, window, register):
    editor = start_new(qtbot, window, "organisations")
    type_here(type_text, "örebro mekaniska ab")
    qtbot.waitUntil(lambda: editor.duplicate.box.isVisible())
    assert "“Örebro Mekaniska AB” (Örebro) has this name." in editor.duplicate.text
    assert editor.duplicate.button.text() == "Open It Instead"
    click(qtbot, editor.duplicate.button)
    assert editor.mode == "record" and editor.record_id == register.ids["Örebro Mekaniska AB"]
    assert editor.name.widget.text() == "Örebro Mekaniska AB"
    assert window.current_page.selected_id == register.ids["Örebro Mekaniska AB"]
    with Store.open(register.path) as store:
        assert store.organisations.count() == 4  # nothing was added


def test_a_known_email_warns_and_opens_the_person(qtbot, type_text, window, register):
    editor = start_new(qtbot, window, "participants")
    type_here(type_text, "Anna")
    tab(qtbot, 2)
    anna = register.ids["Anna Andersson"]
    with Store.open(register.path) as store:
        email = store.participants.get(anna).email
    type_here(type_text, email.upper())
    qtbot.waitUntil(lambda: editor.duplicate.box.isVisible())
    assert "Anna Andersson (Örebro universitet) has this e-mail address." in editor.duplicate.text
    # Non-blocking: it could be saved; here the facilitator opens the person instead.
    click(qtbot, editor.duplicate.button)
    assert editor.mode == "record" and editor.record_id == anna


def test_esc_cancels_a_new_entry_and_asks_only_when_something_was_typed(qtbot, type_text, window, register,
                                                                        message_boxes):
    editor = start_new(qtbot, window, "participants")
    press(qtbot, Qt.Key.Key_Escape)
    assert editor.mode != "new" and message_boxes.seen == []
    assert window.current_page.table.hasFocus()  # back to the list

    editor = start_new(qtbot, window, "participants")
    type_here(type_text, "Halvfärdig")
    message_boxes.answer = "Keep Editing"
    press(qtbot, Qt.Key.Key_Escape)
    assert message_boxes.seen[-1]["title"] == "Discard the new entry?"
    assert editor.mode == "new" and editor.first_name.widget.text() == "Halvfärdig"

    message_boxes.answer = "Discard"
    qtbot.waitUntil(lambda: focused() is editor.first_name.widget)  # back in the field after the question
    press(qtbot, Qt.Key.Key_Escape)
    assert editor.mode == "none"
    assert count_people(register.path) == 6


def test_a_new_organisation_is_added_inline_and_undone_with_its_person(qtbot, type_text, window, register):
    editor = start_new(qtbot, window, "participants")
    type_here(type_text, "Linnea")
    tab(qtbot)
    type_here(type_text, "Holm")
    tab(qtbot, 3)
    type_here(type_text, "Lindesbergs Lantbruk AB")
    qtbot.waitUntil(lambda: editor.organisation._notice.isVisible())
    assert "is a new name" in editor.organisation._notice_label.text()
    press(qtbot, Qt.Key.Key_Return, CTRL)  # not yet confirmed: not saved
    assert editor.mode == "new"
    assert "is not in the register" in editor.organisation.feedback.text
    editor.organisation.widget.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # confirms the new name, and moves on
    assert "will be added" in editor.organisation._notice_label.text()
    assert focused() is editor.role.widget
    press(qtbot, Qt.Key.Key_Return, CTRL)
    with Store.open(register.path) as store:
        org = store.organisations.list({"name": "Lindesbergs Lantbruk AB"})[0]
        person = store.participants.list({"last_name": "Holm"})[0]
        assert person.organisation_id == org.id
    # The next entry starts with the new organisation, now in the register.
    assert editor.organisation.widget.text() == "Lindesbergs Lantbruk AB"
    assert editor.organisation.parse() == org.id
    press(qtbot, Qt.Key.Key_Escape)

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # one undo takes back both
    with Store.open(register.path) as store:
        assert store.organisations.list({"name": "Lindesbergs Lantbruk AB"}) == []
        assert store.participants.list({"last_name": "Holm"}) == []


def test_self_described_gender_enables_its_text(qtbot, type_text, window, register):
    editor = start_new(qtbot, window, "participants")
    assert editor.gender.widget.currentText() == "Not stated"  # the default
    assert not editor.gender_text.widget.isEnabled()
    type_here(type_text, "Kim")
    editor.gender.widget.setFocus()
    press(qtbot, Qt.Key.Key_Up)  # not stated → self-described
    assert editor.gender.widget.currentText() == "Self-described"
    assert editor.gender_text.widget.isEnabled()
    tab(qtbot)
    assert focused() is editor.gender_text.widget
    type_here(type_text, "genderfluid")
    press(qtbot, Qt.Key.Key_S, CTRL)
    person = people_in(register.path)["Kim"]
    assert (person.gender, person.gender_text) == ("self_described", "genderfluid")
    # Another answer clears the self-description (one change, one undo).
    editor.gender.widget.setFocus()
    press(qtbot, Qt.Key.Key_Up)
    assert not editor.gender_text.widget.isEnabled()
    person = people_in(register.path)["Kim"]
    assert (person.gender, person.gender_text) == ("non_binary", "")
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    person = people_in(register.path)["Kim"]
    assert (person.gender, person.gender_text) == ("self_described", "genderfluid")
