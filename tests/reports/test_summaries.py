"""Participant summaries read back from the PDF: one person per page(s), their hours and totals, the
co-financing line on every page, both languages, batches for an activity and a period, cancel, errors."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from aiall_desktop.records import (
    Activity,
    ActivityKind,
    Attendance,
    AttendanceStatus,
    Case,
    CaseStage,
    Organisation,
    Participant,
    Team,
    TeamKind,
    TeamMember,
)
from aiall_desktop.reports import summary
from aiall_desktop.reports.summary import build_summaries, hours_text
from aiall_desktop.reports.template import ReportCancelled, ReportError, has_rtl
from aiall_desktop.store.settings import DEFAULTS

NBSP = "\u00a0"


def pages_text(source) -> list[str]:
    """Each page's text, Arabic presentation forms folded back to letters, white space made single."""
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in PdfReader(source).pages]


def letters(text: str) -> set[str]:
    return {char for char in unicodedata.normalize("NFKC", text) if char.isalpha()}


def starts_with_name(text: str, name: str) -> bool:
    if has_rtl(name):  # may come back in either order: the page's first words hold the name's letters
        return letters(name) <= letters(" ".join(text.split()[: len(name.split()) + 1]))
    return text.startswith(name)


def assert_every_page_framed(texts: list[str], lang: str) -> None:
    cofinancing = " ".join(DEFAULTS[f"cofinancing_{lang}"].split())
    for number, text in enumerate(texts, start=1):
        assert cofinancing in text, f"page {number} lacks the co-financing line"
        label = f"Sida {number} av {len(texts)}" if lang == "sv" else f"Page {number} of {len(texts)}"
        assert label in text, f"page {number} lacks {label!r}"


#: People by key: (first name, last name, organisation key); names as written, in several scripts.
PEOPLE = {
    "lukasz": ("Łukasz", "Wójcik", "mek"),
    "fatima": ("فاطمة", "حسن", "energi"),
    "huong": ("Nguyễn Thị", "Hương", None),
    "dorde": ("Đorđe", "Petrović", "mek"),
    "asa": ("Åsa", "Öberg", "energi"),
    "erik": ("Erik", "Zetterberg", None),
}


@pytest.fixture
def register(store) -> dict[str, str]:
    ids: dict[str, str] = {}
    ids["mek"] = store.organisations.create(Organisation(name="Örebro <Mekaniska> & Co")).id
    ids["energi"] = store.organisations.create(Organisation(name="Karlskoga Energi & Miljö")).id
    for key, (first, last, org) in PEOPLE.items():
        ids[key] = store.participants.create(Participant(
            first_name=first, last_name=last, organisation_id=ids[org] if org else None,
            role=f"Roll {key}", email=f"{key}@exempel.se", phone=f"070-555 00 {len(ids):02d}")).id
    for key, title, day, kind, start, end in (
        ("jan", "Företagsbesök Kumla", "2025-01-08", ActivityKind.COMPANY_VISIT, "10:00", "11:30"),
        ("march", "Case workshop Örebro", "2025-03-12", ActivityKind.CASE_WORKSHOP, "09:00", "16:00"),
        ("may", "Nätverksträff Karlskoga", "2025-05-20", ActivityKind.NETWORK_MEETING, "15:00", "17:00"),
    ):
        ids[key] = store.activities.create(Activity(title=title, date=day, kind=kind, start_time=start,
                                                    end_time=end, place="Örebro")).id
    for activity, people in (("jan", ["lukasz", "huong"]), ("march", ["lukasz", "fatima", "dorde", "asa"]),
                             ("may", ["lukasz", "fatima"])):
        for person in people:
            store.attendance.create(Attendance(activity_id=ids[activity], participant_id=ids[person],
                                               status=AttendanceStatus.PRESENT))
    # Invited but not present: not part of the March group, and not an activity of Erik's.
    store.attendance.create(Attendance(activity_id=ids["march"], participant_id=ids["erik"]))
    ids["case"] = store.cases.create(Case(title="Prediktivt underhåll av pressar", stage=CaseStage.PRIORITISED,
                                          owner_id=ids["lukasz"])).id
    ids["team"] = store.teams.create(Team(name="Pressteamet", kind=TeamKind.CASE_TEAM, case_id=ids["case"])).id
    ids["table"] = store.teams.create(Team(name="Bord 2", kind=TeamKind.TABLE_GROUP, activity_id=ids["march"])).id
    for team, person, role in (("team", "lukasz", "ledare"), ("team", "fatima", "dataanalys"),
                               ("table", "fatima", ""), ("table", "asa", "")):
        store.team_members.create(TeamMember(team_id=ids[team], participant_id=ids[person], role=role))
    return ids


def name(key: str) -> str:
    first, last, _ = PEOPLE[key]
    return f"{first} {last}"


# -- one person -----------------------------------------------------------------------------------


