"""Data protection: everything stored about one person (right of access) and erasing it (right to erasure).

An erasure is a real ``DELETE``, not the tombstone every other deletion leaves, and it is followed by
``VACUUM`` and a truncating checkpoint with ``secure_delete`` on: the file and its ``-wal`` must not keep
the person's bytes in free pages, old page versions or search-index segments. It cannot be undone, and it
takes no backup of its own (a backup would keep exactly what is being erased); the backups made before it
still hold the person, so :func:`backups_holding` finds them for the user to delete.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from sqlite_utils import Database

from .. import paths
from .clock import utc_now
from .errors import RecordNotFound
from .repository import repositories
from .sharing import Sharing, Stamp, later_than, stamp

#: What the export file says it is, so that a reader years later knows what it holds.
EXPORT_FORMAT = "aiall-desktop person data, version 1"

#: The tag and names of the placeholder that keeps an erased person's attendance as an anonymous count.
ANONYMOUS_TAG = "anonymised"
ANONYMOUS_NAME = "–"

#: Replaces the person's name, e-mail or phone where free text names them (notes, facilitators, ...).
ERASED_TEXT = "[erased]"

#: Free-text fields that may name a person although no key points to them.
MENTION_FIELDS: dict[str, tuple[str, ...]] = {
    "participant": ("notes",),
    "organisation": ("name", "notes"),  # a sole trader's firm may carry their name
    "activity": ("title", "facilitators", "goal", "notes"),
    "agenda_item": ("title", "lead", "materials", "notes"),
    "ai_case": ("title", "problem", "parked_reason", "notes"),
    "case_stage_change": ("reason",),
    "team": ("name",),
    "activity_template": ("title", "goal", "blocks"),
}

#: Every full-text index: their segments are merged after an erasure so that no deleted term is left.
FTS_TABLES = ("participant_fts", "organisation_fts", "activity_fts", "ai_case_fts")

_TITLE_COLUMN = {
    "participant": "trim(first_name || ' ' || last_name)",
    "organisation": "name",
    "activity": "title || ' (' || date || ')'",
    "agenda_item": "title",
    "ai_case": "title",
    "case_stage_change": "stage || ' ' || changed_at",
    "team": "name",
    "activity_template": "name",
}


class Mention(NamedTuple):
    """A free-text field of another record that names the person."""

    table: str
    id: str
    field: str
    title: str


class PersonSeen(NamedTuple):
    """One person with the dates the retention rule looks at."""

    id: str
    name: str
    organisation: str
    created_on: str  # YYYY-MM-DD, when the person was entered
    last_activity_on: str | None  # the date of the latest activity they are on the list of
    deleted: bool  # deleted (a tombstone) but still stored


@dataclasses.dataclass
class Erasure:
    """What an erasure removed, for the message to the user."""

    people: int = 0
    attendance_deleted: int = 0
    attendance_anonymised: int = 0
    team_memberships: int = 0
    cases_unowned: int = 0
    mentions_scrubbed: int = 0
    anonymous_ids: list[str] = dataclasses.field(default_factory=list)
    #: Whether the file was compacted and its ``-wal`` emptied; False when another connection was busy
    #: with the file at that moment (the erased rows are gone and zeroed all the same).
    clean: bool = True


class Privacy:
    def __init__(self, db: Database):
        self.db = db
        self._repos = repositories(db)
        # SQLite's lower() knows only ASCII letters; names are found whatever their case ("ŻANETA").
        db.conn.create_function("privacy_fold", 1, _fold, deterministic=True)

    # -- right of access -------------------------------------------------------------------------

    def person_data(self, participant_id: str) -> dict[str, Any]:
        """Everything stored about one participant, deleted (tombstoned) rows included, as JSON-ready data."""
        participant = self._repos["participants"].get(participant_id, include_deleted=True)
        organisation = None
        if participant.organisation_id:
            row = self.db.execute(
                "SELECT id, name, deleted_at FROM organisation WHERE id = ?", [participant.organisation_id]
            ).fetchone()
            if row is not None:
                organisation = {"id": row[0], "name": row[1], "deleted_at": row[2]}
        attendance = [
            dict(zip(("activity_id", "activity_title", "activity_date", "start_time", "end_time", "kind", "place",
                      "status", "role", "checked_in_at", "recorded_at", "deleted_at"), row))
            for row in self.db.execute(
                """
                SELECT a.id, a.title, a.date, a.start_time, a.end_time, a.kind, a.place,
                       t.status, t.role, t.checked_in_at, t.created_at, t.deleted_at
                FROM attendance AS t JOIN activity AS a ON a.id = t.activity_id
                WHERE t.participant_id = ?
                ORDER BY a.date, a.start_time, t.seq
                """,
                [participant_id],
            )
        ]
        teams = [
            dict(zip(("team_id", "team", "kind", "role", "activity_title", "case_title", "member_since",
                      "deleted_at"), row))
            for row in self.db.execute(
                """
                SELECT team.id, team.name, team.kind, m.role, a.title, c.title, m.created_at, m.deleted_at
                FROM team_member AS m JOIN team ON team.id = m.team_id
                LEFT JOIN activity AS a ON a.id = team.activity_id
                LEFT JOIN ai_case AS c ON c.id = team.case_id
                WHERE m.participant_id = ?
                ORDER BY team.name COLLATE NOCASE, m.seq
                """,
                [participant_id],
            )
        ]
        cases = [
            dict(zip(("case_id", "title", "stage", "relation", "deleted_at"), row))
            for row in self.db.execute(
                """
                SELECT c.id, c.title, c.stage,
                       CASE WHEN c.owner_id = :person THEN 'owner' ELSE 'team member' END, c.deleted_at
                FROM ai_case AS c
                WHERE c.owner_id = :person OR c.id IN (
                    SELECT team.case_id FROM team_member AS m JOIN team ON team.id = m.team_id
                    WHERE m.participant_id = :person)
                ORDER BY c.title COLLATE NOCASE, c.seq
                """,
                {"person": participant_id},
            )
        ]
        return {
            "format": EXPORT_FORMAT,
            "exported_at": utc_now(),
            "participant": _plain(dataclasses.asdict(participant)),
            "organisation": organisation,
            "attendance": attendance,
            "teams": teams,
            "cases": cases,
            # The stage history of cases names no person; kept as a key so that the file says so.
            "case_history": [],
            "mentioned_in": [m._asdict() for m in self.mentions(participant_id)],
        }

    def export(self, participant_id: str, target: Path) -> Path:
        """Write :meth:`person_data` to ``target`` as pretty UTF-8 JSON, readable by the owner only."""
        data = self.person_data(participant_id)
        return write_owner_only(target, json.dumps(data, ensure_ascii=False, indent=2) + "\n")

    def mentions(self, participant_id: str) -> list[Mention]:
        """Free text elsewhere that names the person: full name, e-mail or phone."""
        needles = self._needles(participant_id)
        found: list[Mention] = []
        for table, fields in MENTION_FIELDS.items():
            for field in fields:
                for record_id, text, title in self._texts_containing(table, field, needles, participant_id):
                    found.append(Mention(table, record_id, field, title))
        return found

    def _needles(self, participant_id: str) -> list[str]:
        row = self.db.execute(
            "SELECT first_name, last_name, email, phone FROM participant WHERE id = ?", [participant_id]
        ).fetchone()
        if row is None:
            raise RecordNotFound("participant", participant_id)
        first, last, email, phone = (value.strip() for value in row)
        needles = []
        # The full name only: a first name alone ("Anna") would strike other people's text too.
        if first and last:
            needles += [f"{first} {last}", f"{last}, {first}", f"{last} {first}"]
        if email:
            needles.append(email)
        if len(re.sub(r"\D", "", phone)) >= 6:
            needles.append(phone)
        return needles

    def _texts_containing(self, table: str, field: str, needles: Sequence[str],
                          participant_id: str) -> list[tuple[str, str, str]]:
        if not needles:
            return []
        condition = " OR ".join(f"instr(privacy_fold({field}), ?) > 0" for _ in needles)
        rows = self.db.execute(
            f"SELECT id, {field}, {_TITLE_COLUMN[table]} FROM {table} WHERE id <> ? AND ({condition})",
            [participant_id, *(_fold(needle) for needle in needles)],
        ).fetchall()
        pattern = _needle_pattern(needles)
        return [(row[0], row[1], row[2] or "") for row in rows if pattern.search(row[1] or "")]

    # -- right to erasure ------------------------------------------------------------------------

    def erase(self, participant_id: str, *, keep_anonymous: bool = False, scrub_mentions: bool = True,
              today: date | None = None) -> Erasure:
        """Erase one person; see :meth:`erase_many`."""
        return self.erase_many([participant_id], keep_anonymous=keep_anonymous, scrub_mentions=scrub_mentions,
                               today=today)

    def erase_many(self, participant_ids: Iterable[str], *, keep_anonymous: bool = False,
                   scrub_mentions: bool = True, today: date | None = None) -> Erasure:
        """Remove people and every row that names them, then leave no trace of them in the file.

        Team memberships and attendance are deleted; cases they own lose their owner; free text naming
        them (full name, e-mail, phone) has it replaced by ``[erased]`` when ``scrub_mentions``. With
        ``keep_anonymous`` each person's attendance at activities held up to ``today`` stays, re-pointed
        to one anonymous placeholder per person that keeps only the gender, so that the counts already
        reported to the funder still add up. All of it is one transaction: all or nothing.

        This cannot be undone. Raises :class:`RecordNotFound` (and changes nothing) for an unknown id.
        """
        ids = list(dict.fromkeys(participant_ids))
        result = Erasure()
        if not ids:
            return result
        connection = self.db.conn
        if connection.in_transaction:
            raise RuntimeError("an erasure runs VACUUM and cannot be part of another transaction")
        held_until = (today or date.today()).isoformat()
        previous = connection.execute("PRAGMA secure_delete").fetchone()[0]
        # Freed pages are overwritten with zeros from here on, not merely marked free.
        connection.execute("PRAGMA secure_delete = ON")
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                for participant_id in ids:
                    self._erase_one(participant_id, keep_anonymous, scrub_mentions, held_until, result)
                for table in FTS_TABLES:
                    # Merges the index into one segment, dropping the terms of deleted rows (older
                    # segments would otherwise keep them until some later merge).
                    connection.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")
            result.clean = self.compact()
        finally:
            connection.execute(f"PRAGMA secure_delete = {int(previous)}")
        return result

    def compact(self) -> bool:
        """Rewrite the file without free pages and empty the ``-wal``; whether the ``-wal`` was emptied.

        In WAL mode ``VACUUM`` writes the new pages to the ``-wal``; the truncating checkpoint copies them
        into the file and cuts the ``-wal`` to nothing, taking old page versions with it. It cannot when
        another connection is reading at that moment (it waits for the busy timeout first).
        """
        connection = self.db.conn
        try:
            connection.execute("VACUUM")
            vacuumed = True
        except sqlite3.OperationalError:
            vacuumed = False  # e.g. a statement of this connection still open; the checkpoint still helps
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return vacuumed and busy == 0

    def _erase_one(self, participant_id: str, keep_anonymous: bool, scrub_mentions: bool, held_until: str,
                   result: Erasure) -> None:
        db = self.db
        row = db.execute("SELECT gender FROM participant WHERE id = ?", [participant_id]).fetchone()
        if row is None:
            raise RecordNotFound("participant", participant_id)
        now = utc_now()
        # These writes are edits like any other: stamped, so that they reach the colleagues' laptops.
        mark = stamp(db)
        if scrub_mentions:
            result.mentions_scrubbed += self._scrub_mentions(participant_id, mark)
        if keep_anonymous:
            kept = [r[0] for r in db.execute(
                """
                SELECT t.id FROM attendance AS t JOIN activity AS a ON a.id = t.activity_id
                WHERE t.participant_id = ? AND t.deleted_at IS NULL AND a.deleted_at IS NULL AND a.date <= ?
                """,
                [participant_id, held_until],
            )]
            if kept:
                anonymous_id = str(uuid.uuid4())
                db.execute(
                    "INSERT INTO participant (id, created_at, updated_at, first_name, last_name, gender, tags, "
                    "changed_in, change_seq, vv) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [anonymous_id, now, now, ANONYMOUS_NAME, ANONYMOUS_NAME, row[0],
                     json.dumps([ANONYMOUS_TAG]), mark.database_id, mark.seq, mark.new_vv()],
                )
                for attendance_id in kept:
                    self._stamped_update("attendance", attendance_id, {"participant_id": anonymous_id}, mark)
                result.attendance_anonymised += len(kept)
                result.anonymous_ids.append(anonymous_id)
        result.attendance_deleted += db.execute(
            "DELETE FROM attendance WHERE participant_id = ?", [participant_id]).rowcount
        result.team_memberships += db.execute(
            "DELETE FROM team_member WHERE participant_id = ?", [participant_id]).rowcount
        owned = [r[0] for r in db.execute("SELECT id FROM ai_case WHERE owner_id = ?", [participant_id])]
        for case_id in owned:
            self._stamped_update("ai_case", case_id, {"owner_id": None}, mark)
        result.cases_unowned += len(owned)
        # The search index row goes with it (the participant_fts_delete trigger).
        db.execute("DELETE FROM participant WHERE id = ?", [participant_id])
        # The erasure itself travels to the colleagues' laptops (the id and when; nothing else).
        db.execute("INSERT OR IGNORE INTO sharing_erasure (id, erased_at) VALUES (?, ?)", [participant_id, now])
        Sharing(db).forget_in_conflicts(participant_id)
        result.people += 1

    def _stamped_update(self, table: str, record_id: str, values: dict[str, Any], mark: Stamp) -> None:
        """One row changed as an edit of this laptop (newer than the version it replaces, see sharing)."""
        previous = self.db.execute(f"SELECT updated_at FROM {table} WHERE id = ?", [record_id]).fetchone()[0]
        assignments = ", ".join(f"{name} = ?" for name in values)
        self.db.execute(
            f"UPDATE {table} SET {assignments}, updated_at = ?, {Stamp.SQL} WHERE id = ?",
            [*values.values(), later_than(previous), *mark.params(), record_id],
        )

    def _scrub_mentions(self, participant_id: str, mark: Stamp) -> int:
        needles = self._needles(participant_id)
        pattern = _needle_pattern(needles)
        count = 0
        for table, fields in MENTION_FIELDS.items():
            for field in fields:
                for record_id, text, _title in self._texts_containing(table, field, needles, participant_id):
                    self._stamped_update(table, record_id, {field: pattern.sub(ERASED_TEXT, text)}, mark)
                    count += 1
        return count

    # -- retention -------------------------------------------------------------------------------

    def people_seen(self) -> list[PersonSeen]:
        """Every stored person (deleted ones too, they are still in the file) with the dates retention uses.

        The anonymous placeholders of earlier erasures hold no personal data and are left out.
        """
        rows = self.db.execute(
            """
            SELECT p.id, trim(p.first_name || ' ' || p.last_name), coalesce(o.name, ''), substr(p.created_at, 1, 10),
                   (SELECT max(a.date) FROM attendance AS t JOIN activity AS a ON a.id = t.activity_id
                    WHERE t.participant_id = p.id AND t.deleted_at IS NULL AND a.deleted_at IS NULL),
                   p.deleted_at IS NOT NULL
            FROM participant AS p LEFT JOIN organisation AS o ON o.id = p.organisation_id
            WHERE NOT (p.first_name = :anonymous AND p.last_name = :anonymous AND p.tags = :tags)
            ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.seq
            """,
            {"anonymous": ANONYMOUS_NAME, "tags": json.dumps([ANONYMOUS_TAG])},
        )
        return [PersonSeen(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]

    def database_path(self) -> Path | None:
        row = self.db.execute("SELECT file FROM pragma_database_list WHERE name = 'main'").fetchone()
        return Path(row[0]) if row and row[0] else None


# -- files -------------------------------------------------------------------------------------------


def write_owner_only(target: Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``target``, mode 0600, replacing it whole or not at all."""
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)
    return target


