"""Printing from the window: the preview of a real built PDF, Print… to a PDF printer, Save as PDF…, a batch
in the background with Cancel, and a document that cannot be made."""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QItemSelectionModel, QPoint, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.gui.printing import PrintActions, preview as preview_module
from aiall_desktop.reports import summary

WORKSHOP = "Case workshop Örebro"
PRESENT = ("Łukasz Wójcik", "فاطمة حسن", "Anna Andersson")


@pytest.fixture
def printing(window: MainWindow) -> PrintActions:
    assert isinstance(window.printing, PrintActions)  # File → Print is the window's own
    assert window.printing.menu in [action.menu() for action in window.file_menu.actions()]
    return window.printing


def text_of(path: Path) -> str:
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in PdfReader(path).pages))


def choose_activity(qtbot, window: MainWindow, activity_id: str) -> None:
    window.show_section("activities")
    page = window.current_page
    qtbot.waitUntil(lambda: page.select_id(activity_id))
    assert page.selected_id == activity_id


def choose_participants(qtbot, window: MainWindow, ids: list[str]) -> None:
    window.show_section("participants")
    page = window.current_page
    qtbot.waitUntil(lambda: all(page.model.row_of(record_id) is not None for record_id in ids))
    selection = page.table.selectionModel()
    selection.clearSelection()
    for record_id in ids:
        index = page.model.index(page.model.row_of(record_id), 0)
        selection.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    selection.setCurrentIndex(page.model.index(page.model.row_of(ids[0]), 0),
                              QItemSelectionModel.SelectionFlag.NoUpdate)
    assert sorted(page.selected_ids()) == sorted(ids)


def wait_for_preview(qtbot, window: MainWindow, printing: PrintActions, before=None):
    qtbot.waitUntil(lambda: printing.preview is not None and printing.preview is not before, timeout=30000)
    qtbot.waitUntil(lambda: window.exchange.job is None, timeout=30000)
    preview = printing.preview
    qtbot.waitExposed(preview.dialog)
    return preview


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


class PdfPrinterDialog:
    """The system print dialog, answered as a user choosing "Print to File (PDF)" and Print."""

    output: Path | None = None
    shown = 0

    def __init__(self, printer: QPrinter, parent=None):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.output))
        type(self).shown += 1

    def setWindowTitle(self, _title: str) -> None:
        pass

    def setOption(self, *_args) -> None:
        pass

    def exec(self) -> int:
        return QDialog.DialogCode.Accepted


def test_sign_in_sheet_previews_saves_and_prints(qtbot, monkeypatch, window: MainWindow, register, printing,
                                                 tmp_path):
    choose_activity(qtbot, window, register.ids[WORKSHOP])
    printing.signin.trigger()
    # Built in the background: the progress shows in the status bar meanwhile.
    assert window.exchange.job is not None and window.exchange.progress_bar.isVisible()
    preview = wait_for_preview(qtbot, window, printing)

    assert preview.dialog.isVisible() and not preview.dialog.isModal()
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.page_count >= 1
    assert preview.view.document() is preview.document
    assert preview.page_label.text() == f"Page 1 of {preview.page_count}"
    assert preview.dialog.windowTitle() == f"Sign-in sheet – {WORKSHOP}"
    assert window.exchange.progress_bar.isHidden()

    saved = tmp_path / "out" / "närvarolista"
    saved.parent.mkdir()
    save_to(monkeypatch, saved)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    written = saved.with_name("närvarolista.pdf")  # the suffix is added
    assert written.is_file()
    text = text_of(written)
    assert "Wójcik" in text and "Andersson" in text and WORKSHOP in text
    assert set(unicodedata.normalize("NFKC", "فاطمة")) <= set(text)
    assert len(PdfReader(written).pages) == preview.page_count

    printed = tmp_path / "printed.pdf"
    PdfPrinterDialog.output = printed
    monkeypatch.setattr(preview_module, "QPrintDialog", PdfPrinterDialog)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.exchange.job is None, timeout=30000)
    assert PdfPrinterDialog.shown == 1
    assert len(PdfReader(printed).pages) == preview.page_count
    assert "Sent 1 page to the printer." in window.statusBar().currentMessage()

    # Closing the preview removes its temporary file.
    shown_file = preview.path
    assert shown_file.is_file()
    qtbot.mouseClick(preview.close_button, Qt.MouseButton.LeftButton)
    assert not shown_file.exists()
    assert printing.preview is None


