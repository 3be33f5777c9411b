"""Participant summaries: per person, what they took part in — for one person, or for everyone present
at an activity or in a period, in one PDF with each person starting on a new page.

Each summary may be handed to the person it is about or filed with the funder, so it prints that
person's name, organisation and role and nothing about anyone else: no e-mail or phone (not even
their own, which the funder does not need) and no other participant's name.

What counts: present attendances only (see :mod:`aiall_desktop.store.summaries`), hours as the
activity's end minus its start, lunch included (see :mod:`aiall_desktop.domain.summaries`). The
summaries of a period list only that period's activities, so that their totals are the period's; the
summaries of one person or of an activity's participants list all of the person's activities. Cases
and teams carry no date and are always all of them.

People are read ``BATCH`` at a time (a few queries per batch, see ``store.summaries.rows``). Laying the
pages out is the slow part, so ``progress(done, total)`` counts people as their pages are laid out, and
``cancel()`` is asked between flowables (by the template) and between batches: a cancelled build raises
``ReportCancelled`` and leaves no file.

A person whose summary runs over several pages gets their name at the top of every further page,
so that loose printed sheets still say whose they are.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer
from reportlab.platypus.flowables import SetPageTopFlowables

from ..domain.summaries import activity_minutes, totals
from ..store import RecordNotFound
from ..store.summaries import PersonSummary
from .labels import KINDS, STAGES, TEAM_KINDS, label
from .template import (
    ReportCancelled,
    ReportError,
    activity_or_error,
    activity_subtitle,
    build_pdf,
    document_info,
    number,
    para,
    pick,
    styles,
    table,
    usable_width,
)

#: People read per query round; 200 keeps memory flat and the queries few.
BATCH = 200

TEXTS = {
    "title": {"sv": "Deltagarsammanställning", "en": "Participant summary"},
    "subject": {"sv": "Deltagande i projektets aktiviteter", "en": "Participation in the project's activities"},
    "period": {"sv": "Period {start} – {end}", "en": "Period {start} – {end}"},
    "from": {"sv": "från {start}", "en": "from {start}"},
    "until": {"sv": "till {end}", "en": "until {end}"},
    "organisation": {"sv": "Organisation", "en": "Organisation"},
    "role": {"sv": "Roll", "en": "Role"},
    "none": {"sv": "–", "en": "–"},
    "continued": {"sv": "{name} (forts.)", "en": "{name} (continued)"},
    "activities": {"sv": "Aktiviteter", "en": "Activities"},
    "activities_in_period": {"sv": "Aktiviteter under perioden", "en": "Activities in the period"},
    "no_activities": {"sv": "Inga aktiviteter med närvaro.", "en": "No activities attended."},
    "date": {"sv": "Datum", "en": "Date"},
    "time": {"sv": "Tid", "en": "Time"},
    "kind": {"sv": "Typ", "en": "Kind"},
    "activity": {"sv": "Aktivitet", "en": "Activity"},
    "hours": {"sv": "Timmar", "en": "Hours"},
    "cases": {"sv": "Case", "en": "Cases"},
    "no_cases": {"sv": "Inga case.", "en": "No cases."},
    "case": {"sv": "Case", "en": "Case"},
    "stage": {"sv": "Steg", "en": "Stage"},
    "relation": {"sv": "Deltar som", "en": "Taking part as"},
    "owner": {"sv": "Ägare", "en": "Owner"},
    "team_member": {"sv": "Teammedlem", "en": "Team member"},
    "teams": {"sv": "Team och bordsgrupper", "en": "Teams and table groups"},
    "no_teams": {"sv": "Inga team.", "en": "No teams."},
    "team": {"sv": "Namn", "en": "Name"},
    "works_on": {"sv": "Case / aktivitet", "en": "Case / activity"},
    "team_role": {"sv": "Roll i teamet", "en": "Role in the team"},
    "totals": {"sv": "Summa", "en": "Totals"},
    "total_activities": {"sv": "Aktiviteter", "en": "Activities"},
    "total_hours": {"sv": "Timmar", "en": "Hours"},
    "total_cases": {"sv": "Case", "en": "Cases"},
    "total_teams": {"sv": "Team", "en": "Teams"},
    "unknown_times": {"sv": "{n} aktivitet(er) utan läsbar tid räknas inte in i timmarna.",
                      "en": "{n} activit(y/ies) without readable times are not counted in the hours."},
    "hours_rule": {"sv": "Timmar = aktivitetens sluttid minus starttid (lunch ingår).",
                   "en": "Hours = the activity's end time minus its start time (lunch included)."},
}



def hours_text(minutes: int | None, lang: str) -> str:
    """7 / 1,5 / 0,75 (Swedish) — as many decimals as the minutes need, at most two; "–" when unknown."""
    if minutes is None:
        return pick(TEXTS, "none", lang)
    decimals = 0 if minutes % 60 == 0 else 1 if minutes % 6 == 0 else 2
    return number(minutes / 60, lang, decimals)


def _day(value: str | date | None) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


class _Progress(Flowable):
    """Takes no room; tells ``progress`` how many people are laid out when the layout reaches it."""

    def __init__(self, progress: Callable[[int, int], None] | None, done: int, total: int):
        super().__init__()
        self.progress, self.done, self.total = progress, done, total

    def wrap(self, available_width, available_height):
        if self.progress is not None:
            self.progress(self.done, self.total)
            self.progress = None  # once, however often platypus measures it
        return 0, 0

    def draw(self):
        pass


def build_summaries(
    store,
    target: Path | BinaryIO,
    *,
    participant_id: str | None = None,
    activity_id: str | None = None,
    date_from: str | date | None = None,
    date_to: str | date | None = None,
    lang: str = "sv",
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> int:
    """Write the summaries of the selection into one PDF; returns its number of pages.

    ``ReportError`` for an unknown participant or activity, or a selection with nobody in it;
    ``ReportCancelled`` (and no file) when ``cancel()`` says so.
    """
    start, end = _day(date_from), _day(date_to)
    subtitle = _selection(store, participant_id, activity_id, start, end, lang)
    ids = store.summaries.people_for(participant_id=participant_id, activity_id=activity_id,
                                     date_from=start, date_to=end)
    if not ids:
        raise ReportError(_nobody(participant_id, activity_id, start, end))
    info = document_info(store, pick(TEXTS, "title", lang), subtitle=subtitle, lang=lang,
                         subject=pick(TEXTS, "subject", lang))
    lang = info.lang
    in_period = start is not None or end is not None
    width = usable_width(info)
    total = len(ids)
    story: list[Flowable] = []
    for first in range(0, total, BATCH):
        if cancel is not None and cancel():
            raise ReportCancelled()
        for offset, person in enumerate(store.summaries.rows(ids[first:first + BATCH], date_from=start,
                                                             date_to=end)):
            if story:
                story += next_person()
            story.append(_Progress(progress, first + offset, total))
            story += person_story(person, lang, width, in_period=in_period)
    story.append(_Progress(progress, total, total))
    return build_pdf(target, info, story, cancel=cancel)


def next_person() -> list[Flowable]:
    """What goes between two people's summaries: a new page, without the previous person's name on top.

    The name is dropped before the break: once the break is taken, the new page has already been
    given its top flowables."""
    return [SetPageTopFlowables([]), PageBreak()]


def _selection(store, participant_id, activity_id, start, end, lang: str) -> str:
    """The subtitle every page carries: whose, which activity or which period; checks the ids."""
    parts = []
    if participant_id is not None:
        try:
            parts.append(store.participants.get(participant_id).full_name)
        except RecordNotFound:
            raise ReportError(
                f"The participant {participant_id} is not in the register (deleted or never saved).") from None
    if activity_id is not None:
        parts.append(activity_subtitle(activity_or_error(store, activity_id)))
    if start and end:
        parts.append(pick(TEXTS, "period", lang, start=start, end=end))
    elif start:
        parts.append(pick(TEXTS, "from", lang, start=start))
    elif end:
        parts.append(pick(TEXTS, "until", lang, end=end))
    return " · ".join(parts)


def _nobody(participant_id, activity_id, start, end) -> str:
    if start and end and start > end:
        return f"The period {start} – {end} ends before it starts."
    if participant_id is not None:
        return "The participant was not present at any activity in this selection: nothing to print."
    if activity_id is not None:
        return "Nobody is checked in as present at this activity yet: no summaries to print."
    if start or end:
        return "Nobody was present at any activity in this period: no summaries to print."
    return "Nobody has been present at any activity yet: no summaries to print."


def person_story(person: PersonSummary, lang: str, width: float, *, in_period: bool = False) -> list[Flowable]:
    """One person's summary: name, organisation and role, activities, cases, teams and totals."""
    s = styles()
    name = person.full_name
    none = pick(TEXTS, "none", lang)
    sums = totals(person)
    story: list[Flowable] = [
        para(name, s.title),
        # From here on, a further page of this person's starts with their name.
        SetPageTopFlowables([para(pick(TEXTS, "continued", lang, name=name), s.subheading)]),
        _facts([(pick(TEXTS, "organisation", lang), person.organisation or none),
                (pick(TEXTS, "role", lang), person.role or none)], [40 * mm, width - 40 * mm]),
        # The totals come first: what a reader looks for, and short enough never to need a page of their own.
        para(pick(TEXTS, "totals", lang), _section_heading()),
        table([[pick(TEXTS, "total_activities", lang), pick(TEXTS, "total_hours", lang),
                 pick(TEXTS, "total_cases", lang), pick(TEXTS, "total_teams", lang)],
                [number(sums.activities, lang), hours_text(sums.minutes, lang), number(sums.cases, lang),
                 number(sums.teams, lang)]], [30 * mm] * 4),
    ]

    heading = pick(TEXTS, "activities_in_period" if in_period else "activities", lang)
    if person.activities:
        rows: list[list] = [[pick(TEXTS, "date", lang), pick(TEXTS, "time", lang), pick(TEXTS, "kind", lang),
                             pick(TEXTS, "activity", lang), _right(pick(TEXTS, "hours", lang), bold=True)]]
        for activity in person.activities:
            rows.append([activity.date, f"{activity.start_time}–{activity.end_time}",
                         label(KINDS, activity.kind, lang), activity.title,
                         _right(hours_text(activity_minutes(activity.start_time, activity.end_time), lang))])
        story += _section(heading, table(rows, [22 * mm, 23 * mm, 34 * mm, width - 97 * mm, 18 * mm]))
        story.append(Spacer(0, 1.5 * mm))
        if sums.unknown_times:
            story.append(para(pick(TEXTS, "unknown_times", lang, n=sums.unknown_times), s.small))
        story.append(para(pick(TEXTS, "hours_rule", lang), s.small))
    else:
        story += _section(heading, para(pick(TEXTS, "no_activities", lang), s.body))

    heading = pick(TEXTS, "cases", lang)
    if person.cases:
        rows = [[pick(TEXTS, "case", lang), pick(TEXTS, "stage", lang), pick(TEXTS, "relation", lang)]]
        for case in person.cases:
            rows.append([case.title, label(STAGES, case.stage, lang),
                         pick(TEXTS, "owner" if case.relation == "owner" else "team_member", lang)])
        story += _section(heading, table(rows, [width - 90 * mm, 55 * mm, 35 * mm]))
    else:
        story += _section(heading, para(pick(TEXTS, "no_cases", lang), s.body))

    heading = pick(TEXTS, "teams", lang)
    if person.teams:
        rows = [[pick(TEXTS, "team", lang), pick(TEXTS, "kind", lang), pick(TEXTS, "works_on", lang),
                 pick(TEXTS, "team_role", lang)]]
        for team in person.teams:
            context = f"{team.context} ({team.date})" if team.date and team.context else team.context
            rows.append([team.name, label(TEAM_KINDS, team.kind, lang), context, team.role])
        story += _section(heading, table(rows, [52 * mm, 24 * mm, width - 110 * mm, 34 * mm]))
    else:
        story += _section(heading, para(pick(TEXTS, "no_teams", lang), s.body))

    return story


