"""The XLSX's visits sheet, whose rows are streamed as XML: read back with openpyxl."""

from __future__ import annotations

import errno
import os
import threading
import zipfile
from datetime import date, datetime, time

import pytest
from sheet_data import MADE_AT
from sqlalchemy import insert, update

from helpdesk.core.errors import ExportCancelled, ExportError
from helpdesk.core.report_records import ReportRequest
from helpdesk.reports import week_text_period
from helpdesk.reports.xlsx_rows import excel_serial
from helpdesk.store.engine import writing
from helpdesk.store.models import spot_table, visit_table

openpyxl = pytest.importorskip("openpyxl")

WEEK = week_text_period("2026-W47")
W47 = ReportRequest(first_day=WEEK.first_day, last_day=WEEK.last_day, by_week=True)
HEAD = 11  # the heading row of the visits sheet (1-based); the visits start below it
ORDER = ["v10", "v1", "v2", "v5", "v6", "v7", "v3", "v8"]


def export(services, path, request=W47, **options):
    """The week as XLSX in English, written to ``path``."""
    return services.reports.export(request, "xlsx", "en", path, made_at=MADE_AT, **options)


def visits(path):
    """The visits sheet of the file: (sheet, heading, data rows as dicts by heading)."""
    sheet = openpyxl.load_workbook(path)["Visits"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header = rows[HEAD - 1]
    return sheet, header, [dict(zip(header, r)) for r in rows[HEAD:]]


def add_visit(services, visit_id, spot_id, started, **fields):
    """One more live visit of week 47, inserted as it is (no validation: the hub's case)."""
    stamp = datetime.fromisoformat(started + "+00:00")
    row = dict(id=visit_id, desk_id="desk", session_id=None, spot_id=spot_id, staff_id=None,
               started_at=stamp, duration_minutes=None, outcome="solved", autonomy=None,
               referral=None, follow_up=False, follow_up_date=None, channel="in_person",
               age_band="unknown", gender="unknown", help_language="unknown",
               first_visit=None, status="unknown", note="", revision=1, created_at=stamp,
               updated_at=stamp, deleted=False)
    row.update(fields)
    with writing(services.engine) as db:
        db.execute(insert(visit_table), [row])


def rename_spot(services, spot_id, name):
    with writing(services.engine) as db:
        db.execute(update(spot_table).where(spot_table.c.id == spot_id).values(name=name))


@pytest.mark.parametrize("name, shown", [
    ('Bar <"Kuregem"> & Co\'s', 'Bar <"Kuregem"> & Co\'s'),
    ("Bu\x07urt\x1bbar\ufffe", "Buurtbar"),  # what XML 1.0 forbids is dropped
    ("Брюссель · 布鲁塞尔 · بروكسل · Ωμέγα", "Брюссель · 布鲁塞尔 · بروكسل · Ωμέγα"),
    ("=SUM(A1:A9)", "=SUM(A1:A9)"),
    ("  spaced out  ", "  spaced out  "),
])
def test_strings_are_escaped_and_stay_text(sheet_store, tmp_path, name, shown):
    """A spot name (shared strings) and a visit id (inline) come back as written, as text."""
    services, ids = sheet_store
    rename_spot(services, ids["A"], name)
    add_visit(services, name, ids["B"], "2026-11-18 10:00", outcome=name)
    _sheet, _header, rows = visits(export(services, tmp_path / "odd.xlsx").path)
    by_id = {r["Visit id"]: r for r in rows}
    assert by_id[shown]["Spot"] == "OCR Anneessens"
    assert by_id[shown]["Outcome (code)"] == shown and by_id[shown]["Outcome"] == shown
    assert by_id["v1"]["Spot"] == shown
    assert all(isinstance(r["Spot"], str) for r in rows)


def test_a_formula_like_value_is_a_string_cell(sheet_store, tmp_path):
    """'=...' is stored as a string, never as a formula a spreadsheet would run."""
    services, ids = sheet_store
    rename_spot(services, ids["A"], "=HYPERLINK(\"http://x\")")
    path = export(services, tmp_path / "f.xlsx").path
    sheet = openpyxl.load_workbook(path)["Visits"]
    cell = sheet.cell(row=HEAD + 2, column=5)  # v1, spot
    assert cell.value == "=HYPERLINK(\"http://x\")" and cell.data_type == "s"
    with zipfile.ZipFile(path) as package:
        assert b"<f>" not in package.read("xl/worksheets/sheet4.xml")


def test_dates_times_and_numbers_keep_their_type(sheet_store, tmp_path):
    """Days are dates, hours are times, durations are numbers, each with its format."""
    services, _ids = sheet_store
    path = export(services, tmp_path / "w.xlsx").path
    sheet, header, rows = visits(path)
    assert [r["Visit id"] for r in rows] == ORDER
    v10, v7 = rows[0], rows[ORDER.index("v7")]
    assert (v10["Date"], v10["Time"]) == (datetime(2026, 11, 16), time(0, 20))
    assert v7["Follow-up date"] == datetime(2026, 12, 1)
    assert all(isinstance(r["Duration (min)"], int) and r["Duration (min)"] == 15 for r in rows)
    assert v10["Follow-up date"] is None and v10["Referrals by target"] is None  # left empty
    day, hour = header.index("Date") + 1, header.index("Time") + 1
    assert sheet.cell(HEAD + 1, day).number_format == "dd/mm/yyyy"
    assert sheet.cell(HEAD + 1, hour).number_format == "hh:mm"
    assert sheet.cell(HEAD + 1, day).is_date


@pytest.mark.parametrize("value, serial", [
    (date(1900, 1, 1), 1), (date(1900, 2, 28), 59),
    (date(1900, 3, 1), 61),  # Excel counts a 29 February 1900 (day 60) that never was
    (date(2026, 11, 16), 46342),
    (datetime(2026, 3, 29, 2, 30, 15), 46110 + (2 * 3600 + 30 * 60 + 15) / 86400),
    (datetime(1999, 12, 31, 23, 59, 59), 36525 + 86399 / 86400),
])
def test_day_numbers_are_excels(value, serial):
    """Excel's 1900 day numbers, read back by openpyxl as the same day and moment."""
    from openpyxl.utils.datetime import from_excel

    assert excel_serial(value) == pytest.approx(serial, abs=1e-9)
    back = from_excel(excel_serial(value))
    assert back == (value if isinstance(value, datetime) else datetime(*value.timetuple()[:3]))


def test_header_block_panes_widths_and_filter(sheet_store, tmp_path):
    """The filters used, frozen headings and id column, sized columns, a filter on the rows."""
    services, _ids = sheet_store
    sheet, header, rows = visits(export(services, tmp_path / "w.xlsx").path)
    assert sheet["A3"].value == "Period" and sheet["B3"].value == "Week 47 of 2026"
    assert sheet["A9"].value == "Visit records" and sheet["B9"].value == 8
    assert sheet["B3"].number_format == "General"  # not the date column's format
    assert sheet.freeze_panes == f"C{HEAD + 1}"
    assert sheet.auto_filter.ref == f"A{HEAD}:AK{HEAD + len(ORDER)}"  # 37 columns
    widths = {letter: round(sheet.column_dimensions[letter].width)
              for letter in ("A", "B", "C", "G", "I", "N")}
    assert widths == {"A": 39, "B": 12, "C": 8, "G": 39, "I": 27, "N": 10}
    assert len(header) == 37 and len(rows) == len(ORDER)


def test_an_empty_week_has_the_header_and_no_rows(sheet_store, tmp_path):
    """A week without visits: the header block and headings, nothing below, still filtered."""
    services, _ids = sheet_store
    empty = week_text_period("2024-W10")
    request = ReportRequest(first_day=empty.first_day, last_day=empty.last_day, by_week=True)
    sheet, header, rows = visits(export(services, tmp_path / "e.xlsx", request).path)
    assert header[:3] == ["Visit id", "Date", "Time"]
    assert rows == [] and sheet.max_row == HEAD
    assert sheet.freeze_panes == f"C{HEAD + 1}" and sheet.auto_filter.ref == f"A{HEAD}:AK{HEAD}"


def test_more_visits_than_excel_has_rows_is_refused_in_one_sentence(sheet_store, tmp_path,
                                                                   monkeypatch):
    """Past a sheet's last row: no file that leaves visits out, one sentence pointing to CSV."""
    services, _ids = sheet_store
    monkeypatch.setattr("helpdesk.reports.xlsx.EXCEL_ROWS", HEAD + 3)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportError) as refused:
        export(services, out / "cap.xlsx")
    assert "CSV" in refused.value.sentence()
    assert list(out.iterdir()) == []  # neither the file nor its temporary part


