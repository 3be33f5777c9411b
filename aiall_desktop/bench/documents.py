"""Printed documents, each next to plain reportlab laying out the same content.

The workshop's documents (handout, run sheet, sign-in sheet, table cards) are built for the demo
register's case workshop with the nearest to 40 people on its list. Each is timed as the program builds
it (reading, story, house page with header, footer, "n of m" and writing through a temporary file), and
again with the document module's ``build_pdf`` swapped for a bare reportlab document template: the same
flowables from the same data, with no header, footer, page count or temporary file. The difference is
the cost of the house page.

The 1,000 participant summaries: the people's rows are read once, then timed are the house document
(``person_story`` for each and ``build_pdf``) and the same content written the way one would with
reportlab alone (``SimpleDocTemplate``, the same tables and texts in DejaVu Sans, a footer with the
co-financing line and "Page n", no text shaping). Their ratio is measured on CPU time, which a busy
machine disturbs less than wall time; both wall times are in the rows too.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from .runner import Bench

WORKSHOP_SIZE = 40
SUMMARY_PEOPLE = 1000
DOCUMENTS = ("handout", "runsheet", "signin", "tablecards")


def _module(name: str):
    from ..reports import handout, runsheet, signin, tablecards

    modules = {"handout": (handout, handout.build_handout), "runsheet": (runsheet, runsheet.build_runsheet),
               "signin": (signin, signin.build_signin), "tablecards": (tablecards, tablecards.build_tablecards)}
    return modules[name]


def plain_build(target, info, story, cancel=None) -> int:
    """The same story in a bare reportlab document: no header, footer, page count or temporary file."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, SimpleDocTemplate

    from ..reports.template import page_dimensions

    size = page_dimensions(info)
    if info.decorated:
        doc = SimpleDocTemplate(str(target), pagesize=size, title=info.title)
    else:  # the table cards fill whole pages
        doc = BaseDocTemplate(str(target), pagesize=size, title=info.title)
        doc.addPageTemplates([PageTemplate("page", [Frame(0, 0, *size, leftPadding=0, rightPadding=0,
                                                          topPadding=0, bottomPadding=0)])])
    doc.build(list(story))
    return doc.page


def workshop_activity(store) -> tuple[str, int]:
    """The case workshop whose list is nearest to ``WORKSHOP_SIZE`` people (any activity if none)."""
    from ..records import ActivityKind

    activities = store.activities.list(where={"kind": ActivityKind.CASE_WORKSHOP}) or store.activities.list()
    # One indexed count per workshop: a few thousand at scale 10, quicker than reading every attendance row.
    candidates = [(abs(n - WORKSHOP_SIZE), -n, a.id) for a in activities
                  for n in [store.attendance.count(where={"activity_id": a.id})]]
    _, minus_n, activity_id = min(candidates)
    return activity_id, -minus_n


def _timed(run) -> tuple[float, float, object]:
    started, cpu = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - started, time.process_time() - cpu, result


def workshop_documents(bench: Bench, store) -> None:
    from ..reports import template

    activity_id, listed = workshop_activity(store)
    runs = 2 if bench.quick else 5
    ours_total = [0.0] * runs
    plain_total = [0.0] * runs
    with tempfile.TemporaryDirectory(prefix="aiall-bench-") as folder:
        folder = Path(folder)
        for name in DOCUMENTS:
            module, build = _module(name)
            target = folder / f"{name}.pdf"

            def ours():
                return build(store, target, activity_id=activity_id)

            def plain():
                original = module.build_pdf
                module.build_pdf = plain_build
                try:
                    return build(store, folder / f"{name}-plain.pdf", activity_id=activity_id)
                finally:
                    module.build_pdf = original

            assert module.build_pdf is template.build_pdf
            ours(), plain()  # warm-up: fonts registered, modules imported, pages cached by the OS
            ours_ms, plain_ms, pages = [], [], 0
            for run in range(runs):
                wall, _, pages = _timed(ours)
                ours_ms.append(wall * 1000)
                ours_total[run] += wall * 1000
                wall, _, _ = _timed(plain)
                plain_ms.append(wall * 1000)
                plain_total[run] += wall * 1000
            bench.add(f"pdf.{name}", "ms", ours_ms, f"{pages} pages, {listed} people on the list")
            bench.add(f"pdf.{name}.plain", "ms", plain_ms, "plain reportlab, the same story")
    bench.add("pdf.workshop.all", "ms", ours_total, f"the {len(DOCUMENTS)} documents one after the other")
    bench.add("pdf.workshop.ratio", "×", [o / p for o, p in zip(ours_total, plain_total)],
              "the four documents / plain reportlab (wall time)")


