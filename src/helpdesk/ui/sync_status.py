"""The sync part of the status bar: records waiting, the last sync, the last problem, "Sync now".

It also starts the automatic runs: a first one shortly after the store is open, then every
few minutes. Runs go to the network worker, one at a time: a click while one runs does
nothing (the button says it is busy), and the GUI never waits for the network.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from helpdesk.ui.context import UiContext
from helpdesk.ui.desk_time import (
    desk_zone,
    locale_for,
    python_date,
    short_date,
    short_time,
    to_local,
    today,
)
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.tasks import Tasks

if TYPE_CHECKING:  # only named in annotations: the first window need not make them
    from helpdesk.core.sync_records import SyncProblemInfo, SyncReport, SyncStatus

FIRST_RUN_MS = 30_000  # after the store opens: let the desk settle first
EVERY_MS = 5 * 60_000
REFRESH_DELAY_MS = 1500  # a burst of saves refreshes the count once
# A target added from the command line (a scheduled task) shows within a minute.
POLL_MS = 60_000


def problem_sentence(problem: SyncProblemInfo) -> str:
    """A stored problem as one sentence in the current language."""
    text = QCoreApplication.translate("errors", problem.message)
    try:
        return text.format(**problem.args) if problem.args else text
    except (KeyError, IndexError, ValueError):
        return problem.message.format(**problem.args)


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when short of room; the whole text is its tooltip."""

    PREFERRED = 460  # px: room enough for most sentences without crowding the counts
    resized = Signal()  # after each new width: whether the text is cut may have changed

    def __init__(self, parent: QWidget | None = None, *, preferred: int | None = PREFERRED
                 ) -> None:
        super().__init__(parent)
        self._full = ""
        self._preferred = preferred  # None: as wide as the whole text, when there is room

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self.setToolTip(text)
        self._elide()
        self.updateGeometry()

    def full_text(self) -> str:
        """The text before eliding."""
        return self._full

    def is_elided(self) -> bool:
        """True when the label shows less than its whole text."""
        return self.isVisible() and QLabel.text(self) != self._full

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        width = self.fontMetrics().horizontalAdvance(self._full) + 8
        return QSize(width if self._preferred is None else min(width, self._preferred),
                     hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(min(80, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()
        self.resized.emit()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        QLabel.setText(self, metrics.elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                max(self.width(), 20)))


class SyncStatusBar(FollowsLanguage, QWidget):
    """Shows how sending is doing and offers to send now."""

    def __init__(self, ctx: UiContext, tasks: Tasks, *, automatic: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._status: SyncStatus | None = None
        self._running = False
        self.summary = ElidedLabel(preferred=None)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = ElidedLabel()
        self.problem.setObjectName("syncProblem")
        self.problem.setStyleSheet("QLabel#syncProblem { color: #a4262c; }")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        self.sync_button = QPushButton()
        self.sync_button.clicked.connect(self.sync_now)
        # A problem, or words cut short for room (150 % text, long French), can be read
        # whole in a box: a tooltip alone is out of reach of the keyboard and of touch.
        self.details_button = QPushButton()
        self.details_button.clicked.connect(self.show_details)
        self.details_button.hide()
        self.details_box: QMessageBox | None = None
        for label in (self.summary, self.problem):
            label.resized.connect(self._offer_details, Qt.ConnectionType.QueuedConnection)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem, 1)
        layout.addWidget(self.details_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.sync_button)

        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._auto_timer = QTimer(self, interval=EVERY_MS)
        self._auto_timer.timeout.connect(self._automatic_run)
        self._poll_timer = QTimer(self, interval=POLL_MS)
        self._poll_timer.timeout.connect(self.refresh)
        self._automatic = automatic
        ctx.visits_changed.connect(self._refresh_timer.start)
        ctx.session_changed.connect(self._refresh_timer.start)
        ctx.state_changed.connect(self._refresh_timer.start)
        ctx.sync_changed.connect(self.refresh)
        tasks.ready.connect(self._on_ready)
        if tasks.is_ready:
            self._on_ready()
        self.retranslate()

    # -- public ------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        """True while a sync run is under way."""
        return self._running

    def sync_now(self) -> None:
        """Send what is waiting now; nothing happens while a run is already going."""
        self._start_run(manual=True)

    def refresh(self) -> None:
        """Read the sync status again (after a save, a settings change, a run)."""
        self._tasks.read(lambda s: s.sync.status(), self._show_status)

    def show_details(self) -> None:
        """Open a box with the whole status: what waits, the last sync, the last problem."""
        if self.details_box is None:
            self.details_box = QMessageBox(self)
            self.details_box.setIcon(QMessageBox.Icon.Information)
        self.details_box.setWindowTitle(self.tr("Sending"))
        self.details_box.setText("\n\n".join(
            label.full_text() for label in (self.summary, self.problem)
            if label.full_text() and not label.isHidden()))
        self.details_box.open()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.details_button.setText(self.tr("&Details…"))
        self.details_button.setToolTip(self.tr("Read the whole sync status and the last problem"))
        self.sync_button.setToolTip(self.tr("Send the records waiting to the hub or folder now"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self._show()

    # -- internals ---------------------------------------------------------------------

    def _on_ready(self) -> None:
        self.refresh()
        self._poll_timer.start()
        if self._automatic and not self._auto_timer.isActive():
            QTimer.singleShot(FIRST_RUN_MS, self, self._automatic_run)
            self._auto_timer.start()

    def _automatic_run(self) -> None:
        if self._status is not None and self._status.targets:
            self._start_run(manual=False)

    def _start_run(self, *, manual: bool) -> None:
        if self._running:
            return  # one at a time: a second request is a no-op, not a queue
        self._running = True
        self._show()
        self._tasks.network(lambda s: s.sync.run(manual=manual), self._on_run_done,
                            self._on_run_failed)

    def _on_run_done(self, report: SyncReport) -> None:
        self._running = False
        if report.skipped:
            self.refresh()
        # Otherwise the run announced Change.SYNC: counts, the Visits list and Settings follow.

    def _on_run_failed(self, _error) -> None:
        # Tasks reports the sentence in the status line; here the button comes back.
        self._running = False
        self.refresh()

    def _show_status(self, status: SyncStatus) -> None:
        self._status = status
        self._show()

    def _show(self) -> None:
        status = self._status
        self.sync_button.setText(self.tr("Syncing…") if self._running else self.tr("S&ync now"))
        self.sync_button.setEnabled(not self._running and bool(status and status.targets))
        if status is None:
            self.summary.setText("")
            return
        if not status.targets:
            self.summary.setText(self.tr("Not sent anywhere: no sync target is set up."))
            self.problem.hide()
            self._offer_details()
            return
        parts = [self.tr("%n visit(s) or session(s) to send", "", status.waiting)
                 if status.waiting
                 else self.tr("Nothing waiting")]
        if status.last_success_at is not None:
            parts.append(self.tr("last sync {when} to {target}").format(
                when=self._when(status.last_success_at), target=status.last_success_target))
        else:
            parts.append(self.tr("not synced yet"))
        self.summary.setText(" · ".join(parts))
        if status.problem is not None:
            self.problem.setText(problem_sentence(status.problem))
        self.problem.setVisible(status.problem is not None)
        self._offer_details()

    def _offer_details(self) -> None:
        # Stable either way: shown, it takes room and the words stay cut; hidden, they fit.
        self.details_button.setVisible(not self.problem.isHidden() or self.summary.is_elided()
                                       or self.problem.is_elided())

    def _when(self, moment) -> str:
        settings = self._ctx.state.settings
        zone = desk_zone(settings.time_zone if settings else None)
        locale = locale_for(self._ctx.language)
        local = to_local(moment, zone)
        if python_date(local.date()) == today(zone):
            return short_time(local, locale)
        return f"{short_date(local.date(), locale)} {short_time(local, locale)}"
