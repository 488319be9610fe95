"""The files: re-read the XLSX with openpyxl, the PDF's text with pypdf, the CSV with csv."""

from __future__ import annotations

import csv
import io
import os
from datetime import datetime, time

import pytest
from sheet_data import MADE_AT

from helpdesk.core.errors import ExportCancelled, ExportError
from helpdesk.core.report_records import ReportRequest
from helpdesk.reports import week_text_period
from helpdesk.reports.rows import COLUMNS

WEEK = week_text_period("2026-W47")
W47 = ReportRequest(first_day=WEEK.first_day, last_day=WEEK.last_day, by_week=True)
# Week 47, oldest first: v10 (Monday 00:20 local) to v8 (Sunday 23:30); v4 is deleted, v9 is
# already week 48.
ORDER = ["v10", "v1", "v2", "v5", "v6", "v7", "v3", "v8"]


def export(services, tmp_path, fmt, language="en", request=W47, name=None):
    path = tmp_path / (name or f"sheet.{fmt}")
    result = services.reports.export(request, fmt, language, path, made_at=MADE_AT)
    assert result.path == str(path) and result.visit_records == len(ORDER)
    return path


# -- XLSX -------------------------------------------------------------------------------

@pytest.fixture
def workbook(sheet_store, tmp_path):
    """The week 47 XLSX in Dutch, read back with openpyxl."""
    openpyxl = pytest.importorskip("openpyxl")
    services, _ids = sheet_store
    return openpyxl.load_workbook(export(services, tmp_path, "xlsx", "nl"))


def cells(sheet) -> list[list]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def find_row(rows, first):
    return next(r for r in rows if r and r[0] == first)


def block(rows, title):
    """The rows of one count table, by its title: {label: (count, share, code)}."""
    start = next(n for n, r in enumerate(rows) if r and r[0] == title)
    found = {}
    for row in rows[start + 1:]:
        if not row or row[0] is None or row[1] is None or isinstance(row[1], str):
            break
        found[row[0]] = (row[1], row[2], row[3])
    return found


def test_xlsx_sheets_network_spots_then_visits(workbook):
    """A summary sheet for the network and each spot, then the visits sheet."""
    assert workbook.sheetnames == ["Overzicht van het netwerk", "Buurtbar Kuregem",
                                   "OCR Anneessens", "Bezoeken"]


def test_xlsx_network_key_figures_are_numbers(workbook):
    """The key table holds numbers, not text, with the comparisons below."""
    rows = cells(workbook["Overzicht van het netwerk"])
    assert find_row(rows, "Week 47 van 2026")[:7] == ["Week 47 van 2026", 4, 13.5, 8, 3, 2.0,
                                                      pytest.approx(8 / 13.5)]
    assert find_row(rows, "Vorige week: week 46 van 2026")[1:4] == [1, 3.0, 2]
    assert find_row(rows, "Een jaar eerder: week 47 van 2025")[1:4] == [1, 2.0, 1]
    assert find_row(rows, "Buurtbar Kuregem")[1:5] == [2, 5.5, 3, 2]
    assert find_row(rows, "OCR Anneessens")[1:5] == [2, 8.0, 5, 1]
    assert find_row(rows, "Totaal")[1:5] == [4, 13.5, 8, 3]


def test_xlsx_count_tables_match_the_hand_count(workbook):
    """Question types (once per type), outcomes and the profile with 'Onbekend' shown."""
    rows = cells(workbook["Overzicht van het netwerk"])
    questions = block(rows, "Vraagtypes")
    assert {code: count for count, _share, code in questions.values()} == {
        "smartphone": 2, "email": 2, "print_scan": 2, "itsme_eid": 1, "job_search": 1,
        "gov_online": 1, "other": 1, "internet": 1}
    assert questions["E-mail"][1] == pytest.approx(2 / 8)
    assert {k: v[0] for k, v in block(rows, "Resultaat").items()} == {
        "Opgelost": 4, "Gedeeltelijk opgelost": 1, "Niet opgelost": 1, "Doorverwezen": 2}
    assert block(rows, "Leeftijd")["Onbekend"][0] == 4
    assert block(rows, "Eerste bezoek") == {"Ja": (2, 0.25, "yes"), "Nee": (2, 0.25, "no"),
                                            "Onbekend": (4, 0.5, "unknown")}
    assert {k: v[0] for k, v in block(rows, "Doorverwijzingen").items() if v[0]} == {
        "Sociale dienst (OCMW)": 1, "De betrokken administratie of instelling": 1}
    assert any(r[0] and "telt één keer mee voor elk type" in r[0] for r in rows)