def candidate_backups(database: Path) -> list[Path]:
    """The backup files of a database, newest first."""
    from . import backup

    database = Path(database)
    listed = getattr(backup, "list_backups", None)
    found = {Path(getattr(item, "path", item)) for item in listed(database)} if listed is not None else set()
    # Also what the listing leaves out but may hold the person all the same: a copy kept of a damaged
    # file, a backup under a name the listing does not parse.
    folder = paths.backups_dir(database)
    if folder.is_dir():
        found |= {path for pattern in ("*.sqlite", "*.damaged") for path in folder.glob(f"{database.stem}-{pattern}")}
    existing = [path for path in found if path.is_file()]
    return sorted(existing, key=lambda path: path.stat().st_mtime, reverse=True)


def backups_holding(database: Path, participant_ids: Iterable[str]) -> list[Path]:
    """The backups of ``database`` that still hold any of these people.

    A backup that cannot be read is listed too: nobody can say it does not hold them.
    """
    ids = list(participant_ids)
    holding = []
    for path in candidate_backups(database):
        try:
            connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                marks = ", ".join("?" for _ in ids)
                hit = connection.execute(f"SELECT 1 FROM participant WHERE id IN ({marks}) LIMIT 1", ids).fetchone()
            finally:
                connection.close()
        except sqlite3.Error:
            hit = True
        if hit:
            holding.append(path)
    return holding


def delete_backups(backups: Iterable[Path]) -> list[Path]:
    """Delete backup files (with any journal beside them); returns those that could not be deleted."""
    failed = []
    for path in backups:
        try:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        except OSError:
            failed.append(path)
    return failed


def _fold(text: str | None) -> str | None:
    return None if text is None else text.casefold()


def _needle_pattern(needles: Sequence[str]) -> re.Pattern[str]:
    # Longest first, so that "Last, First" is replaced whole rather than leaving a piece behind.
    ordered = sorted(needles, key=len, reverse=True)
    return re.compile("|".join(re.escape(needle) for needle in ordered), re.IGNORECASE)


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    return {key: (value.value if hasattr(value, "value") else value) for key, value in values.items()}
