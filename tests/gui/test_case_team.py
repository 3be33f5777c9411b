"""A case's team on its page: members added by typing names, roles, removal, undo, and the live 26 % figures."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from aiall_desktop.gui.editing.undo import CreateRecord, UpdateRecord
from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.records import Gender, Participant, TeamKind
from aiall_desktop.store import Store

from editing_helpers import CTRL, SHIFT, click, click_row, focused, press, row_of, tab, wait_active

CASE = "Forecasting district heating demand"


def open_case(qtbot, window: MainWindow, title: str = CASE):
    wait_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    assert window.current_section.key == "cases"
    page = window.current_page
    click_row(qtbot, page, row_of(page, "title", title))
    editor = window.details.current_editor
    assert editor is not None and editor.kind == "cases" and editor.mode == "record"
    return editor


def enter(qtbot, line) -> None:
    """Enter in the add line; while the type-ahead list is open, keys go to that list, as on screen."""
    popup = line.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else line, Qt.Key.Key_Return)


def add(qtbot, type_text, panel, text: str) -> None:
    panel.add_line.setFocus()
    type_text(panel.add_line, text)
    enter(qtbot, panel.add_line)


def team_in(path, case_id: str):
    """The case's team and its live members (participant id → role), as a second connection reads the file."""
    with Store.open(path) as store:
        teams = store.teams.list({"case_id": case_id})
        if not teams:
            return None, {}
        members = store.team_members.list({"team_id": teams[0].id})
        return teams[0], {member.participant_id: member.role for member in members}


def plain(text: str) -> str:
    """Percentages as English writes them ("33%"), whatever the locale of the machine running the tests."""
    return re.sub(r"\s%", "%", text)


def figures(panel) -> tuple[str, str]:
    """The badge (its whole text: a narrow page shortens what it shows) and the verdict line under it."""
    return plain(panel.badge.full_text), plain(panel.verdict.text())


def names(panel) -> list[str]:
    return [panel.model.index(row, 0).data() for row in range(panel.model.rowCount())]


def choose_member(qtbot, panel, name: str) -> None:
    panel.view.setFocus()
    row = names(panel).index(name)
    rect = panel.view.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.view.hasFocus()


def role_editor(panel, name: str):
    """The role's pick list open on a member's row (an editor just closed may linger until deleted)."""
    return panel.view.indexWidget(panel.model.index(names(panel).index(name), 2))


def build_team(qtbot, type_text, window, register):
    """Łukasz Wójcik by full name, Erik by part of his, Anna Andersson picked from the list."""
    editor = open_case(qtbot, window)
    panel = editor.team
    add(qtbot, type_text, panel, "Łukasz Wójcik")
    add(qtbot, type_text, panel, "erik")  # the only name holding it
    panel.add_line.setFocus()
    type_text(panel.add_line, "Anna And")
    popup = panel.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # highlights the one suggestion
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    return editor, panel


