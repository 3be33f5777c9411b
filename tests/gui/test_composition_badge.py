"""The composition badge: its words for every verdict (exact numbers, exactly 26 % included), the locale's
percentages, and colours that a reader with low vision can still read (WCAG AA)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from aiall_desktop.domain.diversity import Person, Verdict, composition
from aiall_desktop.gui.composition.badge import COLOURS, CompositionBadge, CompositionWarning
from aiall_desktop.gui.composition.wording import (
    Group,
    badge_text,
    group_name,
    reason_text,
    share_text,
    warning_text,
)

NBSP = "\u00a0"


@pytest.fixture
def english(qapp) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def swedish(qapp) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    yield
    QLocale.setDefault(before)


def group(women: int, men: int, unstated: int = 0, *, organisations: int = 1, backgrounds=("industry",)):
    people = [Person(f"w{n}", "woman", organisation_id=f"org{n % organisations}", backgrounds=backgrounds)
              for n in range(women)]
    people += [Person(f"m{n}", "man", organisation_id=f"org{n % organisations}") for n in range(men)]
    people += [Person(f"u{n}", "not_stated") for n in range(unstated)]
    return composition(people, 0.26)


# -- the words ---------------------------------------------------------------------------------------


def test_a_passing_group(english):
    c = group(4, 9, organisations=3, backgrounds=("industry", "research", "healthcare", "food"))
    assert c.verdict == Verdict.PASSES
    assert badge_text(c) == "✓ 31% women · 4 backgrounds · 3 orgs"
    assert reason_text(c, group_name(Group.PRESENT)) == "4 of 13 present are women (31%); the minimum is 26%."
    assert warning_text(c, Group.PRESENT) == ""


def test_exactly_the_minimum_passes(english):
    c = group(13, 37)
    assert c.verdict == Verdict.PASSES
    assert badge_text(c) == "✓ 26% women · 1 background · 1 org"
    assert reason_text(c, "") == "13 of 50 are women (26%); the minimum is 26%."


def test_a_failing_group_says_how_many_more_women(english):
    c = group(2, 10, organisations=2)
    assert c.verdict == Verdict.FAILS
    assert badge_text(c) == "✗ 17% women · 1 background · 2 orgs"
    assert reason_text(c, "") == "2 of 12 are women (17%); 2 more women would make 26%."
    assert warning_text(c, Group.INVITED) == (
        "⚠ Below 26% women: 2 of 12 invited are women (17%); invite 2 more women to reach 26%.")
    assert warning_text(c, Group.PRESENT) == (
        "⚠ Below 26% women: 2 of 12 present are women (17%); 2 more women would make 26%.")


def test_one_woman_short(english):
    c = group(3, 11)
    assert reason_text(c, group_name(Group.INVITED)) == (
        "3 of 14 invited are women (21%); 1 more woman would make 26%.")
    man = group(0, 1)
    assert reason_text(man, group_name(Group.PRESENT)) == (
        "0 of 1 present are women (0%); 1 more woman would make 26%.")
    woman = group(1, 0)
    assert reason_text(woman, group_name(Group.PRESENT)) == "1 of 1 present is a woman (100%); the minimum is 26%."


def test_a_group_that_depends_on_unstated_genders(english):
    c = group(2, 7, 3, organisations=2)
    assert c.verdict == Verdict.UNDETERMINED
    assert badge_text(c) == "? 17% women · 1 background · 2 orgs"
    assert reason_text(c, "") == ("2 of 12 are women (17%), below the minimum of 26%; 3 have not stated a gender: "
                                  "if they are women the share reaches 42%.")
    assert warning_text(c, Group.INVITED) == (
        "⚠ Below 26% women: 2 of 12 invited are women (17%), and 3 have not stated a gender; "
        "invite 2 more women to reach 26%.")
    one = group(1, 3, 1)
    assert reason_text(one, "").endswith("1 has not stated a gender: if that person is a woman the share reaches 40%.")


def test_an_empty_group(english):
    c = group(0, 0)
    assert c.verdict == Verdict.EMPTY
    assert badge_text(c) == "— nobody yet"
    assert reason_text(c, group_name(Group.PRESENT)) == "Nobody present yet: the 26% minimum of women cannot be judged."
    assert warning_text(c, Group.INVITED) == ""


def test_a_share_just_below_the_minimum_never_reads_as_the_minimum(english):
    c = group(7, 20)  # 25.93 %: rounded it would read "26%" next to a ✗
    assert c.verdict == Verdict.FAILS
    assert badge_text(c).startswith("✗ 25.9% women")
    assert share_text(c.women_share) == "26%"  # without a minimum to compare with, plain rounding


def test_percentages_follow_the_locale(swedish):
    c = group(4, 9, organisations=3, backgrounds=("industry", "research", "healthcare", "food"))
    assert badge_text(c) == f"✓ 31{NBSP}% women · 4 backgrounds · 3 orgs"
    assert reason_text(c, "present") == f"4 of 13 present are women (31{NBSP}%); the minimum is 26{NBSP}%."
    assert badge_text(group(7, 20)).startswith(f"✗ 25,9{NBSP}% women")


# -- the widgets -------------------------------------------------------------------------------------


def test_the_badge_shows_symbol_words_and_colour(qtbot, english):
    badge = CompositionBadge()
    qtbot.addWidget(badge)
    assert badge.isHidden()
    c = group(2, 10)
    badge.show_composition(c, group_name(Group.INVITED), "Invited")
    assert badge.full_text == badge.text() == "Invited: ✗ 17% women · 1 background · 1 org"
    assert badge.toolTip() == "2 of 12 invited are women (17%); 2 more women would make 26%."
    assert badge.accessibleDescription() == badge.toolTip()
    assert badge.accessibleName() == ("Invited: below the 26% minimum of women: 17% women, 1 background, "
                                      "1 organisation")
    assert COLOURS[Verdict.FAILS].foreground in badge.styleSheet()
    assert not badge.isHidden()
    badge.clear_composition()
    assert badge.isHidden() and not badge.text()


def test_a_narrow_badge_keeps_the_verdict_and_the_share(qtbot, english):
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    badge = CompositionBadge(row)
    layout.addWidget(badge)
    row.show()
    badge.show_composition(group(2, 10), group_name(Group.INVITED), "Invited")
    assert badge.minimumSizeHint().width() < badge.sizeHint().width()
    row.resize(badge.minimumSizeHint().width() + layout.contentsMargins().left() * 2, 40)
    qtbot.waitUntil(lambda: badge.text() != badge.full_text)
    assert badge.text().startswith("Invited: ✗ 17% women") and badge.text().endswith("…")
    assert badge.toolTip().startswith(badge.full_text)  # the whole text is a tooltip away
    assert badge.accessibleName().endswith("1 background, 1 organisation")
    row.resize(badge.sizeHint().width() + 40, 40)
    qtbot.waitUntil(lambda: badge.text() == badge.full_text)
    assert badge.toolTip() == "2 of 12 invited are women (17%); 2 more women would make 26%."


def test_the_warning_hides_when_the_group_passes(qtbot, english):
    warning = CompositionWarning()
    qtbot.addWidget(warning)
    warning.show_warning(group(2, 10), Group.INVITED)
    assert not warning.isHidden()
    assert warning.text().startswith("⚠ Below 26% women")
    assert warning.accessibleName().startswith("Warning: Below 26% women")
    warning.show_warning(group(4, 9), Group.INVITED)
    assert warning.isHidden()


# -- contrast ----------------------------------------------------------------------------------------


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour "#RRGGBB"."""
    value = hex_colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_contrast_sum_itself():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the classic just-too-light grey