def test_xlsx_grid_notes_and_totals_line(workbook):
    """The weekday × hour grid, the follow-ups and the records the figures come from."""
    rows = cells(workbook["OCR Anneessens"])
    head = next(r for r in rows if r and r[1] == "00h")
    tuesday = find_row(rows, "di")
    assert tuesday[head.index("09h")] == 2 and tuesday[head.index("14h")] == 1
    assert tuesday[head.index("Totaal")] == 3
    assert find_row(rows, "zo")[head.index("23h")] == 1
    assert find_row(rows, "ma")[head.index("00h")] == 1
    assert any(r[0] == "Opvolgingen nog open: 1, waarvan 0 over datum." for r in rows)
    assert any(r[0] == "Permanenties nog niet afgesloten: 1; hun uren tellen niet mee."
               for r in rows)
    assert any(r[0] == ("Gemaakt uit 5 bezoekrecords (7 vraagtyperecords) en 2 permanentierecords. "
                        "Verwijderde bezoeken niet meegeteld: 0.") for r in rows)


def test_xlsx_visits_sheet_has_filters_codes_labels_dates(workbook):
    """One row per live visit with codes and labels; dates are dates; header frozen."""
    sheet = workbook["Bezoeken"]
    rows = cells(sheet)
    assert find_row(rows, "Periode")[1] == "Week 47 van 2026"
    assert find_row(rows, "Bezoekrecords")[1] == 8
    assert find_row(rows, "Locaties")[1] == "Buurtbar Kuregem, OCR Anneessens"
    header_at = next(n for n, r in enumerate(rows) if r[0] == "Bezoek-id")
    header = rows[header_at]
    data = rows[header_at + 1:]
    assert sheet.freeze_panes == f"C{header_at + 2}"
    assert [r[0] for r in data] == ORDER
    v6 = dict(zip(header, data[ORDER.index("v6")]))
    assert v6["Datum"] == datetime(2026, 11, 17) and v6["Uur"] == time(9, 50)
    assert v6["Vraagtypes (codes)"] == "print_scan|job_search|email"
    assert v6["Vraagtypes"] == "Printen, scannen, kopiëren | Werk zoeken, cv, Actiris/VDAB | E-mail"
    assert (v6["Resultaat (code)"], v6["Resultaat"]) == ("not_solved", "Niet opgelost")
    assert v6["Duur (min)"] == 15
    v7 = dict(zip(header, data[ORDER.index("v7")]))
    assert v7["Opvolgingsdatum"] == datetime(2026, 12, 1)
    assert (v7["Eerste bezoek (code)"], v7["Eerste bezoek"]) == ("unknown", "Onbekend")
    assert "private" not in {c for r in data for c in r}  # notes never leave the desk


# -- PDF --------------------------------------------------------------------------------

@pytest.fixture
def pdf_pages(sheet_store, tmp_path):
    """The text of each page of the week 47 PDF, by language."""
    pypdf = pytest.importorskip("pypdf")
    services, _ids = sheet_store

    def read(language):
        path = export(services, tmp_path, "pdf", language, name=f"w47-{language}.pdf")
        return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]
    return read


