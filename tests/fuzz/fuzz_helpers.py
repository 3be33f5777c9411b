"""What the fuzz tests share: running the command line in-process, watching where it writes, and
snapshots of a folder to prove that a refusal wrote nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import sys
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

EXCHANGE_TESTS = Path(__file__).resolve().parent.parent / "exchange"


def exchange_helpers():
    """The exchange tests' small register and ``dump`` (one register for every test that imports)."""
    if str(EXCHANGE_TESTS) not in sys.path:
        sys.path.insert(0, str(EXCHANGE_TESTS))
    import exchange_helpers

    return exchange_helpers


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative name → SHA-256 of its bytes); folders as ``<dir>``."""
    state: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        state[name] = "<dir>" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return state


# -- where a command writes ----------------------------------------------------------------------


@dataclass
class WriteWatch:
    """Every path the program opened for writing, created or renamed while ``armed``."""

    armed: bool = False
    paths: list[str] = field(default_factory=list)

    def __call__(self, event: str, args: tuple) -> None:
        if not self.armed:
            return
        if event == "open":
            path, _mode, flags = args
            if isinstance(path, (str, bytes, os.PathLike)) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
                self._add(path)
        elif event == "sqlite3.connect":
            database = args[0]
            if isinstance(database, (str, bytes, os.PathLike)):
                text = os.fsdecode(database)
                # A read-only look (``?mode=ro``) opens nothing for writing; ":memory:" is no file.
                if text != ":memory:" and "mode=ro" not in text:
                    self._add(text.removeprefix("file:").split("?")[0])
        elif event in ("os.mkdir", "os.rename", "os.replace", "os.symlink", "os.link", "shutil.copyfile",
                       "shutil.move"):
            for path in args[:2]:
                if isinstance(path, (str, bytes, os.PathLike)):
                    self._add(path)

    def _add(self, path) -> None:
        self.paths.append(os.path.abspath(os.fsdecode(path)))

    def outside(self, root: Path) -> list[str]:
        """The written paths that are not under ``root`` (compiled bytecode aside: that is Python's)."""
        inside = str(root.resolve())
        return [p for p in self.paths
                if not (p == inside or p.startswith(inside + os.sep)) and "__pycache__" not in p]


WATCH = WriteWatch()
# An audit hook cannot be removed again: it is installed once, and does nothing unless armed.
sys.addaudithook(WATCH)


@dataclass
class CliRun:
    code: int
    out: str
    err: str
    written: list[str]


def run_cli(argv: Sequence[str]) -> CliRun:
    """``aiall_desktop.cli.main(argv)`` in this process, as a shell would see it: exit status, stdout,
    stderr (an uncaught exception written there as the traceback Python would print).
    """
    from aiall_desktop import cli

    out, err = io.StringIO(), io.StringIO()
    WATCH.paths = []
    WATCH.armed = True
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(list(argv))
            except SystemExit as exit_:
                if exit_.code is None:
                    code = 0
                elif isinstance(exit_.code, int):
                    code = exit_.code
                else:  # sys.exit("message") prints the message and exits 1
                    print(exit_.code, file=sys.stderr)
                    code = 1
            except Exception:  # what a user would see: a traceback and status 1
                traceback.print_exc(file=sys.stderr)
                code = 1
    finally:
        WATCH.armed = False
    return CliRun(code, out.getvalue(), err.getvalue(), list(WATCH.paths))


@contextlib.contextmanager
def working_directory(folder: Path) -> Iterator[Path]:
    previous = os.getcwd()
    os.chdir(folder)
    try:
        yield folder
    finally:
        os.chdir(previous)


class Blob(bytes):
    """Bytes that print short: a fixture's file contents in hypothesis' report of a failing example."""

    def __repr__(self) -> str:
        return f"<{len(self)} bytes>"


def event(text: str) -> None:
    """A hypothesis event (counted in ``--hypothesis-show-statistics``); nothing outside a given test."""
    from hypothesis import event as hypothesis_event
    from hypothesis.control import currently_in_test_context

    if currently_in_test_context():
        hypothesis_event(text)
