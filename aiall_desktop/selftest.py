"""``aiall-desktop selftest``: does this installation work? A smoke test of the whole program.

Made for the frozen bundle, where a missing Qt plugin, data file or module shows only at run time
(an empty icon, a form that does not load, a PDF that cannot be read back), and useful in a checkout
too. It writes a small demo register into the folder it is given, opens the real main window on it,
visits every section, prints a sign-in sheet through the report code, reads the PDF back with QtPdf
and closes the window. One line per step on stdout; any failure ends with one line on stderr and a
non-zero exit status. It never touches the user's own register or window settings: both live in the
output folder.
"""

from __future__ import annotations

import os
import platform
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_TIMED_OUT = 3

#: Long enough for a slow CI machine, short enough that a modal box nobody can answer ends the run.
TIME_LIMIT_SECONDS = 180.0
DEMO_NAME = "selftest-demo.sqlite"
PDF_NAME = "selftest-signin.pdf"
SCREENSHOT_NAME = "selftest-window.png"
#: The sizes an installed program shows its icon at (menus to Dock/Start screen).
ICON_SIZES = (16, 32, 256)


class SelftestFailed(Exception):
    """A step found something wrong; the message says what."""


class _Steps:
    """Prints each step as it ends and remembers which one is running, for the watchdog's message."""

    def __init__(self, out=sys.stdout):
        self.out = out
        self.current = "starting"

    def begin(self, name: str) -> None:
        self.current = name

    def done(self, text: str) -> None:
        print(f"selftest: {self.current}: {text}", file=self.out, flush=True)


def _watchdog(steps: _Steps, seconds: float) -> threading.Timer:
    # A modal message box or a hung thread would wait forever for a user that an unattended run has not got.
    def expire() -> None:
        print(f"selftest: FAILED: no progress for {seconds:.0f} s during '{steps.current}'", file=sys.stderr, flush=True)
        os._exit(EXIT_TIMED_OUT)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    return timer


def _fresh(folder: Path, name: str) -> Path:
    """``folder/name`` with no leftovers of an earlier run (the demo generator writes new files only)."""
    path = folder / name
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    return path


def _settle(app, until: Callable[[], bool] | None = None, timeout: float = 10.0) -> bool:
    """Run the event loop until nothing is pending (and ``until`` holds, if given); False on timeout."""
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if until is None or until():
            # Once more: what the last round posted (layouts, deferred loads) runs too.
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            return True
        time.sleep(0.01)
    return False


def _run_for(app, seconds: float) -> None:
    """Keep the event loop going for a while, for work that ends in a signal from another thread."""
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def _isolate_settings(folder: Path) -> None:
    # The selftest's window must not move or resize the user's own window next time, nor add to Recent Files.
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))


def _check_environment(steps: _Steps) -> None:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from . import __version__

    steps.begin("program")
    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "from source"
    steps.done(f"aiall-desktop {__version__} ({frozen}), Python {platform.python_version()}, "
               f"PySide6 {pyside_version}, Qt {qVersion()}, {platform.system()} {platform.machine()}")


def _check_files(steps: _Steps) -> None:
    from .paths import resources_dir, ui_dir

    steps.begin("program files")
    forms = sorted(ui_dir().glob("*.ui"))
    if not forms:
        raise SelftestFailed(f"no forms (*.ui) in {ui_dir()}")
    fonts = sorted((resources_dir() / "fonts").glob("*.ttf"))
    if not fonts:
        raise SelftestFailed(f"no fonts in {resources_dir() / 'fonts'}")
    steps.done(f"{len(forms)} forms, {len(fonts)} fonts in {resources_dir().parent}")


def _check_qt(steps: _Steps, app) -> None:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    from PySide6.QtGui import QImageReader

    from .gui.app import TRANSLATION_NAME
    from .gui.icons import APP_ICON, icon
    from .paths import resources_dir

    steps.begin("Qt")
    formats = {bytes(name.data()).decode() for name in QImageReader.supportedImageFormats()}
    if "svg" not in formats:
        raise SelftestFailed("Qt cannot read SVG images (the imageformats/qsvg plugin is missing): icons would be blank")
    application_icon = icon(APP_ICON)
    for size in ICON_SIZES:
        if application_icon.pixmap(size, size).isNull():
            raise SelftestFailed(f"the program's icon does not draw at {size} px")
    steps.done(f"platform {app.platformName()}, SVG icons draw at {', '.join(map(str, ICON_SIZES))} px")

    steps.begin("translations")
    swedish = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator()
    if not qt_translator.load(swedish, "qtbase", "_", qt_folder):
        raise SelftestFailed(f"Qt's own Swedish translation (qtbase_sv.qm) is not in {qt_folder}")
    found = [Path(qt_translator.filePath()).name]
    own_folder = resources_dir() / "translations"
    for compiled in sorted(own_folder.glob(f"{TRANSLATION_NAME}_*.qm")):
        translator = QTranslator()
        if not translator.load(str(compiled)):
            raise SelftestFailed(f"the program's translation {compiled.name} does not load")
        found.append(compiled.name)
    steps.done(f"{', '.join(found)} load")


