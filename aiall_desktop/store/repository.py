"""One typed API per record kind: create, get, update, soft delete, restore, list.

Each call is one transaction, committed before it returns: there is no "Save" to forget, and a power
cut loses at most the edit in flight.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import types
import typing
import uuid
from collections.abc import Iterable, Iterator, Mapping
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlite_utils import Database

from ..records import (
    Activity,
    ActivityTemplate,
    AgendaItem,
    Attendance,
    Case,
    CaseStageChange,
    Organisation,
    Participant,
    Record,
    Team,
    TeamMember,
)
from .clock import utc_now
from .errors import InvalidRecord, RecordNotFound, UnreadableRecord
from .sharing import Stamp, later_than, stamp

R = TypeVar("R", bound=Record)

_BASE_FIELDS = {f.name for f in dataclasses.fields(Record)}


@dataclasses.dataclass(frozen=True)
class _FieldCodec:
    """How one dataclass field travels to and from its SQLite column."""

    name: str
    kind: str  # "json", "bool", "enum", "plain"
    enum: type[StrEnum] | None
    optional: bool

    def to_sql(self, value: Any) -> Any:
        if value is None:
            return None
        if self.kind == "json":
            return json.dumps(list(value), ensure_ascii=False)
        if self.kind == "bool":
            return 1 if value else 0
        if self.kind == "enum":
            return self.enum(value).value  # type: ignore[misc]
        return value

    def from_sql(self, value: Any) -> Any:
        if value is None:
            return None
        if self.kind == "json":
            return json.loads(value)
        if self.kind == "bool":
            return bool(value)
        if self.kind == "enum":
            return self.enum(value)  # type: ignore[misc]
        return value


def _codec(name: str, hint: Any) -> _FieldCodec:
    args = typing.get_args(hint)
    optional = isinstance(hint, types.UnionType) and type(None) in args
    base = next((a for a in args if a is not type(None)), hint) if optional else hint
    origin = typing.get_origin(base)
    if origin is list:
        return _FieldCodec(name, "json", None, optional)
    if base is bool:
        return _FieldCodec(name, "bool", None, optional)
    if isinstance(base, type) and issubclass(base, StrEnum):
        return _FieldCodec(name, "enum", base, optional)
    return _FieldCodec(name, "plain", None, optional)


class Repository(Generic[R]):
    """The API for one record kind, bound to one database connection."""

    def __init__(self, db: Database, table: str, record_type: type[R], default_order: str):
        self.db = db
        self.table = table
        self.record_type = record_type
        self.kind = record_type.__name__.lower()
        self.default_order = default_order
        hints = typing.get_type_hints(record_type)
        self._codecs = {f.name: _codec(f.name, hints[f.name]) for f in dataclasses.fields(record_type)}
        self._columns = list(self._codecs)
        # Name the columns rather than SELECT *, so that rows come in the dataclass's field order.
        self._select = ", ".join(self._columns)

    # -- conversion ------------------------------------------------------------------------------

    def to_row(self, record: R) -> dict[str, Any]:
        return {name: codec.to_sql(getattr(record, name)) for name, codec in self._codecs.items()}

    def from_row(self, row: Mapping[str, Any]) -> R:
        values = {}
        for name in self._columns:
            try:
                values[name] = self._codecs[name].from_sql(row[name])
            except (ValueError, TypeError) as error:  # bad JSON, an unknown code word: damage in the row
                raise UnreadableRecord(self.kind, name, type(error).__name__) from error
        return self.record_type(**values)

    def _read(self, sql: str, params: Iterable[Any] = ()) -> Iterator[R]:
        """The records a SELECT of ``self._select`` gives; damaged text is reported, not crashed on."""
        cursor = self.db.execute(sql, list(params))
        while True:
            try:
                row = cursor.fetchone()
            except sqlite3.OperationalError as error:
                if "decode" not in str(error).lower():
                    raise
                raise UnreadableRecord(self.kind, None, "text that is not UTF-8") from error
            if row is None:
                return
            yield self._from_cursor_row(row)

    def _check(self, record: R) -> None:
        """Rules every record of this kind must keep, whoever writes it."""
        for name, codec in self._codecs.items():
            value = getattr(record, name)
            if value is None:
                if not codec.optional and name not in _BASE_FIELDS:
                    raise InvalidRecord(self.kind, name, "is required")
                continue
            if codec.kind == "enum":
                try:
                    codec.enum(value)  # type: ignore[misc]
                except ValueError:
                    allowed = ", ".join(m.value for m in codec.enum)  # type: ignore[union-attr]
                    raise InvalidRecord(self.kind, name, f"{value!r} is not one of {allowed}") from None
            elif codec.kind == "json":
                if isinstance(value, str) or not isinstance(value, Iterable):
                    raise InvalidRecord(self.kind, name, "must be a list")

    # -- the API ---------------------------------------------------------------------------------

    def create(self, record: R) -> R:
        """Store a new record; fills in ``id`` (unless given) and the timestamps."""
        now = utc_now()
        record = dataclasses.replace(
            record,
            id=record.id or str(uuid.uuid4()),
            created_at=record.created_at or now,
            updated_at=now,
        )
        self._check(record)
        with self.db.atomic():
            mark = stamp(self.db)  # who wrote it, for merging with other laptops (store/sharing.py)
            self.db[self.table].insert(
                self.to_row(record) | {"changed_in": mark.database_id, "change_seq": mark.seq, "vv": mark.new_vv()}
            )
        return record

    def create_many(self, records: Iterable[R], batch_size: int = 1000) -> int:
        """Store many new records in one transaction (imports, demo data). Returns how many.

        Each record gets the same checks and defaults as :meth:`create`. Rows go in ``batch_size`` at a
        time (fewer if SQLite's limit on parameters says so), one multi-row INSERT per batch: the search
        index triggers flush their work once per statement, so a statement per row would cost several
        times more for the tables with a search index.
        """
        now = utc_now()
        columns = self._columns
        # Plain fields go to SQLite as they are; the others through their codec (JSON, enum, bool).
        converters = [
            (name, None if codec.kind == "plain" else codec.to_sql) for name, codec in self._codecs.items()
        ]
        id_at, created_at, updated_at = (columns.index(name) for name in ("id", "created_at", "updated_at"))
        limit = self.db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        stamped = (*columns, "changed_in", "change_seq", "vv")  # one write stamp for the whole batch
        per_statement = max(1, min(batch_size, limit // len(stamped)))
        names = ", ".join(f'"{name}"' for name in stamped)
        one_row = f"({', '.join('?' for _ in stamped)})"

        def insert(values: list[Any], rows: int) -> None:
            # Full batches share one SQL text, so SQLite compiles that statement once.
            self.db.execute(f'INSERT INTO "{self.table}" ({names}) VALUES {", ".join([one_row] * rows)}', values)

        count = 0
        pending: list[Any] = []
        with self.db.atomic():
            mark = stamp(self.db)
            marks = [mark.database_id, mark.seq, mark.new_vv()]
            for record in records:
                self._check(record)
                row = [
                    getattr(record, name) if convert is None else convert(getattr(record, name))
                    for name, convert in converters
                ]
                row[id_at] = record.id or str(uuid.uuid4())
                row[created_at] = record.created_at or now
                row[updated_at] = record.updated_at or now
                pending += row
                pending += marks
                count += 1
                if count % per_statement == 0:
                    insert(pending, per_statement)
                    pending = []
            if pending:
                insert(pending, count % per_statement)
        return count

    def get(self, record_id: str, *, include_deleted: bool = False) -> R:
        sql = f"SELECT {self._select} FROM {self.table} WHERE id = ?"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        record = next(self._read(sql, [record_id]), None)
        if record is None:
            raise RecordNotFound(self.kind, record_id)
        return record

    def get_many(self, record_ids: Iterable[str], *, include_deleted: bool = False) -> dict[str, R]:
        """The records with these ids that exist, by id (in batches, so any number of ids works)."""
        ids = list(dict.fromkeys(record_ids))
        found: dict[str, R] = {}
        batch = max(1, self.db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) - 1)
        live = "" if include_deleted else " AND deleted_at IS NULL"
        for start in range(0, len(ids), batch):
            chunk = ids[start:start + batch]
            sql = f"SELECT {self._select} FROM {self.table} WHERE id IN ({', '.join('?' * len(chunk))}){live}"
            for record in self._read(sql, chunk):
                found[record.id] = record
        return found

    def update(self, record_id: str, **changes: Any) -> R:
        """Change some fields of a record; returns the record as stored."""
        unknown = set(changes) - set(self._columns) | (set(changes) & _BASE_FIELDS)
        if unknown:
            raise InvalidRecord(self.kind, ", ".join(sorted(unknown)), "cannot be changed this way")
        with self.db.atomic():
            current = self.get(record_id)
            updated = dataclasses.replace(current, **changes, updated_at=later_than(current.updated_at))
            self._check(updated)
            self._write(record_id, {name: self._codecs[name].to_sql(getattr(updated, name)) for name in changes}
                        | {"updated_at": updated.updated_at})
        return updated

    def update_many(self, changes: Mapping[str, Mapping[str, Any]]) -> int:
        """Change fields of many records in one transaction: ``{id: {field: value}}``. Returns how many.

        Every record gets the checks of :meth:`update`; one missing or invalid record leaves them all
        unchanged. Records changing the same fields share one prepared statement.
        """
        for fields in changes.values():
            unknown = set(fields) - set(self._columns) | (set(fields) & _BASE_FIELDS)
            if unknown:
                raise InvalidRecord(self.kind, ", ".join(sorted(unknown)), "cannot be changed this way")
        with self.db.atomic():
            mark = stamp(self.db)
            current = self.get_many(changes)
            missing = [record_id for record_id in changes if record_id not in current]
            if missing:
                raise RecordNotFound(self.kind, missing[0])
            by_fields: dict[tuple[str, ...], list[list[Any]]] = {}
            for record_id, fields in changes.items():
                now = later_than(current[record_id].updated_at)
                updated = dataclasses.replace(current[record_id], **fields, updated_at=now)
                self._check(updated)
                names = tuple(fields)
                values = [self._codecs[name].to_sql(getattr(updated, name)) for name in names]
                by_fields.setdefault(names, []).append([*values, now, *mark.params(), record_id])
            for names, rows in by_fields.items():
                assignments = ", ".join(f"{name} = ?" for name in (*names, "updated_at")) + ", " + Stamp.SQL
                self.db.conn.executemany(f"UPDATE {self.table} SET {assignments} WHERE id = ?", rows)
        return len(changes)

    def delete(self, record_id: str) -> R:
        """Soft delete: the record stays as a tombstone so that the deletion can travel and be undone."""
        with self.db.atomic():
            current = self.get(record_id)
            now = later_than(current.updated_at)
            self._write(record_id, {"deleted_at": now, "updated_at": now})
        return dataclasses.replace(current, deleted_at=now, updated_at=now)

    def restore(self, record_id: str) -> R:
        """Undo a soft delete."""
        with self.db.atomic():
            current = self.get(record_id, include_deleted=True)
            now = later_than(current.updated_at)
            self._write(record_id, {"deleted_at": None, "updated_at": now})
        return dataclasses.replace(current, deleted_at=None, updated_at=now)

    def list(
        self,
        where: Mapping[str, Any] | None = None,
        *,
        order_by: str | None = None,
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
        include_deleted: bool = False,
    ) -> list[R]:
        """Records whose fields equal the values in ``where``, ordered by a field name."""
        clauses, params = self._where(where, include_deleted)
        order = order_by or self.default_order
        if order not in self._codecs:
            raise InvalidRecord(self.kind, order, "is not a field to order by")
        sql = f"SELECT {self._select} FROM {self.table}{clauses} ORDER BY {order} COLLATE NOCASE"
        sql += " DESC" if descending else ""
        sql += ", seq"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return list(self._read(sql, params))

    def count(self, where: Mapping[str, Any] | None = None, *, include_deleted: bool = False) -> int:
        clauses, params = self._where(where, include_deleted)
        return self.db.execute(f"SELECT count(*) FROM {self.table}{clauses}", params).fetchone()[0]

    # -- helpers ---------------------------------------------------------------------------------

    def _where(self, where: Mapping[str, Any] | None, include_deleted: bool) -> tuple[str, list[Any]]:
        clauses: list[str] = [] if include_deleted else ["deleted_at IS NULL"]
        params: list[Any] = []
        for name, value in (where or {}).items():
            codec = self._codecs.get(name)
            if codec is None:
                raise InvalidRecord(self.kind, name, "is not a field to filter on")
            if value is None:
                clauses.append(f"{name} IS NULL")
            else:
                clauses.append(f"{name} = ?")
                params.append(codec.to_sql(value))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _write(self, record_id: str, values: Mapping[str, Any]) -> None:
        assignments = ", ".join(f"{name} = ?" for name in values) + ", " + Stamp.SQL
        self.db.execute(
            f"UPDATE {self.table} SET {assignments} WHERE id = ?", [*values.values(), *stamp(self.db).params(), record_id]
        )

    def _from_cursor_row(self, row: tuple) -> R:
        return self.from_row(dict(zip(self._columns, row)))


def repositories(db: Database) -> dict[str, Repository[Any]]:
    """Every record kind's repository, by its attribute name on :class:`Store`."""
    return {
        "organisations": Repository(db, "organisation", Organisation, "name"),
        "participants": Repository(db, "participant", Participant, "last_name"),
        "activities": Repository(db, "activity", Activity, "date"),
        "agenda_items": Repository(db, "agenda_item", AgendaItem, "position"),
        "attendance": Repository(db, "attendance", Attendance, "created_at"),
        "cases": Repository(db, "ai_case", Case, "title"),
        "teams": Repository(db, "team", Team, "position"),
        "team_members": Repository(db, "team_member", TeamMember, "created_at"),
        "case_history": Repository(db, "case_stage_change", CaseStageChange, "changed_at"),
        "templates": Repository(db, "activity_template", ActivityTemplate, "name"),
    }
