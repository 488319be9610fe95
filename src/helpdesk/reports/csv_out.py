"""The CSV of the visit rows: RFC 4180 UTF-8, or the flavour a Belgian Excel opens as is.

A Belgian Excel reads ``;`` as the list separator and only trusts UTF-8 with a byte-order
mark, so "csv-excel" writes both; plain "csv" is what other tools expect. Column names are the
stable codes of ``rows.COLUMNS`` in every language; code columns never change with it.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable

from helpdesk.core.spreadsheet_cells import as_text_cell
from helpdesk.core.taxonomy_file import Taxonomy
from helpdesk.reports.rows import COLUMNS, Labeller, as_time

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 5000
FLAVOURS = {"csv": (",", "utf-8"), "csv-excel": (";", "utf-8-sig")}


def write_csv(rows: Iterable[list], taxonomy: Taxonomy, language: str, out: str,
              flavour: str = "csv", total: int = 0, progress: Progress | None = None) -> int:
    """Write one header line and one line per visit to ``out``; returns the visits written."""
    delimiter, encoding = FLAVOURS[flavour]
    labeller = Labeller(taxonomy, language)
    kinds = [c.kind for c in COLUMNS]
    written = 0
    with open(out, "w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n",
                            quoting=csv.QUOTE_MINIMAL)
        writer.writerow([c.name for c in COLUMNS])
        for raw in rows:
            values = labeller.values(raw)
            writer.writerow([_cell(kind, value) for kind, value in zip(kinds, values)])
            written += 1
            if progress and written % PROGRESS_EVERY == 0:
                progress(written, total)
    if progress:
        progress(written, total)
    return written


def _cell(kind: str, value) -> str:
    if value is None:
        return ""
    if kind == "date":
        return value.isoformat()  # 2026-11-24: every Excel and every tool reads it as a date
    if kind == "time":
        return as_time(value)
    if kind == "number":
        return str(value)
    return as_text_cell(str(value))  # spot names and labels are typed by people
