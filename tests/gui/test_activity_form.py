"""An activity's page: entered by keyboard, times checked in place, edits saved and undone, related lists."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.records import ActivityKind, AgendaItem, Case
from aiall_desktop.store import Store

from editing_helpers import (
    CTRL,
    SHIFT,
    cells,
    click,
    click_row,
    double_click_row,
    focused,
    press,
    row_of,
    tab,
    type_here,
)


def tab_through_suggestions(qtbot, field) -> None:
    """Tab while the type-ahead list is open: the keyboard's keys go to that list, as they do on screen."""
    popup = field.completer.popup()
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Tab)
    else:
        tab(qtbot)


def activity_in(path, title: str):
    with Store.open(path) as store:
        found = store.activities.list({"title": title})
    return found[0] if found else None


def start_new_activity(qtbot, window: MainWindow):
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.current_section.key == "activities"
    press(qtbot, Qt.Key.Key_N, CTRL)
    editor = window.details.current_editor
    assert editor is not None and editor.kind == "activities" and editor.mode == "new"
    qtbot.waitUntil(editor.activity_title.widget.hasFocus)
    return editor


def open_activity(qtbot, window: MainWindow, title: str):
    window.show_section("activities")
    page = window.current_page
    click_row(qtbot, page, row_of(page, "title", title))
    editor = window.details.current_editor
    assert editor is not None and editor.kind == "activities" and editor.mode == "record"
    return editor


def test_a_new_activity_by_keyboard_alone(qtbot, type_text, window: MainWindow, register):
    editor = start_new_activity(qtbot, window)
    assert window.record_actions.new.text() == "&New Activity"
    type_here(type_text, "Nätverksträff Kumla")
    tab(qtbot)
    assert focused() is editor.activity_kind.widget
    press(qtbot, Qt.Key.Key_Down)  # Case-identification workshop → Network meeting
    tab(qtbot)
    assert focused() is editor.date.widget
    type_here(type_text, "2025-06-02")  # Tab selected the prefilled date: typing replaces it
    tab(qtbot)
    assert focused() is editor.start_time.widget
    type_here(type_text, "13.00")  # the Swedish way is understood
    tab(qtbot)
    # The start moved past the default end: the end follows, keeping the length (three hours).
    assert focused() is editor.end_time.widget
    assert editor.end_time.widget.text() == "16:00"
    type_here(type_text, "15:30")
    tab(qtbot)
    type_here(type_text, "Kumla Folkets hus")
    tab(qtbot)
    type_here(type_text, "Anna Andersson")
    tab(qtbot)
    assert focused() is editor.organisations.widget
    type_here(type_text, "Kumla Livsmedel AB; örebro universitet")  # case aside, as in the register
    tab(qtbot)
    assert focused() is editor.goal.widget
    type_here(type_text, "Three cases for the food network")
    press(qtbot, Qt.Key.Key_Return, CTRL)

    assert editor.mode == "new" and editor.activity_title.widget.text() == ""  # ready for the next
    assert editor.activity_kind.raw() == ActivityKind.NETWORK_MEETING  # a series is of one kind
    saved = activity_in(register.path, "Nätverksträff Kumla")
    assert saved is not None
    assert (saved.kind, saved.date, saved.start_time, saved.end_time) == (
        ActivityKind.NETWORK_MEETING, "2025-06-02", "13:00", "15:30")
    assert (saved.place, saved.facilitators, saved.goal) == (
        "Kumla Folkets hus", "Anna Andersson", "Three cases for the food network")
    assert saved.organisation_ids == [register.ids["Kumla Livsmedel AB"], register.ids["Örebro universitet"]]
    assert "Nätverksträff Kumla" in cells(window.current_page, "title")  # the list follows

    press(qtbot, Qt.Key.Key_Escape)  # the empty next entry goes without a question
    assert editor.mode != "new"


def test_a_title_and_a_date_are_required(qtbot, type_text, window: MainWindow, register):
    editor = start_new_activity(qtbot, window)
    tab(qtbot, 2)
    press(qtbot, Qt.Key.Key_Backspace)  # the prefilled date, taken away
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert editor.mode == "new"
    assert editor.activity_title.feedback.text == "Enter the activity's title."
    assert editor.date.feedback.text == "Enter the date, as YYYY-MM-DD."
    assert focused() is editor.activity_title.widget
    type_here(type_text, "Demo day")
    tab(qtbot, 2)
    type_here(type_text, "2025-13-01")
    assert "is not a date" in editor.date.feedback.text
    assert editor.date.feedback.label.isVisible() and editor.date.feedback.label.text().startswith("⚠")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert activity_in(register.path, "Demo day") is None
    editor.date.widget.selectAll()
    type_here(type_text, "2025-11-03")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert editor.mode == "record"
    assert activity_in(register.path, "Demo day").date == "2025-11-03"


