"""The diversity dashboard and the composition panel, on a small register with known genders and dates.

The register (minimum 26 %):

====================  ==========  ===========================  ========================
activity              date        present                      verdict
====================  ==========  ===========================  ========================
January workshop      2024-01-10  Wanda, Martin, Mats          passes (1 of 3)
January visit         2024-01-20  Martin, Mats, Magnus, Mikael fails (0 of 4)
February meeting      2024-02-05  Wanda, Wilma, Martin         passes (2 of 3)
February demo         2024-02-15  Martin, Mats, Noor (unstated) undetermined (0 of 3, up to 1)
March session         2024-03-01  nobody (Wilma only invited)  empty
Next year's workshop  2025-05-05  Wendy, Magnus                passes (1 of 2)
====================  ==========  ===========================  ========================

Month by month in 2024: January 1 woman of 7 attendances (14.2 %), February 2 of 6 (33.3 %), March
none (no point).
"""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from aiall_desktop.domain.diversity import Person, Verdict, composition
from aiall_desktop.gui import dashboard_page
from aiall_desktop.gui.composition.panel import CompositionPanel
from aiall_desktop.gui.dashboard_page import DashboardPage, default_year
from aiall_desktop.gui.reports_page import ReportsPage
from aiall_desktop.records import (
    Activity,
    Attendance,
    AttendanceStatus,
    Gender,
    Organisation,
    Participant,
    Sector,
)

PCT = "\u00a0%"
TIMEOUT = 15000


@pytest.fixture
def register(store):
    ids: dict[str, str] = {}
    company = store.organisations.create(Organisation(name="Kumla Verkstad AB", sector=Sector.COMPANY)).id
    academia = store.organisations.create(Organisation(name="Örebro universitet", sector=Sector.ACADEMIA)).id
    people = {
        "Wanda": (Gender.WOMAN, company, ["research"]),
        "Wilma": (Gender.WOMAN, academia, ["industry"]),
        "Wendy": (Gender.WOMAN, academia, []),
        "Martin": (Gender.MAN, company, ["industry"]),
        "Mats": (Gender.MAN, company, ["industry", "research"]),
        "Magnus": (Gender.MAN, None, []),
        "Mikael": (Gender.MAN, academia, []),
        "Noor": (Gender.NOT_STATED, None, []),
    }
    for name, (gender, organisation, backgrounds) in people.items():
        ids[name] = store.participants.create(Participant(
            first_name=name, last_name="Test", gender=gender, organisation_id=organisation,
            backgrounds=backgrounds)).id
    activities = {
        "January workshop": ("2024-01-10", ["Wanda", "Martin", "Mats"]),
        "January visit": ("2024-01-20", ["Martin", "Mats", "Magnus", "Mikael"]),
        "February meeting": ("2024-02-05", ["Wanda", "Wilma", "Martin"]),
        "February demo": ("2024-02-15", ["Martin", "Mats", "Noor"]),
        "March session": ("2024-03-01", []),
        "Next year's workshop": ("2025-05-05", ["Wendy", "Magnus"]),
    }
    for title, (day, present) in activities.items():
        activity_id = ids[title] = store.activities.create(Activity(title=title, date=day)).id
        store.attendance.create_many(
            Attendance(activity_id=activity_id, participant_id=ids[name], status=AttendanceStatus.PRESENT)
            for name in present
        )
    # Invited or excused people are not in the figures: only those present count.
    store.attendance.create(Attendance(activity_id=ids["March session"], participant_id=ids["Wilma"]))
    store.attendance.create(Attendance(activity_id=ids["January visit"], participant_id=ids["Wendy"],
                                       status=AttendanceStatus.EXCUSED))
    return ids


def make_page(qtbot, store, today=date(2024, 6, 1)) -> DashboardPage:
    page = DashboardPage(store, today=lambda: today)
    qtbot.addWidget(page, before_close_func=lambda p: p.stop())
    page.resize(1200, 800)
    return page


