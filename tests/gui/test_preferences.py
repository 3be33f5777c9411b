"""Edit → Preferences…: the text size applies at once and at the next start; the language is kept."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from aiall_desktop.gui import style
from aiall_desktop.gui.dialogs.preferences import PreferencesDialog
from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.gui.settings import TEXT_SCALE, UI_LANGUAGE, app_settings


@pytest.fixture(autouse=True)
def system_font(qapp) -> Iterator[float]:
    """The application's font as the test found it, put back afterwards (other tests share the app)."""
    before = qapp.font()
    base = style.system_font(qapp)
    qapp.setFont(base)
    yield base.pointSizeF()
    qapp.setFont(before)


def test_a_larger_text_size_applies_at_once_and_is_kept(qtbot, window: MainWindow, system_font):
    window.show_preferences()
    preferences = window.preferences_dialog
    qtbot.waitExposed(preferences.dialog)
    assert preferences.text_size.currentText() == "System size (100\u00a0%)"
    assert [preferences.text_size.itemText(i) for i in range(1, 4)] == ["125\u00a0%", "150\u00a0%", "200\u00a0%"]
    heading = window.details.title  # a font of its own: 1.35 times the text
    heading_before = heading.font().pointSizeF()

    preferences.text_size.setCurrentIndex(preferences.text_size.findData(150))
    assert QApplication.font().pointSizeF() == pytest.approx(system_font * 1.5)
    assert window.navigation.font().pointSizeF() == pytest.approx(system_font * 1.5)
    assert heading.font().pointSizeF() == pytest.approx(heading_before * 1.5)
    assert int(app_settings().value(TEXT_SCALE)) == 150

    preferences.choose_text_scale(100)
    assert QApplication.font().pointSizeF() == pytest.approx(system_font)
    assert heading.font().pointSizeF() == pytest.approx(heading_before)
    assert int(app_settings().value(TEXT_SCALE)) == 100


def test_the_text_size_is_applied_at_the_next_start_before_the_window(qapp, system_font):
    settings = app_settings()
    settings.setValue(TEXT_SCALE, 200)
    settings.sync()
    assert style.apply_saved_text_scale(qapp) == 200
    assert qapp.font().pointSizeF() == pytest.approx(system_font * 2)
    label = QLabel("Örebro")
    assert label.font().pointSizeF() == pytest.approx(system_font * 2)
    label.deleteLater()


def test_a_stored_size_that_is_not_offered_reads_as_the_system_s(qapp, system_font):
    settings = app_settings()
    settings.setValue(TEXT_SCALE, "huge")
    assert style.apply_saved_text_scale(qapp) == 100
    settings.setValue(TEXT_SCALE, 333)
    assert style.apply_saved_text_scale(qapp) == 100
    assert qapp.font().pointSizeF() == pytest.approx(system_font)


def test_the_language_is_stored_and_handed_to_the_window(qtbot, window: MainWindow):
    asked: list[str] = []
    window.apply_language = asked.append  # the window's own method, when it has one
    window.show_preferences()
    preferences = window.preferences_dialog
    assert [preferences.language.itemText(i) for i in range(3)] == ["Follow the system", "Svenska", "English"]
    assert preferences.language_code == ""

    preferences.language.setCurrentIndex(preferences.language.findData("sv"))
    assert app_settings().value(UI_LANGUAGE) == "sv"
    assert asked == ["sv"]
    preferences.choose_language("en")
    assert app_settings().value(UI_LANGUAGE) == "en"
    assert asked == ["sv", "en"]


def test_a_window_without_apply_language_only_stores_it(qtbot):
    preferences = PreferencesDialog(None)
    qtbot.addWidget(preferences.dialog)
    preferences.choose_language("sv")
    assert QSettings().value(UI_LANGUAGE) == "sv"


def test_a_reopened_dialog_shows_the_stored_values(qtbot, window: MainWindow, system_font):
    window.apply_language = lambda _code: None  # this test is about the dialog, not the new language
    first = PreferencesDialog(window)
    first.choose_text_scale(125)
    first.choose_language("en")
    first.dialog.close()

    again = PreferencesDialog(window)
    assert again.text_scale == 125 and again.text_size.currentText() == "125\u00a0%"
    assert again.language_code == "en" and again.language.currentText() == "English"
    # Changed behind an open dialog's back: showing it again reads the settings anew.
    app_settings().setValue(UI_LANGUAGE, "sv")
    again.show()
    assert again.language.currentText() == "Svenska"
    again.dialog.close()


def test_preferences_are_in_the_edit_menu_with_ctrl_comma(qtbot, window: MainWindow):
    action: QAction = window.preferences_action
    assert action in window.edit_menu.actions()
    assert action.shortcut() == QKeySequence("Ctrl+,")
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    keys = QKeySequence("Ctrl+,").toString(QKeySequence.SequenceFormat.NativeText)
    assert ("Edit → Preferences…", keys) in window.shortcut_list()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.preferences_dialog is not None and window.preferences_dialog.dialog.isVisible()
    assert window.preferences_dialog.dialog.focusWidget() is window.preferences_dialog.text_size


def _cut_labels(root) -> list[str]:
    """Labels on screen narrower or lower than their one-line text (word-wrapped ones may wrap)."""
    cut = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.wordWrap() or label.pixmap() and not label.pixmap().isNull():
            continue
        if label.textFormat() == Qt.TextFormat.RichText or label.text().startswith("<"):
            continue
        hint = label.minimumSizeHint()
        if label.width() < hint.width() - 1 or label.height() < label.fontMetrics().height() - 1:
            cut.append(f"{label.objectName() or label.text()!r}: {label.width()}×{label.height()} "
                       f"for {hint.width()}×{label.fontMetrics().height()}")
    return cut


def test_at_200_percent_the_window_form_and_check_in_show_their_texts_whole(qtbot, open_window, register,
                                                                            system_font):
    """Chosen last time, the size applies before the window is built; nothing is cut at twice the size."""
    settings = app_settings()
    settings.setValue(TEXT_SCALE, 200)
    settings.sync()
    style.apply_saved_text_scale(QApplication.instance())
    window = open_window(register.path)
    window.resize(1600, 1000)
    window.show_section("participants")
    window.open_record("participants", register.ids["Łukasz Wójcik"])
    QApplication.processEvents()
    assert window.navigation.font().pointSizeF() == pytest.approx(system_font * 2)
    assert window.grab().save("/tmp/a11y_200_participant.png")
    editor = window.details.current_editor
    assert not _cut_labels(editor.form), _cut_labels(editor.form)

    window.show_section("organisations")
    QApplication.processEvents()
    assert window.grab().save("/tmp/a11y_200_main.png")
    assert not _cut_labels(window.navigation.parentWidget()), _cut_labels(window)

    window.open_workshop(register.ids["Case workshop Örebro"], "checkin")
    QApplication.processEvents()
    assert window.grab().save("/tmp/a11y_200_checkin.png")
    assert not _cut_labels(window.workshop), _cut_labels(window.workshop)