def _make_demo(steps: _Steps, folder: Path) -> Path:
    from .demo import generate

    steps.begin("demo database")
    path = _fresh(folder, DEMO_NAME)
    started = time.monotonic()
    # The smallest scale: the generator still makes every kind of record, in well under a second.
    counts = generate(path, scale=0.01, seed=2023)
    summary = ", ".join(f"{n} {table}" for table, n in counts.items() if n)
    steps.done(f"{path} ({summary}) in {time.monotonic() - started:.1f} s")
    return path


def _open_window(steps: _Steps, app, database: Path, folder: Path):
    from .gui.main_window import MainWindow
    from .gui.sections import SECTIONS
    from .store import Store

    steps.begin("main window")
    started = time.monotonic()
    store = Store.open(database, create=False)
    window = MainWindow(store)
    window.resize(1200, 800)
    window.show()

    def shown() -> bool:
        handle = window.windowHandle()
        return window.isVisible() and handle is not None and handle.isExposed()

    if not _settle(app, shown):
        raise SelftestFailed("the main window was not shown within 10 s")
    steps.done(f"shown as '{window.windowTitle()}' in {time.monotonic() - started:.1f} s")

    steps.begin("sections")
    visited = []
    for section in SECTIONS:
        window.show_section(section.key)
        if not _settle(app):
            raise SelftestFailed(f"the {section.key} section did not settle within 10 s")
        if window.current_section is not section:
            raise SelftestFailed(f"the {section.key} section did not open")
        visited.append(section.key)
    # The tabs of the last section too: the Reports section's dashboard is where QtCharts draws.
    from PySide6.QtWidgets import QTabWidget

    for tabs in window.content.currentWidget().findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _settle(app)
            visited.append(tabs.tabText(index).replace("&", ""))
    _run_for(app, 1.0)  # the dashboard counts in a background thread: time to draw its charts
    steps.done(", ".join(visited))

    steps.begin("screenshot")
    # The window as drawn (the last section: the Reports overview with its charts), for a person to look at.
    target = folder / SCREENSHOT_NAME
    picture = window.grab()
    if picture.isNull() or not picture.save(str(target), "PNG"):
        raise SelftestFailed(f"could not draw the window into {target}")
    steps.done(f"{target} ({picture.width()}×{picture.height()})")
    return window


def _print_pdf(steps: _Steps, app, window, folder: Path) -> Path:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    from .reports.signin import build_signin

    steps.begin("PDF")
    store = window.store
    activities = store.activities.list(order_by="date")
    if not activities:
        raise SelftestFailed("the demo register has no activities to print")
    # The busiest activity: its sheet has the most names to lay out.
    activity = max(activities, key=lambda a: store.attendance.count(where={"activity_id": a.id}))
    target = _fresh(folder, PDF_NAME)
    pages = build_signin(store, target, activity_id=activity.id, lang="sv")
    data = target.read_bytes() if target.is_file() else b""
    if not data.startswith(b"%PDF"):
        raise SelftestFailed(f"{target} is not a PDF")
    if pages < 1:
        raise SelftestFailed(f"{target} has no pages")
    steps.done(f"{target}: sign-in sheet of '{activity.title}', {pages} pages, {len(data)} bytes")

    steps.begin("PDF read back")
    document = QPdfDocument()
    error = document.load(str(target))
    if error != QPdfDocument.Error.None_ or document.pageCount() != pages:
        raise SelftestFailed(f"QtPdf read {document.pageCount()} of {pages} pages ({error.name})")
    image = document.render(0, QSize(595, 842))
    if image.isNull():
        raise SelftestFailed("QtPdf could not draw the first page")
    document.close()
    steps.done(f"QtPdf reads {pages} pages and draws the first")
    return target


def _close(steps: _Steps, app, window) -> None:
    steps.begin("closing")
    if not window.close():
        raise SelftestFailed("the main window refused to close")
    _settle(app, lambda: not window.isVisible())
    window.deleteLater()
    _settle(app)
    steps.done("window closed, register closed")


def run(out: Path, *, time_limit: float = TIME_LIMIT_SECONDS) -> int:
    """Run every step with its files in ``out`` (made if missing); 0 when all passed."""
    steps = _Steps()
    out = Path(out).resolve()
    watchdog = _watchdog(steps, time_limit)
    started = time.monotonic()
    try:
        out.mkdir(parents=True, exist_ok=True)
        _isolate_settings(out)
        from .gui.app import application, install_translators

        _check_environment(steps)
        _check_files(steps)
        app = application()
        install_translators(app)
        _check_qt(steps, app)
        database = _make_demo(steps, out)
        window = _open_window(steps, app, database, out)
        _print_pdf(steps, app, window, out)
        _close(steps, app, window)
    except SelftestFailed as failure:
        print(f"selftest: FAILED during '{steps.current}': {failure}", file=sys.stderr, flush=True)
        return EXIT_FAILED
    except Exception as error:  # noqa: BLE001 - the point of a smoke test is to say what broke, not to crash
        if sys.stderr is not None:  # a windowed program on Windows has none
            traceback.print_exc(file=sys.stderr)
        print(f"selftest: FAILED during '{steps.current}': {type(error).__name__}: {error}", file=sys.stderr, flush=True)
        return EXIT_FAILED
    finally:
        watchdog.cancel()
    print(f"selftest: ok in {time.monotonic() - started:.1f} s", flush=True)
    return EXIT_OK
