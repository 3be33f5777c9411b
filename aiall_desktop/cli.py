"""The command line: the window by default, sub-commands for scripting and tests.

Sub-commands import only what they need, so that ``check`` or ``demo`` never load Qt. Every failure
the user can cause ends in one line on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__

EXIT_OK = 0
EXIT_FAILURE = 1  # argparse itself exits 2 on a usage error

_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def command(name: str):
    def register(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        _COMMANDS[name] = fn
        return fn

    return register


class CommandError(Exception):
    """A failure to report in one line (the message says what to do)."""


#: What ``report`` writes: the activity documents need ``--activity``, the other two say what they need.
ACTIVITY_REPORTS = ("handout", "runsheet", "signin", "tablecards")
REPORTS = (*ACTIVITY_REPORTS, "summary", "indicators")


def _iso_date(text: str) -> str:
    from datetime import date

    try:
        # fromisoformat alone would also take "20261125"; a register's dates are always written out.
        if len(text) != 10 or text[4] != "-" or text[7] != "-":
            raise ValueError
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aiall-desktop",
        description="AI.ALL* Workshop Desk. Without a sub-command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"aiall-desktop {__version__}")
    parser.add_argument("--db", type=Path, help="database file to open (default: in the user data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="create a database filled with realistic, fictional demo data")
    demo.add_argument("file", type=Path, help="the database file to create (must not exist)")
    demo.add_argument("--scale", type=float, default=1.0, help="1 = one busy project year (default 1)")
    demo.add_argument("--seed", type=int, default=2023, help="random seed (same seed, same data)")

    check = sub.add_parser("check", help="print schema version, row counts and the integrity check")
    check.add_argument("--db", type=Path, required=True, help="database file to check")

    kinds = ["organisations", "participants", "activities", "attendance"]
    imports = sub.add_parser(
        "import", help="import organisations, participants, activities or attendance from CSV or XLSX (all or nothing)"
    )
    imports.add_argument("file", type=Path, help="a .csv (comma or semicolon; UTF-8 or Windows-1252) or .xlsx file")
    imports.add_argument("--db", type=Path, required=True, help="database to import into (created if missing)")
    imports.add_argument("--kind", help="what the file holds (default: told from sheet names and headers)")

    export = sub.add_parser("export", help="write a list to CSV or XLSX (by the file's suffix)")
    export.add_argument(
        "kind", choices=[*kinds, "cases", "all"],
        help="the list to export (cases are exported only, never imported); 'all' writes every kind to one .xlsx",
    )
    export.add_argument("--db", type=Path, required=True, help="database to export from")
    export.add_argument("--out", type=Path, required=True, help="the .csv or .xlsx file to write")
    export.add_argument("--search", default="", help="only the rows this search finds, as in the window")
    export.add_argument("--sort", metavar="COLUMN", help="the list column to sort by (default: the list's own order)")
    export.add_argument("--descending", action="store_true", help="sort the --sort column from highest to lowest")

    backup = sub.add_parser("backup", help="write a consistent copy of a database (it may be open elsewhere)")
    backup.add_argument("--db", type=Path, required=True, help="database file to back up")
    backup.add_argument("--to", type=Path, help="the copy to write, or a folder to write it in (default: backups/ beside the database)")

    report = sub.add_parser(
        "report", help="print a document to PDF (the indicator figures also to CSV)",
        description="Write one printed document. handout, runsheet, signin and tablecards are one activity's "
                    "(--activity); summary is per person, for one --participant, everyone present at an "
                    "--activity, or everyone present in a period (--from/--to); indicators are the funder's "
                    "figures for a period (--from and --to, both included).",
    )
    report.add_argument("document", choices=REPORTS, help="the document to write")
    report.add_argument("--db", type=Path, required=True, metavar="FILE", help="database to print from")
    report.add_argument("--out", type=Path, required=True, metavar="FILE",
                        help="the .pdf (or, for indicators, .csv) file to write")
    report.add_argument("--activity", metavar="ID", help="the activity's id")
    report.add_argument("--participant", metavar="ID", help="summary: the participant's id")
    report.add_argument("--from", dest="date_from", metavar="DATE", type=_iso_date,
                        help="first day of the period, YYYY-MM-DD")
    report.add_argument("--to", dest="date_to", metavar="DATE", type=_iso_date,
                        help="last day of the period, YYYY-MM-DD (included)")
    report.add_argument("--lang", choices=["sv", "en"], default="sv",
                        help="the document's language: sv = Swedish (default), en = English")
    report.add_argument("--format", choices=["pdf", "csv"],
                        help="pdf, or csv for indicators only (default: csv when --out ends in .csv, else pdf)")
    report.set_defaults(usage=report)
    from .cli_privacy import add_privacy_command

    add_privacy_command(sub)
    from .cli_exchange import add_exchange_command

    add_exchange_command(sub)

    bench = sub.add_parser(
        "bench", help="measure how fast the program is on a demo register, against its targets",
        description="Measure start, lists, search, check-in, figures, PDFs, import, backup and memory on a "
                    "demo register (kept in the user cache folder for the next run) and print a table.",
    )
    from .bench import add_arguments as add_bench_arguments

    add_bench_arguments(bench)

    selftest = sub.add_parser(
        "selftest", help="check that this installation works: open the window on demo data, print a PDF, close"
    )
    selftest.add_argument("--out", type=Path, required=True, metavar="DIR",
                          help="folder for the demo database, the PDF and the window settings (made if missing)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        from .gui.app import run

        return run(args.db)
    try:
        return _COMMANDS[args.command](args)
    except CommandError as error:
        print(f"aiall-desktop {args.command}: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print(f"aiall-desktop {args.command}: interrupted", file=sys.stderr)
        return 130


@command("check")
def _check(args: argparse.Namespace) -> int:
    from .store import SCHEMA_VERSION, DatabaseRefused
    from .store.database import check_file

    path: Path = args.db
    if not path.exists():
        raise CommandError(f"{path}: no such file")
    try:
        report = check_file(path)  # never migrates or otherwise changes the file
    except DatabaseRefused as error:
        raise CommandError(str(error)) from None
    print(f"file: {path}")
    print(f"schema version: {report.state.version} (this program: {SCHEMA_VERSION})")
    for table, (live, deleted) in report.counts.items():
        print(f"{table:>13}: {live:>8} ({deleted} deleted)")
    if report.problems != ["ok"]:
        raise CommandError(f"{path}: integrity check failed: {'; '.join(report.problems[:5])}")
    if report.state.version < SCHEMA_VERSION:
        print(f"integrity: ok (opening it will upgrade it to version {SCHEMA_VERSION}, after a backup)")
    else:
        print("integrity: ok")
    return EXIT_OK


@command("backup")
def _backup(args: argparse.Namespace) -> int:
    from .store import DatabaseRefused, inspect_file
    from .store.backup import MANUAL, backup_file, default_backup_path

    path: Path = args.db
    if not path.exists():
        raise CommandError(f"{path}: no such file")
    try:
        inspect_file(path)  # a backup of a damaged file would only hide the damage
    except DatabaseRefused as error:
        raise CommandError(str(error)) from None
    target = args.to
    if target is not None and target.is_dir():
        target = target / default_backup_path(path, MANUAL).name  # a folder: the backup's usual name inside it
    if target is not None and target.resolve() == path.resolve():
        raise CommandError("--to must name another file than the database itself")
    try:
        target = backup_file(path, target)
    except OSError as error:
        raise CommandError(f"cannot write the backup: {error.strerror or error}") from None
    print(f"backed up {path} to {target}")
    return EXIT_OK


def _open_store(path: Path, *, create: bool, read_only: bool = False):
    """The store for a command; ``read_only`` for commands that only read (they work while the window
    has the file)."""
    from .store import DatabaseRefused, OlderDatabase, StorageFailed, Store

    if not create and not path.exists():
        raise CommandError(f"{path}: no such file")
    try:
        if read_only:
            try:
                return Store.open(path, read_only=True)
            except OlderDatabase:
                return Store.open(path, create=False)  # upgraded once (after a backup), then read
        return Store.open(path, create=create)
    except DatabaseRefused as error:
        raise CommandError(str(error)) from None
    except StorageFailed as error:
        raise CommandError(f"{path}: {error.reason}") from None
    except OSError as error:
        raise CommandError(f"{path}: {error.strerror or error}") from None


@command("import")
def _import(args: argparse.Namespace) -> int:
    from .exchange import ImportRefused, apply_import, read_import

    if not args.file.is_file():
        raise CommandError(f"{args.file}: no such file")
    existed = args.db.exists()
    problems: list = []
    imported = False
    try:
        with _open_store(args.db, create=True) as store:
            plan = read_import(args.file, args.kind, store=store)
            problems = plan.problems
            if not problems:
                if existed and plan.row_count:
                    store.backup(label="before-import")
                try:
                    result = apply_import(store, plan)
                except ImportRefused as refused:
                    problems = refused.problems
        imported = not problems
    finally:
        if not existed and not imported:
            # A refused import into a new database leaves no empty database behind.
            if args.db.parent.is_dir():  # not when the "folder" was a file and nothing was made
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        count = f"{len(problems)} problem" + ("s" if len(problems) != 1 else "")
        raise CommandError(f"{args.file}: not imported, {count} listed above; nothing was changed")
    print(f"imported {args.file} into {args.db}: {result.summary()}")
    return EXIT_OK


@command("export")
def _export(args: argparse.Namespace) -> int:
    from .exchange import export_rows, export_workbook

    if args.kind == "all" and args.out.suffix.lower() != ".xlsx":
        raise CommandError("exporting 'all' writes one workbook: give --out a .xlsx name")
    if (args.sort or args.descending) and args.kind in ("all", "attendance"):
        raise CommandError(f"--sort and --descending sort one list; '{args.kind}' cannot be sorted")
    with _open_store(args.db, create=False, read_only=True) as store:
        if args.sort:
            columns = store.listing(args.kind).spec.keys
            if args.sort not in columns:
                raise CommandError(f"--sort: {args.kind} has no column {args.sort!r}; use one of: {', '.join(columns)}")
        try:
            if args.kind == "all":
                written = export_workbook(store, args.out)
            else:
                # Without --sort the list's own column; without --descending its own direction unless --sort.
                descending = True if args.descending else (False if args.sort else None)
                written = export_rows(store, args.kind, args.out, search=args.search, order_by=args.sort,
                                      descending=descending)
        except OSError as error:
            raise CommandError(f"cannot write {args.out}: {error.strerror or error}") from None
    print(f"wrote {written} rows to {args.out}")
    return EXIT_OK


#: A demo register beyond a hundred busy years would only fill the disk.
MAX_DEMO_SCALE = 100


@command("demo")
def _demo(args: argparse.Namespace) -> int:
    from .demo import generate

    path: Path = args.file
    if path.exists():
        raise CommandError(f"{path}: the file exists already; demo data goes into a new file only")
    if not 0 < args.scale <= MAX_DEMO_SCALE:  # also refuses nan and inf
        raise CommandError(f"--scale must be a number greater than 0 and at most {MAX_DEMO_SCALE} "
                           "(10 is about ten busy years)")
    from .store import DatabaseRefused

    try:
        counts = generate(path, scale=args.scale, seed=args.seed)
    except DatabaseRefused as error:
        raise CommandError(str(error)) from None
    except OSError as error:
        raise CommandError(f"{path}: {error.strerror or error}") from None
    summary = ", ".join(f"{n} {table}" for table, n in counts.items())
    print(f"wrote {path}: {summary}")
    return EXIT_OK


def _report_usage(args: argparse.Namespace) -> str | None:
    """What is wrong with the combination of options for the chosen document, if anything."""
    document = args.document
    period = args.date_from is not None or args.date_to is not None
    if args.format is None:
        args.format = "csv" if args.out.suffix.lower() == ".csv" else "pdf"
    if args.format == "csv" and document != "indicators":
        return f"only indicators can be written as CSV; {document} is a PDF (give --out a .pdf name)"
    if args.date_from and args.date_to and args.date_from > args.date_to:
        return f"--from {args.date_from} is after --to {args.date_to}"
    if document in ACTIVITY_REPORTS:
        if not args.activity:
            return f"{document} is one activity's document: give --activity ID"
        if args.participant or period:
            return f"{document} takes only --activity (no --participant, --from or --to)"
    elif document == "summary":
        if not (args.participant or args.activity or period):
            return "summary needs whom to summarise: --participant ID, --activity ID, or --from/--to DATE"
    elif document == "indicators":
        if args.date_from is None or args.date_to is None:
            return "indicators are a period's figures: give both --from DATE and --to DATE"
        if args.activity or args.participant:
            return "indicators cover a whole period: --activity and --participant do not apply"
    return None


def _check_writable(out: Path, db: Path) -> None:
    """Refuse a target that cannot be written before the (possibly long) build, naming the path and why."""
    import os

    if out.exists() and out.resolve() == db.resolve():
        raise CommandError(f"cannot write {out}: that is the database itself; give --out another file")
    if out.is_dir():
        raise CommandError(f"cannot write {out}: it is a folder; give --out a file name")
    folder = out.parent
    # The documents would create a missing folder; a typo in a folder name should not quietly become one.
    if not folder.exists():
        raise CommandError(f"cannot write {out}: the folder {folder} does not exist")
    if not folder.is_dir():
        raise CommandError(f"cannot write {out}: {folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CommandError(f"cannot write {out}: the folder {folder} is read-only for you")


class _ProgressLine:
    """Progress as "n of m people", rewritten on one line of a terminal; silent into a file or a pipe."""

    def __init__(self, stream):
        self.stream = stream
        self.active = stream.isatty()
        self.open = False

    def __call__(self, done: int, total: int) -> None:
        if not self.active or total < 2:
            return
        self.stream.write(f"\rsummaries: {done} of {total} people laid out")
        self.open = done < total
        if not self.open:
            self.stream.write("\n")
        self.stream.flush()

    def close(self) -> None:
        # A failure mid-way must not print its message on the end of the progress line.
        if self.open:
            self.stream.write("\n")
            self.stream.flush()
            self.open = False


@command("report")
def _report(args: argparse.Namespace) -> int:
    problem = _report_usage(args)
    if problem:
        args.usage.error(problem)  # exits 2, as for any other usage error
    out: Path = args.out
    _check_writable(out, args.db)
    # Imported only now: reportlab is slow to load and no other command needs it (and it never loads Qt).
    from .reports.template import ReportError

    progress = _ProgressLine(sys.stderr)
    with _open_store(args.db, create=False, read_only=True) as store:
        try:
            count = _build_report(store, args, progress)
        except ReportError as error:
            raise CommandError(" ".join(str(error).split())) from None
        except OSError as error:
            raise CommandError(f"cannot write {out}: {error.strerror or error}") from None
        finally:
            progress.close()
    if args.format == "csv":
        what = "figure" if count == 1 else "figures"
    else:
        what = "page" if count == 1 else "pages"
    print(f"wrote {count} {what} to {out}")
    return EXIT_OK


def _build_report(store, args: argparse.Namespace, progress: Callable[[int, int], None]) -> int:
    document, out, lang = args.document, args.out, args.lang
    if document == "summary":
        from .reports.summary import build_summaries

        return build_summaries(store, out, participant_id=args.participant, activity_id=args.activity,
                               date_from=args.date_from, date_to=args.date_to, lang=lang, progress=progress)
    if document == "indicators":
        from .reports.indicators import build_indicators

        return build_indicators(store, out, date_from=args.date_from, date_to=args.date_to, lang=lang,
                                format=args.format)
    if document == "handout":
        from .reports.handout import build_handout as build
    elif document == "runsheet":
        from .reports.runsheet import build_runsheet as build
    elif document == "signin":
        from .reports.signin import build_signin as build
    else:
        from .reports.tablecards import build_tablecards as build
    return build(store, out, activity_id=args.activity, lang=lang)


@command("bench")
def _bench(args: argparse.Namespace) -> int:
    from .bench import run

    return run(args)


@command("selftest")
def _selftest(args: argparse.Namespace) -> int:
    from .selftest import run

    return run(args.out)
