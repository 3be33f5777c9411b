"""``aiall-desktop bench``: how fast the program is on a demo register, measured, with the issue's targets.

    aiall-desktop bench [--scale 10] [--seed 2023] [--out results.json] [--quick] [--only NAME ...]
    python -m tests.bench [the same options]

The demo register for (scale, seed, schema version) is generated once and kept in the user cache folder
(:mod:`.cache`); every run works on a copy of it in a temporary folder. Then, each part printing its rows
as soon as they are measured:

- ``start``: cold starts of the program and of a bare PySide6 window, interleaved (:mod:`.startup`);
- ``lists``, ``search``, ``checkin``, ``dashboard``: scripted interactions in one offscreen main window
  in a process of its own, watched by a stall timer, ending with that process's peak memory
  (:mod:`.window`);
- ``figures``: the dashboard's year and ``balance_tables`` for 200 people (:mod:`.figures`);
- ``pdf``: the documents of a 40-person workshop and 1,000 summaries, each next to plain reportlab
  (:mod:`.documents`);
- ``import`` and ``backup`` (:mod:`.data`).

This package is imported by the command line to build its parser: nothing heavy at module level.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: ``aiall-desktop demo`` refuses more too.
MAX_SCALE = 100
DEFAULT_SCALE = 10.0


@dataclass(frozen=True)
class Part:
    key: str
    #: The rows it measures (names or, ending in ".", the start of names).
    rows: tuple[str, ...]


PARTS: tuple[Part, ...] = (
    Part("start", ("start.",)),
    Part("lists", ("list.",)),
    Part("search", ("search.",)),
    Part("checkin", ("checkin.",)),
    Part("dashboard", ("dashboard.",)),
    Part("window", ("ui.stall", "memory.")),  # always with the window's parts
    Part("figures.dashboard_year", ("figures.dashboard_year",)),
    Part("figures.balance_tables", ("figures.balance_tables",)),
    Part("pdf.workshop", ("pdf.handout", "pdf.runsheet", "pdf.signin", "pdf.tablecards", "pdf.workshop.")),
    Part("pdf.summaries", ("pdf.summaries",)),
    Part("import", ("import.",)),
    Part("backup", ("backup.",)),
)
WINDOW_PARTS = ("lists", "search", "checkin", "dashboard")


def expected_rows() -> list[str]:
    """Every row a full run prints, in order (the test holds the command to it)."""
    from .documents import DOCUMENTS
    from .window import LIST_SECTIONS

    rows = ["start.bare", "start.app", "start.ratio", "memory.opened"]
    for key in LIST_SECTIONS:
        rows += [f"list.{key}.first_open", f"list.{key}.sort", f"list.{key}.scroll_step"]
    rows += [f"list.{key}.reopen" for key in LIST_SECTIONS]
    rows += ["search.repaint", "search.query", "search.echo", "checkin.open", "checkin.keystroke",
             "checkin.enter", "dashboard.year", "ui.stall", "memory.peak_rss",
             "figures.dashboard_year", "figures.balance_tables"]
    for name in DOCUMENTS:
        rows += [f"pdf.{name}", f"pdf.{name}.plain"]
    rows += ["pdf.workshop.all", "pdf.workshop.ratio", "pdf.summaries.read", "pdf.summaries",
             "pdf.summaries.plain", "pdf.summaries.ratio", "import.read", "import.apply", "import.participants",
             "backup.database"]
    return rows


def _scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not (0 < value <= MAX_SCALE) or math.isnan(value):
        raise argparse.ArgumentTypeError(f"must be greater than 0 and at most {MAX_SCALE} (10 is about ten busy years)")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--scale", type=_scale, default=DEFAULT_SCALE,
                        help="size of the demo register: 1 = one busy year (5,000 people); default 10")
    parser.add_argument("--seed", type=int, default=None, help="the demo data's random seed (default 2023)")
    parser.add_argument("--out", type=Path, metavar="FILE", help="also write the results to this JSON file")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions of each measurement")
    parser.add_argument("--only", nargs="+", metavar="NAME",
                        help="measure only these rows or parts (start, lists, search, checkin, dashboard, "
                             "memory, figures, pdf, import, backup, or a row's name)")


def chosen_parts(only: list[str] | None) -> list[str]:
    if not only:
        return [part.key for part in PARTS]
    chosen = []
    for part in PARTS:
        names = (part.key, *part.rows)
        if any(n.startswith(wanted) or wanted.startswith(n.rstrip(".")) for wanted in only for n in names):
            chosen.append(part.key)
    return chosen


def run(args: argparse.Namespace, out=sys.stdout) -> int:
    from .cache import DEFAULT_SEED
    from .runner import Bench

    seed = DEFAULT_SEED if args.seed is None else args.seed
    parts = chosen_parts(args.only)
    if not parts:
        print(f"aiall-desktop bench: --only {' '.join(args.only)} names no measurement", file=sys.stderr)
        return 2
    if args.out is not None and not args.out.parent.is_dir():
        print(f"aiall-desktop bench: cannot write {args.out}: no folder {args.out.parent}", file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    bench = Bench(scale=args.scale, seed=seed, quick=args.quick, out=out)
    bench.say(f"aiall-desktop bench: scale {args.scale:g}, seed {seed}{', quick' if args.quick else ''}, "
              f"{os.cpu_count()} CPUs, Qt platform {os.environ['QT_QPA_PLATFORM']}")
    with tempfile.TemporaryDirectory(prefix="aiall-bench-") as folder:
        database = _prepare(bench, args.scale, seed, Path(folder))
        _run_parts(bench, parts, database, Path(folder))
    bench.say(bench.summary())
    if args.out is not None:
        bench.write(args.out)
        bench.say(f"results written to {args.out}")
    return 1 if bench.errors else 0


def _prepare(bench, scale: float, seed: int, folder: Path) -> Path:
    from ..store import Store
    from ..store.backup import daily_backup
    from .cache import demo_database, working_copy

    database = working_copy(demo_database(scale, seed, say=bench.say), folder)
    # Taken now, so no start of the window begins the day's backup (only the first start of a day does).
    with Store.open(database, create=False) as store:
        daily_backup(store, database)
    return database


def _run_parts(bench, parts: list[str], database: Path, folder: Path) -> None:
    steps: list[tuple[str, Callable[[], None]]] = []
    if "start" in parts:
        steps.append(("start", lambda: _startup(bench, database, folder)))
    window = [part for part in WINDOW_PARTS if part in parts]
    if window or "window" in parts:
        steps.append(("window", lambda: _window(bench, database, folder, window)))
    from . import data, documents, figures

    with_store = {
        "figures.dashboard_year": figures.dashboard_year,
        "figures.balance_tables": figures.balance_tables,
        "pdf.workshop": documents.workshop_documents,
        "pdf.summaries": documents.summaries,
    }
    for key, measure in with_store.items():
        if key in parts:
            steps.append((key, lambda measure=measure: _with_store(bench, database, measure)))
    if "import" in parts:
        steps.append(("import", lambda: data.participants_import(bench, bench.scale)))
    if "backup" in parts:
        steps.append(("backup", lambda: data.backup(bench, database)))
    for name, step in steps:
        try:
            step()
        except Exception as error:  # noqa: BLE001 - one broken part must not hide the others' figures
            traceback.print_exc(file=sys.stderr)
            bench.failed(name, f"{type(error).__name__}: {error}")


def _with_store(bench, database: Path, measure) -> None:
    from ..store import Store

    with Store.open(database, create=False) as store:
        measure(bench, store)


def _startup(bench, database: Path, folder: Path) -> None:
    from .startup import measure

    runs = 3 if bench.quick else 10
    bare, app = measure(database, folder / "start-settings", runs)
    bench.add("start.bare", "ms", bare, "a bare PySide6 QMainWindow: process start → shown and idle")
    bench.add("start.app", "ms", app, f"the program on the {database.stat().st_size / 1e6:.0f} MB register")
    bench.add("start.ratio", "×", [a / b for a, b in zip(app, bare)], "program / bare window, run by run")


def _window(bench, database: Path, folder: Path, parts: list[str]) -> None:
    command = [sys.executable, "-m", "aiall_desktop.bench.window", "--db", str(database),
               "--settings", str(folder / "window-settings"), "--parts", ",".join(parts)]
    if bench.quick:
        command.append("--quick")
    errors = folder / "window-stderr.txt"
    with errors.open("w") as stderr:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, text=True)
        for line in process.stdout:
            if line.startswith("ROW "):
                bench.add_row(json.loads(line[4:]))
            elif line.strip():
                bench.say(line.rstrip())
        status = process.wait()
    if status != 0:
        lines = [line for line in errors.read_text(errors="replace").splitlines() if line.strip()]
        raise RuntimeError(f"the window's process ended with status {status}: "
                           + (" | ".join(lines[-3:]) if lines else "no message"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__.splitlines()[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))
