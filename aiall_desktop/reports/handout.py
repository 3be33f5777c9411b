"""The session handout participants get at the door: when and where, the goal, the agenda with its
times, the cases to discuss and who sits at which table.

It goes to everyone in the room, so it names people but never prints anyone's e-mail or phone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from ..domain.agenda import schedule
from ..domain.cases import intersection_mark
from ..records import TeamKind
from .labels import area_label
from .template import (
    RULE,
    ZEBRA_FILL,
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
    "title": {"sv": "Sessionsunderlag", "en": "Session handout"},
    "subject": {"sv": "Underlag för deltagarna", "en": "Handout for the participants"},
    "when": {"sv": "Datum", "en": "Date"},
    "time": {"sv": "Tid", "en": "Time"},
    "place": {"sv": "Plats", "en": "Place"},
    "goal": {"sv": "Mål", "en": "Goal"},
    "agenda": {"sv": "Program", "en": "Agenda"},
    "block": {"sv": "Punkt", "en": "Item"},
    "method": {"sv": "Arbetsform", "en": "Method"},
    "cases": {"sv": "Case att diskutera", "en": "Cases to discuss"},
    "intersection": {"sv": "* Skärningspunktscase: berör två eller flera områden.",
                     "en": "* Intersection case: touches two or more areas."},
    "areas": {"sv": "Områden", "en": "Areas"},
    "tables": {"sv": "Bordsgrupper", "en": "Table groups"},
    "nobody": {"sv": "(ingen placerad än)", "en": "(nobody seated yet)"},
    "next_day": {"sv": "(+1 dag)", "en": "(+1 day)"},
}


def build_handout(store, target: Path | BinaryIO, *, lang: str = "sv", activity_id: str,
                  cancel: Callable[[], bool] | None = None) -> int:
    """Write the handout of one activity; returns the number of pages (``ReportError`` for an unknown id)."""
    activity = activity_or_error(store, activity_id)
    info = document_info(store, pick(TEXTS, "title", lang), subtitle=activity_subtitle(activity), lang=lang,
                         subject=pick(TEXTS, "subject", lang))
    lang = info.lang
    s = styles()
    width = usable_width(info)

    story: list = [para(activity.title, s.title)]
    facts = [(pick(TEXTS, "when", lang), activity.date),
             (pick(TEXTS, "time", lang), f"{activity.start_time}–{activity.end_time}"),
             (pick(TEXTS, "place", lang), activity.place)]
    story.append(_facts(facts, width))
    if activity.goal.strip():
        story += [para(pick(TEXTS, "goal", lang), s.heading), para(activity.goal, s.body)]

    story += _agenda(store, activity, lang, width)
    story += _cases(store, activity.id, lang, width)
    story += _tables(store, activity.id, lang, width)
    return build_pdf(target, info, story, cancel)


def _facts(facts: list[tuple[str, str]], width: float) -> Table:
    s = styles()
    rows = [[para(label, s.cell_bold), para(value, s.cell)] for label, value in facts if value]
    result = Table(rows, colWidths=[25 * mm, width - 25 * mm], hAlign="LEFT")
    result.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return result


def _agenda(store, activity, lang: str, width: float) -> list:
    items = store.agenda_items.list({"activity_id": activity.id}, order_by="position")
    planned = schedule(activity, items)
    if planned.is_empty:
        return []
    s = styles()
    rows: list[list] = [[pick(TEXTS, "time", lang), pick(TEXTS, "block", lang), pick(TEXTS, "method", lang)]]
    for block in planned.items:
        when = f"{block.start}–{block.end}" if block.start else f"{block.minutes} min"
        if block.day:
            when += " " + pick(TEXTS, "next_day", lang)
        rows.append([when, block.item.title, block.item.method])
    return [para(pick(TEXTS, "agenda", lang), s.heading),
            table(rows, [28 * mm, width * 0.55, width - 28 * mm - width * 0.55])]


def _cases(store, activity_id: str, lang: str, width: float) -> list:
    cases = store.cases.list({"origin_activity_id": activity_id}, order_by="title")
    if not cases:
        return []
    s = styles()
    title_style = ParagraphStyle("case_title", parent=s.subheading, spaceBefore=0, spaceAfter=2)
    story: list = [para(pick(TEXTS, "cases", lang), s.heading)]
    for case in cases:
        parts = [para(f"{case.title}{intersection_mark(case)}", title_style)]
        if case.problem.strip():
            parts.append(para(case.problem, s.body))
        if case.areas:
            areas = ", ".join(area_label(code, lang) for code in case.areas)
            parts.append(para(f"{pick(TEXTS, 'areas', lang)}: {areas}", s.small))
        card = Table([[parts]], colWidths=[width], hAlign="LEFT")
        card.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 5),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        story += [KeepTogether(card), Spacer(1, 2.5 * mm)]
    if any(case.is_intersection for case in cases):
        story.append(para(pick(TEXTS, "intersection", lang), s.small))
    return story


def table_groups(store, activity_id: str) -> list[tuple[str, list]]:
    """The activity's table groups in order, each with its seated participants (deleted ones left out)."""
    teams = store.teams.list({"activity_id": activity_id, "kind": TeamKind.TABLE_GROUP.value}, order_by="position")
    groups = []
    for team in teams:
        member_ids = [m.participant_id for m in store.team_members.list({"team_id": team.id})]
        people = store.participants.get_many(member_ids)
        groups.append((team.name, [people[pid] for pid in member_ids if pid in people]))
    return groups


def _tables(store, activity_id: str, lang: str, width: float) -> list:
    groups = table_groups(store, activity_id)
    if not groups:
        return []
    s = styles()
    columns = 3
    gap = 4 * mm
    card_width = (width - gap * (columns - 1)) / columns
    name_style = ParagraphStyle("table_name", parent=s.cell_bold, fontSize=10, leading=13)
    cards = []
    for name, people in groups:
        lines = [para(name, name_style)]
        lines += [para(person.full_name, s.cell) for person in people] or [para(pick(TEXTS, "nobody", lang),
                                                                                s.small)]
        cards.append(lines)
    story: list = []
    for start in range(0, len(cards), columns):
        row = cards[start:start + columns]
        cells, widths, commands = [], [], [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 6)]
        for index, card in enumerate(row):
            if index:
                cells.append("")
                widths.append(gap)
            column = len(cells)
            cells.append(card)
            widths.append(card_width)
            commands += [("BOX", (column, 0), (column, 0), 0.6, RULE),
                         ("BACKGROUND", (column, 0), (column, 0), ZEBRA_FILL)]
        grid = Table([cells], colWidths=widths, hAlign="LEFT")
        grid.setStyle(TableStyle(commands))
        story += [grid, Spacer(1, gap)]
    # The heading must not be left alone at the foot of a page.
    return [KeepTogether([para(pick(TEXTS, "tables", lang), s.heading), story[0]]), *story[1:]]
