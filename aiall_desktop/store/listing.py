"""The lists the window shows: filtered, searched, sorted and paged in SQL.

At ten years of data a list holds tens of thousands of rows, so the window never loads a whole
table: it asks for a count and then for pages in the order the user chose. Search uses the FTS5
word-prefix indexes made in ``schema.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from .errors import InvalidRecord
from .search import fts_query


@dataclass(frozen=True)
class Column:
    key: str
    expr: str
    #: The ORDER BY expression; names sort without regard to case.
    sort: str | None = None

    @property
    def order_expr(self) -> str:
        return self.sort or self.expr


@dataclass(frozen=True)
class MemberFilter:
    """A filter on membership in JSON lists of tags: a record passes when any of ``lists`` holds the value."""

    key: str
    lists: tuple[str, ...]  # expressions giving JSON array text, e.g. ``p.tags``

    def clause(self) -> tuple[str, int]:
        """The SQL condition and how many times the value is bound in it."""
        tests = [f"EXISTS (SELECT 1 FROM json_each({expr}) WHERE json_each.value = ?)" for expr in self.lists]
        return "(" + " OR ".join(tests) + ")", len(tests)


@dataclass(frozen=True)
class ListSpec:
    """What one section's list shows and how it reads it."""

    name: str
    table: str
    alias: str  # the table's alias in ``source``
    source: str
    columns: tuple[Column, ...]
    default_order: tuple[str, bool]  # column key, descending
    #: Filters beyond a column's equality, by their key.
    members: tuple[MemberFilter, ...] = ()

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise InvalidRecord(self.name, key, "is not a column of this list")

    def member_filter(self, key: str) -> MemberFilter | None:
        return next((member for member in self.members if member.key == key), None)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)

    @property
    def base(self) -> str:
        """The list's own table without the joins of ``source``."""
        return f"{self.table} AS {self.alias}"

    def reads_only_base(self, filters: Mapping[str, Any] | None) -> bool:
        """Whether these filters read nothing but the list's own table (the search always does)."""
        own = re.compile(rf"{re.escape(self.alias)}\.\w+")
        for key in filters or {}:
            member = self.member_filter(key)
            exprs = member.lists if member is not None else (self.column(key).expr,)
            if not all(own.fullmatch(expr) for expr in exprs):
                return False
        return True


def _nocase(expr: str) -> str:
    return f"{expr} COLLATE NOCASE"


ORGANISATIONS = ListSpec(
    name="organisations",
    table="organisation",
    alias="o",
    source="organisation AS o",
    columns=(
        Column("name", "o.name", _nocase("o.name")),
        Column("org_number", "o.org_number"),
        Column("sector", "o.sector"),
        Column("size_class", "o.size_class"),
        Column("municipality", "o.municipality", _nocase("o.municipality")),
        Column(
            "people",
            "(SELECT count(*) FROM participant AS p WHERE p.organisation_id = o.id AND p.deleted_at IS NULL)",
        ),
    ),
    default_order=("name", False),
    members=(MemberFilter("area", ("o.areas",)),),
)

PARTICIPANTS = ListSpec(
    name="participants",
    table="participant",
    alias="p",
    # A deleted organisation is not named: the list shows the register as it stands.
    source="participant AS p LEFT JOIN organisation AS org ON org.id = p.organisation_id AND org.deleted_at IS NULL",
    columns=(
        Column("last_name", "p.last_name", _nocase("p.last_name")),
        Column("first_name", "p.first_name", _nocase("p.first_name")),
        Column("organisation", "org.name", _nocase("org.name")),
        Column("role", "p.role", _nocase("p.role")),
        Column("email", "p.email", _nocase("p.email")),
        Column("gender", "p.gender"),
    ),
    default_order=("last_name", False),
    members=(
        # Any tag of a person: background, competence or free tag.
        MemberFilter("tag", ("p.backgrounds", "p.competences", "p.tags")),
        MemberFilter("backgrounds", ("p.backgrounds",)),
        MemberFilter("competences", ("p.competences",)),
        MemberFilter("tags", ("p.tags",)),
    ),
)

