"""The PDF sheet's charts, drawn for an office laser printer: greys with black outlines,
every bar and cell carrying its number, no figure told by colour alone."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from helpdesk.core.contrast import ink_on
from helpdesk.core.report_records import CountTable, HourGrid, SheetView, TrendTable
from helpdesk.reports.pdf_look import BOLD, FONT, GREYS, INK, ROW, RULE, WIDTH, fit
from helpdesk.reports.texts import number_text, percent_text, text


class Bars(Flowable):
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
            c.drawString(0, y + 1.0, fit(row.label, FONT, 7.5, self.label_width - 2))
            length = bar_room * row.count / top
            c.setFillColor(colors.Color(0.35, 0.35, 0.35))
            c.rect(self.label_width, y + 0.7, max(length, 0.4), ROW - 1.6, stroke=0, fill=1)
            c.setFillColor(INK)
            c.drawRightString(self.width - 10 * mm, y + 1.0, number_text(row.count, lang))
            c.drawRightString(self.width, y + 1.0, percent_text(row.share, lang))


class TrendChart(Flowable):
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


class StackedBar(Flowable):
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


class Grid(Flowable):
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
