"""The indicator report read back: the CSV's figures against the independent count of the raw rows, the
PDF's figures, marks and definitions, the co-financing line and "n of m" on every page, in Swedish and
English, and the errors for a period that cannot be reported."""

from __future__ import annotations

import csv
import io
import math
import unicodedata
from fractions import Fraction
from pathlib import Path

import pytest
from pypdf import PdfReader

from aiall_desktop.records import Activity, Attendance, AttendanceStatus, Gender, Participant
from aiall_desktop.reports.indicators import build_indicators
from aiall_desktop.reports.template import ReportError
from aiall_desktop.store.settings import DEFAULTS
from tests.domain.test_indicators import END, START, build_register, independent

NBSP = "\u00a0"


@pytest.fixture
def register(store):
    store.ids = build_register(store)
    return store


def pages_text(source) -> list[str]:
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).replace(NBSP, " ").split())
            for page in PdfReader(source).pages]


def assert_every_page_framed(texts: list[str], lang: str) -> None:
    cofinancing = " ".join(DEFAULTS[f"cofinancing_{lang}"].split())
    for number, text in enumerate(texts, start=1):
        assert cofinancing in text, f"page {number} lacks the co-financing line"
        label = f"Sida {number} av {len(texts)}" if lang == "sv" else f"Page {number} of {len(texts)}"
        assert label in text, f"page {number} lacks {label!r}"


def read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark, for Excel"
    text = data.decode("utf-8-sig")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def csv_figures(rows: list[list[str]], store, start: str, end: str) -> dict:
    """The CSV's rows in the shape of :func:`independent`: counts as ints, per-activity rows by id."""
    assert rows[0] == ["indicator", "breakdown", "value"]
    by_label = {f"{a.date} {a.title}": a.id for a in store.activities.list() if start <= a.date <= end}
    figures: dict = {}
    for indicator, breakdown, value in rows[1:]:
        if indicator == "women_minimum_activity":
            figures["verdict", by_label[breakdown]] = value
        elif indicator == "women_share_activity_pct":
            figures["women_share_pct", by_label[breakdown]] = value
        elif indicator.endswith("_pct") or indicator == "period":
            figures[indicator, breakdown] = value
        else:
            figures[indicator, breakdown] = int(value)
    return figures


def pct_text(share: Fraction | None, decimal_mark: str) -> str:
    if share is None:
        return ""
    return f"{math.floor(share * 1000) / 10:.1f}".replace(".", decimal_mark)


def assert_csv_matches_independent(figures: dict, expected: dict, decimal_mark: str) -> None:
    for key, value in expected.items():
        if key[0] == "women_share":
            assert figures["women_share_pct", key[1]] == pct_text(value, decimal_mark), key
        else:
            assert figures[key] == value, key
    counted = {k for k in figures if k[0] not in ("period", "women_share_pct") and not k[0].endswith("_pct")}
    assert counted == {k for k in expected if k[0] != "women_share"}, "no figure more or less than expected"


# -- the CSV ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "decimal_mark"), [("en", "."), ("sv", ",")])
def test_csv_figures_equal_the_independent_count(register, tmp_path, lang, decimal_mark):
    target = tmp_path / "indicators.csv"
    written = build_indicators(register, target, date_from=START, date_to=END, lang=lang, format="csv")
    rows = read_csv(target)
    assert written == len(rows) - 1
    figures = csv_figures(rows, register, START, END)
    assert_csv_matches_independent(figures, independent(register, START, END), decimal_mark)
    assert figures["period", "from"] == START and figures["period", "to"] == END
    assert figures["women_minimum_pct", ""] == f"26{decimal_mark}0"
    assert figures["activities_passing_pct", "total"] == f"50{decimal_mark}0"  # 1 of 2 judged
    assert figures["women_share_participants_pct", "total"] == f"37{decimal_mark}5"  # 3 of 8
    # Every indicator code the funder's form is filled from is there, with its total.
    for code in ("activities", "participations", "participants_unique", "organisations_supported", "RCO01",
                 "RCO04", "cases_by_stage", "cases", "cases_intersection"):
        assert (code, "total") in figures, code


