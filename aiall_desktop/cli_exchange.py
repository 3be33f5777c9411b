"""``aiall-desktop exchange write|merge``: exchange files between laptops from the command line.

Beside ``cli.py`` (like ``cli_privacy.py``), not in ``sharing/``: importing that package loads the store, which
every start would then pay for; ``cli.py`` calls
:func:`add_exchange_command` while it builds its parser. Only ids and counts are printed, never names.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_exchange_command(sub) -> None:
    from .cli import command

    exchange = sub.add_parser(
        "exchange", help="write an exchange file for a colleague, or merge one (several laptops, one project)",
        description="Several laptops, one project. write puts the changes of a database into an exchange file "
                    "(all of them, or those the colleague --for PEER_ID has not confirmed yet); merge shows what a "
                    "colleague's file would change and merges it after a backup, in one transaction.",
    )
    actions = exchange.add_subparsers(dest="exchange_action", metavar="ACTION", required=True)
    write = actions.add_parser("write", help="write an exchange file")
    write.add_argument("--db", type=Path, required=True, metavar="FILE", help="the database to read")
    write.add_argument("--out", type=Path, required=True, metavar="FILE", help="the exchange file to write")
    write.add_argument("--for", dest="peer", metavar="PEER_ID",
                       help="the colleague's database id: only what they have not confirmed yet")
    merge = actions.add_parser("merge", help="merge an exchange file into a database (after a backup)")
    merge.add_argument("file", type=Path, metavar="FILE", help="the exchange file")
    merge.add_argument("--db", type=Path, required=True, metavar="FILE", help="the database to merge into")
    merge.add_argument("--yes", action="store_true", help="merge without asking")
    command("exchange")(run_exchange)


def run_exchange(args: argparse.Namespace) -> int:
    from .cli import CommandError, _open_store
    from .store import StorageFailed
    from .sharing import ExchangeRefused, apply_merge, plan_merge, read_exchange, write_exchange

    try:
        if args.exchange_action == "write":
            with _open_store(args.db, create=False) as store:
                written = write_exchange(store, args.out, peer_id=args.peer)
                print(f"wrote {written.path}: {sum(written.rows.values())} records, {written.erasures} erasures "
                      f"(database {store.sharing.database_id}, up to {written.up_to})")
            return 0
        bundle = read_exchange(args.file)
        with _open_store(args.db, create=False) as store:
            plan = plan_merge(store, bundle)
            _print_plan(plan, bundle)
            if not plan.changes_anything:
                print("nothing to merge: this database holds everything in the file")
            if not args.yes:
                if not sys.stdin.isatty():
                    raise CommandError("add --yes to merge (there is no terminal to ask)")
                answer = input("merge? [y/N] ").strip().casefold()
                if answer not in ("y", "yes"):
                    print("not merged")
                    return 1
            result = apply_merge(store, bundle)
            print(f"merged (backup first: {result.backup})")
            from .sharing.duplicates import find_duplicates

            for group in find_duplicates(store):
                print(f"possible duplicates ({group.reason}): {group.kind} {', '.join(group.ids)}")
        return 0
    except ExchangeRefused as error:
        raise CommandError(str(error)) from None
    except StorageFailed as error:
        raise CommandError(f"{args.db}: {error.reason}") from None
    except OSError as error:
        raise CommandError(f"{error.filename or args.db}: {error.strerror or error}") from None


def _print_plan(plan, bundle) -> None:
    print(f"exchange file from {plan.source_id} (written {plan.written_at}): {bundle.count()} records")
    print(f"{'kind':>13}  {'new':>6} {'changed':>8} {'deleted':>8} {'conflicts':>9}")
    for kind, counts in plan.kinds.items():
        if counts.any or counts.dropped:
            print(f"{kind:>13}  {counts.new:>6} {counts.changed:>8} {counts.deleted:>8} {counts.conflicts:>9}")
    if plan.erasures_here:
        print(f"people erased on the other laptop, erased here too: {plan.erasures_here}")
    if plan.conflicts:
        print("conflicts (the newer change wins; the other is kept for review):")
        for conflict in plan.conflicts:
            winner = "theirs" if conflict.theirs_wins else "ours"
            print(f"  {conflict.kind} {conflict.record_id}: {winner} wins")
    for dropped in plan.dropped:
        print(f"  not taken: {dropped.kind} {dropped.record_id} ({dropped.reason})")
