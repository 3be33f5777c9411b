"""The funder's indicator report for a period, as a PDF for the auditor or a CSV for the funder's forms.

The figures are :func:`aiall_desktop.domain.indicators.compute`'s, read through ``store.indicators``
(the dashboard's own query for who was present), so the report, the CSV and the window agree. The
definitions and assumptions the figures rest on are printed at the end of the PDF, in words an auditor
can check against the register.

The CSV has one row per figure, ``indicator;breakdown;value``, in the house dialect of the register's
export (UTF-8 with a byte-order mark, semicolons, CRLF): indicator codes and breakdown codes are stable
English codes (``RCO01;micro;12``, ``participants_unique;woman;40``, ``…;total;…``) whatever the
language; only the decimal mark of percentages follows it (``25,9`` in Swedish, ``25.9`` in English), so
that a spreadsheet in that language reads them as numbers.
"""

from __future__ import annotations

import csv
import io
import math
import os
import tempfile
from collections.abc import Callable, Iterable
from datetime import date as Date
from fractions import Fraction
from pathlib import Path
from typing import BinaryIO, Literal

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from ..domain.diversity import Verdict
from ..domain.indicators import Indicators, compute
from ..exchange.exporter import defuse
from ..records import Gender
from .labels import AREAS, GENDERS, KINDS, SECTORS, SIZES, STAGES, label
from .template import (
    FONT,
    FONT_BOLD,
    INK,
    NBSP,
    ReportError,
    build_pdf,
    document_info,
    language,
    number,
    page_break,
    para,
    pick,
    styles,
    table,
    usable_width,
)

Format = Literal["pdf", "csv"]

#: Activities per table in the long list: one table of thousands of rows makes reportlab re-split it
#: page after page; a table per chunk keeps the build linear (each still repeats its header row).
ROWS_PER_TABLE = 120

