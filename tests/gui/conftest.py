"""Fixtures for the window's tests: a small register with real-world names, and windows over it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from aiall_desktop.records import (
    Activity,
    ActivityKind,
    Attendance,
    AttendanceStatus,
    Case,
    CaseStage,
    Gender,
    Organisation,
    Participant,
    Sector,
    SizeClass,
)
from aiall_desktop.store import Store


@pytest.fixture(autouse=True)
def qt_settings(qapp, tmp_path: Path) -> Path:
    """QSettings of this test only; Qt reads the XDG folders once per process, so point it here."""
    from aiall_desktop.gui.app import configure

    configure(qapp)
    folder = tmp_path / "qsettings"
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
    return folder


@dataclass
class Register:
    path: Path
    ids: dict[str, str] = field(default_factory=dict)


def fill_register(store: Store) -> dict[str, str]:
    """Four organisations, six people (names as written), three activities, three cases."""
    ids: dict[str, str] = {}
    orgs = [
        Organisation(name="Örebro Mekaniska AB", org_number="5560360793", sector=Sector.COMPANY,
                     size_class=SizeClass.SMALL, municipality="Örebro"),
        Organisation(name="Karlskoga Energi & Miljö", sector=Sector.PUBLIC_SECTOR,
                     size_class=SizeClass.LARGE, municipality="Karlskoga"),
        Organisation(name="Kumla Livsmedel AB", sector=Sector.COMPANY, size_class=SizeClass.MICRO,
                     municipality="Kumla"),
        Organisation(name="Örebro universitet", sector=Sector.ACADEMIA, municipality="Örebro"),
    ]
    for org in orgs:
        ids[org.name] = store.organisations.create(org).id
    people = [
        ("Łukasz", "Wójcik", "Örebro Mekaniska AB", Gender.MAN, "Production engineer"),
        ("فاطمة", "حسن", "Karlskoga Energi & Miljö", Gender.WOMAN, "Energy analyst"),
        ("Nguyễn Thị", "Hương", "Kumla Livsmedel AB", Gender.WOMAN, "Quality manager"),
        ("Anna", "Andersson", "Örebro universitet", Gender.WOMAN, "Researcher"),
        ("Đorđe", "Petrović", "Örebro Mekaniska AB", Gender.NOT_STATED, "CEO"),
        ("Erik", "Zetterberg", None, Gender.MAN, "Consultant"),
    ]
    for first, last, org, gender, role in people:
        created = store.participants.create(
            Participant(first_name=first, last_name=last, organisation_id=ids.get(org) if org else None,
                        gender=gender, role=role, email=f"person{len(ids)}@example.se",
                        competences=["machine learning"], consent_date="2025-02-11", consent_scope="reporting")
        )
        ids[f"{first} {last}"] = created.id
    activities = [
        Activity(title="Case workshop Örebro", kind=ActivityKind.CASE_WORKSHOP, date="2025-03-12", place="Örebro"),
        Activity(title="Network meeting Karlskoga", kind=ActivityKind.NETWORK_MEETING, date="2025-05-20"),
        Activity(title="Company visit Kumla", kind=ActivityKind.COMPANY_VISIT, date="2025-01-08"),
    ]
    for activity in activities:
        ids[activity.title] = store.activities.create(activity).id
    for name in ("Łukasz Wójcik", "فاطمة حسن", "Anna Andersson"):
        store.attendance.create(Attendance(activity_id=ids["Case workshop Örebro"], participant_id=ids[name],
                                           status=AttendanceStatus.PRESENT))
    cases = [
        Case(title="Predictive maintenance of presses", areas=["smart_industry", "energy"],
             stage=CaseStage.PRIORITISED, value_score=4, feasibility_score=3, votes=7,
             origin_activity_id=ids["Case workshop Örebro"], organisation_ids=[ids["Örebro Mekaniska AB"]]),
        Case(title="Forecasting district heating demand", areas=["energy"], stage=CaseStage.IDENTIFIED, votes=2),
        Case(title="Shelf-life prediction", areas=["food", "welfare", "sustainable_development"],
             stage=CaseStage.PARKED, parked_reason="No data yet"),
    ]
    for case in cases:
        ids[case.title] = store.cases.create(case).id
    return ids


@pytest.fixture
def filled(store: Store) -> Store:
    """The shared test store (see tests/conftest.py) with the small register in it."""
    fill_register(store)
    return store


@pytest.fixture
def register(tmp_path: Path) -> Register:
    path = tmp_path / "register.sqlite"
    with Store.open(path) as store:
        ids = fill_register(store)
    return Register(path, ids)


@pytest.fixture
def open_window(qtbot) -> Callable:
    """Open a main window on a database file, shown and ready; closed (and its store) at the end."""
    from aiall_desktop.gui.main_window import MainWindow

    def forget_typing(window: MainWindow) -> None:
        # Closing asks before typed text is lost; a test that ends mid-entry must not hang on that question.
        for editor in window.details.editors():
            editor.discard()

    def make(path: Path) -> MainWindow:
        window = MainWindow(Store.open(path))
        qtbot.addWidget(window, before_close_func=forget_typing)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        return window

    return make


@pytest.fixture
def window(open_window, register):
    return open_window(register.path)


class MessageBoxes:
    """Answers the message boxes a test provokes, the way a user would: reads them, clicks a button."""

    def __init__(self):
        self.seen: list[dict[str, str]] = []
        self.buttons_seen: list[list[str]] = []  # the buttons' texts, per box
        self.answer: str | None = None  # the text of the button to click; None = Close/Escape
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    def _check(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        self.seen.append({"title": box.windowTitle(), "text": box.text(), "advice": box.informativeText(),
                          "details": box.detailedText()})
        self.buttons_seen.append([button.text() for button in box.buttons()])
        for button in box.buttons():
            if self.answer is not None and button.text() == self.answer:
                button.click()
                return
        box.escapeButton().click() if box.escapeButton() else box.reject()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture(autouse=True)
def locale_as_found(qapp):
    """A test that changes the language (Preferences, a switch) must not change the next test's formats."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    if QLocale() != before:
        from aiall_desktop.gui.app import install_translators

        QLocale.setDefault(before)
        install_translators(qapp, QLocale.c())


