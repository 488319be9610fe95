"""The live preview of a weekly sheet: one page at a time, its tables and its charts.

Drawn from the same ``SheetView`` as the PDF and the XLSX, so what is shown is what the file
will say, in the sheet's language (which may differ from the app's).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from helpdesk.core.report_records import (
    OPTIONAL_TABLES,
    CountTable,
    HourGrid,
    KeyRow,
    SheetPage,
    SheetView,
    TrendTable,
    in_use,
    number_text,
    percent_text,
)

INK = QColor("#1b1f23")
BAR = QColor("#59636e")
RULE = QColor("#b8c0c8")
GREYS = (0.15, 0.45, 0.72, 1.0, 0.3, 0.6, 0.85)  # as on paper: readable in black and white
PROFILE = ("help_languages", "age_bands", "statuses", "genders")
SIDE = ("autonomy", "referrals", "channels", "first_visits")


def key_table_html(view: SheetView, first: str, rows: tuple[KeyRow, ...], total: bool) -> str:
    """The key figures as an HTML table (the sheet's first table)."""
    h, lang = view.headings, view.language
    heads = (first, h["sessions"], h["hours_open"], h["visits"], h["turned_away"],
             h["per_session"], h["per_hour"])
    out = ["<table cellspacing='0' cellpadding='3' width='100%'><tr>"]
    # The first column gets room for "Previous week: week 46 of 2026"; headings wrap instead.
    out += [f"<th align='{'left' if n == 0 else 'right'}' width='{28 if n == 0 else 12}%' "
            f"style='border-bottom:1px solid #1b1f23'>{escape(w)}</th>"
            for n, w in enumerate(heads)]
    out.append("</tr>")
    for n, row in enumerate(rows):
        bold = (n == 0 and not total) or (total and n == len(rows) - 1)
        style = "font-weight:bold;" if bold else ""
        out.append(f"<tr><td style='{style}'>{escape(row.label)}</td>")
        if not row.has_data:
            out.append(f"<td colspan='6' style='color:#6a737d'>{escape(h['no_data'])}</td></tr>")
            continue
        values = (number_text(row.sessions, lang), number_text(row.hours_open, lang),
                  number_text(row.visits, lang), number_text(row.turned_away, lang),
                  number_text(row.visits_per_session, lang), number_text(row.visits_per_hour, lang))
        out += [f"<td align='right' style='{style}'>{v}</td>" for v in values]
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def count_table_html(table: CountTable, language: str) -> str:
    """One small count table (label, number, share) as HTML."""
    out = [f"<table cellspacing='0' cellpadding='1' width='100%'><tr><th colspan='3' "
           f"align='left' style='border-bottom:1px solid #1b1f23'>{escape(table.title)}</th></tr>"]
    for row in table.rows:
        out.append(f"<tr><td>{escape(row.label)}</td>"
                   f"<td align='right'>{number_text(row.count, language)}</td>"
                   f"<td align='right'>{percent_text(row.share)}</td></tr>")
    out.append("</table>")
    return "".join(out)


def _html_label(html: str = "") -> QLabel:
    label = QLabel(html)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class QuestionBars(QWidget):
    """Horizontal bars, most asked first, each with its number and share."""

    ROW = 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table: CountTable | None = None
        self._language = "en"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_table(self, table: CountTable, language: str) -> None:
        """Show ``table``."""
        self._table, self._language = table, language
        self.setAccessibleName(table.title)
        self.setFixedHeight(max(1, len(table.rows)) * self.ROW + 4)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(420, self.height())

    def paintEvent(self, _event) -> None:  # noqa: N802
        if self._table is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        rows = self._table.rows
        if not rows:
            painter.setPen(INK)
            painter.drawText(QRectF(0, 0, self.width(), self.ROW), Qt.AlignmentFlag.AlignVCenter,
                             "–")
        top = max((r.count for r in rows), default=0) or 1
        label_w = min(int(self.width() * 0.45), max((metrics.horizontalAdvance(r.label)
                                                      for r in rows), default=0) + 12)
        numbers_w = metrics.horizontalAdvance("000\u00a0000  100\u00a0%") + 8
        bar_room = max(10, self.width() - label_w - numbers_w)
        for n, row in enumerate(rows):
            y = n * self.ROW
            painter.setPen(INK)
            painter.drawText(QRectF(0, y, label_w - 6, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(row.label, Qt.TextElideMode.ElideRight,
                                                label_w - 6))
            length = bar_room * row.count / top
            painter.fillRect(QRectF(label_w, y + 4, max(1.0, length), self.ROW - 8), BAR)
            painter.drawText(QRectF(label_w + bar_room, y, numbers_w, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             f"{number_text(row.count, self._language)}  {percent_text(row.share)}")
        painter.end()


class OutcomeBar(QWidget):
    """One bar split by outcome, and a legend with each outcome's number and share."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table: CountTable | None = None
        self._language = "en"
        self.setFixedHeight(56)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_table(self, table: CountTable, language: str) -> None:
        """Show ``table``."""
        self._table, self._language = table, language
        self.setAccessibleName(table.title)
        self.setToolTip("\n".join(
            f"{r.label}: {number_text(r.count, language)} ({percent_text(r.share)})"
            for r in table.rows))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        if self._table is None:
            return
        painter = QPainter(self)
        rows = self._table.rows
        total = sum(r.count for r in rows)
        width = self.width() - 1
        x = 0.0
        painter.setPen(QPen(INK, 1))
        if not total:
            painter.drawRect(QRectF(0, 2, width, 24))
        for n, row in enumerate(rows):
            part = width * row.count / total if total else 0
            grey = int(255 * GREYS[n % len(GREYS)])
            if part > 0:
                painter.setBrush(QColor(grey, grey, grey))
                painter.setPen(QPen(INK, 1))
                painter.drawRect(QRectF(x, 2, part, 24))
                words = percent_text(row.share)
                if painter.fontMetrics().horizontalAdvance(words) + 6 < part:
                    painter.setPen(QColor("white") if grey < 128 else INK)
                    painter.drawText(QRectF(x, 2, part, 24), Qt.AlignmentFlag.AlignCenter, words)
            x += part
        x = 0.0
        metrics = painter.fontMetrics()
        for n, row in enumerate(rows):
            grey = int(255 * GREYS[n % len(GREYS)])
            painter.setBrush(QColor(grey, grey, grey))
            painter.setPen(QPen(INK, 1))
            painter.drawRect(QRectF(x, 36, 12, 12))
            words = f"{row.label}: {number_text(row.count, self._language)}"
            painter.drawText(QRectF(x + 16, 30, metrics.horizontalAdvance(words) + 4, 24),
                             Qt.AlignmentFlag.AlignVCenter, words)
            x += 16 + metrics.horizontalAdvance(words) + 18
        painter.end()


class HourGridView(QWidget):
    """Visits by weekday and hour: darker cells are busier, each carries its number."""

    CELL_H = 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid: HourGrid | None = None
        self._language = "en"
        self.setFixedHeight(8 * self.CELL_H + 2)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_grid(self, grid: HourGrid, language: str) -> None:
        """Show ``grid``."""
        self._grid, self._language = grid, language
        self.setAccessibleName(grid.title)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        grid = self._grid
        if grid is None:
            return
        painter = QPainter(self)
        small = QFont(painter.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        painter.setFont(small)
        label_w, total_w = 40, 48
        cell_w = (self.width() - label_w - total_w) / max(1, len(grid.hours))
        top = max((max(row) for row in grid.counts if row), default=0) or 1
        painter.setPen(INK)
        for k, hour in enumerate(grid.hours):
            painter.drawText(QRectF(label_w + k * cell_w, 0, cell_w, self.CELL_H),
                             Qt.AlignmentFlag.AlignCenter, f"{hour:02d}")
        for d, (day, row) in enumerate(zip(grid.weekdays, grid.counts)):
            y = (d + 1) * self.CELL_H
            painter.setPen(INK)
            painter.drawText(QRectF(0, y, label_w, self.CELL_H), Qt.AlignmentFlag.AlignVCenter,
                             day)
            for k, count in enumerate(row):
                cell = QRectF(label_w + k * cell_w, y, cell_w, self.CELL_H)
                grey = int(255 * (0.96 - 0.8 * count / top)) if count else 255
                painter.setBrush(QColor(grey, grey, grey))
                painter.setPen(QPen(RULE, 1))
                painter.drawRect(cell)
                if count:
                    painter.setPen(QColor("white") if grey < 128 else INK)
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter,
                                     f"{count // 1000}k" if count >= 10_000 else str(count))
            painter.setPen(INK)
            painter.drawText(QRectF(self.width() - total_w, y, total_w - 2, self.CELL_H),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             number_text(sum(row), self._language))
        painter.end()


class SheetPagePreview(QWidget):
    """One page of the sheet as the reader will see it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _html_label()
        self.key_table = _html_label()
        self.spot_table = _html_label()
        self.trend = _html_label()  # month by month, for a period over several months
        self.question_title = _html_label()
        self.questions = QuestionBars()
        self.side_tables = _html_label()
        self.question_note = _html_label()
        self.question_note.setStyleSheet("color: #6a737d;")
        self.outcome_title = _html_label()
        self.outcomes = OutcomeBar()
        self.profile = _html_label()
        self.grid_title = _html_label()
        self.grid = HourGridView()
        self.notes = _html_label()
        # A page in a little smaller type than the app, as on paper: the key table's seven
        # columns then fit beside the form, also with large system text.
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        self.setFont(small)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        for widget in (self.title, self.key_table, self.spot_table, self.trend,
                       self.question_title,
                       self.questions, self.question_note, self.side_tables, self.outcome_title,
                       self.outcomes, self.profile, self.grid_title, self.grid, self.notes):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_page(self, view: SheetView, page: SheetPage) -> None:
        """Fill the preview with ``page`` of ``view``."""
        lang, h = view.language, view.headings
        tables = {t.key: t for t in page.tables}
        subtitle = f" <span style='color:#6a737d'>{escape(page.subtitle)}</span>" \
            if page.subtitle else ""
        self.title.setText(f"<b style='font-size:large'>{escape(page.title)}</b>{subtitle}<br>"
                           f"{escape(view.period_label)} · {escape(view.period_dates)}")
        self.key_table.setVisible(bool(page.key_rows))
        if page.key_rows:
            self.key_table.setText(key_table_html(view, h["period"], page.key_rows, total=False))
        self.spot_table.setVisible(bool(page.spot_rows))
        if page.spot_rows:
            self.spot_table.setText(key_table_html(view, h["spot"], page.spot_rows, total=True))
        self.trend.setVisible(page.trend is not None)
        if page.trend is not None:
            self.trend.setText(trend_html(view, page.trend))
        whole = not view.preset  # a funder's preset: its own tables, in its order
        for widget in (self.question_title, self.questions, self.question_note,
                       self.outcome_title, self.outcomes, self.profile):
            widget.setVisible(whole)
        self.grid_title.setVisible(page.grid is not None)
        self.grid.setVisible(page.grid is not None)
        if page.grid is not None:
            self.grid_title.setText(f"<b>{escape(page.grid.title)}</b>")
            self.grid.set_grid(page.grid, lang)
        self.notes.setText("<br>".join(escape(n) for n in page.notes)
                           + f"<br><b>{escape(page.totals)}</b>")
        if not whole:
            # Two tables a row: a funder's view may name many, and the pane is narrow.
            tables_list = list(page.tables)
            self.side_tables.setText("".join(_columns(tables_list[n:n + 2], lang)
                                             for n in range(0, len(tables_list), 2)))
            return
        self.question_title.setText(f"<b>{escape(tables['question_types'].title)}</b>")
        self.questions.set_table(tables["question_types"], lang)
        self.question_note.setText(escape(tables["question_types"].note))
        # What funders count (only where used) in rows of three, as the PDF prints them: one
        # row of every table would outgrow the pane.
        used = [tables[k] for k in OPTIONAL_TABLES if k in tables and in_use(tables[k])]
        self.side_tables.setText(_columns([tables[k] for k in SIDE], lang) + "".join(
            _columns(used[n:n + 3], lang) for n in range(0, len(used), 3)))
        self.outcome_title.setText(f"<b>{escape(tables['outcomes'].title)}</b>")
        self.outcomes.set_table(tables["outcomes"], lang)
        self.profile.setText(f"<b>{escape(h['profile'])}</b>"
                             + _columns([tables[k] for k in PROFILE], lang))


def trend_html(view: SheetView, trend: TrendTable) -> str:
    """Month by month as an HTML table: the figures down, the months across, then the total."""
    lang = view.language
    heads = "".join(f"<th align='right'>{escape(m)}</th>"
                    for m in (*trend.months, view.headings["total"]))
    rows = "".join(
        f"<tr><td>{escape(row.label)}</td>"
        + "".join(f"<td align='right'>{number_text(v, lang)}</td>" for v in row.values)
        + f"<td align='right'><b>{number_text(row.total, lang)}</b></td></tr>"
        for row in trend.rows)
    return (f"<b>{escape(trend.title)}</b><table cellspacing='0' cellpadding='3'>"
            f"<tr><th></th>{heads}</tr>{rows}</table>")


def _columns(tables: list[CountTable], language: str) -> str:
    cells = "".join(f"<td valign='top' width='{100 // len(tables)}%' style='padding-right:12px'>"
                    f"{count_table_html(t, language)}</td>" for t in tables)
    return f"<table width='100%' cellspacing='0'><tr>{cells}</tr></table>"
