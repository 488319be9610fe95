"""The PDF sheet (reportlab): a network summary page, then one A4 page per spot.

Made to be printed on an office laser printer in black and white: charts use greys and
black outlines, every bar carries its number, and no figure is told by colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    KeepInFrame,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from helpdesk.core.report_records import (
    OPTIONAL_TABLES,
    CountRow,
    CountTable,
    KeyRow,
    SheetPage,
    SheetView,
    TrendTable,
    in_use,
)
from helpdesk.reports.pdf_charts import Bars, Grid, StackedBar, TrendChart
from helpdesk.reports.pdf_look import (
    BOLD,
    FAINT,
    FONT,
    INK,
    MARGIN,
    RULE,
    SOFT,
    SOFT_HEX,
    WIDTH,
    register_fonts,
    style,
)
from helpdesk.reports.texts import number_text, percent_text, text

Progress = Callable[[int, int], None]


def write_pdf(view: SheetView, out, progress: Progress | None = None) -> int:
    """Write ``view`` as a PDF to ``out`` (a path or a binary file); returns the page count."""
    register_fonts()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=18.5 * mm, bottomMargin=13 * mm, title=_doc_title(view),
                            author=view.name, subject=view.period_label, creator="Helpdesk",
                            lang=view.language)
    story: list = []
    printed = [page for page in view.pages if page.printed]
    # The frame's own padding (6 points each side) is not room for the page's content.
    room = (WIDTH, doc.height - 12)
    for n, page in enumerate(printed):
        if n:
            story.append(PageBreak())
        # A page stays one sheet of paper: a long list of question types shrinks the page a
        # little rather than push the weekday grid onto a page of its own.
        story.append(KeepInFrame(*room, _page(view, page), mode="shrink"))
        if progress:
            progress(n + 1, len(printed) + 1)
    pages = _PageCounter()
    doc.build(story, onFirstPage=lambda c, d: _frame(c, d, view, pages),
              onLaterPages=lambda c, d: _frame(c, d, view, pages), canvasmaker=pages.canvas)
    if progress:
        progress(len(printed) + 1, len(printed) + 1)
    return pages.total


def _doc_title(view: SheetView) -> str:
    return f"{view.title} — {view.name} — {view.period_label}"


class _PageCounter:
    """A canvas that holds pages back until the end, so the footer can say 'Page 2 of 9'."""

    def __init__(self) -> None:
        self.total = 0
        counter = self
        from reportlab.pdfgen.canvas import Canvas

        class _Canvas(Canvas):
            def __init__(self, *args, **kwargs) -> None:
                super().__init__(*args, **kwargs)
                self._saved: list[dict] = []

            def showPage(self):  # noqa: N802 - reportlab's name
                self._saved.append(dict(self.__dict__))
                self._startPage()

            def save(self):
                counter.total = len(self._saved)
                for state in self._saved:
                    self.__dict__.update(state)
                    self._footer_numbers(counter.total)
                    super().showPage()
                super().save()

            def _footer_numbers(self, total: int) -> None:
                words = counter.page_words.format(n=self._pageNumber, total=total)
                self.setFont(FONT, 7.5)
                self.drawRightString(A4[0] - MARGIN, 8 * mm, words)

        self.canvas = _Canvas
        self.page_words = "{n}/{total}"


def _frame(canvas, doc, view: SheetView, pages: _PageCounter) -> None:
    """The header and footer every page carries: who, which period, language, when."""
    pages.page_words = text(view.language, "page", n="{n}", total="{total}")
    canvas.saveState()
    top = A4[1] - 10 * mm
    canvas.setFont(BOLD, 9.5)
    canvas.drawString(MARGIN, top, f"{view.title} · {view.name}")
    canvas.drawRightString(A4[0] - MARGIN, top, view.period_label)
    canvas.setFont(FONT, 7.5)
    canvas.drawString(MARGIN, top - 4.2 * mm,
                      f"{view.period_dates} · {view.language_label} · {view.zone_label}")
    canvas.drawRightString(A4[0] - MARGIN, top - 4.2 * mm, view.made_label)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, top - 6.2 * mm, A4[0] - MARGIN, top - 6.2 * mm)
    canvas.line(MARGIN, 11.5 * mm, A4[0] - MARGIN, 11.5 * mm)
    canvas.setFont(FONT, 7.5)
    canvas.drawString(MARGIN, 8 * mm, "Helpdesk")
    canvas.restoreState()


def _page(view: SheetView, page: SheetPage) -> list:
    if view.preset:
        return _preset_page(view, page)
    h = view.headings
    parts = _page_top(view, page)
    tables = {t.key: t for t in page.tables}
    left = [_heading(tables["question_types"].title), Bars(tables["question_types"], view,
                                                            width=WIDTH * 0.58 - 4 * mm)]
    right: list = []
    for key in ("autonomy", "referrals", "channels", "first_visits"):
        right += [_count_table(view, tables[key], WIDTH * 0.42 - 1 * mm), Spacer(1, 1.2 * mm)]
    parts.append(_columns([left, right], [0.58, 0.42]))
    parts.append(Paragraph(escape(tables["question_types"].note), style(7, textColor=SOFT)))
    parts.append(Spacer(1, 2 * mm))
    # What funders count, only where the desk uses it: three tables a row, under the
    # questions, so the side column stays as long as the bars and the page need not shrink.
    used = [_shortened(t, view.language) if t.key == "residences" else t
            for t in (tables.get(key) for key in OPTIONAL_TABLES) if t is not None and in_use(t)]
    for start in range(0, len(used), 3):
        row = [[_count_table(view, t, WIDTH / 3 - 3 * mm)]
               + ([Paragraph(escape(t.note), style(7))] if t.note else [])
               for t in used[start:start + 3]]
        row += [[] for _ in range(3 - len(row))]
        parts += [_columns(row, [1 / 3] * 3), Spacer(1, 1.5 * mm)]
    parts += [_heading(tables["outcomes"].title), StackedBar(tables["outcomes"], view)]
    parts.append(Spacer(1, 2 * mm))
    shares = {"help_languages": 0.23, "age_bands": 0.23, "statuses": 0.28, "genders": 0.26}
    profile = [[_count_table(view, tables[key], WIDTH * share - 3 * mm)]
               for key, share in shares.items()]
    parts += [_heading(h["profile"]), _columns(profile, list(shares.values()))]
    return parts + _page_end(view, page)


PRINTED_POSTCODES = 8  # a page stays readable: the rest in one line (the XLSX has them all)


def _shortened(table: CountTable, language: str) -> CountTable:
    """The postcodes most lived in, then one line for the others (abroad and unknown kept)."""
    places = [r for r in table.rows if r.code not in ("abroad", "unknown")]
    if len(places) <= PRINTED_POSTCODES + 1:
        return table
    rest = places[PRINTED_POSTCODES:]
    count = sum(r.count for r in rest)
    shares = [r.share for r in rest if r.share is not None]
    other = CountRow("other", text(language, "other_postcodes", n=len(rest)), count,
                     sum(shares) if shares else None)
    return replace(table, rows=(*places[:PRINTED_POSTCODES], other,
                                *(r for r in table.rows if r.code in ("abroad", "unknown"))))


def _page_top(view: SheetView, page: SheetPage) -> list:
    """The title, the key figures, the spots and the trend (those the page has)."""
    h = view.headings
    # The title and, in small grey beside it, the spot's kind: one line, room for the figures.
    subtitle = f' <font size="8.5" color="{SOFT_HEX}">{escape(page.subtitle)}</font>' \
        if page.subtitle else ""
    parts: list = [Paragraph(f"<b>{escape(page.title)}</b>{subtitle}", style(14))]
    parts.append(Spacer(1, 2 * mm))
    if page.key_rows:
        parts.append(_key_table(view, h["period"], page.key_rows))
    if page.spot_rows:
        parts += [Spacer(1, 2 * mm), _key_table(view, h["spot"], page.spot_rows, total=True)]
    if page.trend is not None:
        parts += [Spacer(1, 2 * mm), _heading(page.trend.title), _trend_table(view, page.trend),
                  Spacer(1, 1.5 * mm), TrendChart(page.trend, view)]
    parts.append(Spacer(1, 2 * mm))
    return parts


def _page_end(view: SheetView, page: SheetPage) -> list:
    """The weekday grid (when the page has it), the notes and the totals line."""
    parts: list = [Spacer(1, 2 * mm)]
    if page.grid is not None:
        parts += [_heading(page.grid.title), Grid(page.grid, view), Spacer(1, 2 * mm)]
    for note in page.notes:
        parts.append(Paragraph(escape(note), style(8)))
    parts.append(Paragraph(escape(page.totals), style(8, bold=True)))
    return parts


def _preset_page(view: SheetView, page: SheetPage) -> list:
    """A funder's view: its tables in its order, two columns, nothing left out for being 0."""
    parts = _page_top(view, page)
    columns: list[list] = [[], []]
    for n, table in enumerate(page.tables):
        column = columns[n % 2]
        column.append(_count_table(view, table, WIDTH * 0.5 - 3 * mm))
        if table.note:
            column.append(Paragraph(escape(table.note), style(7, textColor=SOFT)))
        column.append(Spacer(1, 2 * mm))
    if page.tables:
        parts.append(_columns(columns, [0.5, 0.5]))
    return parts + _page_end(view, page)


