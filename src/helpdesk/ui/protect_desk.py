"""Protecting a desk: the first coordinator's name and passphrase, the encryption of the store
as a long job, and the recovery code shown once.

Used by the banner of an unprotected desk and by the first-run page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helpdesk.core.access import Account
from helpdesk.core.errors import InputError
from helpdesk.ui.feedback import error_label, error_sentence, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.tasks import Tasks
from helpdesk.ui.widgets import primary_button

MIN_PASSPHRASE = 8  # the services check it too (services.accounts.check_passphrase)



class NotProtectedBanner(FollowsLanguage, QFrame):
    """A calm, permanent line: this desk has no accounts, anyone here can read the visits."""

    protect_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notProtected")
        # Soft amber: to be noticed, not alarming; text contrast well above 4.5:1.
        self.setStyleSheet("QFrame#notProtected { background: #fff4ce; "
                           "border-bottom: 1px solid #e0c36c; } "
                           "QFrame#notProtected QLabel { color: #3b2f00; }")
        self.text = QLabel(wordWrap=True)
        self.button = QPushButton()
        self.button.setMinimumHeight(32)
        self.button.clicked.connect(self.protect_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.text.setText(self.tr("This desk is not protected: anyone at this PC can read the "
                                  "visits."))
        self.button.setText(self.tr("&Protect this desk…"))


class CoordinatorFields(FollowsLanguage, QWidget):
    """Name, passphrase and the passphrase again, each with its sentence next to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setMaxLength(80)
        self.passphrase, self.again = QLineEdit(), QLineEdit()
        for field in (self.passphrase, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(1024)
        for field in (self.name, self.passphrase, self.again):
            field.setMinimumHeight(36)
        self.labels = {key: QLabel() for key in ("name", "passphrase", "again")}
        self.errors = {key: error_label() for key in ("name", "passphrase", "again")}
        self.hint = QLabel(wordWrap=True)
        self.hint.setStyleSheet("color: #52606d;")
        # Each label above its field, sentences full width below it: a two-column form in a
        # dialog squeezed the wrapped sentences at 150 % text.
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        for key, field in (("name", self.name), ("passphrase", self.passphrase),
                           ("again", self.again)):
            if key != "name":
                column.addSpacing(6)
            column.addWidget(self.labels[key])
            column.addWidget(field)
            self.labels[key].setBuddy(field)
            if key == "passphrase":
                column.addWidget(self.hint)
            column.addWidget(self.errors[key])
        QWidget.setTabOrder(self.name, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.again)
        self.name.returnPressed.connect(self.passphrase.setFocus)
        self.passphrase.returnPressed.connect(self.again.setFocus)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.labels["name"].setText(self.tr("C&oordinator's name"))
        self.labels["passphrase"].setText(self.tr("Pass&phrase"))
        self.labels["again"].setText(self.tr("Passphrase a&gain"))
        self.hint.setText(self.tr("At least {count} characters; a few words you will remember "
                                  "work well.").format(count=MIN_PASSPHRASE))

    def checked(self) -> tuple[str, str] | None:
        """The name and passphrase, or None after saying next to the fields what is wrong."""
        for label in self.errors.values():
            show_error(label, "")
        name, passphrase = self.name.text().strip(), self.passphrase.text()
        problems: dict[str, str] = {}
        if not name:
            problems["name"] = self.tr("Type the name of the coordinator of this desk.")
        if len(passphrase) < MIN_PASSPHRASE:
            problems["passphrase"] = self.tr("A passphrase needs at least {count} characters; "
                                             "choose a longer one.").format(count=MIN_PASSPHRASE)
        elif passphrase != self.again.text():
            problems["again"] = self.tr("The two passphrases are not the same; type them again.")
        for key, sentence in problems.items():
            show_error(self.errors[key], sentence)
        if problems:
            {"name": self.name, "passphrase": self.passphrase,
             "again": self.again}[next(iter(problems))].setFocus()
            return None
        return name, passphrase

    def show_failure(self, error) -> bool:
        """Show a service's InputError next to its field; False when it is not about one."""
        if isinstance(error, InputError) and error.field in ("passphrase", "name"):
            show_error(self.errors[error.field], error_sentence(error))
            return True
        return False


def protect(tasks: Tasks, name: str, passphrase: str, on_done, on_error) -> None:
    """Encrypt the store with ``name`` as its first coordinator, with no reader at work.

    ``on_done`` receives (recovery code, the coordinator's Account).
    """
    tasks.drained(lambda s: (s.protect(name, passphrase), s.signed_in.account),
                  lambda result: on_done(*result), on_error)


class ProtectDialog(QDialog):
    """Creates the first coordinator and encrypts the desk's data in place."""

    protected = Signal(str, object)  # the recovery code, the coordinator's Account

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._busy = False
        self.setWindowTitle(self.tr("Protect this desk"))
        self.intro = QLabel(wordWrap=True)
        self.intro.setText(self.tr(
            "Protecting the desk encrypts its data on this computer. From then on, Helpdesk "
            "starts locked and each person signs in with their own name and passphrase. "
            "You become its first coordinator and can add the others in Settings."))
        self.fields = CoordinatorFields()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # no count to show: SQLite copies the file in one go
        self.progress.hide()
        self.status = QLabel(wordWrap=True)
        self.problem = error_label()
        self.protect_button = primary_button(self.tr("P&rotect"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.protect_button.setDefault(True)
        self.protect_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        self.fields.again.returnPressed.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.protect_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.fields)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.fit()

    def fit(self) -> None:
        """Grow to what the wrapped sentences need at this width (they come and go)."""
        layout = self.layout()
        if layout is not None:
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def start(self) -> None:
        """Check the fields, then protect the desk in the background."""
        if self._busy:
            return
        show_error(self.problem, "")
        answer = self.fields.checked()
        if answer is None:
            self.fit()
            return
        self._busy = True
        for widget in (self.fields, self.protect_button, self.cancel_button):
            widget.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Encrypting the desk's data… Keep Helpdesk open; on a large "
                                    "desk this takes a minute."))
        protect(self._tasks, *answer, self._done, self._failed)

    def reject(self) -> None:  # noqa: D102 - not while the data is being encrypted
        if not self._busy:
            super().reject()

    def _done(self, code: str, account: Account) -> None:
        self._busy = False
        self.accept()
        self.protected.emit(code, account)

    def _failed(self, error) -> None:
        self._busy = False
        self.progress.hide()
        self.status.clear()
        for widget in (self.fields, self.protect_button, self.cancel_button):
            widget.setEnabled(True)
        if not self.fields.show_failure(error):
            show_error(self.problem, error_sentence(error))
        self.fit()