# -- the participant summaries -----------------------------------------------------------------------


def _read_rows(store, ids: list[str]):
    from ..reports import summary

    rows = []
    for first in range(0, len(ids), summary.BATCH):
        rows += store.summaries.rows(ids[first:first + summary.BATCH])
    return rows


def _house(store, rows, target: Path, lang: str) -> int:
    from ..reports.summary import TEXTS, next_person, person_story
    from ..reports.template import build_pdf, document_info, pick, usable_width

    info = document_info(store, pick(TEXTS, "title", lang), lang=lang)
    width = usable_width(info)
    story = []
    for person in rows:
        if story:
            story += next_person()
        story += person_story(person, lang, width)
    return build_pdf(target, info, story)


def _plain(store, rows, target: Path, lang: str) -> int:
    """The same content the way one would write it with reportlab alone."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from ..domain.summaries import activity_minutes, totals
    from ..paths import fonts_dir
    from ..reports.labels import KINDS, STAGES, TEAM_KINDS
    from ..reports.summary import TEXTS, hours_text
    from ..reports.template import pick

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
            data.append([a.date, f"{a.start_time}–{a.end_time}", Paragraph(pick(KINDS, a.kind, lang), cell),
                         Paragraph(a.title, cell), hours_text(activity_minutes(a.start_time, a.end_time), lang)])
        story += [Table(data, colWidths=[22 * mm, 23 * mm, 34 * mm, width - 97 * mm, 18 * mm], repeatRows=1,
                        style=grid), Paragraph(t("hours_rule"), small), Paragraph(t("cases"), heading)]
        data = [[t("case"), t("stage"), t("relation")]]
        for c in person.cases:
            data.append([Paragraph(c.title, cell), pick(STAGES, c.stage, lang),
                         t("owner" if c.relation == "owner" else "team_member")])
        story += [Table(data, colWidths=[width - 90 * mm, 55 * mm, 35 * mm], repeatRows=1, style=grid),
                  Paragraph(t("teams"), heading)]
        data = [[t("team"), t("kind"), t("works_on"), t("team_role")]]
        for team in person.teams:
            data.append([Paragraph(team.name, cell), pick(TEAM_KINDS, team.kind, lang),
                         Paragraph(team.context, cell), Paragraph(team.role, cell)])
        story += [Table(data, colWidths=[52 * mm, 24 * mm, width - 110 * mm, 34 * mm], repeatRows=1, style=grid),
                  Spacer(0, 0)]
    document = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                 topMargin=25 * mm, bottomMargin=21 * mm)
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return document.page


def summaries(bench: Bench, store, lang: str = "sv") -> None:
    ids = store.summaries.people_for()[:SUMMARY_PEOPLE]
    runs = 1 if bench.quick else 3
    read, house_wall, plain_wall, ratios = [], [], [], []
    pages = (0, 0)
    with tempfile.TemporaryDirectory(prefix="aiall-bench-") as folder:
        folder = Path(folder)
        for _ in range(runs):
            wall, _, rows = _timed(lambda: _read_rows(store, ids))
            read.append(wall)
            wall, house_cpu, house_pages = _timed(lambda: _house(store, rows, folder / "house.pdf", lang))
            house_wall.append(wall)
            wall, plain_cpu, plain_pages = _timed(lambda: _plain(store, rows, folder / "plain.pdf", lang))
            plain_wall.append(wall)
            ratios.append(house_cpu / plain_cpu if plain_cpu else float("nan"))
            pages = (house_pages, plain_pages)
    people = len(ids)
    bench.add("pdf.summaries.read", "s", read, f"{people} people's rows, {200} at a time")
    bench.add("pdf.summaries", "s", house_wall, f"{people} summaries, {pages[0]} pages (house page)")
    bench.add("pdf.summaries.plain", "s", plain_wall, f"plain reportlab, {pages[1]} pages")
    bench.add("pdf.summaries.ratio", "×", ratios, "house / plain, CPU time")
