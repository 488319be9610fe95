"""Opening and closing a session (one opening of a spot), and what a session handled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helpdesk.core.records import SessionInfo, SessionSummary
from helpdesk.ui.context import UiContext
from helpdesk.ui.desk_time import desk_zone, locale_for, short_date, short_time, to_local
from helpdesk.ui.feedback import error_label, error_sentence, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.tasks import Tasks

NOT_COUNTED = -1  # the spin box's "not counted" value: nobody kept count of who was turned away


def session_when(ctx, session: SessionInfo) -> tuple[str, str, str]:
    """(day, opening time, closing time or '') of a session, as the desk writes them."""
    settings = ctx.state.settings
    zone = desk_zone(settings.time_zone if settings else None)
    locale = locale_for(ctx.language)
    opened = to_local(session.opened_at, zone)
    closed = short_time(to_local(session.closed_at, zone), locale) if session.closed_at else ""
    return short_date(opened.date(), locale), short_time(opened, locale), closed


class SessionSummaryView(FollowsLanguage, QWidget):
    """How many visits a session handled, by question type and by outcome."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._summary: SessionSummary | None = None
        self.total = QLabel()
        font = QFont(self.total.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.total.setFont(font)
        self.turned_away = QLabel()
        self.by_question = self._breakdown()
        self.by_outcome = self._breakdown()
        totals = QVBoxLayout()
        totals.addWidget(self.total)
        totals.addWidget(self.turned_away)
        lists = QHBoxLayout()
        lists.addWidget(self.by_question, 3)
        lists.addWidget(self.by_outcome, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(totals)
        layout.addLayout(lists, 1)
        self.retranslate()
        ctx.language_changed.connect(self._refill)
        ctx.taxonomy_changed.connect(self._refill)

    @staticmethod
    def _breakdown() -> QTreeWidget:
        tree = QTreeWidget()
        tree.setColumnCount(2)
        tree.setRootIsDecorated(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        tree.setMinimumHeight(120)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        return tree

    def show_summary(self, summary: SessionSummary | None) -> None:
        """Show ``summary`` (None empties the view)."""
        self._summary = summary
        self._refill()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.by_question.setHeaderLabels([self.tr("Question type"), self.tr("Visits")])
        self.by_outcome.setHeaderLabels([self.tr("Outcome"), self.tr("Visits")])
        self.by_question.setAccessibleName(self.tr("Visits by question type"))
        self.by_outcome.setAccessibleName(self.tr("Visits by outcome"))
        self._refill()

    def _refill(self, *_args) -> None:
        summary = self._summary
        self.by_question.clear()
        self.by_outcome.clear()
        if summary is None:
            self.total.setText("")
            self.turned_away.setText("")
            return
        self.total.setText(self.tr("%n visit(s)", "", summary.visits))
        if summary.turned_away is None:
            self.turned_away.setText("")
        else:
            self.turned_away.setText(
                self.tr("%n person(s) turned away", "", summary.turned_away))
        for tree, list_name, counts in (
            (self.by_question, "question_types", summary.by_question_type),
            (self.by_outcome, "outcomes", summary.by_outcome),
        ):
            for code, count in sorted(counts.items(), key=lambda item: -item[1]):
                row = QTreeWidgetItem([self._ctx.label(list_name, code), str(count)])
                row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                tree.addTopLevelItem(row)


class CloseSessionDialog(FollowsLanguage, QDialog):
    """Shows what a session handled, asks who was turned away, and closes it."""

    def __init__(self, ctx: UiContext, tasks: Tasks, session: SessionInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._session = session
        self.heading = QLabel(wordWrap=True)
        self.summary = SessionSummaryView(ctx)
        self.turned_away_label = QLabel(wordWrap=True)
        self.turned_away = QSpinBox()
        self.turned_away.setRange(NOT_COUNTED, 999)
        self.turned_away.setValue(NOT_COUNTED)
        self.turned_away.setMinimumWidth(160)
        self.turned_away_label.setBuddy(self.turned_away)
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.close_session)
        self.buttons.rejected.connect(self.reject)
        self.close_button.setDefault(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.turned_away_label, self.turned_away)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(640, 520)
        self.retranslate()
        self.turned_away.setFocus()
        tasks.read(lambda s: s.sessions.summary(session.id), self.summary.show_summary,
                   self._show_error)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Close the session"))
        day, opened, _closed = session_when(self._ctx, self._session)
        self.heading.setText(self.tr("{spot}, {day}, open since {time}").format(
            spot=self._session.spot_name, day=day, time=opened))
        self.turned_away_label.setText(self.tr("People who had to be &turned away"))
        self.turned_away.setSpecialValueText(self.tr("not counted"))
        self.turned_away.setAccessibleName(
            self.tr("People turned away (leave at 'not counted' if unknown)"))
        self.close_button.setText(self.tr("Close session"))

    def close_session(self) -> None:
        """Close the session with the number turned away (None when not counted)."""
        value = self.turned_away.value()
        turned_away = None if value == NOT_COUNTED else value
        session_id = self._session.id
        self.close_button.setEnabled(False)
        self._tasks.write(lambda s: s.sessions.close_session(session_id, turned_away),
                          self._on_closed, self._show_error)

    def _on_closed(self, summary: SessionSummary) -> None:
        self._ctx.set_open_session(None)
        self.accept()

    def _show_error(self, error) -> None:
        self.close_button.setEnabled(True)
        show_error(self.error, error_sentence(error))


class OpenSessionDialog(FollowsLanguage, QDialog):
    """Opens a session: at which spot, with which helpers."""

    def __init__(self, ctx: UiContext, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.spot_label, self.spot_choice = QLabel(), QComboBox()
        self.spot_label.setBuddy(self.spot_choice)
        for spot in ctx.state.spots:
            if spot.active:
                self.spot_choice.addItem(spot.name, spot.id)
        self.helpers_label, self.helpers = QLabel(), QListWidget()
        self.helpers_label.setBuddy(self.helpers)
        for person in ctx.state.staff:
            if person.active:
                item = QListWidgetItem(person.name)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.helpers.addItem(item)
        if self.helpers.count():
            self.helpers.setCurrentRow(0)
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self.open_session)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.spot_label, self.spot_choice)
        form.addRow(self.helpers_label, self.helpers)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 420)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Open a session"))
        self.spot_label.setText(self.tr("&Spot"))
        self.helpers_label.setText(self.tr("&Helpers (Space ticks one)"))
        self.helpers.setAccessibleName(self.tr("Helpers in this session"))
        self.open_button.setText(self.tr("Open session"))

    def chosen_helpers(self) -> list[str]:
        """The ids of the ticked helpers."""
        return [self.helpers.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.helpers.count())
                if self.helpers.item(n).checkState() == Qt.CheckState.Checked]

    def open_session(self) -> None:
        """Open the session at the chosen spot with the ticked helpers."""
        spot_id, staff_ids = self.spot_choice.currentData(), self.chosen_helpers()
        if spot_id is None:
            self._show_error_text(self.tr("Add a spot in Settings first."))
            return
        self.open_button.setEnabled(False)
        self._tasks.write(lambda s: s.sessions.open_session(spot_id, staff_ids),
                          self._on_opened, lambda e: self._show_error_text(error_sentence(e)))

    def _on_opened(self, session: SessionInfo) -> None:
        self._ctx.set_open_session(session)
        self.accept()

    def _show_error_text(self, text: str) -> None:
        self.open_button.setEnabled(True)
        show_error(self.error, text)