def test_an_end_before_the_start_is_explained_in_place_and_not_saved(qtbot, type_text, window, register):
    editor = open_activity(qtbot, window, "Case workshop Örebro")
    click(qtbot, editor.end_time.widget)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_here(type_text, "08:30")
    message = editor.end_time.feedback.label
    assert message.isVisible()
    assert message.text() == "⚠ The end time must be after the start time (09:00)."
    assert editor.end_time.widget.property("invalid") is True
    assert "must be after the start" in editor.end_time.widget.accessibleDescription()
    tab(qtbot)
    assert editor.end_time.widget.text() == "08:30"  # what was typed stays, with its message
    assert activity_in(register.path, "Case workshop Örebro").end_time == "12:00"

    editor.end_time.widget.setFocus()
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_here(type_text, "25:00")
    assert "is not a time of day" in editor.end_time.feedback.text
    press(qtbot, Qt.Key.Key_Escape)  # put back as saved
    assert editor.end_time.widget.text() == "12:00" and editor.end_time.feedback.text == ""

    # In a new entry, too: Save refuses and goes to the field.
    editor = start_new_activity(qtbot, window)
    type_here(type_text, "Late meeting")
    tab(qtbot, 4)
    assert focused() is editor.end_time.widget
    type_here(type_text, "08:00")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert editor.mode == "new" and focused() is editor.end_time.widget
    assert activity_in(register.path, "Late meeting") is None


def test_an_edit_is_saved_on_leaving_and_undone_and_redone(qtbot, type_text, window: MainWindow, register):
    editor = open_activity(qtbot, window, "Case workshop Örebro")
    click(qtbot, editor.place.widget)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_here(type_text, "Kumla")
    assert activity_in(register.path, "Case workshop Örebro").place == "Örebro"  # not while typing
    tab(qtbot)
    assert activity_in(register.path, "Case workshop Örebro").place == "Kumla"
    assert "Saved: change of Place" in window.statusBar().currentMessage()
    page = window.current_page
    assert cells(page, "place")[row_of(page, "title", "Case workshop Örebro")] == "Kumla"  # the list follows

    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert activity_in(register.path, "Case workshop Örebro").place == "Örebro"
    assert editor.place.widget.text() == "Örebro"
    assert cells(page, "place")[row_of(page, "title", "Case workshop Örebro")] == "Örebro"
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert activity_in(register.path, "Case workshop Örebro").place == "Kumla"
    assert editor.place.widget.text() == "Kumla"

    # The kind is a choice: saved as soon as it is made.
    editor.activity_kind.widget.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert activity_in(register.path, "Case workshop Örebro").kind == ActivityKind.NETWORK_MEETING


def test_a_later_start_takes_the_end_along_in_one_undo(qtbot, type_text, window: MainWindow, register):
    editor = open_activity(qtbot, window, "Case workshop Örebro")  # 09:00–12:00
    click(qtbot, editor.start_time.widget)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_here(type_text, "13:00")
    assert editor.end_time.feedback.text == ""  # no alarm while the start is being typed
    tab(qtbot)
    saved = activity_in(register.path, "Case workshop Örebro")
    assert (saved.start_time, saved.end_time) == ("13:00", "16:00")
    assert editor.end_time.widget.text() == "16:00" and editor.end_time.feedback.text == ""
    window.record_actions.undo.trigger()
    saved = activity_in(register.path, "Case workshop Örebro")
    assert (saved.start_time, saved.end_time) == ("09:00", "12:00")


def test_organisations_by_name_and_an_unknown_one_explained(qtbot, type_text, window: MainWindow, register):
    editor = open_activity(qtbot, window, "Network meeting Karlskoga")
    click(qtbot, editor.organisations.widget)
    type_here(type_text, "Karlskoga Energi & Miljö; Nowhere AB")
    tab(qtbot)
    assert "“Nowhere AB” is not in the register" in editor.organisations.feedback.text
    assert activity_in(register.path, "Network meeting Karlskoga").organisation_ids == []
    editor.organisations.widget.setFocus()
    for _ in range(len("; Nowhere AB")):
        press(qtbot, Qt.Key.Key_Backspace)
    tab_through_suggestions(qtbot, editor.organisations)
    assert editor.organisations.feedback.text == ""
    saved = activity_in(register.path, "Network meeting Karlskoga")
    assert saved.organisation_ids == [register.ids["Karlskoga Energi & Miljö"]]


