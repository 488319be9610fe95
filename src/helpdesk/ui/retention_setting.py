"""How long notes are kept (a coordinator's setting), "Erase old notes now", and the
automatic purge: notes older than the retention are erased once shortly after start-up and
then every day while the app runs, as writer jobs (never in the middle of a save)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from helpdesk.ui.context import UiContext
from helpdesk.ui.feedback import confirm, error_label, error_sentence, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.tasks import Tasks

log = logging.getLogger(__name__)

Done = Callable[[tuple[int, int]], None]

MAX_DAYS = 3650  # services/notes.py checks the same bounds
FIRST_PURGE_MS = 60_000  # a minute after start: not while the first visit is being typed
PURGE_EVERY_MS = 24 * 60 * 60 * 1000


def purge_notes(tasks: Tasks, on_done: Done, on_error: Callable[[object], None]) -> None:
    """Erase the notes past the retention without holding up a save: which ones, and the
    backup made first (seconds on a big store), run on the long-job thread; only the erase
    itself (by id, milliseconds) is a writer job. ``on_done((days, erased))``."""

    def prepare(s, _progress, _cancelled):
        plan = s.notes.plan_purge()
        if plan.visit_ids:
            s.notes.backup_before_purge()
        return plan

    def erase(plan) -> None:
        if not plan.visit_ids:
            on_done((plan.days, 0))
            return
        tasks.write(lambda s: s.notes.erase(plan), lambda n: on_done((plan.days, n)),
                    on_error)

    tasks.long(prepare, erase, on_error)


class NotePurgeSchedule(QObject):
    """Erases notes past the retention: once soon after start, then daily.

    Anyone signed in runs the desk's own retention (the service allows it). A failure (a
    full disk refusing the backup made first) is logged without any personal data and tried
    again the next day.
    """

    purged = Signal(int)

    def __init__(self, ctx: UiContext, tasks: Tasks, parent: QObject | None = None,
                 first_ms: int = FIRST_PURGE_MS, every_ms: int = PURGE_EVERY_MS) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.run_now)
        self.timer.start()
        QTimer.singleShot(first_ms, self.run_now)
        # The note fields say how long notes are kept from the start, for everyone.
        tasks.read(lambda s: s.notes.retention_days(), ctx.set_note_retention_days,
                   lambda _e: None)

    def run_now(self) -> None:
        """Erase the old notes now (off the writer but for the erase itself)."""
        purge_notes(self._tasks, self._on_done, self._on_failed)

    def _on_done(self, result) -> None:
        days, erased = result
        self._ctx.set_note_retention_days(days)
        if erased:
            self.purged.emit(erased)

    def _on_failed(self, error) -> None:
        log.warning("The scheduled purge of old notes did not run: %s", type(error).__name__)


class RetentionBox(FollowsLanguage, QGroupBox):
    """Days a note is kept (1–3650), and erasing the old ones now, after a confirmation
    that says how many."""

    def __init__(self, ctx: UiContext, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.text = QLabel(wordWrap=True)
        self.days_label = QLabel()
        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(90)
        self.days_label.setBuddy(self.days)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.erase_button = QPushButton()
        self.erase_button.clicked.connect(self.erase_now)
        self.error = error_label()
        self.result = QLabel(wordWrap=True)
        self.result.hide()
        row = QHBoxLayout()
        row.addWidget(self.days_label)
        row.addWidget(self.days)
        row.addWidget(self.save_button)
        row.addStretch(1)
        erase_row = QHBoxLayout()
        erase_row.addWidget(self.erase_button)
        erase_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addLayout(erase_row)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        self.hide()  # until the services say this person may change settings
        self.retranslate()
        ctx.retention_changed.connect(self._show_days)
        # Who is signed in may change (another person takes over): show or hide again.
        ctx.state_changed.connect(self.reload)
        ctx.account_changed.connect(self.reload)  # a take-over: show what the new person may use
        self.reload()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("Notes"))
        self.text.setText(self.tr(
            "A note may hold part of a visitor's story: it is erased automatically once the "
            "visit is older than this. The visit itself is kept."))
        self.days_label.setText(self.tr("&Keep notes for"))
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Days a note is kept"))
        self.save_button.setText(self.tr("Sa&ve"))
        self.erase_button.setText(self.tr("&Erase old notes now…"))

    def reload(self) -> None:
        """Read the retention (when this person may change it)."""
        self._tasks.read(
            lambda s: s.notes.retention_days() if s.signed_in.allows("settings") else None,
            self._on_read, lambda e: show_error(self.error, error_sentence(e)))

    def _on_read(self, days: int | None) -> None:
        if days is None:
            self.hide()
            return
        self.show()
        self._ctx.set_note_retention_days(days)
        self._show_days(days)

    def _show_days(self, days: int) -> None:
        self.days.setValue(days)

    def save(self) -> None:
        """Save the number of days."""
        days = self.days.value()
        self._say("")
        def save_and_read(s) -> int:
            s.notes.set_retention_days(days)
            return s.notes.retention_days()

        self._tasks.write(
            save_and_read, self._on_saved, lambda e: show_error(self.error, error_sentence(e)))

    def _on_saved(self, days: int) -> None:
        self._ctx.set_note_retention_days(days)
        self._say(self.tr("Saved: notes are kept for %n day(s).", "", days))

    def erase_now(self) -> None:
        """Count the notes past the retention, ask, then erase them (a backup first)."""
        self._say("")
        self._tasks.read(lambda s: (s.notes.retention_days(), s.notes.count_to_erase()),
                         self._ask_to_erase,
                         lambda e: show_error(self.error, error_sentence(e)))

    def _ask_to_erase(self, result) -> None:
        days, count = result
        if count == 0:
            self._say(self.tr("No note is older than %n day(s): nothing to erase.", "", days))
            return
        question = self.tr(
            "%n note(s) of visits older than {days} days will be erased. A backup is made "
            "first; the visits themselves stay. This cannot be undone here.", "",
            count).format(days=days)
        if confirm(self, question, self.tr("Erase")):
            self.erase_button.setEnabled(False)
            purge_notes(self._tasks, self._on_erased, self._on_erase_failed)

    def _on_erased(self, result: tuple[int, int]) -> None:
        self.erase_button.setEnabled(True)
        self._say(self.tr("%n note(s) erased.", "", result[1]))

    def _on_erase_failed(self, error) -> None:
        self.erase_button.setEnabled(True)
        show_error(self.error, error_sentence(error))

    def _say(self, text: str) -> None:
        show_error(self.error, "")
        self.result.setText(text)
        self.result.setVisible(bool(text))