TEXTS: dict[str, dict[str, str]] = {
    "title": {"sv": "Indikatorrapport", "en": "Indicator report"},
    "subtitle": {"sv": "Perioden {start} – {end}", "en": "Period {start} – {end}"},
    "intro": {
        "sv": "Aktiviteter daterade {start} – {end} (båda dagarna ingår). Minsta andel kvinnor per aktivitet: "
              "{minimum}. Utskriven {today}. Definitioner och antaganden står sist i rapporten.",
        "en": "Activities dated {start} – {end} (both days included). Minimum share of women per activity: "
              "{minimum}. Printed {today}. Definitions and assumptions are given at the end of the report.",
    },
    "no_activities": {
        "sv": "Inga aktiviteter mellan {start} och {end}.",
        "en": "No activities between {start} and {end}.",
    },
    "bad_date": {"sv": "{value!r} är inget datum (ÅÅÅÅ-MM-DD).", "en": "{value!r} is not a date (YYYY-MM-DD)."},
    "bad_period": {"sv": "Perioden slutar ({end}) innan den börjar ({start}).",
                   "en": "The period ends ({end}) before it starts ({start})."},
    "bad_format": {
        "sv": "Okänt format {value!r}: välj pdf eller csv.",
        "en": "Unknown format {value!r}: choose pdf or csv.",
    },
    # key figures
    "key_figures": {"sv": "Nyckeltal", "en": "Key figures"},
    "indicator": {"sv": "Indikator", "en": "Indicator"},
    "code": {"sv": "Kod", "en": "Code"},
    "value": {"sv": "Värde", "en": "Value"},
    "number": {"sv": "Antal", "en": "Number"},
    "share": {"sv": "Andel", "en": "Share"},
    "total": {"sv": "Totalt", "en": "Total"},
    "k_activities": {"sv": "Aktiviteter", "en": "Activities"},
    "k_participations": {"sv": "Deltaganden (närvarande)", "en": "Participations (present)"},
    "k_participants": {"sv": "Unika deltagare", "en": "Unique participants"},
    "k_women_participants": {
        "sv": "Andel kvinnor bland unika deltagare",
        "en": "Share of women among unique participants",
    },
    "k_passing": {
        "sv": "Aktiviteter som når minsta andel kvinnor",
        "en": "Activities reaching the minimum share of women",
    },
    "k_passing_value": {"sv": "{passing} av {judged} ({share})", "en": "{passing} of {judged} ({share})"},
    "k_organisations": {"sv": "Organisationer som fått stöd", "en": "Organisations supported"},
    "k_rco01": {"sv": "Företag som får stöd", "en": "Enterprises supported"},
    "k_rco04": {"sv": "Företag som får icke-finansiellt stöd", "en": "Enterprises with non-financial support"},
    "k_cases": {"sv": "Case", "en": "Cases"},
    "k_intersection": {"sv": "Korsningscase (två eller fler områden)", "en": "Intersection cases (two or more areas)"},
    # sections
    "s_activities": {"sv": "1. Aktiviteter per typ", "en": "1. Activities by kind"},
    "kind": {"sv": "Typ", "en": "Kind"},
    "s_people": {"sv": "2. Deltagare och deltaganden per kön", "en": "2. Participants and participations by gender"},
    "gender": {"sv": "Kön", "en": "Gender"},
    "unique": {"sv": "Unika deltagare", "en": "Unique participants"},
    "participations": {"sv": "Deltaganden", "en": "Participations"},
    "s_rule": {"sv": "3. Andel kvinnor per aktivitet mot minsta andel {minimum}",
               "en": "3. Share of women per activity against the minimum of {minimum}"},
    "outcome": {"sv": "Utfall", "en": "Outcome"},
    "activities": {"sv": "Aktiviteter", "en": "Activities"},
    "v_passes": {"sv": "✓ Når minsta andel", "en": "✓ Reaches the minimum"},
    "v_undetermined": {"sv": "? Obestämd (kön ej angivet för några)", "en": "? Undetermined (some genders not stated)"},
    "v_fails": {"sv": "✗ Når inte minsta andel", "en": "✗ Below the minimum"},
    "v_empty": {"sv": "– Ingen närvarande (bedöms inte)", "en": "– Nobody present (not judged)"},
    "judged": {"sv": "Bedömda aktiviteter", "en": "Activities judged"},
    "pass_share": {
        "sv": "Andel bedömda aktiviteter som når minsta andel",
        "en": "Share of judged activities reaching the minimum",
    },
    "s_organisations": {
        "sv": "4. Organisationer som fått stöd, per sektor",
        "en": "4. Organisations supported, by sector",
    },
    "sector": {"sv": "Sektor", "en": "Sector"},
    "without_organisation": {
        "sv": "Dessutom {n} unika deltagare utan organisation i registret (ingår inte ovan).",
        "en": "In addition {n} unique participants without an organisation in the register (not counted above).",
    },
    "s_enterprises": {
        "sv": "5. Företag per storleksklass (RCO01, RCO04)",
        "en": "5. Enterprises by size class (RCO01, RCO04)",
    },
    "size": {"sv": "Storleksklass (EU)", "en": "Size class (EU)"},
    "rco04_note": {
        "sv": "RCO04 = RCO01: allt stöd i projektet är icke-finansiellt (se antagandena sist).",
        "en": "RCO04 = RCO01: all support in the project is non-financial (see the assumptions at the end).",
    },
    "s_cases": {"sv": "6. Case per steg och ÖMS-område", "en": "6. Cases by stage and ÖMS area"},
    "stage": {"sv": "Steg", "en": "Stage"},
    "area": {"sv": "ÖMS-område", "en": "ÖMS area"},
    "no_area": {"sv": "Inget område angivet", "en": "No area given"},
    "cases_total": {"sv": "Case i perioden", "en": "Cases in the period"},
    "intersection": {
        "sv": "Varav korsningscase (två eller fler områden)",
        "en": "Of which intersection cases (two or more areas)",
    },
    "area_note": {
        "sv": "Ett case räknas en gång i vart och ett av sina områden; områdena summerar därför till mer än "
              "antalet case.",
        "en": "A case counts once in each of its areas, so the areas add up to more than the number of cases.",
    },
    "s_list": {"sv": "7. Aktiviteterna i perioden", "en": "7. The activities of the period"},
    "date": {"sv": "Datum", "en": "Date"},
    "activity": {"sv": "Aktivitet", "en": "Activity"},
    "present": {"sv": "Närv.", "en": "Present"},
    "women": {"sv": "Kvinnor", "en": "Women"},
    "women_share": {"sv": "Andel kvinnor", "en": "Women share"},
    "met": {"sv": "Minsta andel", "en": "Minimum"},
    "legend": {
        "sv": "✓ Ja = når minsta andel kvinnor ({minimum}); ✗ Nej = når den inte; ? Obestämd = skulle nå den bara om "
              "de som inte angett kön är kvinnor; – = ingen närvarande (bedöms inte).",
        "en": "✓ Yes = reaches the minimum share of women ({minimum}); ✗ No = below it; ? Undetermined = would "
              "reach it only if the people who did not state a gender are women; – = nobody present (not judged).",
    },
    "m_passes": {"sv": "✓ Ja", "en": "✓ Yes"},
    "m_fails": {"sv": "✗ Nej", "en": "✗ No"},
    "m_undetermined": {"sv": "? Obestämd", "en": "? Undetermined"},
    "m_empty": {"sv": "– Ingen närv.", "en": "– Nobody"},
    "s_definitions": {"sv": "Definitioner och antaganden", "en": "Definitions and assumptions"},
}

