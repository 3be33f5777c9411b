"""Unexpected exceptions: one handler logs them (scrubbed of personal data), shows a short message with
the details to copy, and the program keeps running."""

from __future__ import annotations

import stat
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget

from aiall_desktop import paths
from aiall_desktop.gui import crash

NAME = "Łukasz Wójcik"
EMAIL = "lukasz.wojcik@example.se"


@pytest.fixture
def handler(qapp):
    installed = crash.install()
    yield installed
    crash.uninstall()


class Form(QWidget):
    """A small real window: a field that works, and a button whose slot fails."""

    def __init__(self):
        super().__init__()
        self.field = QLineEdit(self)
        self.field.setAccessibleName("Name")
        self.broken = QPushButton("Look up", self)
        self.broken.clicked.connect(self.look_up)
        self.working = QPushButton("Clear", self)
        self.working.clicked.connect(self.field.clear)
        layout = QVBoxLayout(self)
        for widget in (self.field, self.broken, self.working):
            layout.addWidget(widget)

    def look_up(self) -> None:
        people = {"anna": "Anna Andersson"}
        person = self.field.text()
        # A message that repeats what the user typed, as many library errors do.
        raise LookupError(f"no participant named '{person}' (e-mail {EMAIL}, phone 070-123 45 67)") from KeyError(
            people.get(person, person))


def log_text() -> str:
    return crash.log_file().read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_shown_and_the_window_keeps_working(
    qtbot, handler, message_boxes, type_text
):
    form = Form()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    type_text(form.field, NAME)

    form.broken.click()

    qtbot.waitUntil(lambda: len(message_boxes.seen) == 1)
    shown = message_boxes.seen[0]
    assert shown["title"] == "Something went wrong"
    assert "did not expect" in shown["text"]
    assert "go on working" in shown["advice"]
    details = shown["details"]
    assert "LookupError: no participant named '…'" in details
    assert 'File "test_crash_handler.py"' in details and "in look_up" in details
    assert "KeyError" in details  # the cause is kept, scrubbed too
    assert str(crash.log_file()) in details

    logged = log_text()
    assert "Unexpected exception" in logged and "LookupError" in logged and "in look_up" in logged
    for personal in (NAME, "Łukasz", "Wójcik", EMAIL, "070-123 45 67", "Anna"):
        assert personal not in logged and personal not in details

    # Still running: the field takes typing, the other button works, the failing one fails again politely.
    form.field.setFocus()
    type_text(form.field, "Åsa")
    assert form.field.text() == NAME + "Åsa"
    form.working.click()
    assert form.field.text() == ""
    form.broken.click()
    qtbot.waitUntil(lambda: len(message_boxes.seen) == 2)
    assert log_text().count("Unexpected exception") == 2


@pytest.mark.qt_no_exception_capture
def test_the_log_and_its_folder_are_the_owners_alone(qtbot, handler, message_boxes):
    handler.handle(*_raised(RuntimeError("boom")))
    qtbot.waitUntil(lambda: len(message_boxes.seen) == 1)
    assert crash.log_file().parent == paths.log_dir()
    assert stat.S_IMODE(crash.log_file().stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.log_dir().stat().st_mode) == 0o700


def test_the_log_rotates_and_every_file_stays_owner_only(qapp, monkeypatch):
    monkeypatch.setattr(crash, "LOG_MAX_BYTES", 2000)
    logger = crash.crash_logger()
    try:
        for n in range(150):
            logger.error("Unexpected exception\n%s", crash.describe(_raised(ValueError(f"case {n}"))[1]))
        files = sorted(crash.log_file().parent.glob(crash.LOG_NAME + "*"))
        assert len(files) == crash.LOG_BACKUPS + 1
        assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    finally:
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
            handler.close()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_is_shown_on_the_window_thread(qtbot, handler, message_boxes):
    def work() -> None:
        raise OSError(f"cannot read /home/anna/Kunder/{NAME}.xlsx")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(message_boxes.seen) == 1)
    details = message_boxes.seen[0]["details"]
    assert "OSError: cannot read <path>" in details
    assert "anna" not in log_text() and "Wójcik" not in log_text()


@pytest.mark.qt_no_exception_capture
def test_while_a_box_is_open_further_exceptions_are_only_logged(qtbot, handler, message_boxes):
    seen_during: list[int] = []

    def second_failure() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            handler.handle(*_raised(RuntimeError("again")))
            seen_during.append(1)

    message_boxes.stop()  # this test answers the first box itself, after a second failure
    waiting = QTimer()
    waiting.setInterval(20)

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            if not seen_during:
                second_failure()
            box.escapeButton().click()

    waiting.timeout.connect(answer)
    waiting.start()
    try:
        handler.handle(*_raised(RuntimeError("first")))
        qtbot.waitUntil(lambda: bool(seen_during))
        qtbot.wait(100)  # let the queued second report arrive; it must not open a box of its own
        assert QApplication.activeModalWidget() is None
    finally:
        waiting.stop()
    assert log_text().count("Unexpected exception") == 2


