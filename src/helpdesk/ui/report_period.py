"""The period of a sheet: one week, several weeks, or any dates, in the desk's own days.

Weeks are offered as a list (newest first, three years back) rather than typed, so nobody
has to know that 16/11/2026 is in week 47; the week just finished is chosen, as that is the
sheet a coordinator makes on a Monday.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel

from helpdesk.ui.context import UiContext
from helpdesk.ui.desk_time import desk_zone, python_date, today
from helpdesk.ui.feedback import error_label, show_error

ONE_WEEK, WEEKS, DATES = range(3)
WEEKS_OFFERED = 160  # three years back: a yearly sheet and its year before
MAX_DAYS = 3 * 366


def week_start(day: date) -> date:
    """The Monday of the ISO week ``day`` is in."""
    return day - timedelta(days=day.weekday())


class PeriodPicker(QObject):
    """The period rows of the Reports form; says when the choice changed."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.kind = QComboBox()
        self.week_from, self.week_to = QComboBox(), QComboBox()
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.kind_label, self.from_label, self.to_label = QLabel(), QLabel(), QLabel()
        self.error = error_label()
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        for signal in (self.week_from.currentIndexChanged, self.week_to.currentIndexChanged,
                       self.date_from.dateChanged, self.date_to.dateChanged):
            signal.connect(self.changed)
        self.tab_order = [self.kind, self.week_from, self.date_from, self.week_to, self.date_to]

    def add_rows(self, form: QFormLayout) -> None:
        """Put the period's rows (kind, the ends, the error sentence) into ``form``."""
        row = QHBoxLayout()
        for widget in (self.week_from, self.date_from, self.to_label, self.week_to,
                       self.date_to):
            row.addWidget(widget, 0 if widget is self.to_label else 1)
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.from_label, row)
        form.addRow("", self.error)
        self.kind_label.setBuddy(self.kind)
        self.from_label.setBuddy(self.week_from)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        kind = self.kind.currentIndex()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItems([self.tr("One week"), self.tr("Several weeks"), self.tr("Dates")])
        self.kind.setCurrentIndex(max(0, kind))
        self.kind.blockSignals(False)
        self.kind_label.setText(self.tr("&Period"))
        self.week_to.setAccessibleName(self.tr("Last week"))
        self.date_to.setAccessibleName(self.tr("Last day"))
        self._on_kind_changed()
        self.fill_weeks()

    def fill_weeks(self) -> None:
        """Offer the weeks, newest first; keep the ones chosen, else the week just finished."""
        this_monday = week_start(self._today())
        for combo in (self.week_from, self.week_to):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for n in range(WEEKS_OFFERED):
                monday = this_monday - timedelta(weeks=n)
                sunday = monday + timedelta(days=6)
                # Short enough for the field at 150 % text: the year is in the dates.
                first = monday.strftime("%d/%m" if monday.year == sunday.year else "%d/%m/%Y")
                combo.addItem(self.tr("Week {week} · {first} – {last}").format(
                    week=monday.isocalendar().week, first=first,
                    last=sunday.strftime("%d/%m/%Y")), monday)
            index = combo.findData(chosen) if chosen else 1
            combo.setCurrentIndex(index if index >= 0 else 1)
            combo.blockSignals(False)
        if self.date_from.date() == QDate(2000, 1, 1):  # first fill: last month's days
            last = self._today().replace(day=1) - timedelta(days=1)
            self.date_from.setDate(QDate(last.year, last.month, 1))
            self.date_to.setDate(QDate(last.year, last.month, last.day))

    def period(self) -> tuple[date, date, bool] | None:
        """(first day, last day, by weeks), or None with a sentence under the field."""
        show_error(self.error, "")
        kind = self.kind.currentIndex()
        if kind == DATES:
            first, last = python_date(self.date_from.date()), python_date(self.date_to.date())
        else:
            first = self.week_from.currentData()
            last = (self.week_to.currentData() if kind == WEEKS else first) + timedelta(days=6)
        if last < first:
            show_error(self.error, self.tr("The period ends before it starts; swap the two "
                                           "ends."))
            return None
        if (last - first).days > MAX_DAYS:
            show_error(self.error, self.tr("A sheet covers at most three years; choose a "
                                           "shorter period."))
            return None
        return first, last, kind != DATES

    def _today(self) -> date:
        settings = self._ctx.state.settings
        return today(desk_zone(settings.time_zone if settings else None))

    def _on_kind_changed(self, *_args) -> None:
        kind = self.kind.currentIndex()
        self.from_label.setText(self.tr("&Week") if kind == ONE_WEEK else self.tr("Fro&m"))
        self.from_label.setBuddy(self.date_from if kind == DATES else self.week_from)
        self.to_label.setText(self.tr("to"))
        self.week_from.setVisible(kind != DATES)
        self.week_to.setVisible(kind == WEEKS)
        self.date_from.setVisible(kind == DATES)
        self.date_to.setVisible(kind == DATES)
        self.to_label.setVisible(kind != ONE_WEEK)
        self.changed.emit()
