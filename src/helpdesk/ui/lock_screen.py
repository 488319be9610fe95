"""The lock screen: a name and a passphrase (or, for a quick return, the same person's PIN).

It shows nothing of the desk: no desk name, no visit, not in the window title either. It
only asks and says; checking happens elsewhere, off the GUI thread (Argon2id takes half a
second), and the screen waits with its fields disabled, never frozen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helpdesk.ui.feedback import error_label, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.widgets import TOUCH_STYLE, primary_button

PASSPHRASE, PIN = "passphrase", "pin"


class LockScreen(FollowsLanguage, QWidget):
    """Asks who is there; emits what they typed, then waits to be told how it went."""

    passphrase_entered = Signal(str, str)  # name, passphrase
    pin_entered = Signal(str)

    def __init__(self, accounts: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = PASSPHRASE
        self._pin_name = ""
        self._waiting = 0  # seconds left before the next try is allowed
        self._checking = False
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(wordWrap=True)
        self.name = QComboBox()
        self.name.setEditable(True)  # typed (a key file of the first format also lists names)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        name_line = self.name.lineEdit()
        assert name_line is not None  # an editable combo box has one
        name_line.setMaxLength(80)
        name_line.returnPressed.connect(self._after_name)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        for field in (self.name, self.passphrase, self.pin):
            field.setMinimumHeight(36)
            field.setMinimumWidth(280)
        self.labels = {key: QLabel() for key in ("name", "passphrase", "pin")}
        self.labels["name"].setBuddy(self.name)
        self.labels["passphrase"].setBuddy(self.passphrase)
        self.labels["pin"].setBuddy(self.pin)
        self.problem = error_label()
        self.status = QLabel(wordWrap=True)
        self.status.setStyleSheet("color: #52606d;")
        self.unlock_button = primary_button()
        self.unlock_button.setStyleSheet(TOUCH_STYLE)
        self.unlock_button.setMinimumWidth(160)
        self.switch_button = QPushButton()  # PIN mode: "Sign in with a passphrase"
        self.switch_button.setMinimumHeight(36)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._build()
        self.set_accounts(accounts)
        self.unlock_button.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)
        self.pin.returnPressed.connect(self.submit)
        self.switch_button.clicked.connect(lambda: self.ask_passphrase())
        self.retranslate()
        self._show_mode()

    def _build(self) -> None:
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(self.labels["name"], self.name)
        self.form.addRow(self.labels["passphrase"], self.passphrase)
        self.form.addRow(self.labels["pin"], self.pin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        card = QWidget()
        card.setMaximumWidth(560)
        inner = QVBoxLayout(card)
        inner.addWidget(self.title)
        inner.addWidget(self.intro)
        inner.addSpacing(12)
        inner.addLayout(self.form)
        inner.addWidget(self.problem)
        inner.addWidget(self.status)
        inner.addSpacing(8)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        QWidget.setTabOrder(self.name, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.pin)
        QWidget.setTabOrder(self.pin, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.switch_button)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle("Helpdesk")  # nothing of the desk, not even its name
        self.title.setText(self.tr("Locked"))
        if self.mode == PIN:
            self.intro.setText(self.tr(
                "Welcome back, {name}. Type your PIN to carry on, or sign in with a "
                "passphrase.").format(name=self._pin_name))
        else:
            self.intro.setText(self.tr(
                "Helpdesk is locked so that nobody else can read the visits. "
                "Type your name, then your passphrase."))
        self.labels["name"].setText(self.tr("&Name"))
        self.labels["passphrase"].setText(self.tr("&Passphrase"))
        self.labels["pin"].setText(self.tr("P&IN"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.switch_button.setText(self.tr("Sign in with a pass&phrase"))
        self._show_wait()

    # -- what the app tells the screen ---------------------------------------------------

    def set_accounts(self, names: tuple[str, ...]) -> None:
        """The names to choose from (typing another one works too)."""
        typed = self.name.currentText()
        self.name.clear()
        self.name.addItems(list(names))
        self.name.setEditText(typed if typed else (names[0] if len(names) == 1 else ""))

    def ask_passphrase(self, name: str | None = None) -> None:
        """Ask for a name and a passphrase (the start, a take-over, or after five wrong PINs)."""
        self.mode = PASSPHRASE
        if name is not None:
            self.name.setEditText(name)
        self.passphrase.clear()
        self.pin.clear()
        self._show_mode()
        self.retranslate()
        self._focus_first()

    def ask_pin(self, name: str) -> None:
        """Ask ``name`` for their PIN (they may switch to a passphrase, or someone else may)."""
        self.mode = PIN
        self._pin_name = name
        self.passphrase.clear()
        self.pin.clear()
        show_error(self.problem, "")
        self._show_mode()
        self.retranslate()
        self._focus_first()

    def checking(self) -> None:
        """The answer is being checked: the fields wait (the window stays alive)."""
        self._checking = True
        show_error(self.problem, "")
        self._enable()
        self.status.setText(self.tr("Checking…"))

    def wait_before_answer(self, seconds: float) -> None:
        """Wrong tries in a row: the answer (and the next try) comes after ``seconds``."""
        self._waiting = max(self._waiting, int(round(seconds)))
        if self._waiting and not self._tick.isActive():
            self._tick.start()
        self._show_wait()

    def refused(self, sentence: str) -> None:
        """Say why it did not open, in one sentence, and let them try again."""
        self._checking = False
        show_error(self.problem, sentence)
        self.passphrase.clear()
        self.pin.clear()
        self._enable()
        self._show_wait()
        self._focus_first()

    def unlocked(self) -> None:
        """It opened: forget what was typed."""
        self._checking = False
        self.passphrase.clear()
        self.pin.clear()
        show_error(self.problem, "")
        self.status.clear()
        self._enable()

    # -- internals ---------------------------------------------------------------------

    def submit(self) -> None:
        """Send what was typed (Enter in a field, or the Unlock button)."""
        if self._checking or self._waiting:
            return
        if self.mode == PIN:
            if self.pin.text():
                self.pin_entered.emit(self.pin.text())
            else:
                self.pin.setFocus()
            return
        name = self.name.currentText().strip()
        if not name:
            show_error(self.problem, self.tr("Type your name first."))
            self.name.setFocus()
        elif not self.passphrase.text():
            show_error(self.problem, self.tr("Type your passphrase."))
            self.passphrase.setFocus()
        else:
            self.passphrase_entered.emit(name, self.passphrase.text())

    def _after_name(self) -> None:
        self.passphrase.setFocus()

    def _show_mode(self) -> None:
        pin = self.mode == PIN
        for widget in (self.labels["pin"], self.pin, self.switch_button):
            widget.setVisible(pin)
        asked: tuple[QWidget, ...] = (self.labels["name"], self.name, self.labels["passphrase"],
                                      self.passphrase)
        for field in asked:
            field.setVisible(not pin)
        self._enable()

    def _enable(self) -> None:
        # Disabled while checking or waiting: a key pressed then does nothing, harmlessly.
        free = not self._checking and not self._waiting
        for widget in (self.name, self.passphrase, self.pin, self.unlock_button,
                       self.switch_button):
            widget.setEnabled(free)

    def _focus_first(self) -> None:
        if self.mode == PIN:
            self.pin.setFocus()
        elif self.name.currentText().strip():
            self.passphrase.setFocus()
        else:
            self.name.setFocus()

    def _count_down(self) -> None:
        self._waiting = max(0, self._waiting - 1)
        if not self._waiting:
            self._tick.stop()
            self._enable()
            if not self._checking:
                self._focus_first()
        self._show_wait()

    def _show_wait(self) -> None:
        if self._waiting:
            self.status.setText(self.tr(
                "After several wrong tries, Helpdesk waits a little longer each time: "
                "%n second(s) left.", "", self._waiting))
        elif self._checking:
            self.status.setText(self.tr("Checking…"))
        else:
            self.status.clear()
        self._enable()
