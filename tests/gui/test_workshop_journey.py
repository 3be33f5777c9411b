"""A facilitator's half-day workshop from start to end, through the real main window.

The issue's acceptance test, as a new user would try it: plan a half-day workshop from the template,
invite the register's people, check in 30 (25 invited, 5 walk-ins) by keyboard, run three blocks with
the projector on, capture 12 ideas, score them and place two on the matrix, move two cases on — then
close the program mid-block, let ten minutes pass and open it again: everything, the timer included,
is as it was.

The clock is the ``clock`` fixture's fake one: every workshop page the window builds reads the time from it
(see ``clocked_pages``), so every countdown and check-in time below is exact, before and after the restart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from aiall_desktop.domain.checkin import WALK_IN, stamp
from aiall_desktop.domain.run_timer import clock_text
from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.gui.workshop.case_matrix import CaseMatrix, cell_centre
from aiall_desktop.gui.workshop.cases_model import FEASIBILITY, TITLE, VALUE
from aiall_desktop.records import AttendanceStatus, CaseStage, Gender, Organisation, Participant
from aiall_desktop.store import Store

SCREENSHOTS = Path("/tmp")

MEKANISKA, ENERGI, LIVSMEDEL = "Örebro Mekaniska AB", "Karlskoga Energi & Miljö", "Kumla Livsmedel AB"


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    organisation: str | None
    gender: Gender
    typed: str  # what the facilitator types at the door to find them

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


W, M, N = Gender.WOMAN, Gender.MAN, Gender.NOT_STATED

#: The register before the day: 25 people, 23 of them at three organisations, two on their own.
REGISTER = [
    Person("Łukasz", "Wójcik", MEKANISKA, M, "lukasz"),
    Person("Anna", "Andersson", MEKANISKA, W, "anna and"),
    Person("Đorđe", "Petrović", MEKANISKA, N, "dorde"),
    Person("Björn", "Lindgren", MEKANISKA, M, "bjorn lin"),
    Person("Maria", "Karlsson", MEKANISKA, W, "maria kar"),
    Person("Johan", "Eriksson", MEKANISKA, M, "johan eri"),
    Person("Sofia", "Nilsson", MEKANISKA, W, "sofia nil"),
    Person("Ahmed", "Yusuf", MEKANISKA, M, "ahmed"),
    Person("Elin", "Berg", MEKANISKA, W, "elin berg"),
    Person("Oskar", "Holm", MEKANISKA, M, "oskar"),
    Person("فاطمة", "حسن", ENERGI, W, "فاطمة"),
    Person("Nguyễn Thị", "Hương", ENERGI, W, "nguy"),
    Person("Karin", "Lund", ENERGI, W, "karin lund"),
    Person("Peter", "Sjöberg", ENERGI, M, "peter sjo"),
    Person("Lena", "Ström", ENERGI, W, "lena str"),
    Person("Mikael", "Dahl", ENERGI, M, "mikael"),
    Person("Ida", "Ek", ENERGI, W, "ida ek"),
    Person("Henrik", "Falk", ENERGI, M, "henrik"),
    Person("Åsa", "Öhman", LIVSMEDEL, W, "åsa öh"),
    Person("Jonas", "Wikström", LIVSMEDEL, M, "jonas"),
    Person("Sara", "Nyberg", LIVSMEDEL, W, "sara ny"),
    Person("Tobias", "Hed", LIVSMEDEL, M, "tobias"),
    Person("Zoë", "Lindqvist", LIVSMEDEL, W, "zoe lindq"),
    Person("Erik", "Zetterberg", None, M, "erik zet"),
    Person("Ingrid", "Sandberg", None, W, "ingrid"),
]

#: People who come without being in the register: (typed name, organisation to type or "", choose the
#: organisation from the type-ahead, gender steps down the pick list).
WALK_INS = [
    ("Göran Persson", "", False, 0),
    ("Olga Ivanova", "kumla liv", True, 1),
    ("Chen Wei", "Nya Verkstaden i Nora", False, 2),
    ("Pål Ruud", "", False, 0),
    ("Yasmin Haddad", "", False, 1),
]

#: Twelve ideas as they are said in the room; @ and # as the capture line understands them.
IDEAS = [
    "Predict scrap in the press line @örebro mek #smart",
    "Forecast district heating demand @karlskoga #energy",
    "Shelf-life prediction for bread @kumla #food #energi",
    "Vision check of welds #smart",
    "Chatbot for the reception",
    "Translate machine manuals",
    "Sort supplier invoices automatically",
    "Detect compressed-air leaks from sound #energy #smart",
    "Plan shifts with the staff's wishes",
    "Summarise board minutes",
    "Spot mould in grain stores #livsmedel",
    "Route planning for home care #welfare",
]

#: (value, feasibility) given with F2 in the Cases tab; the last two ideas are placed on the matrix instead.
SCORES = [(4, 2), (3, 4), (5, 3), (4, 4), (2, 5), (1, 2), (4, 5), (3, 3), (2, 2), (5, 1)]
#: Where the two unscored ideas are dragged on the matrix: (value, feasibility).
PLACED = {"Spot mould in grain stores": (5, 5), "Route planning for home care": (5, 4)}


# -- helpers ---------------------------------------------------------------------------------------------


@pytest.fixture
def clocked_pages(monkeypatch, clock):
    """Every workshop page a window builds reads the time from ``clock``, from the moment it is built.

    The window builds its page itself (on first use, or while opening when it reopens on a workshop) with
    the system clock; the page's context is the one place that holds the time, so it is the one replaced.
    """
    from aiall_desktop.gui.workshop import page
    from aiall_desktop.gui.workshop.context import WorkshopContext

    class ClockedContext(WorkshopContext):
        def __init__(self, store, undo, status=None, now=None, parent=None):
            super().__init__(store, undo, status, clock, parent)

    monkeypatch.setattr(page, "WorkshopContext", ClockedContext)
    return clock


def fill(path: Path) -> dict[str, str]:
    """The register as it stands the week before: organisations and people, no activity yet."""
    ids: dict[str, str] = {}
    with Store.open(path) as store:
        for name, municipality in ((MEKANISKA, "Örebro"), (ENERGI, "Karlskoga"), (LIVSMEDEL, "Kumla")):
            ids[name] = store.organisations.create(Organisation(name=name, municipality=municipality)).id
        for person in REGISTER:
            created = store.participants.create(Participant(
                first_name=person.first, last_name=person.last, gender=person.gender,
                organisation_id=ids[person.organisation] if person.organisation else None))
            ids[person.name] = created.id
    return ids


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier, where: QWidget | None = None) -> None:
    """A key where the keyboard focus is (or on ``where``), as the user presses it."""
    qtbot.keyClick(where or focused(), key, modifier)


def enter(qtbot, where: QWidget | None = None) -> None:
    press(qtbot, Qt.Key.Key_Return, where=where)


def activate(qtbot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def show_tab(qtbot, window: MainWindow, key: str):
    """The facilitator, at the laptop's window, goes to a tab of the workshop."""
    activate(qtbot, window)
    return window.workshop.show_tab(key)