def test_activity_summaries_print_every_page_and_rebuild_in_english(qtbot, monkeypatch, window: MainWindow,
                                                                     register, printing, tmp_path):
    from aiall_desktop.gui.settings import UI_LANGUAGE, app_settings

    app_settings().setValue(UI_LANGUAGE, "sv")  # a Swedish program prints in Swedish until told otherwise
    choose_activity(qtbot, window, register.ids[WORKSHOP])
    printing.activity_summaries.trigger()
    preview = wait_for_preview(qtbot, window, printing)
    assert preview.page_count >= 3  # one person per page at least
    # Page n of m follows the scrolling.
    bar = preview.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    last = preview.page_count
    qtbot.waitUntil(lambda: preview.page_label.text() == f"Page {last} of {last}")
    assert preview.lang == "sv" and preview.language_choice.currentText() == "Svenska"
    swedish = preview.path
    assert "Deltagarsammanställning" in text_of(swedish)

    preview.language_choice.setCurrentIndex(preview.language_choice.findData("en"))
    assert not preview.print_button.isEnabled()  # nothing to print while the other language is built
    qtbot.waitUntil(lambda: preview.lang == "en" and preview.print_button.isEnabled(), timeout=30000)
    qtbot.waitUntil(lambda: window.exchange.job is None)
    assert "Participant summary" in text_of(preview.path)
    assert not swedish.exists()  # the Swedish file made way for the English one
    assert printing.language == "en"  # the next document starts in English

    printed = tmp_path / "summaries.pdf"
    PdfPrinterDialog.output = printed
    monkeypatch.setattr(preview_module, "QPrintDialog", PdfPrinterDialog)
    job = preview.print_document()
    assert job is not None
    qtbot.waitUntil(lambda: window.exchange.job is None, timeout=30000)
    assert len(PdfReader(printed).pages) == preview.page_count
    preview.dialog.close()


