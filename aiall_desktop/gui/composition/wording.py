"""A group's composition in words: the badge's short text, the reason in full, the warning.

Plain functions over :class:`~aiall_desktop.domain.diversity.Composition`, so that the badge, the
warning banner, the lists and the printed reports say the same numbers the same way. They live on the
Qt side because the words are translated (``QCoreApplication.translate``) and the numbers follow the
user's locale (``QLocale``): "31 %" in Swedish, "31%" in English.

``group_name`` is the facilitator's word for who is counted, put after "of 13": "present", "invited",
"in the team" (see :func:`group_name`); an empty name counts "2 of 12".
"""

from __future__ import annotations

import math
import re
from enum import StrEnum
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain.diversity import Composition, Verdict

translate = QCoreApplication.translate

#: Languages whose convention puts a space between the number and the percent sign (CLDR's percent
#: patterns); the space is a no-break one, so that "31 %" never breaks over two lines.
_SPACED_PERCENT = frozenset({
    QLocale.Language.Swedish, QLocale.Language.Danish, QLocale.Language.NorwegianBokmal,
    QLocale.Language.NorwegianNynorsk, QLocale.Language.Finnish, QLocale.Language.Icelandic,
    QLocale.Language.German, QLocale.Language.French, QLocale.Language.Spanish, QLocale.Language.Czech,
    QLocale.Language.Slovak, QLocale.Language.Russian, QLocale.Language.Ukrainian,
    QLocale.Language.Bulgarian, QLocale.Language.Estonian, QLocale.Language.Lithuanian,
    QLocale.Language.Latvian, QLocale.Language.Greek, QLocale.Language.Arabic,
})
NO_BREAK_SPACE = "\u00a0"

#: The verdict's symbol: the badge never says pass or fail by colour alone.
SYMBOLS: dict[Verdict, str] = {
    Verdict.PASSES: "✓",
    Verdict.UNDETERMINED: "?",
    Verdict.FAILS: "✗",
    Verdict.EMPTY: "—",
}


class Group(StrEnum):
    INVITED = "invited"
    PRESENT = "present"
    TEAM = "team"


def group_name(group: Group) -> str:
    """The words after "4 of 13": "present", "invited", "in the team"."""
    if group == Group.INVITED:
        return translate("CompositionWording", "invited")
    if group == Group.PRESENT:
        return translate("CompositionWording", "present")
    return translate("CompositionWording", "in the team")


def group_title(group: Group) -> str:
    """The label before a badge: "Invited", "Present", "Team"."""
    if group == Group.INVITED:
        return translate("CompositionWording", "Invited")
    if group == Group.PRESENT:
        return translate("CompositionWording", "Present")
    return translate("CompositionWording", "Team")


# -- numbers ------------------------------------------------------------------------------------------


def percent(value: str, locale: QLocale | None = None) -> str:
    """A number already formatted for the locale, with the locale's percent sign: "31 %" or "31%"."""
    locale = locale or QLocale()
    space = NO_BREAK_SPACE if locale.language() in _SPACED_PERCENT else ""
    return f"{value}{space}{locale.percent()}"


def share_text(share: Fraction | None, minimum: Fraction | None = None, locale: QLocale | None = None) -> str:
    """A share as a whole percentage ("31 %"); "" for none.

    Rounded half up, except that a share below ``minimum`` never reads as the minimum or above: 25.9 %
    shown as "26 %" next to a ✗ would look like a mistake, so it keeps one decimal, rounded down.
    """
    if share is None:
        return ""
    locale = locale or QLocale()
    percentage = share * 100
    whole = math.floor(percentage + Fraction(1, 2))
    if minimum is not None and share < minimum and whole >= minimum * 100:
        tenths = math.floor(percentage * 10)
        return percent(locale.toString(tenths / 10, "f", 1), locale)
    return percent(locale.toString(whole), locale)


def minimum_text(minimum: Fraction, locale: QLocale | None = None) -> str:
    """The minimum as a percentage: "26 %" (with decimals only when the setting has them: "26.5 %")."""
    locale = locale or QLocale()
    percentage = minimum * 100
    if percentage.denominator == 1:
        return percent(locale.toString(int(percentage)), locale)
    return percent(locale.toString(float(percentage), "f", 1), locale)


def _number(value: int) -> str:
    return QLocale().toString(value)


_PLACE = re.compile(r"%(\d)")


def fill(text: str, *values: str) -> str:
    """Put ``values`` into "%1", "%2"… in one pass, so that a value holding "%" (a percentage) is left as it is."""
    return _PLACE.sub(lambda match: values[int(match.group(1)) - 1], text)


def _counted(n: int, none: str, one: str, many: str) -> str:
    """"no backgrounds", "1 background" or "4 backgrounds" (``many`` holds "%1")."""
    if n == 0:
        return none
    return one if n == 1 else fill(many, _number(n))


def _women_share(c: Composition) -> str:
    return fill(translate("CompositionWording", "%1 women"), share_text(c.women_share, c.minimum))


def _backgrounds(c: Composition) -> str:
    return _counted(c.backgrounds.kinds, translate("CompositionWording", "no backgrounds"),
                    translate("CompositionWording", "1 background"),
                    translate("CompositionWording", "%1 backgrounds"))


# -- the badge ----------------------------------------------------------------------------------------


def badge_text(c: Composition) -> str:
    """The badge's compact text: "✓ 31 % women · 4 backgrounds · 3 orgs"; "— nobody yet" when empty."""
    symbol = SYMBOLS[c.verdict]
    if c.verdict == Verdict.EMPTY:
        return f"{symbol} " + translate("CompositionWording", "nobody yet")
    organisations = _counted(c.organisations, translate("CompositionWording", "no orgs"),
                             translate("CompositionWording", "1 org"),
                             translate("CompositionWording", "%1 orgs"))
    return f"{symbol} {_women_share(c)} · {_backgrounds(c)} · {organisations}"


