"""Changing the language in the running program: everything in the new language at once, nothing lost."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from aiall_desktop.gui import labels, language
from aiall_desktop.gui.app import install_translators
from aiall_desktop.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, register):
    """The window a switch replaces: deleted by the switch, so not left to qtbot to close."""
    from aiall_desktop.store import Store

    first = MainWindow(Store.open(register.path))
    first.show()
    qtbot.waitExposed(first)
    yield first
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and shiboken6.isValid(widget) and widget.isVisible():
            for editor in widget.details.editors():
                editor.discard()
            widget.close()


@pytest.fixture(autouse=True)
def back_to_english(qapp):
    before = QLocale()
    yield
    QLocale.setDefault(before)
    install_translators(qapp, QLocale.c())


def test_the_language_follows_the_system_unless_chosen():
    swedish_system = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    german_system = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert language.effective_language("", swedish_system) == "sv"
    assert language.effective_language("", german_system) == "en"  # a language the program does not speak
    assert language.effective_language("en", swedish_system) == "en"
    # Formats keep the system's country: English in Sweden writes 2026-11-25 and 31,5 %.
    assert language.locale_for("en", swedish_system).name() == "en_SE"
    assert language.locale_for("", swedish_system).name() == "sv_SE"
    assert language.locale_for("sv", QLocale(QLocale.Language.English, QLocale.Country.Sweden)).name() == "sv_SE"
    assert language.locale_for("en", QLocale.c()).name() == "en_SE"  # no country: the project's


def test_switching_keeps_the_record_the_typing_and_the_undo_history(qtbot, window: MainWindow, register):
    person = register.ids["Anna Andersson"]
    window.open_record("participants", person)
    editor = window.details.current_editor
    editor.role.widget.setFocus()
    editor.role.widget.setText("Professor")  # typed, the field not yet left
    history = window.undo.stack.count()
    new = language.switch(window, "sv")
    assert new is not None and new is not window
    assert new.isVisible() and not window.isVisible()
    assert new.store.participants.get(person).role == "Professor"  # saved on the way
    assert new.details.shown_record() == ("participants", person)
    assert new.undo.stack.count() == history + 1
    assert new.undo.stack.canUndo()
    new.undo.stack.undo()  # what Edit → Undo does
    assert new.store.participants.get(person).role == "Researcher"
    assert QLocale().language() == QLocale.Language.Swedish
    assert labels.number(31.5) == "31,5"
    assert new.printing.language == "sv"  # documents follow the program's language
    assert new.file_menu.title() == "&Arkiv"


def test_switching_comes_back_to_the_workshop_page_and_tab(qtbot, window: MainWindow, register):
    activity = register.ids["Case workshop Örebro"]
    assert window.open_workshop(activity, "checkin")
    new = language.switch(window, "en")
    assert new.workshop_showing
    assert new.workshop.activity_id == activity and new.workshop.current_tab_key == "checkin"


def test_an_entry_that_cannot_be_saved_keeps_the_window_and_what_was_typed(qtbot, window: MainWindow, message_boxes):
    window.show_section("participants")
    window.record_actions.new_record()
    editor = window.details.current_editor
    editor.email.widget.setText("not an e-mail")
    message_boxes.answer = "Keep Editing"
    assert language.switch(window, "sv") is None
    assert window.isVisible() and editor.email.widget.text() == "not an e-mail"
    assert message_boxes.seen[-1]["title"] == "Discard the new entry?"


def test_the_preferences_dialog_applies_the_language_at_once(qtbot, window: MainWindow):
    window.show_preferences()
    dialog = window.preferences_dialog
    dialog.choose_language("sv")
    qtbot.waitUntil(lambda: any(isinstance(w, MainWindow) and w is not window and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    new = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w is not window and w.isVisible())
    qtbot.waitUntil(lambda: new.preferences_open())
    assert QLocale().language() == QLocale.Language.Swedish


def test_dates_times_and_numbers_follow_the_locale():
    import datetime as dt

    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    assert labels.date_text(dt.date(2026, 11, 25)) == "2026-11-25"
    assert labels.time_text(dt.time(13, 30)) == "13:30"
    assert labels.number(31.5) == "31,5"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert labels.date_text(dt.date(2026, 11, 25)) == "25/11/2026"
    assert labels.moment_text(dt.datetime(2026, 11, 25, 13, 30)) == "25/11/2026 13:30"
    assert labels.number(31.5) == "31.5"
    QLocale.setDefault(QLocale.c())  # no language (the tests' C locale): ISO dates
    assert labels.date_text(dt.date(2026, 11, 25)) == "2026-11-25"
