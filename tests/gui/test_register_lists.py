"""The register's lists and commands around the record pages: filters, menus, shortcuts, names, Tab order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableView,
)

from aiall_desktop.gui.editing.tag_completer import split_last
from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.store import Store

from editing_helpers import CTRL, cells, click, focused, open_participant, press, row_of, tab, type_here


def choose(qtbot, combo: QComboBox, typed: str) -> None:
    """Pick a combo box's item the keyboard way: focus it and type the start of the item."""
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search, not the end of the last one
    combo.setFocus()
    qtbot.keyClicks(combo, typed)


def test_gender_and_tag_filters_narrow_the_participants(qtbot, open_window, register):
    with Store.open(register.path) as store:
        for name in ("Anna Andersson", "Łukasz Wójcik"):
            person = store.participants.get(register.ids[name])
            store.participants.update(person.id, tags=["mentor"])
    window: MainWindow = open_window(register.path)
    window.show_section("participants")
    page = window.current_page
    gender = page.filters.combos["gender"]
    assert gender.currentText() == "All genders"
    choose(qtbot, gender, "W")
    assert gender.currentText() == "Woman"
    assert sorted(cells(page, "last_name")) == ["Andersson", "Hương", "حسن"]
    assert page.count_label.text() == "3 of 6 participants"

    tag = page.filters.combos["tag"]
    assert [tag.itemText(i) for i in range(tag.count())][:2] == ["All tags", "AI/data"]
    choose(qtbot, tag, "mentor")
    assert tag.currentText() == "mentor"
    assert cells(page, "last_name") == ["Andersson"]  # a woman and a mentor
    choose(qtbot, gender, "All")
    assert sorted(cells(page, "last_name")) == ["Andersson", "Wójcik"]
    choose(qtbot, tag, "machine")  # a competence is a tag as well
    assert page.model.rowCount() == 6


def test_sector_size_and_area_filters_narrow_the_organisations(qtbot, window: MainWindow, register):
    page = window.current_page
    choose(qtbot, page.filters.combos["sector"], "Aca")
    assert cells(page, "name") == ["Örebro universitet"]
    choose(qtbot, page.filters.combos["sector"], "All")
    choose(qtbot, page.filters.combos["size_class"], "Size not")
    assert cells(page, "name") == ["Örebro universitet"]
    choose(qtbot, page.filters.combos["size_class"], "Sma")
    assert cells(page, "name") == ["Örebro Mekaniska AB"]
    choose(qtbot, page.filters.combos["size_class"], "All")
    choose(qtbot, page.filters.combos["area"], "Smart")
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "0 of 4 organisations"


def test_the_list_menu_has_the_commands_of_the_edit_menu(qtbot, window: MainWindow, register):
    window.show_section("participants")
    page = window.current_page
    row = row_of(page, "last_name", "Andersson")
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.RightButton, pos=rect.center())
    page.table.customContextMenuRequested.emit(rect.center())  # what the right-click asks for
    menu: QMenu = window.record_actions.last_menu
    qtbot.waitUntil(menu.isVisible)
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts[:4] == ["&Open Record", "&New Participant", "Add &Tag…", "&Delete"]
    # Every command of the list's menu is in the menu bar too, under the same name (Export List… in File,
    # Print Summary… in File → Print).
    edit = {action.text() for menu in (window.edit_menu, window.file_menu, window.printing.menu)
            for action in menu.actions()}
    assert set(texts) <= edit
    assert "&Export List…" in texts
    assert page.selected_id == register.ids["Anna Andersson"]
    menu.close()
    # The record's page has the same commands, under the same names.
    editor = window.details.current_editor
    assert editor.delete_button.defaultAction() is window.record_actions.delete
    assert editor.delete_button.text().replace("&", "") == "Delete"
    assert editor.add_tag_button.defaultAction() is window.record_actions.add_tag


def test_help_lists_the_shortcuts_of_the_record_commands(qtbot, window: MainWindow):
    window.show_section("participants")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    rows = dict(window.shortcuts_dialog.rows())
    assert rows["Edit → New Participant"] == "Ctrl+N"
    assert rows["Edit → Save and New"] == "Ctrl+Return"
    assert rows["Edit → Save New Record"] == "Ctrl+S"
    assert rows["Edit → Undo"] == "Ctrl+Z"
    assert rows["Edit → Redo"] == "Ctrl+Shift+Z"
    assert rows["Edit → Delete"] == "Del"
    assert rows["Edit → Add Tag…"] == "Ctrl+T"
    assert rows["Edit → Open Record"] == "Return"
    assert rows["File → New Database…"] == "Ctrl+Shift+N"
    assert rows["Record page → Put a field back as saved, or cancel a new entry"] == "Esc"
    window.shortcuts_dialog.dialog.close()


