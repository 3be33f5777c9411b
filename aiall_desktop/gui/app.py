"""Starting the window: the application object, its translations and look, and the first database."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog

from ..paths import APP_AUTHOR, APP_NAME, default_database, resources_dir
from ..store import Store
from . import errors
from .icons import APP_ICON, icon
from .style import apply_style

EXIT_OK = 0
EXIT_NOT_OPENED = 1

#: The program's own translations: resources/translations/aiall_desktop_<language>.qm
TRANSLATION_NAME = "aiall_desktop"

# Translators must outlive the function that installs them; Qt does not keep them alive for Python.
_translators: list[QTranslator] = []


def application() -> QApplication:
    """The application object, made once; QSettings finds its file from the names set here."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    configure(app)
    return app


def configure(app: QApplication) -> None:
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    from .. import __version__

    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(icon(APP_ICON))
    app.setDesktopFileName(APP_NAME)
    apply_style(app)


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[str]:
    """Qt's own strings and the program's, in the user's language when a translation exists.

    Returns the files loaded. A missing translation is not an error: the texts stay in English.
    """
    locale = locale or QLocale()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    loaded = []
    sources = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (TRANSLATION_NAME, str(resources_dir() / "translations")),
    )
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            _translators.append(translator)
            loaded.append(translator.filePath())
    # Set after the translators, so that a translated name is the one windows show.
    app.setApplicationDisplayName(QCoreApplication.translate("app", "AI.ALL* Workshop Desk"))
    return loaded


def open_first_database(path: Path) -> Store | None:
    """Open the database the program starts on, or another one the user picks after a refusal.

    Returns ``None`` when the user chooses to quit instead. A refused file is never written to.
    """
    create = True  # the default database and a --db path are created when they do not exist yet
    while True:
        try:
            return Store.open(path, create=create)
        except errors.OPEN_ERRORS as error:
            other = errors.report_open_failure(
                None, path, error, alternative=QCoreApplication.translate("app", "Open Another File…")
            )
        if not other:
            return None
        chosen, _ = QFileDialog.getOpenFileName(
            None,
            QCoreApplication.translate("app", "Open Database"),
            str(path.parent),
            QCoreApplication.translate("app", "Workshop Desk databases (*.sqlite *.db);;All files (*)"),
        )
        if not chosen:
            return None
        path, create = Path(chosen), False


def run(db: Path | None) -> int:
    app = application()
    install_translators(app)
    store = open_first_database(db or default_database())
    if store is None:
        return EXIT_NOT_OPENED
    from .main_window import MainWindow

    window = MainWindow(store)
    window.show()
    return app.exec()