def test_one_person_with_hours_cases_teams_and_totals(store, register, tmp_path):
    target = tmp_path / "lukasz.pdf"
    pages = build_summaries(store, target, participant_id=register["lukasz"])

    texts = pages_text(target)
    assert pages == len(texts) == 1
    assert_every_page_framed(texts, "sv")
    text = texts[0]
    assert text.startswith("Łukasz Wójcik")
    assert "Deltagarsammanställning" in text
    assert "Örebro <Mekaniska> & Co" in text and "Roll lukasz" in text
    # Each activity with its date, kind, title and hours: 1,5 + 7 (a full day, lunch included) + 2.
    for line in ("2025-01-08 10:00–11:30 Företagsbesök Företagsbesök Kumla 1,5",
                 "2025-03-12 09:00–16:00 Case-workshop Case workshop Örebro 7",
                 "2025-05-20 15:00–17:00 Nätverksträff Nätverksträff Karlskoga 2"):
        assert line in text
    assert "Prediktivt underhåll av pressar Prioriterat Ägare" in text
    assert "Pressteamet Case-team Prediktivt underhåll av pressar ledare" in text
    # Totals: 3 activities, 10,5 hours, 1 case, 1 team.
    assert "Aktiviteter Timmar Case Team 3 10,5 1 1" in text


def test_no_contact_details_and_nobody_else(store, register, tmp_path):
    target = tmp_path / "fatima.pdf"
    build_summaries(store, target, participant_id=register["fatima"])
    text = " ".join(pages_text(target))
    assert "@" not in text and "070-555" not in text
    for other in ("lukasz", "huong", "dorde", "asa", "erik"):
        assert name(other) not in text
    assert letters("فاطمة حسن") <= letters(text)
    # A team member of Łukasz's case: the case is listed with her relation to it, not its owner.
    assert "Prediktivt underhåll av pressar Prioriterat Teammedlem" in text


def test_a_person_present_nowhere_gets_an_empty_summary(store, register, tmp_path):
    target = tmp_path / "erik.pdf"
    assert build_summaries(store, target, participant_id=register["erik"], lang="en") == 1
    text = pages_text(target)[0]
    assert text.startswith("Erik Zetterberg")
    assert "No activities attended." in text and "No cases." in text and "No teams." in text
    assert "Activities Hours Cases Teams 0 0 0 0" in text


def test_english(store, register, tmp_path):
    target = tmp_path / "lukasz-en.pdf"
    build_summaries(store, target, participant_id=register["lukasz"], lang="en")
    texts = pages_text(target)
    assert_every_page_framed(texts, "en")
    text = texts[0]
    assert "Participant summary" in text
    assert "2025-01-08 10:00–11:30 Company visit Företagsbesök Kumla 1.5" in text
    assert "Case-identification workshop" in text and "Network meeting" in text
    assert "Prediktivt underhåll av pressar Prioritised Owner" in text
    assert "Activities Hours Cases Teams 3 10.5 1 1" in text


def test_the_pdf_says_what_it_is(store, register):
    buffer = io.BytesIO()
    build_summaries(store, buffer, participant_id=register["huong"], lang="en")
    metadata = PdfReader(io.BytesIO(buffer.getvalue())).metadata
    assert metadata.title == "Participant summary"


# -- batches --------------------------------------------------------------------------------------


def test_everyone_present_at_an_activity_each_on_their_own_page(store, register, tmp_path):
    target = tmp_path / "march.pdf"
    pages = build_summaries(store, target, activity_id=register["march"])
    texts = pages_text(target)
    assert pages == len(texts) == 4
    assert_every_page_framed(texts, "sv")
    # By last name (Latin before Arabic); the invited Erik is not among them.
    expected = ["dorde", "lukasz", "asa", "fatima"]
    for text, key in zip(texts, expected, strict=True):
        assert starts_with_name(text, name(key)), (key, text[:60])
        assert "Case workshop Örebro · 2025-03-12 · Örebro" in text  # the header says which activity
        for other in set(PEOPLE) - {key}:
            if not has_rtl(name(other)):
                assert name(other) not in text
    # Everyone's summary lists all their activities, not only this one.
    assert "Företagsbesök Kumla" in texts[1] and "Aktiviteter Timmar Case Team 3 10,5 1 1" in texts[1]
    assert "Aktiviteter Timmar Case Team 2 9 1 2" in texts[3]  # فاطمة: 7 + 2 hours, a case, two teams


def test_a_period_keeps_to_its_activities(store, register, tmp_path):
    target = tmp_path / "spring.pdf"
    build_summaries(store, target, date_from="2025-03-01", date_to="2025-05-31", lang="en")
    texts = pages_text(target)
    assert len(texts) == 4  # Hương's only activity is in January
    assert all("Period 2025-03-01 – 2025-05-31" in text for text in texts)
    lukasz = next(text for text in texts if text.startswith("Łukasz Wójcik"))
    assert "Activities in the period" in lukasz
    assert "Företagsbesök Kumla" not in lukasz
    assert "Activities Hours Cases Teams 2 9 1 1" in lukasz


