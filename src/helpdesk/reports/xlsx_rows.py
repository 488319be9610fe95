"""The visit rows of the XLSX as worksheet XML: one f-string a cell, from templates made once.

XlsxWriter spends about 5 µs on a cell, and a year of visits is 15 million cells, so the rows
of the visits sheet are written here (``xlsx_package`` streams them into the file). A cell is
``<c r="H12" …>…</c>``: everything but the row number depends on the column and the value
only, so each column keeps the rest of its cells by value (a year repeats the same few codes,
labels and days) and a row is the row number joined into those. Strings go to the workbook's
shared strings table, except ids, which never repeat and are written inline and kept nowhere.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, datetime, time
from functools import partial

from helpdesk.reports.rows import COLUMNS, Labeller

# Distinct values whose cells one column keeps, and distinct strings the visits sheet adds to
# the shared table: a ceiling, so memory stays flat whatever the data (past it, cells are
# made each time and strings written inline).
KEEP_PER_COLUMN = 2_000
SHARED_LIMIT = 20_000
# Never repeated: the shared table and the kept cells would grow with the visits.
ID_COLUMNS = frozenset({"visit_id", "session_id"})
# Characters XML 1.0 does not allow, even escaped: dropped (lone surrogates would not encode).
_FORBIDDEN_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"
_FORBIDDEN = re.compile(f"[{_FORBIDDEN_CHARS}]")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
_TO_ESCAPE = re.compile('[&<>"]')
# Whether a string needs anything done to it (most ids and labels do not): one search.
_NOT_PLAIN = re.compile(f'[&<>"{_FORBIDDEN_CHARS}]|^\\s|\\s$')
# Excel's 1900 date system: day 1 is 1 January 1900, counting a 29 February 1900 that was not.
_DAY_ZERO = date(1899, 12, 30).toordinal()
_MARCH_1900 = 61


def without_forbidden(value: str) -> str:
    """``value`` without the characters XML 1.0 does not allow (a sheet name, a title)."""
    return _FORBIDDEN.sub("", value)


def xml_text(value: str) -> str:
    """``value`` as the content of an XML element: escaped, forbidden characters dropped.

    Quotes are escaped too, so ``t="s"`` is only ever an attribute (``xlsx_package`` counts it).
    """
    value = _FORBIDDEN.sub("", value)
    return _TO_ESCAPE.sub(lambda m: _ESCAPES[m.group()], value)


def text_element(value: str) -> str:
    """A ``<t>`` element holding ``value``; spaces at either end are kept, as Excel needs told."""
    if not _NOT_PLAIN.search(value):
        return f"<t>{value}</t>"
    escaped = xml_text(value)
    if escaped[:1].isspace() or escaped[-1:].isspace():
        return f'<t xml:space="preserve">{escaped}</t>'
    return f"<t>{escaped}</t>"


def column_letters(index: int) -> str:
    """The letters of a column from its 0-based index: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def excel_serial(value: date) -> int | float:
    """A date (or datetime) as Excel's day number, as XlsxWriter writes it."""
    days = value.toordinal() - _DAY_ZERO
    if days < _MARCH_1900:
        days -= 1
    if isinstance(value, datetime):
        return days + day_fraction(value.time())
    return days


def day_fraction(value: time) -> float:
    """A time of day as the fraction of a day Excel stores."""
    return (value.hour * 3600 + value.minute * 60 + value.second
            + value.microsecond / 1e6) / 86400


class SharedStrings:
    """The strings the visits sheet adds to the workbook's shared table, after its own."""

    def __init__(self, first_index: int) -> None:
        self.first_index = first_index
        self._tails: dict[str, str] = {}
        self._strings: list[str] = []

    def tail(self, value: str) -> str:
        """The end of a cell holding ``value`` (after its reference); "" for an empty one."""
        if not value:
            return ""
        found = self._tails.get(value)
        if found is not None:
            return found
        if len(self._strings) >= SHARED_LIMIT:
            return inline_tail(value)
        found = f'" t="s"><v>{self.first_index + len(self._strings)}</v></c>'
        self._tails[value] = found
        self._strings.append(value)
        return found

    def items(self) -> str:
        """The ``<si>`` elements of the added strings, in index order."""
        return "".join(f"<si>{text_element(s)}</si>" for s in self._strings)

    def __len__(self) -> int:
        return len(self._strings)


def inline_tail(value) -> str:
    """The end of a cell holding ``value`` as an inline string; "" for an empty one."""
    if value is None or value == "":
        return ""
    return f'" t="inlineStr"><is>{text_element(str(value))}</is></c>'


class _Kept(dict):
    """The cell ends of one column by raw value, made on first sight."""

    def __init__(self, make: Callable[[object], str]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, value) -> str:
        tail = self._make(value)
        if len(self) < KEEP_PER_COLUMN:
            self[value] = tail
        return tail


class _Fresh:
    """The cell ends of a column whose values never repeat: made each time, kept nowhere."""

    def __init__(self, make: Callable[[object], str]) -> None:
        self._make = make

    def __getitem__(self, value) -> str:
        return self._make(value)


class VisitRowsXml:
    """Turns a raw visit line (``rows.visit_rows``) into one ``<row>`` of the visits sheet."""

    def __init__(self, labeller: Labeller, strings: SharedStrings, date_style: int,
                 time_style: int) -> None:
        self._heads = [f'<c r="{column_letters(k)}' for k in range(len(COLUMNS))]
        makers: dict[str, Callable[[object], str]] = {
            "date": partial(_date_tail, date_style), "time": partial(_time_tail, time_style),
            "number": self._number_tail}
        self._strings = strings
        self._plan = []
        for column, (raw_index, convert) in zip(COLUMNS, labeller.plan):
            cells: _Fresh | _Kept
            if column.name in ID_COLUMNS:
                cells = _Fresh(_converted(inline_tail, convert))
            else:
                cells = _Kept(_converted(makers.get(column.kind, self._text_tail), convert))
            self._plan.append((raw_index, cells))

    def row(self, number: int, raw: list) -> str:
        """The XML of one row; empty cells are left out."""
        r = str(number)
        tails = [cells[raw[n]] for n, cells in self._plan]
        row = "".join([f"{head}{r}{tail}" for head, tail in zip(self._heads, tails) if tail])
        return f'<row r="{r}">{row}</row>'

    def _text_tail(self, value) -> str:
        if value is None:
            return ""
        return self._strings.tail(value if isinstance(value, str) else str(value))

    def _number_tail(self, value) -> str:
        if value is None:
            return ""
        if isinstance(value, (int, float)) and not isinstance(value, bool) and \
                math.isfinite(value):
            return f'"><v>{value!r}</v></c>'
        return self._text_tail(value)  # not a number after all: shown as it is, as text


def _date_tail(style: int, value) -> str:
    return "" if value is None else f'" s="{style}"><v>{excel_serial(value)!r}</v></c>'


def _time_tail(style: int, value) -> str:
    return "" if value is None else f'" s="{style}"><v>{day_fraction(value)!r}</v></c>'


def _converted(make: Callable[[object], str], convert: Callable | None) -> Callable[[object], str]:
    # The labeller's conversion (code -> label, weekday number -> name) before the cell.
    if convert is None:
        return make
    return lambda value: make(convert(value))
