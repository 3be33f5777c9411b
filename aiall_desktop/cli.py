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
    backup.add_argument("--to", type=Path, help="the copy to write (default: backups/ beside the database)")
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
    from .store import RECORD_TABLES, SCHEMA_VERSION, DatabaseRefused, inspect_file

    path: Path = args.db
    if not path.exists():
        raise CommandError(f"{path}: no such file")
    try:
        state = inspect_file(path)
    except DatabaseRefused as error:
        raise CommandError(str(error)) from None
    # A read-only look: checking a file must never migrate or otherwise change it.
    import sqlite3

    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        print(f"file: {path}")
        print(f"schema version: {state.version} (this program: {SCHEMA_VERSION})")
        if state.version:
            for table in RECORD_TABLES:
                live, deleted = connection.execute(
                    f"SELECT count(*) - count(deleted_at), count(deleted_at) FROM {table}"
                ).fetchone()
                print(f"{table:>13}: {live:>8} ({deleted} deleted)")
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()
    if problems != ["ok"]:
        raise CommandError(f"{path}: integrity check failed: {'; '.join(problems[:5])}")
    if state.version < SCHEMA_VERSION:
        print(f"integrity: ok (opening it will upgrade it to version {SCHEMA_VERSION}, after a backup)")
    else:
        print("integrity: ok")
    return EXIT_OK


@command("backup")
def _backup(args: argparse.Namespace) -> int:
    from .store import DatabaseRefused, inspect_file
    from .store.backup import backup_file

    path: Path = args.db
    if not path.exists():
        raise CommandError(f"{path}: no such file")
    try:
        inspect_file(path)  # a backup of a damaged file would only hide the damage
    except DatabaseRefused as error:
        raise CommandError(str(error)) from None
    if args.to is not None and args.to.resolve() == path.resolve():
        raise CommandError("--to must name another file than the database itself")
    try:
        target = backup_file(path, args.to)
    except OSError as error:
        raise CommandError(f"cannot write the backup: {error.strerror or error}") from None
    print(f"backed up {path} to {target}")
    return EXIT_OK


def _open_store(path: Path, *, create: bool):
    from .store import DatabaseRefused, Store

    if not create and not path.exists():
        raise CommandError(f"{path}: no such file")
    try:
        return Store.open(path, create=create)
    except DatabaseRefused as error:
        raise CommandError(str(error)) from None
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
    with _open_store(args.db, create=False) as store:
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


@command("demo")
def _demo(args: argparse.Namespace) -> int:
    from .demo import generate

    path: Path = args.file
    if path.exists():
        raise CommandError(f"{path}: the file exists already; demo data goes into a new file only")
    if args.scale <= 0:
        raise CommandError("--scale must be greater than 0")
    counts = generate(path, scale=args.scale, seed=args.seed)
    summary = ", ".join(f"{n} {table}" for table, n in counts.items())
    print(f"wrote {path}: {summary}")
    return EXIT_OK