@pytest.mark.parametrize("verdict", list(Verdict))
def test_every_badge_colour_pair_reaches_wcag_aa(verdict):
    colours = COLOURS[verdict]
    assert contrast(colours.foreground, colours.background) >= 4.5


# -- the Activities list's Women column ---------------------------------------------------------------


def test_the_list_cell_shows_symbol_and_share(english):
    from fractions import Fraction

    from aiall_desktop.gui.models.list_model import women_share_text, women_share_tooltip

    minimum = Fraction(13, 50)
    assert women_share_text("[13,50,0]", minimum) == "✓ 26%"
    assert women_share_text("[7,27,0]", minimum) == "✗ 25.9%"
    assert women_share_text("[1,4,1]", minimum) == "? 25%"
    assert women_share_text(None, minimum) == ""
    assert women_share_tooltip("[1,4,1]", minimum).startswith(
        "1 of 4 present is a woman (25%), below the minimum of 26%; 1 has not stated a gender")
    assert "people who have not stated a gender are counted too" in women_share_tooltip(None, minimum)


def test_the_activities_list_uses_the_registers_minimum(qapp, english, filled):
    from PySide6.QtCore import Qt

    from aiall_desktop.gui.models.list_model import RecordIdRole, RecordListModel
    from aiall_desktop.gui.sections import ACTIVITIES

    model = RecordListModel(ACTIVITIES.columns, filled.listing("activities"))
    column = model.column_of("women")
    workshop = filled.activities.list({"title": "Case workshop Örebro"})[0].id

    def cell(role=Qt.ItemDataRole.DisplayRole):
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(RecordIdRole) == workshop)
        return model.index(row, column).data(role)

    assert cell() == "✓ 67%"  # Łukasz, فاطمة and Anna
    assert cell(Qt.ItemDataRole.ToolTipRole).startswith("2 of 3 present are women (67%); the minimum is 26%.")
    assert cell(Qt.ItemDataRole.AccessibleTextRole) == "2 of 3 present are women (67%); the minimum is 26%."
    assert "26%" in model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    filled.settings.set("women_minimum", 0.7)
    model.refresh()
    assert cell() == "✗ 67%"
    others = [model.index(r, column).data() for r in range(model.rowCount())
              if model.index(r, 0).data(RecordIdRole) != workshop]
    assert others == ["", ""]  # nobody checked in: nothing to judge
