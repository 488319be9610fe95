"""Text cells of a CSV meant for a spreadsheet, made safe to open with a double click.

Excel and LibreOffice run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula,
even in a CSV. A spot name or a taxonomy label typed as ``=HYPERLINK(…)`` on one desk would
then act on the coordinator's computer (OWASP "CSV injection"). Such a cell is written with a
leading apostrophe, which both show as text. Only text cells: dates and numbers are left alone.
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_text_cell(text: str) -> str:
    """``text`` as a spreadsheet will show it, never run it."""
    return "'" + text if text.startswith(FORMULA_START) else text