def show(qtbot, page: DashboardPage) -> None:
    with qtbot.waitSignal(page.figures_shown, timeout=TIMEOUT):
        page.show()
    qtbot.waitUntil(lambda: not page.busy, timeout=TIMEOUT)


def points(series) -> list[tuple[float, float]]:
    return [(point.x(), point.y()) for point in series.points()]


# -- the dashboard ---------------------------------------------------------------------------------


def test_the_year_shows_how_many_activities_reach_the_minimum(qtbot, store, register):
    page = make_page(qtbot, store)
    show(qtbot, page)

    assert page.period() == ("2024-01-01", "2024-12-31")
    # The empty March session is not judged; the undetermined February demo counts as not passing.
    assert page.headline.text() == f"2 of 4 activities (50{PCT}) reach 26{PCT} women"
    assert "1 of those below could reach it" in page.note.text()
    assert "Activities with nobody present (not counted): 1." in page.note.text()


def test_the_activities_below_the_line_are_listed_with_their_numbers(qtbot, store, register):
    page = make_page(qtbot, store)
    show(qtbot, page)

    assert page.below_ids() == [register["January visit"], register["February demo"]]
    model = page.below_table.model()
    rows = [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]
    assert rows == [
        ["2024-01-20", "January visit", "4", "0", "0", f"0.0{PCT}"],
        # Below, but the person of unstated gender could bring it to a third: said in words.
        ["2024-02-15", "February demo", "3", "0", "1", f"0.0{PCT} (up to 33.3{PCT})"],
    ]
    assert page.below_title.text() == f"Activities below 26{PCT} women (2)"


def test_every_activity_is_a_mark_by_its_verdict_and_the_month_trend_is_a_line(qtbot, store, register):
    page = make_page(qtbot, store)
    show(qtbot, page)

    shares = {verdict: sorted(y for _, y in points(series)) for verdict, series in page.activity_series.items()}
    assert shares == {Verdict.PASSES: [33.3, 66.6], Verdict.FAILS: [0.0], Verdict.UNDETERMINED: [0.0]}
    # x is the month's place in the period; March had nobody present, so it has no point.
    assert points(page.trend_series) == [(0.0, 14.2), (1.0, 33.3)]
    assert page.trend_caption.text() == (
        f"Women's share of all attendances, month by month: January 2024 14.2{PCT}, February 2024 33.3{PCT}."
    )
    assert "2 reach it (circles), 1 are below (triangles), 1 are below but might reach it" in (
        page.activity_caption.text())
    assert page.activity_view.accessibleDescription() == page.activity_caption.text()


def test_a_new_period_is_read_when_the_dates_are_changed(qtbot, store, register):
    page = make_page(qtbot, store)
    show(qtbot, page)

    with qtbot.waitSignal(page.figures_shown, timeout=TIMEOUT):
        page.from_edit.setDate(QDate(2024, 2, 1))
    assert page.headline.text() == f"1 of 2 activities (50{PCT}) reach 26{PCT} women"
    assert page.below_ids() == [register["February demo"]]

    with qtbot.waitSignal(page.figures_shown, timeout=TIMEOUT):
        page.set_period("2025-01-01", "2025-12-31")
    assert page.headline.text() == f"1 of 1 activities (100{PCT}) reach 26{PCT} women"
    assert page.below_ids() == []
    assert page.panel.caption("gender").startswith("Gender of 2 people: Woman 1 (50")


def test_a_period_without_activities_says_so(qtbot, store, register):
    page = make_page(qtbot, store)
    show(qtbot, page)
    with qtbot.waitSignal(page.figures_shown, timeout=TIMEOUT):
        page.set_period("2023-01-01", "2023-12-31")
    assert page.headline.text() == "No activity in this period had anyone present yet."
    assert page.note.text() == "The register holds no activity from 2023-01-01 to 2023-12-31."
    assert page.panel.caption("gender") == "Gender: nobody to count."


