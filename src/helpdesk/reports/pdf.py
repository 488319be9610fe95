"""The PDF sheet (reportlab): a network summary page, then one A4 page per spot.

Made to be printed on an office laser printer in black and white: charts use greys and
black outlines, every bar carries its number, and no figure is told by colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from helpdesk.core.contrast import ink_on
from helpdesk.core.report_records import (
    OPTIONAL_TABLES,
    CountRow,
    CountTable,
    HourGrid,
    KeyRow,
    SheetPage,
    SheetView,
    TrendTable,
    in_use,
)
from helpdesk.core.resources import resource_path
from helpdesk.reports.texts import number_text, percent_text, text

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

Progress = Callable[[int, int], None]


@cache
def _fonts() -> None:
    # Shipped TTF fonts, embedded as subsets: the same look on every machine, any name prints.
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSansCondensed.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts",
                                                           "DejaVuSansCondensed-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def _style(size: float, bold: bool = False, **kwargs) -> ParagraphStyle:
    kwargs.setdefault("textColor", INK)
    return ParagraphStyle("s", fontName=BOLD if bold else FONT, fontSize=size,
                          leading=size * 1.22, **kwargs)


def write_pdf(view: SheetView, out, progress: Progress | None = None) -> int:
    """Write ``view`` as a PDF to ``out`` (a path or a binary file); returns the page count."""
    _fonts()
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
    left = [_heading(tables["question_types"].title), _Bars(tables["question_types"], view,
                                                            width=WIDTH * 0.58 - 4 * mm)]
    right: list = []
    for key in ("autonomy", "referrals", "channels", "first_visits"):
        right += [_count_table(view, tables[key], WIDTH * 0.42 - 1 * mm), Spacer(1, 1.2 * mm)]
    parts.append(_columns([left, right], [0.58, 0.42]))
    parts.append(Paragraph(escape(tables["question_types"].note), _style(7, textColor=SOFT)))
    parts.append(Spacer(1, 2 * mm))
    # What funders count, only where the desk uses it: three tables a row, under the
    # questions, so the side column stays as long as the bars and the page need not shrink.
    used = [_shortened(t, view.language) if t.key == "residences" else t
            for t in (tables.get(key) for key in OPTIONAL_TABLES) if t is not None and in_use(t)]
    for start in range(0, len(used), 3):
        row = [[_count_table(view, t, WIDTH / 3 - 3 * mm)]
               + ([Paragraph(escape(t.note), _style(7))] if t.note else [])
               for t in used[start:start + 3]]
        row += [[] for _ in range(3 - len(row))]
        parts += [_columns(row, [1 / 3] * 3), Spacer(1, 1.5 * mm)]
    parts += [_heading(tables["outcomes"].title), _StackedBar(tables["outcomes"], view)]
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
    parts: list = [Paragraph(f"<b>{escape(page.title)}</b>{subtitle}", _style(14))]
    parts.append(Spacer(1, 2 * mm))
    if page.key_rows:
        parts.append(_key_table(view, h["period"], page.key_rows))
    if page.spot_rows:
        parts += [Spacer(1, 2 * mm), _key_table(view, h["spot"], page.spot_rows, total=True)]
    if page.trend is not None:
        parts += [Spacer(1, 2 * mm), _heading(page.trend.title), _trend_table(view, page.trend),
                  Spacer(1, 1.5 * mm), _TrendChart(page.trend, view)]
    parts.append(Spacer(1, 2 * mm))
    return parts


def _page_end(view: SheetView, page: SheetPage) -> list:
    """The weekday grid (when the page has it), the notes and the totals line."""
    parts: list = [Spacer(1, 2 * mm)]
    if page.grid is not None:
        parts += [_heading(page.grid.title), _Grid(page.grid, view), Spacer(1, 2 * mm)]
    for note in page.notes:
        parts.append(Paragraph(escape(note), _style(8)))
    parts.append(Paragraph(escape(page.totals), _style(8, bold=True)))
    return parts


def _preset_page(view: SheetView, page: SheetPage) -> list:
    """A funder's view: its tables in its order, two columns, nothing left out for being 0."""
    parts = _page_top(view, page)
    columns: list[list] = [[], []]
    for n, table in enumerate(page.tables):
        column = columns[n % 2]
        column.append(_count_table(view, table, WIDTH * 0.5 - 3 * mm))
        if table.note:
            column.append(Paragraph(escape(table.note), _style(7, textColor=SOFT)))
        column.append(Spacer(1, 2 * mm))
    if page.tables:
        parts.append(_columns(columns, [0.5, 0.5]))
    return parts + _page_end(view, page)


def _cell_text(words: str, size: float, width: float):
    """Plain text when it fits on one line (cheap), a wrapping paragraph when it does not."""
    if pdfmetrics.stringWidth(words, FONT, size) <= width:
        return words
    return Paragraph(escape(words), _style(size))


