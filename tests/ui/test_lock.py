"""The lock, used as a person would: the lock screen at start, wrong passphrases, the idle
lock, Ctrl+L, the Lock button, the quick PIN, a take-over, and nothing typed lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_support import click

from helpdesk.services import Services

PASS = "correct horse battery"
JAN_PASS = "jans own passphrase"
SAM_PASS = "sams own passphrase"


@pytest.fixture
def protected_desk(data_dir, cheap_argon2):
    """A desk whose coordinator is Fatima and with Jan as a volunteer, closed again."""
    services = Services.open(data_dir)
    services.desk.complete_first_run(language="en", desk_name="Secret desk name",
                                     spot_name="Buurtbar Kuregem", spot_kind="outreach",
                                     helper_names=["Fatima", "Jan"])
    services.protect("Fatima", PASS)
    services.accounts.add("Jan", "volunteer", JAN_PASS)
    services.accounts.add("Sam", "staff", SAM_PASS)
    services.close()
    return data_dir


@pytest.fixture
def desk_app(qtbot, protected_desk, monkeypatch):
    """The real app on the protected desk (its writer thread real), closed at the end.

    Before the unlock the lock screen speaks the computer's language: English here.
    """
    from helpdesk import app
    from helpdesk.app import DeskApp

    monkeypatch.setattr(app, "system_language", lambda: "en")

    desk = DeskApp(protected_desk)
    desk.start()
    yield desk
    desk.close()


def sign_in(qtbot, screen, name: str, passphrase: str) -> None:
    """Type a name and a passphrase and press Enter, as a person would."""
    line = screen.name.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, name)
    qtbot.keyClick(line, Qt.Key.Key_Return)  # on to the passphrase
    assert screen.passphrase.hasFocus() or not screen.isActiveWindow()
    qtbot.keyClicks(screen.passphrase, passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)


def unlocked(qtbot, desk, name="Fatima", passphrase=PASS):
    """Sign in on the start lock screen and wait for the main window."""
    screen = desk.lock_screen
    screen.activateWindow()
    sign_in(qtbot, screen, name, passphrase)
    qtbot.waitUntil(lambda: desk.main_window is not None and desk.lock is not None,
                    timeout=20000)
    return desk.main_window


def test_starts_locked_showing_nothing_of_the_desk(desk_app, qtbot):
    """A protected desk starts on the lock screen: no desk name, not in the title either."""
    screen = desk_app.lock_screen
    assert screen is not None and desk_app.window is screen
    assert desk_app.main_window is None and not desk_app.tasks.is_ready
    assert screen.windowTitle() == "Helpdesk"
    texts = " ".join(w.text() for w in screen.findChildren(type(screen.title)))
    assert "Secret desk name" not in texts and "Kuregem" not in texts
    # Nor the staff's names: the key file names nobody, so each person types their own.
    assert screen.name.count() == 0 and screen.name.currentText() == ""


def test_wrong_passphrase_says_one_sentence_then_unlocks(desk_app, qtbot):
    """A wrong passphrase: one sentence, the store still closed; the right one opens it."""
    screen = desk_app.lock_screen
    sign_in(qtbot, screen, "Fatima", "not the passphrase")
    qtbot.waitUntil(lambda: screen.problem.isVisible(), timeout=20000)
    assert screen.problem.text() == ("This name and passphrase do not open the desk; "
                                     "check them and try again.")
    assert not desk_app.tasks.is_ready and desk_app.store_problem is None
    assert screen.passphrase.text() == ""
    window = unlocked(qtbot, desk_app)
    assert "Secret desk name" in window.windowTitle()
    assert desk_app.lock.who.text() == "Signed in: Fatima (coordinator)"


def test_second_wrong_try_waits_with_the_input_disabled(desk_app, qtbot):
    """From the second wrong try in a row the answer waits, and the fields wait too."""
    screen = desk_app.lock_screen
    for _ in range(2):
        qtbot.waitUntil(lambda: screen.passphrase.isEnabled(), timeout=20000)
        sign_in(qtbot, screen, "Fatima", "wrong wrong")
        qtbot.waitUntil(lambda: not screen.passphrase.isEnabled(), timeout=5000)
    qtbot.waitUntil(lambda: "second" in screen.status.text(), timeout=20000)
    assert not screen.passphrase.isEnabled() and not screen.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: screen.passphrase.isEnabled(), timeout=20000)


@pytest.fixture
def unlocked_app(desk_app, qtbot):
    """The app unlocked by Fatima, the main window active."""
    window = unlocked(qtbot, desk_app)
    window.activateWindow()
    qtbot.waitActive(window)
    return desk_app


def type_a_visit(qtbot, desk) -> None:
    """Start a visit on the intake form: a question and a note, not saved."""
    form = desk.intake.form
    qtbot.keyClicks(form.questions.filter, "itsme")
    qtbot.keyClick(form.questions.filter, Qt.Key.Key_Return)
    click(qtbot, form.details_button)
    qtbot.keyClicks(form.details.note, "half-typed story")


def assert_locked(desk) -> None:
    window = desk.main_window
    assert desk.lock.is_locked
    assert window.windowTitle() == "Helpdesk"
    assert not window.content.isVisible() and not window.statusBar().isVisible()
    assert desk.lock.screen.isVisible()


def test_idle_lock_keeps_what_was_typed(unlocked_app, qtbot):
    """After the idle time the desk locks; once unlocked, the half-typed visit is still there."""
    desk = unlocked_app
    type_a_visit(qtbot, desk)
    desk.lock.set_idle_ms(150)
    qtbot.waitUntil(lambda: desk.lock.is_locked, timeout=5000)
    assert_locked(desk)
    sign_in(qtbot, desk.lock.screen, "Fatima", PASS)
    qtbot.waitUntil(lambda: not desk.lock.is_locked, timeout=20000)
    assert desk.main_window.content.isVisible()
    assert desk.intake.form.details.note.toPlainText() == "half-typed story"
    assert "Secret desk name" in desk.main_window.windowTitle()


def test_ctrl_l_and_the_lock_button(unlocked_app, qtbot):
    """Ctrl+L locks; so does the Lock button."""
    desk = unlocked_app
    qtbot.keyClick(desk.main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked(desk)
    sign_in(qtbot, desk.lock.screen, "Fatima", PASS)
    qtbot.waitUntil(lambda: not desk.lock.is_locked, timeout=20000)
    click(qtbot, desk.lock.bar.lock_button)
    assert_locked(desk)


def set_pin(qtbot, desk, pin: str) -> None:
    click(qtbot, desk.lock.bar.pin_button)
    dialog = desk.lock.pin_dialog
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClicks(dialog.again, pin)
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_pin_unlocks_and_five_wrong_need_the_passphrase(unlocked_app, qtbot):
    """The PIN unlocks the same person quickly; five wrong PINs, then only the passphrase."""
    desk = unlocked_app
    set_pin(qtbot, desk, "2468")
    type_a_visit(qtbot, desk)
    desk.lock.lock()
    screen = desk.lock.screen
    assert screen.mode == "pin" and screen.pin.isVisible() and not screen.passphrase.isVisible()
    qtbot.keyClicks(screen.pin, "2468")
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    assert not desk.lock.is_locked
    assert desk.intake.form.details.note.toPlainText() == "half-typed story"

    desk.lock.lock()
    for _ in range(5):
        qtbot.waitUntil(lambda: screen.pin.isEnabled() or screen.mode != "pin", timeout=20000)
        if screen.mode != "pin":
            break
        qtbot.keyClicks(screen.pin, "1111")
        qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    assert screen.mode == "passphrase" and screen.passphrase.isVisible()
    assert screen.problem.text() == "Five wrong PINs: please sign in with your passphrase."
    desk.lock.screen.pin_entered.emit("2468")  # the right PIN no longer opens it
    assert desk.lock.is_locked


def test_another_person_takes_over(unlocked_app, qtbot):
    """Jan (a volunteer) unlocks with his passphrase: the services act as him, the form stays,
    and Reports and Settings are not offered to him."""
    desk = unlocked_app
    set_pin(qtbot, desk, "2468")
    type_a_visit(qtbot, desk)
    window = desk.main_window
    assert window.tabs.isTabVisible(window.tabs.indexOf(window._slots["settings"]))
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    screen = desk.lock.screen
    click(qtbot, screen.switch_button)  # "Sign in with a passphrase"
    sign_in(qtbot, screen, "Jan", JAN_PASS)
    qtbot.waitUntil(lambda: not desk.lock.is_locked, timeout=20000)
    assert desk.lock.account.name == "Jan" and desk.ctx.account.role == "volunteer"
    seen = []
    desk.tasks.write(lambda s: s.signed_in.account.name, seen.append)
    qtbot.waitUntil(lambda: seen == ["Jan"], timeout=10000)
    assert desk.lock.who.text() == "Signed in: Jan (volunteer)"
    assert desk.intake.form.details.note.toPlainText() == "half-typed story"
    for name in ("reports", "settings"):
        assert not window.tabs.isTabVisible(window.tabs.indexOf(window._slots[name]))
    assert desk.lock.pin is None  # Fatima's PIN went with her
    filters = window.named_screen("visits").filters
    assert filters.today_button.isChecked() and filters.today_button.isEnabled()
    assert not filters.week_button.isEnabled() and not filters.date_from.isEnabled()
    desk.lock.lock()
    assert desk.lock.screen.mode == "passphrase"


def test_other_windows_hidden_while_locked(unlocked_app, qtbot):
    """A dialog open at the lock is hidden with the desk and shown again after."""
    desk = unlocked_app
    click(qtbot, desk.lock.bar.pin_button)
    dialog = desk.lock.pin_dialog
    assert dialog.isVisible()
    desk.lock.lock()
    assert not dialog.isVisible()
    assert all(not w.isVisible() or w in (desk.main_window,)
               for w in QApplication.topLevelWidgets())
    sign_in(qtbot, desk.lock.screen, "Fatima", PASS)
    qtbot.waitUntil(lambda: not desk.lock.is_locked, timeout=20000)
    assert dialog.isVisible()


def test_idle_minutes_in_settings(unlocked_app, qtbot):
    """A coordinator sets the idle minutes in Settings: stored, audited, and the lock follows;
    staff see the box (and the desk's own settings) disabled with a sentence why."""
    desk = unlocked_app
    window = desk.main_window
    window.show_screen("settings")
    settings = window.named_screen("settings")
    from helpdesk.ui.lock_setting import LockSettingBox

    box = settings.findChild(LockSettingBox)
    qtbot.waitUntil(lambda: box.minutes.isEnabled(), timeout=10000)
    assert box.minutes.value() == 5 and desk.lock.idle.interval() == 5 * 60_000
    box.minutes.selectAll()
    qtbot.keyClicks(box.minutes, "12")
    qtbot.keyClick(box.minutes, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.lock.idle.interval() == 12 * 60_000, timeout=10000)
    seen = []
    desk.tasks.write(lambda s: (s.lock.idle_minutes(),
                                [e.action for e in s.audit.entries()][-1]), seen.append)
    qtbot.waitUntil(lambda: seen == [(12, "settings changed")], timeout=10000)

    desk.lock.lock()
    sign_in(qtbot, desk.lock.screen, "Sam", SAM_PASS)
    qtbot.waitUntil(lambda: not desk.lock.is_locked, timeout=20000)
    assert window.tabs.isTabVisible(window.tabs.indexOf(window._slots["settings"]))
    assert not box.minutes.isEnabled() and not settings.desk_box.isEnabled()
    assert box.toolTip() == "Only a coordinator can change this."
    assert settings.helpers.isEnabled()  # staff keep the helpers and the spots


def test_the_lock_screen_speaks_the_desks_language_from_the_second_start(
        protected_desk, qtbot, monkeypatch):
    """The settings are inside the encrypted store: the first start can only follow the
    computer (English here); once unlocked, the desk's French is kept beside the store
    (owner-only, two letters) and the next start's lock screen speaks it."""
    from helpdesk import app
    from helpdesk.app import DeskApp
    from helpdesk.core.desk_language import LANGUAGE_FILE

    services = Services.open(protected_desk, staff="Fatima", passphrase=PASS)
    services.desk.update_settings(language="fr")
    services.close()
    monkeypatch.setattr(app, "system_language", lambda: "en")

    first = DeskApp(protected_desk)
    first.start()
    assert first.lock_screen.title.text() == "Locked"
    unlocked(qtbot, first)
    qtbot.waitUntil(lambda: first.ctx.language == "fr")
    first.close()
    kept = protected_desk / LANGUAGE_FILE
    assert kept.read_bytes() == b"fr" and kept.stat().st_mode & 0o077 == 0

    second = DeskApp(protected_desk)
    second.start()
    try:
        assert second.lock_screen.title.text() == "Verrouillé"
    finally:
        second.close()