def test_a_period_that_ends_before_it_starts_is_explained_and_not_read(qtbot, store, register):
    page = make_page(qtbot, store)
    show(qtbot, page)
    page.to_edit.setDate(QDate(2023, 12, 31))
    qtbot.waitUntil(lambda: "ends before it starts" in page.headline.text(), timeout=TIMEOUT)
    assert not page.busy
    # What was typed stays as typed.
    assert page.period() == ("2024-01-01", "2023-12-31")


def test_the_result_of_a_period_left_meanwhile_is_dropped(qtbot, store, register, monkeypatch):
    """A slow read of 2024 finishing after the read of 2025 must not replace 2025's figures."""
    release = threading.Event()
    real = dashboard_page.read_figures

    def slow_for_2024(job_store, start, end, report, cancelled):
        if start.startswith("2024"):
            release.wait(TIMEOUT / 1000)
            # Ignores the cancel on purpose: the page must drop the result by itself.
            return real(job_store, start, end)
        return real(job_store, start, end, report, cancelled)

    monkeypatch.setattr(dashboard_page, "read_figures", slow_for_2024)
    page = make_page(qtbot, store)
    page.show()
    qtbot.waitUntil(lambda: page.busy and page.progress.isVisible(), timeout=TIMEOUT)
    with qtbot.waitSignal(page.figures_shown, timeout=TIMEOUT):
        page.set_period("2025-01-01", "2025-12-31")
    assert page.figures.start == "2025-01-01"

    shown = []
    page.figures_shown.connect(lambda: shown.append(page.figures.start))
    release.set()
    qtbot.waitUntil(lambda: not page.busy, timeout=TIMEOUT)
    assert shown == []
    assert page.figures.start == "2025-01-01"
    assert page.headline.text() == f"1 of 1 activities (100{PCT}) reach 26{PCT} women"
    assert not page.progress.isVisible()


def test_double_click_or_enter_on_an_activity_below_asks_to_open_it(qtbot, store, register):
    page = make_page(qtbot, store)
    show(qtbot, page)
    table = page.below_table
    rect = table.visualRect(table.model().index(1, 1))
    with qtbot.waitSignal(page.activity_requested, timeout=TIMEOUT) as opened:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [register["February demo"]]

    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    with qtbot.waitSignal(page.activity_requested, timeout=TIMEOUT) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [register["January visit"]]


def test_everyone_present_in_the_period_is_counted_once(qtbot, store, register):
    page = make_page(qtbot, store)
    show(qtbot, page)
    # Present in 2024: Wanda, Wilma, Martin, Mats, Magnus, Mikael, Noor (Martin at four activities, once).
    assert page.panel.caption("gender") == (
        f"Gender of 7 people: Woman 2 (29{PCT}), Man 4 (57{PCT}), Non-binary 0 (0{PCT}), "
        f"Self-described 0 (0{PCT}), Not stated 1 (14{PCT})."
    )
    assert page.panel.caption("sectors") == (
        f"Sectors of the organisations of 7 people: Company 3 (43{PCT}), Academia 2 (29{PCT}), "
        f"No organisation 2 (29{PCT})."
    )


@pytest.mark.parametrize(("today", "year"), [
    (date(2024, 6, 1), 2024),  # activities this year
    (date(2025, 1, 2), 2025),
    (date(2026, 6, 1), 2025),  # none this year: the latest activity's year
    (date(2023, 6, 1), 2025),  # none this year, all of them ahead: still the latest activity's year
])
def test_the_default_period_is_this_year_or_the_latest_activitys(store, register, today, year):
    assert default_year(store, today) == year


def test_the_default_period_of_an_empty_register_is_this_year(qtbot, store):
    page = make_page(qtbot, store, today=date(2027, 3, 3))
    assert page.period() == ("2027-01-01", "2027-12-31")


