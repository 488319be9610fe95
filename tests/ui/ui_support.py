"""Small helpers the GUI tests share."""

from __future__ import annotations

from PySide6.QtCore import Qt


def click(qtbot, button) -> None:
    """Click a button the way a person would."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown_intake(ctx, tasks, qtbot):
    """An intake screen on ``ctx`` and ``tasks``, shown at 1366x700 and exposed."""
    from helpdesk.ui.intake_screen import IntakeScreen

    widget = IntakeScreen(ctx, tasks)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