def test_pdf_one_page_per_spot_and_a_summary(pdf_pages):
    """Three pages: the network summary, then each spot; each says who, when, language."""
    pages = pdf_pages("en")
    assert len(pages) == 3
    assert "Network summary" in pages[0] and "Buurtbar Kuregem" in pages[1] and \
        "OCR Anneessens" in pages[2]
    for n, page in enumerate(pages, start=1):
        assert "Weekly sheet · Test desk" in page and "Week 47 of 2026" in page
        assert "Language: English" in page and "Made on 24/11/2026 at 10:30" in page
        assert f"Page {n} of 3" in page


def test_pdf_figures_match_the_hand_count(pdf_pages):
    """Key figures, comparisons, counts with shares, follow-ups and the totals line."""
    summary, bar, ocr = pdf_pages("en")
    assert "Week 47 of 2026 4 13.5 8 3 2.0 0.6" in summary
    assert "Previous week: week 46 of 2026 1 3.0 2 0 2.0 0.7" in summary
    assert "Buurtbar Kuregem 2 5.5 3 2 1.5 0.5" in summary
    assert "OCR Anneessens 2 8.0 5 1 2.5 0.6" in summary
    assert "Total 4 13.5 8 3 2.0 0.6" in summary
    assert "E-mail 2 25 %" in summary and "Smartphone or tablet 2 25 %" in summary
    assert "counts once for each type" in summary
    assert "Solved: 4 (50 %)" in summary and "Referred: 2 (25 %)" in summary
    assert "Follow-ups still open: 3, of which 1 past their date." in summary
    assert ("Made from 8 visit records (11 question type records) and 4 session records. "
            "Deleted visits left out: 1.") in summary
    assert "A year before: week 47 of 2025 no data" in bar
    assert "Previous week: week 46 of 2026 no data" in ocr
    assert "Unknown 4 50 %" in ocr or "Unknown 3 60 %" in ocr


@pytest.mark.parametrize("language, words", [
    ("nl", ["Overzicht van het netwerk", "Week 47 van 2026", "Taal: Nederlands", "Pagina 1 van 3",
            "Opgelost: 4 (50 %)", "Gemaakt op 24/11/2026 om 10:30"]),
    ("fr", ["Synthèse du réseau", "Semaine 47 de 2026", "Langue : français", "Page 1 sur 3",
            "Résolu : 4 (50 %)", "Établie le 24/11/2026 à 10:30"]),
])
def test_pdf_in_dutch_and_french(pdf_pages, language, words):
    """The same sheet in the other two languages: the sheet's words and the labels."""
    summary = pdf_pages(language)[0]
    for word in words:
        assert word.replace("\u00a0", " ") in summary.replace("\u00a0", " ")


# -- CSV --------------------------------------------------------------------------------

def test_csv_rfc4180_utf8(sheet_store, tmp_path):
    """Comma-separated, CRLF, UTF-8 without BOM, stable column names, one row per visit."""
    services, _ids = sheet_store
    raw = export(services, tmp_path, "csv", "fr").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert rows[0] == [c.name for c in COLUMNS]
    assert [r[0] for r in rows[1:]] == ORDER
    v1 = dict(zip(rows[0], rows[1 + ORDER.index("v1")]))
    assert (v1["date"], v1["time"], v1["weekday"]) == ("2026-11-16", "10:15", "lun")
    assert v1["question_types"] == "smartphone|email"
    assert v1["question_types_label"] == "Smartphone ou tablette | E-mail"
    assert (v1["outcome"], v1["outcome_label"]) == ("solved", "Résolu")
    assert (v1["first_visit"], v1["age_band"], v1["status_label"]) == ("yes", "65_74", "Pensionné")


def test_csv_for_a_belgian_excel(sheet_store, tmp_path):
    """Semicolons and a UTF-8 byte-order mark; codes are the same whatever the language."""
    services, _ids = sheet_store
    raw = export(services, tmp_path, "csv-excel", "nl").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:3] == ["visit_id", "date", "time"] and len(rows) == 1 + len(ORDER)
    v6 = dict(zip(rows[0], rows[1 + ORDER.index("v6")]))
    assert (v6["outcome"], v6["outcome_label"]) == ("not_solved", "Niet opgelost")
    assert v6["follow_up_date"] == "" and v6["duration_minutes"] == "15"