#: (term, definition) pairs printed at the end; they restate ``domain.indicators``' definitions.
DEFINITIONS: dict[str, list[tuple[str, str]]] = {
    "sv": [
        ("Period", "Båda datumen ingår. Borttagna poster (aktiviteter, deltagare, närvaro, organisationer, case) "
                   "räknas inte."),
        ("Aktivitet", "En aktivitet vars datum ligger i perioden, oavsett typ, även om ingen var närvarande."),
        ("Deltagande", "En närvarorad med status ”närvarande” (incheckad) vid en aktivitet i perioden. Inbjudna, "
                       "återbud och uteblivna räknas inte. En person vid två aktiviteter ger två deltaganden."),
        ("Unika deltagare", "Personer med minst ett deltagande i perioden, var och en en gång, per kön (kvinna, man, "
                            "icke-binär, beskriver själv, ej angivet). Ej angivet kön gissas aldrig."),
        ("Andel kvinnor per aktivitet", "Kvinnor närvarande / alla närvarande, jämfört med projektets minsta andel "
                                        "(inställningen women_minimum). Samma regel som programmets översikt: personer "
                                        "utan angivet kön räknas i nämnaren; en aktivitet som bara skulle kunna nå "
                                        "gränsen om de var kvinnor är ”obestämd” och räknas inte som godkänd; en "
                                        "aktivitet utan närvarande bedöms inte. Andelen godkända = godkända / "
                                        "bedömda."),
        ("Procent", "Andelar kvinnor (och könsfördelningen) avrundas nedåt till en decimal, så att en andel under "
                    "gränsen aldrig visas som att den når den. Övriga andelar avrundas till närmaste tiondel."),
        ("Organisationer som fått stöd", "De olika organisationerna som de unika deltagarna tillhör enligt registret "
                                         "när rapporten skrivs ut. Deltagare utan organisation redovisas separat."),
        ("RCO01 Företag som får stöd", "Organisationer som fått stöd med sektorn ”företag”, per EU:s storleksklass "
                                       "(kommissionens rekommendation 2003/361/EG): mikro, små, medelstora, stora, "
                                       "samt ”ej angiven” när registret saknar storleksklass."),
        ("RCO04 Företag som får icke-finansiellt stöd", "Antagande: allt stöd i projektet är icke-finansiellt "
                                                        "(workshoppar, företagsbesök, nätverksträffar, caseutveckling; "
                                                        "inga bidrag, lån eller checkar). Därför är RCO04 = RCO01."),
        ("Case i perioden", "Case vars ursprungsaktivitet ligger i perioden. Ett case utan ursprungsaktivitet (eller "
                            "vars ursprungsaktivitet är borttagen) hör till den period då det registrerades "
                            "(lokalt datum)."),
        ("Steg", "Casets steg när rapporten skrivs ut, inte steget vid periodens slut."),
        ("ÖMS-område och korsningscase", "Ett case räknas en gång i vart och ett av sina områden. Korsningscase har "
                                         "två eller fler olika områden (asterisken i AI.ALL*)."),
    ],
    "en": [
        ("Period", "Both dates are included. Deleted records (activities, participants, attendance, organisations, "
                   "cases) count nowhere."),
        ("Activity", "An activity whose date is in the period, whatever its kind, also one nobody attended."),
        ("Participation", "An attendance row with status “present” (checked in) at an activity in the period. "
                          "Invited, excused and no-show rows do not count. A person at two activities makes two "
                          "participations."),
        ("Unique participants", "People with at least one participation in the period, each once, by gender (woman, "
                                "man, non-binary, self-described, not stated). An unstated gender is never guessed."),
        ("Women share per activity", "Women present / everyone present, against the project's minimum (the setting "
                                     "women_minimum). The same rule as the program's dashboard: people who have not "
                                     "stated a gender stay in the denominator; an activity that could reach the "
                                     "minimum only if they were women is “undetermined” and does not pass; an "
                                     "activity nobody attended is not judged. Share passing = passing / judged."),
        ("Percentages", "Women shares (and the gender breakdown) are rounded down to one decimal, so that a share "
                        "below the minimum never shows as reaching it. Other shares are rounded to the nearest tenth."),
        ("Organisations supported", "The distinct organisations the unique participants belong to in the register "
                                    "when the report is printed. Participants without an organisation are reported "
                                    "separately."),
        ("RCO01 Enterprises supported", "Organisations supported whose sector is “company”, by EU size class "
                                        "(Commission Recommendation 2003/361/EC): micro, small, medium, large, and "
                                        "“not given” when the register has no size class."),
        ("RCO04 Enterprises with non-financial support", "Assumption: all support given by the project is "
                                                         "non-financial (workshops, company visits, network meetings, "
                                                         "case development; no grants, loans or vouchers). Hence "
                                                         "RCO04 = RCO01."),
        ("Cases of the period", "Cases whose origin activity is in the period. A case without an origin activity "
                                "(or whose origin activity is deleted) belongs to the period in which it was entered "
                                "(local date)."),
        ("Stage", "The case's stage when the report is printed, not its stage at the end of the period."),
        ("ÖMS area and intersection cases", "A case counts once in each of its areas. Intersection cases have two or "
                                            "more distinct areas (the asterisk of AI.ALL*)."),
    ],
}

