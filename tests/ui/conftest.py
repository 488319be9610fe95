"""GUI fixtures: background work runs synchronously, on a real store."""

from __future__ import annotations

import pytest


@pytest.fixture
def tasks(qtbot, ready_services):
    """A Tasks runner that does each job at once, over the ready test desk."""
    from helpdesk.ui.tasks import Tasks

    # No shutdown here: the services fixture closes the store itself.
    return Tasks(lambda: ready_services, synchronous=True)


@pytest.fixture
def ctx(ready_services, tasks, qtbot):
    """The UI context of the ready test desk, in English."""
    from helpdesk.ui.context import UiContext

    context = UiContext("en", ready_services.taxonomy.current(),
                        ready_services.desk.startup_state())
    tasks.changed.connect(context.announce)  # as the app wires them
    return context


@pytest.fixture
def settings_screen(ctx, tasks, data_dir, qtbot):
    """The Settings screen of the ready test desk, shown at 1366x768."""
    from helpdesk.ui.settings_screen import SettingsScreen

    widget = SettingsScreen(ctx, tasks, data_dir)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


@pytest.fixture
def confirm_with(monkeypatch):
    """Make confirmation boxes answer with the button of a given role; returns the questions."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer(role):
        def fake_exec(box):
            asked.append(box.text())
            next(b for b in box.buttons() if box.buttonRole(b) == role).click()
            return 0
        monkeypatch.setattr(QMessageBox, "exec", fake_exec)
        return asked

    return answer
