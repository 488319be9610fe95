"""Locking the running desk: after an idle time, on Ctrl+L or the Lock button, and when the
computer's session locks (where Qt can tell); unlocking with a passphrase, a quick PIN, or by
another staff member taking over.

The main window's content is covered, never destroyed: what was typed on a form is there
again after the unlock. The passphrase is checked on the writer thread (Argon2id takes half a
second); the PIN in memory (scrypt of it, never written anywhere, gone when the app closes).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

from helpdesk.core.access import Account
from helpdesk.core.errors import QT_TRANSLATE_NOOP
from helpdesk.ui.feedback import error_sentence
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.lock_screen import LockScreen
from helpdesk.ui.tasks import Tasks

if TYPE_CHECKING:
    from helpdesk.ui.main_window import MainWindow

PIN_TRIES = 5
DEFAULT_IDLE_MS = 5 * 60 * 1000
ROLE_NAMES = {
    "volunteer": QT_TRANSLATE_NOOP("DeskLock", "volunteer"),
    "staff": QT_TRANSLATE_NOOP("DeskLock", "staff"),
    "coordinator": QT_TRANSLATE_NOOP("DeskLock", "coordinator"),
}
# What counts as someone at the keyboard: the idle clock starts again on each of these.
ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
            QEvent.Type.Wheel, QEvent.Type.TouchBegin}



class QuickPin:
    """A PIN kept only as a salted scrypt hash, in memory, for one account and one run."""

    def __init__(self, staff_id: str, pin: str) -> None:
        self.staff_id = staff_id
        self._salt = os.urandom(16)
        self._hash = self._derive(pin)
        self.tries_left = PIN_TRIES

    def _derive(self, pin: str) -> bytes:
        # scrypt (stdlib, OpenSSL): ~30 ms here, so a memory dump of a running app does not
        # hand the PIN over at once; five tries then the passphrase bound the guessing.
        return hashlib.scrypt(pin.encode(), salt=self._salt, n=2 ** 14, r=8, p=1, dklen=32)

    def matches(self, pin: str) -> bool:
        """Whether ``pin`` is the one set (a wrong one uses up a try)."""
        if self.tries_left <= 0:
            return False
        if hmac.compare_digest(self._derive(pin), self._hash):
            self.tries_left = PIN_TRIES
            return True
        self.tries_left -= 1
        return False


class SessionLockWatch(QObject):
    """Tells when the computer's session locks, where Qt can hear it (D-Bus on Linux)."""

    session_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening = False
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a build of Qt without D-Bus (Windows, macOS)
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        # The freedesktop screen saver (KDE, GNOME, Xfce, Cinnamon…) says when it activates;
        # GNOME also says it under its own name.
        for service, path, interface in (
                ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                 "org.freedesktop.ScreenSaver"),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver")):
            if bus.connect(service, path, interface, "ActiveChanged", self,
                           b"1on_active_changed(bool)"):
                self.listening = True

    @Slot(bool)
    def on_active_changed(self, active: bool) -> None:
        """The screen saver (the session lock) turned on or off."""
        if active:
            self.session_locked.emit()


