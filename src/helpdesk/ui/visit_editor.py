"""Change a visit after the fact: the same form as the intake screen, plus when, where and who."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from helpdesk.core.errors import ConflictError, InputError
from helpdesk.core.records import Visit
from helpdesk.ui.audit_text import Describer
from helpdesk.ui.context import UiContext
from helpdesk.ui.desk_time import desk_zone, from_local, locale_for, python_date, to_local
from helpdesk.ui.feedback import error_label, error_sentence, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.tasks import Tasks
from helpdesk.ui.visit_details import code_lookup
from helpdesk.ui.visit_form import VisitForm

# Fields of the visit that this dialog shows itself rather than the form.
OWN_FIELDS = ("started_at", "spot_id", "staff_id")


class VisitEditorDialog(FollowsLanguage, QDialog):
    """Loads one visit, lets the desk change it, saves it as a new revision."""

    def __init__(self, ctx: UiContext, tasks: Tasks, visit_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._visit_id = visit_id
        self.visit: Visit | None = None
        self.original: Visit | None = None  # the visit as loaded, before this edit
        settings = ctx.state.settings
        self._zone = desk_zone(settings.time_zone if settings else None)

        self.when_label, self.when = QLabel(), QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(self._when_format())
        self.when.setMinimumWidth(200)
        self.spot_label, self.spot_choice = QLabel(), QComboBox()
        self.helper_label, self.helper_choice = QLabel(), QComboBox()
        for combo in (self.spot_choice, self.helper_choice):
            combo.setMinimumContentsLength(16)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.field_errors = {name: error_label() for name in OWN_FIELDS}
        top = QGridLayout()
        for column, (label, field, name) in enumerate((
            (self.when_label, self.when, "started_at"),
            (self.spot_label, self.spot_choice, "spot_id"),
            (self.helper_label, self.helper_choice, "staff_id"),
        )):
            label.setBuddy(field)
            top.addWidget(label, 0, column)
            top.addWidget(field, 1, column)
            top.addWidget(self.field_errors[name], 2, column)
            top.setColumnStretch(column, 1)

        self.form = VisitForm(ctx)
        self.form.details.set_code_lookup(code_lookup(tasks))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)

        # What happened to this visit, from the audit trail (for those who may edit it).
        self.history_label = QLabel()
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.history_label.setBuddy(self.history)
        self.history_label.hide()
        self.history.hide()
        self._history: list = []
        self._retention_days: int | None = None
        self.when.dateTimeChanged.connect(self._show_erase_day)

        self.status = QLabel(wordWrap=True)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.when, self.spot_choice)
        QWidget.setTabOrder(self.spot_choice, self.helper_choice)
        QWidget.setTabOrder(self.helper_choice, self.form)
        self._fit_to_screen()
        self.retranslate()
        self.status.setText(self.tr("Loading the visit…"))

        def load(s):
            history = s.audit.history(visit_id) if s.signed_in.allows("edit") else None
            return (s.intake.get_visit(visit_id), s.desk.spots(include_retired=True),
                    s.desk.staff(include_retired=True), s.notes.retention_days(), history)

        tasks.read(load, self._on_loaded, self._on_load_failed)

    def _fit_to_screen(self) -> None:
        # The form is as wide as the intake screen wants it; at 150 % text that is most of a
        # 1366 x 768 laptop, so take what the screen offers rather than a fixed size.
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1200, 760
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 40)
        self.resize(width, height)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Visit"))
        self.when_label.setText(self.tr("&When"))
        self.spot_label.setText(self.tr("&Spot"))
        self.helper_label.setText(self.tr("&Helper"))
        self.when.setAccessibleName(self.tr("Date and time of the visit"))
        if self.helper_choice.count():
            self.helper_choice.setItemText(0, self.tr("Not recorded"))
        self.history_label.setText(self.tr("&History of this visit"))
        self.history.setAccessibleName(self.tr("History of this visit"))
        self._show_history()

    def _when_format(self) -> str:
        locale = locale_for(self._ctx.language)
        return (locale.dateFormat(locale.FormatType.ShortFormat) + "  "
                + locale.timeFormat(locale.FormatType.ShortFormat))

    # -- loading -----------------------------------------------------------------------

    def _on_loaded(self, result) -> None:
        visit, spots, staff, retention_days, history = result
        self._retention_days = retention_days
        self._ctx.set_note_retention_days(retention_days)
        self._history = history or []
        self._names = ({p.id: p.name for p in staff}, {p.id: p.name for p in spots})
        self.history_label.setVisible(history is not None)
        self.history.setVisible(history is not None)
        self._show_history()
        self.visit = visit
        self.original = visit  # as it was before this edit: what Undo brings back
        if visit.started_at is None:
            # Its stored time does not exist: offer now, and say why it must be checked.
            local = QDateTime.currentDateTime().toTimeZone(self._zone)
        else:
            local = to_local(visit.started_at, self._zone)
        self.when.setDateTime(QDateTime(local.date(), local.time()))
        # Retired spots and helpers are offered only when this visit already names them.
        self.spot_choice.clear()
        for spot in spots:
            if spot.active or spot.id == visit.spot_id:
                self.spot_choice.addItem(spot.name, spot.id)
        self.spot_choice.setCurrentIndex(max(0, self.spot_choice.findData(visit.spot_id)))
        self.helper_choice.clear()
        self.helper_choice.addItem(self.tr("Not recorded"), None)
        for person in staff:
            if person.active or person.id == visit.staff_id:
                self.helper_choice.addItem(person.name, person.id)
        found = self.helper_choice.findData(visit.staff_id) if visit.staff_id else 0
        self.helper_choice.setCurrentIndex(max(0, found))
        self.form.load(visit.as_draft())
        self._show_erase_day()
        self.status.hide()
        if visit.started_at is None:
            show_error(self.error, self.tr("The time of this visit could not be read; enter "
                                           "its date and time, then save."))
        self.save_button.setEnabled(True)
        self.when.setFocus()

    def _show_history(self) -> None:
        describer = Describer(self._ctx, *getattr(self, "_names", ({}, {})))
        self.history.clear()
        for entry in self._history:
            self.history.addItem(self.tr("{when}  {what}").format(
                when=describer.when(entry.at), what=describer.sentence(entry)))

    def _show_erase_day(self, *_args) -> None:
        # The note goes once the visit is older than the retention: from the day typed above.
        if self._retention_days is None:
            return
        started = python_date(self.when.date())
        self.form.details.set_note_erase_day(started + timedelta(days=self._retention_days))

    def _on_load_failed(self, error) -> None:
        self.status.setText("")
        show_error(self.error, error_sentence(error))

    # -- saving ------------------------------------------------------------------------

    def save(self) -> None:
        """Save the changes as the next revision of the visit."""
        visit = self.visit
        if visit is None:
            return
        self._clear_errors()
        draft = self.form.draft(visit.session_id, self.spot_choice.currentData(),
                                self.helper_choice.currentData())
        draft = replace(draft, started_at=from_local(self.when.dateTime(), self._zone))
        self.save_button.setEnabled(False)
        code = self.form.visitor_code()
        self._tasks.write(
            lambda s: s.intake.update_visit(visit.id, s.visitors.with_code(draft, code),
                                            expected_revision=visit.revision),
            self._on_saved, self._on_save_failed)

    def _on_saved(self, visit: Visit) -> None:
        self.visit = visit
        self.accept()

    def _on_save_failed(self, error) -> None:
        self.save_button.setEnabled(True)
        sentence = error_sentence(error)
        if isinstance(error, InputError) and error.field in OWN_FIELDS:
            show_error(self.field_errors[error.field], sentence)
        elif isinstance(error, InputError) and error.field:
            self.form.show_error(error.field, sentence)
        elif isinstance(error, ConflictError):
            # Someone (another window, a sync) saved first: say so; reopening shows theirs.
            self.save_button.setEnabled(False)
            show_error(self.error, sentence)
        else:
            show_error(self.error, sentence)

    def _clear_errors(self) -> None:
        for label in self.field_errors.values():
            show_error(label, "")
        show_error(self.error, "")
        self.form.clear_errors()