def pick_from_popup(qtbot, popup) -> None:
    """Down and Enter in a type-ahead's pop-up, where the keyboard is while it shows."""
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def shows(qtbot, label, text: str) -> None:
    """Wait for the run timer's tick to show ``text`` (fails after a while if it never does)."""
    qtbot.waitUntil(lambda: label.text() == text, timeout=3000)


def drag(matrix: CaseMatrix, start: QPoint, end: QPoint) -> None:
    viewport = matrix.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 7):
        QTest.mouseMove(viewport, start + (end - start) * (step / 6))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def screenshot(window: QWidget, name: str) -> None:
    window.grab().save(str(SCREENSHOTS / f"journey_{name}.png"))


# -- the steps -------------------------------------------------------------------------------------------


def plan_from_template(qtbot, type_text, window: MainWindow, clock) -> str:
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
          where=window)  # File → New Activity from Template…
    dialog = window.template_dialog
    assert dialog is not None and dialog.dialog.isVisible()
    names = [choice.template.name for choice in dialog.model.choices]
    half_day = next(row for row, name in enumerate(names) if name.startswith("Half-day workshop"))
    while dialog.list.currentIndex().row() < half_day:
        press(qtbot, Qt.Key.Key_Down, where=dialog.list)
    assert dialog.current_choice().template.name == names[half_day]
    dialog.date_edit.setDate(QDate(clock().date()))  # the workshop is today
    dialog.title_edit.setFocus()
    dialog.title_edit.selectAll()
    type_text(dialog.title_edit, "AI-workshop Örebro län")
    enter(qtbot, dialog.title_edit)

    assert not dialog.dialog.isVisible()
    assert window.workshop_showing and window.workshop.current_tab_key == "agenda"
    store = window.store
    activity = store.activities.get(window.workshop.activity_id)
    assert (activity.title, activity.date) == ("AI-workshop Örebro län", clock().date().isoformat())
    blocks = sorted(store.agenda_items.list({"activity_id": activity.id}), key=lambda item: item.position)
    assert [block.minutes for block in blocks] == [15, 25, 20, 35, 20, 25, 25, 15]
    assert window.workshop.tab("agenda").model.rowCount() == 8
    screenshot(window, "agenda")
    return activity.id


