"""The program's fixed colours are readable (WCAG 2.1 AA), and no state is told by colour alone.

The colours are read from where the program defines them (the badge's pairs, the style sheet, the
projector, the matrix's cards); a changed colour is checked again, never a copy of it.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from aiall_desktop.domain.diversity import Person, Verdict, composition
from aiall_desktop.gui import contrast
from aiall_desktop.gui.composition.badge import COLOURS, CompositionBadge, CompositionWarning
from aiall_desktop.gui.composition.wording import Group
from aiall_desktop.gui.contrast import (
    AA_NON_TEXT,
    AA_NORMAL_TEXT,
    AAA_NORMAL_TEXT,
    contrast_ratio,
    relative_luminance,
    required_ratio,
)
from aiall_desktop.paths import resources_dir

#: The window colours of a typical dark desktop theme: the fixed colours must hold on it too.
DARK_WINDOW = "#2b2b2b"
DARK_BASE = "#1e1e1e"


# -- the formula -------------------------------------------------------------------------------------


def test_the_formula_gives_the_standard_s_known_values():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFF", "#fff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the famous just-fail grey
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#FFFFFF", "#767676") == contrast_ratio("#767676", "#FFFFFF")
    assert relative_luminance((255, 0, 0)) == pytest.approx(0.2126)
    assert required_ratio(12) == AA_NORMAL_TEXT
    assert required_ratio(18) == 3.0 and required_ratio(14, bold=True) == 3.0 and required_ratio(14) == 4.5
    with pytest.raises(ValueError):
        contrast.rgb("#12345")
    with pytest.raises(ValueError):
        contrast.rgb((300, 0, 0))


# -- the composition badge ---------------------------------------------------------------------------


def _group(women: int, men: int, unstated: int = 0):
    people = [Person(f"w{n}", "woman", organisation_id="o") for n in range(women)]
    people += [Person(f"m{n}", "man", organisation_id="o") for n in range(men)]
    people += [Person(f"u{n}", "not_stated") for n in range(unstated)]
    return composition(people, 0.26)


#: One group of each verdict.
GROUPS = {
    Verdict.PASSES: lambda: _group(4, 9),
    Verdict.UNDETERMINED: lambda: _group(2, 8, 3),
    Verdict.FAILS: lambda: _group(1, 9),
    Verdict.EMPTY: lambda: _group(0, 0),
}


def _style_colours(style_sheet: str) -> tuple[str, str, str]:
    """(text, background, border) colours of a badge's own style sheet."""
    found = {key: re.search(rf"(?<![-\w]){key}\s*:\s*[^;#]*(#[0-9A-Fa-f]{{6}})", style_sheet)
             for key in ("color", "background-color", "border")}
    missing = [key for key, match in found.items() if match is None]
    assert not missing, f"no {missing} in {style_sheet!r}"
    return found["color"].group(1), found["background-color"].group(1), found["border"].group(1)


@pytest.mark.parametrize("verdict", list(Verdict))
def test_each_badge_pair_reaches_aa_for_normal_text(verdict):
    pair = COLOURS[verdict]
    assert contrast_ratio(pair.foreground, pair.background) >= AA_NORMAL_TEXT, verdict


def test_the_badge_and_the_warning_draw_the_colours_they_are_proven_with(qtbot):
    badge = CompositionBadge()
    warning = CompositionWarning()
    qtbot.addWidget(badge)
    qtbot.addWidget(warning)
    for verdict, make in GROUPS.items():
        c = make()
        assert c.verdict == verdict
        badge.show_composition(c, "present")
        text, background, border = _style_colours(badge.styleSheet())
        assert contrast_ratio(text, background) >= AA_NORMAL_TEXT, verdict
        # The edge tells the badge from the window around it, on a light or a dark desktop.
        window = QApplication.palette().color(QPalette.ColorRole.Window).name()
        assert max(contrast_ratio(border, window), contrast_ratio(border, background)) >= AA_NON_TEXT
        assert max(contrast_ratio(border, DARK_WINDOW), contrast_ratio(border, background)) >= AA_NON_TEXT
        warning.show_warning(c, Group.PRESENT)
        if warning.isVisibleTo(warning.parentWidget() or warning) or warning.text():
            text, background, _border = _style_colours(warning.styleSheet())
            assert contrast_ratio(text, background) >= AA_NORMAL_TEXT, verdict