def test_exactly_as_many_visits_as_rows_fit(sheet_store, tmp_path, monkeypatch):
    """The last row of the sheet is used, not refused."""
    services, _ids = sheet_store
    monkeypatch.setattr("helpdesk.reports.xlsx.EXCEL_ROWS", HEAD + len(ORDER))
    sheet, _header, rows = visits(export(services, tmp_path / "full.xlsx").path)
    assert [r["Visit id"] for r in rows] == ORDER and sheet.max_row == HEAD + len(ORDER)


def test_the_same_rows_once_the_shared_strings_are_full(sheet_store, tmp_path, monkeypatch):
    """Past the ceilings, strings are written inline and cells made afresh: same sheet."""
    services, _ids = sheet_store
    _sheet, _header, usual = visits(export(services, tmp_path / "usual.xlsx").path)
    monkeypatch.setattr("helpdesk.reports.xlsx_rows.SHARED_LIMIT", 3)
    monkeypatch.setattr("helpdesk.reports.xlsx_rows.KEEP_PER_COLUMN", 1)
    path = export(services, tmp_path / "full.xlsx").path
    _sheet, _header, full = visits(path)
    assert full == usual
    with zipfile.ZipFile(path) as package:
        assert b'inlineStr"><is><t>Solved<' in package.read("xl/worksheets/sheet4.xml")


