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
EXIT_FAILURE = 1
EXIT_USAGE = 2

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