VERDICT_CODES = {
    Verdict.PASSES: "passes", Verdict.UNDETERMINED: "undetermined", Verdict.FAILS: "fails", Verdict.EMPTY: "not_judged",
}


def percent_down(share: Fraction | float) -> float:
    """The share in percent with one decimal, rounded *down* on the exact fraction: 25.96 % is 25.9, never a
    passing-looking 26.0 (nor does a float's binary error push 26 % to 25.9)."""
    return math.floor(Fraction(share) * 1000) / 10


def share_percent(share: Fraction | float | None, lang: str) -> str:
    """A women share as printed: one decimal, rounded down (:func:`percent_down`)."""
    if share is None:
        return "–"
    value = number(percent_down(share), lang, 1)
    return f"{value}{NBSP}%" if lang == "sv" else f"{value}%"


def rounded_percent(share: Fraction | float | None, lang: str) -> str:
    """A part of a whole (kinds, sectors, stages) with one decimal, rounded to the nearest tenth (half up)."""
    if share is None:
        return "–"
    tenths = math.floor(Fraction(share) * 1000 + Fraction(1, 2))
    value = number(tenths / 10, lang, 1)
    return f"{value}{NBSP}%" if lang == "sv" else f"{value}%"


def minimum_percent(minimum: Fraction, lang: str) -> str:
    """The minimum as it was set: 26 %, or 26,5 % when it has a decimal."""
    hundredths = minimum * 100
    decimals = 0 if hundredths.denominator == 1 else 1
    value = number(float(hundredths), lang, decimals)
    return f"{value}{NBSP}%" if lang == "sv" else f"{value}%"


# -- the entry point -------------------------------------------------------------------------------------


def _parse_day(value: str | Date, lang: str) -> str:
    if isinstance(value, Date):
        return value.isoformat()
    try:
        return Date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ReportError(pick(TEXTS, "bad_date", lang, value=value)) from None


