"""The four documents of one activity, read back from the PDF: who is named, what is left out, the
co-financing line and "n of m" on every page, the paper size and the errors."""

from __future__ import annotations

import io
import time
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from aiall_desktop.records import Activity, Attendance, Participant, Team, TeamKind, TeamMember
from aiall_desktop.reports import template
from aiall_desktop.reports.handout import build_handout
from aiall_desktop.reports.runsheet import build_runsheet
from aiall_desktop.reports.signin import MIN_BLANK_ROWS, build_signin
from aiall_desktop.reports.tablecards import build_tablecards
from aiall_desktop.reports.template import ReportCancelled, ReportError
from aiall_desktop.store.settings import DEFAULTS

from .conftest import PEOPLE

BUILDERS = [build_handout, build_runsheet, build_signin, build_tablecards]
A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)


def pages_text(path: Path) -> list[str]:
    """Each page's text, Arabic presentation forms folded back to letters, white space made single."""
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
            for page in PdfReader(path).pages]


def letters(text: str) -> set[str]:
    return {char for char in unicodedata.normalize("NFKC", text) if char.isalpha()}


def assert_every_page_framed(texts: list[str], lang: str, *, numbered: bool = True) -> None:
    cofinancing = " ".join(DEFAULTS[f"cofinancing_{lang}"].split())
    for number, text in enumerate(texts, start=1):
        assert cofinancing in text, f"page {number} lacks the co-financing line"
        if numbered:
            label = f"Sida {number} av {len(texts)}" if lang == "sv" else f"Page {number} of {len(texts)}"
            assert label in text


@pytest.fixture
def stockholm_time():
    """Local time as in Örebro in November (UTC+1), whatever the machine's own zone."""
    import os

    before = os.environ.get("TZ")
    os.environ["TZ"] = "CET-1CEST,M3.5.0,M10.5.0/3"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


# -- the handout ----------------------------------------------------------------------------------


def test_handout_names_the_seated_people_but_prints_no_contact_details(workshop_store, tmp_path):
    target = tmp_path / "handout.pdf"
    pages = build_handout(workshop_store, target, activity_id=workshop_store.ids["activity"])

    texts = pages_text(target)
    assert pages == len(texts) >= 2
    assert_every_page_framed(texts, "sv")
    whole = " ".join(texts)
    seated = PEOPLE[:36]
    for first, last, _ in seated:
        name = f"{first} {last}"
        if template.has_rtl(name):
            assert letters(name) <= letters(whole)
        else:
            assert name in whole
    assert "@" not in whole
    assert "070-" not in whole  # phone numbers
    assert PdfReader(target).metadata.title == "Sessionsunderlag"


def test_handout_has_times_goal_agenda_and_cases_with_the_intersection_mark(workshop_store, tmp_path):
    target = tmp_path / "handout.pdf"
    build_handout(workshop_store, target, activity_id=workshop_store.ids["activity"])
    whole = " ".join(pages_text(target))

    assert "2026-11-25" in whole and "09:00–12:00" in whole and "Långhuset L2" in whole
    assert "Hitta och prioritera AI-case" in whole
    # Computed start times: 15 + 30 minutes after nine.
    assert "09:45–10:45 Casearbete vid borden" in whole
    assert "Prediktivt underhåll av pressar*" in whole
    assert "Hållbarhetsdatum som lär sig*" in whole
    assert "Prognos för fjärrvärmebehov*" not in whole
    assert "Smart industri, Morgondagens energilösningar" in whole
    assert "smart_industry" not in whole
    for table in range(1, 7):
        assert f"Bord {table}" in whole


def test_handout_in_english(workshop_store, tmp_path):
    target = tmp_path / "handout-en.pdf"
    build_handout(workshop_store, target, lang="en", activity_id=workshop_store.ids["activity"])
    texts = pages_text(target)

    assert_every_page_framed(texts, "en")
    whole = " ".join(texts)
    assert "Cases to discuss" in whole and "Smart industry, Energy solutions of tomorrow" in whole
    assert PdfReader(target).metadata.title == "Session handout"


# -- the run sheet --------------------------------------------------------------------------------


def test_run_sheet_shows_plan_actual_times_and_differences(workshop_store, tmp_path, stockholm_time):
    target = tmp_path / "runsheet.pdf"
    pages = build_runsheet(workshop_store, target, activity_id=workshop_store.ids["activity"])
    texts = pages_text(target)

    assert pages == len(texts) == 1
    assert_every_page_framed(texts, "sv")
    page = PdfReader(target).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    whole = texts[0]
    # Block 1 planned 09:00 for 15 min, run 09:00–09:16 local (08:00–08:16 UTC).
    assert "09:00–09:15 15 Välkommen och incheckning Plenum Anna Andersson Namnskyltar, kaffe Starta i tid." in whole
    assert "09:00–09:16 start i tid längd +1 min" in whole
    # Block 2 started three minutes late and ran four minutes long; block 3 is still running.
    assert "09:18–09:52 start +3 min längd +4 min" in whole
    assert "09:52– start +7 min pågår" in whole
    assert "Rotera en facilitator per två bord" in whole
    assert "180 min planerat av 180 min." in whole


