"""The invitation list and the check-in at the door, driven by the keyboard as a facilitator would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aiall_desktop.domain.checkin import WALK_IN, local_clock, stamp
from aiall_desktop.records import Attendance, AttendanceStatus, Gender, Participant
from aiall_desktop.store import Store


def attendance_of(store: Store, activity: str, participant_id: str, include_deleted: bool = False):
    rows = store.attendance.list({"activity_id": activity, "participant_id": participant_id},
                                 include_deleted=include_deleted)
    return rows[0] if rows else None


def person_id(store: Store, first: str, last: str) -> str:
    return store.participants.list({"first_name": first, "last_name": last})[0].id


def invite_again(store: Store, activity: str, *names: tuple[str, str]) -> None:
    """The fixture's present people back to invited, as before the door opened."""
    for first, last in names:
        row = attendance_of(store, activity, person_id(store, first, last))
        store.attendance.update(row.id, status=AttendanceStatus.INVITED, checked_in_at=None)


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.isActiveWindow())
    widget.load()
    widget.focus_first()
    return widget


@pytest.fixture
def checkin(qtbot, workshop):
    from aiall_desktop.gui.workshop.checkin_tab import CheckInTab

    return shown(qtbot, CheckInTab(workshop))


@pytest.fixture
def people(qtbot, workshop):
    from aiall_desktop.gui.workshop.people_tab import PeopleTab

    return shown(qtbot, PeopleTab(workshop))


def enter(qtbot, widget=None):
    qtbot.keyClick(widget or QApplication.focusWidget(), Qt.Key.Key_Return)


# -- check-in ---------------------------------------------------------------------------------------


def test_the_search_line_has_the_focus_and_lukasz_is_found_by_plain_letters(qtbot, workshop, filled, clock, checkin):
    invite_again(filled, workshop.activity_id, ("Łukasz", "Wójcik"))
    checkin.load()
    assert QApplication.focusWidget() is checkin.search
    qtbot.keyClicks(checkin.search, "lukasz")
    entry = checkin.highlighted()
    assert entry is not None and entry.person.name == "Łukasz Wójcik"

    enter(qtbot, checkin.search)

    row = attendance_of(filled, workshop.activity_id, person_id(filled, "Łukasz", "Wójcik"))
    assert row.status == AttendanceStatus.PRESENT
    assert row.checked_in_at == stamp(clock())
    assert checkin.search.text() == ""
    assert QApplication.focusWidget() is checkin.search
    assert checkin.message.text() == f"✓ Łukasz Wójcik checked in {local_clock(stamp(clock()))}"


def test_a_second_enter_on_someone_present_says_so_and_changes_nothing(qtbot, workshop, filled, clock, checkin):
    before = attendance_of(filled, workshop.activity_id, person_id(filled, "Anna", "Andersson"))
    steps = workshop.undo.stack.count()
    clock.advance(600)
    qtbot.keyClicks(checkin.search, "anna")
    enter(qtbot, checkin.search)
    assert "Anna Andersson is already checked in" in checkin.message.text()
    assert workshop.undo.stack.count() == steps
    after = attendance_of(filled, workshop.activity_id, person_id(filled, "Anna", "Andersson"))
    assert (after.status, after.checked_in_at, after.updated_at) == (before.status, before.checked_in_at,
                                                                     before.updated_at)


def test_up_and_down_move_the_highlight_without_leaving_the_search_line(qtbot, workshop, filled, checkin):
    invite_again(filled, workshop.activity_id, ("Łukasz", "Wójcik"), ("Anna", "Andersson"))
    checkin.load()
    qtbot.keyClicks(checkin.search, "ore")  # both work at an Örebro organisation
    names = [e.person.name for e in checkin.model.entries if e.person is not None]
    assert names[:2] == ["Anna Andersson", "Łukasz Wójcik"]
    assert checkin.highlighted().person.name == "Anna Andersson"
    qtbot.keyClick(checkin.search, Qt.Key.Key_Down)
    assert checkin.highlighted().person.name == "Łukasz Wójcik"
    assert QApplication.focusWidget() is checkin.search
    qtbot.keyClick(checkin.search, Qt.Key.Key_Up)
    assert checkin.highlighted().person.name == "Anna Andersson"
    qtbot.keyClick(checkin.search, Qt.Key.Key_Down)
    enter(qtbot, checkin.search)
    assert attendance_of(filled, workshop.activity_id, person_id(filled, "Łukasz", "Wójcik")).status == "present"
    assert attendance_of(filled, workshop.activity_id, person_id(filled, "Anna", "Andersson")).status == "invited"