def read_indicators(store, date_from: str | Date, date_to: str | Date, *, lang: str = "en") -> Indicators:
    """The period's indicators; ``ReportError`` for a bad period or one without activities."""
    lang = language(lang)
    start, end = _parse_day(date_from, lang), _parse_day(date_to, lang)
    if end < start:
        raise ReportError(pick(TEXTS, "bad_period", lang, start=start, end=end))
    figures = compute(store.indicators.rows(start, end))
    if not figures.activities:
        raise ReportError(pick(TEXTS, "no_activities", lang, start=start, end=end))
    return figures


def build_indicators(store, target: Path | str | BinaryIO, *, date_from: str | Date, date_to: str | Date,
                     lang: str = "sv", format: Format = "pdf",  # noqa: A002 - the CLI's word
                     cancel: Callable[[], bool] | None = None) -> int:
    """Write the indicator report of ``date_from``..``date_to`` (both included) to ``target``.

    Returns the number of pages of the PDF, or the number of figure rows of the CSV. Raises
    ``ReportError`` for an unknown format, a bad period or a period without activities.
    """
    lang = language(lang)
    if format not in ("pdf", "csv"):
        raise ReportError(pick(TEXTS, "bad_format", lang, value=format))
    figures = read_indicators(store, date_from, date_to, lang=lang)
    if format == "csv":
        return write_csv(figures, target, lang=lang)
    info = document_info(store, pick(TEXTS, "title", lang),
                         subtitle=pick(TEXTS, "subtitle", lang, start=figures.date_from, end=figures.date_to),
                         lang=lang)
    story = _story(figures, lang, usable_width(info))
    return build_pdf(target, info, story, cancel=cancel)


# -- the CSV ----------------------------------------------------------------------------------------------


def csv_rows(figures: Indicators, lang: str = "sv") -> list[tuple[str, str, str]]:
    """Every figure as ``(indicator, breakdown, value)``: stable codes, whole numbers, percentages."""
    lang = language(lang)

    def pct(share: Fraction | None) -> str:
        if share is None:
            return ""
        return number(percent_down(share), lang, 1).replace(NBSP, "")

    rows: list[tuple[str, str, str]] = [
        ("period", "from", figures.date_from),
        ("period", "to", figures.date_to),
        ("women_minimum_pct", "", pct(figures.minimum)),
    ]

    def breakdown(code: str, counts: dict, total: int | None = None) -> None:
        for key, value in counts.items():
            rows.append((code, str(key), str(value)))
        rows.append((code, "total", str(sum(counts.values()) if total is None else total)))

    breakdown("activities", figures.activities_by_kind)
    breakdown("participations", {g.value: n for g, n in figures.participations_by_gender.items()})
    breakdown("participants_unique", {g.value: n for g, n in figures.participants_by_gender.items()})
    rows.append(("women_share_participants_pct", "total", pct(figures.participants.women_share)))
    breakdown("activities_by_women_minimum",
              {VERDICT_CODES[v]: figures.summary.verdicts[v] for v in VERDICT_CODES})
    rows.append(("activities_judged", "total", str(figures.judged)))
    rows.append(("activities_passing", "total", str(figures.passing)))
    rows.append(("activities_passing_pct", "total", pct(figures.pass_share)))
    breakdown("organisations_supported", figures.organisations_by_sector)
    rows.append(("participants_without_organisation", "total", str(figures.participants_without_organisation)))
    breakdown("RCO01", figures.enterprises_by_size)
    breakdown("RCO04", figures.enterprises_by_size, figures.rco04)
    breakdown("cases_by_stage", figures.cases_by_stage)
    for area, n in figures.cases_by_area.items():
        rows.append(("cases_by_area", area, str(n)))
    rows.append(("cases_by_area", "none", str(figures.cases_without_area)))
    rows.append(("cases_intersection", "total", str(figures.intersection_cases)))
    rows.append(("cases", "total", str(figures.cases_total)))
    for line in figures.activities:
        label = f"{line.date} {line.title}"
        rows.append(("women_share_activity_pct", label, pct(line.composition.women_share)))
        rows.append(("women_minimum_activity", label, VERDICT_CODES[line.verdict]))
    return rows


