"""The look of the PDF sheet: page size and margins, the greys that print in black and
white, the shipped fonts, and the text styles every part of the sheet uses."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from helpdesk.core.resources import resource_path

FONT, BOLD = "HelpdeskSans", "HelpdeskSans-Bold"
MARGIN = 13 * mm
WIDTH = A4[0] - 2 * MARGIN
INK = colors.black
RULE = colors.Color(0.55, 0.55, 0.55)  # lines only: too light for text (3.4:1)
# Secondary text (notes, "no data", a spot's kind): grey, yet 5.7:1 on white paper.
SOFT = colors.Color(0.4, 0.4, 0.4)
SOFT_HEX = "#" + SOFT.hexval()[2:]
FAINT = colors.Color(0.93, 0.93, 0.93)
# Outcome segments: distinguishable greys in black-and-white print, darkest first.
GREYS = (0.15, 0.45, 0.72, 1.0, 0.3, 0.6, 0.85)
ROW = 3.3 * mm


@cache
def register_fonts() -> None:
    # Shipped TTF fonts, embedded as subsets: the same look on every machine, any name prints.
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSansCondensed.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts",
                                                           "DejaVuSansCondensed-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def style(size: float, bold: bool = False, **kwargs) -> ParagraphStyle:
    kwargs.setdefault("textColor", INK)
    return ParagraphStyle("s", fontName=BOLD if bold else FONT, fontSize=size,
                          leading=size * 1.22, **kwargs)


def fit(words: str, font: str, size: float, width: float) -> str:
    """``words`` cut with an ellipsis so they fit ``width`` points."""
    if pdfmetrics.stringWidth(words, font, size) <= width:
        return words
    while words and pdfmetrics.stringWidth(words + "…", font, size) > width:
        words = words[:-1]
    return words.rstrip() + "…"