def test_csv_to_a_stream(register):
    buffer = io.BytesIO()
    build_indicators(register, buffer, date_from=START, date_to=END, format="csv")
    assert buffer.getvalue().startswith(b"\xef\xbb\xbfindicator;breakdown;value\r\n")
    assert b"RCO01;total;3\r\n" in buffer.getvalue()


# -- the PDF ---------------------------------------------------------------------------------------------


def test_pdf_in_swedish_shows_the_figures_marks_and_definitions(register, tmp_path):
    target = tmp_path / "indikatorer.pdf"
    pages = build_indicators(register, target, date_from=START, date_to=END, lang="sv")
    texts = pages_text(target)
    assert pages == len(texts) >= 2
    assert_every_page_framed(texts, "sv")
    whole = " ".join(texts)
    assert "Indikatorrapport" in whole and "Perioden 2026-03-01 – 2026-03-31" in whole
    # Key figures with their codes: 3 activities, 9 participations, 8 unique, RCO01 = RCO04 = 3.
    for line in ("Aktiviteter activities 3", "Deltaganden (närvarande) participations 9",
                 "Unika deltagare participants_unique 8", "Företag som får stöd RCO01 3",
                 "Företag som får icke-finansiellt stöd RCO04 3", "Case cases 5",
                 "Aktiviteter som når minsta andel kvinnor activities_passing 1 av 2 (50,0 %)"):
        assert line in whole, line
    assert "Kvinna 3 37,5 % 4 44,4 %" in whole  # unique 3 of 8, participations 4 of 9 (rounded down)
    assert "Storleksklass ej angiven 1 1" in whole  # Storlekslös AB
    assert "Offentlig sektor 1" in whole
    assert "Varav korsningscase (två eller fler områden) 2" in whole
    assert "local_area 1" in whole  # an area the users added is shown by its code, not hidden
    # The activities with their women share and the verdict in words, not colour alone.
    assert "2026-03-02 Case workshop Örebro Case-workshop 4 1 25,0 % ? Obestämd" in whole
    assert "2026-03-10 Nätverksträff Karlskoga Nätverksträff 5 3 60,0 % ✓ Ja" in whole
    assert "2026-03-20 Besök utan närvaro Företagsbesök 0 0 – – Ingen närv." in whole
    assert "Inställd demo" not in whole and "April workshop" not in whole
    # The assumptions an auditor needs, at the end.
    assert whole.rindex("Definitioner och antaganden") > whole.index("Besök utan närvaro Företagsbesök")
    assert "Därför är RCO04 = RCO01" in whole


def test_pdf_in_english(register, tmp_path):
    target = tmp_path / "indicators.pdf"
    build_indicators(register, target, date_from=START, date_to=END, lang="en")
    texts = pages_text(target)
    assert_every_page_framed(texts, "en")
    whole = " ".join(texts)
    assert "Indicator report" in whole and "Period 2026-03-01 – 2026-03-31" in whole
    assert "Enterprises supported RCO01 3" in whole
    assert "Activities reaching the minimum share of women activities_passing 1 of 2 (50.0%)" in whole
    assert "Woman 3 37.5% 4 44.4%" in whole
    assert "2026-03-10 Nätverksträff Karlskoga Network meeting 5 3 60.0% ✓ Yes" in whole
    assert "Hence RCO04 = RCO01" in whole
    assert whole.rindex("Definitions and assumptions") > whole.index("Besök utan närvaro Company visit")


def test_pdf_prints_a_title_in_arabic_script(register, tmp_path):
    title = "ورشة الذكاء الاصطناعي"
    activity = register.activities.create(Activity(title=title, date="2026-03-12"))
    person = register.participants.create(Participant(first_name="فاطمة", last_name="حسن", gender=Gender.WOMAN))
    register.attendance.create(Attendance(activity_id=activity.id, participant_id=person.id,
                                          status=AttendanceStatus.PRESENT))
    target = tmp_path / "indicators.pdf"
    build_indicators(register, target, date_from=START, date_to=END, lang="en")
    whole = " ".join(pages_text(target))
    wanted = {c for c in unicodedata.normalize("NFKC", title) if c.isalpha()}
    assert wanted <= {c for c in whole if c.isalpha()}


