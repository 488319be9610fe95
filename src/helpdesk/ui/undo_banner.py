"""The line next to Save that says what just happened, with Undo for a few seconds.

It always keeps its height, so the form never jumps when a message appears or goes.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from helpdesk.ui.follows_language import FollowsLanguage

UNDO_SECONDS = 8


class UndoBanner(FollowsLanguage, QFrame):
    """Shows "Visit saved …" with an Undo button, or an error sentence."""

    undo = Signal(str)  # the id of the visit to take back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBanner")
        self._visit_id: str | None = None
        self._paused_ms = 0  # what was left of the Undo time when the banner was hidden
        self.message = QLabel(wordWrap=True)
        self.undo_button = QPushButton()
        self.undo_button.setMinimumHeight(40)
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self._on_undo)
        for widget in (self.message, self.undo_button):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        self._timer = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000)
        self._timer.timeout.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 0, 4, 0)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        self.setMinimumHeight(48)
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setAccessibleDescription(self.tr("Takes back what was just saved"))

    def show_done(self, text: str, visit_id: str | None = None) -> None:
        """Say what was done; offer Undo for a few seconds when ``visit_id`` is given."""
        self._show(text, "#e6f4ea", "#1e4620")
        self._visit_id = visit_id
        self.undo_button.setVisible(visit_id is not None)
        self._timer.start()

    def show_problem(self, text: str) -> None:
        """Say what went wrong; it stays until the next action."""
        self._show(text, "#fde7e9", "#a4262c")
        self._visit_id = None
        self.undo_button.hide()
        self._timer.stop()

    def clear(self) -> None:
        """Nothing to say: an empty line of the same height."""
        self._visit_id = None
        self._paused_ms = 0
        self.message.setText("")
        self.message.hide()
        self.undo_button.hide()
        self.setStyleSheet("")
        self._timer.stop()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        # Another tab in front: the Undo offer waits for the person to come back.
        super().hideEvent(event)
        if self._timer.isActive():
            self._paused_ms = self._timer.remainingTime()
            self._timer.stop()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._paused_ms:
            self._timer.start(self._paused_ms)
            self._paused_ms = 0

    @property
    def can_undo(self) -> bool:
        """True while Undo is offered."""
        return self._visit_id is not None

    def _show(self, text: str, background: str, colour: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.setStyleSheet(f"QFrame#undoBanner {{ background: {background}; border-radius: 6px; }}"
                           f"QFrame#undoBanner QLabel {{ color: {colour}; }}")

    def _on_undo(self) -> None:
        visit_id = self._visit_id
        if visit_id is not None:
            self.clear()
            self.undo.emit(visit_id)
