"""The rows the funder's indicators are computed from (``store.indicators``).

The present people per activity come from :meth:`Groups.activities_between`, the very query the
dashboard reads, so that the report and the window cannot disagree on who was there. Around it three
small queries: the activities' kind and title, the organisations of the people present, and the live
cases with the date of their origin activity. Which rows count is decided by
:mod:`aiall_desktop.domain.indicators`, not here.
"""

from __future__ import annotations

import json
from datetime import date

from sqlite_utils import Database

from ..domain.indicators import ActivityRow, CaseRow, OrganisationRow, PeriodRows
from .groups import Groups
from .settings import Settings


def _day(value: str | date) -> str:
    return value.isoformat() if isinstance(value, date) else value


class IndicatorRows:
    def __init__(self, db: Database):
        self.db = db
        self._groups = Groups(db)
        self._settings = Settings(db)

    def rows(self, date_from: str | date, date_to: str | date) -> PeriodRows:
        """Everything the indicators of ``date_from``..``date_to`` (both included) need."""
        start, end = _day(date_from), _day(date_to)
        # One read transaction: the queries see one state of the file even if another window writes between them.
        with self.db.atomic():
            return self._rows(start, end)

    def _rows(self, start: str, end: str) -> PeriodRows:
        groups = self._groups.activities_between(start, end)
        details = {
            activity_id: (kind, title, start_time)
            for activity_id, kind, title, start_time in self.db.execute(
                """
                SELECT id, kind, title, start_time FROM activity
                WHERE deleted_at IS NULL AND date BETWEEN ? AND ?
                """,
                [start, end],
            )
        }
        activities = []
        for group in groups:
            kind, title, start_time = details[group.activity_id]
            activities.append(ActivityRow(group.activity_id, group.date, kind, title, group.people, start_time))
        organisation_ids = {person.organisation_id for group in groups for person in group.people
                            if person.organisation_id}
        areas = self._settings.get("areas")
        return PeriodRows(
            date_from=start,
            date_to=end,
            activities=activities,
            organisations=self._organisations(organisation_ids),
            cases=self._cases(start, end),
            minimum=self._settings.get("women_minimum"),
            areas=[str(area) for area in areas] if isinstance(areas, list) else [],
        )

    def _organisations(self, ids: set[str]) -> dict[str, OrganisationRow]:
        # One JSON parameter rather than one "?" per id: SQLite caps the number of parameters.
        return {
            row[0]: OrganisationRow(*row)
            for row in self.db.execute(
                """
                SELECT o.id, o.name, o.sector, o.size_class, o.org_number
                FROM json_each(?) AS wanted
                JOIN organisation AS o ON o.id = wanted.value AND o.deleted_at IS NULL
                """,
                [json.dumps(sorted(ids))],
            )
        }

    def _cases(self, start: str, end: str) -> list[CaseRow]:
        """The live cases that may belong to the period; the origin date only when the origin activity is live.

        A case without a live origin activity belongs to the local date it was entered on: those entered
        a day either side of the period (in UTC) are read too, and the domain decides in local time.
        """
        wide_start = _shifted(start, -1)
        wide_end = _shifted(end, 2)
        decoded: dict[str, tuple[str, ...]] = {}  # most cases share a handful of area lists
        cases = []
        for case_id, title, stage, areas, origin_id, origin_date, created_at in self.db.execute(
            """
            SELECT c.id, c.title, c.stage, c.areas, c.origin_activity_id, a.date, c.created_at
            FROM ai_case AS c
            LEFT JOIN activity AS a ON a.id = c.origin_activity_id AND a.deleted_at IS NULL
            WHERE c.deleted_at IS NULL
              AND (a.date BETWEEN ? AND ? OR (a.date IS NULL AND c.created_at BETWEEN ? AND ?))
            """,
            [start, end, wide_start, wide_end],
        ):
            codes = decoded.get(areas)
            if codes is None:
                codes = decoded[areas] = tuple(json.loads(areas))
            cases.append(CaseRow(case_id, title, stage, codes, origin_id, origin_date, created_at))
        return cases


def _shifted(day: str, days: int) -> str:
    """``day`` moved by ``days``, held at the ends of the calendar (a period may run to 9999-12-31)."""
    moved = date.fromisoformat(day).toordinal() + days
    return date.fromordinal(min(max(moved, date.min.toordinal()), date.max.toordinal())).isoformat()