def test_a_team_is_built_by_typing_names_with_live_figures(qtbot, type_text, open_window, register):
    with Store.open(register.path) as store:
        store.participants.update(register.ids["Anna Andersson"], backgrounds=["research"])
        store.participants.update(register.ids["Łukasz Wójcik"], backgrounds=["industry", "research"])
    window = open_window(register.path)
    editor = open_case(qtbot, window)
    panel = editor.team
    case_id = register.ids[CASE]
    assert panel.isVisible() and panel.heading.text() == "Team"
    assert figures(panel) == ("— nobody yet", "— At least 26% of the team should be women.")
    assert panel.empty_label.isVisible() and not panel.view.isVisible()
    assert team_in(register.path, case_id) == (None, {})

    add(qtbot, type_text, panel, "Łukasz Wójcik")
    team, members = team_in(register.path, case_id)
    assert (team.name, team.kind) == (f"Case team: {CASE}", TeamKind.CASE_TEAM)
    assert members == {register.ids["Łukasz Wójcik"]: ""}
    assert panel.add_line.text() == "" and panel.add_feedback.text == ""
    assert figures(panel) == ("1 member: ✗ 0% women · 2 backgrounds · 1 org",
                              "✗ Below 26% women. Add 1 woman to reach 26%.")

    add(qtbot, type_text, panel, "erik")
    assert figures(panel) == ("2 members: ✗ 0% women · 2 backgrounds · 1 org",
                              "✗ Below 26% women. Add 1 woman to reach 26%.")

    panel.add_line.setFocus()
    type_text(panel.add_line, "Anna And")
    popup = panel.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # Enter on the suggestion adds her at once
    assert not popup.isVisible()
    assert names(panel) == ["Anna Andersson", "Łukasz Wójcik", "Erik Zetterberg"]
    assert [panel.model.index(row, 1).data() for row in range(3)] == [
        "Örebro universitet", "Örebro Mekaniska AB", ""]
    assert [panel.model.index(row, 3).data() for row in range(3)] == ["Woman", "Man", "Man"]
    assert figures(panel) == ("3 members: ✓ 33% women · 2 backgrounds · 2 orgs",
                              "✓ The team meets the 26% minimum of women.")
    assert plain(panel.badge.accessibleDescription()) == "1 of 3 in the team is a woman (33%); the minimum is 26%."
    _team, members = team_in(register.path, case_id)
    assert set(members) == {register.ids[name] for name in ("Łukasz Wójcik", "Erik Zetterberg", "Anna Andersson")}
    assert len(team_in(register.path, case_id)) == 2 and window.undo.stack.count() == 3  # one step per person
    assert "adding Anna Andersson to the team" in window.statusBar().currentMessage()
    assert panel.add_line.hasFocus()  # ready for the next name


def test_the_first_member_and_the_team_are_one_step_to_undo(qtbot, type_text, window: MainWindow, register):
    editor = open_case(qtbot, window)
    panel = editor.team
    case_id = register.ids[CASE]
    add(qtbot, type_text, panel, "Anna Andersson")
    assert window.undo.stack.count() == 1
    panel.view.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert team_in(register.path, case_id) == (None, {})
    assert figures(panel)[0] == "— nobody yet" and not panel.view.isVisible()
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    team, members = team_in(register.path, case_id)
    assert team is not None and members == {register.ids["Anna Andersson"]: ""}
    assert names(panel) == ["Anna Andersson"]


def test_a_role_is_picked_or_written(qtbot, type_text, window: MainWindow, register):
    _editor, panel = build_team(qtbot, type_text, window, register)
    case_id = register.ids[CASE]
    choose_member(qtbot, panel, "Łukasz Wójcik")
    press(qtbot, Qt.Key.Key_F2)  # on the row: its role
    combo = role_editor(panel, "Łukasz Wójcik")
    assert isinstance(combo, QComboBox) and combo.hasFocus() and combo.accessibleName() == "Role in the team"
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[1:] == ["Lead", "Domain expert", "AI/data", "Software", "Business", "Public administration",
                          "Research", "Design", "Student"]
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "domain EXPERT")  # a project role, however written, is stored as its code
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: team_in(register.path, case_id)[1][register.ids["Łukasz Wójcik"]] == "domain expert")
    row = names(panel).index("Łukasz Wójcik")
    assert panel.model.index(row, 2).data() == "Domain expert"
    assert figures(panel)[0] == "3 members: ✓ 33% women · no backgrounds · 2 orgs"

    choose_member(qtbot, panel, "Erik Zetterberg")
    click(qtbot, panel.role_button)
    combo = role_editor(panel, "Erik Zetterberg")
    assert isinstance(combo, QComboBox) and combo.isVisible()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Facilitator")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: team_in(register.path, case_id)[1][register.ids["Erik Zetterberg"]] == "Facilitator")
    assert panel.model.index(names(panel).index("Erik Zetterberg"), 2).data() == "Facilitator"

    window.record_actions.undo.trigger()
    assert team_in(register.path, case_id)[1][register.ids["Erik Zetterberg"]] == ""
    assert panel.model.index(names(panel).index("Erik Zetterberg"), 2).data() == ""


