"""The main window driven as a user would: clicks, keys and typing through qtbot."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QTableView

from aiall_desktop.gui.list_page import ListPage
from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.gui.sections import SECTIONS
from aiall_desktop.records import Participant
from aiall_desktop.store import Store


def click_section(qtbot, window: MainWindow, key: str) -> None:
    row = [s.key for s in SECTIONS].index(key)
    item = window.navigation.item(row)
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def first_cells(page: ListPage, key: str, count: int | None = None) -> list[str]:
    model = page.model
    number = model.column_of(key)
    rows = model.rowCount() if count is None else min(count, model.rowCount())
    return [model.index(row, number).data() for row in range(rows)]


def click_row(qtbot, page: ListPage, row: int) -> None:
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def wait_for_search(qtbot, page: ListPage) -> None:
    """Until the list shows what the search box says (the search runs shortly after the last key)."""
    qtbot.waitUntil(lambda: page.model.search_text == page.search_box.text())


def click_header(qtbot, page: ListPage, key: str) -> None:
    header = page.table.horizontalHeader()
    logical = page.model.column_of(key)
    x = header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_window_opens_on_the_database_with_the_right_counts(window: MainWindow, register):
    assert window.current_section.key == "organisations"
    page = window.current_page
    assert page.model.rowCount() == 4
    assert page.count_label.text() == "4 organisations"
    assert window.count_status.text() == "4 organisations"
    assert str(register.path) in window.database_status.text()
    assert window.windowTitle().startswith("register.sqlite")
    assert first_cells(page, "name")[0] == "Karlskoga Energi & Miljö"


def test_clicking_the_navigation_switches_the_list(qtbot, window: MainWindow):
    click_section(qtbot, window, "participants")
    assert window.current_section.key == "participants"
    page = window.current_page
    assert page.isVisible()
    assert page.count_label.text() == "6 participants"
    assert "Wójcik" in first_cells(page, "last_name")
    click_section(qtbot, window, "cases")
    assert window.current_page.count_label.text() == "3 cases"
    assert window.count_status.text() == "3 cases"


def test_ctrl_and_a_number_switches_sections(qtbot, window: MainWindow):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section.key == "participants"
    assert window.navigation.currentRow() == 1
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section.key == "activities"
    assert window.current_page.count_label.text() == "3 activities"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section.key == "reports"
    assert window.current_page is None


def test_typing_in_the_search_box_filters_as_you_type(qtbot, type_text, window: MainWindow):
    window.show_section("participants")
    page = window.current_page
    type_text(page.search_box, "wój")
    wait_for_search(qtbot, page)
    assert page.model.rowCount() == 1
    assert first_cells(page, "last_name") == ["Wójcik"]
    assert page.count_label.text() == "1 of 6 participants"
    assert window.count_status.text() == "1 of 6 participants"

    qtbot.keyClicks(page.search_box, "xyz")
    wait_for_search(qtbot, page)
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "0 of 6 participants"

    qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)  # Esc clears the search
    assert page.search_box.text() == ""
    wait_for_search(qtbot, page)
    assert page.model.rowCount() == 6
    assert page.count_label.text() == "6 participants"


def test_search_finds_names_in_other_scripts(qtbot, type_text, window: MainWindow):
    window.show_section("participants")
    page = window.current_page
    type_text(page.search_box, "Hương")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert first_cells(page, "first_name") == ["Nguyễn Thị"]
    page.search_box.clear()
    type_text(page.search_box, "حسن")
    wait_for_search(qtbot, page)
    assert first_cells(page, "last_name") == ["حسن"]


def test_ctrl_f_focuses_the_search_box(qtbot, window: MainWindow):
    window.show_section("activities")
    page = window.current_page
    page.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search_box.hasFocus)


def test_down_from_the_search_box_goes_to_the_results(qtbot, window: MainWindow):
    window.show_section("cases")
    page = window.current_page
    page.search_box.setFocus()
    qtbot.keyClicks(page.search_box, "shelf")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    assert page.model.rowCount() == 1
    assert window.details.summary.title == "Shelf-life prediction"


def test_clicking_a_header_sorts_the_list(qtbot, window: MainWindow):
    window.show_section("participants")
    page = window.current_page
    assert first_cells(page, "last_name", 1) == ["Andersson"]
    click_header(qtbot, page, "first_name")
    assert first_cells(page, "first_name", 1) == ["Anna"]
    assert page.model.sort_key() == ("first_name", False)
    click_header(qtbot, page, "first_name")  # again: the other way round
    assert first_cells(page, "first_name", 1) == ["فاطمة"]
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    click_header(qtbot, page, "last_name")
    assert first_cells(page, "last_name", 1) == ["Andersson"]


def test_selecting_a_row_shows_its_details(qtbot, window: MainWindow):
    window.show_section("participants")
    page = window.current_page
    row = first_cells(page, "last_name").index("Wójcik")
    click_row(qtbot, page, row)
    summary = window.details.summary
    assert summary.title == "Łukasz Wójcik"
    assert summary.value("Organisation") == "Örebro Mekaniska AB"  # by name, not by id
    assert summary.value("Gender") == "Man"
    assert summary.value("Competences") == "machine learning"
    # A participant's page is where they are edited: the fields show the record.
    editor = window.details.current_editor
    assert editor is window.details.editor("participants") and editor.mode == "record"
    assert editor.title.accessibleName() == "Łukasz Wójcik"
    assert editor.first_name.widget.text() == "Łukasz"
    assert editor.organisation.widget.text() == "Örebro Mekaniska AB"

    window.show_section("cases")
    cases = window.current_page
    assert window.details.summary is None  # nothing chosen in this list yet
    click_row(qtbot, cases, first_cells(cases, "title").index("Predictive maintenance of presses"))
    summary = window.details.summary
    assert summary.value("Stage") == "Prioritised"
    assert summary.value("From activity") == "Case workshop Örebro"
    assert "intersection" in summary.value("Areas")
    assert summary.value("Value") == "4 of 5"

    window.show_section("participants")  # each list keeps its own selection
    assert window.details.summary.title == "Łukasz Wójcik"


def test_details_of_organisations_and_activities(qtbot, window: MainWindow):
    page = window.current_page
    click_row(qtbot, page, first_cells(page, "name").index("Örebro Mekaniska AB"))
    assert window.details.summary.value("People") == "2"
    assert window.details.summary.value("Size") == "Small"
    window.show_section("activities")
    page = window.current_page
    click_row(qtbot, page, first_cells(page, "title").index("Case workshop Örebro"))
    assert window.details.summary.value("Attendance") == "3 present of 3 on the list"
    assert window.details.summary.value("Kind") == "Case-identification workshop"


def test_a_search_keeps_the_selected_record_when_it_still_matches(qtbot, type_text, window: MainWindow):
    window.show_section("participants")
    page = window.current_page
    click_row(qtbot, page, first_cells(page, "last_name").index("Wójcik"))
    type_text(page.search_box, "Łukasz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.selected_id is not None
    assert window.details.summary.title == "Łukasz Wójcik"
    page.search_box.clear()
    qtbot.keyClicks(page.search_box, "Andersson")
    wait_for_search(qtbot, page)
    assert page.model.rowCount() == 1
    assert page.selected_id is None
    assert window.details.summary is None


def test_scrolling_to_the_end_fetches_the_next_page(qtbot, open_window, tmp_path):
    path = tmp_path / "many.sqlite"
    with Store.open(path) as store:
        store.participants.create_many(
            Participant(first_name="Person", last_name=f"Svensson {n:04d}") for n in range(520)
        )
    window = open_window(path)
    window.show_section("participants")
    page = window.current_page
    assert page.model.rowCount() == 200
    assert page.count_label.text() == "520 participants"
    scroll_bar = page.table.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll_bar.maximum() > 0)  # laid out
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # the first key only enters the list, at its top
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() > 200)
    assert page.model.rowCount() <= 520
    while page.model.rowCount() < 520:
        qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert first_cells(page, "last_name")[-1] == "Svensson 0519"


def test_reports_shows_the_counts_of_the_register(qtbot, window: MainWindow):
    click_section(qtbot, window, "reports")
    overview = window.content.currentWidget()
    assert overview is window.overview
    assert overview.count_shown("organisation") == "4"
    assert overview.count_shown("participant") == "6"
    assert overview.count_shown("ai_case") == "3"
    assert overview.count_shown("attendance") == "3"
    assert not window.find_action.isEnabled()  # nothing to search here


def test_tab_goes_from_sections_to_search_to_filters_to_list(qtbot, window: MainWindow):
    window.show_section("participants")
    page = window.current_page
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Tab)
    qtbot.waitUntil(page.search_box.hasFocus)
    qtbot.keyClick(page.search_box, Qt.Key.Key_Tab)
    qtbot.waitUntil(page.filters.combos["gender"].hasFocus)
    qtbot.keyClick(page.filters.combos["gender"], Qt.Key.Key_Tab)
    qtbot.waitUntil(page.filters.combos["tag"].hasFocus)
    qtbot.keyClick(page.filters.combos["tag"], Qt.Key.Key_Tab)
    qtbot.waitUntil(page.table.hasFocus)


def test_every_control_has_an_accessible_name(qtbot, window: MainWindow):
    for key in ("organisations", "participants", "activities", "cases"):
        window.show_section(key)
    controls = [
        *window.findChildren(QLineEdit),
        *window.findChildren(QTableView),
        *window.findChildren(QListWidget),
    ]
    assert len(controls) >= 9
    for control in controls:
        assert control.accessibleName(), control.objectName()
    names = {c.accessibleName() for c in window.findChildren(QLineEdit)}
    assert "Search participants" in names


def test_layout_section_and_columns_are_remembered(qtbot, open_window, register):
    window = open_window(register.path)
    window.resize(700, 520)
    click_section(qtbot, window, "participants")
    page = window.current_page
    qtbot.waitUntil(lambda: page.columns_fitted)
    page.table.horizontalHeader().resizeSection(2, 177)
    window.main_splitter.setSizes([170, 530])
    window.records_splitter.setSizes([330, 200])
    main_sizes, record_sizes = window.main_splitter.sizes(), window.records_splitter.sizes()
    click_section(qtbot, window, "activities")
    window.close()

    again = open_window(register.path)
    assert (again.size().width(), again.size().height()) == (700, 520)
    assert again.current_section.key == "activities"
    assert again.main_splitter.sizes() == main_sizes
    assert again.records_splitter.sizes() == record_sizes
    again.show_section("participants")
    assert again.current_page.table.horizontalHeader().sectionSize(2) == 177


def test_a_chosen_sort_order_is_remembered(qtbot, open_window, register):
    window = open_window(register.path)
    window.show_section("participants")
    page = window.current_page
    qtbot.waitUntil(lambda: page.columns_fitted)
    click_header(qtbot, page, "first_name")
    window.close()
    again = open_window(register.path)
    again.show_section("participants")
    assert again.current_page.model.sort_key() == ("first_name", False)
    assert first_cells(again.current_page, "first_name", 1) == ["Anna"]


def test_closing_while_a_search_waits_runs_nothing_on_the_closed_file(qtbot, window: MainWindow, register):
    window.show_section("participants")
    page = window.current_page
    qtbot.keyClicks(page.search_box, "anna")  # the search would run 150 ms later
    window.close()
    qtbot.wait(250)
    assert page.model.rowCount() == 0 and page.model.query is None
