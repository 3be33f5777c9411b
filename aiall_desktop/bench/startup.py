"""Cold start: from process start until the main window is shown and idle, next to a bare PySide6 window.

Each start is a new Python process, timed from just before it is spawned until it writes "ready" on its
pipe. "Ready" is the same test for both: the first time the event loop is about to wait for input
(``QAbstractEventDispatcher.aboutToBlock``) while a visible ``QMainWindow`` is exposed, that is when
everything the start queued (the first paint included) has run. The program is started the way the
command starts it (``cli.main(["--db", …])``); the bare one shows an empty ``QMainWindow``. The runs
are interleaved (bare, program, program, bare, …) so that a busy moment of the machine falls on both,
and one warm-up round of each is not counted (it fills the disk cache, writes the window's settings and
would take the day's backup, which every later start of the day skips).

    python -m aiall_desktop.bench.startup --child bare|app [--db FILE --settings DIR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

READY = "ready"
#: A start that has not shown its window by then has failed.
TIME_LIMIT_SECONDS = 60


def measure(db: Path, settings: Path, runs: int) -> tuple[list[float], list[float]]:
    """``runs`` cold starts of each (milliseconds), after one warm-up round."""
    bare: list[float] = []
    app: list[float] = []
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for round_ in range(runs + 1):
        order = ("bare", "app") if round_ % 2 == 0 else ("app", "bare")
        for kind in order:
            took = _start_once(kind, db, settings, env)
            if round_ > 0:
                (bare if kind == "bare" else app).append(took)
    return bare, app


def _start_once(kind: str, db: Path, settings: Path, env: dict[str, str]) -> float:
    command = [sys.executable, "-m", "aiall_desktop.bench.startup", "--child", kind]
    if kind == "app":
        command += ["--db", str(db), "--settings", str(settings)]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = process.stdout.readline()
        took = (time.perf_counter() - started) * 1000
        process.wait(timeout=TIME_LIMIT_SECONDS)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    if line.strip() != READY:
        error = process.stderr.read().strip().splitlines()
        raise RuntimeError(f"the {kind} start did not show its window: {error[-1] if error else 'no message'}")
    return took


# -- in the child ------------------------------------------------------------------------------------


def _when_shown_and_idle(app) -> None:
    """Say READY the first time the event loop goes idle with a main window on screen, then quit."""
    from PySide6.QtCore import QAbstractEventDispatcher, QTimer
    from PySide6.QtWidgets import QMainWindow

    dispatcher = QAbstractEventDispatcher.instance()
    said = []

    def about_to_block() -> None:
        if said:
            return
        for widget in app.topLevelWidgets():
            handle = widget.windowHandle()
            if isinstance(widget, QMainWindow) and widget.isVisible() and handle is not None and handle.isExposed():
                said.append(True)
                print(READY, flush=True)
                QTimer.singleShot(0, widget.close)  # the program's own way out: settings saved, store closed
                return

    dispatcher.aboutToBlock.connect(about_to_block)


def _watchdog() -> None:
    import threading

    timer = threading.Timer(TIME_LIMIT_SECONDS, lambda: os._exit(3))
    timer.daemon = True
    timer.start()


def child(kind: str, db: Path | None, settings: Path | None) -> int:
    _watchdog()
    from PySide6.QtWidgets import QApplication

    if kind == "bare":
        from PySide6.QtWidgets import QMainWindow

        app = QApplication(sys.argv[:1])
        _when_shown_and_idle(app)
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        return app.exec()
    from PySide6.QtCore import QSettings

    # The window's settings (and its recent files) go to the benchmark's folder, not the user's.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
    # Made here only to hook the idle test to it; the program's own start takes this application.
    app = QApplication(sys.argv[:1])
    _when_shown_and_idle(app)
    from ..cli import main

    return main(["--db", str(db)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m aiall_desktop.bench.startup")
    parser.add_argument("--child", choices=["bare", "app"], required=True)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--settings", type=Path)
    args = parser.parse_args(argv)
    return child(args.child, args.db, args.settings)


if __name__ == "__main__":
    sys.exit(main())
