"""The program's language: the system's on first start, else the one chosen in Edit → Preferences.

A change applies at once by building the main window anew on the same open database. The Designer
forms are loaded at run time (``QUiLoader``, no ``retranslateUi``) and every page sets its texts once
when it is built, so a fresh window is the one way that gets every text into the new language.
Nothing is lost on the way: every edit is saved as it is made, a half-typed entry is saved or asked
about exactly as when the window closes, the undo history moves to the new window, and the window
comes back as it was (layout, section, the record on its page, the workshop page and its tab).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication

from .printing.actions import LANGUAGE as PRINTING_LANGUAGE
from .settings import app_settings, read_language

if TYPE_CHECKING:
    from .main_window import MainWindow

#: The languages the program speaks (the first is the language of its source texts).
LANGUAGES = {"en": QLocale.Language.English, "sv": QLocale.Language.Swedish}

# The window built by the last change of language: nothing else holds a reference to it.
_windows: list[MainWindow] = []


def effective_language(code: str, system: QLocale | None = None) -> str:
    """``code``, or for "" the system's language when the program speaks it, else English."""
    if code in LANGUAGES:
        return code
    system = system or QLocale.system()
    return next((key for key, language in LANGUAGES.items() if language == system.language()), "en")


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The locale for dates, times and numbers: the language's, with the system's country.

    Someone in Sweden who prefers English still writes 2026-11-25 and 31,5 % (``en_SE``).
    """
    system = system or QLocale.system()
    language = LANGUAGES[effective_language(code, system)]
    if not code and system.language() == language:
        return system
    # A system without a country (the C locale) gets the project's: Swedish formats, not American.
    territory = system.territory() if system.territory() != QLocale.Country.AnyTerritory else QLocale.Country.Sweden
    return QLocale(language, territory)


def install(app: QApplication, code: str | None = None) -> list[str]:
    """Put the program (and Qt's own dialogs) into ``code``, or the saved choice; returns the files loaded."""
    from .app import install_translators

    if code is None:
        code = read_language(app_settings())
    locale = locale_for(code)
    QLocale.setDefault(locale)  # every QLocale() from here on formats for the chosen language
    return install_translators(app, locale)


def switch(window: MainWindow, code: str) -> MainWindow | None:
    """Show ``window``'s work in ``code``: returns the new window, or ``None`` when it cannot be done now.

    It cannot while a job runs (an import, an export, printing: they report to this window) or when
    the user keeps editing an entry that cannot be saved as it is; the choice is kept either way and
    applies at the next start at the latest.
    """
    from .app import show_read_only
    from .main_window import MainWindow

    if window.busy_with_job():
        window.show_status(QCoreApplication.translate(
            "language", "The language changes when the running job has finished; choose it again then."))
        return None
    for editor in window.details.editors():
        if not editor.can_leave():  # saves what can be saved; asks about the rest, as closing does
            window.details.show_editor(editor.kind)
            return None
    shown = window.details.shown_record()
    preferences_open = window.preferences_open()
    store, undo = window.hand_over()
    install(QApplication.instance(), code)
    # Documents follow: the next one prints in the new language (the preview can still switch one).
    app_settings().setValue(PRINTING_LANGUAGE, effective_language(code))
    new = MainWindow(store, undo=undo)
    show_read_only(new)
    new.setWindowState(window.windowState())
    new.show()
    if shown is not None:
        new.open_record(*shown, focus=False)
    window.close()
    window.deleteLater()
    if window in _windows:
        _windows.remove(window)
    _windows.append(new)
    if preferences_open:
        QTimer.singleShot(0, new.show_preferences)
    new.show_status(QCoreApplication.translate("language", "The program now speaks English."))
    return new