def invite(qtbot, type_text, window: MainWindow) -> None:
    people = show_tab(qtbot, window, "people")
    assert people.model.rowCount() == 0
    for organisation, typed in ((MEKANISKA, "örebro mek"), (ENERGI, "karlskoga"), (LIVSMEDEL, "kumla")):
        press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # Invite Organisation…
        assert focused() is people.org_line
        type_text(people.org_line, typed)
        pick_from_popup(qtbot, people.org_completer.popup())
        assert people.org_line.text() == organisation
        enter(qtbot, people.org_line)
        assert people.org_message.text().startswith("✓ ") and organisation in people.org_message.text()
    for person in REGISTER[-2:]:  # the two without an organisation: by name
        press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Invite…
        assert focused() is people.invite_line
        type_text(people.invite_line, person.typed)
        assert people.candidates.rows[0].name == person.name
        enter(qtbot, people.invite_line)
        assert people.invite_message.text() == f"✓ {person.name} invited."
    press(qtbot, Qt.Key.Key_Escape, where=people.invite_line)
    assert people.model.rowCount() == 25
    assert people.counts_label.text() == "25 on the list · 0 present · 0 excused"
    screenshot(window, "people")


def check_in(qtbot, type_text, window: MainWindow, clock) -> None:
    checkin = show_tab(qtbot, window, "checkin")
    assert focused() is checkin.search
    assert checkin.counts_label.text() == "Present 0 of 25 invited · 0 walk-ins · 0 excused"
    for person in REGISTER:
        clock.advance(15)
        type_text(checkin.search, person.typed)
        highlighted = checkin.highlighted()
        assert highlighted is not None and highlighted.person is not None, person.typed
        assert highlighted.person.name == person.name, person.typed
        enter(qtbot, checkin.search)
        assert checkin.message.text().startswith(f"✓ {person.name} checked in"), checkin.message.text()
        assert focused() is checkin.search and checkin.search.text() == ""
    assert checkin.counts_label.text() == "Present 25 of 25 invited · 0 walk-ins · 0 excused"

    for typed, organisation, from_list, gender_steps in WALK_INS:
        clock.advance(30)
        type_text(checkin.search, typed)
        assert checkin.highlighted() is None, f"“{typed}” should match no one"
        enter(qtbot, checkin.search)  # no one matches: the walk-in row opens with the name in it
        row = checkin.walk_in
        assert row is not None
        first, last = typed.split(" ", 1)
        assert (row.first_name.text(), row.last_name.text()) == (first, last)
        assert focused() is row.organisation
        if organisation:
            type_text(row.organisation, organisation)
            if from_list:
                pick_from_popup(qtbot, row.completer.popup())
            else:
                assert not row.completer.popup().isVisible()
        if gender_steps:
            press(qtbot, Qt.Key.Key_Tab)
            assert focused() is row.gender
            for _ in range(gender_steps):
                press(qtbot, Qt.Key.Key_Down)
        enter(qtbot)
        assert checkin.walk_in is None, row.message.text()
        assert checkin.message.text().startswith(f"✓ {typed} checked in"), checkin.message.text()
        assert focused() is checkin.search
    assert checkin.counts_label.text() == "Present 25 of 25 invited · 5 walk-ins · 0 excused"
    screenshot(window, "checkin")


