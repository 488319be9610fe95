"""The bar on top of the intake: where we are, who is helping, and the session that is open.

Visits may be saved without a session (a volunteer who forgot to open one must not lose a
visit), so the bar only suggests opening one; it never blocks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helpdesk.core.records import SessionInfo
from helpdesk.ui.context import UiContext
from helpdesk.ui.desk_time import desk_zone, locale_for, short_time, to_local
from helpdesk.ui.feedback import error_label, error_sentence, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.tasks import Tasks

if TYPE_CHECKING:  # built when a session closes, not at start-up
    from helpdesk.ui.session_dialogs import CloseSessionDialog


class SessionBar(FollowsLanguage, QFrame):
    """Spot and helper choosers, and Open session / Close session."""

    place_changed = Signal()  # someone chose another spot or helper

    def __init__(self, ctx: UiContext, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.dialog: CloseSessionDialog | None = None  # the close dialog while it is shown
        self.setObjectName("sessionBar")
        # While a session is open the spot box is fixed, not faded: it must stay readable
        # (the default disabled grey was 1.65:1 on this background).
        self.setStyleSheet("QFrame#sessionBar { background: #eef3f8; border-radius: 6px; }"
                           "QLabel#sessionHint { color: #52606d; }"
                           "QComboBox:disabled { color: #1f2933; }")

        self.spot_label, self.spot_choice = QLabel(), QComboBox()
        self.helper_label, self.helper_choice = QLabel(), QComboBox()
        for label, combo in ((self.spot_label, self.spot_choice),
                             (self.helper_label, self.helper_choice)):
            label.setBuddy(combo)
            combo.setMinimumHeight(36)
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("sessionHint")
        self.session_button = QPushButton()
        self.session_button.setMinimumHeight(40)
        self.session_button.setAutoDefault(False)
        self.session_button.clicked.connect(self.open_or_close)
        self.spot_error, self.helper_error, self.error = error_label(), error_label(), error_label()

        row = QHBoxLayout()
        row.addWidget(self.spot_label)
        row.addWidget(self.spot_choice, 1)
        row.addSpacing(12)
        row.addWidget(self.helper_label)
        row.addWidget(self.helper_choice, 1)
        row.addSpacing(12)
        row.addWidget(self.status, 2)
        row.addWidget(self.session_button)
        errors = QHBoxLayout()
        errors.addWidget(self.spot_error, 1)
        errors.addWidget(self.helper_error, 1)
        errors.addWidget(self.error, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addLayout(errors)

        self.spot_choice.activated.connect(lambda _i: show_error(self.spot_error, ""))
        self.spot_choice.activated.connect(lambda _i: self.place_changed.emit())
        self.helper_choice.activated.connect(lambda _i: self.place_changed.emit())
        ctx.state_changed.connect(self.refill)
        ctx.session_changed.connect(self.refill)
        ctx.language_changed.connect(lambda _language: self._show_session())
        self.retranslate()
        self.refill()

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.spot_label.setText(self.tr("&Spot"))
        self.helper_label.setText(self.tr("&Who is helping"))
        self.spot_choice.setPlaceholderText(self.tr("Choose the spot"))
        self.helper_choice.setPlaceholderText(self.tr("Choose a name"))
        self._show_session()

    # -- what the intake reads ---------------------------------------------------------

    def session(self) -> SessionInfo | None:
        """The open session, if any."""
        return self._ctx.state.open_session

    def spot_id(self) -> str | None:
        """The spot visits are recorded at: the session's, else the chosen one."""
        session = self.session()
        return session.spot_id if session else self.spot_choice.currentData()

    def staff_id(self) -> str | None:
        """Who is helping, if chosen."""
        return self.helper_choice.currentData()

    def show_error(self, field: str | None, sentence: str) -> None:
        """Show a sentence next to the spot or helper chooser (or under the bar)."""
        target = {"spot_id": self.spot_error, "staff_id": self.helper_error}.get(
            field or "", self.error)
        show_error(target, sentence)
        if target is self.spot_error:
            self.spot_choice.setFocus()

    def clear_errors(self) -> None:
        """Hide every error sentence."""
        for label in (self.spot_error, self.helper_error, self.error):
            show_error(label, "")

    # -- filling -----------------------------------------------------------------------

    def refill(self) -> None:
        """Offer the desk's active spots and helpers, keeping the choice where possible."""
        state, session = self._ctx.state, self.session()
        spots = [s for s in state.spots if s.active or (session and s.id == session.spot_id)]
        # The session's spot; else what was chosen, or else where the intake was last used.
        spot = session.spot_id if session else \
            self.spot_choice.currentData() or state.last_spot_id
        self._fill(self.spot_choice, [(s.name, s.id) for s in spots], spot)
        people = [p for p in state.staff if p.active]
        helper = self.helper_choice.currentData() or state.last_staff_id
        if session and session.staff_ids and self.helper_choice.currentData() is None:
            helper = session.staff_ids[0]  # the session's first helper, unless someone chose
        self._fill(self.helper_choice, [(p.name, p.id) for p in people], helper)
        # Visits follow the session's spot while one is open.
        self.spot_choice.setEnabled(session is None)
        self._show_session()

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]], wanted: str | None) -> None:
        chosen = wanted or combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        index = combo.findData(chosen) if chosen else -1
        if index < 0 and len(items) == 1:
            index = 0  # only one: nothing to choose
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def _show_session(self) -> None:
        session = self.session()
        if session is None:
            self.status.setText(self.tr("No session open. Visits are saved anyway; "
                                        "open one to count this permanence."))
            self.session_button.setText(self.tr("&Open session"))
            return
        settings = self._ctx.state.settings
        opened = to_local(session.opened_at, desk_zone(settings.time_zone if settings else None))
        since = short_time(opened, locale_for(self._ctx.language))
        self.status.setText(self.tr("Session at {0}, open since {1}: %n visit(s)", "",
                                    session.visit_count).format(session.spot_name, since))
        self.session_button.setText(self.tr("&Close session…"))

    # -- opening and closing -----------------------------------------------------------

    def open_or_close(self) -> None:
        """Open a session at the chosen spot, or close the open one."""
        self.clear_errors()
        session = self.session()
        if session is not None:
            self._close(session)
            return
        spot_id, staff_id = self.spot_choice.currentData(), self.staff_id()
        if spot_id is None:
            self.show_error("spot_id", self.tr("Choose the spot first."))
            return
        staff_ids = [staff_id] if staff_id else []
        self.session_button.setEnabled(False)
        self._tasks.write(lambda s: s.sessions.open_session(spot_id, staff_ids),
                          self._on_opened, self._on_failed)

    def _on_opened(self, session: SessionInfo) -> None:
        self.session_button.setEnabled(True)
        self._ctx.set_open_session(session)

    def _close(self, session: SessionInfo) -> None:
        # Imported here: the dialog is needed once a session, not at start-up.
        from helpdesk.ui.session_dialogs import CloseSessionDialog

        dialog = CloseSessionDialog(self._ctx, self._tasks, session, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
        self.session_button.setFocus()

    def _on_failed(self, error) -> None:
        self.session_button.setEnabled(True)
        show_error(self.error, error_sentence(error))