def write_csv(figures: Indicators, target: Path | str | BinaryIO, *, lang: str = "sv") -> int:
    """Write :func:`csv_rows` in the house CSV dialect; returns the number of figure rows."""
    rows = csv_rows(figures, lang)
    text = io.StringIO(newline="")
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(["indicator", "breakdown", "value"])
    for indicator, key, value in rows:
        writer.writerow([indicator, defuse(key), value])
    data = text.getvalue().encode("utf-8-sig")
    if isinstance(target, (str, os.PathLike)):
        path = Path(target)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.chmod(temporary, 0o644)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    else:
        target.write(data)
    return len(rows)


# -- the PDF ----------------------------------------------------------------------------------------------


class _Cells:
    """Table cells in the house styles: text left, numbers right, the totals row bold."""

    def __init__(self, lang: str):
        s = styles()
        self.lang = lang
        self.text = s.cell
        self.bold = s.cell_bold
        self.right = s.cell_right
        self.right_bold = ParagraphStyle("indicators_right_bold", parent=s.cell_right, fontName=FONT_BOLD)

    def head(self, text: str) -> Paragraph:
        """A header cell over a column of numbers: right-aligned like them."""
        return para(text, self.right_bold)

    def n(self, value: int, *, bold: bool = False) -> Paragraph:
        return para(number(value, self.lang), self.right_bold if bold else self.right)

    def pct(self, share, *, bold: bool = False) -> Paragraph:
        """A women share (rounded down, see :func:`share_percent`)."""
        return para(share_percent(share, self.lang), self.right_bold if bold else self.right)

    def part(self, share, *, bold: bool = False) -> Paragraph:
        """A part of a whole (rounded to the nearest tenth)."""
        return para(rounded_percent(share, self.lang), self.right_bold if bold else self.right)

    def label(self, text: str, *, bold: bool = False) -> Paragraph:
        return para(text, self.bold if bold else self.text)


def _counts_table(cells: _Cells, heading: str, counts: Iterable[tuple[str, int]], total_label: str,
                  width: float, total: int | None = None) -> Flowable:
    lang = cells.lang
    items = list(counts)
    whole = sum(n for _, n in items) if total is None else total
    rows: list[list] = [[heading, cells.head(pick(TEXTS, "number", lang)), cells.head(pick(TEXTS, "share", lang))]]
    for label, n in items:
        rows.append([label, cells.n(n), cells.part(Fraction(n, whole) if whole else None)])
    rows.append([cells.label(total_label, bold=True), cells.n(whole, bold=True),
                 cells.part(1 if whole else None, bold=True)])
    return table(rows, [width * 0.6, width * 0.2, width * 0.2])


