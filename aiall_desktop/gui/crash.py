"""The one handler for exceptions nobody caught: logged, shown briefly, and the program keeps running.

An exception escaping a slot or a thread ends up here (``sys.excepthook``, ``threading.excepthook``).
It is written to a rotating log in the user's log folder and the user sees a short message with the
details to copy. The register holds personal data and exception messages can repeat it (a name in a
``KeyError``, a file name in an ``OSError``), so what is logged and shown is scrubbed first: the type,
the message with quoted values, e-mail addresses, long numbers and paths taken out, and the frames
with paths relative to the program or library they belong to, never a local variable.
"""

from __future__ import annotations

import builtins
import logging
import logging.handlers
import os
import re
import sys
import threading
import traceback
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication

from .. import paths
from . import errors

LOG_NAME = "workshop-desk.log"
LOG_MAX_BYTES = 512 * 1024
LOG_BACKUPS = 4
LOGGER_NAME = "aiall_desktop.crash"
MESSAGE_LIMIT = 300

_PACKAGE_DIR = Path(__file__).resolve().parents[1]  # aiall_desktop/
_REDACTED = "…"

_QUOTED = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|“[^”\n]*”|‘[^’\n]*’|«[^»\n]*»""")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A path runs to the end of the clause: file names have spaces ("Anna Berg.xlsx"), so better too much.
_PATH = re.compile(r"(?:\b[A-Za-z]:[\\/]|~[\\/]|(?<![\w.])/)[^\n:;,'\"()\[\]]*[^\s:;,'\"()\[\]]")
_NUMBER = re.compile(r"\+?\d[\d \-]{4,}\d")
_WORD = re.compile(r"[A-Za-z_]\w*")
#: Quoted words that tell what went wrong without telling about anyone.
_ALWAYS_KEPT = frozenset(dir(builtins)) | {"NoneType", "str", "int", "float", "list", "dict", "tuple"}


def scrub(text: str, keep: Iterable[str] = ()) -> str:
    """``text`` without the values it may quote: what is left names no one.

    A quoted word stays only when it is an identifier in ``keep`` (names from the program's own code,
    such as the attribute in "'NoneType' object has no attribute 'title'") or a Python built-in.
    """
    kept = _ALWAYS_KEPT | frozenset(keep)

    def quoted(match: re.Match[str]) -> str:
        inner = match.group(0)[1:-1]
        if inner.isidentifier() and inner in kept:
            return match.group(0)
        return match.group(0)[0] + _REDACTED + match.group(0)[-1]

    text = _QUOTED.sub(quoted, text)
    text = _EMAIL.sub("<e-mail>", text)
    text = _PATH.sub("<path>", text)
    text = _NUMBER.sub("<number>", text)
    if len(text) > MESSAGE_LIMIT:
        text = text[:MESSAGE_LIMIT] + _REDACTED
    return text


def _where(filename: str) -> tuple[str, bool]:
    """A frame's file as a path inside its package (and whether it is the program's own code)."""
    path = Path(filename)
    try:
        return "aiall_desktop/" + path.resolve().relative_to(_PACKAGE_DIR).as_posix(), True
    except (ValueError, OSError):
        pass
    parts = path.parts
    for marker in ("site-packages", "dist-packages"):
        if marker in parts:
            return "/".join(parts[parts.index(marker) + 1:]), False
    if filename.startswith("<"):
        return filename, False  # <frozen runpy>, <string>
    return path.name, False  # the standard library or a script: the name is enough


def describe(error: BaseException) -> str:
    """The scrubbed report of an exception and its causes: type, message, and the frames."""
    blocks: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        blocks.append(_describe_one(current))
        if current.__cause__ is not None:
            blocks.append("The above was the direct cause of:")  # read bottom-up, as Python prints them
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            blocks.append("Raised while handling:")
            current = current.__context__
        else:
            current = None
    return "\n\n".join(blocks)


def _describe_one(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    lines = ["Traceback (most recent call last):"]
    words: set[str] = {type(error).__name__}
    for frame in frames:
        where, ours = _where(frame.filename)
        lines.append(f'  File "{where}", line {frame.lineno}, in {frame.name}')
        words.add(frame.name)
        if ours and frame.line:
            # The program's own source is code, not data: it may be shown, and its names may be kept.
            lines.append(f"    {frame.line.strip()}")
            words.update(_WORD.findall(frame.line))
    message = scrub(str(error), keep=words)
    name = type(error).__qualname__
    module = type(error).__module__
    if module not in ("builtins", "__main__"):
        name = f"{module}.{name}"
    lines.append(f"{name}: {message}" if message else name)
    return "\n".join(lines)


class _OwnerOnlyRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files are created readable by the owner only, the first one and every one after a rotation."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.chmod(self.baseFilename, 0o600)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def crash_logger() -> logging.Logger:
    """The logger of this handler, writing to the rotating file in the user's log folder."""
    logger = logging.getLogger(LOGGER_NAME)
    target = str(log_file())
    if not any(getattr(handler, "baseFilename", None) == target for handler in logger.handlers):
        for handler in list(logger.handlers):  # another user's folder (the tests change it): let go
            logger.removeHandler(handler)
            handler.close()
        handler = _OwnerOnlyRotatingFileHandler(
            target, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # only what was scrubbed here goes to the file, and nowhere else
    return logger


class CrashHandler(QObject):
    """Installed once at start-up; see the module's description."""

    #: A scrubbed report to show; queued, so that the box opens from the event loop on the UI thread.
    _report = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._showing = False
        self._previous_hook = None
        self._previous_thread_hook = None
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook or sys.__excepthook__
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous_thread_hook or threading.__excepthook__

    def handle(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            (self._previous_hook or sys.__excepthook__)(kind, error, trace)
            return
        if error is None:
            error = kind()
        if trace is not None and error.__traceback__ is None:
            error = error.with_traceback(trace)
        try:
            report = describe(error)
        except Exception:  # noqa: BLE001 - describing must never be the second failure
            report = f"{kind.__name__} (the details could not be described)"
        try:
            crash_logger().error("Unexpected exception\n%s", report)
        except Exception:  # noqa: BLE001 - a full disk must not stop the message reaching the user
            pass
        self._report.emit(report)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _show(self, report: str) -> None:
        if self._showing:
            return  # one box at a time: a failing paint would otherwise open box after box (all are logged)
        self._showing = True
        try:
            translate = QCoreApplication.translate
            details = report + "\n\n" + translate("crash", "Log file: %1").replace("%1", str(log_file()))
            errors.report_error(
                QApplication.activeWindow(),
                translate("crash", "Something went wrong"),
                translate("crash", "The program met a problem it did not expect. What you just did may not "
                                   "have been finished."),
                details,
                advice=translate("crash", "Everything saved before is safe, and you can go on working. If it "
                                          "happens again, use Copy Details and send them to whoever supports "
                                          "you: they hold no personal data."),
            )
        finally:
            self._showing = False


_installed: CrashHandler | None = None


def install() -> CrashHandler:
    """Install the handler for this process (once; a second call returns the first handler)."""
    global _installed
    if _installed is None:
        _installed = CrashHandler()
        _installed.install()
    return _installed


def uninstall() -> None:
    """Put the previous hooks back (when the program's event loop has ended)."""
    global _installed
    if _installed is not None:
        _installed.uninstall()
        _installed.deleteLater()
        _installed = None
