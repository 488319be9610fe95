"""The filter bar above the Visits list: which days, spot, question type, outcome, follow-ups."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from helpdesk.core.records import VisitFilter
from helpdesk.ui.context import UiContext
from helpdesk.ui.day_field import DayField
from helpdesk.ui.desk_time import desk_zone, today
from helpdesk.ui.feedback import error_label, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.widgets import checkable_button

TODAY, THIS_WEEK, LAST_WEEK, THIS_MONTH, LAST_MONTH, ALL = range(6)
# Typing a date fires a change per keystroke; wait for a pause before querying.
DATE_PAUSE_MS = 300


class VisitFilterBar(FollowsLanguage, QWidget):
    """Quick periods, a date range and three choices; says when the filter changed."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today_button = checkable_button()
        self.week_button = checkable_button()
        self.last_week_button = checkable_button()
        self.month_button = checkable_button()
        self.last_month_button = checkable_button()
        self.all_button = checkable_button()
        self.period_buttons = {TODAY: self.today_button, THIS_WEEK: self.week_button,
                               LAST_WEEK: self.last_week_button, THIS_MONTH: self.month_button,
                               LAST_MONTH: self.last_month_button, ALL: self.all_button}
        self._periods = QButtonGroup(self)
        for period, button in self.period_buttons.items():
            self._periods.addButton(button, period)
        self._periods.idClicked.connect(self.choose_period)

        self.from_label, self.to_label = QLabel(), QLabel()
        self.date_from, self.date_to = DayField(today(self._zone())), DayField(today(self._zone()))
        for label, edit in ((self.from_label, self.date_from), (self.to_label, self.date_to)):
            label.setBuddy(edit.line)
            edit.changed.connect(self._on_date_typed)
            edit.unreadable.connect(self._on_unreadable)
        self.date_error = error_label()
        self._date_pause = QTimer(self, singleShot=True, interval=DATE_PAUSE_MS)
        self._date_pause.timeout.connect(self.changed)

        self.spot_label, self.spot_choice = QLabel(), QComboBox()
        self.question_label, self.question_choice = QLabel(), QComboBox()
        self.outcome_label, self.outcome_choice = QLabel(), QComboBox()
        combos = ((self.spot_label, self.spot_choice), (self.question_label, self.question_choice),
                  (self.outcome_label, self.outcome_choice))
        for label, combo in combos:
            label.setBuddy(combo)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.currentIndexChanged.connect(self._on_choice)
        self.follow_up_button = checkable_button()
        self.follow_up_button.toggled.connect(self._on_follow_up_toggled)

        # Three rows, so the bar fits 1366 pixels at 150 % text too: the quick periods and the
        # days; the choices and Follow-ups; a sentence about a day typed wrong, when there is one.
        periods = QHBoxLayout()
        for widget in self.period_buttons.values():
            periods.addWidget(widget)
        periods.addStretch(1)
        for field in (self.from_label, self.date_from, self.to_label, self.date_to):
            periods.addWidget(field)
        choices = QHBoxLayout()
        for label, combo in combos:
            choices.addWidget(label)
            choices.addWidget(combo, 1)
            choices.addSpacing(12)
        choices.addWidget(self.follow_up_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(periods)
        layout.addWidget(self.date_error, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(choices)

        self.tab_order = [*self.period_buttons.values(), self.date_from,
                          self.date_to, self.follow_up_button, self.spot_choice,
                          self.question_choice, self.outcome_choice]
        self.retranslate()
        ctx.state_changed.connect(self.fill_choices)
        ctx.taxonomy_changed.connect(self.fill_choices)
        ctx.language_changed.connect(self.fill_choices)  # labels of codes are not Qt's
        self._set_period_buttons(ALL)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.today_button.setText(self.tr("Today"))
        self.week_button.setText(self.tr("This week"))
        self.last_week_button.setText(self.tr("Last week"))
        self.month_button.setText(self.tr("This month"))
        self.last_month_button.setText(self.tr("Last month"))
        self.all_button.setText(self.tr("All"))
        self.today_button.setToolTip(self.tr("Only the visits of today"))
        self.week_button.setToolTip(self.tr("Visits from Monday to Sunday of this week"))
        self.last_week_button.setToolTip(self.tr("Visits from Monday to Sunday of last week"))
        self.month_button.setToolTip(self.tr("Visits of this calendar month"))
        self.last_month_button.setToolTip(self.tr("Visits of last calendar month"))
        self.all_button.setToolTip(self.tr("Every visit, newest first"))
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("t&o"))
        for edit in (self.date_from, self.date_to):
            edit.line.setPlaceholderText(self.tr("any day"))
            edit.calendar_button.setToolTip(self.tr("Pick the day on a calendar"))
        self.date_from.line.setAccessibleName(self.tr("First day shown"))
        self.date_to.line.setAccessibleName(self.tr("Last day shown"))
        self.spot_label.setText(self.tr("&Spot"))
        self.question_label.setText(self.tr("&Question type"))
        self.outcome_label.setText(self.tr("O&utcome"))
        self.follow_up_button.setText(self.tr("Follow-ups"))
        self.follow_up_button.setToolTip(self.tr("Only the visits that still need a follow-up"))
        self.fill_choices()

    # -- choices -----------------------------------------------------------------------

    def fill_choices(self, *_args) -> None:
        """Fill the spot, question type and outcome lists, keeping what was chosen."""
        self._refill(self.spot_choice, self.tr("All spots"),
                     [(s.name, s.id) for s in self._ctx.state.spots])
        # Retired items stay in the lists so old visits can still be found.
        taxonomy, language = self._ctx.taxonomy, self._ctx.language
        for combo, list_name, everything in (
            (self.question_choice, "question_types", self.tr("All question types")),
            (self.outcome_choice, "outcomes", self.tr("All outcomes")),
        ):
            self._refill(combo, everything, [
                (self._item_label(i, language), i.code)
                for i in taxonomy.items(list_name, include_retired=True)])

    def _item_label(self, item, language: str) -> str:
        label = item.label(language)
        return label if item.active else self.tr("{label} (retired)").format(label=label)

    @staticmethod
    def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)  # refilling is not a new choice
        combo.clear()
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.blockSignals(False)

    def _on_choice(self, *_args) -> None:
        self.changed.emit()

    # -- days --------------------------------------------------------------------------

    def choose_period(self, period: int) -> None:
        """Narrow the list to a quick period (today, this or last week or month) or show all."""
        self._set_period_buttons(period)
        self.changed.emit()

    def _set_period_buttons(self, period: int) -> None:
        self._periods.button(period).setChecked(True)
        day = today(self._zone())
        if period == TODAY:
            first, last = day, day
        elif period in (THIS_WEEK, LAST_WEEK):
            first = day - timedelta(days=day.weekday())  # weeks start on Monday in Belgium
            if period == LAST_WEEK:
                first -= timedelta(days=7)
            last = first + timedelta(days=6)
        elif period in (THIS_MONTH, LAST_MONTH):
            first = day.replace(day=1)
            if period == LAST_MONTH:
                first = (first - timedelta(days=1)).replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        else:
            self._set_dates(None, None)
            return
        self._set_dates(first, last)

    def _set_dates(self, first: date | None, last: date | None) -> None:
        for edit, value in ((self.date_from, first), (self.date_to, last)):
            edit.set_today(today(self._zone()))
            edit.set_day(value)
        show_error(self.date_error, "")

    def _on_unreadable(self, text: str) -> None:
        show_error(self.date_error, self.tr(
            "“{0}” is not a day; type it as 23/11/2026 (or 23/11/26), or leave it empty.")
            .format(text))

    def _on_date_typed(self) -> None:
        first, last = self.date_from.day(), self.date_to.day()
        if first and last and first > last:
            # Said, not silently swapped: the person sees which box to correct.
            show_error(self.date_error, self.tr("The first day is after the last one."))
            return
        show_error(self.date_error, "")
        # A hand-picked range is neither Today, This week nor All.
        self._periods.setExclusive(False)
        for button in self._periods.buttons():
            button.setChecked(False)
        self._periods.setExclusive(True)
        self._date_pause.start()

    def _on_follow_up_toggled(self, checked: bool) -> None:
        # Follow-ups wait whatever their date: show them all, the person can narrow again.
        if checked and not self.all_button.isChecked():
            self.choose_period(ALL)
        else:
            self.changed.emit()

    def current_filter(self) -> VisitFilter:
        """The filter the controls describe."""
        self._date_pause.stop()
        date_from, date_to = self.date_from.day(), self.date_to.day()
        if date_from and date_to and date_from > date_to:
            date_to = None  # shown as a mistake beside the boxes; the list keeps a valid range
        return VisitFilter(
            date_from=date_from,
            date_to=date_to,
            spot_id=self.spot_choice.currentData(),
            question_type=self.question_choice.currentData(),
            outcome=self.outcome_choice.currentData(),
            follow_up_only=self.follow_up_button.isChecked(),
        )

    def _zone(self):
        settings = self._ctx.state.settings
        return desk_zone(settings.time_zone if settings else None)