def run_three_blocks(qtbot, window: MainWindow, clock, problems: list[str]):
    run = show_tab(qtbot, window, "run")
    assert run.isAncestorOf(focused())
    assert run.caption_label.text() == "Not started" and run.countdown_label.text() == "15:00"
    press(qtbot, Qt.Key.Key_F5)
    assert run.position_label.text() == "Block 1 of 8 · Running"
    assert run.title_label.text() == "Welcome & check-in"

    press(qtbot, Qt.Key.Key_F7)  # the projector, on the other screen (the only one here)
    projector = run.projector
    assert projector is not None and projector.isVisible()
    assert projector.countdown_label.text() == "15:00"
    assert projector.caption_label.text() == "remaining"
    assert projector.title_label.text() == "Welcome & check-in"
    assert projector.next_label.text() == "Next: AI inspiration talk (25 min)"
    clock.advance(14 * 60)
    shows(qtbot, projector.countdown_label, "01:00")
    shows(qtbot, run.countdown_label, "01:00")

    # F8 goes to whichever window has the keyboard now that the projector is up.
    press(qtbot, Qt.Key.Key_F8, where=QApplication.focusWidget() or QApplication.activeWindow())
    if projector.title_label.text() != "AI inspiration talk":
        active = QApplication.activeWindow()
        problems.append(
            "F8 (and every run key) does nothing once the projector window is open: it takes the activation "
            f"({active.objectName() if active else None!r} is the active window) but no widget in it has the "
            "focus, so the run actions (WidgetWithChildrenShortcut) never fire; the facilitator must click "
            "back into the main window first.")
        activate(qtbot, window)  # what the facilitator does next: back to the laptop's window …
        run.focus_first()
        press(qtbot, Qt.Key.Key_F8)  # … and F8 again
    assert projector.title_label.text() == "AI inspiration talk"
    clock.advance(26 * 60)
    shows(qtbot, projector.countdown_label, "+01:00")
    assert projector.caption_label.text() == "over time"
    press(qtbot, Qt.Key.Key_F8, where=QApplication.focusWidget() or QApplication.activeWindow())
    assert run.position_label.text() == "Block 3 of 8 · Running"
    assert run.title_label.text() == projector.title_label.text() == "Case examples"
    assert projector.countdown_label.text() == "20:00"
    assert projector.next_label.text() == "Next: Table discussions: find ideas (35 min)"
    screenshot(window, "run")
    projector.grab().save(str(SCREENSHOTS / "journey_projector.png"))
    return run


