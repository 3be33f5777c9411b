"""Scripted interactions in one real main window, in a process of its own (run by the benchmark).

    python -m aiall_desktop.bench.window --db FILE --settings DIR [--parts lists,search,checkin,dashboard] [--quick]

The window is the program's own :class:`MainWindow` on the benchmark's copy of the demo register,
offscreen unless ``QT_QPA_PLATFORM`` says otherwise. Every interaction is timed from the user's event
(a key, a click on a section or a column heading, a scroll) until the widget that shows the result has
painted after the change; a :class:`StallWatcher` notes the longest time the UI thread did not answer in
each interaction. Rows go to stdout as ``ROW {json}`` lines as soon as each is measured; the process's
peak memory comes last, so that it is the peak of a window that has done all of it.

A process of its own keeps the window's memory apart from the benchmark's (PDFs, the import) and
gives the window a fresh Qt, as a facilitator's program has.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

PARTS = ("lists", "search", "checkin", "dashboard")
LIST_SECTIONS = ("organisations", "participants", "activities", "cases")
#: How many people arrive at the door during the check-in script.
ARRIVALS = {True: 4, False: 20}
INVITED = 200
#: A list longer than this many scroll steps is not scrolled further (none is, at scale 10).
MAX_SCROLL_STEPS = 2000
#: The year the demo register's activities fall in.
DEMO_YEAR = ("2025-01-01", "2025-12-31")


def emit(name: str, unit: str, samples, note: str = "", **details) -> None:
    print("ROW " + json.dumps({"name": name, "unit": unit, "samples": [round(s, 3) for s in samples],
                               "note": note, "details": details}, ensure_ascii=False), flush=True)


def ms(seconds: float) -> float:
    return seconds * 1000


def prepare_checkin(store) -> tuple[str, int]:
    """A workshop today with ``INVITED`` people on its list, nobody checked in yet."""
    from datetime import date

    from ..records import Activity, ActivityKind, Attendance, AttendanceStatus

    people = store.participants.list(order_by="last_name")
    step = max(1, len(people) // INVITED)
    chosen = people[::step][:INVITED]
    with store.transaction():
        activity = store.activities.create(Activity(
            title="Benchmark check-in", kind=ActivityKind.CASE_WORKSHOP, date=date.today().isoformat(),
            start_time="09:00", end_time="12:00", place="Örebro"))
        store.attendance.create_many(
            Attendance(activity_id=activity.id, participant_id=person.id, status=AttendanceStatus.INVITED)
            for person in chosen)
    return activity.id, len(chosen)


def search_words(store) -> list[str]:
    """What a facilitator types into the participants search: a common last name, one with a letter
    beyond ASCII, and a word of an organisation's name (prefixes, as one types them)."""
    people = store.participants.list(order_by="last_name")
    last_names = Counter(p.last_name for p in people if p.last_name)
    ranked = [name for name, _ in last_names.most_common()]
    common = next((name for name in ranked if name.isascii()), "Andersson")
    accented = next((name for name in ranked if not name[:4].isascii()), "Öberg")
    organisations = store.organisations.list(order_by="name")
    words = Counter(word for o in organisations for word in o.name.split() if len(word) > 4 and word.isalpha())
    organisation = words.most_common(1)[0][0] if words else "Örebro"
    return [common[:5].lower(), accented[:4].lower(), organisation[:5].lower()]


def key_events(char: str):
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    none = Qt.KeyboardModifier.NoModifier
    if char == "\x1b":
        key, text = Qt.Key.Key_Escape, ""
    elif char == "\r":
        key, text = Qt.Key.Key_Return, "\r"
    elif char == " ":
        key, text = Qt.Key.Key_Space, " "
    elif char.isascii() and char.isalnum():
        key, text = Qt.Key(ord(char.upper())), char
    else:  # as an input method sends it: QTest makes key events for ASCII only
        key, text = Qt.Key.Key_unknown, char
    return QKeyEvent(QEvent.Type.KeyPress, key, none, text), QKeyEvent(QEvent.Type.KeyRelease, key, none, text)


