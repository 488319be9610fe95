"""Saving from the keyboard: Ctrl with either Enter key, and never twice for one press too
many while a save is under way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_support import click, shown_intake

from helpdesk.core.records import VisitFilter

CTRL = Qt.KeyboardModifier.ControlModifier


def _fill(screen, qtbot):
    """Tick a question and an outcome; the outcome button, focused (where the keys go).

    The outcome is set without a click: a click on it would already save (the intake's
    quickest path); these tests are about the keys.
    """
    click(qtbot, screen.form.questions.toggle_for("email"))
    button = screen.form.outcome.button("solved")
    screen.form.outcome.set_value("solved")
    screen.activateWindow()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus, timeout=2000)
    return button


def _saved(services) -> int:
    return len(services.visits.page(VisitFilter()))


@pytest.mark.parametrize("key, modifiers", [
    (Qt.Key.Key_Return, CTRL),
    (Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier),
], ids=["ctrl-return", "ctrl-keypad-enter"])
def test_ctrl_and_either_enter_key_saves(ctx, tasks, qtbot, ready_services, key, modifiers):
    """The Enter of the number pad (a laptop's, a desk PC's) saves like the main one."""
    screen = shown_intake(ctx, tasks, qtbot)
    button = _fill(screen, qtbot)
    with qtbot.waitSignal(ctx.visits_changed, timeout=2000):
        qtbot.keyClick(button, key, modifiers)
    assert _saved(ready_services) == 1


def test_a_second_ctrl_enter_during_a_save_saves_nothing_more(ctx, qtbot, ready_services):
    """Real background threads, as in the app: the second press comes while the first save
    is still on its way, and the visit is saved once."""
    from helpdesk.ui.tasks import Tasks

    tasks = Tasks(lambda: ready_services)
    tasks.changed.connect(ctx.announce)  # as the app wires them
    try:
        tasks.start()
        qtbot.waitUntil(lambda: tasks.is_ready, timeout=10000)
        screen = shown_intake(ctx, tasks, qtbot)
        button = _fill(screen, qtbot)
        with qtbot.waitSignal(ctx.visits_changed, timeout=10000):
            qtbot.keyClick(button, Qt.Key.Key_Return, CTRL)
            assert not screen.save_button.isEnabled()  # still saving: the callback waits
            qtbot.keyClick(button, Qt.Key.Key_Return, CTRL)
            click(qtbot, screen.save_button)
        qtbot.wait(200)  # room for a second save's callback, were there one
        assert _saved(ready_services) == 1
    finally:
        tasks.shutdown()