def capture_ideas(qtbot, type_text, window: MainWindow, clock):
    cases = show_tab(qtbot, window, "cases")
    assert focused() is cases.capture_line
    for idea in IDEAS:
        clock.advance(10)
        type_text(cases.capture_line, idea)
        enter(qtbot, cases.capture_line)
        assert cases.capture_line.text() == "", cases.problem_label.text()
        assert focused() is cases.capture_line
    assert cases.model.rowCount() == 12
    assert [case.title for case in cases.model.cases] == [idea.split(" @")[0].split(" #")[0] for idea in IDEAS]
    return cases


def score(qtbot, cases, window: MainWindow) -> None:
    """F2 on a score cell opens its pick list; the number key chooses and saves."""
    view = cases.view
    view.setFocus()
    for case, (value, feasibility) in zip(cases.model.cases, SCORES):
        for column, number in ((VALUE, value), (FEASIBILITY, feasibility)):
            view.setCurrentIndex(cases.proxy.mapFromSource(cases.model.index(cases.model.row_of(case.id), column)))
            press(qtbot, Qt.Key.Key_F2, where=view)
            editor = focused()
            assert isinstance(editor, QComboBox) and view.viewport().isAncestorOf(editor)
            qtbot.keyClicks(editor, str(number))
            qtbot.waitUntil(view.hasFocus)  # chosen, saved and closed
    for case, (value, feasibility) in zip(cases.model.cases, SCORES):
        stored = window.store.cases.get(case.id)
        assert (stored.value_score, stored.feasibility_score) == (value, feasibility), stored.title


def place_on_matrix(qtbot, window: MainWindow) -> None:
    matrix = show_tab(qtbot, window, "matrix").matrix
    qtbot.waitUntil(lambda: matrix.viewport().width() > 400)
    titles = {card.case.title: card.case_id for card in matrix.cards()}
    assert len(titles) == 12
    for title, (value, feasibility) in PLACED.items():
        card = matrix.card(titles[title])
        assert matrix.tray_rect().contains(card.scenePos()), f"{title} waits in the tray"
        drag(matrix, matrix.mapFromScene(card.scenePos()),
             matrix.mapFromScene(cell_centre(value, feasibility) + QPointF(20, 15)))  # off the centre: it snaps
        assert matrix.card(titles[title]).scenePos().x() == cell_centre(value, feasibility).x()
        stored = window.store.cases.get(titles[title])
        assert (stored.value_score, stored.feasibility_score) == (value, feasibility)
    screenshot(window, "matrix")


def move_forward(qtbot, window: MainWindow, clock) -> dict[str, str]:
    """The two cases placed on top move on to "prioritised"; returns their ids and when they moved."""
    cases = show_tab(qtbot, window, "cases")
    view = cases.view
    press(qtbot, Qt.Key.Key_Tab)  # from the capture line to the table
    assert focused() is view
    moved = {}
    for title in PLACED:
        row = cases.proxy.mapFromSource(cases.model.index(
            next(row for row, case in enumerate(cases.model.cases) if case.title == title), TITLE)).row()
        press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        for _ in range(row):
            press(qtbot, Qt.Key.Key_Down)
        assert cases.selected_case().title == title
        clock.advance(20)
        press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        case_id = cases.selected_case().id
        assert window.store.cases.get(case_id).stage == CaseStage.PRIORITISED
        moved[case_id] = stamp(clock())
    screenshot(window, "cases")
    return moved


# -- the test --------------------------------------------------------------------------------------------