def test_run_sheet_of_an_activity_without_agenda_is_an_error(workshop_store, tmp_path):
    with pytest.raises(ReportError, match="no agenda"):
        build_runsheet(workshop_store, tmp_path / "r.pdf", activity_id=workshop_store.ids["other_activity"])
    assert not (tmp_path / "r.pdf").exists()


# -- the sign-in sheet ----------------------------------------------------------------------------


def test_sign_in_sheet_lists_everyone_invited_then_blank_rows_that_fill_the_last_page(workshop_store, tmp_path):
    target = tmp_path / "signin.pdf"
    pages = build_signin(workshop_store, target, activity_id=workshop_store.ids["activity"])
    raw = [unicodedata.normalize("NFKC", page.extract_text()) for page in PdfReader(target).pages]
    texts = pages_text(target)

    assert pages == len(texts) == 3
    assert_every_page_framed(texts, "sv")
    assert "Sida 1 av 3" in texts[0] and "Sida 3 av 3" in texts[2]
    for text in texts:  # the header names the activity on every page
        assert "Case workshop Örebro · 2026-11-25 · Örebro universitet, Långhuset L2" in text
        assert "Nr Namn Organisation Namnteckning" in text

    numbers_per_page = [[int(line) for line in text.splitlines() if line.strip().isdigit()] for text in raw]
    numbers = [n for page in numbers_per_page for n in page]
    invited = len(PEOPLE)
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(numbers) - invited >= MIN_BLANK_ROWS
    assert len(numbers_per_page[-1]) == len(numbers_per_page[-2])  # the last page is full

    whole = " ".join(texts)
    assert "@" not in whole and "070-" not in whole
    assert "Borttagen" not in whole  # deleted from the register
    assert "Lindesbergs <Smart> Verkstad & Co" in whole
    assert letters("فاطمة حسن") <= letters(whole)
    # By last name, Swedish order: Å, Ä, Ö after Z, and Ł sorted with L.
    positions = {last: whole.index(last) for last in ("Abdi", "Lindström", "Lund", "Wójcik", "Zielińska", "Åberg",
                                                      "Öberg", "Öhman")}
    assert list(positions) == sorted(positions, key=positions.get)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("invited", [0, 3, 40])
def test_sign_in_blank_rows_fill_the_last_page_exactly(store, tmp_path, paper, invited):
    store.settings.set("page_size", paper)
    activity = store.activities.create(Activity(title="Frukostmöte", date="2026-11-27", place="Kumla"))
    for n in range(invited):
        person = store.participants.create(Participant(first_name="Person", last_name=f"Nummer {n:02d}"))
        store.attendance.create(Attendance(activity_id=activity.id, participant_id=person.id))
    target = tmp_path / "signin.pdf"
    pages = build_signin(store, target, activity_id=activity.id)

    counts = [sum(1 for line in page.extract_text().splitlines() if line.strip().isdigit())
              for page in PdfReader(target).pages]
    assert len(counts) == pages
    assert sum(counts) - invited >= MIN_BLANK_ROWS
    if pages > 1:
        assert counts[-1] == counts[-2] >= counts[0]  # full, and the first page has the title above
    # Adding one more page's worth would be wasteful: the blank rows never fill a whole extra page.
    assert sum(counts) - invited < MIN_BLANK_ROWS + (counts[-1] if pages > 1 else counts[0])


def test_sign_in_sheet_in_english_sorts_accents_with_their_letters(workshop_store, tmp_path):
    target = tmp_path / "signin-en.pdf"
    build_signin(workshop_store, target, lang="en", activity_id=workshop_store.ids["activity"])
    texts = pages_text(target)

    assert_every_page_framed(texts, "en")
    whole = " ".join(texts)
    assert whole.index("Abdi") < whole.index("Åberg") < whole.index("Andersson")
    assert whole.index("Nyström") < whole.index("Öberg") < whole.index("Petrović")
    assert PdfReader(target).metadata.title == "Sign-in sheet"


def test_sign_in_sheet_for_an_empty_list_has_blank_rows_only(workshop_store, tmp_path):
    target = tmp_path / "signin-empty.pdf"
    pages = build_signin(workshop_store, target, activity_id=workshop_store.ids["other_activity"])
    raw = PdfReader(target).pages[0].extract_text()

    assert pages == 1
    numbers = [int(line) for line in raw.splitlines() if line.strip().isdigit()]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= MIN_BLANK_ROWS


# -- the table cards ------------------------------------------------------------------------------


def test_table_cards_one_page_per_table_both_halves_with_names_and_cofinancing(workshop_store, tmp_path):
    target = tmp_path / "cards.pdf"
    pages = build_tablecards(workshop_store, target, activity_id=workshop_store.ids["activity"])
    texts = pages_text(target)

    assert pages == len(texts) == 6
    cofinancing = " ".join(DEFAULTS["cofinancing_sv"].split())
    for number, text in enumerate(texts, start=1):
        assert text.count(f"Bord {number}") == 2  # upright and upside down
        assert text.count(cofinancing) == 2
    # Table 4 seats people 4, 10, 16, … of the list: فاطمة first, Željka, Eva …; first names only.
    assert letters("فاطمة") <= letters(texts[3])
    assert "Željka" in texts[3] and "Kovačević" not in texts[3]
    assert "Łukasz" in texts[0] and "Wójcik" not in texts[0]
    assert "@" not in " ".join(texts)