def _story(f: Indicators, lang: str, width: float) -> list[Flowable]:
    s = styles()
    cells = _Cells(lang)
    t = lambda key, **values: pick(TEXTS, key, lang, **values)  # noqa: E731 - a local shorthand
    minimum = minimum_percent(f.minimum, lang)
    story: list[Flowable] = [
        para(t("title"), s.title),
        para(t("intro", start=f.date_from, end=f.date_to, minimum=minimum, today=Date.today().isoformat()), s.body),
    ]

    # Key figures: the lines the funder's form asks for, each with its code.
    pass_value = t("k_passing_value", passing=number(f.passing, lang), judged=number(f.judged, lang),
                   share=share_percent(f.pass_share, lang))
    key_rows = [
        [t("indicator"), t("code"), cells.head(t("value"))],
        [t("k_activities"), "activities", cells.n(f.activities_total)],
        [t("k_participations"), "participations", cells.n(f.participations)],
        [t("k_participants"), "participants_unique", cells.n(f.participants_unique)],
        [t("k_women_participants"), "women_share_participants_pct", cells.pct(f.participants.women_share)],
        [t("k_passing"), "activities_passing", para(pass_value, cells.right)],
        [t("k_organisations"), "organisations_supported", cells.n(f.organisations_total)],
        [t("k_rco01"), "RCO01", cells.n(f.rco01, bold=True)],
        [t("k_rco04"), "RCO04", cells.n(f.rco04, bold=True)],
        [t("k_cases"), "cases", cells.n(f.cases_total)],
        [t("k_intersection"), "cases_intersection", cells.n(f.intersection_cases)],
    ]
    story += [para(t("key_figures"), s.heading), table(key_rows, [width * 0.44, width * 0.34, width * 0.22])]

    half = width * 0.75
    story += [
        para(t("s_activities"), s.heading),
        _counts_table(cells, t("kind"), ((label(KINDS, k, lang), n) for k, n in f.activities_by_kind.items()),
                      t("total"), half),
    ]

    # Gender: unique people and participations side by side, each with its share.
    # Shares of this table are rounded down, as the women share is everywhere in the report.
    people_rows: list[list] = [[t("gender"), cells.head(t("unique")), cells.head(t("share")),
                                cells.head(t("participations")), cells.head(t("share"))]]
    for gender in Gender:
        unique, times = f.participants_by_gender[gender], f.participations_by_gender[gender]
        people_rows.append([label(GENDERS, gender, lang), cells.n(unique),
                            cells.pct(Fraction(unique, f.participants_unique) if f.participants_unique else None),
                            cells.n(times), cells.pct(Fraction(times, f.participations) if f.participations else None)])
    people_rows.append([cells.label(t("total"), bold=True), cells.n(f.participants_unique, bold=True),
                        cells.pct(1 if f.participants_unique else None, bold=True),
                        cells.n(f.participations, bold=True), cells.pct(1 if f.participations else None, bold=True)])
    story += [para(t("s_people"), s.heading),
              table(people_rows, [width * 0.28] + [width * 0.18] * 4)]

    verdicts = f.summary.verdicts
    rule_rows: list[list] = [[t("outcome"), cells.head(t("activities"))]]
    for verdict, key in ((Verdict.PASSES, "v_passes"), (Verdict.UNDETERMINED, "v_undetermined"),
                         (Verdict.FAILS, "v_fails"), (Verdict.EMPTY, "v_empty")):
        rule_rows.append([t(key), cells.n(verdicts[verdict])])
    rule_rows.append([cells.label(t("total"), bold=True), cells.n(f.activities_total, bold=True)])
    rule_rows.append([t("judged"), cells.n(f.judged)])
    rule_rows.append([cells.label(t("pass_share"), bold=True), cells.pct(f.pass_share, bold=True)])
    story += [para(t("s_rule", minimum=minimum), s.heading), table(rule_rows, [half * 0.75, half * 0.25])]

    story += [
        para(t("s_organisations"), s.heading),
        _counts_table(cells, t("sector"),
                      ((label(SECTORS, k, lang), n) for k, n in f.organisations_by_sector.items()), t("total"), half),
    ]
    if f.participants_without_organisation:
        story.append(para(t("without_organisation", n=number(f.participants_without_organisation, lang)), s.small))

    size_rows: list[list] = [[t("size"), cells.head("RCO01"), cells.head("RCO04")]]
    for key, n in f.enterprises_by_size.items():
        size_rows.append([label(SIZES, key, lang), cells.n(n), cells.n(n)])
    size_rows.append([cells.label(t("total"), bold=True), cells.n(f.rco01, bold=True), cells.n(f.rco04, bold=True)])
    story += [para(t("s_enterprises"), s.heading), table(size_rows, [half * 0.6, half * 0.2, half * 0.2]),
              para(t("rco04_note"), s.small)]

    story += [
        para(t("s_cases"), s.heading),
        _counts_table(cells, t("stage"), ((label(STAGES, k, lang), n) for k, n in f.cases_by_stage.items()),
                      t("total"), half),
        Spacer(1, 3 * mm),
    ]
    area_rows: list[list] = [[t("area"), cells.head(t("number"))]]
    for area, n in f.cases_by_area.items():
        area_rows.append([label(AREAS, area, lang), cells.n(n)])
    area_rows.append([t("no_area"), cells.n(f.cases_without_area)])
    area_rows.append([cells.label(t("cases_total"), bold=True), cells.n(f.cases_total, bold=True)])
    area_rows.append([cells.label(t("intersection"), bold=True), cells.n(f.intersection_cases, bold=True)])
    story += [KeepTogether([table(area_rows, [half * 0.75, half * 0.25]), para(t("area_note"), s.small)])]

    # The list is the appendix the figures above can be checked against: it starts on its own page.
    story += [page_break(), para(t("s_list"), s.heading), para(t("legend", minimum=minimum), s.small),
              Spacer(1, 2 * mm)]
    story += _activity_tables(f, cells, width)

    story.append(para(t("s_definitions"), s.heading))
    term = ParagraphStyle("indicators_term", parent=s.body, fontName=FONT_BOLD, spaceAfter=0, keepWithNext=1)
    for name, text in DEFINITIONS[lang]:
        story += [para(name, term), para(text, s.body)]
    return story


