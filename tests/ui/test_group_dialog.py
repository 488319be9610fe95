"""Recording a group session from the Sessions screen, the way a coordinator does it."""

from __future__ import annotations

from zoneinfo import ZoneInfo

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


def _one_group(ready_services, title="Burger Cafe", participants=14):
    from helpdesk.core.records import GroupDraft

    spot = ready_services.desk.spots()[0]
    return ready_services.groups.record_group(GroupDraft(spot_id=spot.id, title=title,
                                                         participants=participants))


def test_a_group_session_is_corrected_from_the_list(ctx, tasks, qtbot, ready_services):
    """Chosen in the list, opened filled in, saved as a new revision (so it syncs again)."""
    group = _one_group(ready_services)
    screen = _screen(ctx, tasks, qtbot)
    assert screen.groups.count() == 1 and "Burger Cafe" in screen.groups.item(0).text()
    qtbot.mouseClick(screen.correct_group_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog is not None and dialog.title.text() == "Burger Cafe"
    assert dialog.participants.value() == 14
    local = group.started_at.astimezone(ZoneInfo("Europe/Brussels"))  # the desk's zone
    assert (dialog.when.time().hour(), dialog.when.time().minute()) == (local.hour,
                                                                        local.minute)
    dialog.participants.setValue(16)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    saved = ready_services.groups.get_group(group.id)
    assert (saved.participants, saved.revision, saved.started_at) == (
        16, 2, group.started_at)
    assert "16" in screen.groups.item(0).text()
    assert [e.action for e in ready_services.audit.entries()][-1] == "group session changed"


def test_a_group_session_is_deleted_only_after_the_question(ctx, tasks, qtbot,
                                                            ready_services):
    """Cancel keeps it; Delete leaves a tombstone and empties the list."""
    group = _one_group(ready_services)
    screen = _screen(ctx, tasks, qtbot)
    qtbot.mouseClick(screen.delete_group_button, Qt.MouseButton.LeftButton)
    assert screen.confirm is not None and "Burger Cafe" in screen.confirm.text()
    screen.confirm.reject()
    assert not ready_services.groups.get_group(group.id).deleted
    qtbot.mouseClick(screen.delete_group_button, Qt.MouseButton.LeftButton)
    box = screen.confirm
    [delete] = [b for b in box.buttons()
                if box.buttonRole(b) == box.ButtonRole.DestructiveRole]
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert ready_services.groups.get_group(group.id).deleted
    assert screen.groups.count() == 0 and not screen.delete_group_button.isEnabled()