def test_a_long_period_splits_the_list_over_pages_with_its_header(register, tmp_path):
    for day in range(1, 29):
        for n in range(6):
            register.activities.create(Activity(title=f"Extra {day}.{n}", date=f"2026-03-{day:02d}"))
    target = tmp_path / "long.pdf"
    pages = build_indicators(register, target, date_from=START, date_to=END, lang="en")
    texts = pages_text(target)
    assert pages == len(texts) >= 5
    assert_every_page_framed(texts, "en")
    list_pages = [text for text in texts if "Extra" in text]
    assert len(list_pages) >= 3
    assert all("Date Activity Kind Present Women" in text for text in list_pages)


# -- errors ----------------------------------------------------------------------------------------------


def test_empty_period_is_refused_with_a_clear_message(register, tmp_path):
    target = tmp_path / "empty.pdf"
    with pytest.raises(ReportError) as error:
        build_indicators(register, target, date_from="2026-01-01", date_to="2026-01-31", lang="en")
    assert str(error.value) == "No activities between 2026-01-01 and 2026-01-31."
    with pytest.raises(ReportError, match="Inga aktiviteter mellan 2026-01-01 och 2026-01-31."):
        build_indicators(register, target, date_from="2026-01-01", date_to="2026-01-31", format="csv")
    assert not target.exists()


@pytest.mark.parametrize(("date_from", "date_to", "fmt", "message"), [
    ("2026-03-31", "2026-03-01", "pdf", "ends"),
    ("2026-13-01", "2026-03-31", "pdf", "not a date"),
    ("", "2026-03-31", "csv", "not a date"),
    (START, END, "xlsx", "Unknown format"),
])
def test_bad_requests_are_refused(register, tmp_path, date_from, date_to, fmt, message):
    with pytest.raises(ReportError, match=message):
        build_indicators(register, tmp_path / "x", date_from=date_from, date_to=date_to, lang="en", format=fmt)


# -- a demo year -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    from aiall_desktop.demo import generate

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    generate(path, scale=0.05, seed=3)
    return path


def test_demo_year_csv_equals_the_independent_count_and_the_dashboard(demo_path, tmp_path):
    from aiall_desktop.domain.indicators import compute
    from aiall_desktop.gui.dashboard_page import read_figures
    from aiall_desktop.store import Store

    with Store.open(demo_path, create=False) as store:
        year = store.activities.list(order_by="date", limit=1)[0].date[:4]
        start, end = f"{year}-01-01", f"{year}-12-31"
        target = tmp_path / "demo.csv"
        build_indicators(store, target, date_from=start, date_to=end, lang="sv", format="csv")
        figures = csv_figures(read_csv(target), store, start, end)
        assert_csv_matches_independent(figures, independent(store, start, end), ",")

        # The window's dashboard shows the same people and the same verdicts.
        dashboard = read_figures(store, start, end)
        mine = compute(store.indicators.rows(start, end))
        assert dashboard.summary.verdicts == mine.summary.verdicts
        assert dashboard.everyone.genders == mine.participants_by_gender
        assert {row.activity_id: row.composition for row in dashboard.activities} == {
            line.id: line.composition for line in mine.activities}

        pdf = tmp_path / "demo.pdf"
        pages = build_indicators(store, pdf, date_from=start, date_to=end, lang="en")
        texts = pages_text(pdf)
        assert pages == len(texts)
        assert_every_page_framed(texts, "en")
        whole = " ".join(texts)
        assert f"Enterprises supported RCO01 {figures['RCO01', 'total']}" in whole
        assert f"Unique participants participants_unique {figures['participants_unique', 'total']}" in whole
