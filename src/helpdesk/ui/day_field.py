"""A day typed the Belgian way (23/11/2026, 23/11/26, 23-11, 23.11.2026) or picked on a calendar.

Qt's date edit with an "any day" text appends what is typed to that text ("any day31126") and
reads a two-digit year as 19xx or worse; a desk needs a box that is empty for "any day",
takes the ways people write a date, and says plainly when it cannot read one.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from helpdesk.ui.desk_time import python_date, qt_date
from helpdesk.ui.widgets import readable_placeholder

_DAY = re.compile(r"^\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,2})(?:\s*[/.\- ]\s*(\d{2}|\d{4}))?\s*$")


def read_day(text: str, today: date) -> date | None:
    """The day ``text`` names (day first; a missing year is this year; 26 is 2026).

    Raises ValueError when the text is not a day; returns None for an empty box.
    """
    if not text.strip():
        return None
    match = _DAY.match(text)
    if match is None:
        raise ValueError(text)
    day, month, year = int(match[1]), int(match[2]), match[3]
    full_year = today.year if year is None else int(year) + (2000 if len(year) == 2 else 0)
    return date(full_year, month, day)  # a day that does not exist raises ValueError


class DayField(QWidget):
    """A line for a day (empty: no day) with a calendar button beside it."""

    changed = Signal()  # a day was typed (and understood), picked or cleared
    unreadable = Signal(str)  # what was typed and could not be read as a day

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._day: date | None = None
        self.line = QLineEdit()
        readable_placeholder(self.line)
        self.line.setClearButtonEnabled(True)
        # Room for "23/11/2026", the clear button and the "any day" hint, at any text size.
        self.line.setFixedWidth(self.line.fontMetrics().horizontalAdvance("00/00/0000") * 2)
        self.calendar_button = QToolButton()
        self.calendar_button.setText("▾")
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        menu = QMenu(self.calendar_button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._show_month)
        self.calendar_button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.line)
        self.line.editingFinished.connect(self._on_typed)
        self.line.textChanged.connect(self._on_text_changed)
        self.calendar.clicked.connect(self._on_picked)

    def day(self) -> date | None:
        """The day shown, or None for "any day"."""
        return self._day

    def set_day(self, day: date | None) -> None:
        """Show ``day`` (None: empty), without saying it changed."""
        self._day = day
        self.line.blockSignals(True)
        self.line.setText(day.strftime("%d/%m/%Y") if day else "")
        self.line.blockSignals(False)

    def set_today(self, today: date) -> None:
        """The day a missing year and the calendar's first page count from."""
        self._today = today

    def _on_text_changed(self, text: str) -> None:
        if not text:  # the clear button, or everything deleted
            self._on_typed()

    def _on_typed(self) -> None:
        try:
            day = read_day(self.line.text(), self._today)
        except ValueError:
            self.unreadable.emit(self.line.text())
            return
        self.set_day(day)
        self.changed.emit()

    def _on_picked(self, picked: QDate) -> None:
        self.calendar_button.menu().hide()
        self.set_day(python_date(picked))
        self.changed.emit()

    def _show_month(self) -> None:
        shown = self._day or self._today
        self.calendar.setSelectedDate(qt_date(shown))
