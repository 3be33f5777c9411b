"""The Tables tab: balanced table groups for the people present, adjusted by drag and drop or keys,
saved at once as the activity's table groups and undone step by step."""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

import pytest
from PySide6.QtCore import QModelIndex, Qt

from aiall_desktop.domain.diversity import composition
from aiall_desktop.records import (
    Activity,
    Attendance,
    AttendanceStatus,
    Gender,
    Organisation,
    Participant,
    TeamKind,
)
from aiall_desktop.store import Store

MINIMUM = Fraction(26, 100)


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.isActiveWindow())
    widget.load()
    return widget


def add_present(store: Store, activity_id: str, people: list[tuple[str, Gender, str | None]],
                backgrounds: tuple[str, ...] = ("industry", "research", "healthcare", "energy", "food")) -> list[str]:
    """People checked in: (first name, gender, organisation id or None), in one go as an import would."""
    participants = [Participant(first_name=first, last_name="Testsson", gender=gender, organisation_id=org,
                                backgrounds=[backgrounds[n % len(backgrounds)]])
                    for n, (first, gender, org) in enumerate(people)]
    store.participants.create_many(participants)
    ids = [p.id for p in store.participants.list({"last_name": "Testsson"})
           if p.first_name in {first for first, _gender, _org in people}]
    store.attendance.create_many(Attendance(activity_id=activity_id, participant_id=person_id,
                                            status=AttendanceStatus.PRESENT) for person_id in ids)
    return ids


@pytest.fixture
def room(workshop) -> dict[str, str]:
    """43 present at the case workshop: the fixture's 3 (2 women) and 40 more (13 women), in 6 organisations
    of 4 to 7 people and 9 without one; 15 women in all, which 7 tables of 6–7 need (2 each, 14)."""
    store = workshop.store
    orgs = [store.organisations.create(Organisation(name=f"Firma {n} AB")).id for n in range(6)]
    sizes = [7, 6, 5, 5, 4, 4]
    org_of = [org for org, size in zip(orgs, sizes) for _ in range(size)] + [None] * 9
    people = [(f"P{n:02d}", Gender.WOMAN if n % 3 == 0 and n < 39 else Gender.MAN, org_of[n]) for n in range(40)]
    add_present(store, workshop.activity_id, people)
    present = store.groups.present(workshop.activity_id)
    assert len(present) == 43
    assert sum(p.gender == Gender.WOMAN for p in present) == 15
    return {"activity": workshop.activity_id}


@pytest.fixture
def tab(qtbot, workshop):
    from aiall_desktop.gui.workshop.tables_tab import TablesTab

    return shown(qtbot, TablesTab(workshop))


def seven_tables(tab) -> None:
    tab.by_tables.setChecked(True)
    tab.table_count.setValue(7)
    assert tab.balance()


def stored_tables(store: Store, activity_id: str) -> list[list[str]]:
    return [sorted(group.participant_ids) for group in store.teams_view.table_groups(activity_id)]


def shown_tables(tab) -> list[list[str]]:
    return [sorted(column.model.ids()) for column in tab.columns]


def table_of(tab, person_id: str) -> int:
    return next(n for n, column in enumerate(tab.columns) if person_id in column.model.ids())


# -- empty states ---------------------------------------------------------------------------------


def test_nobody_present_asks_to_check_people_in_first(qtbot, workshop):
    from aiall_desktop.gui.workshop.tables_tab import TablesTab

    empty = workshop.store.activities.create(Activity(title="Not yet held", date="2025-06-01")).id
    workshop.set_activity(empty)
    tab = shown(qtbot, TablesTab(workshop))

    assert tab.empty_label.isVisible()
    assert tab.empty_label.text() == "Check people in first — tables are made from those present."
    assert not tab.balance_action.isEnabled()
    assert not tab.balance()
    assert tab.columns == []


def test_before_any_balance_the_tab_says_how_to_start(room, tab):
    assert "No tables yet" in tab.empty_label.text()
    assert "Ctrl+Shift+B" in tab.empty_label.text()
    assert tab.balance_action.isEnabled()
    # Six per table is offered first: 43 people make 8 tables of 5–6.
    assert tab.preview.text() == "43 present → 8 tables of 5–6"
    tab.table_size.setValue(7)
    assert tab.preview.text() == "43 present → 7 tables of 6–7"
    assert tab.table_count.value() == 7, "the number of tables follows, ready to switch to"
    tab.table_size.setValue(6)
    tab.by_tables.setChecked(True)
    tab.table_count.setValue(7)
    assert tab.preview.text() == "43 present → 7 tables of 6–7"


