"""Protecting a desk from the GUI: the banner of an unprotected desk and its dialog, the
first run's coordinator, and the recovery code shown once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_support import click

from helpdesk.core.records import StartupState
from helpdesk.core.taxonomy_file import default_taxonomy
from helpdesk.store.cipher import is_encrypted
from helpdesk.ui.context import UiContext
from helpdesk.ui.first_run import FirstRunPage
from helpdesk.ui.tasks import Tasks

PASS = "a long enough passphrase"


@pytest.fixture
def plain_app(qtbot, data_dir, ready_services, cheap_argon2):
    """The real app on a desk without accounts (its writer thread real)."""
    from helpdesk.app import DeskApp

    ready_services.close()
    desk = DeskApp(data_dir)
    desk.start()
    qtbot.waitUntil(lambda: desk.tasks.is_ready, timeout=20000)
    yield desk
    desk.close()


def keep_code(qtbot, dialog) -> None:
    """Tick "I have kept it" and close, checking it cannot close before."""
    assert not dialog.close_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Escape does not skip the code
    qtbot.keyClick(dialog.kept, Qt.Key.Key_Space)  # the box, with the keyboard
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()


def test_banner_and_its_dialog_protect_the_desk(plain_app, data_dir, qtbot):
    """The banner opens the dialog; a short passphrase gets a sentence next to the field; a
    good one encrypts the store, shows the code once, and the lock guards the window."""
    desk = plain_app
    banner = desk.banner
    assert banner.isVisible()
    assert banner.text.text() == ("This desk is not protected: anyone at this PC can read "
                                  "the visits.")
    assert desk.lock is None
    click(qtbot, banner.button)
    dialog = desk.protect_dialog
    fields = dialog.fields
    qtbot.keyClicks(fields.name, "Fatima")
    qtbot.keyClicks(fields.passphrase, "short")
    qtbot.keyClicks(fields.again, "short")
    qtbot.keyClick(fields.again, Qt.Key.Key_Return)
    assert fields.errors["passphrase"].isVisible()
    assert "at least 8 characters" in fields.errors["passphrase"].text()
    assert not is_encrypted(data_dir / "helpdesk.db")
    fields.passphrase.clear()
    fields.again.clear()
    qtbot.keyClicks(fields.passphrase, PASS)
    qtbot.keyClicks(fields.again, PASS + "x")
    qtbot.keyClick(fields.again, Qt.Key.Key_Return)
    assert fields.errors["again"].isVisible()
    fields.again.clear()
    qtbot.keyClicks(fields.again, PASS)
    qtbot.keyClick(fields.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(desk, "recovery_dialog", None) is not None, timeout=30000)
    code = desk.recovery_dialog
    assert len(code.code.replace("-", "")) >= 32
    keep_code(qtbot, code)
    assert is_encrypted(data_dir / "helpdesk.db")
    assert desk.banner is None and desk.lock is not None
    assert desk.lock.who.text() == "Signed in: Fatima (coordinator)"
    seen = []
    desk.tasks.read(lambda s: len(s.desk.spots()), seen.append)  # readers work after it
    qtbot.waitUntil(lambda: seen == [1], timeout=10000)


def test_first_run_sets_up_the_coordinator(services, qtbot, cheap_argon2, data_dir):
    """The first run asks for the coordinator too; Start protects the desk and shows the code."""
    ctx = UiContext("en", default_taxonomy(), StartupState(settings=None))
    page = FirstRunPage(ctx, Tasks(lambda: services, synchronous=True))
    qtbot.addWidget(page)
    page.resize(1000, 680)
    page.show()
    qtbot.keyClicks(page.desk_name, "EPN Anderlecht")
    qtbot.keyClicks(page.spot_name, "Salle informatique")
    qtbot.keyClicks(page.helpers, "Amina")
    click(qtbot, page.start_button)
    assert page.coordinator.errors["name"].isVisible()  # the coordinator is not optional
    assert not is_encrypted(data_dir / "helpdesk.db")
    qtbot.keyClicks(page.coordinator.name, "Amina")
    qtbot.keyClicks(page.coordinator.passphrase, PASS)
    qtbot.keyClicks(page.coordinator.again, PASS)
    with qtbot.waitSignal(page.finished, timeout=10000, raising=False) as finished:
        click(qtbot, page.start_button)
        keep_code(qtbot, page.recovery_dialog)
    assert finished.signal_triggered
    assert is_encrypted(data_dir / "helpdesk.db")
    assert page.account is not None and page.account.role == "coordinator"
    assert services.signed_in.account.name == "Amina"
