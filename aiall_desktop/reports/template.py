"""The house page every printed document shares: fonts, styles, header, footer and safe writing.

A document module builds a list of flowables (``para``, ``table``, ``page_break`` …) and hands it to
``build_pdf`` with a :class:`DocumentInfo`; the template adds on every page the title and subtitle at the
top, and at the bottom "Sida n av m" / "Page n of m" and the co-financing line the funders require.

DejaVu Sans is embedded rather than the PDF standard fonts because participants' names come in Polish,
Serbo-Croatian, Vietnamese and Arabic script, which Helvetica cannot draw; every style shapes text
(``shaping=1``) so that Arabic letters join and run right-to-left. ``para`` skips the shaping for text
that needs none (HarfBuzz is a third of the time of a document otherwise). reportlab has no bidi support
installed (``rlbidi`` is not on the index): a right-to-left name reads right when it is one run of one
font, so never put ``<b>`` inside one (``has_rtl``).

"n of m" needs the page count before the first page is finished, so pages are held back by a counting
canvas and decorated when the document is saved, instead of building everything twice.
"""

from __future__ import annotations

import functools
import io
import os
import tempfile
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO, Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape as _landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph, Table, TableStyle

from ..paths import fonts_dir
from ..store.clock import parse_utc

PageSize = Literal["A4", "Letter"]

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PROGRAM = "AI.ALL* Workshop Desk"

#: Swedish puts a space before "%" and between thousands; a no-break space keeps them on one line.
NBSP = "\u00a0"

MARGIN_X = 18 * mm
MARGIN_TOP = 10 * mm
MARGIN_BOTTOM = 8 * mm
HEADER_HEIGHT = 15 * mm
FOOTER_HEIGHT = 13 * mm

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#56606b")
RULE = colors.HexColor("#9aa4ae")
HEADER_FILL = colors.HexColor("#e3e8ee")
ZEBRA_FILL = colors.HexColor("#f4f6f8")


class ReportCancelled(Exception):
    """The user stopped a long build; nothing was written."""


class ReportError(Exception):
    """A document cannot be made (unknown id, empty period, nothing to print); the message says why."""


@dataclass(frozen=True)
class DocumentInfo:
    title: str  # the document's title, also the PDF metadata title
    subtitle: str = ""  # e.g. the activity's title · date · place, or the period
    lang: str = "sv"  # "sv" or "en"
    page_size: PageSize = "A4"
    landscape: bool = False
    subject: str = ""  # PDF metadata subject
    author: str = PROGRAM
    cofinancing: str = ""  # the footer line; document_info() fills it from the settings
    # False: no header or footer and no margins, the document draws whole pages itself (table cards);
    # it must then draw the co-financing line on each page (``draw_cofinancing``).
    decorated: bool = True


# -- texts and numbers ----------------------------------------------------------------------------

PAGE_TEXTS = {
    "page": {"sv": "Sida {n} av {m}", "en": "Page {n} of {m}"},
}


def language(lang: str) -> str:
    """The documents' two languages; anything else reads English."""
    return lang if lang in ("sv", "en") else "en"


def pick(texts: dict[str, dict[str, str]], key: str, lang: str, **values) -> str:
    """One text of a document's bilingual ``TEXTS`` in ``lang`` (English when missing), "{name}" filled."""
    variants = texts[key]
    text = variants.get(lang) or variants.get("en") or next(iter(variants.values()))
    return text.format(**values) if values else text


def number(n: float | int, lang: str = "sv", decimals: int = 0) -> str:
    """12 345 / 12,345 (and 3,5 / 3.5 with decimals); Swedish separators are no-break spaces."""
    text = f"{n:,.{decimals}f}"
    if language(lang) == "sv":
        text = text.replace(",", NBSP).replace(".", ",")
    return text


def percent(fraction: float | None, lang: str = "sv", decimals: int = 0) -> str:
    """31 % (Swedish, no-break space) / 31% (English); "–" when there is nothing to divide."""
    if fraction is None:
        return "–"
    value = number(fraction * 100, lang, decimals)
    return f"{value}{NBSP}%" if language(lang) == "sv" else f"{value}%"


def local_time(utc_text: str | None) -> str:
    """ "HH:MM" on this computer's clock for a UTC timestamp of the store; "" when there is none."""
    if not utc_text:
        return ""
    try:
        moment = parse_utc(utc_text)
    except (TypeError, ValueError):
        try:
            moment = datetime.fromisoformat(str(utc_text))
        except ValueError:
            return ""
        if moment.tzinfo is None:  # the store writes UTC; a bare time read back is taken as UTC too
            moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%H:%M")


# -- fonts and styles -----------------------------------------------------------------------------

_font_lock = threading.Lock()
_fonts_ready = False