# The women among the people present, counted as the diversity figures count them: deleted participants
# are left out, unstated genders stay in the denominator.
#
# Shown: JSON ``[women, present, not stated]`` (NULL when nobody is present), by a join to each person,
# which is cheapest for the page of rows the window asks for.
_PRESENT_GENDERS = (
    "(SELECT CASE WHEN count(*) > 0 THEN json_array(sum(p.gender = 'woman'), count(*), "
    "sum(p.gender = 'not_stated')) END "
    "FROM attendance AS t JOIN participant AS p ON p.id = t.participant_id AND p.deleted_at IS NULL "
    "WHERE t.activity_id = a.id AND t.status = 'present' AND t.deleted_at IS NULL)"
)
# Sorted: the share (NULL when nobody is present, first in ascending order). A sort reads every activity,
# so the people are looked up in lists of ids that SQLite builds once per query instead: three times
# faster than the join at 250,000 attendance rows. No commas: ``ListQuery._order`` splits at them.
_WOMEN_SHARE = (
    "(SELECT 1.0 * sum(t.participant_id IN (SELECT w.id FROM participant AS w WHERE w.gender = 'woman' "
    "AND w.deleted_at IS NULL)) / count(*) "
    "FROM attendance AS t WHERE t.activity_id = a.id AND t.status = 'present' AND t.deleted_at IS NULL "
    "AND t.participant_id NOT IN (SELECT d.id FROM participant AS d WHERE d.deleted_at IS NOT NULL))"
)

ACTIVITIES = ListSpec(
    name="activities",
    table="activity",
    alias="a",
    source="activity AS a",
    columns=(
        Column("date", "a.date", "a.date, a.start_time"),
        Column("start_time", "a.start_time"),
        Column("kind", "a.kind"),
        Column("title", "a.title", _nocase("a.title")),
        Column("place", "a.place", _nocase("a.place")),
        Column(
            "present",
            "(SELECT count(*) FROM attendance AS t WHERE t.activity_id = a.id AND t.status = 'present' "
            "AND t.deleted_at IS NULL)",
        ),
        # The window works out the share and the verdict (with the register's minimum) from the counts.
        Column("women", _PRESENT_GENDERS, _WOMEN_SHARE),
    ),
    default_order=("date", True),
)

CASES = ListSpec(
    name="cases",
    table="ai_case",
    alias="c",
    source="ai_case AS c LEFT JOIN activity AS origin ON origin.id = c.origin_activity_id "
           "AND origin.deleted_at IS NULL",
    columns=(
        Column("title", "c.title", _nocase("c.title")),
        # The pipeline's order, not the alphabet's: identified first, implemented last, parked after.
        Column(
            "stage",
            "c.stage",
            "CASE c.stage WHEN 'identified' THEN 0 WHEN 'prioritised' THEN 1 WHEN 'in_development' THEN 2 "
            "WHEN 'innovation' THEN 3 WHEN 'implemented' THEN 4 WHEN 'parked' THEN 5 ELSE 6 END",
        ),
        Column("areas", "c.areas", "json_array_length(c.areas)"),
        Column("value_score", "c.value_score"),
        Column("feasibility_score", "c.feasibility_score"),
        Column("votes", "c.votes"),
        Column("origin", "origin.title", _nocase("origin.title")),
    ),
    default_order=("title", False),
    members=(MemberFilter("area", ("c.areas",)),),
)

LISTS: dict[str, ListSpec] = {spec.name: spec for spec in (ORGANISATIONS, PARTICIPANTS, ACTIVITIES, CASES)}