#: Scripts whose letters must be shaped (joined, reordered, marks placed) to print right: these go
#: through a shaping Paragraph; everything else is drawn as it is.
_SHAPED_RANGES = ((0x0300, 0x036F), (0x0590, 0x08FF), (0x0900, 0x0DFF), (0x0E00, 0x0EFF), (0x1000, 0x109F),
                  (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))


def needs_shaping(text: str) -> bool:
    return any(lo <= ord(ch) <= hi for ch in text if ord(ch) >= 0x0300 for lo, hi in _SHAPED_RANGES)


class _Text(Flowable):
    """Unshaped text in a table cell, wrapped at spaces.

    The list of a year holds thousands of rows; a shaping Paragraph per cell made the PDF of the scale-10
    demo take minutes. Dates, numbers, kinds and marks never need shaping, and titles need it only in
    scripts such as Arabic (:func:`needs_shaping`), which keep their Paragraph.
    """

    def __init__(self, text: str, font: str, size: float, leading: float, *, right: bool = False):
        super().__init__()
        self.text, self.font, self.size, self.leading, self.right = text, font, size, leading, right
        self._lines: list[str] = [text]

    def wrap(self, available_width, available_height):  # noqa: D102 - reportlab's protocol
        self._lines = simpleSplit(self.text, self.font, self.size, available_width) or [""]
        self.width = available_width
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.setFont(self.font, self.size)
        canvas.setFillColor(INK)
        y = self.height - self.size  # where a Paragraph puts its first baseline
        for line in self._lines:
            if self.right:
                canvas.drawRightString(self.width, y, line)
            else:
                canvas.drawString(0, y, line)
            y -= self.leading


def _activity_tables(f: Indicators, cells: _Cells, width: float) -> list[Flowable]:
    """The long list in 8 pt, so that a date, a kind and "? Undetermined" each fit on one line of A4."""
    lang = cells.lang
    t = lambda key: pick(TEXTS, key, lang)  # noqa: E731
    s = styles()
    size, leading = 8, 10
    shaped = ParagraphStyle("indicators_list", parent=s.cell, fontSize=size, leading=leading)

    def text(value: str, *, bold: bool = False, right: bool = False) -> Flowable:
        return _Text(value, FONT_BOLD if bold else FONT, size, leading, right=right)

    def title(value: str) -> Flowable:
        return para(value, shaped) if needs_shaping(value) else text(value)

    # Text as well as a sign, never colour alone.
    marks = {Verdict.PASSES: t("m_passes"), Verdict.FAILS: t("m_fails"), Verdict.UNDETERMINED: t("m_undetermined"),
             Verdict.EMPTY: t("m_empty")}
    kinds = {kind: label(KINDS, kind, lang) for kind in {line.kind for line in f.activities}}
    widths = [w * mm for w in (20, 48, 31, 16, 16, 16, 27)]
    scale = width / sum(widths)
    widths = [w * scale for w in widths]
    tables = []
    lines = f.activities
    for start in range(0, len(lines), ROWS_PER_TABLE):
        rows: list[list] = [[
            text(t("date"), bold=True), text(t("activity"), bold=True), text(t("kind"), bold=True),
            text(t("present"), bold=True, right=True), text(t("women"), bold=True, right=True),
            text(t("women_share"), bold=True, right=True), text(t("met"), bold=True),
        ]]
        for line in lines[start:start + ROWS_PER_TABLE]:
            c = line.composition
            rows.append([text(line.date), title(line.title), text(kinds[line.kind]),
                         text(number(c.people, lang), right=True), text(number(c.women, lang), right=True),
                         text(share_percent(c.women_share, lang), right=True), text(marks[line.verdict])])
        tables.append(table(rows, widths))
    return tables