def _cell_text(words: str, size: float, width: float):
    """Plain text when it fits on one line (cheap), a wrapping paragraph when it does not."""
    if pdfmetrics.stringWidth(words, FONT, size) <= width:
        return words
    return Paragraph(escape(words), style(size))


def _heading(words: str) -> Paragraph:
    return Paragraph(f"<b>{escape(words)}</b>", style(9, spaceAfter=0.8 * mm))


def _columns(columns: list[list], shares: list[float]) -> Table:
    table = Table([columns], colWidths=[WIDTH * s for s in shares])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _trend_table(view: SheetView, trend: TrendTable) -> Table:
    """Month by month: a row per figure, a column per month, then the whole period."""
    lang, months = view.language, len(trend.months)
    head = ["", *trend.months, view.headings["total"]]
    data = [head] + [[row.label, *(number_text(v, lang) for v in row.values),
                      number_text(row.total, lang)] for row in trend.rows]
    label = 38 * mm
    cell = (WIDTH - label) / (months + 1)
    table = Table(data, colWidths=[label] + [cell] * (months + 1), repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), BOLD, 7 if months > 8 else 7.5),
        ("FONT", (0, 1), (-1, -1), FONT, 7 if months > 8 else 8),
        ("FONT", (-1, 1), (-1, -1), BOLD, 7 if months > 8 else 8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5), ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4)]))
    return table


