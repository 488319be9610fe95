"""The XLSX sheet: a summary sheet per page, then every visit.

XlsxWriter makes the workbook in memory: the summary sheets, the formats, and the visits sheet
with its header block, widths, frozen panes and autofilter but no visit rows. Those are
streamed into the file by ``xlsx_package`` (XlsxWriter's 5 µs a cell made a year take two
minutes), so memory stays flat in the number of visits. Numbers are numbers, dates are dates,
shares are percentages.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from io import BytesIO

import xlsxwriter

from helpdesk.core.errors import QT_TRANSLATE_NOOP, ExportError
from helpdesk.core.report_records import (
    CountTable,
    HourGrid,
    KeyRow,
    SheetPage,
    SheetView,
    TrendTable,
)
from helpdesk.core.taxonomy_file import Taxonomy
from helpdesk.reports.rows import COLUMNS, Labeller, heading
from helpdesk.reports.texts import text
from helpdesk.reports.xlsx_package import VisitsSheet, write_package
from helpdesk.reports.xlsx_rows import VisitRowsXml, column_letters, without_forbidden

Progress = Callable[[int, int], None]
EXCEL_ROWS = 1_048_576  # an Excel sheet's last row
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
WIDTHS = {"text": 16, "code": 16, "label": 26, "date": 11, "time": 7, "number": 9}


class _Styles:
    def __init__(self, book) -> None:
        add = book.add_format
        self.title = add({"bold": True, "font_size": 14})
        self.subtitle = add({"italic": True, "font_color": "#555555"})
        self.bold = add({"bold": True})
        self.head = add({"bold": True, "bottom": 1, "text_wrap": True, "valign": "bottom"})
        self.head_number = add({"bold": True, "bottom": 1, "text_wrap": True, "align": "right",
                                "valign": "bottom"})
        self.int = add({"num_format": "#,##0"})
        self.int_bold = add({"num_format": "#,##0", "bold": True, "top": 1})
        self.dec = add({"num_format": "#,##0.0"})
        self.dec_bold = add({"num_format": "#,##0.0", "bold": True, "top": 1})
        self.label_bold = add({"bold": True, "top": 1})
        self.pct = add({"num_format": "0.0%"})
        self.date = add({"num_format": "dd/mm/yyyy"})
        self.time = add({"num_format": "hh:mm"})
        self.note = add({"italic": True, "font_color": "#555555"})
        self.faint = add({"font_color": "#777777"})
        # Explicitly none: a cell without a format takes its column's (a date, on the visits).
        self.plain = add({})


def write_xlsx(view: SheetView, rows: Iterable[list], taxonomy: Taxonomy, out: str,
               progress: Progress | None = None) -> int:
    """Write the summary sheets and the visit rows to ``out``; returns the visits written."""
    template = BytesIO()
    book = xlsxwriter.Workbook(template, {"in_memory": True, "strings_to_numbers": False,
                                          "strings_to_formulas": False,
                                          "strings_to_urls": False})
    try:
        # XlsxWriter escapes cells, not names and properties: a control character would
        # make the workbook unreadable.
        book.set_properties({"title": without_forbidden(
                                 f"{view.title} — {view.name} — {view.period_label}"),
                             "author": without_forbidden(view.name),
                             "comments": view.made_label})
        styles = _Styles(book)
        names: set[str] = set()
        for page in view.pages:
            _summary_sheet(book.add_worksheet(_sheet_name(page.title, names)), view, page, styles)
        trends = [(page.title, page.trend) for page in view.pages if page.trend is not None]
        if trends:
            _trend_sheet(book, book.add_worksheet(_sheet_name(text(view.language, "trend"),
                                                              names)), view, trends, styles)
        sheet = book.add_worksheet(_sheet_name(text(view.language, "visits"), names))
        head = _visits_header(sheet, view, styles)
        _check_room(view, head)
    finally:
        book.close()
    # Format numbers are known once XlsxWriter has written them (the columns' formats).
    date_style, time_style = styles.date.xf_index, styles.time.xf_index
    labeller = Labeller(taxonomy, view.language)
    visits = VisitsSheet(entry=f"xl/worksheets/sheet{sheet.index + 1}.xml",
                         first_row=head + 2, room=view.visit_records,
                         last_column=column_letters(len(COLUMNS) - 1))
    return write_package(template.getvalue(), out, visits,
                         lambda strings: VisitRowsXml(labeller, strings, date_style, time_style),
                         rows, view.visit_records, progress)


def _check_room(view: SheetView, head: int) -> None:
    # A sheet that quietly stopped at Excel's last row would disagree with its own totals
    # line; say so instead, and point to what works.
    room = EXCEL_ROWS - head - 1
    if view.visit_records > room:
        raise ExportError(QT_TRANSLATE_NOOP(
            "errors", "This period holds {visits} visits, more than one Excel sheet can take "
                      "({room}); choose a shorter period, or CSV."),
            field="format", visits=f"{view.visit_records:,}", room=f"{room:,}")


def _sheet_name(title: str, taken: set[str]) -> str:
    # Excel: at most 31 characters, none of []:*?/\ nor what XML forbids, unique whatever
    # the case.
    base = _BAD_SHEET_CHARS.sub("-", without_forbidden(title)).strip("'") or "Sheet"
    name, n = base[:31], 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def _summary_sheet(ws, view: SheetView, page: SheetPage, st: _Styles) -> None:
    h = view.headings
    ws.set_column(0, 0, 46)
    ws.set_column(1, 6, 13)
    _print_one_page_wide(ws)
    ws.write_string(0, 0, page.title, st.title)
    ws.write_string(1, 0, page.subtitle or view.name, st.subtitle)
    ws.write_string(2, 0, f"{view.period_label} ({view.period_dates})")
    ws.write_string(3, 0, f"{view.language_label} · {view.made_label} · {view.zone_label}",
                    st.faint)
    ws.freeze_panes(5, 1)
    row = 5
    if page.key_rows:
        row = _key_block(ws, row, h["period"], page.key_rows, view, st, total=False)
    if page.spot_rows:
        row = _key_block(ws, row + 1, h["spot"], page.spot_rows, view, st, total=True)
    for table in page.tables:
        row = _count_block(ws, row + 1, table, view, st)
    if page.grid is not None:
        row = _grid_block(ws, row + 1, page.grid, view, st)
    row += 1
    for note in page.notes:
        row += 1
        ws.write_string(row, 0, note)
    row += 1
    ws.write_string(row, 0, page.totals, st.bold)


def _key_block(ws, row: int, first: str, rows: tuple[KeyRow, ...], view: SheetView,
               st: _Styles, total: bool) -> int:
    h = view.headings
    # Three lines: "Visites par heure d'ouverture" wraps to three in a 13-wide column, and a
    # two-line row cut its first line off in LibreOffice.
    ws.set_row(row, 45)
    ws.write_string(row, 0, first, st.head)
    for k, key in enumerate(("sessions", "hours_open", "visits", "turned_away", "per_session",
                             "per_hour")):
        ws.write_string(row, k + 1, h[key], st.head_number)
    for n, key_row in enumerate(rows):
        row += 1
        last = total and n == len(rows) - 1
        ws.write_string(row, 0, key_row.label, st.label_bold if last else None)
        if not key_row.has_data:
            ws.write_string(row, 1, h["no_data"], st.faint)
            continue
        values = (key_row.sessions, key_row.hours_open, key_row.visits, key_row.turned_away,
                  key_row.visits_per_session, key_row.visits_per_hour)
        for k, value in enumerate(values):
            whole = k in (0, 2, 3)
            style = (st.int_bold if whole else st.dec_bold) if last else (
                st.int if whole else st.dec)
            if value is None:
                ws.write_blank(row, k + 1, None, style)
            else:
                ws.write_number(row, k + 1, value, style)
    return row + 1


def _grid_block(ws, row: int, grid: HourGrid, view: SheetView, st: _Styles) -> int:
    """Visits by weekday and hour; returns the last row written."""
    ws.write_string(row, 0, grid.title, st.bold)
    row += 1
    ws.write_string(row, 0, "", st.head)
    for k, hour in enumerate(grid.hours):
        ws.write_string(row, k + 1, f"{hour:02d}h", st.head_number)
    ws.write_string(row, len(grid.hours) + 1, view.headings["total"], st.head_number)
    for day, counts in zip(grid.weekdays, grid.counts):
        row += 1
        ws.write_string(row, 0, day)
        for k, count in enumerate(counts):
            ws.write_number(row, k + 1, count, st.int)
        ws.write_number(row, len(counts) + 1, sum(counts), st.int)
    return row


def _print_one_page_wide(ws) -> None:
    # Printed as it was, LibreOffice cut a summary into nine pages of column strips and the
    # trend chart in two; landscape A4, as many pages down as needed, one across.
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)


# The trend sheet's chart, in pixels: as wide as the table under it (column A, then one
# column per month and the total), never narrower than a readable year; rows it covers.
_LABEL_PX, _MONTH_PX, _CHART_MIN_PX, _CHART_HEIGHT_PX, _ROW_PX = 243, 75, 640, 340, 20


def _trend_sheet(book, ws, view: SheetView, trends: list[tuple[str, TrendTable]],
                 st: _Styles) -> None:
    """Month by month on a sheet of its own: a column chart of the first page's visits and
    people reached at the top, in greys with outlines, then a block per page (the network
    first). Printed landscape, one page wide, so the chart is never cut in two."""
    ws.set_column(0, 0, 34)
    ws.set_column(1, 14, 10)
    _print_one_page_wide(ws)
    ws.write_string(0, 0, view.title, st.title)
    dates = f" ({view.period_dates})" if view.period_dates != view.period_label else ""
    ws.write_string(1, 0, f"{view.name} · {view.period_label}{dates}", st.subtitle)
    _, trend = trends[0]
    months = len(trend.months)
    # The chart first, where the eye is when the sheet opens (beside a year's table it
    # began past the right edge of a laptop's screen, and printed across two pages).
    chart_rows = -(-_CHART_HEIGHT_PX // _ROW_PX) + 1
    row, first = 3 + chart_rows, None
    for title, page_trend in trends:
        ws.write_string(row, 0, title, st.bold)
        if first is None:
            first = row + 1
        row = _trend_block(ws, row + 1, page_trend, view, st) + 1
    assert first is not None
    chart = book.add_chart({"type": "column"})
    for n, item in enumerate(trend.rows):
        if item.code not in ("visits", "people_reached") or not any(item.values):
            continue
        grey = "#595959" if item.code == "visits" else "#D0D0D0"
        chart.add_series({
            "name": [ws.name, first + 1 + n, 0],
            "categories": [ws.name, first, 1, first, months],
            "values": [ws.name, first + 1 + n, 1, first + 1 + n, months],
            "fill": {"color": grey}, "border": {"color": "#000000"},
            "gap": 80,
            "data_labels": {"value": True, "num_format": "#,##0",
                            "font": {"color": "#000000", "size": 8}}})
    chart.set_title({"name": f"{trends[0][0]} — {trend.title}",
                     "name_font": {"size": 12, "bold": True}})
    chart.set_x_axis({"num_font": {"size": 9}})
    chart.set_y_axis({"num_format": "#,##0", "num_font": {"size": 9}, "min": 0,
                      "major_gridlines": {"visible": True,
                                          "line": {"color": "#D9D9D9", "width": 0.75}}})
    chart.set_legend({"position": "bottom", "font": {"size": 10}})
    chart.set_size({"width": max(_CHART_MIN_PX, _LABEL_PX + (months + 1) * _MONTH_PX),
                    "height": _CHART_HEIGHT_PX})
    ws.insert_chart(3, 0, chart, {"x_offset": 2, "y_offset": 4})


def _trend_block(ws, row: int, trend: TrendTable, view: SheetView, st: _Styles) -> int:
    """Month by month: the figures down, the months across, the whole period last."""
    ws.write_string(row, 0, trend.title, st.head)
    for k, month in enumerate((*trend.months, view.headings["total"])):
        ws.write_string(row, k + 1, month, st.head_number)
    for item in trend.rows:
        row += 1
        ws.write_string(row, 0, item.label)
        for k, value in enumerate((*item.values, item.total)):
            ws.write_number(row, k + 1, value, st.int)
    return row + 1


def _count_block(ws, row: int, table: CountTable, view: SheetView, st: _Styles) -> int:
    h = view.headings
    if len(table.title) > 40:  # wraps in the 46-wide first column ("Participants aux…")
        ws.set_row(row, 30)
    ws.write_string(row, 0, table.title, st.head)
    ws.write_string(row, 1, h["count"], st.head_number)
    ws.write_string(row, 2, h["share"], st.head_number)
    ws.write_string(row, 3, "code", st.head)
    for item in table.rows:
        row += 1
        ws.write_string(row, 0, item.label)
        ws.write_number(row, 1, item.count, st.int)
        if item.share is None:
            ws.write_blank(row, 2, None, st.pct)
        else:
            ws.write_number(row, 2, item.share, st.pct)
        ws.write_string(row, 3, item.code, st.faint)
    if table.note:
        row += 1
        ws.write_string(row, 0, table.note, st.note)
    return row + 1


def _visits_header(ws, view: SheetView, st: _Styles) -> int:
    """Widths, the block of filters used, the column headings; returns the heading row."""
    lang = view.language
    for k, column in enumerate(COLUMNS):
        # Date and time columns carry their format: it gives the streamed cells their style.
        ws.set_column(k, k, 38 if column.name == "question_types_label" else WIDTHS[column.kind],
                      {"date": st.date, "time": st.time}.get(column.kind))
    ws.set_column(0, 0, 38)  # ids are long; they tie a row back to the desk's record
    block = (("filters", None), ("name", view.name), ("period", view.period_label),
             ("from", None), ("sheet_language", view.language_label),
             ("zone", view.zone_label), ("made", view.made_label),
             ("spots", ", ".join(p.title for p in view.pages if not p.spot_rows)),
             ("visit_records", view.visit_records))
    for n, (key, value) in enumerate(block):
        ws.write_string(n, 0, text(lang, key), st.bold)
        if key == "from":
            ws.write_string(n, 1, view.period_dates, st.plain)
        elif isinstance(value, int):
            ws.write_number(n, 1, value, st.int)
        elif value is not None:
            ws.write_string(n, 1, value, st.plain)
    head = len(block) + 1
    ws.set_row(head, 45)  # three lines: the longer headings wrap beside the filter's button
    for k, column in enumerate(COLUMNS):
        ws.write_string(head, k, heading(column, lang), st.head)
    ws.freeze_panes(head + 1, 2)
    ws.autofilter(head, 0, head + view.visit_records, len(COLUMNS) - 1)
    return head
