"""Text contrast as WCAG 2 measures it: the sheet and the screens keep text at 4.5:1 or more.

Colours are (red, green, blue) triples of 0–1 floats, or "#rrggbb" strings.
"""

from __future__ import annotations

Colour = tuple[float, float, float]

# WCAG 2 AA for body text: the least contrast text may have against its background.
READABLE = 4.5


def rgb(colour: Colour | str) -> Colour:
    """``colour`` as a (red, green, blue) triple of 0–1 floats."""
    if isinstance(colour, str):
        code = colour.lstrip("#")
        if len(code) != 6:
            raise ValueError("a colour is written #rrggbb")
        return (int(code[0:2], 16) / 255, int(code[2:4], 16) / 255, int(code[4:6], 16) / 255)
    return colour


def luminance(colour: Colour | str) -> float:
    """The relative luminance of ``colour`` (0 for black, 1 for white)."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(text: Colour | str, background: Colour | str) -> float:
    """The contrast ratio of ``text`` on ``background``, from 1 (none) to 21 (black on white)."""
    a, b = luminance(text), luminance(background)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def ink_on(background: Colour | str) -> Colour:
    """Black or white, whichever reads better on ``background`` (never under 4.58:1)."""
    black, white = (0.0, 0.0, 0.0), (1.0, 1.0, 1.0)
    return black if contrast(black, background) >= contrast(white, background) else white