def test_ctrl_p_prints_the_summaries_of_the_chosen_participants(qtbot, window: MainWindow, register, printing):
    people = [register.ids["Anna Andersson"], register.ids["Łukasz Wójcik"]]
    choose_participants(qtbot, window, people)
    window.current_page.table.setFocus()
    qtbot.keyClick(window.current_page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = wait_for_preview(qtbot, window, printing)
    assert preview.request.document == "summaries"
    assert preview.dialog.windowTitle() == "Participant summaries – 2 participants"
    text = text_of(preview.path)
    assert "Anna Andersson" in text and "Łukasz Wójcik" in text
    assert "Hương" not in text  # only the chosen people
    preview.dialog.close()

    choose_participants(qtbot, window, [register.ids["Đorđe Petrović"]])
    printing.print_chosen_action.trigger()
    single = wait_for_preview(qtbot, window, printing, before=preview)
    assert single.request.document == "summary"
    assert "Đorđe Petrović" in text_of(single.path)
    single.dialog.close()


def test_ctrl_p_on_an_activity_prints_its_sign_in_sheet(qtbot, window: MainWindow, register, printing):
    choose_activity(qtbot, window, register.ids[WORKSHOP])
    window.current_page.table.setFocus()
    qtbot.keyClick(window.current_page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = wait_for_preview(qtbot, window, printing)
    assert preview.request.document == "signin"
    preview.dialog.close()


def test_the_workshop_page_prints_its_own_activity(qtbot, window: MainWindow, register, printing):
    window.show_section("participants")
    assert window.open_workshop(register.ids["Company visit Kumla"])
    assert printing.chosen_activity() == (register.ids["Company visit Kumla"], "Company visit Kumla")
    printing.handout.trigger()
    preview = wait_for_preview(qtbot, window, printing)
    assert preview.request.about == "Company visit Kumla"
    assert "Company visit Kumla" in text_of(preview.path)
    preview.dialog.close()


def test_the_lists_menus_offer_the_print_commands(qtbot, window: MainWindow, register, printing):
    choose_activity(qtbot, window, register.ids[WORKSHOP])
    page = window.current_page
    window.record_actions.show_list_menu(page, page.table.mapToGlobal(QPoint(10, 10)))
    menu = window.record_actions.last_menu
    texts = [action.text() for action in menu.actions()]
    for action in printing.activity_actions:
        assert action.text() in texts and action.isEnabled()
    menu.close()

    choose_participants(qtbot, window, [register.ids["Anna Andersson"]])
    page = window.current_page
    window.record_actions.show_list_menu(page, page.table.mapToGlobal(QPoint(10, 10)))
    menu = window.record_actions.last_menu
    assert printing.participant_summary in menu.actions() and printing.participant_summary.isEnabled()
    assert printing.signin not in menu.actions()
    menu.close()

    window.show_section("organisations")
    page = window.current_page
    window.record_actions.show_list_menu(page, page.table.mapToGlobal(QPoint(10, 10)))
    assert not set(printing.activity_actions) & set(window.record_actions.last_menu.actions())
    window.record_actions.last_menu.close()

    # Nothing chosen that prints: the commands say so, in the menu and when tried.
    window.show_section("organisations")
    printing.update()
    assert not printing.signin.isEnabled() and not printing.participant_summary.isEnabled()
    printing.print_chosen_action.trigger()
    assert "Choose an activity or participants first" in window.statusBar().currentMessage()
    assert window.exchange.job is None


def test_a_summaries_batch_runs_in_the_background_and_cancel_stops_it(qtbot, monkeypatch, window: MainWindow,
                                                                      printing):
    # The batch holds after its first person until the test has pressed Cancel: no race with a fast machine.
    pressed = threading.Event()
    real = summary.build_summaries

    def held(store, target, **options):
        progress = options["progress"]

        def report(done: int, total: int) -> None:
            progress(done, total)
            if done == 1:
                pressed.wait(20)

        return real(store, target, **{**options, "progress": report})

    monkeypatch.setattr(summary, "build_summaries", held)
    window.show_section("reports")
    printing.period_summaries.trigger()
    dialog = printing.period_dialog
    assert dialog.dialog.isVisible()
    year = QDate.currentDate().year()
    assert dialog.period == (f"{year}-01-01", f"{year}-12-31")  # the current year unless changed
    dialog.to_date.setDate(QDate(2024, 12, 31))
    dialog.from_date.setDate(QDate(2025, 1, 1))
    assert not dialog.ok_button.isEnabled() and "ends before it starts" in dialog.problem.text()
    dialog.to_date.setDate(QDate(2025, 12, 31))
    assert dialog.ok_button.isEnabled() and dialog.problem.isHidden()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    bar, cancel = window.exchange.progress_bar, window.exchange.cancel_button
    qtbot.waitUntil(lambda: bar.maximum() == 3 and bar.value() == 1, timeout=30000)
    assert bar.isVisible() and cancel.isVisible() and cancel.isEnabled()
    assert "Participant summaries – 2025-01-01 – 2025-12-31" in bar.format()
    # The window stays usable meanwhile.
    window.show_section("participants")
    assert window.current_section.key == "participants" and window.current_page.isVisible()
    printing.update()
    assert not printing.period_summaries.isEnabled()  # one job at a time

    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    pressed.set()
    qtbot.waitUntil(lambda: window.exchange.job is None, timeout=30000)
    assert printing.preview is None
    assert not list(printing.folder.iterdir())  # no file, not even half of one
    assert window.statusBar().currentMessage() == "Printing cancelled; no document was made."
    assert bar.isHidden() and cancel.isHidden()
    assert printing.period_summaries.isEnabled()


def test_the_indicator_report_asks_its_period(qtbot, window: MainWindow, printing):
    window.show_section("reports")
    printing.print_chosen_action.trigger()  # Ctrl+P in the Reports section
    dialog = printing.period_dialog
    assert dialog.dialog.isVisible() and dialog.dialog.windowTitle() == "Print Indicator Report"
    dialog.from_date.setDate(QDate(2025, 1, 1))
    dialog.to_date.setDate(QDate(2025, 12, 31))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    preview = wait_for_preview(qtbot, window, printing)
    assert preview.request.document == "indicators" and preview.page_count >= 1
    assert "2025-01-01" in text_of(preview.path)
    preview.dialog.close()


def test_a_document_that_cannot_be_made_is_explained(qtbot, window: MainWindow, register, printing,
                                                     message_boxes):
    choose_activity(qtbot, window, register.ids[WORKSHOP])
    printing.runsheet.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes.seen), timeout=30000)
    qtbot.waitUntil(lambda: window.exchange.job is None)
    box = message_boxes.seen[0]
    assert box["title"] == "Nothing to print"
    assert box["text"] == f"“{WORKSHOP}” has no agenda yet: there is no run sheet to print."
    assert printing.preview is None
    assert not list(printing.folder.iterdir())


def test_the_reports_section_offers_the_period_reports(qtbot, window: MainWindow, printing):
    from PySide6.QtWidgets import QToolButton

    window.show_section("reports")
    corner = window.overview.tabs.cornerWidget(Qt.Corner.TopRightCorner)
    actions = [button.defaultAction() for button in corner.findChildren(QToolButton)]
    assert actions == [printing.indicators, printing.period_summaries]
    assert all(button.isVisibleTo(window) for button in corner.findChildren(QToolButton))
