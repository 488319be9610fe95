"""Small helpers the GUI tests share."""

from __future__ import annotations

from PySide6.QtCore import Qt


def click(qtbot, button) -> None:
    """Click a button the way a person would."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
