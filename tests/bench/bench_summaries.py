"""How long 1,000 participant summaries take, against plain reportlab building the same content
(not part of the test suite).

    .venv/bin/python tests/bench/bench_summaries.py [--people 1000] [--demo FILE] [--keep DIR]

Makes a demo register (``aiall_desktop.demo.generate``, scale 1: about 5,000 people) unless given one,
takes the first ``--people`` participants (by last name) who were present at something, reads their rows
once, then times:

* reading the rows (``store.summaries.rows``, 200 at a time, as the document does);
* the house document: ``person_story`` for each person and ``build_pdf`` (header, "Page n of m",
  co-financing line, shaping where a name needs it);
* plain reportlab: ``SimpleDocTemplate`` with the same tables and texts in DejaVu Sans (the names need
  it), plain-string cells where nothing wraps, a footer with the co-financing line and "Page n", no
  shaping (Arabic names come out unjoined and left-to-right) and no "of m".

Prints both times, the ratio and the page counts. ``--keep`` leaves both PDFs in a folder to look at.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from aiall_desktop.demo import generate
from aiall_desktop.domain.summaries import activity_minutes, totals
from aiall_desktop.paths import fonts_dir
from aiall_desktop.reports import summary
from aiall_desktop.reports.labels import KINDS as KIND_TEXTS, STAGES as STAGE_TEXTS, TEAM_KINDS as TEAM_KIND_TEXTS
from aiall_desktop.reports.summary import (
    TEXTS,
    hours_text,
    next_person,
    person_story,
)
from aiall_desktop.reports.template import build_pdf, document_info, pick, usable_width
from aiall_desktop.store import Store


def timed(label: str, fn):
    """Wall-clock and CPU seconds; on a shared machine the CPU time is the steadier figure to compare."""
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    print(f"{label:<52} {elapsed:7.2f} s wall {used:7.2f} s CPU")
    return result, used


def read_rows(store: Store, ids: list[str]):
    rows = []
    for first in range(0, len(ids), summary.BATCH):
        rows += store.summaries.rows(ids[first:first + summary.BATCH])
    return rows


def house(store: Store, rows, target: Path, lang: str) -> int:
    info = document_info(store, pick(TEXTS, "title", lang), lang=lang)
    width = usable_width(info)
    story = []
    for person in rows:
        if story:
            story += next_person()
        story += person_story(person, lang, width)
    return build_pdf(target, info, story)


def plain(store: Store, rows, target: Path, lang: str) -> int:
    """The same content the way one would write it with reportlab alone."""
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(fonts_dir() / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(fonts_dir() / "DejaVuSans-Bold.ttf")))
    title = ParagraphStyle("t", fontName="DejaVuSans-Bold", fontSize=18, leading=22, spaceAfter=4)
    heading = ParagraphStyle("h", fontName="DejaVuSans-Bold", fontSize=13, leading=16, spaceBefore=10, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="DejaVuSans", fontSize=9, leading=11.5)
    small = ParagraphStyle("s", fontName="DejaVuSans", fontSize=8, leading=10)
    grid = TableStyle([
        ("FONT", (0, 0), (-1, -1), "DejaVuSans", 9), ("FONT", (0, 0), (-1, 0), "DejaVuSans-Bold", 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BOX", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e8ee")),
        ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
    ])
    width = A4[0] - 36 * mm
    cofinancing = store.settings.get(f"cofinancing_{lang}")

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 7)
        canvas.drawString(18 * mm, 12 * mm, cofinancing)
        canvas.drawRightString(A4[0] - 18 * mm, 12 * mm, f"{doc.page}")
        canvas.restoreState()

    def t(key: str) -> str:
        return pick(TEXTS, key, lang)

    story = []
    for person in rows:
        if story:
            story.append(PageBreak())
        sums = totals(person)
        story += [Paragraph(person.full_name, title),
                  Table([[t("organisation"), Paragraph(person.organisation or "–", cell)],
                         [t("role"), Paragraph(person.role or "–", cell)]], colWidths=[40 * mm, width - 40 * mm],
                        style=grid),
                  Paragraph(t("totals"), heading),
                  Table([[t("total_activities"), t("total_hours"), t("total_cases"), t("total_teams")],
                         [str(sums.activities), hours_text(sums.minutes, lang), str(sums.cases), str(sums.teams)]],
                        colWidths=[30 * mm] * 4, style=grid),
                  Paragraph(t("activities"), heading)]
        data = [[t("date"), t("time"), t("kind"), t("activity"), t("hours")]]
        for a in person.activities:
            data.append([a.date, f"{a.start_time}–{a.end_time}", Paragraph(pick(KIND_TEXTS, a.kind, lang), cell),
                         Paragraph(a.title, cell), hours_text(activity_minutes(a.start_time, a.end_time), lang)])
        story += [Table(data, colWidths=[22 * mm, 23 * mm, 34 * mm, width - 97 * mm, 18 * mm], repeatRows=1,
                        style=grid), Paragraph(t("hours_rule"), small), Paragraph(t("cases"), heading)]
        data = [[t("case"), t("stage"), t("relation")]]
        for c in person.cases:
            data.append([Paragraph(c.title, cell), pick(STAGE_TEXTS, c.stage, lang),
                         t("owner" if c.relation == "owner" else "team_member")])
        story += [Table(data, colWidths=[width - 90 * mm, 55 * mm, 35 * mm], repeatRows=1, style=grid),
                  Paragraph(t("teams"), heading)]
        data = [[t("team"), t("kind"), t("works_on"), t("team_role")]]
        for team in person.teams:
            data.append([Paragraph(team.name, cell), pick(TEAM_KIND_TEXTS, team.kind, lang),
                         Paragraph(team.context, cell), Paragraph(team.role, cell)])
        story += [Table(data, colWidths=[52 * mm, 24 * mm, width - 110 * mm, 34 * mm], repeatRows=1, style=grid),
                  Spacer(0, 0)]
    document = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                 topMargin=25 * mm, bottomMargin=21 * mm)
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return document.page


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--demo", type=Path, help="an existing demo register (else one is made)")
    parser.add_argument("--keep", type=Path, help="a folder to leave the two PDFs in")
    parser.add_argument("--lang", default="sv")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.demo
        if path is None:
            path = Path(folder) / "demo.sqlite"
            timed("make the demo register (scale 1)", lambda: generate(path, scale=1))
        out = args.keep or Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        with Store.open(path) as store:
            ids = store.summaries.people_for()[: args.people]
            rows, read = timed(f"read {len(ids)} people's rows ({summary.BATCH} a time)",
                               lambda: read_rows(store, ids))
            print(f"  {sum(len(r.activities) for r in rows)} attendances, {sum(len(r.cases) for r in rows)} cases, "
                  f"{sum(len(r.teams) for r in rows)} team places")
            house_pages, house_time = timed("house template (person_story + build_pdf)",
                                            lambda: house(store, rows, out / "summaries-house.pdf", args.lang))
            plain_pages, plain_time = timed("plain reportlab (SimpleDocTemplate)",
                                            lambda: plain(store, rows, out / "summaries-plain.pdf", args.lang))
            print(f"pages: house {house_pages}, plain {plain_pages}")
            print(f"house / plain (CPU): {house_time / plain_time:.2f}; per person: house "
                  f"{1000 * house_time / len(rows):.1f} ms, plain {1000 * plain_time / len(rows):.1f} ms (CPU)")
            january = len(store.summaries.people_for(date_from="2025-01-01", date_to="2025-01-31"))
            timed(f"build_summaries end to end, January ({january} people)",
                  lambda: summary.build_summaries(store, out / "summaries-january.pdf", date_from="2025-01-01",
                                                  date_to="2025-01-31", lang=args.lang))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
