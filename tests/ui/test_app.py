"""The real composition (app.py) on a data folder: first run, a visit, a restart, still there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_support import click

from helpdesk.ui.visits_model import OUTCOME, QUESTIONS


@pytest.fixture
def build(qtbot):
    """Builds DeskApp objects on a folder and closes them all at the end."""
    from helpdesk.app import DeskApp

    made = []

    def make(data_dir):
        desk = DeskApp(data_dir)
        made.append(desk)
        desk.start()
        qtbot.waitUntil(lambda: desk.tasks.is_ready, timeout=20000)
        return desk

    yield make
    for desk in made:
        desk.close()


def test_first_run_visit_restart(build, data_dir, qtbot, cheap_argon2, monkeypatch):
    """Set up a desk (protected by its coordinator), save a visit, close (flushing the
    writer), reopen and unlock: the visit is there."""
    from helpdesk import app

    monkeypatch.setattr(app, "system_language", lambda: "en")  # the lock screen's language
    desk = build(data_dir)
    page = desk.first_run
    assert page is not None and desk.main_window is None
    # Choose English with the keyboard, as a person would (the list starts in the desk default).
    page.language.setFocus()
    for _ in range(page.language.count()):
        if page.language.currentData() == "en":
            break
        qtbot.keyClick(page.language, Qt.Key.Key_Down)
    page.language.activated.emit(page.language.currentIndex())
    qtbot.keyClicks(page.desk_name, "Buurtbar")
    qtbot.keyClicks(page.spot_name, "Buurtbar Kuregem")
    qtbot.keyClicks(page.helpers, "Fatima")
    qtbot.keyClicks(page.coordinator.name, "Fatima")
    qtbot.keyClicks(page.coordinator.passphrase, "fatima's passphrase")
    qtbot.keyClicks(page.coordinator.again, "fatima's passphrase")
    click(qtbot, page.start_button)
    qtbot.waitUntil(lambda: getattr(page, "recovery_dialog", None) is not None, timeout=20000)
    code = page.recovery_dialog
    qtbot.keyClick(code.kept, Qt.Key.Key_Space)
    click(qtbot, code.close_button)
    qtbot.waitUntil(lambda: desk.main_window is not None, timeout=10000)
    assert "Buurtbar" in desk.main_window.windowTitle()

    intake = desk.intake
    qtbot.keyClicks(intake.form.questions.filter, "itsme")
    qtbot.keyClick(intake.form.questions.filter, Qt.Key.Key_Return)
    click(qtbot, intake.form.outcome.button("solved"))
    with qtbot.waitSignal(desk.ctx.visits_changed, timeout=10000):
        click(qtbot, intake.save_button)
    desk.close()

    from helpdesk.app import DeskApp

    again = DeskApp(data_dir)
    try:
        _unlock_and_see_the_visit(again, qtbot)
    finally:
        again.close()


def _unlock_and_see_the_visit(again, qtbot) -> None:
    assert again.lock_screen is not None and again.main_window is None  # nothing readable
    again.start()
    screen = again.lock_screen
    qtbot.keyClicks(screen.name.lineEdit(), "fatima")  # typed: the lock screen lists nobody
    qtbot.keyClicks(screen.passphrase, "fatima's passphrase")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.main_window is not None, timeout=20000)
    window = again.main_window
    window.show()
    window.activateWindow()  # shortcuts reach the active window only
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the Visits tab
    visits = window.named_screen("visits")
    qtbot.waitUntil(lambda: window.current_screen() is visits, timeout=5000)
    qtbot.waitUntil(lambda: visits.model.rowCount() == 1, timeout=10000)
    shown = visits.model.index(0, QUESTIONS).data()
    assert shown == "itsme, eID and card reader"
    outcome = visits.model.index(0, OUTCOME).data()
    assert outcome == "Solved"


def test_main_window_shortcuts_and_status(build, data_dir, ready_services, qtbot):
    """Ctrl+2 shows the Visits tab; the status line says the data is ready."""
    desk = build(data_dir)
    window = desk.main_window
    window.show()
    window.activateWindow()  # shortcuts reach the active window only
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: "Ready" in window.store_state.text(), timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() is window.named_screen("visits")
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() is desk.intake