def test_a_stopped_export_leaves_nothing_behind(sheet_store, tmp_path, monkeypatch):
    """Stopped half-way through the rows: the old file stays, no part file, no thread left."""
    services, _ids = sheet_store
    monkeypatch.setattr("helpdesk.reports.xlsx_package.PROGRESS_EVERY", 2)
    target = tmp_path / "w.xlsx"
    target.write_bytes(b"the old sheet")
    seen = []

    def stop_at_the_second():
        seen.append(1)
        return len(seen) >= 2

    with pytest.raises(ExportCancelled):
        export(services, target, cancelled=stop_at_the_second)
    assert len(seen) == 2  # stopped at 4 of 8 rows, not at the end
    assert target.read_bytes() == b"the old sheet"
    assert sorted(os.listdir(tmp_path)) == ["data", "w.xlsx"]
    assert not [t for t in threading.enumerate() if t.name == "xlsx-deflate"]


def test_a_disk_full_while_compressing_is_one_sentence(sheet_store, tmp_path, monkeypatch):
    """A write failing on the compressing thread ends the export plainly, leaving nothing."""
    services, _ids = sheet_store
    real_write = zipfile._ZipWriteFile.write

    def write(self, data):
        if threading.current_thread().name == "xlsx-deflate":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(self, data)

    monkeypatch.setattr(zipfile._ZipWriteFile, "write", write)
    with pytest.raises(ExportError) as caught:
        export(services, tmp_path / "w.xlsx")
    assert caught.value.sentence().endswith("No space left on device.")
    assert sorted(os.listdir(tmp_path)) == ["data"]


def test_progress_runs_to_the_end(sheet_store, tmp_path, monkeypatch):
    """Progress goes up in steps while the rows stream, and ends at done == total."""
    services, _ids = sheet_store
    monkeypatch.setattr("helpdesk.reports.xlsx_package.PROGRESS_EVERY", 3)
    seen = []
    export(services, tmp_path / "p.xlsx", progress=lambda done, total: seen.append((done, total)))
    assert seen == [(3, 8), (6, 8), (8, 8)]


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_wrapped_headings_have_rows_tall_enough(sheet_store, tmp_path, lang):
    """Every wrapped heading of the summary sheets fits its row: LibreOffice cut the first line
    of "Visites par heure d'ouverture", three lines in a row made for two."""
    services, _ids = sheet_store
    path = services.reports.export(W47, "xlsx", lang, tmp_path / "w.xlsx", made_at=MADE_AT).path
    book = openpyxl.load_workbook(path)
    checked = 0
    for sheet in book.worksheets:
        widths = column_widths(sheet)
        for row in sheet.iter_rows():
            for cell in row:
                if not (isinstance(cell.value, str) and cell.alignment.wrap_text):
                    continue
                width = widths.get(cell.column, 8.43)  # Excel's default column
                height = sheet.row_dimensions[cell.row].height or 15
                assert 15 * wrapped_lines(cell.value, width) <= height, (sheet.title, cell.value)
                checked += 1
    assert checked > 10


def column_widths(sheet) -> dict[int, float]:
    """Each column's width by number; a file may set one width for a range of columns (openpyxl
    files it under the range's first letter)."""
    widths: dict[int, float] = {}
    for dimension in sheet.column_dimensions.values():
        if dimension.customWidth:
            for column in range(dimension.min, dimension.max + 1):
                widths[column] = dimension.width
    return widths


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes wrapped at word breaks in a column ``width`` characters
    wide (a bold heading's characters are a little wider than a column's unit: 0.9 of it)."""
    room = int(width * 0.9)
    lines, line = 1, ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and len(candidate) > room:
            lines, line = lines + 1, word
        else:
            line = candidate
    return lines