@pytest.fixture
def message_boxes(qapp) -> Iterator[MessageBoxes]:
    boxes = MessageBoxes()
    yield boxes
    boxes.stop()


@pytest.fixture
def type_text(qtbot) -> Callable:
    """Type text into a widget key by key, as a keyboard with an input method does.

    QTest can only make key events for ASCII characters (it asserts on others), so letters such as
    ó, ễ or Arabic ones arrive the way an input method sends them: a key event carrying the text.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    def type_into(widget, text: str) -> None:
        for char in text:
            if char.isascii():
                qtbot.keyClicks(widget, char)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))

    return type_into


class FakeClock:
    """A clock the test moves by hand (UTC, timezone-aware)."""

    def __init__(self, start: str = "2025-03-12T08:55:00+00:00"):
        from datetime import datetime

        self.moment = datetime.fromisoformat(start)

    def __call__(self):
        return self.moment

    def advance(self, seconds: float) -> None:
        from datetime import timedelta

        self.moment += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def workshop(filled: Store, clock: FakeClock, qapp):
    """A workshop context on the small register's case workshop, with a fake clock and its own history."""
    from aiall_desktop.gui.editing.undo import UndoHistory
    from aiall_desktop.gui.workshop.context import WorkshopContext

    history = UndoHistory(lambda: filled)
    context = WorkshopContext(lambda: filled, history, now=clock)
    activity = filled.activities.list({"title": "Case workshop Örebro"})[0]
    context.set_activity(activity.id)
    return context
