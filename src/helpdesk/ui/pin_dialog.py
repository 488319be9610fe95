"""Setting a quick PIN: typed twice, kept only in memory while Helpdesk runs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from helpdesk.ui.feedback import error_label, show_error


class PinDialog(QDialog):
    """Asks the person signed in for a new PIN, twice."""

    chosen = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick PIN"))
        self.intro = QLabel(self.tr(
            "{name}, with a PIN you can come back quickly after Helpdesk locks. It works "
            "only for you and only until Helpdesk closes; after five wrong tries your "
            "passphrase is needed.").format(name=name), wordWrap=True)
        self.pin, self.again = QLineEdit(), QLineEdit()
        for field in (self.pin, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
            field.setMinimumHeight(32)
        self.error = error_label()
        form = QFormLayout()
        pin_label = QLabel(self.tr("&PIN (4 to 12 digits)"))
        again_label = QLabel(self.tr("PIN &again"))
        pin_label.setBuddy(self.pin)
        again_label.setBuddy(self.again)
        form.addRow(pin_label, self.pin)
        form.addRow(again_label, self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set PIN"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def problem(self, pin: str, again: str) -> str:
        """A sentence saying what is wrong with a new PIN, or '' when it is fine."""
        if not (pin.isdigit() and 4 <= len(pin) <= 12):
            return self.tr("A PIN is 4 to 12 digits.")
        if pin != again:
            return self.tr("The two PINs are not the same; type them again.")
        return ""

    def _check(self) -> None:
        problem = self.problem(self.pin.text(), self.again.text())
        if problem:
            show_error(self.error, problem)
            self.pin.clear()
            self.again.clear()
            self.pin.setFocus()
            return
        self.chosen.emit(self.pin.text())
        self.accept()


