"""The screen the app opens on: record a visit in seconds, without breaking the conversation.

Session bar on top, one-click tallies, the visit form, and Save (Ctrl+Enter); choosing the
outcome saves too. After a save the form empties for the next person but keeps the spot, the
session, the helper and who did the steps, and a line next to Save says what was saved, with
Undo for a few seconds (which puts the visit back on the form to correct it). The spot and the
helper are remembered for the next start, and the form starts with the helper's usual autonomy.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from helpdesk.core.errors import InputError
from helpdesk.ui.context import UiContext
from helpdesk.ui.feedback import error_sentence
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.session_bar import SessionBar
from helpdesk.ui.tally_bar import TallyBar
from helpdesk.ui.tasks import Tasks
from helpdesk.ui.undo_banner import UndoBanner
from helpdesk.ui.visit_details import code_lookup
from helpdesk.ui.visit_form import VisitForm
from helpdesk.ui.visit_time import VisitTime
from helpdesk.ui.widgets import TOUCH_STYLE, primary_button

BAR_FIELDS = ("spot_id", "staff_id", "session_id")  # errors shown in the session bar


class IntakeScreen(FollowsLanguage, QWidget):
    """Session bar, tallies, the visit form and Save."""

    def __init__(self, ctx: UiContext, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._saving = False  # a save is on its way: a second Ctrl+Enter must not save twice
        self._store_problem: str | None = None

        self.session_bar = SessionBar(ctx, tasks)
        self.tallies = TallyBar()
        self.form = VisitForm(ctx, outcome_saves=True)
        self.form.details.set_code_lookup(code_lookup(tasks))
        self.when = VisitTime(ctx)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.form)
        self.banner = UndoBanner()
        self.save_button = primary_button()
        self.save_button.setStyleSheet(TOUCH_STYLE)
        self.save_button.setMinimumWidth(180)
        self.shortcut_hint = QLabel()
        self.shortcut_hint.setStyleSheet("color: #52606d;")

        bottom = QHBoxLayout()
        bottom.addWidget(self.banner, 1)
        bottom.addSpacing(12)
        bottom.addWidget(self.when)
        bottom.addWidget(self.shortcut_hint)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.session_bar)
        layout.addWidget(self.tallies)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.form.decisions)  # out of the scroll: the outcome stays in view
        layout.addLayout(bottom)

        self.save_button.clicked.connect(self.save)
        self.form.submitted.connect(self.save)
        self.session_bar.place_changed.connect(self._on_place_changed)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self.tallies.tally.connect(self.record_tally)
        self.banner.undo.connect(self.undo)
        self.form.changed.connect(self._on_form_changed)
        self.form.details_button.toggled.connect(self._on_details_folded)
        QWidget.setTabOrder(self.session_bar.session_button, self.tallies.buttons["print"])
        self.retranslate()
        self._read_usual_autonomy()

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.save_button.setText(self.tr("Save visit"))
        self.save_button.setToolTip(self.tr("Save this visit and start the next one (Ctrl+Enter)"))
        self.shortcut_hint.setText(self.tr("Ctrl+Enter"))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.form.focus_first()  # the helper can type the question at once

    # -- saving ------------------------------------------------------------------------

    def disable_saving(self, sentence: str) -> None:
        """The store cannot be used: say so next to Save and stop offering it."""
        self._store_problem = sentence
        self.save_button.setEnabled(False)
        for button in self.tallies.buttons.values():
            button.setEnabled(False)
        self.session_bar.session_button.setEnabled(False)
        self.banner.show_problem(sentence)

    def save(self) -> None:
        """Save the visit in the form (queued if the store is still opening)."""
        if self._saving or self._store_problem:
            return
        self.form.clear_errors()
        self.session_bar.clear_errors()
        spot_id = self.session_bar.spot_id()
        if spot_id is None:
            self.session_bar.show_error("spot_id", self.tr("Choose the spot where you are."))
            return
        session = self.session_bar.session()
        draft = self.form.draft(session.id if session else None, spot_id,
                                self.session_bar.staff_id())
        when = self.when.started_at()
        if when is not None:
            draft = replace(draft, started_at=when)
        self._set_saving(True)
        code = self.form.visitor_code()

        def record(s):
            # One writer job: the visit, then the session's new count, in order. A visitor
            # code is hashed there, under the network's key: the screen never holds the key.
            return (s.intake.record_visit(s.visitors.with_code(draft, code)),
                    s.sessions.current_session())

        self._tasks.write(record, self._on_saved, self._on_save_failed)

    def _on_saved(self, result) -> None:
        visit, session = result
        self._set_saving(False)
        self._session_counted(session)
        labels = self._ctx.question_labels(visit.question_types)
        self.form.clear()
        self.when.reset()
        self.scroll_area.verticalScrollBar().setValue(0)  # the question box back in view
        self.form.focus_first()
        self.banner.show_done(self.tr("Visit saved: {0}").format(labels), visit.id)

    def _on_details_folded(self, unfolded: bool) -> None:
        if unfolded:  # once the new rows are laid out
            QTimer.singleShot(0, self._show_details)

    def _show_details(self) -> None:
        """Scroll just enough for the unfolded details to be seen (at 150 % text they open
        below the question types, out of sight), never past "More details" itself."""
        bar, button, details = (self.scroll_area.verticalScrollBar(),
                                self.form.details_button, self.form.details)
        bottom = details.y() + details.height()
        room = self.scroll_area.viewport().height()
        if bottom - bar.value() > room:
            bar.setValue(min(button.y(), bottom - room))

    def _on_save_failed(self, error) -> None:
        # Nothing is cleared: the person fixes the one field and saves again.
        self._set_saving(False)
        sentence = error_sentence(error)
        # A "Visit saved" line beside a red sentence would say both; the sentence is news.
        if self.banner.can_undo:
            self.banner.clear()
        if isinstance(error, InputError) and error.field in BAR_FIELDS:
            self.session_bar.show_error(error.field, sentence)
        elif isinstance(error, InputError) and error.field:
            self.form.show_error(error.field, sentence)
        else:
            self.banner.show_problem(sentence)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving and not self._store_problem)

    # -- tallies and undo --------------------------------------------------------------

    def record_tally(self, tally: str) -> None:
        """Count one print, Wi-Fi or scan at once, as a minimal visit."""
        spot_id = self.session_bar.spot_id()
        if spot_id is None:
            self.session_bar.show_error("spot_id", self.tr("Choose the spot where you are."))
            return
        session = self.session_bar.session()
        session_id, staff_id = (session.id if session else None), self.session_bar.staff_id()
        name = self.tallies.names()[tally]

        def record(s):
            visit = s.intake.record_tally(tally, session_id=session_id, spot_id=spot_id,
                                          staff_id=staff_id)
            return visit, s.sessions.current_session()

        def done(result) -> None:
            visit, current = result
            self._session_counted(current)
            self.banner.show_done(self.tr("Counted: {0}").format(name), visit.id)

        self._tasks.write(record, done, self._on_save_failed)

    def undo(self, visit_id: str) -> None:
        """Take back the visit just saved (a tombstone, so a sync takes it back too)."""
        def remove(s):
            return s.intake.delete_visit(visit_id), s.sessions.current_session()

        def done(result) -> None:
            taken_back, session = result
            self._session_counted(session)
            # Back on the form, as it was, to correct and save again (or to leave).
            self.form.load(replace(taken_back.as_draft(), started_at=None))
            self.banner.show_done(self.tr(
                "Taken back: the visit is no longer counted. It is on the form again if you "
                "want to correct it and save it."))
            self.form.focus_first()

        self._tasks.write(remove, done, lambda e: self.banner.show_problem(error_sentence(e)))

    def _session_counted(self, session) -> None:
        if session != self._ctx.state.open_session:
            self._ctx.set_open_session(session)

    def _on_place_changed(self) -> None:
        spot_id, staff_id = self.session_bar.spot_id(), self.session_bar.staff_id()
        self._tasks.write(lambda s: s.desk.remember_intake_place(spot_id, staff_id))
        self._read_usual_autonomy()

    def _read_usual_autonomy(self) -> None:
        staff_id = self.session_bar.staff_id()
        self._tasks.read(lambda s: s.intake.last_autonomy(staff_id), self._on_usual_autonomy)

    def _on_usual_autonomy(self, code: str | None) -> None:
        # Only on a fresh form: what someone already chose for this visit stays.
        if not self.form.questions.selected() and self.form.outcome.value() is None:
            self.form.set_autonomy(code)

    def _on_form_changed(self) -> None:
        # Working on the next visit: an old error line no longer applies.
        if not self.banner.can_undo and not self._store_problem:
            self.banner.clear()