def test_the_badge_says_its_state_in_words_not_by_colour_alone(qtbot):
    badge = CompositionBadge()
    qtbot.addWidget(badge)
    texts, names, symbols = {}, {}, {}
    for verdict, make in GROUPS.items():
        badge.show_composition(make(), "present")
        texts[verdict] = badge.full_text
        names[verdict] = badge.accessibleName()
        symbols[verdict] = badge.full_text.split()[0]
        assert badge.accessibleDescription(), verdict  # the reason, in full words
    # Every state reads differently: on screen (its symbol) and to a screen reader (its words).
    assert len(set(symbols.values())) == len(Verdict), symbols
    assert len(set(names.values())) == len(Verdict), names
    assert len(set(texts.values())) == len(Verdict), texts
    for verdict, symbol in symbols.items():
        assert not symbol[0].isalnum(), f"{verdict}: the badge starts with a symbol, not {symbol!r}"


# -- the style sheet ---------------------------------------------------------------------------------


def _qss_rules() -> dict[str, str]:
    text = (resources_dir() / "styles" / "app.qss").read_text(encoding="utf-8")
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL)
    rules = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        for selector in selectors.split(","):
            rules[" ".join(selector.split())] = rules.get(" ".join(selector.split()), "") + body
    return rules


def _hex(body: str, key: str) -> str | None:
    match = re.search(rf"(?<![-\w]){key}\s*:[^;]*?(#[0-9A-Fa-f]{{6}}|#[0-9A-Fa-f]{{3}})\b", body)
    return match.group(1) if match else None


def _fixed_colour_rules() -> dict[str, str]:
    """The style sheet's rules that name a colour of their own (warnings, errors, states)."""
    return {selector: body for selector, body in _qss_rules().items() if re.search(r"#[0-9A-Fa-f]{3,6}\b", body)}


def test_the_style_sheet_has_its_state_colours():
    rules = _fixed_colour_rules()
    assert any("fieldMessage" in selector for selector in rules)
    assert any("invalid" in selector for selector in rules)


def test_every_fixed_text_colour_of_the_style_sheet_reaches_aa_on_light_and_dark_desktops(qapp):
    for selector, body in _fixed_colour_rules().items():
        text = _hex(body, "color")
        if text is None:
            continue
        own = _hex(body, "background-color") or _hex(body, "background")
        # A fixed text colour needs a fixed background: the desktop's own may be light or dark, and
        # dark red on a dark grey window is unreadable.
        assert own is not None, f"{selector}: the text colour {text} has no background of its own"
        assert contrast_ratio(text, own) >= AA_NORMAL_TEXT, (selector, text, own)


def test_every_fixed_frame_colour_of_the_style_sheet_is_visible_against_what_it_frames(qapp):
    palette = QApplication.palette()
    rules = _qss_rules()
    for selector, body in _fixed_colour_rules().items():
        border = _hex(body, "border")
        if border is None:
            continue
        # A state (":focus") keeps the fill of the rule it refines.
        plain = rules.get(selector.split(":")[0], "")
        inside = (_hex(body, "background-color") or _hex(body, "background")
                  or _hex(plain, "background-color") or _hex(plain, "background"))
        if inside is None:
            # Framing a palette-coloured field: the frame must stand out on a light and a dark desktop.
            for base in (palette.color(QPalette.ColorRole.Base).name(), DARK_BASE):
                assert contrast_ratio(border, base) >= AA_NON_TEXT, (selector, border, base)
        else:
            assert contrast_ratio(border, inside) >= AA_NON_TEXT, (selector, border, inside)


def test_the_focus_frame_stands_out_from_the_field(qapp):
    rules = _qss_rules()
    focus = {selector: body for selector, body in rules.items() if selector.endswith(":focus")}
    assert focus, "the style sheet draws no focus frame"
    palette = QApplication.palette()
    for selector, body in focus.items():
        assert "border" in body or "outline" in body, selector
        if "palette(highlight)" in body:
            colour = palette.color(QPalette.ColorRole.Highlight).name()
        else:
            colour = _hex(body, "border") or _hex(body, "outline")
        assert colour is not None, selector
        for background in (palette.color(QPalette.ColorRole.Base).name(),
                           palette.color(QPalette.ColorRole.Window).name()):
            assert contrast_ratio(colour, background) >= AA_NON_TEXT, (selector, colour, background)


# -- the projector and the matrix ----------------------------------------------------------------------


def test_the_projector_s_texts_reach_aaa_on_its_background():
    from aiall_desktop.gui.workshop import projector

    for name in ("TEXT", "SECONDARY", "OVERTIME"):
        assert contrast_ratio(getattr(projector, name), projector.BACKGROUND) >= AAA_NORMAL_TEXT, name


def test_the_matrix_cards_ink_is_readable_on_their_paper():
    from aiall_desktop.gui.workshop.case_matrix import CaseCard

    assert contrast_ratio(CaseCard.INK, CaseCard.PAPER) >= AAA_NORMAL_TEXT
