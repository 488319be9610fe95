"""The final XLSX: XlsxWriter's package copied entry by entry, the visit rows streamed in.

XlsxWriter writes the whole workbook in memory with the visits sheet holding only its header
block (it is small: the summary sheets are bounded by codes and spots, not by visits). Here
that package is copied into the file, and when the visits sheet comes, its XML is written
again with the visit rows streamed in before ``</sheetData>``, straight from the row query
into the compressed entry: memory holds one batch of rows, never the sheet. The strings the
rows added to the shared table are appended to XlsxWriter's own, written last.
"""

from __future__ import annotations

import queue
import re
import threading
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from io import BytesIO
from typing import Self

from helpdesk.reports.xlsx_rows import SharedStrings, VisitRowsXml

Progress = Callable[[int, int], None]
SHARED_STRINGS = "xl/sharedStrings.xml"
# The XML of a year is ~0.5 GB. Level 5 makes it 22 % smaller than level 1 for 5 % more time
# when compressing on a second core, 17 % on one (docs/performance.md, "Reports").
COMPRESS_LEVEL = 5
ROWS_PER_WRITE = 500  # ~0.5 MB of XML per write into the compressor
PROGRESS_EVERY = 5000
_DIMENSION = re.compile(r'<dimension ref="[^"]*"/>')
_SST_COUNTS = re.compile(r'<sst ([^>]*)count="(\d+)" uniqueCount="(\d+)"')


@dataclass(frozen=True)
class VisitsSheet:
    """Where the visit rows go: the sheet's zip entry, its first visit row, how many fit."""

    entry: str  # e.g. xl/worksheets/sheet4.xml
    first_row: int  # 1-based, as in the XML
    room: int  # rows the sheet is laid out for (its dimension and autofilter); no more are written
    last_column: str  # e.g. AD


def write_package(template: bytes, out: str, sheet: VisitsSheet,
                  make_rows: Callable[[SharedStrings], VisitRowsXml], rows: Iterable[list],
                  total: int, progress: Progress | None = None) -> int:
    """Write ``template`` to ``out`` with ``rows`` in the visits sheet; returns the rows written."""
    with zipfile.ZipFile(BytesIO(template)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) \
            as target:
        strings_xml = source.read(SHARED_STRINGS).decode("utf-8")
        counts = _SST_COUNTS.search(strings_xml)
        # write_xlsx's template always holds strings (the visits sheet's column heads)
        assert counts is not None, "the template has no shared strings table"
        strings = SharedStrings(first_index=int(counts.group(3)))
        row_xml = make_rows(strings)
        written = references = 0
        for info in source.infolist():
            if info.filename == SHARED_STRINGS:
                continue  # last: the visit rows add to it
            if info.filename == sheet.entry:
                written, references = _stream_sheet(
                    source.read(info).decode("utf-8"), target, sheet, row_xml, rows, total,
                    progress)
            else:
                target.writestr(info, source.read(info))  # as XlsxWriter made it
        target.writestr(source.getinfo(SHARED_STRINGS),
                        _merged(strings_xml, counts, strings, references))
    return written


def _stream_sheet(xml: str, target: zipfile.ZipFile, sheet: VisitsSheet, row_xml: VisitRowsXml,
                  rows: Iterable[list], total: int, progress: Progress | None) -> tuple[int, int]:
    # Returns the rows written and how many of their cells point into the shared strings.
    cut = xml.index("</sheetData>")
    last_row = sheet.first_row + sheet.room - 1
    head = _DIMENSION.sub(f'<dimension ref="A1:{sheet.last_column}{max(last_row, 1)}"/>',
                          xml[:cut], count=1)
    written = references = 0
    number = sheet.first_row
    # No ZIP64 headers (Excel is strict about them): at ~1 kB a row, Excel's last row keeps
    # the sheet's XML near 1 GB, under the 2 GB from which zipfile would need them.
    with target.open(sheet.entry, "w") as entry, _Compressing(entry) as out:
        out.write(head.encode("utf-8"))
        batch: list[str] = []
        for raw in rows:
            if written == sheet.room:
                break
            batch.append(row_xml.row(number, raw))
            number += 1
            written += 1
            if written % ROWS_PER_WRITE == 0:
                references += _write(out, batch)
                batch = []
            if progress and written % PROGRESS_EVERY == 0:
                progress(written, total)
        references += _write(out, batch)
        out.write(xml[cut:].encode("utf-8"))
    if progress:
        progress(written, total)
    return written, references


def _write(out: _Compressing, batch: list[str]) -> int:
    data = "".join(batch).encode("utf-8")
    out.write(data)
    return data.count(b' t="s"')  # strings are escaped, quotes too: only ever an attribute


def _merged(xml: str, counts: re.Match, strings: SharedStrings, references: int) -> bytes:
    # XlsxWriter's table with the visit rows' strings after its own, and the totals made right.
    start = (f'<sst {counts.group(1)}count="{int(counts.group(2)) + references}" '
             f'uniqueCount="{int(counts.group(3)) + len(strings)}"')
    xml = xml[:counts.start()] + start + xml[counts.end():]
    end = xml.rindex("</sst>")
    return (xml[:end] + strings.items() + xml[end:]).encode("utf-8")


class _Compressing:
    """Writes into a zip entry on a thread of its own, a few chunks behind the rows.

    zlib and the file let go of the GIL, so on a second core the next rows are made while the
    last ones are compressed. A failure on the thread comes back on the next write or at the
    end; leaving early (a stopped export) drops what is queued and waits for the thread.
    """

    def __init__(self, entry) -> None:
        self._entry = entry
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self._failed: BaseException | None = None
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="xlsx-deflate", daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def write(self, data: bytes) -> None:
        """Queue ``data`` (waits while the thread is several chunks behind)."""
        if self._failed is not None:
            raise self._failed
        self._queue.put(data)

    def __exit__(self, kind, _value, _traceback) -> None:
        if kind is not None:
            self._stopped = True  # the file is given up: what is queued need not be written
            _drain(self._queue)
        self._queue.put(None)
        self._thread.join()
        if kind is None and self._failed is not None:
            raise self._failed

    def _run(self) -> None:
        while (data := self._queue.get()) is not None:
            if self._failed is None and not self._stopped:
                try:
                    self._entry.write(data)
                except BaseException as exc:  # noqa: BLE001 - raised on the rows' thread
                    self._failed = exc


def _drain(waiting: queue.Queue) -> None:
    try:
        while True:
            waiting.get_nowait()
    except queue.Empty:
        pass