# -- the composition panel -------------------------------------------------------------------------


def test_the_panel_says_every_chart_in_words(qtbot):
    panel = CompositionPanel()
    qtbot.addWidget(panel)
    people = [
        Person("1", Gender.WOMAN, "org-1", "company", ("research",)),
        Person("2", Gender.MAN, "org-1", "company", ("research", "industry")),
        Person("3", Gender.MAN, "org-2", "academia", (), ("AI/data",)),
        Person("4", Gender.NOT_STATED, None, None, (), ("AI/data", "design")),
    ]
    panel.show_composition(composition(people, 0.26), "Everyone present")

    assert panel.title.text() == "Everyone present"
    assert panel.caption("gender") == (
        f"Gender of 4 people: Woman 1 (25{PCT}), Man 2 (50{PCT}), Non-binary 0 (0{PCT}), "
        f"Self-described 0 (0{PCT}), Not stated 1 (25{PCT})."
    )
    assert panel.caption("backgrounds") == (
        f"Backgrounds of 4 people (a person may list several): research 2 (50{PCT}), industry 1 (25{PCT}), "
        f"None listed 2 (50{PCT})."
    )
    assert panel.caption("competences") == (
        f"Competences of 4 people (a person may list several): AI/data 2 (50{PCT}), design 1 (25{PCT}), "
        f"None listed 2 (50{PCT})."
    )
    assert panel.caption("sectors") == (
        f"Sectors of the organisations of 4 people: Company 2 (50{PCT}), Academia 1 (25{PCT}), "
        f"No organisation 1 (25{PCT})."
    )
    for name, card in panel.cards.items():
        assert card.chart.accessibleDescription() == panel.caption(name)
        assert card.chart.accessibleName()
    # "Not stated" and "None listed" are set apart (grey and hatched), not told by colour alone: named rows.
    assert [row.apart for row in panel.rows("gender")] == [False, False, False, False, True]
    assert panel.rows("backgrounds")[-1].apart


def test_the_panel_shows_eight_kinds_and_the_others_together(qtbot):
    panel = CompositionPanel()
    qtbot.addWidget(panel)
    kinds = [f"kind {letter}" for letter in "abcdefghij"]  # ten kinds, "kind a" most common
    people = [Person(str(n), Gender.WOMAN, backgrounds=tuple(kinds[: 10 - n % 10])) for n in range(10)]
    panel.show_composition(composition(people, 0.26), "Ten kinds")

    rows = panel.rows("backgrounds")
    assert [row.label for row in rows] == [*kinds[:8], "2 other backgrounds"]
    # A person lists several kinds: the rest is counted in mentions, without a share or a bar.
    assert rows[-1].value_text == "3 mentions"
    assert not rows[-1].has_bar


def test_the_panel_of_nobody(qtbot):
    panel = CompositionPanel()
    qtbot.addWidget(panel)
    panel.show_composition(composition([], 0.26), "Nobody yet")
    assert panel.rows("gender") == []
    assert panel.caption("gender") == "Gender: nobody to count."


# -- the Reports section ---------------------------------------------------------------------------


def test_the_reports_section_holds_the_overview_and_the_dashboard(qtbot, store, register):
    page = ReportsPage(store)
    qtbot.addWidget(page, before_close_func=lambda p: p.stop())
    page.show()
    page.show_counts(store.counts(), str(store.path))
    assert page.count_shown("participant") == "8"
    assert page.tabs.tabText(0) == "&Overview"
    assert page.dashboard.figures is None  # not read while its tab is hidden

    requested = []
    page.activity_requested.connect(requested.append)
    with qtbot.waitSignal(page.dashboard.figures_shown, timeout=TIMEOUT):
        page.show_dashboard()
    qtbot.waitUntil(lambda: not page.dashboard.busy, timeout=TIMEOUT)
    page.dashboard.activity_requested.emit("some-id")
    assert requested == ["some-id"]
