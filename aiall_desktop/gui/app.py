"""Starting the window: the application object, its translations and look, and the first database."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow, QWidget

from ..paths import APP_AUTHOR, APP_NAME, default_database, resources_dir
from ..store import DamagedDatabase, NewerDatabase, NotADatabase, Store, StoreError
from ..store.backup import newest_good_backup, restore_backup
from ..store.errors import DatabaseInUse
from . import crash, errors
from .icons import APP_ICON, icon
from .style import apply_saved_text_scale, apply_style

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
    app.setDesktopFileName("se.oru.aiall.WorkshopDesk")  # the name of packaging/linux/*.desktop
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


class _Cancelled(Exception):
    """The user chose not to open a file that is in use elsewhere."""


def _open(parent: QWidget | None, path: Path, *, create: bool) -> Store:
    """Open for writing; when another copy has the file, ask, and open it read-only if the user agrees.

    Raises :class:`_Cancelled` when the user declines, or what opening raised (``OPEN_ERRORS``).
    """
    try:
        return Store.open(path, create=create)
    except DatabaseInUse as in_use:
        if not errors.ask_open_read_only(parent, path, in_use):
            raise _Cancelled from None
    return Store.open(path, read_only=True)


def open_database(parent: QWidget | None, path: Path, *, create: bool = False) -> Store | None:
    """A database for a window that is already running: ``None`` after a refusal (reported) or a cancel.

    A damaged file, or one from a newer version, may be replaced by its newest good backup from the
    refusal's message; the refused file itself is kept, byte for byte, as a backup.
    """
    path = Path(path)
    while True:
        try:
            return _open(parent, path, create=create)
        except _Cancelled:
            return None
        except errors.OPEN_ERRORS as error:
            if _after_refusal(parent, path, error, offer_other=False) != _RESTORED:
                return None


def open_first_database(path: Path) -> Store | None:
    """Open the database the program starts on, or another one the user picks after a refusal.

    Returns ``None`` when the user chooses to quit instead. A refused file is never written to; the
    user may restore its newest good backup in its place (the refused file is kept as a backup). A file
    open in another copy of the program is opened read-only, if the user agrees.
    """
    create = True  # the default database and a --db path are created when they do not exist yet
    while True:
        try:
            return _open(None, path, create=create)
        except _Cancelled:
            return None
        except errors.OPEN_ERRORS as error:
            choice = _after_refusal(None, path, error, offer_other=True)
        if choice == _RESTORED:
            continue
        if choice != _OTHER:
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


_RESTORED, _OTHER = "restored", "other"


def _after_refusal(parent: QWidget | None, path: Path, error: BaseException, *, offer_other: bool) -> str | None:
    """Report why ``path`` did not open and do what the user chooses: restore a backup, or pick another file."""
    backup = None
    if isinstance(error, (DamagedDatabase, NewerDatabase, NotADatabase)) and path.is_file():
        backup = newest_good_backup(path)
    choices, actions = [], []
    if backup is not None:
        taken = QLocale().toString(backup.taken_at.astimezone(), QLocale.FormatType.ShortFormat)
        choices.append(QCoreApplication.translate("app", "Restore the Backup of %1").replace("%1", taken))
        actions.append(_RESTORED)
    if offer_other:
        choices.append(QCoreApplication.translate("app", "Open Another File…"))
        actions.append(_OTHER)
    chosen = errors.report_open_failure(parent, path, error, choices=choices)
    if chosen is None:
        return None
    if actions[chosen] == _RESTORED and not _restore(parent, path, backup.path):
        return None
    return actions[chosen]


def _restore(parent: QWidget | None, path: Path, backup: Path) -> bool:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # seconds at most: the file is not open yet
    try:
        restore_backup(path, backup)
    except (StoreError, OSError, sqlite3.Error) as error:
        QApplication.restoreOverrideCursor()
        errors.report_error(
            parent,
            QCoreApplication.translate("app", "The backup was not restored"),
            QCoreApplication.translate("app", "“%1” could not take the place of the damaged file.").replace(
                "%1", backup.name),
            str(error),
            advice=QCoreApplication.translate("app", "Nothing was changed."),
        )
        return False
    QApplication.restoreOverrideCursor()
    return True


def show_read_only(window: QMainWindow) -> None:
    """A window on a file opened read-only says so, in its title and in its status bar, for every file."""
    label = QLabel(window.statusBar())
    label.setObjectName("readOnlyStatus")
    label.setText(QCoreApplication.translate("app", "Read-only: open in another copy"))
    label.setToolTip(QCoreApplication.translate(
        "app", "This file is open in another copy of Workshop Desk, so changes cannot be saved here. Close "
               "the other copy and open the file again to make changes."))
    label.setAccessibleName(QCoreApplication.translate("app", "Read-only"))
    label.setAccessibleDescription(label.toolTip())
    window.statusBar().addPermanentWidget(label)

    def update(*_: object) -> None:
        store = window.store
        label.setVisible(store.read_only)
        if store.read_only:
            title = QCoreApplication.translate("app", "%1 (read-only)").replace("%1", store.path.name)
            window.setWindowTitle(title)

    # The window names the file anew whenever it opens one; this runs after it.
    window.database_changed.connect(update)
    update()


def run(db: Path | None) -> int:
    from . import language

    app = application()
    language.install(app)  # the saved choice, else the system's language
    # Before any window is built, so that every layout starts at the user's text size.
    apply_saved_text_scale(app)
    crash.install()
    try:
        store = open_first_database(db or default_database())
        if store is None:
            return EXIT_NOT_OPENED
        from .main_window import MainWindow

        window = MainWindow(store)
        show_read_only(window)
        window.show()
        return app.exec()
    finally:
        crash.uninstall()