def test_a_long_summary_names_its_person_on_every_page(store, register, tmp_path):
    more = [store.activities.create(Activity(title=f"Nätverksträff {n}", date=f"2025-06-{n:02d}",
                                             kind=ActivityKind.NETWORK_MEETING, start_time="08:00",
                                             end_time="09:45")).id for n in range(1, 29)]
    store.attendance.create_many([Attendance(activity_id=activity, participant_id=register[person],
                                             status=AttendanceStatus.PRESENT)
                                  for activity in more for person in ("fatima", "lukasz")])
    target = tmp_path / "long.pdf"
    build_summaries(store, target, activity_id=register["may"])
    texts = pages_text(target)
    assert len(texts) >= 3
    assert_every_page_framed(texts, "sv")
    lukasz_pages = [text for text in texts if "Wójcik" in text]
    assert len(lukasz_pages) >= 2
    assert lukasz_pages[0].startswith("Łukasz Wójcik Organisation")
    assert all(text.startswith("Łukasz Wójcik (forts.)") for text in lukasz_pages[1:])
    # 1,5 + 7 + 2 + 28 × 1,75 hours
    assert "Aktiviteter Timmar Case Team 31 59,5 1 1" in lukasz_pages[0]
    fatima_pages = [text for text in texts if text not in lukasz_pages]
    assert all(starts_with_name(text, name("fatima")) for text in fatima_pages)
    # Her further pages start with her name and "(forts.)" (the extracted order of mixed scripts varies).
    assert all("forts.)" in " ".join(text.split()[:4]) for text in fatima_pages[1:])


def test_progress_counts_people_up_to_everyone(store, register, tmp_path, monkeypatch):
    monkeypatch.setattr(summary, "BATCH", 2)  # several batches from four people
    seen: list[tuple[int, int]] = []
    build_summaries(store, tmp_path / "march.pdf", activity_id=register["march"],
                    progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (4, 4)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert {total for _, total in seen} == {4}


# -- cancel and errors ----------------------------------------------------------------------------


@pytest.mark.parametrize("after", [0, 1, 30])
def test_cancel_leaves_no_file(store, register, tmp_path, monkeypatch, after):
    monkeypatch.setattr(summary, "BATCH", 1)
    asked = 0

    def cancel() -> bool:
        nonlocal asked
        asked += 1
        return asked > after

    with pytest.raises(ReportCancelled):
        build_summaries(store, tmp_path / "march.pdf", activity_id=register["march"], cancel=cancel)
    assert list(tmp_path.glob("*.pdf*")) == []
    assert not any(path.name.startswith(".march") for path in tmp_path.iterdir())


def test_cancel_keeps_an_older_file_as_it_was(store, register, tmp_path):
    target = tmp_path / "march.pdf"
    build_summaries(store, target, activity_id=register["march"])
    before = target.read_bytes()
    with pytest.raises(ReportCancelled):
        build_summaries(store, target, activity_id=register["march"], lang="en", cancel=lambda: True)
    assert target.read_bytes() == before


@pytest.mark.parametrize(
    ("selection", "message"),
    [
        ({"participant_id": "no-such-person"}, "not in the register"),
        ({"activity_id": "no-such-activity"}, "not in the register"),
        ({"date_from": "2026-01-01", "date_to": "2026-12-31"}, "period"),
        ({"date_from": "2025-06-01", "date_to": "2025-01-01"}, "ends before it starts"),
        ({"participant_id": "erik", "date_from": "2025-01-01"}, "nothing to print"),
    ],
)
def test_unknown_ids_and_empty_selections_are_report_errors(store, register, tmp_path, selection, message):
    selection = {key: register.get(value, value) for key, value in selection.items()}
    with pytest.raises(ReportError, match=message):
        build_summaries(store, tmp_path / "x.pdf", **selection)
    assert not (tmp_path / "x.pdf").exists()


def test_an_activity_nobody_attended_is_a_report_error(store, register, tmp_path):
    empty = store.activities.create(Activity(title="Tom", date="2025-09-01")).id
    with pytest.raises(ReportError, match="Nobody"):
        build_summaries(store, tmp_path / "x.pdf", activity_id=empty)


def test_a_deleted_person_is_unknown(store, register, tmp_path):
    store.participants.delete(register["huong"])
    with pytest.raises(ReportError, match="not in the register"):
        build_summaries(store, tmp_path / "x.pdf", participant_id=register["huong"])


# -- the small rules ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes", "sv", "en"),
    [(420, "7", "7"), (90, "1,5", "1.5"), (45, "0,75", "0.75"), (20, "0,33", "0.33"), (None, "–", "–"),
     (60 * 1234, f"1{NBSP}234", "1,234")],
)
def test_hours_text(minutes, sv, en):
    assert hours_text(minutes, "sv") == sv
    assert hours_text(minutes, "en") == en


def test_arabic_is_drawn_shaped(store, register, tmp_path):
    """The Arabic name comes back as joined presentation forms (shaped), not as bare letters."""
    target = tmp_path / "fatima.pdf"
    build_summaries(store, target, participant_id=register["fatima"])
    raw = PdfReader(target).pages[0].extract_text()
    assert any(0xFE70 <= ord(char) <= 0xFEFF for char in raw)


def test_path_may_be_a_string(store, register, tmp_path):
    target = str(Path(tmp_path) / "as-text.pdf")
    assert build_summaries(store, target, participant_id=register["lukasz"]) == 1