class ListQuery:
    """A list bound to a database connection."""

    def __init__(self, db: Database, spec: ListSpec):
        self.db = db
        self.spec = spec

    def _where(self, search: str, filters: Mapping[str, Any] | None) -> tuple[str, list[Any]]:
        """``filters``: a column key and the value it must equal (``None``: no value), or a member filter's
        key (``tag``, ``area``…) and the value its JSON lists must hold."""
        alias = self.spec.alias
        clauses = [f"{alias}.deleted_at IS NULL"]
        params: list[Any] = []
        query = fts_query(search)
        if query is not None:
            clauses.append(
                f"{alias}.seq IN (SELECT rowid FROM {self.spec.table}_fts WHERE {self.spec.table}_fts MATCH ?)"
            )
            params.append(query)
        for key, value in (filters or {}).items():
            member = self.spec.member_filter(key)
            if member is not None:
                clause, times = member.clause()
                clauses.append(clause)
                params.extend([value] * times)
            elif value is None:
                clauses.append(f"{self.spec.column(key).expr} IS NULL")
            else:
                clauses.append(f"{self.spec.column(key).expr} = ?")
                params.append(value)
        return " WHERE " + " AND ".join(clauses), params

    def count(self, search: str = "", filters: Mapping[str, Any] | None = None) -> int:
        where, params = self._where(search, filters)
        # The joins of ``source`` are LEFT JOINs on a unique id: they never change how many rows there are,
        # and joining every participant to their organisation only to count them doubled the time.
        source = self.spec.base if self.spec.reads_only_base(filters) else self.spec.source
        return self.db.execute(f"SELECT count(*) FROM {source}{where}", params).fetchone()[0]

    def rows(
        self,
        search: str = "",
        *,
        order_by: str | None = None,
        descending: bool | None = None,
        offset: int = 0,
        limit: int = 200,
        filters: Mapping[str, Any] | None = None,
    ) -> list[tuple[Any, ...]]:
        """Rows as tuples: the record's id first, then one value per column in ``spec.columns`` order.

        The page is chosen first (sorting only on the sort column), and the columns are worked out for
        that page's rows only: counted columns (present, women) cost a sub-query per row, and paying it for
        every activity of ten years before taking 200 made each sort take a visible moment.
        """
        alias = self.spec.alias
        where, params = self._where(search, filters)
        select = ", ".join(c.expr for c in self.spec.columns)
        order = self._order(order_by, descending)
        sql = (
            f"SELECT {alias}.id, {select} FROM {self.spec.source} WHERE {alias}.seq IN "
            f"(SELECT {alias}.seq FROM {self.spec.source}{where} ORDER BY {order} LIMIT ? OFFSET ?) "
            f"ORDER BY {order}"
        )
        return self.db.execute(sql, [*params, int(limit), int(offset)]).fetchall()

    def ids(
        self,
        search: str = "",
        *,
        order_by: str | None = None,
        descending: bool | None = None,
        filters: Mapping[str, Any] | None = None,
    ) -> list[str]:
        """The ids of every matching record, in the order :meth:`rows` pages them (for an export).

        One query without the columns: paging through tens of thousands of rows sorts them anew for
        every page, and the counted columns (``people``, ``present``) cost a sub-query per row.
        """
        where, params = self._where(search, filters)
        sql = (
            f"SELECT {self.spec.alias}.id FROM {self.spec.source}{where} "
            f"ORDER BY {self._order(order_by, descending)}"
        )
        return [row[0] for row in self.db.execute(sql, params)]

    def _order(self, order_by: str | None, descending: bool | None) -> str:
        """The ORDER BY terms; ``seq`` last, so that equal values keep one order from page to page."""
        key, default_desc = self.spec.default_order
        desc = default_desc if descending is None else descending
        direction = " DESC" if desc else ""
        column = self.spec.column(order_by or key)
        order = ", ".join(part.strip() + direction for part in column.order_expr.split(","))
        return f"{order}, {self.spec.alias}.seq"