class LockBar(FollowsLanguage, QWidget):
    """The Lock button and the "Quick PIN…" button, at the end of the tab bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pin_button = QPushButton()
        self.lock_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 8, 2)
        layout.addWidget(self.pin_button)
        layout.addWidget(self.lock_button)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.lock_button.setText(self.tr("&Lock"))
        self.lock_button.setToolTip(self.tr("Lock Helpdesk now (Ctrl+L); what you typed stays."))
        self.pin_button.setText(self.tr("Quick PIN…"))
        self.pin_button.setToolTip(self.tr(
            "Set a PIN to unlock faster while Helpdesk stays open; it is forgotten when "
            "Helpdesk closes."))


class DeskLock(QObject):
    """Locks and unlocks one main window for the people with an account at this desk."""

    locked = Signal()
    unlocked = Signal()
    account_changed = Signal(object)  # the Account signed in now (after a take-over)
    _wait = Signal(float)  # from the writer thread: the growing delay has started

    def __init__(self, window: MainWindow, tasks: Tasks, account: Account,
                 accounts: tuple[str, ...], idle_ms: int = DEFAULT_IDLE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.account = account
        self._tasks = tasks
        self.pin: QuickPin | None = None
        self.screen = LockScreen(accounts)
        self.bar = LockBar()
        window.set_corner(self.bar)
        self.who = QLabel()
        window.statusBar().addPermanentWidget(self.who)
        self._hidden_windows: list[QWidget] = []
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_ms)
        self.idle.timeout.connect(self.lock)
        self.idle.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.shortcut = QShortcut(QKeySequence("Ctrl+L"), window)
        self.shortcut.activated.connect(self.lock)
        self.bar.lock_button.clicked.connect(self.lock)
        self.bar.pin_button.clicked.connect(self.ask_new_pin)
        self.screen.passphrase_entered.connect(self._check_passphrase)
        self.screen.pin_entered.connect(self._check_pin)
        self._wait.connect(self.screen.wait_before_answer)
        self.session_watch = SessionLockWatch(self)
        self.session_watch.session_locked.connect(self.lock)
        self._show_who()

    def stop(self) -> None:
        """Stop watching for idleness (the app is closing)."""
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @property
    def is_locked(self) -> bool:
        """True while the lock screen covers the desk."""
        return self.window.covered

    def set_idle_minutes(self, minutes: int) -> None:
        """Lock after ``minutes`` without a key or a click (the desk's setting)."""
        self.set_idle_ms(minutes * 60 * 1000)

    def set_idle_ms(self, ms: int) -> None:
        """Lock after ``ms`` milliseconds idle (tests use a short one)."""
        self.idle.setInterval(ms)
        if not self.is_locked:
            self.idle.start()

    # -- locking -----------------------------------------------------------------------

    def lock(self) -> None:
        """Cover the desk with the lock screen (the same person's PIN, if they set one)."""
        if self.is_locked:
            return
        self.idle.stop()
        # Other windows of the app (a dialog, a message) would show the desk's data: they
        # are hidden with it and shown again after the unlock.
        self._hidden_windows = [w for w in QApplication.topLevelWidgets()
                                if w.isVisible() and w is not self.window]
        for other in self._hidden_windows:
            other.hide()
        self.window.cover(self.screen)
        if self.pin is not None and self.pin.tries_left > 0:
            self.screen.ask_pin(self.account.name)
        else:
            self.screen.ask_passphrase(self.account.name)
        self.locked.emit()

    def _unlock(self) -> None:
        self.screen.unlocked()
        self.window.uncover()
        for other in self._hidden_windows:
            other.show()
        self._hidden_windows = []
        self.idle.start()
        self.unlocked.emit()

    # -- unlocking ---------------------------------------------------------------------

    def _check_passphrase(self, name: str, passphrase: str) -> None:
        self.screen.checking()
        wait = self._wait

        def sleep(seconds: float) -> None:  # on the writer thread
            if seconds > 0:
                wait.emit(seconds)
            time.sleep(seconds)

        self._tasks.write(lambda s: s.lock.unlock(name, passphrase, sleep=sleep),
                          self._passphrase_opened,
                          lambda error: self.screen.refused(error_sentence(error)))

    def _passphrase_opened(self, account: Account) -> None:
        if account.staff_id != self.account.staff_id:
            # Another person takes over: the PIN was the previous person's, it goes.
            self.pin = None
            self.account = account
            self._show_who()
            self.account_changed.emit(account)
        elif self.pin is not None:
            self.pin.tries_left = PIN_TRIES
        self._unlock()

    def _check_pin(self, pin: str) -> None:
        quick = self.pin
        if quick is None or quick.tries_left <= 0:
            self.screen.ask_passphrase(self.account.name)
            return
        if quick.matches(pin):
            self._unlock()
            return
        if quick.tries_left <= 0:
            self.screen.ask_passphrase(self.account.name)
            self.screen.refused(self.tr("Five wrong PINs: please sign in with your passphrase."))
            return
        # The same growing delay as wrong passphrases: 0, 1, 2, 4 … seconds.
        wrong = PIN_TRIES - quick.tries_left
        delay = 0 if wrong <= 1 else 2 ** (wrong - 2)
        self.screen.refused(self.tr("This PIN is not right; try again, or sign in with a "
                                    "passphrase."))
        if delay:
            self.screen.wait_before_answer(delay)

    # -- the PIN -----------------------------------------------------------------------

    def ask_new_pin(self) -> None:
        """Open the dialog where the person signed in sets their quick PIN."""
        from helpdesk.ui.pin_dialog import PinDialog

        dialog = PinDialog(self.account.name, self.window)
        dialog.chosen.connect(self.set_pin)
        dialog.open()
        self.pin_dialog = dialog

    def set_pin(self, pin: str) -> None:
        """Remember ``pin`` (hashed, in memory) for the person signed in now."""
        self.pin = QuickPin(self.account.staff_id, pin)

    # -- who is signed in ----------------------------------------------------------------

    def _show_who(self) -> None:
        role = self.tr(ROLE_NAMES[self.account.role])
        self.who.setText(self.tr("Signed in: {name} ({role})").format(
            name=self.account.name, role=role))

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self._show_who()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in ACTIVITY and not self.is_locked and self.idle.isActive():
            self.idle.start()  # someone is there: the idle clock starts again
        elif event.type() == QEvent.Type.LanguageChange and watched is self.window:
            self._show_who()
        return False