class RecoveryCodeDialog(QDialog):
    """Shows the recovery code once; closes only after "I have kept it"."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setWindowTitle(self.tr("Recovery code"))
        self.intro = QLabel(wordWrap=True)
        self.intro.setText(self.tr(
            "Print this code or write it down, and keep it locked away in the office. If a "
            "passphrase is forgotten, this code sets a new one. Helpdesk shows it only this "
            "once."))
        self.code_label = QLabel(code)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QFont().pointSizeF() * 1.4)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setWordWrap(True)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setStyleSheet("padding: 12px; border: 1px solid #9aa5b1;")
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.kept = QCheckBox(self.tr("I have &kept the recovery code"))
        self.close_button = primary_button(self.tr("&Done"))
        self.close_button.setEnabled(False)
        self.note = QLabel(wordWrap=True)
        self.note.hide()  # until the code is copied
        self.kept.toggled.connect(self.close_button.setEnabled)
        self.copy_button.clicked.connect(self.copy)
        self.print_button.clicked.connect(self.print_code)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.kept, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.code_label)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addLayout(bottom)
        self.setMinimumWidth(640)

    def copy(self) -> None:
        """Put the code on the clipboard (for a password manager)."""
        QGuiApplication.clipboard().setText(self.code)
        self.note.setText(self.tr("Copied. Paste it somewhere safe, then clear the clipboard."))
        self.note.show()

    def print_code(self) -> None:
        """Print the code with the desk's printer dialog."""
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(self.tr("Helpdesk recovery code") + "\n\n" + self.code)
        document.print_(printer)

    def reject(self) -> None:  # noqa: D102 - Escape closes only once the code is kept
        if self.kept.isChecked():
            super().reject()
