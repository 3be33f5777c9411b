"""``aiall-desktop privacy``: a person's data exported (right of access), erased, and who is past retention.

Kept out of ``cli.py`` so that the data-protection commands read as one piece; ``cli.py`` calls
:func:`add_privacy_command` while it builds its parser. Names are never printed, only ids: a terminal's
scroll-back and a shell log are not places for personal data.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path


def add_privacy_command(sub) -> None:
    """Add ``privacy export|erase|due`` to the sub-commands ``sub`` and register its handler."""
    from .cli import command

    privacy = sub.add_parser(
        "privacy", help="data protection: export or erase one person's data, list people past retention",
        description="Data protection (GDPR). export writes everything stored about one participant to a JSON "
                    "file; erase removes the person and every row naming them and leaves no trace in the file "
                    "(it cannot be undone); due lists the people kept longer than the retention setting allows.",
    )
    actions = privacy.add_subparsers(dest="privacy_action", metavar="ACTION", required=True)

    export = actions.add_parser("export", help="write everything stored about one participant to a JSON file")
    export.add_argument("participant", metavar="PARTICIPANT_ID", help="the participant's id")
    export.add_argument("--db", type=Path, required=True, metavar="FILE", help="database to read")
    export.add_argument("--out", type=Path, required=True, metavar="FILE", help="the .json file to write")

    erase = actions.add_parser(
        "erase", help="erase one participant for good (cannot be undone)",
        description="Erase a participant: the person, their attendance, team memberships and case ownership, "
                    "and their name in other records' text. The file is then compacted so that no trace "
                    "remains in it. Backups made before still hold the person; they are listed.",
    )
    erase.add_argument("participant", metavar="PARTICIPANT_ID", nargs="+", help="the participant's id (or several)")
    erase.add_argument("--db", type=Path, required=True, metavar="FILE", help="database to erase from")
    erase.add_argument("--yes", action="store_true", help="confirm: the erasure cannot be undone")
    erase.add_argument("--keep-counts", action="store_true",
                       help="keep their attendance at past activities as an anonymous count (gender only)")
    erase.add_argument("--delete-backups", action="store_true",
                       help="also delete the backups that still hold the person (they hold everything else too)")

    due = actions.add_parser("due", help="list the ids of people kept longer than the retention setting allows")
    due.add_argument("--db", type=Path, required=True, metavar="FILE", help="database to read")
    due.add_argument("--today", type=_iso_date, metavar="DATE", help="the day to judge by, YYYY-MM-DD (default today)")

    command("privacy")(run_privacy)


def _iso_date(text: str) -> date:
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def run_privacy(args: argparse.Namespace) -> int:
    from .cli import EXIT_OK, CommandError, _open_store
    from .store import RecordNotFound

    action = args.privacy_action
    if action == "erase" and not args.yes:
        raise CommandError("erasing cannot be undone; add --yes to confirm (nothing was changed)")
    if action == "export":
        if args.out.exists() and args.out.resolve() == args.db.resolve():
            raise CommandError(f"cannot write {args.out}: that is the database itself")
        if not args.out.parent.is_dir():
            raise CommandError(f"cannot write {args.out}: the folder {args.out.parent} does not exist")
    with _open_store(args.db, create=False) as store:
        try:
            if action == "export":
                try:
                    store.privacy.export(args.participant, args.out)
                except OSError as error:
                    raise CommandError(f"cannot write {args.out}: {error.strerror or error}") from None
                print(f"wrote the data of participant {args.participant} to {args.out}")
            elif action == "erase":
                _erase(store, args)
            else:
                _due(store, args)
        except RecordNotFound as error:
            raise CommandError(f"no participant with the id {error.record_id!r}; nothing was changed") from None
    return EXIT_OK


def _erase(store, args: argparse.Namespace) -> None:
    from .store.privacy import backups_holding, delete_backups

    ids = list(dict.fromkeys(args.participant))
    result = store.privacy.erase_many(ids, keep_anonymous=args.keep_counts)
    what = f"participant {ids[0]}" if len(ids) == 1 else f"{len(ids)} participants"
    print(f"erased {what}: {result.attendance_deleted} attendance rows, {result.team_memberships} team memberships, "
          f"{result.cases_unowned} case ownerships, {result.mentions_scrubbed} mentions in text"
          + (f"; {result.attendance_anonymised} attendance rows kept as anonymous counts" if args.keep_counts else ""))
    if not result.clean:
        print("note: the database is open in another program; close it and run `aiall-desktop check` or erase "
              "again to compact the file")
    holding = backups_holding(store.path, ids)
    if holding and args.delete_backups:
        failed = delete_backups(holding)
        print(f"deleted {len(holding) - len(failed)} backup(s) that still held this data")
        holding = failed
    if holding:
        print(f"{len(holding)} backup(s) still hold this data; delete them (or add --delete-backups) to erase it "
              f"there too:")
        for path in holding:
            print(f"  {path}")


def _due(store, args: argparse.Namespace) -> None:
    from .domain.privacy import RetentionRule, past_retention

    rule = RetentionRule.from_settings(store.settings.all())
    for entry in past_retention(store.privacy.people_seen(), rule, args.today or date.today()):
        print(f"{entry.person.id}\t{entry.last_seen.isoformat()}\t{entry.keep_until.isoformat()}")
