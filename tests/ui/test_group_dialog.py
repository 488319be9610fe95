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


def _tick(check_list, code) -> None:
    """Move to the item of ``code`` and tick it with the space bar, as a person would."""
    from PySide6.QtCore import Qt as _Qt

    for n in range(check_list.count()):
        if check_list.item(n).data(_Qt.ItemDataRole.UserRole) == code:
            check_list.setCurrentRow(n)
            check_list.item(n).setCheckState(_Qt.CheckState.Checked)
            return
    raise AssertionError(f"{code} is not offered")


def test_question_types_helpers_and_a_profile_are_recorded(ctx, tasks, qtbot, ready_services):
    """Nothing ticked and the profile folded at first; ticked types, a helper and counts are
    saved with the group."""
    screen = _screen(ctx, tasks, qtbot)
    qtbot.mouseClick(screen.group_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog.questions.checked() == () and dialog.facilitators.checked() == ()
    assert dialog.profile.panel.isHidden() and dialog.profile.counts() == ()
    qtbot.keyClicks(dialog.title, "Safe online")
    dialog.participants.setValue(10)
    _tick(dialog.questions, "security")
    _tick(dialog.questions, "banking")
    helper = ready_services.desk.staff()[0]
    _tick(dialog.facilitators, helper.id)
    qtbot.mouseClick(dialog.profile.toggle, Qt.MouseButton.LeftButton)
    assert not dialog.profile.panel.isHidden()
    dialog.profile.spins[("genders", "f")].setValue(6)
    dialog.profile.spins[("age_bands", "65_74")].setValue(4)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    [group] = ready_services.groups.recent_groups()
    assert group.question_types == ("security", "banking")
    assert group.facilitator_ids == (helper.id,) and group.facilitators == 1
    assert sorted(group.profile) == [("age_bands", "65_74", 4), ("genders", "f", 6)]
    security, banking = (ctx.label("question_types", c) for c in ("security", "banking"))
    qtbot.waitUntil(lambda: screen.groups.count() == 1)
    assert screen.groups.item(0).text().endswith(f"— {security} · {banking}")


def test_profile_counts_past_the_participants_are_said_next_to_them(ctx, tasks, qtbot,
                                                                    ready_services):
    """One sentence under the profile as soon as a list adds up to more; nothing saved."""
    screen = _screen(ctx, tasks, qtbot)
    qtbot.mouseClick(screen.group_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    qtbot.keyClicks(dialog.title, "Cafe")
    dialog.participants.setValue(5)
    dialog.profile.toggle.setChecked(True)
    dialog.profile.spins[("genders", "f")].setValue(4)
    assert dialog.profile.error.isHidden()
    dialog.profile.spins[("genders", "m")].setValue(2)
    assert not dialog.profile.error.isHidden()
    assert "more than the participants" in dialog.profile.error.text()
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.isVisible() and ready_services.groups.recent_groups() == []
    dialog.participants.setValue(6)
    assert dialog.profile.error.isHidden()


def test_a_corrected_group_keeps_its_ticks_and_counts(ctx, tasks, qtbot, ready_services):
    """Opened from the list with its types, helper and profile shown (the profile unfolded)."""
    from helpdesk.core.records import GroupDraft

    spot = ready_services.desk.spots()[0]
    helper = ready_services.desk.staff()[0]
    ready_services.groups.record_group(GroupDraft(
        spot.id, "Café", 8, question_types=("email",), facilitator_ids=(helper.id,),
        profile=(("statuses", "retired", 5),)))
    screen = _screen(ctx, tasks, qtbot)
    qtbot.mouseClick(screen.correct_group_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog.questions.checked() == ("email",)
    assert dialog.facilitators.checked() == (helper.id,)
    assert not dialog.profile.panel.isHidden()
    assert dialog.profile.counts() == (("statuses", "retired", 5),)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    [group] = ready_services.groups.recent_groups()
    assert group.revision == 2 and group.profile == (("statuses", "retired", 5),)