def test_fewer_people_than_tables_says_how_many_stay_empty(qtbot, workshop, tab):
    # The fixture's workshop has 3 people present.
    seven_tables(tab)

    assert tab.problems_label.isVisible()
    assert "3 people for 7 tables: 4 tables stay empty." in tab.problems_label.text()
    assert [len(ids) for ids in shown_tables(tab)] == [1, 1, 1, 0, 0, 0, 0]


# -- balancing ------------------------------------------------------------------------------------


def test_43_people_in_7_balanced_tables_saved_as_table_groups(room, tab, workshop):
    store = workshop.store
    qtbot_keys = tab.balance_action.shortcut().toString()
    assert qtbot_keys == "Ctrl+Shift+B"
    seven_tables(tab)

    tables = shown_tables(tab)
    assert sorted(len(ids) for ids in tables) == [6, 6, 6, 6, 6, 6, 7]
    people = {person.id: person for person in store.groups.present(room["activity"])}
    for ids in tables:
        c = composition([people[i] for i in ids], MINIMUM)
        assert c.women_share >= MINIMUM, "every table has at least 26 % women"
        colleagues = Counter(people[i].organisation_id for i in ids if people[i].organisation_id)
        assert max(colleagues.values()) == 1, "no two colleagues at one table (no organisation has more than 7)"
    assert stored_tables(store, room["activity"]) == tables
    teams = store.teams.list({"activity_id": room["activity"], "kind": TeamKind.TABLE_GROUP})
    assert [team.name for team in teams] == [f"Table {n}" for n in range(1, 8)]
    assert store.team_members.count() == 43
    for column in tab.columns:
        assert "✓" in column.figures_text()
        assert "women" in column.view.accessibleName()
    assert tab.problems_label.isHidden()
    assert tab.empty_label.isHidden()


def test_balance_is_one_undoable_step_that_replaces_the_earlier_tables(room, tab, workshop):
    store = workshop.store
    seven_tables(tab)
    first = stored_tables(store, room["activity"])
    first_teams = [group.team_id for group in store.teams_view.table_groups(room["activity"])]

    tab.shuffle()
    second = stored_tables(store, room["activity"])
    assert second != first, "another seed gives another seating"
    assert store.teams.count({"activity_id": room["activity"]}) == 7, "the earlier tables are put aside"
    assert store.team_members.count() == 43

    workshop.undo.stack.undo()
    assert stored_tables(store, room["activity"]) == first
    assert [group.team_id for group in store.teams_view.table_groups(room["activity"])] == first_teams
    assert shown_tables(tab) == first
    workshop.undo.stack.undo()
    assert store.teams.count({"activity_id": room["activity"]}) == 0
    assert store.team_members.count() == 0
    assert tab.columns == []
    assert "No tables yet" in tab.empty_label.text()
    workshop.undo.stack.redo()
    assert stored_tables(store, room["activity"]) == first


def test_a_new_tab_shows_the_saved_tables(qtbot, room, tab, workshop):
    from aiall_desktop.gui.workshop.tables_tab import TablesTab

    seven_tables(tab)
    tab.toggle_lock([tab.columns[2].model.rows[0]])
    saved = shown_tables(tab)

    again = shown(qtbot, TablesTab(workshop))
    assert shown_tables(again) == saved
    assert again.by_tables.isChecked() and again.table_count.value() == 7
    assert again.columns[2].model.rows[0].locked
    assert [column.figures_text() for column in again.columns] == [column.figures_text() for column in tab.columns]