def verdict_words(c: Composition) -> str:
    """The verdict in words, for screen readers (which read "✓" as little or nothing)."""
    minimum = minimum_text(c.minimum)
    if c.verdict == Verdict.PASSES:
        return fill(translate("CompositionWording", "meets the %1 minimum of women"), minimum)
    if c.verdict == Verdict.FAILS:
        return fill(translate("CompositionWording", "below the %1 minimum of women"), minimum)
    if c.verdict == Verdict.UNDETERMINED:
        return fill(translate("CompositionWording", "may be below the %1 minimum of women"), minimum)
    return translate("CompositionWording", "nobody to count yet")


def spoken_text(c: Composition) -> str:
    """The badge in full words: "meets the 26 % minimum of women: 31 % women, 4 backgrounds, 3 organisations"."""
    if c.verdict == Verdict.EMPTY:
        return verdict_words(c)
    organisations = _counted(c.organisations, translate("CompositionWording", "no organisations"),
                             translate("CompositionWording", "1 organisation"),
                             translate("CompositionWording", "%1 organisations"))
    return f"{verdict_words(c)}: {_women_share(c)}, {_backgrounds(c)}, {organisations}"


# -- the reason -------------------------------------------------------------------------------------


def _women_of(c: Composition, group: str) -> str:
    """"4 of 13 present are women (31 %)"."""
    share = share_text(c.women_share, c.minimum)
    if group:
        text = (translate("CompositionWording", "%1 of %2 %3 is a woman (%4)") if c.women == 1
                else translate("CompositionWording", "%1 of %2 %3 are women (%4)"))
    else:
        text = (translate("CompositionWording", "%1 of %2 is a woman (%4)") if c.women == 1
                else translate("CompositionWording", "%1 of %2 are women (%4)"))
    return fill(text, _number(c.women), _number(c.people), group, share)


def _unstated(c: Composition) -> str:
    """"3 have not stated a gender: if they are women the share reaches 42 %"."""
    if c.not_stated == 1:
        text = translate("CompositionWording",
                         "1 has not stated a gender: if that person is a woman the share reaches %2")
    else:
        text = translate("CompositionWording", "%1 have not stated a gender: if they are women the share reaches %2")
    return fill(text, _number(c.not_stated), share_text(c.possible_share))


def _more_women(c: Composition, group: str = "") -> str:
    """"2 more women would make 26 %"; for the invitation list "invite 2 more women to reach 26 %"."""
    minimum = minimum_text(c.minimum)
    if c.women_needed is None:
        return fill(translate("CompositionWording", "no number of added women reaches %1"), minimum)
    if group == Group.INVITED:
        text = (translate("CompositionWording", "invite 1 more woman to reach %2") if c.women_needed == 1
                else translate("CompositionWording", "invite %1 more women to reach %2"))
    else:
        text = (translate("CompositionWording", "1 more woman would make %2") if c.women_needed == 1
                else translate("CompositionWording", "%1 more women would make %2"))
    return fill(text, _number(c.women_needed), minimum)


def reason_text(c: Composition, group_name: str = "") -> str:
    """Why the badge says what it says, in full words.

    * passes: "4 of 13 present are women (31 %); the minimum is 26 %."
    * fails: "2 of 12 are women (17 %); 2 more women would make 26 %."
    * undetermined: "2 of 12 are women (17 %), below the minimum of 26 %; 3 have not stated a gender:
      if they are women the share reaches 42 %."
    * empty: "Nobody present yet: the 26 % minimum of women cannot be judged."
    """
    minimum = minimum_text(c.minimum)
    if c.verdict == Verdict.EMPTY:
        if group_name:
            text = translate("CompositionWording", "Nobody %1 yet: the %2 minimum of women cannot be judged.")
        else:
            text = translate("CompositionWording", "Nobody in the group yet: the %2 minimum of women cannot be "
                                                   "judged.")
        return fill(text, group_name, minimum)
    women = _women_of(c, group_name)
    if c.verdict == Verdict.PASSES:
        return fill(translate("CompositionWording", "%1; the minimum is %2."), women, minimum)
    if c.verdict == Verdict.FAILS:
        return fill(translate("CompositionWording", "%1; %2."), women, _more_women(c))
    return fill(translate("CompositionWording", "%1, below the minimum of %2; %3."), women, minimum, _unstated(c))


def warning_text(c: Composition, group: Group) -> str:
    """The warning before (and during) an activity whose group does not pass; "" when it passes or is empty.

    "⚠ Below 26 % women: 3 of 14 invited are women; invite 2 more women to reach 26 %."
    """
    if c.verdict in (Verdict.PASSES, Verdict.EMPTY):
        return ""
    head = fill(translate("CompositionWording", "⚠ Below %1 women:"), minimum_text(c.minimum))
    women = _women_of(c, group_name(group))
    advice = _more_women(c, group)
    if c.verdict == Verdict.UNDETERMINED:
        if c.not_stated == 1:
            unknown = translate("CompositionWording", "1 has not stated a gender")
        else:
            unknown = fill(translate("CompositionWording", "%1 have not stated a gender"), _number(c.not_stated))
        return fill(translate("CompositionWording", "%1 %2, and %3; %4."), head, women, unknown, advice)
    return fill(translate("CompositionWording", "%1 %2; %3."), head, women, advice)