def test_csv_text_a_spreadsheet_would_run_is_kept_as_text(sheet_store, tmp_path):
    """A spot named like a formula is written with an apostrophe; numbers and dates as they are."""
    services, ids = sheet_store
    services.desk.update_spot(ids["B"], name='=HYPERLINK("http://x","Open")')
    raw = export(services, tmp_path, "csv-excel", "en").read_bytes()
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    spots = {dict(zip(rows[0], r))["spot"] for r in rows[1:]}
    assert '\'=HYPERLINK("http://x","Open")' in spots
    assert not any(s.startswith("=") for s in spots)
    v6 = dict(zip(rows[0], rows[1 + ORDER.index("v6")]))
    assert v6["duration_minutes"] == "15" and v6["date"][:4] == "2026"


# -- failures ---------------------------------------------------------------------------

def test_a_missing_folder_is_one_sentence_and_writes_nothing(sheet_store, tmp_path):
    """An export to a folder that does not exist fails plainly."""
    services, _ids = sheet_store
    with pytest.raises(ExportError) as caught:
        services.reports.export(W47, "pdf", "en", tmp_path / "nope" / "w.pdf")
    assert "does not exist" in caught.value.sentence()


def test_a_failed_export_leaves_the_old_file_and_no_temporary(sheet_store, tmp_path):
    """Stopped half-way, the destination keeps its old content and no .part file stays."""
    services, _ids = sheet_store
    target = tmp_path / "w.xlsx"
    target.write_bytes(b"the old sheet")
    with pytest.raises(ExportCancelled):
        services.reports.export(W47, "xlsx", "en", target, cancelled=lambda: True)
    assert target.read_bytes() == b"the old sheet"
    assert sorted(os.listdir(tmp_path)) == ["data", "w.xlsx"]


def test_a_full_disk_is_one_sentence_and_leaves_no_temporary(sheet_store, tmp_path,
                                                              monkeypatch):
    """When the last step (the rename) fails, the sentence says why and nothing is left."""
    import errno

    services, _ids = sheet_store

    def full(*_args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr("helpdesk.core.atomic_files.os.replace", full)
    with pytest.raises(ExportError) as caught:
        services.reports.export(W47, "pdf", "en", tmp_path / "w.pdf")
    assert caught.value.sentence() == (f"The sheet cannot be written to {tmp_path / 'w.pdf'}: "
                                       "No space left on device.")
    assert sorted(os.listdir(tmp_path)) == ["data"]


def test_a_folder_given_as_the_file_is_refused(sheet_store, tmp_path):
    """--out pointing at a folder says so."""
    services, _ids = sheet_store
    with pytest.raises(ExportError) as caught:
        services.reports.export(W47, "csv", "en", tmp_path)
    assert "is a folder" in caught.value.sentence()


def test_progress_is_reported_up_to_the_end(sheet_store, tmp_path):
    """The progress callback ends at done == total."""
    services, _ids = sheet_store
    seen = []
    services.reports.export(W47, "csv", "en", tmp_path / "p.csv",
                            progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (8, 8)


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "csv"])
def test_an_empty_week_still_makes_a_whole_sheet(sheet_store, tmp_path, fmt):
    """A week with nothing recorded gives a sheet of zeros and 'no data', not an error."""
    services, _ids = sheet_store
    empty = week_text_period("2024-W10")
    request = ReportRequest(first_day=empty.first_day, last_day=empty.last_day, by_week=True)
    result = services.reports.export(request, fmt, "fr", tmp_path / f"empty.{fmt}",
                                     made_at=MADE_AT)
    assert result.visit_records == 0 and (tmp_path / f"empty.{fmt}").stat().st_size > 0
    if fmt == "pdf":
        pypdf = pytest.importorskip("pypdf")
        text = " ".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "empty.pdf").pages)
        assert "Semaine 10 de 2024" in text and "pas de données" in text