def test_every_control_of_the_record_pages_is_named_for_screen_readers(qtbot, window: MainWindow):
    window.show_section("participants")
    window.record_actions.new.trigger()
    window.show_section("organisations")
    window.record_actions.new.trigger()
    for kind in ("participants", "organisations"):
        editor = window.details.editor(kind)
        controls = [*editor.findChildren(QLineEdit), *editor.findChildren(QComboBox), *editor.findChildren(QListWidget),
                    *editor.findChildren(QPlainTextEdit), *editor.findChildren(QAbstractButton),
                    *editor.findChildren(QTableView)]
        assert len(controls) > 10
        for control in controls:
            if control.objectName().startswith("qt_") or isinstance(control.parent(), QComboBox):
                continue  # Qt's own parts of a control (a scroll bar's corner, a combo's view)
            assert control.accessibleName(), f"{kind}: {control.objectName()} ({type(control).__name__})"
    labels = [label.text() for label in window.details.editor("participants").form.findChildren(type(editor.title))]
    assert "First name *" in labels and "Last name *" in labels
    assert "Required" in window.details.editor("participants").first_name.widget.accessibleDescription()
    for combo in window.page("participants").filters.combos.values():
        assert combo.accessibleName().startswith("Filter by")


def test_tab_visits_the_participant_form_in_reading_order(qtbot, window: MainWindow):
    window.show_section("participants")
    window.record_actions.new.trigger()
    editor = window.details.current_editor
    qtbot.waitUntil(editor.first_name.widget.hasFocus)
    visited = [editor.field_of(focused()).key]
    for _ in range(13):
        tab(qtbot)
        visited.append(editor.field_of(focused()).key)
    assert visited == ["first_name", "last_name", "email", "phone", "organisation_id", "role", "gender",
                       "backgrounds", "competences", "tags", "consent_date", "consent_scope", "consent_method",
                       "notes"]
    tab(qtbot)  # notes pass Tab on, to the page's buttons
    assert focused() is editor.save_button


def test_ctrl_z_in_a_field_being_typed_undoes_the_typing_only(qtbot, type_text, window: MainWindow, register):
    editor = open_participant(qtbot, window, "Andersson")
    click(qtbot, editor.role.widget)
    press(qtbot, Qt.Key.Key_End)
    type_here(type_text, " and mentor")
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert editor.role.widget.text() == "Researcher"  # the field's own undo
    assert not window.record_actions.undo.isEnabled()  # nothing was saved, nothing to undo


def test_tags_are_completed_from_the_vocabulary(qtbot, type_text, window: MainWindow, register):
    assert split_last("AI/data; so") == ("AI/data;", "so")
    assert split_last("") == ("", "")
    editor = open_participant(qtbot, window, "Andersson")
    click(qtbot, editor.competences.widget)
    press(qtbot, Qt.Key.Key_End)
    type_here(type_text, "; AI")
    popup = editor.competences.widget.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # the popup has the keys while it shows
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.competences.widget.text() == "machine learning; AI/data"
    press(qtbot, Qt.Key.Key_Return)
    with Store.open(register.path) as store:
        assert store.participants.get(register.ids["Anna Andersson"]).competences == ["machine learning", "AI/data"]


def test_the_tag_vocabulary_is_edited_in_the_register(qtbot, type_text, window: MainWindow, register):
    from PySide6.QtWidgets import QDialogButtonBox

    window.show_section("participants")
    window.record_actions.vocabulary.trigger()
    dialog = window.record_actions.vocabulary_dialog
    qtbot.waitExposed(dialog.dialog)
    competences = dialog.edits["competences"]
    assert competences.toPlainText().splitlines()[0] == "AI/data"
    competences.setFocus()
    qtbot.keyClick(competences, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(competences, Qt.Key.Key_Return)
    type_text(competences, "robotik")
    click(qtbot, dialog.dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))
    assert not dialog.dialog.isVisible()
    with Store.open(register.path) as store:
        assert store.settings.get("competences")[-1] == "robotik"
    editor = open_participant(qtbot, window, "Andersson")
    assert "robotik" in editor.competences.widget.completer().words()
    tag_filter = window.current_page.filters.combos["tag"]
    assert tag_filter.findText("robotik") > 0
    window.record_actions.undo.trigger()
    with Store.open(register.path) as store:
        assert "robotik" not in store.settings.get("competences")