def _heading(words: str) -> Paragraph:
    return Paragraph(f"<b>{escape(words)}</b>", _style(9, spaceAfter=0.8 * mm))


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
    head = [Paragraph(f"<b>{escape(w)}</b>", _style(7.2, alignment=TA_RIGHT if n else 0))
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
    style = [("FONT", (0, 1), (-1, -1), FONT, 8.5), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
             ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
             ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
             # Narrow side padding: "Permanenties" must fit its column without breaking.
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
             ("FONT", (0, 1), (-1, 1), BOLD, 8.5) if not total else
             ("FONT", (0, -1), (-1, -1), BOLD, 8.5)]
    if total:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    for n, row in enumerate(rows, start=1):
        if not row.has_data:
            style += [("SPAN", (1, n), (-1, n)), ("ALIGN", (1, n), (-1, n), "LEFT"),
                      ("TEXTCOLOR", (1, n), (-1, n), SOFT)]
    table.setStyle(TableStyle(style))
    return table


def _count_table(view: SheetView, table: CountTable, width: float) -> Table:
    lang = view.language
    data = [[Paragraph(f"<b>{escape(table.title)}</b>", _style(8)), "", ""]]
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


class _Bars(Flowable):
    """Horizontal bars, most asked first: label, bar, count and share on each line."""

    def __init__(self, table: CountTable, view: SheetView, width: float) -> None:
        super().__init__()
        self.table, self.view, self.width = table, view, width
        self.label_width = width * 0.52
        self.height = max(1, len(table.rows)) * ROW

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        c, lang = self.canv, self.view.language
        rows = self.table.rows
        if not rows:
            c.setFont(FONT, 7.5)
            c.drawString(0, self.height - ROW + 1, "–")
            return
        top = max(r.count for r in rows) or 1
        numbers = 22 * mm
        bar_room = self.width - self.label_width - numbers
        for n, row in enumerate(rows):
            y = self.height - (n + 1) * ROW
            c.setFillColor(INK)
            c.setFont(FONT, 7.5)
            c.drawString(0, y + 1.0, _fit(row.label, FONT, 7.5, self.label_width - 2))
            length = bar_room * row.count / top
            c.setFillColor(colors.Color(0.35, 0.35, 0.35))
            c.rect(self.label_width, y + 0.7, max(length, 0.4), ROW - 1.6, stroke=0, fill=1)
            c.setFillColor(INK)
            c.drawRightString(self.width - 10 * mm, y + 1.0, number_text(row.count, lang))
            c.drawRightString(self.width, y + 1.0, percent_text(row.share, lang))


class _TrendChart(Flowable):
    """Visits and people reached per month as pairs of bars: black outlines, two greys told
    apart by the legend and by their order (visits left), each bar's number above it in ink."""

    HEIGHT = 20 * mm
    SERIES = (("visits", 0.35), ("people_reached", 0.82))

    def __init__(self, trend: TrendTable, view: SheetView) -> None:
        super().__init__()
        self.trend, self.view = trend, view
        rows = {row.code: row for row in trend.rows}
        # People only where codes are used: a desk without them sees visits alone.
        self.series = [(rows[code], grey) for code, grey in self.SERIES
                       if code in rows and (code == "visits" or any(rows[code].values))]
        self.width, self.height = WIDTH, self.HEIGHT + 9 * mm

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        c, lang = self.canv, self.view.language
        months = self.trend.months
        top = max((max(row.values, default=0) for row, _g in self.series), default=0) or 1
        base = 7 * mm  # room for the month names and the legend under the bars
        slot = self.width / max(1, len(months))
        bar = min(9 * mm, slot * 0.7 / max(1, len(self.series)))
        size = 6.5 if len(months) > 8 else 7
        c.setLineWidth(0.5)
        c.setStrokeColor(INK)
        c.line(0, base, self.width, base)
        for m, month in enumerate(months):
            left = m * slot + (slot - bar * len(self.series)) / 2
            for n, (row, grey) in enumerate(self.series):
                value = row.values[m]
                height = (self.HEIGHT - 4 * mm) * value / top
                x = left + n * bar
                c.setFillColor(colors.Color(grey, grey, grey))
                c.rect(x, base, bar, height, stroke=1, fill=1)
                c.setFillColor(INK)
                c.setFont(FONT, size)
                c.drawCentredString(x + bar / 2, base + height + 0.8 * mm,
                                    number_text(value, lang))
            c.setFillColor(INK)
            c.setFont(FONT, size)
            c.drawCentredString(m * slot + slot / 2, base - 3 * mm, month)
        x = 0.0
        for row, grey in self.series:  # the legend: a swatch and the figure's name
            c.setFillColor(colors.Color(grey, grey, grey))
            c.rect(x, 0.3, 2.6 * mm, 2.6 * mm, stroke=1, fill=1)
            c.setFillColor(INK)
            c.setFont(FONT, 7)
            c.drawString(x + 3.4 * mm, 0.9, row.label)
            x += 3.4 * mm + c.stringWidth(row.label, FONT, 7) + 5 * mm


class _StackedBar(Flowable):
    """One bar split by outcome, with each part's count and share, and a legend below."""

    HEIGHT = 7 * mm

    def __init__(self, table: CountTable, view: SheetView) -> None:
        super().__init__()
        self.table, self.view = table, view
        self.width, self.height = WIDTH, self.HEIGHT + 5.5 * mm

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        c, lang = self.canv, self.view.language
        rows = self.table.rows
        total = sum(r.count for r in rows)
        bar_y = self.height - self.HEIGHT
        c.setLineWidth(0.6)
        if total == 0:
            c.setStrokeColor(RULE)
            c.rect(0, bar_y, self.width, self.HEIGHT, stroke=1, fill=0)
        x = 0.0
        for n, row in enumerate(rows):
            grey = GREYS[n % len(GREYS)]
            part = self.width * row.count / total if total else 0
            if part > 0:
                c.setFillColor(colors.Color(grey, grey, grey))
                c.setStrokeColor(INK)
                c.rect(x, bar_y, part, self.HEIGHT, stroke=1, fill=1)
                words = f"{number_text(row.count, lang)} · {percent_text(row.share, lang)}"
                c.setFont(FONT, 7)
                if c.stringWidth(words, FONT, 7) + 2 < part:
                    c.setFillColor(colors.Color(*ink_on((grey, grey, grey))))
                    c.drawCentredString(x + part / 2, bar_y + self.HEIGHT / 2 - 2.3, words)
            x += part
        # Legend: every outcome with its swatch, count and share (also those too thin to label).
        x = 0.0
        c.setFont(FONT, 7)
        for n, row in enumerate(rows):
            grey = GREYS[n % len(GREYS)]
            c.setFillColor(colors.Color(grey, grey, grey))
            c.setStrokeColor(INK)
            c.rect(x, 0.6, 2.6 * mm, 2.6 * mm, stroke=1, fill=1)
            words = text(lang, "labelled", what=row.label, value=(
                f"{number_text(row.count, lang)} ({percent_text(row.share, lang)})"))
            c.setFillColor(INK)
            c.drawString(x + 3.4 * mm, 1.2, words)
            x += 3.4 * mm + c.stringWidth(words, FONT, 7) + 5 * mm


class _Grid(Flowable):
    """Visits by weekday and hour: grey cells, darker when busier, each with its number."""

    CELL_H = 3.55 * mm

    def __init__(self, grid: HourGrid, view: SheetView) -> None:
        super().__init__()
        self.grid, self.view = grid, view
        self.width = WIDTH
        self.height = (len(grid.weekdays) + 1) * self.CELL_H

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        c, grid, lang = self.canv, self.grid, self.view.language
        label_w = 12 * mm
        total_w = 14 * mm
        cell_w = (self.width - label_w - total_w) / max(1, len(grid.hours))
        top = max((max(row) for row in grid.counts if row), default=0) or 1
        c.setFont(FONT, 6.8)
        head_y = self.height - self.CELL_H + 1.3
        c.setFillColor(INK)
        for k, hour in enumerate(grid.hours):
            c.drawCentredString(label_w + (k + 0.5) * cell_w, head_y, f"{hour:02d}h")
        c.drawRightString(self.width, head_y, text(lang, "total"))
        for d, (day, row) in enumerate(zip(grid.weekdays, grid.counts)):
            y = self.height - (d + 2) * self.CELL_H
            c.setFillColor(INK)
            c.setFont(FONT, 7)
            c.drawString(0, y + 1.3, day)
            for k, count in enumerate(row):
                x = label_w + k * cell_w
                c.setStrokeColor(RULE)
                c.setLineWidth(0.2)
                if count:
                    ratio = count / top
                    grey = 0.96 - 0.8 * ratio
                    c.setFillColor(colors.Color(grey, grey, grey))
                    c.rect(x, y, cell_w, self.CELL_H, stroke=1, fill=1)
                    c.setFillColor(colors.Color(*ink_on((grey, grey, grey))))
                    c.setFont(FONT, 6.3 if cell_w < 9 * mm else 6.8)
                    c.drawCentredString(x + cell_w / 2, y + 1.3, _short(count, lang))
                else:
                    c.rect(x, y, cell_w, self.CELL_H, stroke=1, fill=0)
            c.setFillColor(INK)
            c.setFont(BOLD, 7)
            c.drawRightString(self.width, y + 1.3, number_text(sum(row), lang))


def _short(count: int, lang: str) -> str:
    # Cells are narrow: 12 400 becomes "12k" rather than spilling over its neighbours.
    if count >= 10_000:
        return f"{count // 1000}k"
    return number_text(count, lang)


def _fit(words: str, font: str, size: float, width: float) -> str:
    """``words`` cut with an ellipsis so they fit ``width`` points."""
    if pdfmetrics.stringWidth(words, font, size) <= width:
        return words
    while words and pdfmetrics.stringWidth(words + "…", font, size) > width:
        words = words[:-1]
    return words.rstrip() + "…"