def register_fonts() -> None:
    """Register DejaVu Sans with reportlab once per process (documents may be built in a worker)."""
    global _fonts_ready
    if _fonts_ready:
        return
    with _font_lock:
        if _fonts_ready:
            return
        folder = fonts_dir()
        pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
        # <b> and <i> inside paragraphs must stay in fonts that have the letters.
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
        _plain_latin_shaping()
        _fonts_ready = True


def _plain_latin_shaping() -> None:
    """Shape without Latin ligatures.

    reportlab asks HarfBuzz for discretionary ligatures by default, and DejaVu has one for "st": every
    "Nyström" and "stämmer" would print with a historic long-s glyph and copy out of the PDF as "ﬆ". Arabic
    joining does not depend on these features (it uses init/medi/fina/rlig, always on).
    """
    from reportlab.pdfbase import ttfonts

    defaults = ttfonts.shapeFragWord.__defaults__
    if defaults and isinstance(defaults[0], dict):
        ttfonts.shapeFragWord.__defaults__ = ({**defaults[0], "liga": False, "dlig": False}, *defaults[1:])


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    big: ParagraphStyle  # table cards: "Bord 3"
    cell_right: ParagraphStyle  # numbers in table cells
    centered: ParagraphStyle


_styles: Styles | None = None


def styles() -> Styles:
    """The house styles, all DejaVu Sans and shaped; shared, so derive (``parent=``) rather than change."""
    global _styles
    if _styles is None:
        register_fonts()

        def style(name: str, size: float, leading: float, *, bold: bool = False, **more) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT, fontSize=size, leading=leading,
                                  textColor=more.pop("textColor", INK), shaping=1, **more)

        cell = style("cell", 9, 11.5)
        _styles = Styles(
            title=style("title", 18, 22, bold=True, spaceAfter=4),
            heading=style("heading", 13, 16, bold=True, spaceBefore=10, spaceAfter=4, keepWithNext=1),
            subheading=style("subheading", 10.5, 13.5, bold=True, spaceBefore=6, spaceAfter=2, keepWithNext=1),
            body=style("body", 10, 13.5, spaceAfter=4),
            small=style("small", 8, 10, textColor=MUTED),
            cell=cell,
            cell_bold=style("cell_bold", 9, 11.5, bold=True),
            big=style("big", 64, 74, bold=True, alignment=TA_CENTER),
            cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
            centered=style("centered", 10, 13.5, alignment=TA_CENTER),
        )
    return _styles


def needs_shaping(text: str) -> bool:
    """Whether the text has letters or marks beyond the precomposed Latin ones (Arabic, Vietnamese, …).

    Swedish, Polish and Serbo-Croatian letters are single glyphs of the font and need no shaping; HarfBuzz
    costs about a third of a document's time, so plain text skips it."""
    return any(ord(char) >= 0x0300 and unicodedata.category(char)[0] in "LM" for char in text)


