"""The sign-in sheet at the door: everyone on the activity's list by last name with room to sign, then
numbered blank rows for people who come without an invitation.

The sheet lies open on a table for everyone to see, so it shows name and organisation only — never an
e-mail address or a phone number. The blank rows fill the last page (at least ``MIN_BLANK_ROWS``), so
that the facilitator never runs out of lines and never prints a page with one lonely row.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, TableStyle

from .template import (
    RULE,
    activity_or_error,
    activity_subtitle,
    build_pdf,
    document_info,
    has_rtl,
    name_key,
    para,
    pick,
    styles,
    table,
    usable_height,
    usable_width,
)

TEXTS = {
    "title": {"sv": "Närvarolista", "en": "Sign-in sheet"},
    "subject": {"sv": "Underskrifter vid ankomst", "en": "Signatures on arrival"},
    "intro": {"sv": "Skriv under när du kommer. Står du inte på listan? Skriv ditt namn på en tom rad.",
              "en": "Please sign when you arrive. Not on the list? Write your name on a blank line."},
    "number": {"sv": "Nr", "en": "No."},
    "name": {"sv": "Namn", "en": "Name"},
    "organisation": {"sv": "Organisation", "en": "Organisation"},
    "signature": {"sv": "Namnteckning", "en": "Signature"},
}

MIN_BLANK_ROWS = 10
ROW_HEIGHT = 11 * mm  # room for a signature, and for a name or organisation on two lines
HEADER_ROW_HEIGHT = 7 * mm
_SAFETY = 0.01  # points kept free per page against rounding; more would lose a row on some paper sizes


def build_signin(store, target: Path | BinaryIO, *, lang: str = "sv", activity_id: str,
                 cancel: Callable[[], bool] | None = None) -> int:
    """Write the sign-in sheet of one activity; an empty list still gets its blank rows (a drop-in event)."""
    activity = activity_or_error(store, activity_id)
    info = document_info(store, pick(TEXTS, "title", lang), subtitle=activity_subtitle(activity), lang=lang,
                         subject=pick(TEXTS, "subject", lang))
    lang = info.lang
    s = styles()
    width = usable_width(info)
    people = sorted(store.attendance_view.people(activity.id),
                    key=lambda p: (name_key(p.last_name, lang), name_key(p.first_name, lang)))

    preamble = [para(activity.title, s.title), para(pick(TEXTS, "intro", lang), s.body), Spacer(1, 2 * mm)]
    rows_total = rows_to_print(len(people), _first_page_room(preamble, info), usable_height(info) - _SAFETY)

    name_style = ParagraphStyle("signin_name", parent=s.cell, fontSize=10, leading=12)
    rows: list[list] = [[pick(TEXTS, key, lang) for key in ("number", "name", "organisation", "signature")]]
    for number, person in enumerate(people, start=1):
        rows.append([str(number), _name(person, name_style), person.organisation, ""])
    for number in range(len(people) + 1, rows_total + 1):
        rows.append([str(number), "", "", ""])

    widths = [10 * mm, 55 * mm, 50 * mm]
    widths.append(width - sum(widths))
    # Fixed heights make the fill exact.
    sheet = table(rows, widths, row_heights=[HEADER_ROW_HEIGHT] + [ROW_HEIGHT] * (len(rows) - 1))
    sheet.setStyle(TableStyle([("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                               # Walk-ins write by hand: every column needs its own box.
                               ("LINEBEFORE", (1, 0), (-1, -1), 0.25, RULE),
                               ("LINEBEFORE", (3, 0), (3, -1), 0.6, RULE)]))
    return build_pdf(target, info, [*preamble, sheet], cancel)


def rows_to_print(invited: int, first_page: float, other_pages: float) -> int:
    """How many rows fill the sheet: everyone invited, at least ``MIN_BLANK_ROWS`` blank ones, and then as
    many as the last page holds. ``first_page``/``other_pages`` are the heights left for the table."""
    first = max(1, int((first_page - HEADER_ROW_HEIGHT) // ROW_HEIGHT))
    other = max(1, int((other_pages - HEADER_ROW_HEIGHT) // ROW_HEIGHT))
    needed = invited + MIN_BLANK_ROWS
    if needed <= first:
        return first
    return first + math.ceil((needed - first) / other) * other


def _first_page_room(preamble: list, info) -> float:
    """The height the table gets on the first page, below the title and the instructions."""
    width = usable_width(info)
    used = 0.0
    for index, flowable in enumerate(preamble):
        _, height = flowable.wrap(width, usable_height(info))
        used += height + flowable.getSpaceAfter() + (flowable.getSpaceBefore() if index else 0)
    return usable_height(info) - used - _SAFETY


def _name(person, style: ParagraphStyle) -> Paragraph:
    """ "Last, First" with the last name in bold: the sheet is sorted by it and people look for it."""
    if not person.last_name:
        return Paragraph(escape(person.first_name), style)
    if not person.first_name:
        return Paragraph(f"<b>{escape(person.last_name)}</b>", style)
    if has_rtl(person.name):
        # Right-to-left names as written: reportlab cannot place the comma and the bold run right in them.
        return Paragraph(escape(person.name), style)
    return Paragraph(f"<b>{escape(person.last_name)}</b>, {escape(person.first_name)}", style)
