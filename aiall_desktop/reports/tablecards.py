"""Table cards: one A4 per table group, folded in the middle into a tent that stands on the table.

Both halves carry the table's number and its members' first names; the upper half is printed upside
down so that, once folded, each side reads the right way up for the people facing it. Each half has the
co-financing line at its foot, which the funders want on everything handed out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from .handout import table_groups
from .template import (
    FONT,
    RULE,
    DocumentInfo,
    ReportError,
    activity_or_error,
    activity_subtitle,
    build_pdf,
    document_info,
    draw_cofinancing,
    page_break,
    page_dimensions,
    para,
    pick,
    styles,
)

TEXTS = {
    "title": {"sv": "Bordskort", "en": "Table cards"},
    "subject": {"sv": "Bordsnummer och namn, att vika på mitten", "en": "Table numbers and names, to fold in half"},
    "table": {"sv": "Bord {n}", "en": "Table {n}"},
}

MARGIN = 15 * mm
NUMBER_SIZE = 80
LARGEST_NAME = 30
SMALLEST_NAME = 12
#: A table group named like this is just numbered; any other name is printed under the number.
_PLAIN_NAME = re.compile(r"^\s*(bord|table)\s*\d+\s*$", re.IGNORECASE)


def build_tablecards(store, target: Path | BinaryIO, *, lang: str = "sv", activity_id: str,
                     cancel: Callable[[], bool] | None = None) -> int:
    """One tent card per table group of the activity; ``ReportError`` when it has no table groups."""
    activity = activity_or_error(store, activity_id)
    groups = table_groups(store, activity.id)
    if not groups:
        raise ReportError(f"“{activity.title}” has no table groups yet: there are no table cards to print.")
    base = document_info(store, pick(TEXTS, "title", lang), subtitle=activity_subtitle(activity), lang=lang,
                         subject=pick(TEXTS, "subject", lang))
    info = DocumentInfo(**{**base.__dict__, "decorated": False})
    story: list = []
    for number, (name, people) in enumerate(groups, start=1):
        if story:
            story.append(page_break())
        story.append(TentCard(info, pick(TEXTS, "table", info.lang, n=number),
                              "" if _PLAIN_NAME.match(name) else name, first_names(people)))
    return build_pdf(target, info, story, cancel)


def first_names(people) -> list[str]:
    """First names, with the last name's initial where two at the table share a first name."""
    counts: dict[str, int] = {}
    for person in people:
        key = person.first_name.strip().casefold()
        counts[key] = counts.get(key, 0) + 1
    names = []
    for person in people:
        first = person.first_name.strip() or person.last_name.strip()
        if counts[person.first_name.strip().casefold()] > 1 and person.last_name.strip():
            first = f"{first} {person.last_name.strip()[0]}."
        names.append(first)
    return names


class TentCard(Flowable):
    """A whole page: the card's face drawn on the lower half, and again turned 180° on the upper half."""

    def __init__(self, info: DocumentInfo, heading: str, team_name: str, names: list[str]):
        super().__init__()
        self.info = info
        self.heading = heading
        self.team_name = team_name
        self.names = names
        self.page_width, self.page_height = page_dimensions(info)

    def wrap(self, available_width, available_height):
        return self.page_width, self.page_height

    def draw(self):
        canv = self.canv
        width, height = self.page_width, self.page_height
        self._face(canv, width, height / 2)
        canv.saveState()
        canv.translate(width, height)
        canv.rotate(180)
        self._face(canv, width, height / 2)
        canv.restoreState()
        canv.saveState()  # the fold
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.setDash(4, 4)
        canv.line(MARGIN / 2, height / 2, width - MARGIN / 2, height / 2)
        canv.restoreState()

    def _face(self, canv, width: float, half: float) -> None:
        s = styles()
        inner = width - 2 * MARGIN
        top = half - 12 * mm
        number_style = ParagraphStyle("card_number", parent=s.big, fontSize=NUMBER_SIZE,
                                      leading=NUMBER_SIZE * 1.1)
        heading = para(self.heading, number_style)
        _, used = heading.wrapOn(canv, inner, half)
        heading.drawOn(canv, MARGIN, top - used)
        top -= used + 2 * mm
        if self.team_name:
            name_style = ParagraphStyle("card_team", parent=s.big, fontSize=22, leading=27)
            team = para(self.team_name, name_style)
            _, used = team.wrapOn(canv, inner, half)
            team.drawOn(canv, MARGIN, top - used)
            top -= used
        top -= 6 * mm
        # Far enough from the paper's edge for printers that cannot print the outer few millimetres.
        bottom = 10 * mm
        footer = draw_cofinancing(canv, self.info, MARGIN, bottom, inner, size=7)
        room = top - (bottom + footer + 6 * mm)
        if self.names:
            grid = _names_grid(self.names, inner, room, canv)
            _, used = grid.wrapOn(canv, inner, room)
            grid.drawOn(canv, MARGIN, top - used - max(0.0, room - used) / 2)


def _names_grid(names: list[str], width: float, room: float, canv) -> Table:
    """The names in centred columns, as large as the room allows: one column for a few people, two or
    three for a crowded table, whichever lets the names be largest."""
    candidates = [1] if len(names) <= 3 else [2, 3] if len(names) > 8 else [2]
    best: tuple[float, Table] | None = None
    for columns in candidates:
        size, grid = _largest_grid(names, columns, width, room, canv)
        if best is None or size > best[0]:
            best = (size, grid)
    return best[1]


def _largest_grid(names: list[str], columns: int, width: float, room: float, canv) -> tuple[float, Table]:
    rows = [names[i:i + columns] for i in range(0, len(names), columns)]
    rows[-1] += [""] * (columns - len(rows[-1]))
    size = LARGEST_NAME
    while True:
        style = ParagraphStyle("card_name", parent=styles().body, fontSize=size, leading=size * 1.22,
                               alignment=TA_CENTER, spaceAfter=0)
        grid = Table([[para(name, style) for name in row] for row in rows], colWidths=[width / columns] * columns)
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        _, height = grid.wrapOn(canv, width, room)
        # A name broken over two lines reads badly from across the table: count that as not fitting.
        unbroken = all(stringWidth(name, FONT, size) <= width / columns - 12 for name in names)
        if (height <= room and unbroken) or size <= SMALLEST_NAME:
            return size, grid
        size -= 2