def _facts(pairs: list[tuple[str, object]], widths: list[float]) -> Flowable:
    """A label–value list: labels in bold, no header row."""
    return table([[para(label, styles().cell_bold), value] for label, value in pairs], widths, header=False,
                 zebra=False)


def _section(title: str, content: Flowable) -> list[Flowable]:
    """A heading and its table. Not tied with keepWithNext: platypus would then keep the heading with
    the *whole* table and move a table that could split to the next page, leaving most of a page
    empty. A conditional break keeps the heading from standing alone at a page's foot instead."""
    return [CondPageBreak(_KEEP_WITH_HEADING), para(title, _section_heading()), content]


#: Room for a heading, a table's header row and its first rows; less than this left starts a new page.
_KEEP_WITH_HEADING = 30 * mm


@functools.cache
def _section_heading() -> ParagraphStyle:
    return ParagraphStyle("section_heading", parent=styles().heading, keepWithNext=0)


@functools.cache
def _right_bold() -> ParagraphStyle:
    return ParagraphStyle("cell_right_bold", parent=styles().cell_bold, alignment=TA_RIGHT)


def _right(text: str, *, bold: bool = False) -> Flowable:
    """A number cell: right-aligned so that the hours line up (a header cell in bold)."""
    return para(text, _right_bold() if bold else styles().cell_right)
