"""The composition badge: a group's women share, backgrounds and organisations at a glance.

"✓ 31 % women · 4 backgrounds · 3 orgs" on green; "?" on amber, "✗" on red, "—" on grey. The symbol
carries the verdict for anyone who cannot tell the colours apart; the tooltip and the accessible
description give the reason in full words (see :mod:`.wording`).

The colours are fixed pairs, foreground on its own background, rather than palette colours: a pair is
readable on a light or a dark desktop alike, and each pair is proven to reach WCAG AA contrast (4.5:1)
in the tests.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.diversity import Composition, Verdict
from .wording import Group, badge_text, fill, reason_text, spoken_text, translate, warning_text


class Colours(NamedTuple):
    foreground: str
    background: str


COLOURS: dict[Verdict, Colours] = {
    Verdict.PASSES: Colours("#1B5E20", "#E6F4EA"),
    Verdict.UNDETERMINED: Colours("#6B4500", "#FFF3CD"),
    Verdict.FAILS: Colours("#A4161A", "#FDE8E8"),
    Verdict.EMPTY: Colours("#424242", "#EEEEEE"),
}


def _style(verdict: Verdict, *, bold: bool = False) -> str:
    colours = COLOURS[verdict]
    weight = "font-weight: bold;" if bold else ""
    # The border is the text's colour: the badge's edge stays visible on any window background.
    return (f"QLabel {{ color: {colours.foreground}; background-color: {colours.background}; "
            f"border: 1px solid {colours.foreground}; border-radius: 4px; padding: 2px 8px; {weight} }}")


class CompositionBadge(QLabel):
    """One group's composition; empty until :meth:`show_composition` is called.

    In a crowded tool row the badge gives way: it shortens its text with "…" (the verdict and the women
    share stay) rather than widen the window past a laptop's screen. The tooltip and the accessible
    name always hold everything.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.composition: Composition | None = None
        self.verdict: Verdict | None = None
        #: The badge's whole text; ``text()`` is the part that fits.
        self.full_text = ""
        self._essential = ""  # what must show however narrow: title, symbol and the women share
        self._reason = ""
        self.hide()

    def show_composition(self, c: Composition, group_name: str, title: str = "") -> None:
        """Show ``c``; ``group_name`` goes into the reason ("4 of 13 *present* are women"), ``title``
        before the figures ("Present: ✓ 31 % women …")."""
        self.composition = c
        self.verdict = c.verdict
        short = badge_text(c)
        self.full_text = fill(translate("CompositionBadge", "%1: %2"), title, short) if title else short
        self._essential = self.full_text.split(" · ")[0]
        reason = reason_text(c, group_name)
        self._reason = reason
        spoken = spoken_text(c)
        self.setAccessibleName(fill(translate("CompositionBadge", "%1: %2"), title, spoken) if title else spoken)
        self.setAccessibleDescription(reason)
        self.setStyleSheet(_style(c.verdict))
        self.show()
        self.updateGeometry()
        # Laid out at once, not at the next turn of the event loop: the badge shows its new text whole
        # (or shortened to the room it now has) straight away.
        parent = self.parentWidget()
        if parent is not None and parent.layout() is not None:
            parent.layout().activate()
        self._fit()

    def clear_composition(self) -> None:
        self.composition = None
        self.verdict = None
        self.full_text = self._essential = self._reason = ""
        self.clear()
        self.setToolTip("")
        self.setAccessibleName("")
        self.setAccessibleDescription("")
        self.hide()

    # -- giving way in a crowded row ----------------------------------------------------------------

    def _text_width(self, text: str) -> int:
        return self.fontMetrics().horizontalAdvance(text)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        return QSize(hint.width() - self._text_width(self.text()) + self._text_width(self.full_text), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        essential = self._essential + "…" if self._essential != self.full_text else self.full_text
        return QSize(hint.width() - self._text_width(self.text()) + self._text_width(essential), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        shown = self.full_text
        if self.isVisible() and self._text_width(shown) > room:
            shown = self.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            super().setText(shown)
        self.setToolTip(self._reason if shown == self.full_text else f"{self.full_text}\n{self._reason}")


class CompositionWarning(QLabel):
    """The banner before and during an activity whose group does not reach the minimum; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.verdict: Verdict | None = None
        self.hide()

    def show_warning(self, c: Composition, group: Group) -> None:
        """Warn about ``c`` when it fails or may fail; hide when it passes or nobody is counted yet."""
        text = warning_text(c, group)
        if not text:
            self.clear_warning()
            return
        news = text != self.text() or self.isHidden()
        self.verdict = c.verdict
        self.setText(text)
        spoken = fill(translate("CompositionBadge", "Warning: %1"), text.removeprefix("⚠").strip())
        self.setAccessibleName(spoken)
        self.setAccessibleDescription(spoken)
        self.setStyleSheet(_style(c.verdict, bold=True))
        self.show()
        if news:
            # A screen reader hears of the warning where the facilitator is working (the check-in line).
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def clear_warning(self) -> None:
        self.verdict = None
        self.clear()
        self.setAccessibleName("")
        self.setAccessibleDescription("")
        self.hide()