def test_someone_of_the_register_not_invited_is_found_and_checked_in_as_a_walk_in(
        qtbot, workshop, filled, clock, checkin):
    assert checkin.counts_label.text() == "Present 3 of 3 invited · 0 walk-ins · 0 excused"
    qtbot.keyClicks(checkin.search, "nguy")
    kinds = [entry.kind for entry in checkin.model.entries]
    assert kinds == ["header", "candidate"]
    assert checkin.model.entries[0].text == "Not invited — in the register"
    assert checkin.highlighted().candidate.name == "Nguyễn Thị Hương"
    enter(qtbot, checkin.search)
    row = attendance_of(filled, workshop.activity_id, person_id(filled, "Nguyễn Thị", "Hương"))
    assert (row.status, row.role, row.checked_in_at) == ("present", WALK_IN, stamp(clock()))
    assert checkin.counts_label.text() == "Present 3 of 3 invited · 1 walk-in · 0 excused"
    workshop.undo.stack.undo()
    assert attendance_of(filled, workshop.activity_id, person_id(filled, "Nguyễn Thị", "Hương")) is None
    assert checkin.counts_label.text() == "Present 3 of 3 invited · 0 walk-ins · 0 excused"


def test_a_walk_in_typed_with_the_keyboard_is_one_undoable_step(qtbot, type_text, workshop, filled, clock, checkin):
    people_before = filled.participants.count()
    organisations_before = filled.organisations.count()
    type_text(checkin.search, "Åsa Öberg")
    assert [entry.kind for entry in checkin.model.entries] == ["hint"]
    assert "Press Enter to add a walk-in" in checkin.model.entries[0].text

    enter(qtbot, checkin.search)  # nothing matches: the walk-in row opens in the list

    row = checkin.walk_in
    assert row is not None and checkin.model.entries[0].kind == "walk_in"
    assert checkin.view.indexWidget(checkin.model.index(0, 0)) is row
    assert (row.first_name.text(), row.last_name.text()) == ("Åsa", "Öberg")
    assert QApplication.focusWidget() is row.organisation  # the name is typed already
    type_text(row.organisation, "Nya Verkstaden i Nora")
    assert "will be added as a new organisation" in row.message.text()
    qtbot.keyClick(row.organisation, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.gender
    qtbot.keyClick(row.gender, Qt.Key.Key_Down)
    assert row.gender.currentData() == Gender.WOMAN
    enter(qtbot, row.gender)

    asa = filled.participants.list({"first_name": "Åsa", "last_name": "Öberg"})
    assert len(asa) == 1 and asa[0].gender == Gender.WOMAN
    organisation = filled.organisations.get(asa[0].organisation_id)
    assert organisation.name == "Nya Verkstaden i Nora"
    attendance = attendance_of(filled, workshop.activity_id, asa[0].id)
    assert (attendance.status, attendance.role, attendance.checked_in_at) == ("present", WALK_IN, stamp(clock()))
    assert checkin.walk_in is None and checkin.search.text() == ""
    assert QApplication.focusWidget() is checkin.search
    assert checkin.message.text().startswith("✓ Åsa Öberg checked in")
    assert checkin.counts_label.text() == "Present 3 of 3 invited · 1 walk-in · 0 excused"

    workshop.undo.stack.undo()  # one step takes back person, organisation and attendance

    assert filled.participants.count() == people_before
    assert filled.organisations.count() == organisations_before
    assert attendance_of(filled, workshop.activity_id, asa[0].id) is None
    assert checkin.counts_label.text() == "Present 3 of 3 invited · 0 walk-ins · 0 excused"
    workshop.undo.stack.redo()
    assert attendance_of(filled, workshop.activity_id, asa[0].id).status == "present"


def test_a_walk_in_at_a_known_organisation_joins_it(qtbot, type_text, workshop, filled, checkin):
    organisations_before = filled.organisations.count()
    qtbot.keyClick(checkin.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    row = checkin.walk_in
    assert row is not None and QApplication.focusWidget() is row.first_name
    type_text(row.first_name, "Zoë")
    qtbot.keyClick(row.first_name, Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "Lindqvist")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "kumla livsmedel ab")  # case aside, the register's organisation
    row.completer.popup().hide()
    enter(qtbot, QApplication.focusWidget())
    zoe = filled.participants.list({"first_name": "Zoë"})[0]
    assert filled.organisations.get(zoe.organisation_id).name == "Kumla Livsmedel AB"
    assert filled.organisations.count() == organisations_before
    assert zoe.gender == Gender.NOT_STATED


def test_a_walk_in_needs_a_name_and_esc_cancels_it_keeping_the_search(qtbot, workshop, filled, checkin):
    steps = workshop.undo.stack.count()
    qtbot.keyClicks(checkin.search, "zz")
    qtbot.keyClick(checkin.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    row = checkin.walk_in
    row.first_name.clear()
    row.last_name.clear()
    enter(qtbot, row.first_name)
    assert checkin.walk_in is not None
    assert "first or last name" in checkin.walk_in.message.text()
    assert workshop.undo.stack.count() == steps
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert checkin.walk_in is None
    assert checkin.search.text() == "zz" and QApplication.focusWidget() is checkin.search
    qtbot.keyClick(checkin.search, Qt.Key.Key_Escape)
    assert checkin.search.text() == ""


def test_the_walk_in_row_keeps_what_was_typed_when_the_list_is_read_again(qtbot, type_text, workshop, checkin):
    qtbot.keyClick(checkin.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(checkin.walk_in.first_name, "Örjan")
    checkin.load()  # another change to the register while the row is open
    assert checkin.walk_in.first_name.text() == "Örjan"
    assert QApplication.focusWidget() is checkin.walk_in.first_name


def test_excused_and_no_show_by_keys_for_the_highlighted_person(qtbot, workshop, filled, checkin):
    invite_again(filled, workshop.activity_id, ("Anna", "Andersson"))
    checkin.load()
    qtbot.keyClicks(checkin.search, "anna")
    qtbot.keyClick(checkin.search, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    anna = person_id(filled, "Anna", "Andersson")
    assert attendance_of(filled, workshop.activity_id, anna).status == "excused"
    assert checkin.highlighted().person.name == "Anna Andersson"  # still hers, for the next key
    assert "excused" in checkin.counts_label.text() and "1 excused" in checkin.counts_label.text()
    qtbot.keyClick(checkin.search, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert attendance_of(filled, workshop.activity_id, anna).status == "no_show"
    assert "1 did not come" in checkin.counts_label.text()
    enter(qtbot, checkin.search)  # she came after all
    row = attendance_of(filled, workshop.activity_id, anna)
    assert row.status == "present" and row.checked_in_at


def test_ctrl_z_in_the_empty_search_takes_back_the_last_check_in(qtbot, workshop, filled, checkin):
    invite_again(filled, workshop.activity_id, ("Anna", "Andersson"))
    checkin.load()
    qtbot.keyClicks(checkin.search, "anna")
    enter(qtbot, checkin.search)
    anna = person_id(filled, "Anna", "Andersson")
    assert attendance_of(filled, workshop.activity_id, anna).status == "present"
    qtbot.keyClick(checkin.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    row = attendance_of(filled, workshop.activity_id, anna)
    assert row.status == "invited" and row.checked_in_at is None
    assert checkin.message.text().startswith("Undone")


def test_thirty_people_checked_in_by_keyboard_alone(qtbot, workshop, filled, clock, checkin):
    activity = workshop.activity_id
    people = [Participant(first_name=f"Person{number:02d}", last_name=f"Efternamn{chr(65 + number % 26)}",
                          gender=Gender.WOMAN if number % 2 else Gender.MAN) for number in range(30)]
    filled.participants.create_many(people)
    created = {p.first_name: p.id for p in filled.participants.list() if p.first_name.startswith("Person")}
    filled.attendance.create_many(Attendance(activity_id=activity, participant_id=pid) for pid in created.values())
    checkin.load()
    assert checkin.counts_label.text() == "Present 3 of 33 invited · 0 walk-ins · 0 excused"
    for number in range(30):
        clock.advance(20)
        qtbot.keyClicks(checkin.search, f"person{number:02d}")
        enter(qtbot, checkin.search)
        assert checkin.message.text().startswith(f"✓ Person{number:02d} ")
    rows = filled.attendance.list({"activity_id": activity})
    assert all(row.status == "present" for row in rows)
    assert len({row.checked_in_at for row in rows if row.participant_id in created.values()}) == 30
    assert checkin.counts_label.text() == "Present 33 of 33 invited · 0 walk-ins · 0 excused"


# -- the invitation list ----------------------------------------------------------------------------


def test_the_list_shows_name_organisation_gender_status_and_time(workshop, filled, people):
    model = people.model
    texts = [[model.index(row, column).data() for column in range(model.columnCount())]
             for row in range(model.rowCount())]
    lukasz = next(row for row in texts if row[0] == "Łukasz Wójcik")
    assert lukasz[1:4] == ["Örebro Mekaniska AB", "Man", "Present"]
    assert [row[0] for row in texts] == ["Anna Andersson", "Łukasz Wójcik", "فاطمة حسن"]
    assert people.findChild(type(people.composition_slot), "inviteComposition") is people.composition_slot


def test_invite_by_search_with_the_keyboard(qtbot, workshop, filled, people):
    qtbot.keyClick(people.table, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert people.invite_panel.isVisible() and QApplication.focusWidget() is people.invite_line
    qtbot.keyClicks(people.invite_line, "dorde")
    assert people.candidates.rows[0].name == "Đorđe Petrović"
    enter(qtbot, people.invite_line)
    djordje = person_id(filled, "Đorđe", "Petrović")
    assert attendance_of(filled, workshop.activity_id, djordje).status == "invited"
    assert people.chosen_rows()[0].name == "Đorđe Petrović"
    qtbot.keyClicks(people.invite_line, "anna")
    enter(qtbot, people.invite_line)
    assert "already on the list" in people.invite_message.text()
    people.invite_line.home(False)
    qtbot.keyClick(people.invite_line, Qt.Key.Key_Delete)  # edits the search, takes no one off the list
    assert people.invite_line.text() == "nna" and people.model.rowCount() == 4
    qtbot.keyClick(people.invite_line, Qt.Key.Key_Escape)
    assert not people.invite_panel.isVisible() and QApplication.focusWidget() is people.table


def test_invite_an_organisation_adds_its_people_in_one_step(qtbot, type_text, workshop, filled, people):
    qtbot.keyClick(people.table, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is people.org_line
    type_text(people.org_line, "Örebro Mekaniska AB")
    people.org_completer.popup().hide()
    enter(qtbot, people.org_line)
    djordje = person_id(filled, "Đorđe", "Petrović")
    assert attendance_of(filled, workshop.activity_id, djordje).status == "invited"
    # Łukasz works there too and is present already: he stays as he is.
    assert attendance_of(filled, workshop.activity_id, person_id(filled, "Łukasz", "Wójcik")).status == "present"
    assert people.model.rowCount() == 4
    enter(qtbot, people.org_line)
    assert people.org_message.text() == "Type the organisation's name and choose it from the list."
    type_text(people.org_line, "Örebro Mekaniska AB")
    people.org_completer.popup().hide()
    enter(qtbot, people.org_line)
    assert "already on the list" in people.org_message.text()
    workshop.undo.stack.undo()
    assert attendance_of(filled, workshop.activity_id, djordje) is None
    assert people.model.rowCount() == 3


def test_status_by_keys_and_remove_and_invite_again(qtbot, workshop, filled, clock, people):
    people.table.setFocus()
    people.choose([people.model.rows[0].attendance_id])
    assert people.chosen_rows()[0].name == "Anna Andersson"
    anna = person_id(filled, "Anna", "Andersson")
    qtbot.keyClick(people.table, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    row = attendance_of(filled, workshop.activity_id, anna)
    assert (row.status, row.checked_in_at) == ("excused", None)
    assert people.model.index(0, 3).data() == "Excused"
    qtbot.keyClick(people.table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    row = attendance_of(filled, workshop.activity_id, anna)
    assert (row.status, row.checked_in_at) == ("present", stamp(clock()))
    assert people.model.index(0, 4).data() == local_clock(stamp(clock()))

    qtbot.keyClick(people.table, Qt.Key.Key_Delete)
    assert attendance_of(filled, workshop.activity_id, anna) is None
    assert people.model.rowCount() == 2

    # Invited again after being taken off: the old row comes back (one row per person and activity).
    qtbot.keyClick(people.table, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(people.invite_line, "andersson")
    enter(qtbot, people.invite_line)
    row = attendance_of(filled, workshop.activity_id, anna)
    assert (row.status, row.checked_in_at) == ("invited", None)
    workshop.undo.stack.undo()
    assert attendance_of(filled, workshop.activity_id, anna) is None
    workshop.undo.stack.undo()
    assert attendance_of(filled, workshop.activity_id, anna).status == "present"


def test_several_chosen_rows_change_status_in_one_step(qtbot, workshop, filled, people):
    people.table.setFocus()
    people.choose([row.attendance_id for row in people.model.rows])
    steps = workshop.undo.stack.count()
    qtbot.keyClick(people.table, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert {row.status for row in filled.attendance.list({"activity_id": workshop.activity_id})} == {"no_show"}
    assert workshop.undo.stack.count() == steps + 1
    workshop.undo.stack.undo()
    assert {row.status for row in filled.attendance.list({"activity_id": workshop.activity_id})} == {"present"}


def test_the_people_tab_shows_the_invited_groups_composition_in_charts(qtbot, workshop):
    from aiall_desktop.gui.workshop.people_tab import PeopleTab

    tab = PeopleTab(workshop)
    qtbot.addWidget(tab)
    tab.load()
    panel = tab.composition_panel
    # On the list of the case workshop: Łukasz (man), فاطمة and Anna (women).
    assert panel.composition is not None and panel.composition.people == 3
    assert "2" in panel.caption("gender") and "3" in panel.caption("gender")