def test_delete_removes_a_member_and_undo_brings_them_back(qtbot, type_text, window: MainWindow, register):
    _editor, panel = build_team(qtbot, type_text, window, register)
    case_id = register.ids[CASE]
    anna = register.ids["Anna Andersson"]
    choose_member(qtbot, panel, "Anna Andersson")
    press(qtbot, Qt.Key.Key_Delete)
    assert anna not in team_in(register.path, case_id)[1]
    assert names(panel) == ["Łukasz Wójcik", "Erik Zetterberg"]
    assert figures(panel) == ("2 members: ✗ 0% women · no backgrounds · 1 org",
                              "✗ Below 26% women. Add 1 woman to reach 26%.")
    assert focused() is panel.view and names(panel)[panel.view.currentIndex().row()] == "Łukasz Wójcik"
    assert window.current_section.key == "cases"  # Delete in the team never deletes the case
    with Store.open(register.path) as store:
        assert store.cases.get(case_id).title == CASE

    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert anna in team_in(register.path, case_id)[1]
    assert figures(panel)[0] == "3 members: ✓ 33% women · no backgrounds · 2 orgs"
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert anna not in team_in(register.path, case_id)[1]
    assert figures(panel)[0] == "2 members: ✗ 0% women · no backgrounds · 1 org"

    # Added again (the team keeps her old row): she is back, in one more step to undo.
    add(qtbot, type_text, panel, "Anna Andersson")
    assert anna in team_in(register.path, case_id)[1] and "Anna Andersson" in names(panel)
    window.record_actions.undo.trigger()
    assert anna not in team_in(register.path, case_id)[1]


def test_the_remove_button_takes_several_chosen_members(qtbot, type_text, window: MainWindow, register):
    _editor, panel = build_team(qtbot, type_text, window, register)
    case_id = register.ids[CASE]
    panel.view.selectAll()
    click(qtbot, panel.remove_button)
    assert team_in(register.path, case_id)[1] == {}
    assert figures(panel)[0] == "— nobody yet" and panel.empty_label.isVisible()
    assert panel.add_line.hasFocus()
    window.record_actions.undo.trigger()
    assert len(team_in(register.path, case_id)[1]) == 3


def test_someone_already_in_the_team_or_unknown_is_refused_in_place(qtbot, type_text, window: MainWindow, register):
    _editor, panel = build_team(qtbot, type_text, window, register)
    case_id = register.ids[CASE]
    steps = window.undo.stack.count()
    add(qtbot, type_text, panel, "Łukasz Wójcik")
    assert panel.add_feedback.text == "Łukasz Wójcik is already in the team."
    assert panel.add_message.isVisible() and panel.add_message.text().startswith("⚠")
    assert panel.add_line.text() == "Łukasz Wójcik"  # what was typed stays
    assert window.undo.stack.count() == steps and len(team_in(register.path, case_id)[1]) == 3
    assert names(panel)[panel.view.currentIndex().row()] == "Łukasz Wójcik"  # shown where he is

    panel.add_line.setFocus()
    panel.add_line.selectAll()
    type_text(panel.add_line, "Nobody Known")
    assert panel.add_feedback.text == ""  # typing clears the message
    enter(qtbot, panel.add_line)
    assert "“Nobody Known” is not in the register" in panel.add_feedback.text
    assert panel.add_line.text() == "Nobody Known"

    panel.add_line.selectAll()
    type_text(panel.add_line, "ö")  # Örebro people and Đorđe Petrović: too many to guess
    popup = panel.completer.popup()
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    enter(qtbot, panel.add_line)
    assert "match “ö”: pick one from the list" in panel.add_feedback.text
    assert window.undo.stack.count() == steps


def test_the_figures_follow_changes_made_elsewhere(qtbot, type_text, window: MainWindow, register):
    editor = open_case(qtbot, window)
    panel = editor.team
    for name in ("Łukasz Wójcik", "Erik Zetterberg", "Đorđe Petrović"):
        add(qtbot, type_text, panel, name)
    assert figures(panel) == ("3 members: ? 0% women · no backgrounds · 1 org",
                              "? May be below 26% women: 1 member has not stated a gender. Add 2 women to reach 26%.")
    # Erik's gender is corrected on his own page: the team's figures follow at once.
    erik = register.ids["Erik Zetterberg"]
    window.undo.do(UpdateRecord("participants", erik, {"gender": Gender.MAN}, {"gender": Gender.WOMAN}, "gender"))
    assert figures(panel)[0] == "3 members: ✓ 33% women · no backgrounds · 1 org"
    # Someone new in the register can be added straight away.
    window.undo.do(CreateRecord("participants", Participant(first_name="Maja", last_name="Lind"), "Maja"))
    add(qtbot, type_text, panel, "Maja Lind")
    assert "Maja Lind" in names(panel)
    assert figures(panel) == ("4 members: ? 25% women · no backgrounds · 1 org",
                              "? May be below 26% women: 2 members have not stated a gender. Add 1 woman to reach 26%.")


