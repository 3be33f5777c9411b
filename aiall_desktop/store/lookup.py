"""Look-ups the forms make while the facilitator types: possible duplicates, pick lists, tags in use.

Duplicates are compared the way a person would: case, accents, spaces and punctuation do not make
"Örebro Mekaniska AB" and "orebro mekaniska ab" two organisations, and "556036-0793" is the same number
as "5560360793". The search index narrows the candidates; the comparison itself happens here.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from sqlite_utils import Database

from .search import fts_query

#: The JSON list columns of a participant that hold tags.
TAG_COLUMNS = ("backgrounds", "competences", "tags")


class OrganisationMatch(NamedTuple):
    id: str
    name: str
    org_number: str | None
    municipality: str
    same_name: bool
    same_number: bool


class ParticipantMatch(NamedTuple):
    id: str
    name: str
    email: str
    organisation: str


class OrganisationChoice(NamedTuple):
    id: str
    name: str
    municipality: str


def name_key(text: str | None) -> str:
    """A name reduced to its letters and digits, without case or accents: what makes two names "the same"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed.casefold() if ch.isalnum())


def org_number_digits(text: str | None) -> str:
    """The ten digits of an organisation number however written (dash, spaces, the ``16`` prefix)."""
    digits = re.sub(r"\D", "", text or "")
    if len(digits) == 12 and digits.startswith("16"):
        digits = digits[2:]
    return digits


def find_duplicate_organisations(
    db: Database, name: str | None, org_number: str | None, exclude_id: str | None = None
) -> list[OrganisationMatch]:
    """Live organisations with the same name or the same organisation number, name matches first."""
    found: dict[str, OrganisationMatch] = {}
    key = name_key(name)
    query = fts_query(name or "")  # the index folds case and accents itself
    if key and query:
        rows = db.execute(
            """
            SELECT o.id, o.name, o.org_number, o.municipality FROM organisation AS o
            WHERE o.deleted_at IS NULL
              AND o.seq IN (SELECT rowid FROM organisation_fts WHERE organisation_fts MATCH ?)
            ORDER BY o.name COLLATE NOCASE, o.seq LIMIT 200
            """,
            [query],
        )
        for row in rows:
            if row[0] != exclude_id and name_key(row[1]) == key:
                found[row[0]] = OrganisationMatch(*row, same_name=True, same_number=False)
    digits = org_number_digits(org_number)
    if len(digits) == 10:
        rows = db.execute(
            """
            SELECT o.id, o.name, o.org_number, o.municipality FROM organisation AS o
            WHERE o.deleted_at IS NULL AND o.org_number IS NOT NULL
              AND replace(replace(o.org_number, '-', ''), ' ', '') IN (?, ?)
            ORDER BY o.name COLLATE NOCASE, o.seq
            """,
            [digits, "16" + digits],
        )
        for row in rows:
            if row[0] == exclude_id:
                continue
            same_name = row[0] in found
            found[row[0]] = OrganisationMatch(*row, same_name=same_name, same_number=True)
    return sorted(found.values(), key=lambda match: (not match.same_name, match.name.casefold()))


def find_participants_by_email(
    db: Database, email: str | None, exclude_id: str | None = None
) -> list[ParticipantMatch]:
    """Live participants with this e-mail address (case ignored)."""
    address = (email or "").strip()
    if not address:
        return []
    rows = db.execute(
        """
        SELECT p.id, trim(p.first_name || ' ' || p.last_name), p.email, coalesce(o.name, '')
        FROM participant AS p LEFT JOIN organisation AS o ON o.id = p.organisation_id AND o.deleted_at IS NULL
        WHERE p.deleted_at IS NULL AND p.email = ? COLLATE NOCASE AND p.id IS NOT ?
        ORDER BY p.last_name COLLATE NOCASE, p.seq
        """,
        [address, exclude_id],
    )
    return [ParticipantMatch(*row) for row in rows]


def organisation_choices(db: Database) -> list[OrganisationChoice]:
    """Every live organisation by name, for a pick list with type-ahead."""
    rows = db.execute(
        "SELECT id, name, municipality FROM organisation WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, seq"
    )
    return [OrganisationChoice(*row) for row in rows]


def _check_tag_columns(columns: tuple[str, ...]) -> None:
    unknown = set(columns) - set(TAG_COLUMNS)
    if unknown:
        raise ValueError(f"not a tag column: {', '.join(sorted(unknown))}")


def _column_tags(db: Database, column: str) -> frozenset[str]:
    """The tags in one list column of live participants."""
    # Most people share a few lists ("[]", the same two backgrounds): unpacking each distinct list once
    # instead of every person's is a third faster on 50,000 people.
    rows = db.execute(
        f"SELECT DISTINCT json_each.value FROM (SELECT DISTINCT {column} AS list FROM participant "
        f"WHERE deleted_at IS NULL AND {column} <> '[]') AS p, json_each(p.list)"
    )
    return frozenset(row[0] for row in rows if isinstance(row[0], str) and row[0].strip())


def _alphabetical(values) -> list[str]:
    return sorted(values, key=lambda value: (value.casefold(), value))


def tags_in_use(db: Database, columns: tuple[str, ...] = TAG_COLUMNS) -> list[str]:
    """The distinct tags live participants carry in the given list columns, alphabetically."""
    _check_tag_columns(columns)
    return _alphabetical(frozenset().union(*(_column_tags(db, column) for column in columns)))


def municipalities_in_use(db: Database) -> list[str]:
    rows = db.execute(
        "SELECT DISTINCT municipality FROM organisation WHERE deleted_at IS NULL AND trim(municipality) <> ''"
    )
    return sorted((row[0] for row in rows), key=str.casefold)


class Lookup:
    """The look-ups above, bound to one connection (``store.lookup``)."""

    def __init__(self, db: Database):
        self.db = db
        # Reading the tags scans every participant (a tenth of a second at 50,000 people), and the lists,
        # the forms and the tag bar ask for them often: they are kept until the database changes.
        self._tags: dict[str, frozenset[str]] = {}
        self._tags_read_at: tuple[int, int] | None = None

    def find_duplicate_organisations(
        self, name: str | None, org_number: str | None, exclude_id: str | None = None
    ) -> list[OrganisationMatch]:
        return find_duplicate_organisations(self.db, name, org_number, exclude_id)

    def find_participants_by_email(self, email: str | None, exclude_id: str | None = None) -> list[ParticipantMatch]:
        return find_participants_by_email(self.db, email, exclude_id)

    def organisation_choices(self) -> list[OrganisationChoice]:
        return organisation_choices(self.db)

    def tags_in_use(self, columns: tuple[str, ...] = TAG_COLUMNS) -> list[str]:
        _check_tag_columns(columns)
        moment = self._data_moment()
        if moment != self._tags_read_at:
            self._tags = {}
            self._tags_read_at = moment
        for column in columns:
            if column not in self._tags:
                self._tags[column] = _column_tags(self.db, column)
        return _alphabetical(frozenset().union(*(self._tags[column] for column in columns)))

    def _data_moment(self) -> tuple[int, int]:
        """Changes whenever anything is written: by this connection (its count of changed rows) or by
        another one (``data_version``: a background job's, another program's)."""
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        return version, self.db.conn.total_changes

    def municipalities_in_use(self) -> list[str]:
        return municipalities_in_use(self.db)
