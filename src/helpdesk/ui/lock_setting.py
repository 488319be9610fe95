"""The one Settings box of the lock: minutes without a key or a click before Helpdesk locks."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from helpdesk.ui.context import UiContext
from helpdesk.ui.feedback import error_label, error_sentence, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.tasks import Tasks

MIN_MINUTES, MAX_MINUTES = 1, 60  # the service checks the same range


class LockSettingBox(FollowsLanguage, QGroupBox):
    """A coordinator's setting: lock after 1–60 idle minutes (saved a moment after a change)."""

    def __init__(self, ctx: UiContext, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._loaded = False
        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setMinimumHeight(32)
        self.minutes.setEnabled(False)  # until the stored value is read
        self.label = QLabel()
        self.label.setBuddy(self.minutes)
        self.problem = error_label()
        # Typing "15" passes through "1": save once the person stops for a moment.
        self._save_soon = QTimer(self)
        self._save_soon.setSingleShot(True)
        self._save_soon.setInterval(700)
        self._save_soon.timeout.connect(self.save)
        self.minutes.valueChanged.connect(lambda _v: self._loaded and self._save_soon.start())
        self.minutes.editingFinished.connect(self._save_now)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.label, self.minutes)
        form.addRow("", self.problem)
        ctx.account_changed.connect(self._follow_role)
        self.retranslate()
        tasks.read(lambda s: s.lock.idle_minutes(), self._loaded_minutes)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("Lock"))
        self.label.setText(self.tr("&Lock after this many idle minutes"))
        self.minutes.setSuffix(self.tr(" min"))
        self._follow_role()

    def _follow_role(self) -> None:
        allowed = self._ctx.allows("settings")
        self.minutes.setEnabled(allowed and self._loaded)
        self.setToolTip("" if allowed else self.tr("Only a coordinator can change this."))

    def _loaded_minutes(self, minutes: int) -> None:
        self.minutes.setValue(minutes)
        self._loaded = True
        self._follow_role()

    def _save_now(self) -> None:
        if self._save_soon.isActive():
            self._save_soon.stop()
            self.save()

    def save(self) -> None:
        """Store the minutes shown; the running lock follows at once."""
        minutes = self.minutes.value()
        show_error(self.problem, "")
        self._tasks.write(lambda s: s.lock.set_idle_minutes(minutes),
                          lambda _none: self._ctx.lock_minutes_changed.emit(minutes),
                          lambda error: show_error(self.problem, error_sentence(error)))