def test_a_half_day_workshop_planned_run_and_picked_up_again_after_a_restart(
        qtbot, open_window, type_text, message_boxes, clocked_pages, tmp_path):
    clock = clocked_pages
    path = tmp_path / "workshop.sqlite"
    ids = fill(path)
    doors_open = clock()
    #: What did not work the way a user does it (the journey then goes on the way the user would).
    problems: list[str] = []

    window = open_window(path)
    window.resize(1280, 800)
    activity_id = plan_from_template(qtbot, type_text, window, clock)
    invite(qtbot, type_text, window)
    check_in(qtbot, type_text, window, clock)
    run_three_blocks(qtbot, window, clock, problems)
    cases = capture_ideas(qtbot, type_text, window, clock)  # 2 min into block 3
    score(qtbot, cases, window)
    place_on_matrix(qtbot, window)
    moved = move_forward(qtbot, window, clock)  # 2:40 into block 3

    # Back to the run tab for the rest of the block; then the laptop is shut mid-block.
    run = show_tab(qtbot, window, "run")
    assert run.position_label.text() == "Block 3 of 8 · Running"
    assert run.countdown_label.text() == "17:20" == clock_text(run.view().remaining_seconds)
    projector = run.projector
    window.close()
    assert not window.isVisible()
    if projector is not None and projector.isVisible():
        problems.append(
            "The projector window stays open after the main window is closed (and the run tab's timer keeps "
            "ticking on it): WorkshopPage.shutdown() asks each tab for a shutdown() but RunTab has none.")
        projector.close()

    clock.advance(10 * 60)
    again = open_window(path)
    page = again.workshop
    assert again.workshop_showing and page is not None
    assert page.activity_id == activity_id and page.title.accessibleName() == "AI-workshop Örebro län"
    assert page.current_tab_key == "run"
    run = page.tab("run")
    assert run.isVisible()
    assert run.position_label.text() == "Block 3 of 8 · Running"
    assert run.title_label.text() == "Case examples"
    assert run.countdown_label.text() == "07:20"  # ten minutes less: the timer went on while the program was shut
    assert run.caption_label.text() == "remaining"
    clock.advance(30)
    shows(qtbot, run.countdown_label, "06:50")  # and it still runs
    screenshot(again, "reopened_run")

    store = again.store
    rows = store.attendance.list({"activity_id": activity_id})
    assert len(rows) == 30 and all(row.status == AttendanceStatus.PRESENT for row in rows)
    assert sum(row.role == WALK_IN for row in rows) == 5
    lukasz = next(row for row in rows if row.participant_id == ids["Łukasz Wójcik"])
    assert lukasz.checked_in_at == stamp(doors_open + timedelta(seconds=15))
    olga = store.participants.list({"first_name": "Olga", "last_name": "Ivanova"})[0]
    assert olga.organisation_id == ids[LIVSMEDEL] and olga.gender == Gender.WOMAN
    chen = store.participants.list({"first_name": "Chen", "last_name": "Wei"})[0]
    assert store.organisations.get(chen.organisation_id).name == "Nya Verkstaden i Nora"
    assert chen.gender == Gender.MAN
    checkin = show_tab(qtbot, again, "checkin")
    assert checkin.counts_label.text() == "Present 25 of 25 invited · 5 walk-ins · 0 excused"
    people = show_tab(qtbot, again, "people")
    assert people.counts_label.text() == "30 on the list · 30 present · 0 excused"

    cases = show_tab(qtbot, again, "cases")
    assert cases.model.rowCount() == 12
    scored = {case.title: (case.value_score, case.feasibility_score) for case in cases.model.cases}
    expected = dict(zip([case.title for case in cases.model.cases], SCORES))
    expected.update(PLACED)
    assert scored == expected
    assert {case.id: case.stage for case in cases.model.cases if case.stage != CaseStage.IDENTIFIED} == {
        case_id: CaseStage.PRIORITISED for case_id in moved}
    for case_id, moved_at in moved.items():
        history = store.case_history.list({"case_id": case_id})
        assert [(h.previous_stage, h.stage, h.changed_at) for h in history] == [
            (CaseStage.IDENTIFIED, CaseStage.PRIORITISED, moved_at)]
    matrix = show_tab(qtbot, again, "matrix").matrix
    for title, (value, feasibility) in PLACED.items():
        card = next(card for card in matrix.cards() if card.case.title == title)
        assert card.scenePos().x() == cell_centre(value, feasibility).x()

    assert message_boxes.seen == []
    assert not problems, "\n".join(problems)