def test_the_team_is_reached_by_tab_and_every_control_is_named(qtbot, type_text, window: MainWindow, register):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QTableView

    editor, panel = build_team(qtbot, type_text, window, register)
    editor.notes.widget.setFocus()
    tab(qtbot)
    assert focused() is panel.add_line
    tab(qtbot)
    assert focused() is panel.add_button
    tab(qtbot)
    assert focused() is panel.view
    assert panel.view.selectionModel().selectedRows()  # the row with the focus frame is the chosen one
    tab(qtbot)
    assert focused() is panel.role_button
    tab(qtbot)
    assert focused() is panel.remove_button
    tab(qtbot)
    assert focused() is panel.open_button
    for control in (*panel.findChildren(QLineEdit), *panel.findChildren(QAbstractButton),
                    *panel.findChildren(QTableView)):
        if control.objectName().startswith("qt_") or isinstance(control.parent(), QTableView):
            continue
        assert control.accessibleName(), control.objectName()


def test_a_new_case_has_no_team_until_saved(qtbot, window: MainWindow):
    window.show_section("cases")
    window.record_actions.new.trigger()
    editor = window.details.editor("cases")
    assert editor.mode == "new" and not editor.team.isVisible()
    editor.discard()


def test_enter_on_a_member_opens_their_page(qtbot, type_text, window: MainWindow, register):
    _editor, panel = build_team(qtbot, type_text, window, register)
    choose_member(qtbot, panel, "Anna Andersson")
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_section.key == "participants"
    assert window.details.current_editor.record_id == register.ids["Anna Andersson"]


def test_roles_are_stored_as_codes_and_free_text_as_written(qapp):
    from aiall_desktop.gui.editing.case_team import role_code, role_label

    assert role_code("Domain Expert") == "domain expert"
    assert role_code("ai/data") == "AI/data"
    assert role_code("  Process   owner ") == "Process owner"
    assert role_label("lead") == "Lead" and role_label("Process owner") == "Process owner"
    assert role_code("") == "" and role_label("") == ""


def test_namesakes_are_told_apart_by_the_pick(qapp):
    import pytest

    from aiall_desktop.gui.editing.case_team import NotFound, find_participant
    from aiall_desktop.store.related import ParticipantChoice

    first = ParticipantChoice("1", "Anna Berg", "Kumla Livsmedel AB")
    second = ParticipantChoice("2", "Anna Berg", "Örebro universitet")
    other = ParticipantChoice("3", "Bo Åberg", "")
    choices = [first, second, other]
    assert find_participant(choices, "Anna Berg", second) == "2"
    assert find_participant(choices, "bo aberg", None) == "3"  # case and accents aside
    assert find_participant(choices, "bo å", None) == "3"  # the only name holding it
    with pytest.raises(NotFound, match="2 people match “Anna Berg”"):
        find_participant(choices, "Anna Berg", None)
    with pytest.raises(NotFound, match="3 people match “berg”"):
        find_participant(choices, "berg", None)
    with pytest.raises(NotFound, match="Type part of a name"):
        find_participant(choices, "  ", None)


def test_no_number_of_women_reaches_a_full_minimum(qapp):
    from aiall_desktop.domain.diversity import Person, composition
    from aiall_desktop.gui.editing.case_team import verdict_text

    c = composition([Person("1", Gender.MAN)], minimum=1)
    assert plain(verdict_text(c)) == "✗ Below 100% women. No number of added women reaches 100%."
    c = composition([Person(str(n), Gender.MAN) for n in range(3)])
    assert plain(verdict_text(c)) == "✗ Below 26% women. Add 2 women to reach 26%."