@functools.lru_cache(maxsize=256)  # styles hash by identity; bounded, as documents derive styles freely
def _plain_style(style: ParagraphStyle) -> ParagraphStyle:
    """The same style without shaping."""
    if not getattr(style, "shaping", 0):
        return style
    return ParagraphStyle(f"{style.name}_plain", parent=style, shaping=0)


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: < & > in names stay letters, line breaks stay line breaks."""
    plain = "" if text is None else str(text)
    if not needs_shaping(plain):
        style = _plain_style(style)
    return Paragraph(escape(plain).replace("\n", "<br/>"), style)


CELL_PADDING_X = 4


def table(rows: list[list], widths: list[float], *, header: bool = True, zebra: bool = True,
          row_heights: list[float] | None = None) -> Table:
    """A table in the house style; plain values become wrapping paragraphs, the header row repeats on
    every page. Cells that are flowables (or lists of flowables) already are kept as they are.

    A value that fits its column on one line and needs no shaping (a date, a number, most names) is
    drawn as a plain string in the same font: a paragraph per cell made long tables (a year's
    summaries, the indicator list) two to three times slower to build than the text needs.
    """
    s = styles()

    def cell(value: object, style: ParagraphStyle, width: float) -> object:
        if isinstance(value, Flowable):
            return value
        if isinstance(value, (list, tuple)) and value and all(isinstance(v, Flowable) for v in value):
            return list(value)  # several paragraphs in one cell
        if value is None or value == "":
            return ""  # an empty cell needs no paragraph (the sign-in sheet has hundreds)
        text = str(value)
        if ("\n" not in text and not needs_shaping(text)
                and pdfmetrics.stringWidth(text, style.fontName, style.fontSize) <= width - CELL_PADDING_X * 2):
            return text
        return para(text, style)

    body = [[cell(value, s.cell_bold if header and index == 0 else s.cell, width)
             for value, width in zip(row, widths)]
            for index, row in enumerate(rows)]
    commands = [
        # For the cells drawn as plain strings: the look of the paragraph styles.
        ("FONTNAME", (0, 0), (-1, -1), s.cell.fontName),
        ("FONTSIZE", (0, 0), (-1, -1), s.cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), s.cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), s.cell.textColor),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING_X),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ]
    if header:
        commands += [
            ("FONTNAME", (0, 0), (-1, 0), s.cell_bold.fontName),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, ZEBRA_FILL]))
    result = Table(body, colWidths=widths, rowHeights=row_heights, repeatRows=1 if header else 0, hAlign="LEFT")
    result.setStyle(TableStyle(commands))
    return result


def page_break() -> Flowable:
    return PageBreak()


# -- the page -------------------------------------------------------------------------------------


def page_dimensions(info: DocumentInfo) -> tuple[float, float]:
    """Width and height in points."""
    size = LETTER if info.page_size == "Letter" else A4
    return _landscape(size) if info.landscape else size


def usable_width(info: DocumentInfo) -> float:
    """The width flowables get: the whole page for undecorated documents, within the margins otherwise."""
    width, _ = page_dimensions(info)
    return width if not info.decorated else width - 2 * MARGIN_X


def usable_height(info: DocumentInfo) -> float:
    _, height = page_dimensions(info)
    if not info.decorated:
        return height
    return height - MARGIN_TOP - HEADER_HEIGHT - MARGIN_BOTTOM - FOOTER_HEIGHT


def document_info(store, title: str, *, subtitle: str = "", lang: str = "sv", subject: str = "",
                  landscape: bool = False) -> DocumentInfo:
    """The document's facts with the co-financing line and the paper size from the project's settings."""
    lang = language(lang)

    def setting(key: str, default):
        try:
            return store.settings.get(key)
        except KeyError:
            return default

    page_size = setting("page_size", "A4")
    if page_size not in ("A4", "Letter"):
        page_size = "A4"
    cofinancing = setting(f"cofinancing_{lang}", "") or setting("cofinancing_en", "")
    return DocumentInfo(title=title, subtitle=subtitle, lang=lang, page_size=page_size, landscape=landscape,
                        subject=subject or title, cofinancing=str(cofinancing))


@functools.cache
def _footer_styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    s = styles()
    header_title = ParagraphStyle("header_title", parent=s.cell_bold, fontSize=9.5, leading=12)
    header_subtitle = ParagraphStyle("header_subtitle", parent=s.small, fontSize=8.5, leading=10.5)
    cofinancing = ParagraphStyle("cofinancing", parent=s.small, fontSize=7, leading=8.5)
    page_number = ParagraphStyle("page_number", parent=s.small, fontSize=8, leading=10, alignment=TA_RIGHT)
    return header_title, header_subtitle, cofinancing, page_number


def draw_cofinancing(canv, info: DocumentInfo, x: float, y: float, width: float,
                     *, size: float = 7, align: int = TA_CENTER) -> float:
    """Draw the co-financing line with its bottom at ``y``; returns the height it took."""
    style = ParagraphStyle("cofinancing_free", parent=styles().small, fontSize=size, leading=size * 1.25,
                           alignment=align)
    line = para(info.cofinancing, style)
    _, height = line.wrapOn(canv, width, 100 * mm)
    line.drawOn(canv, x, y)
    return height


def _fitted(canv, texts: list[tuple[str, ParagraphStyle]], width: float, room: float) -> list[tuple[Paragraph, float]]:
    """Paragraphs stacked in ``room``: a long title or co-financing text gets smaller, never over the rule."""
    scale = 1.0
    while True:
        laid = []
        for text, style in texts:
            if scale < 1:
                style = ParagraphStyle(f"{style.name}_small", parent=style, fontSize=style.fontSize * scale,
                                       leading=style.leading * scale)
            paragraph = para(text, style)
            laid.append((paragraph, paragraph.wrapOn(canv, width, room)[1]))
        if sum(height for _, height in laid) <= room or scale < 0.55:
            return laid
        scale -= 0.1


def _decorate(canv, info: DocumentInfo, page: int, pages: int) -> None:
    width, height = page_dimensions(info)
    inner = width - 2 * MARGIN_X
    header_title, header_subtitle, cofinancing, page_number = _footer_styles()
    canv.saveState()

    top = height - MARGIN_TOP
    rule_y = top - HEADER_HEIGHT + 3 * mm
    texts = [(info.title, header_title)] + ([(info.subtitle, header_subtitle)] if info.subtitle else [])
    for paragraph, used in _fitted(canv, texts, inner, top - rule_y - 1 * mm):
        paragraph.drawOn(canv, MARGIN_X, top - used)
        top -= used
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.6)
    canv.line(MARGIN_X, rule_y, width - MARGIN_X, rule_y)

    footer_top = MARGIN_BOTTOM + FOOTER_HEIGHT - 3 * mm
    canv.line(MARGIN_X, footer_top, width - MARGIN_X, footer_top)
    label_width = 22 * mm  # "Sida 10 av 12" is under 20 mm; the rest is the co-financing line's
    label = para(pick(PAGE_TEXTS, "page", info.lang, n=page, m=pages), page_number)
    _, label_height = label.wrapOn(canv, label_width, FOOTER_HEIGHT)
    label.drawOn(canv, width - MARGIN_X - label_width, footer_top - 2 * mm - label_height)
    if info.cofinancing:
        room = footer_top - 2 * mm - 4 * mm  # printers cannot print the last few millimetres
        [(line, line_height)] = _fitted(canv, [(info.cofinancing, cofinancing)], inner - label_width - 4 * mm, room)
        line.drawOn(canv, MARGIN_X, footer_top - 2 * mm - line_height)
    canv.restoreState()


def _counting_canvas(info: DocumentInfo, counted: list[int]):
    """A canvas class that keeps every page back until the end, when the total is known."""

    class CountingCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._held_pages)
            for page, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                if info.decorated:
                    _decorate(self, info, page, total)
                pdfcanvas.Canvas.showPage(self)
            counted.append(total)
            pdfcanvas.Canvas.save(self)

    return CountingCanvas


class _Document(BaseDocTemplate):
    def __init__(self, filename, info: DocumentInfo, cancel: Callable[[], bool] | None):
        register_fonts()
        width, height = page_dimensions(info)
        if info.decorated:
            frame = Frame(MARGIN_X, MARGIN_BOTTOM + FOOTER_HEIGHT, width - 2 * MARGIN_X, usable_height(info),
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        else:
            frame = Frame(0, 0, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                          id="page")
        super().__init__(
            filename, pagesize=(width, height), pageTemplates=[PageTemplate("page", [frame])],
            title=info.title, author=info.author, subject=info.subject, creator=PROGRAM, lang=info.lang,
            leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP + HEADER_HEIGHT,
            bottomMargin=MARGIN_BOTTOM + FOOTER_HEIGHT, initialFontName=FONT,
        )
        self._cancel = cancel

    def handle_flowable(self, flowables):
        if self._cancel is not None and self._cancel():
            raise ReportCancelled()
        super().handle_flowable(flowables)


def build_pdf(target: Path | BinaryIO, info: DocumentInfo, story: list[Flowable],
              cancel: Callable[[], bool] | None = None) -> int:
    """Write the document and return its number of pages.

    A path is written through a temporary file beside it and moved into place at the end, so that a
    failed or cancelled build never leaves half a PDF where the old one was; a stream gets the bytes
    only when the document is complete.
    """
    counted: list[int] = []
    canvasmaker = _counting_canvas(info, counted)
    story = list(story)  # platypus consumes the list it builds from
    if isinstance(target, (str, os.PathLike)):
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        os.close(handle)
        try:
            _Document(temporary, info, cancel).build(story, canvasmaker=canvasmaker)
            # mkstemp makes the file private; a printed document is an ordinary file of the user.
            os.chmod(temporary, target.stat().st_mode & 0o777 if target.exists() else 0o644)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    else:
        buffer = io.BytesIO()
        _Document(buffer, info, cancel).build(story, canvasmaker=canvasmaker)
        target.write(buffer.getvalue())
    return counted[-1] if counted else 0


# -- facts several documents print ----------------------------------------------------------------

def activity_or_error(store, activity_id: str | None):
    """The activity to print, or a ``ReportError`` saying it is not in the register."""
    from ..store import RecordNotFound

    if not activity_id:
        raise ReportError("No activity chosen to print.")
    try:
        return store.activities.get(activity_id)
    except RecordNotFound:
        raise ReportError(f"The activity {activity_id} is not in the register (deleted or never saved).") from None


def activity_subtitle(activity) -> str:
    """ "Title · 2026-11-25 · Place": what every page of an activity's document says it belongs to."""
    return " · ".join(part for part in (activity.title, activity.date, activity.place) if part)


_FOLDED = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
                         "ß": "ss", "þ": "th", "ı": "i"})


def name_key(text: str, lang: str = "sv") -> str:
    """A sort key for names: accents ignored (Ł with L, Đ with D); in Swedish Å, Ä, Ö come after Z."""
    swedish = language(lang) == "sv"
    out = []
    for char in text.casefold().translate(_FOLDED):
        if swedish and char in "åäö":
            out.append("z" + chr(0x10FF00 + "åäö".index(char)))  # after every z…
            continue
        decomposed = unicodedata.normalize("NFD", char)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out)


def has_rtl(text: str) -> bool:
    """Whether the text holds right-to-left letters (Arabic, Persian, Hebrew).

    Without a bidi library reportlab reverses each run of one font on its own, not the order of runs:
    such text must stay in one run (no <b> inside it) to read right."""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)