def test_the_page_lists_the_agenda_the_people_and_the_cases(qtbot, window: MainWindow, register):
    workshop = register.ids["Case workshop Örebro"]
    with Store.open(register.path) as store:
        for position, (title, minutes) in enumerate([("Welcome", 10), ("AI examples", 30), ("Brainstorm", 45)]):
            # The first block has been run (run mode keeps its real times, in UTC).
            ran = {"actual_start": "2025-03-12T08:04:00.000000Z", "actual_end": "2025-03-12T08:16:00.000000Z"}
            store.agenda_items.create(AgendaItem(activity_id=workshop, position=position, title=title,
                                                 minutes=minutes, **(ran if position == 0 else {})))
        store.cases.create(Case(title="Sorting returns", areas=["food"], origin_activity_id=workshop))
    editor = open_activity(qtbot, window, "Case workshop Örebro")
    agenda, people, cases = editor.related
    assert agenda.texts(1) == ["Welcome", "AI examples", "Brainstorm"]
    assert agenda.texts(0) == ["09:00", "09:10", "09:40"]  # each block after the one before
    local = [datetime.fromisoformat(f"2025-03-12T08:{m}:00+00:00").astimezone().strftime("%H:%M") for m in ("04", "16")]
    assert agenda.texts(4) == [f"{local[0]}–{local[1]}", "", ""]  # the agenda as run
    assert agenda.heading.text() == "Agenda (3)"
    assert sorted(people.texts()) == sorted(["Łukasz Wójcik", "فاطمة حسن", "Anna Andersson"])
    assert set(people.texts(2)) == {"Present"}
    assert people.texts(1)[people.texts().index("Anna Andersson")] == "Örebro universitet"
    # The intersection case carries its asterisk; a one-area case does not.
    assert sorted(cases.texts()) == ["Predictive maintenance of presses *", "Sorting returns"]

    # A case opens on its own page, in its section.
    double_click_row(qtbot, cases.view, cases.texts().index("Sorting returns"))
    assert window.current_section.key == "cases"
    assert window.details.current_editor.case_title.widget.text() == "Sorting returns"


def test_activities_filtered_by_kind(qtbot, window: MainWindow, register):
    window.show_section("activities")
    page = window.current_page
    combo = page.filters.combos["kind"]
    assert combo.itemText(0) == "All kinds"
    assert combo.accessibleName() == "Filter by kind"
    page.filters.choose("kind", ActivityKind.COMPANY_VISIT.value)
    assert cells(page, "title") == ["Company visit Kumla"]
    page.filters.clear()
    assert len(cells(page, "title")) == 3


# -- the time rules the form uses (plain functions, no window) ----------------------------------


def test_the_end_must_be_after_the_start():
    import pytest

    from aiall_desktop.domain.validation import InvalidValue, check_end_time, parse_end_time

    assert parse_end_time("16.30", "13:00") == "16:30"
    assert parse_end_time("", "13:00") is None
    assert parse_end_time("10:00", "not a time") == "10:00"  # the start's own problem, not the end's
    with pytest.raises(InvalidValue) as raised:
        parse_end_time("13:00", "13:00")
    assert raised.value.message.key == "time_order" and raised.value.message.values == {"end": "13:00",
                                                                                         "start": "13:00"}
    assert check_end_time("8:00", "09:00").key == "time_order"
    assert check_end_time("8:75", "09:00").key == "time"


def test_a_moved_start_keeps_the_length_and_the_agenda_runs_on():
    from aiall_desktop.domain.validation import clock_time, end_keeping_length, time_minutes

    assert end_keeping_length("09:00", "12:00", "13:00") == "16:00"
    assert end_keeping_length("09:00", "09:00", "10:00") == "11:00"  # no length: an hour
    assert end_keeping_length("09:00", "12:00", "22:30") == "23:59"  # never past the day
    assert time_minutes("9.30") == 570 and clock_time(570) == "09:30" and clock_time(24 * 60 + 5) == "00:05"


def test_the_page_shows_the_activitys_composition_against_the_minimum(qtbot, window: MainWindow, register):
    from aiall_desktop.gui.composition.badge import CompositionBadge

    # Present at the case workshop: Łukasz (man), فاطمة (woman), Anna (woman): 2 of 3 are women.
    editor = open_activity(qtbot, window, "Case workshop Örebro")
    badge = editor.findChild(CompositionBadge, "activityComposition")
    assert badge is not None and badge.isVisibleTo(editor)
    assert "67" in badge.text() and "✓" in badge.text()
    assert "2 of 3" in badge.toolTip()
    # Nobody has come to the network meeting: it is judged by its (empty) list.
    editor = open_activity(qtbot, window, "Network meeting Karlskoga")
    assert "✓" not in badge.text() and "67" not in badge.text()
