"""WCAG 2.1 contrast of two colours, so that the program's fixed colour pairs can be proven readable.

Plain Python on purpose: the arithmetic is the standard's, and tests (or a designer checking a new
colour) can use it without a window. A colour is "#RRGGBB", "#RGB", an (r, g, b) tuple of 0–255, or
anything with a ``name()`` that gives "#rrggbb" (such as a QColor), which is duck-typed, not imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, Union

#: WCAG 2.1 success criterion 1.4.3 (level AA): normal text, and large text (18 pt, or 14 pt bold).
AA_NORMAL_TEXT = 4.5
AA_LARGE_TEXT = 3.0
#: Success criterion 1.4.11: the edges and states of controls (a field's frame, a focus frame).
AA_NON_TEXT = 3.0
#: Level AAA for normal text; the projector aims for it, since a room is worse than a desk.
AAA_NORMAL_TEXT = 7.0

#: Large text starts here (points); bold text is large from 14 pt.
LARGE_TEXT_POINTS = 18.0
LARGE_BOLD_TEXT_POINTS = 14.0


class Named(Protocol):
    def name(self) -> str: ...


Colour = Union[str, Sequence[int], Named]


def rgb(colour: Colour) -> tuple[int, int, int]:
    """The 0–255 channels of ``colour``; raises ValueError for what is not a colour."""
    if hasattr(colour, "name") and not isinstance(colour, str):
        colour = colour.name()
    if isinstance(colour, str):
        text = colour.strip().lstrip("#")
        if len(text) == 3:
            text = "".join(char * 2 for char in text)
        if len(text) != 6:
            raise ValueError(f"not a #RRGGBB colour: {colour!r}")
        try:
            return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)
        except ValueError:
            raise ValueError(f"not a #RRGGBB colour: {colour!r}") from None
    channels = tuple(int(value) for value in colour)
    if len(channels) != 3 or not all(0 <= value <= 255 for value in channels):
        raise ValueError(f"not three channels of 0–255: {colour!r}")
    return channels  # type: ignore[return-value]


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: Colour) -> float:
    """0 for black, 1 for white (WCAG 2.1, "relative luminance")."""
    red, green, blue = rgb(colour)
    return 0.2126 * _linear(red) + 0.7152 * _linear(green) + 0.0722 * _linear(blue)


def contrast_ratio(first: Colour, second: Colour) -> float:
    """From 1 (the same) to 21 (black on white); the order of the two does not matter."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_large_text(points: float, *, bold: bool = False) -> bool:
    return points >= (LARGE_BOLD_TEXT_POINTS if bold else LARGE_TEXT_POINTS)


def required_ratio(points: float, *, bold: bool = False) -> float:
    """What AA asks of text of this size."""
    return AA_LARGE_TEXT if is_large_text(points, bold=bold) else AA_NORMAL_TEXT


def meets_aa(foreground: Colour, background: Colour, *, points: float = 0.0, bold: bool = False) -> bool:
    return contrast_ratio(foreground, background) >= required_ratio(points, bold=bold)
