"""Recording a group session from the Sessions screen, the way a coordinator does it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from helpdesk.ui.sessions_screen import SessionsScreen


def _screen(ctx, tasks, qtbot) -> SessionsScreen:
    screen = SessionsScreen(ctx, tasks)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_a_group_session_is_recorded_in_a_few_actions(ctx, tasks, qtbot, ready_services):
    """Button, title, participants, Enter: saved at the desk's spot, and said so."""
    screen = _screen(ctx, tasks, qtbot)
    qtbot.mouseClick(screen.group_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.title.hasFocus)
    qtbot.keyClicks(dialog.title, "Burger Cafe")
    dialog.participants.setValue(14)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    [group] = ready_services.groups.recent_groups()
    assert (group.title, group.participants, group.spot_id) == (
        "Burger Cafe", 14, ready_services.desk.spots()[0].id)
    assert "Burger Cafe" in screen.group_saved.text() and "14" in screen.group_saved.text()


def test_a_group_without_a_title_is_said_next_to_the_title(ctx, tasks, qtbot, ready_services):
    """Nothing saved; the sentence stands by the title, the dialog stays open."""
    screen = _screen(ctx, tasks, qtbot)
    qtbot.mouseClick(screen.group_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert not dialog.errors["title"].isHidden() and "title" in dialog.errors["title"].text()
    assert dialog.isVisible() and ready_services.groups.recent_groups() == []