def test_table_cards_in_english_and_for_an_activity_without_tables(workshop_store, tmp_path):
    target = tmp_path / "cards-en.pdf"
    build_tablecards(workshop_store, target, lang="en", activity_id=workshop_store.ids["activity"])
    texts = pages_text(target)
    assert "Table 1" in texts[0] and " ".join(DEFAULTS["cofinancing_en"].split()) in texts[0]

    with pytest.raises(ReportError, match="no table groups"):
        build_tablecards(workshop_store, tmp_path / "none.pdf", activity_id=workshop_store.ids["other_activity"])


def test_table_cards_tell_apart_two_people_with_the_same_first_name(store, tmp_path):
    activity = store.activities.create(Activity(title="Lunch", date="2026-11-26"))
    team = store.teams.create(Team(name="Fönsterbordet", kind=TeamKind.TABLE_GROUP, activity_id=activity.id))
    for first, last in (("Anna", "Berg"), ("Anna", "Ek"), ("Omar", "Yilmaz")):
        person = store.participants.create(Participant(first_name=first, last_name=last))
        store.team_members.create(TeamMember(team_id=team.id, participant_id=person.id))
    target = tmp_path / "cards.pdf"
    build_tablecards(store, target, activity_id=activity.id)
    text = pages_text(target)[0]

    assert "Anna B." in text and "Anna E." in text and "Omar" in text and "Yilmaz" not in text
    assert "Fönsterbordet" in text  # a table's own name is printed under its number


# -- shared: errors, paper, metadata --------------------------------------------------------------


@pytest.mark.parametrize("build", BUILDERS, ids=lambda b: b.__name__)
def test_an_unknown_activity_is_a_clear_error_and_writes_nothing(build, workshop_store, tmp_path):
    target = tmp_path / "out.pdf"
    with pytest.raises(ReportError, match="not in the register"):
        build(workshop_store, target, activity_id="no-such-activity")
    assert list(tmp_path.glob("*.pdf*")) == []


@pytest.mark.parametrize("build", BUILDERS, ids=lambda b: b.__name__)
def test_paper_size_follows_the_setting(build, workshop_store, tmp_path):
    a4 = tmp_path / "a4.pdf"
    build(workshop_store, a4, activity_id=workshop_store.ids["activity"])
    workshop_store.settings.set("page_size", "Letter")
    letter = tmp_path / "letter.pdf"
    build(workshop_store, letter, activity_id=workshop_store.ids["activity"])

    for path, expected in ((a4, A4), (letter, LETTER)):
        for page in PdfReader(path).pages:
            size = sorted((float(page.mediabox.width), float(page.mediabox.height)))
            assert size == pytest.approx(sorted(expected), abs=0.5)


@pytest.mark.parametrize("build", BUILDERS, ids=lambda b: b.__name__)
def test_metadata_and_writing_to_a_stream(build, workshop_store):
    stream = io.BytesIO()
    pages = build(workshop_store, stream, lang="en", activity_id=workshop_store.ids["activity"])
    reader = PdfReader(io.BytesIO(stream.getvalue()))

    assert len(reader.pages) == pages
    assert reader.metadata.title and reader.metadata.author == "AI.ALL* Workshop Desk"
    assert reader.metadata.subject


def test_a_cancelled_build_leaves_the_old_file_untouched(workshop_store, tmp_path):
    folder = tmp_path / "printed"
    folder.mkdir()
    target = folder / "handout.pdf"
    target.write_bytes(b"the previous handout")
    with pytest.raises(ReportCancelled):
        build_handout(workshop_store, target, activity_id=workshop_store.ids["activity"], cancel=lambda: True)
    assert target.read_bytes() == b"the previous handout"
    assert [p.name for p in folder.iterdir()] == ["handout.pdf"]


# -- the template's own rules ---------------------------------------------------------------------


def test_numbers_and_percentages_follow_the_language():
    assert template.percent(0.3141, "sv") == "31\u00a0%"
    assert template.percent(0.3141, "en") == "31%"
    assert template.number(12345, "sv") == "12\u00a0345"
    assert template.number(12345.25, "en", 1) == "12,345.2"
    assert template.number(3.5, "sv", 1) == "3,5"
    assert template.percent(None, "sv") == "–"


def test_pick_fills_values_and_falls_back_to_english():
    texts = {"page": {"sv": "Sida {n}", "en": "Page {n}"}}
    assert template.pick(texts, "page", "sv", n=2) == "Sida 2"
    assert template.pick(texts, "page", "de", n=2) == "Page 2"


def test_fonts_are_found_where_the_program_is_installed():
    from aiall_desktop.paths import fonts_dir

    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"):
        assert (fonts_dir() / name).is_file()