def _key_table(view: SheetView, first: str, rows: tuple[KeyRow, ...], total: bool = False):
    h, lang = view.headings, view.language
    head = [Paragraph(f"<b>{escape(w)}</b>", style(7.2, alignment=TA_RIGHT if n else 0))
            for n, w in enumerate((first, h["sessions"], h["hours_open"], h["visits"],
                                   h["turned_away"], h["per_session"], h["per_hour"]))]
    data = [head]
    for row in rows:
        label = _cell_text(row.label, 8.5, WIDTH - 6 * 20 * mm - 12)
        if not row.has_data:
            data.append([label, h["no_data"], "", "", "", "", ""])
            continue
        data.append([label, number_text(row.sessions, lang),
                     number_text(row.hours_open, lang), number_text(row.visits, lang),
                     number_text(row.turned_away, lang),
                     number_text(row.visits_per_session, lang),
                     number_text(row.visits_per_hour, lang)])
    widths = [WIDTH - 6 * 20 * mm] + [20 * mm] * 6
    table = Table(data, colWidths=widths, repeatRows=1)
    looks = [("FONT", (0, 1), (-1, -1), FONT, 8.5), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
             ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
             ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
             # Narrow side padding: "Permanenties" must fit its column without breaking.
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
             ("FONT", (0, 1), (-1, 1), BOLD, 8.5) if not total else
             ("FONT", (0, -1), (-1, -1), BOLD, 8.5)]
    if total:
        looks.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    for n, row in enumerate(rows, start=1):
        if not row.has_data:
            looks += [("SPAN", (1, n), (-1, n)), ("ALIGN", (1, n), (-1, n), "LEFT"),
                      ("TEXTCOLOR", (1, n), (-1, n), SOFT)]
    table.setStyle(TableStyle(looks))
    return table


def _count_table(view: SheetView, table: CountTable, width: float) -> Table:
    lang = view.language
    data = [[Paragraph(f"<b>{escape(table.title)}</b>", style(8)), "", ""]]
    count, share = 10.5 * mm, 8.5 * mm
    for row in table.rows:
        data.append([_cell_text(row.label, 7.2, width - count - share - 2.5),
                     number_text(row.count, lang), percent_text(row.share, lang)])
    if len(data) == 1:
        data.append(["–", "", ""])
    out = Table(data, colWidths=[width - count - share, count, share])
    out.setStyle(TableStyle([
        ("SPAN", (0, 0), (-1, 0)), ("FONT", (0, 1), (-1, -1), FONT, 7.2),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.2, FAINT.clone(red=0.8, green=0.8, blue=0.8)),
        ("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, -1), 0.3), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.9)]))
    return out