def test_an_impossible_room_says_why_with_numbers(qtbot, workshop):
    from aiall_desktop.gui.workshop.tables_tab import TablesTab

    store = workshop.store
    small = store.activities.create(Activity(title="Few women", date="2025-06-02")).id
    orgs = [store.organisations.create(Organisation(name=f"Verk {n}")).id for n in range(4)]
    add_present(store, small, [(f"Q{n:02d}", Gender.WOMAN if n < 2 else Gender.MAN, orgs[n % 4]) for n in range(24)])
    workshop.set_activity(small)
    tab = shown(qtbot, TablesTab(workshop))
    tab.by_tables.setChecked(True)
    tab.table_count.setValue(6)

    assert tab.balance()

    # 24 people at 6 tables of 4: each needs ceil(26 % × 4) = 2 women, 12 in all.
    assert tab.problems_label.isVisible()
    text = tab.problems_label.text()
    assert "⚠ 2 women cannot give 6 tables 26 % each: 12 are needed." in text
    assert "With 1 tables" not in text and "At 1 table" not in text  # 2 of 24 is below 26 % at any split
    assert "No number of tables" in text
    # The women are spread, not put together: two tables have one each.
    women = {p.id for p in store.groups.present(small) if p.gender == Gender.WOMAN}
    assert sorted(len(women & set(ids)) for ids in shown_tables(tab)) == [0, 0, 0, 0, 1, 1]
    assert sum("✗" in column.figures_text() for column in tab.columns) == 6
    # A move keeps the proposal's problems on screen; an undo of the proposal takes them away.
    tab.move_people([shown_tables(tab)[0][0]], 1)
    assert "12 are needed" in tab.problems_label.text()
    workshop.undo.stack.undo()
    workshop.undo.stack.undo()
    assert tab.problems_label.isHidden()


def test_a_smaller_number_of_tables_is_suggested_when_it_helps(qtbot, workshop):
    from aiall_desktop.gui.workshop.tables_tab import TablesTab

    store = workshop.store
    small = store.activities.create(Activity(title="Some women", date="2025-06-03")).id
    add_present(store, small, [(f"R{n:02d}", Gender.WOMAN if n < 4 else Gender.MAN, None) for n in range(12)])
    workshop.set_activity(small)
    tab = shown(qtbot, TablesTab(workshop))
    tab.by_tables.setChecked(True)
    tab.table_count.setValue(4)

    tab.balance()

    assert tab.problems_label.isHidden(), "4 tables of 3 need one woman each: the room has them"
    tab.table_count.setValue(6)  # tables of 2: each needs 1 woman, 6 in all
    tab.balance()
    assert "4 women cannot give 6 tables 26 % each: 6 are needed." in tab.problems_label.text()
    assert "With 4 tables every table can reach 26 % women." in tab.problems_label.text()


# -- moving and locking ---------------------------------------------------------------------------


def test_dragging_a_person_to_another_table_moves_them_and_updates_the_figures(qtbot, room, tab, workshop):
    store = workshop.store
    seven_tables(tab)
    source, target = tab.columns[0], tab.columns[3]
    before_source, before_target = len(source.model.rows), len(target.model.rows)
    person = source.model.rows[0].person.id

    # What a drag carries from the first table, dropped on the fourth table's list.
    data = source.model.mimeData([source.model.index(0, 0)])
    assert target.model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert not source.model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert target.model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: person in tab.columns[3].model.ids())

    assert person not in tab.columns[0].model.ids()
    assert len(tab.columns[0].model.rows) == before_source - 1
    assert len(tab.columns[3].model.rows) == before_target + 1
    assert tab.columns[0].figures_text().startswith(f"{before_source - 1} people")
    assert tab.columns[3].figures_text().startswith(f"{before_target + 1} people")
    assert person in stored_tables(store, room["activity"])[3]
    assert workshop.undo.stack.undoText().startswith("Move ")

    workshop.undo.stack.undo()
    assert person in tab.columns[0].model.ids()
    assert tab.columns[0].figures_text().startswith(f"{before_source} people")


