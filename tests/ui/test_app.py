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


def test_first_run_visit_restart(build, data_dir, qtbot):
    """Set up a desk, save a visit, close (flushing the writer), reopen: the visit is there."""
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
    click(qtbot, page.start_button)
    qtbot.waitUntil(lambda: desk.main_window is not None, timeout=10000)
    assert "Buurtbar" in desk.main_window.windowTitle()

    intake = desk.intake
    qtbot.keyClicks(intake.form.questions.filter, "itsme")
    qtbot.keyClick(intake.form.questions.filter, Qt.Key.Key_Return)
    click(qtbot, intake.form.outcome.button("solved"))
    with qtbot.waitSignal(desk.ctx.visits_changed, timeout=10000):
        click(qtbot, intake.save_button)
    desk.close()

    again = build(data_dir)
    assert again.main_window is not None and again.first_run is None  # from the snapshot
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


def test_a_protected_store_stops_the_app_with_one_plain_sentence(data_dir, qtbot, monkeypatch):
    """Until the lock screen exists, a protected store gives a sentence, not a traceback.

    The window shows nothing of the desk (the snapshot of a protected store is empty).
    """
    from PySide6.QtCore import QCoreApplication

    from helpdesk.app import DeskApp
    from helpdesk.services import Services
    from helpdesk.store import keys
    from helpdesk.store.keys import KdfParams
    from helpdesk.ui.i18n import install_language

    monkeypatch.setattr(keys, "DEFAULT_KDF", KdfParams(time_cost=1, memory_cost=8192))
    services = Services.open(data_dir)
    services.desk.complete_first_run(language="en", desk_name="Secret desk",
                                     spot_name="Secret spot", spot_kind="outreach",
                                     helper_names=["Fatima"])
    services.protect("Fatima", "fatima's passphrase")
    services.close()
    desk = DeskApp(data_dir)
    try:
        assert desk.main_window is None and desk.first_run is None
        desk.start()
        qtbot.waitUntil(lambda: desk.store_problem is not None, timeout=20000)
        # In the language the app starts in (the system's: a protected store tells none).
        assert desk.store_problem == QCoreApplication.translate(
            "errors", "This desk is protected; sign in with your name and passphrase.")
        assert "Traceback" not in desk.store_problem
        assert "Secret" not in desk.window.windowTitle()
    finally:
        desk.close()
        install_language("en")  # the system's language was installed: leave none behind
