"""The facilitator's run sheet: every agenda block with its method, lead, materials and notes, the
planned times, and — once the session has run — the actual times and how far they were off.

Landscape, because a facilitator reads it on a table beside the laptop, and the notes need width.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from ..domain.agenda import ScheduledItem, parse_time, schedule
from ..store.clock import parse_utc
from .template import (
    ReportError,
    activity_or_error,
    activity_subtitle,
    build_pdf,
    document_info,
    para,
    pick,
    styles,
    table,
    usable_width,
)

TEXTS = {
    "title": {"sv": "Körschema för facilitatorer", "en": "Facilitator run sheet"},
    "subject": {"sv": "Programmet med metoder, ansvar och tider", "en": "The agenda with methods, leads and times"},
    "date": {"sv": "Datum", "en": "Date"},
    "time": {"sv": "Tid", "en": "Time"},
    "place": {"sv": "Plats", "en": "Place"},
    "facilitators": {"sv": "Facilitatorer", "en": "Facilitators"},
    "goal": {"sv": "Mål", "en": "Goal"},
    "plan": {"sv": "Program", "en": "Agenda"},
    "plan_fits": {"sv": "{total} min planerat av {available} min.",
                  "en": "{total} min planned of {available} min."},
    "plan_over": {"sv": "{total} min planerat av {available} min: programmet drar över med {over} min.",
                  "en": "{total} min planned of {available} min: the agenda runs {over} min over."},
    "planned": {"sv": "Planerat", "en": "Planned"},
    "minutes": {"sv": "Min", "en": "Min"},
    "block": {"sv": "Punkt och arbetsform", "en": "Item and method"},
    "lead": {"sv": "Ansvarig", "en": "Lead"},
    "materials": {"sv": "Material", "en": "Materials"},
    "notes": {"sv": "Anteckningar", "en": "Notes"},
    "actual": {"sv": "Faktiskt", "en": "Actual"},
    "difference": {"sv": "Avvikelse", "en": "Difference"},
    "start_diff": {"sv": "start {value}", "en": "start {value}"},
    "length_diff": {"sv": "längd {value}", "en": "length {value}"},
    "on_time": {"sv": "i tid", "en": "on time"},
    "running": {"sv": "pågår", "en": "running"},
}

_HALF_DAY = 12 * 60


def build_runsheet(store, target: Path | BinaryIO, *, lang: str = "sv", activity_id: str,
                   cancel: Callable[[], bool] | None = None) -> int:
    """Write the run sheet of one activity; ``ReportError`` for an unknown activity or an empty agenda."""
    activity = activity_or_error(store, activity_id)
    items = store.agenda_items.list({"activity_id": activity.id}, order_by="position")
    planned = schedule(activity, items)
    if planned.is_empty:
        raise ReportError(f"“{activity.title}” has no agenda yet: there is no run sheet to print.")
    info = document_info(store, pick(TEXTS, "title", lang), subtitle=activity_subtitle(activity), lang=lang,
                         subject=pick(TEXTS, "subject", lang), landscape=True)
    lang = info.lang
    s = styles()
    width = usable_width(info)

    story: list = [para(activity.title, s.title), _facts(activity, lang, width)]
    if planned.planned_minutes is not None:
        key = "plan_over" if planned.runs_over else "plan_fits"
        summary = ParagraphStyle("summary", parent=s.body, spaceBefore=4)
        story.append(para(pick(TEXTS, key, lang, total=planned.total_minutes, available=planned.planned_minutes,
                               over=planned.overrun_minutes), summary))

    title_style = ParagraphStyle("block_title", parent=s.cell_bold)
    rows: list[list] = [[pick(TEXTS, key, lang) for key in
                         ("planned", "minutes", "block", "lead", "materials", "notes", "actual", "difference")]]
    for block in planned.items:
        item = block.item
        what = [para(item.title, title_style)]
        if item.method:
            what.append(para(item.method, s.cell))
        rows.append([
            f"{block.start}–{block.end}" if block.start else "",
            str(block.minutes),
            what,
            item.lead,
            item.materials,
            item.notes,
            _actual(item.actual_start, item.actual_end),
            "\n".join(_differences(block, lang)),
        ])
    fixed = [24 * mm, 11 * mm, 0, 30 * mm, 38 * mm, 0, 24 * mm, 30 * mm]
    free = width - sum(fixed)
    widths = [w or free / 2 for w in fixed]
    story += [para(pick(TEXTS, "plan", lang), s.heading), table(rows, widths)]
    return build_pdf(target, info, story, cancel)


def _facts(activity, lang: str, width: float) -> Table:
    s = styles()
    facts = [("date", activity.date), ("time", f"{activity.start_time}–{activity.end_time}"),
             ("place", activity.place), ("facilitators", activity.facilitators), ("goal", activity.goal)]
    rows = [[para(pick(TEXTS, key, lang), s.cell_bold), para(value, s.cell)] for key, value in facts if value]
    result = Table(rows, colWidths=[30 * mm, width - 30 * mm], hAlign="LEFT")
    result.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return result


def _local_minutes(utc_text: str | None) -> tuple[int, object] | None:
    """Minutes after local midnight and the local moment, or ``None`` when the time is missing or unreadable."""
    if not utc_text:
        return None
    try:
        moment = parse_utc(utc_text).astimezone()
    except (TypeError, ValueError):
        return None
    return moment.hour * 60 + moment.minute, moment


def _clock(utc_text: str | None) -> str:
    local = _local_minutes(utc_text)
    return local[1].strftime("%H:%M") if local else ""


def _actual(start: str | None, end: str | None) -> str:
    if not start and not end:
        return ""
    return f"{_clock(start)}–{_clock(end)}"


def signed(minutes: int, lang: str) -> str:
    """ "+4 min" / "−3 min" (a real minus sign, so it is not read as a dash)."""
    if minutes == 0:
        return pick(TEXTS, "on_time", lang)
    return f"{'+' if minutes > 0 else '−'}{abs(minutes)} min"


def _differences(block: ScheduledItem, lang: str) -> list[str]:
    """How the block's actual start and length differ from the plan, in whole minutes."""
    start = _local_minutes(block.item.actual_start)
    if start is None:
        return []
    lines = []
    planned_start = parse_time(block.start)
    if planned_start is not None:
        # Time of day only: a run recorded around midnight must not come out a day late.
        late = (start[0] - planned_start + _HALF_DAY) % (2 * _HALF_DAY) - _HALF_DAY
        lines.append(pick(TEXTS, "start_diff", lang, value=signed(late, lang)))
    end = _local_minutes(block.item.actual_end)
    if end is None:
        lines.append(pick(TEXTS, "running", lang))
    else:
        length = round((end[1] - start[1]).total_seconds() / 60)
        lines.append(pick(TEXTS, "length_diff", lang, value=signed(length - block.minutes, lang)))
    return lines