class Script:
    def __init__(self, window, quick: bool):
        from .watcher import StallWatcher, Waiter

        self.window = window
        self.quick = quick
        self.waiter = Waiter()
        self.watcher = StallWatcher()
        self.watcher.start()

    # -- helpers -----------------------------------------------------------------------------------

    def probe(self, widget):
        from .watcher import PaintProbe

        probe = getattr(widget, "_bench_probe", None)
        if probe is None:
            probe = PaintProbe(widget)
            probe.on_paint = self.waiter.poke
            widget._bench_probe = probe
        return probe

    def type(self, widget, char: str) -> float:
        """Send one key as the keyboard would; returns the time it was sent."""
        from PySide6.QtWidgets import QApplication

        press, release = key_events(char)
        sent = time.perf_counter()
        QApplication.sendEvent(widget, press)
        QApplication.sendEvent(widget, release)
        return sent

    def paint_after(self, probe, moment: float, timeout: float = 5.0) -> float | None:
        """The time of the first paint after ``moment`` (waiting for it), or None."""
        if not self.waiter.wait(lambda: probe.last > moment, timeout):
            return None
        return next(t for t in probe.times if t > moment)

    # -- the section lists ---------------------------------------------------------------------------

    def lists(self) -> None:
        window = self.window
        reopen_rounds = 2 if self.quick else 5
        for key in LIST_SECTIONS:
            self.watcher.phase(f"list {key}")
            started = time.perf_counter()
            window.show_section(key)  # builds the page and reads its first rows
            page = window.current_page
            painted = self.paint_after(self.probe(page.table.viewport()), started)
            emit(f"list.{key}.first_open", "ms", [ms(painted - started)] if painted else [],
                 f"{page.model.total_count} rows, first {page.model.loaded_count} loaded")
            self._sort_every_column(key, page)
            self._scroll_to_bottom(key, page)
        reopened = {key: [] for key in LIST_SECTIONS}
        self.watcher.phase("list reopen")
        for _ in range(reopen_rounds):
            for key in LIST_SECTIONS:
                started = time.perf_counter()
                window.show_section(key)
                painted = self.paint_after(self.probe(window.current_page.table.viewport()), started)
                if painted:
                    reopened[key].append(ms(painted - started))
        for key in LIST_SECTIONS:
            emit(f"list.{key}.reopen", "ms", reopened[key], "back to a list shown before")
        self.watcher.phase(None)

    def _sort_every_column(self, key: str, page) -> None:
        from PySide6.QtCore import Qt

        asc, desc = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
        model, table = page.model, page.table
        probe = self.probe(table.viewport())
        resets: list[float] = []
        model.modelReset.connect(lambda: resets.append(time.perf_counter()))
        samples, worst = [], ("", 0.0)
        for column in range(model.columnCount()):
            current_key, descending = model.sort_key()
            is_current = model.columns[column].key == current_key
            orders = ([asc, desc] if descending else [desc, asc]) if is_current else [asc, desc]
            for order in orders:
                started = time.perf_counter()
                table.sortByColumn(column, order)  # what a click on the heading does
                done = self.waiter.wait(lambda: bool(resets) and resets[-1] > started and probe.last > resets[-1])
                if done:
                    took = ms(next(t for t in probe.times if t > resets[-1]) - started)
                    samples.append(took)
                    if took > worst[1]:
                        worst = (f"{model.columns[column].key} {'desc' if order == desc else 'asc'}", took)
        emit(f"list.{key}.sort", "ms", samples, f"{model.columnCount()} columns both ways; slowest: {worst[0]}",
             slowest=worst[0])
        # Back to the list's own order, for what follows.
        default_key, default_descending = model.query.spec.default_order
        if any(c.key == default_key for c in model.columns):
            started = time.perf_counter()
            table.sortByColumn(model.column_of(default_key), desc if default_descending else asc)
            self.paint_after(probe, started, 2.0)

    def _scroll_to_bottom(self, key: str, page) -> None:
        table, model = page.table, page.model
        probe = self.probe(table.viewport())
        bar = table.verticalScrollBar()
        bar.setValue(0)
        self.waiter.pause(0.05)
        steps: list[float] = []
        total_started = time.perf_counter()
        while len(steps) < MAX_SCROLL_STEPS:
            if bar.value() >= bar.maximum() and not model.canFetchMore():
                break
            started = time.perf_counter()
            bar.setValue(bar.maximum())  # the thumb dragged to the end: the view fetches the next page there
            painted = self.paint_after(probe, started, 5.0)
            if painted is None:
                break
            steps.append(ms(painted - started))
        total = time.perf_counter() - total_started
        if steps:
            note = (f"{len(steps)} drags to the end, {model.loaded_count} of {model.matching_count} rows; "
                    f"top to bottom {total:.1f} s")
        else:
            note = "the list fits in the window: nothing to scroll"
        emit(f"list.{key}.scroll_step", "ms", steps, note, top_to_bottom_s=round(total, 3),
             fits=not steps)

    # -- search as you type ------------------------------------------------------------------------

    def search(self) -> None:
        window = self.window
        store = window.store
        self.watcher.phase(None)
        typed = search_words(store)
        window.show_section("participants")
        page = window.current_page
        self.waiter.pause(0.1)
        box, view = self.probe(page.search_box), self.probe(page.table.viewport())
        model = page.model
        about: list[float] = []
        resets: list[float] = []
        model.modelAboutToBeReset.connect(lambda: about.append(time.perf_counter()))
        model.modelReset.connect(lambda: resets.append(time.perf_counter()))
        repaint, echo, work = [], [], []
        rounds = 1 if self.quick else 3
        self.watcher.phase("search")
        for _ in range(rounds):
            for word in typed:
                for char in [*word, "\x1b"]:  # Esc clears the search: the whole list comes back
                    sent = self.type(page.search_box, char)
                    done = self.waiter.wait(lambda: bool(resets) and resets[-1] > sent and view.last > resets[-1], 5.0)
                    if not done:
                        continue
                    shown = next(t for t in view.times if t > resets[-1])
                    repaint.append(ms(shown - sent))
                    work.append(ms(shown - about[-1]))
                    echoed = next((t for t in box.times if t > sent), None)
                    if echoed is not None:
                        echo.append(ms(echoed - sent))
        self.watcher.phase(None)
        from ..gui.list_page import SEARCH_DELAY_MS

        words_text = ", ".join(repr(w) for w in typed)
        emit("search.repaint", "ms", repaint,
             f"key → filtered list painted; typed {words_text} + Esc; includes the {SEARCH_DELAY_MS} ms typing pause")
        emit("search.query", "ms", work, "the list's own work: query start → painted (after the pause)")
        emit("search.echo", "ms", echo, "key → the letter painted in the search box")

    # -- check-in at the door ----------------------------------------------------------------------

    def checkin(self, activity_id: str, invited: int) -> None:
        window = self.window
        self.watcher.phase("open workshop")
        started = time.perf_counter()
        window.open_workshop(activity_id, "checkin")
        tab = window.workshop.tab("checkin")
        probe = self.probe(tab.view.viewport())
        painted = self.paint_after(probe, started)
        emit("checkin.open", "ms", [ms(painted - started)] if painted else [],
             f"the workshop's Check-in tab, {invited} invited")
        resets: list[float] = []
        tab.model.modelReset.connect(lambda: resets.append(time.perf_counter()))
        people = [row for row in tab.people]
        arrivals = ARRIVALS[self.quick]
        step = max(1, len(people) // arrivals)
        keystrokes, enters = [], []
        checked = 0
        self.watcher.phase("check-in")
        for person in people[::step][:arrivals]:
            text = f"{person.first_name} {person.last_name}"
            for count, char in enumerate(text, start=1):
                sent = self.type(tab.search, char)
                if self.waiter.wait(lambda: bool(resets) and resets[-1] > sent and probe.last > resets[-1], 5.0):
                    keystrokes.append(ms(next(t for t in probe.times if t > resets[-1]) - sent))
                highlighted = tab.highlighted()
                if count >= 3 and highlighted is not None and highlighted.person is not None \
                        and highlighted.person.participant_id == person.participant_id:
                    break
            sent = self.type(tab.search, "\r")
            if self.waiter.wait(lambda: bool(resets) and resets[-1] > sent and probe.last > resets[-1], 5.0):
                enters.append(ms(next(t for t in probe.times if t > resets[-1]) - sent))
            checked += sum(1 for row in tab.people if row.participant_id == person.participant_id
                           and row.status == "present")
        self.watcher.phase(None)
        emit("checkin.keystroke", "ms", keystrokes, f"key → matches painted, {len(enters)} people typed in")
        emit("checkin.enter", "ms", enters, f"Enter → checked in and the list painted; {checked} checked in")

    # -- the diversity dashboard -------------------------------------------------------------------

    def dashboard(self) -> None:
        window = self.window
        self.watcher.phase(None)
        window.show_section("reports")
        overview = window.overview
        overview.show_dashboard()
        dashboard = overview.dashboard
        shown: list[float] = []
        from PySide6.QtCore import QTimer

        def figures_shown() -> None:
            shown.append(time.perf_counter())
            # The job counts as busy until just after this signal: look again once it has let go.
            QTimer.singleShot(0, self.waiter.poke)

        dashboard.figures_shown.connect(figures_shown)
        dashboard.set_period(*DEMO_YEAR)
        self.waiter.wait(lambda: not dashboard.busy, 60.0)
        samples = []
        self.watcher.phase("dashboard")
        for _ in range(2 if self.quick else 5):
            started = time.perf_counter()
            dashboard.refresh()
            if self.waiter.wait(lambda: bool(shown) and shown[-1] > started and not dashboard.busy, 60.0):
                samples.append(ms(shown[-1] - started))
        self.watcher.phase(None)
        groups = len(dashboard.figures.activities) if dashboard.figures else 0
        emit("dashboard.year", "ms", samples,
             f"{DEMO_YEAR[0][:4]} in the window: read in a job ({groups} activities), charts drawn")

    # -- what the watcher saw ----------------------------------------------------------------------

    def stalls(self) -> None:
        from .watcher import TICK_MS

        self.watcher.stop()
        longest = {phase: round(gap, 1) for phase, gap in self.watcher.longest.items()}
        worst = max(longest, key=longest.get) if longest else ""
        emit("ui.stall", "ms", list(longest.values()),
             f"longest gap of a {TICK_MS} ms timer per interaction; worst: {worst}", per_interaction=longest,
             late_ticks=self.watcher.late_ticks)


def _isolate_settings(folder: Path) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m aiall_desktop.bench.window")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--settings", type=Path, required=True, help="folder for the window's settings")
    parser.add_argument("--parts", default=",".join(PARTS))
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    parts = [part for part in args.parts.split(",") if part]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _isolate_settings(args.settings)

    from PySide6.QtCore import QSettings

    from ..gui import language
    from ..gui.app import application
    from ..gui.main_window import MainWindow
    from ..gui.settings import SECTION
    from ..store import Store
    from .memory import peak_rss_mb

    app = application()
    language.install(app)
    # The window opens on the Reports section, so that every list's first opening is measured.
    QSettings().setValue(SECTION, "reports")
    store = Store.open(args.db, create=False)
    checkin = prepare_checkin(store) if "checkin" in parts else None
    window = MainWindow(store)
    window.resize(1280, 800)
    window.show()
    script = Script(window, args.quick)
    handle = window.windowHandle()
    script.waiter.pause(0.3)
    if handle is None or not handle.isExposed():
        print("the main window was not shown", file=sys.stderr)
        return 1
    emit("memory.opened", "MB", [peak_rss_mb()], "the window's process once the window is shown, before the script")
    for part in parts:
        if part == "checkin":
            script.checkin(*checkin)
        else:
            getattr(script, part)()
    script.stalls()
    emit("memory.peak_rss", "MB", [peak_rss_mb()], "the window's process, after every interaction above")
    window.close()
    script.waiter.pause(0.1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