@pytest.mark.qt_no_exception_capture
def test_copy_details_puts_them_on_the_clipboard_and_keeps_the_box_open(qtbot, handler):
    QApplication.clipboard().clear()
    seen: dict[str, object] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        copy = next(b for b in box.buttons() if b.text() == "Copy Details")
        seen["accessible"] = copy.accessibleName()
        copy.click()
        seen["open after copy"] = box.isVisible()
        seen["clipboard"] = QApplication.clipboard().text()
        seen["details"] = box.detailedText()
        box.escapeButton().click()

    QTimer.singleShot(20, answer)
    handler.handle(*_raised(ZeroDivisionError("division by zero")))
    qtbot.waitUntil(lambda: "details" in seen)
    assert seen["open after copy"] is True
    assert seen["clipboard"] == seen["details"] and "ZeroDivisionError" in seen["clipboard"]
    assert seen["accessible"] == "Copy the details to the clipboard"


def test_keyboard_interrupt_goes_to_the_previous_hook(qapp, monkeypatch):
    calls = []
    handler = crash.CrashHandler()
    handler._previous_hook = lambda *args: calls.append(args[0])
    handler.handle(*_raised(KeyboardInterrupt()))
    assert calls == [KeyboardInterrupt]


# -- scrubbing --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message, gone, kept",
    [
        ("UNIQUE constraint failed: participant.email", [], ["UNIQUE constraint failed: participant.email"]),
        ("'Anna Andersson'", ["Anna"], ["'…'"]),
        ('no such participant: "فاطمة حسن"', ["فاطمة"], ['no such participant: "…"']),
        ("duplicate “Nguyễn Thị Hương” in row 4", ["Nguyễn"], ["duplicate “…” in row 4"]),
        (f"mail to {EMAIL} failed", [EMAIL, "lukasz"], ["mail to <e-mail> failed"]),
        ("[Errno 2] No such file or directory: /home/anna/Kunder/Wójcik.csv", ["anna", "Wójcik"],
         ["[Errno 2] No such file or directory: <path>"]),
        (r"cannot open C:\Users\anna\My Documents\Anna Berg.xlsx", ["anna", "Berg"], ["cannot open <path>"]),
        ("no such file: /home/anna/Kunder/Anna Berg.csv, skipped", ["Berg"], ["no such file: <path>, skipped"]),
        ("personal number 19850312-1234 and phone +46 70 123 45 67", ["1234", "123 45"],
         ["personal number <number> and phone <number>"]),
        ("'NoneType' object has no attribute 'title'", [], ["'NoneType' object has no attribute 'title'"]),
        ("invalid literal for int() with base 10: 'Erik'", ["Erik"], ["base 10: '…'"]),
        ("x" * 1000, ["x" * 400], ["…"]),
    ],
)
def test_scrub_removes_what_could_name_someone(message, gone, kept):
    scrubbed = crash.scrub(message, keep={"title"})
    for text in gone:
        assert text not in scrubbed
    for text in kept:
        assert text in scrubbed


def test_a_quoted_name_is_kept_only_when_the_code_uses_it():
    assert crash.scrub("no attribute 'title'") == "no attribute '…'"
    assert crash.scrub("no attribute 'title'", keep={"title"}) == "no attribute 'title'"
    assert crash.scrub("'Anna'", keep={"title"}) == "'…'"


def test_describe_shows_our_frames_with_source_and_library_frames_without():
    import json

    try:
        json.loads("{'Anna': 1}")  # this test's own line is not the program's: it is not shown
    except ValueError as error:
        report = crash.describe(error)
    assert "json.decoder.JSONDecodeError" in report or "JSONDecodeError" in report
    assert 'File "decoder.py"' in report  # the standard library, by name only
    assert "Anna" not in report
    assert "/home" not in report and str(paths.user_data_dir()) not in report


def test_describe_our_code_by_its_path_in_the_package(db_path):
    from aiall_desktop.store import Store

    with Store.open(db_path) as store:
        try:
            store.organisations.update("no-such-id", name="Lindesbergs Trä")
        except Exception as error:  # noqa: BLE001
            report = crash.describe(error)
    assert 'File "aiall_desktop/store/repository.py"' in report
    assert "current = self.get(record_id)" in report  # our source line, shown
    assert "aiall_desktop.store.errors.RecordNotFound: no organisation with id no-such-id" in report


def _raised(error: BaseException):
    try:
        raise error
    except BaseException as caught:  # noqa: BLE001
        return type(caught), caught, caught.__traceback__
