"""Edit → Preferences…: the text size and the language of the program, for this user on this computer.

Like every change in the program, a choice applies at once and is kept (in QSettings, not in the
database): there is no OK button to forget. The text size scales the application's font from the one
the system gave it, so a user who already has large text on their desktop gets larger still.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget

from .. import labels
from ..forms import load_form, part
from ..settings import TEXT_SCALE, TEXT_SCALES, UI_LANGUAGE, app_settings, read_language, read_text_scale
from ..style import apply_text_scale

def _text_size_name(percent: int) -> str:
    size = labels.number(percent) + "\u00a0%"
    if percent == 100:
        return QCoreApplication.translate("PreferencesDialog", "System size (%1)").replace("%1", size)
    return size


def _language_names() -> list[tuple[str, str]]:
    # A language is named in itself, so that someone who cannot read the current one still finds theirs.
    return [("", QCoreApplication.translate("PreferencesDialog", "Follow the system")),
            ("sv", "Svenska"),
            ("en", "English")]


class PreferencesDialog(QObject):
    #: The text size changed (per cent of the system's).
    text_scale_changed = Signal(int)
    #: The language changed ("", "sv" or "en").
    language_changed = Signal(str)

    def __init__(self, window: QWidget | None = None):
        super().__init__(window)
        self.window = window
        self.dialog: QDialog = load_form("preferences_dialog", window)
        self.text_size: QComboBox = part(self.dialog, QComboBox, "textSizeChoice")
        self.language: QComboBox = part(self.dialog, QComboBox, "languageChoice")
        for percent in TEXT_SCALES:
            self.text_size.addItem(_text_size_name(percent), percent)
        for code, name in _language_names():
            self.language.addItem(name, code)
        self.load()
        self.text_size.currentIndexChanged.connect(self._text_size_chosen)
        self.language.currentIndexChanged.connect(self._language_chosen)

    def load(self) -> None:
        """Show what is stored (another window may have changed it)."""
        settings = app_settings()
        for combo, value in ((self.text_size, read_text_scale(settings)), (self.language, read_language(settings))):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def show(self) -> None:
        self.load()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.text_size.setFocus()

    @property
    def text_scale(self) -> int:
        return int(self.text_size.currentData())

    @property
    def language_code(self) -> str:
        return str(self.language.currentData())

    def choose_text_scale(self, percent: int) -> None:
        self.text_size.setCurrentIndex(self.text_size.findData(percent))

    def choose_language(self, code: str) -> None:
        self.language.setCurrentIndex(self.language.findData(code))

    def _text_size_chosen(self, _index: int) -> None:
        percent = self.text_scale
        settings = app_settings()
        settings.setValue(TEXT_SCALE, percent)
        settings.sync()
        app = QApplication.instance()
        if app is not None:
            apply_text_scale(app, percent)
        # The dialog itself grows with its text: nothing of it is cut off at 200 %.
        self.dialog.adjustSize()
        self.text_scale_changed.emit(percent)

    def _language_chosen(self, _index: int) -> None:
        code = self.language_code
        settings = app_settings()
        settings.setValue(UI_LANGUAGE, code)
        settings.sync()
        # The window puts the new language into every open window at once, where it knows how to.
        if self.window is not None and hasattr(self.window, "apply_language"):
            self.window.apply_language(code)
        self.language_changed.emit(code)