def test_alt_arrows_move_the_chosen_person_and_space_locks_them(qtbot, room, tab, workshop):
    store = workshop.store
    seven_tables(tab)
    person = tab.columns[1].model.rows[0].person.id
    tab.choose([person])
    view = tab.columns[1].view
    assert view.hasFocus()

    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert table_of(tab, person) == 2
    assert tab.columns[2].view.hasFocus(), "the focus goes along, so that Alt+→ again moves on"
    qtbot.keyClick(tab.columns[2].view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(tab.columns[3].view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert table_of(tab, person) == 2
    assert person in stored_tables(store, room["activity"])[2]

    qtbot.keyClick(tab.columns[2].view, Qt.Key.Key_Space)
    row = tab.columns[2].model.rows[tab.columns[2].model.row_of(person)]
    assert row.locked
    text = tab.columns[2].model.data(tab.columns[2].model.index(tab.columns[2].model.row_of(person), 0))
    assert " (locked) · " in text
    index = tab.columns[2].model.index(tab.columns[2].model.row_of(person), 0)
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull(), "the padlock beside the name"
    assert store.team_members.get(row.member_id).locked
    qtbot.keyClick(tab.columns[2].view, Qt.Key.Key_L)
    assert not store.team_members.get(row.member_id).locked
    workshop.undo.stack.undo()
    assert store.team_members.get(row.member_id).locked


def test_alt_left_in_a_table_does_not_leave_the_workshop(qtbot, room, workshop):
    from aiall_desktop.gui.editing.undo import UndoHistory
    from aiall_desktop.gui.workshop.page import WorkshopPage

    page = WorkshopPage(lambda: workshop.store, UndoHistory(lambda: workshop.store), lambda _text: None)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts of the page need the active window
    page.open_activity(room["activity"], "tables")
    tab = page.tab("tables")
    seven_tables(tab)
    person = tab.columns[1].model.rows[0].person.id
    tab.choose([person])
    left = []
    page.back_requested.connect(left.append)

    qtbot.keyClick(tab.columns[1].view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)

    assert left == []
    assert table_of(tab, person) == 0


def test_locked_people_stay_when_the_rest_is_rebalanced(room, tab, workshop):
    store = workshop.store
    seven_tables(tab)
    stay = {tab.columns[0].model.rows[0].person.id: 0, tab.columns[4].model.rows[1].person.id: 4}
    tab.toggle_lock([tab.columns[0].model.rows[0]])
    tab.toggle_lock([tab.columns[4].model.rows[1]])
    before = shown_tables(tab)

    tab.seed = 5
    assert tab.balance(keep_locks=True)

    after = shown_tables(tab)
    assert after != before
    for person, table in stay.items():
        assert table_of(tab, person) == table
        assert tab.columns[table].model.rows[tab.columns[table].model.row_of(person)].locked
    locked = [m.participant_id for m in store.team_members.list({"locked": True})]
    assert sorted(locked) == sorted(stay)
    assert sorted(len(ids) for ids in after) == [6, 6, 6, 6, 6, 6, 7]

    # A fresh Balance does not keep locks.
    tab.balance()
    assert store.team_members.count({"locked": True}) == 0


def test_someone_checked_in_later_waits_at_no_table_until_seated(qtbot, room, tab, workshop):
    store = workshop.store
    seven_tables(tab)
    [late] = add_present(store, room["activity"], [("Late", Gender.WOMAN, None)])
    workshop.notify(frozenset({"attendance"}))

    assert tab.unseated_column is not None
    assert tab.unseated_column.model.ids() == [late]
    assert "Not at a table (1)" == tab.unseated_column.title.text()

    data = tab.unseated_column.model.mimeData([tab.unseated_column.model.index(0, 0)])
    tab.columns[5].model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: tab.unseated_column is None)
    assert late in tab.columns[5].model.ids()
    assert late in stored_tables(store, room["activity"])[5]

    # Taken off the table and put back: the earlier membership comes back rather than a second one.
    tab.move_people([late], -1)
    assert tab.unseated_column is not None
    tab.move_people([late], 5)
    assert store.team_members.count({"participant_id": late}, include_deleted=True) == 1
    workshop.undo.stack.undo()
    workshop.undo.stack.undo()
    assert late in tab.columns[5].model.ids()


def test_someone_no_longer_present_stays_marked_until_rebalanced(room, tab, workshop):
    store = workshop.store
    seven_tables(tab)
    person = tab.columns[0].model.rows[0].person.id
    attendance = store.attendance.list({"activity_id": room["activity"], "participant_id": person})[0]
    store.attendance.update(attendance.id, status=AttendanceStatus.NO_SHOW)
    workshop.notify(frozenset({"attendance"}))

    row = tab.columns[0].model.rows[tab.columns[0].model.row_of(person)]
    assert not row.present
    model = tab.columns[0].model
    assert "(not present)" in model.data(model.index(model.row_of(person), 0))
    tab.balance(keep_locks=True)
    assert all(person not in ids for ids in shown_tables(tab))
