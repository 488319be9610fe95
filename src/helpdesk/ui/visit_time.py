"""When a visit took place: now, unless the helper records it afterwards.

A visit is saved at the moment of saving. A helper who writes up the afternoon's visits in the
evening, or yesterday's the next morning, opens this with one click, picks the day and types
the hour; the next visit starts at "now" again, so a forgotten choice never dates a whole
morning's visits wrongly.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTimeEdit, QWidget

from helpdesk.ui.context import UiContext
from helpdesk.ui.desk_time import desk_zone, from_local, qt_date, today
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.widgets import ChoiceRow

DAYS_BACK = 3  # today and the three days before: older visits are corrected in the Visits list


class VisitTime(FollowsLanguage, QWidget):
    """A "Now" button that unfolds into a day choice and an hour for a visit recorded later."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.toggle = QPushButton()
        self.toggle.setCheckable(True)
        self.toggle.setMinimumHeight(40)
        self.toggle.setAutoDefault(False)
        self.days = ChoiceRow(allow_none=False)
        self.hour = QTimeEdit()
        self.hour.setDisplayFormat("HH:mm")
        self.hour.setMinimumHeight(40)
        self.hour.setMinimumWidth(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.days)
        layout.addWidget(self.hour)
        self.toggle.toggled.connect(self._unfold)
        self.days.changed.connect(lambda _day: self.changed.emit())
        self.hour.timeChanged.connect(lambda _time: self.changed.emit())
        self.retranslate()
        self.reset()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.toggle.setText(self.tr("When: earlier") if self.toggle.isChecked()
                            else self.tr("When: now"))
        self.toggle.setToolTip(self.tr("Record a visit that took place earlier"))
        self.toggle.setAccessibleName(self.tr("When the visit took place"))
        self.hour.setAccessibleName(self.tr("Hour of the visit"))
        names = [self.tr("Today"), self.tr("Yesterday")] + [
            self.tr("%n day(s) ago", "", n) for n in range(2, DAYS_BACK + 1)]
        self.days.set_items([(str(n), name) for n, name in enumerate(names)])
        self.days.setAccessibleName(self.tr("Day of the visit"))

    def started_at(self) -> datetime | None:
        """The moment chosen (aware UTC), or None for "now"."""
        if not self.toggle.isChecked():
            return None
        zone = self._zone()
        day = today(zone) - timedelta(days=int(self.days.value() or 0))
        return from_local(QDateTime(qt_date(day), self.hour.time()), zone)

    def reset(self) -> None:
        """Back to "now" (after each save)."""
        self.toggle.setChecked(False)
        self._unfold(False)

    def _unfold(self, unfolded: bool) -> None:
        if unfolded:
            # Earlier today at the hour that just passed, a sensible start for typing over.
            self.days.set_value("0")
            now = QDateTime.currentDateTime(self._zone()).time()
            self.hour.setTime(QTime(now.hour(), 0))
        self.days.setVisible(unfolded)
        self.hour.setVisible(unfolded)
        self.retranslate()
        if unfolded:
            self.days.focus_chosen()
        self.changed.emit()

    def _zone(self):
        settings = self._ctx.state.settings
        return desk_zone(settings.time_zone if settings else None)
