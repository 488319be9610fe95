"""Accounts in Settings (a coordinator's): who may open the desk, with which role.

Adding an account or setting a passphrase derives a key with Argon2id (half a second): it
runs as a writer job, the dialog stays open meanwhile and says what is wrong next to the field
when the service refuses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helpdesk.core.access import ROLES
from helpdesk.core.errors import InputError
from helpdesk.ui.audit_text import role_title
from helpdesk.ui.context import UiContext
from helpdesk.ui.feedback import confirm, error_label, error_sentence, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.tasks import Tasks

if TYPE_CHECKING:
    from helpdesk.services.accounts import AccountInfo

MIN_PASSPHRASE = 8  # the service checks it too (services/accounts.py); said here beforehand


class AccountDialog(FollowsLanguage, QDialog):
    """Add an account (name or an existing helper, role, passphrase twice), or set a new
    passphrase for one (``name`` given)."""

    saved = Signal(object)

    def __init__(self, tasks: Tasks, helpers: list[str], name: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._fixed_name = name
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.addItems(helpers)
        self.name.setCurrentIndex(-1)
        edit = self.name.lineEdit()
        assert edit is not None  # an editable combo box has one
        self.name_edit: QLineEdit = edit
        self.name_edit.setMaxLength(80)
        self.name.setMinimumWidth(320)
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_title(role), role)
        self.passphrase, self.again = QLineEdit(), QLineEdit()
        for field in (self.passphrase, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(1024)
        self.passphrase_hint = QLabel(wordWrap=True)
        self.passphrase_hint.setObjectName("fieldHint")
        self.errors = {key: error_label() for key in ("name", "role", "passphrase", "again")}
        for label in self.errors.values():
            label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        self.error = error_label()
        self.working = QLabel()
        self.working.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.name_label, self.role_label = QLabel(), QLabel()
        self.passphrase_label, self.again_label = QLabel(), QLabel()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        if name is None:
            form.addRow(self.name_label, self.name)
            form.addRow("", self.errors["name"])
            form.addRow(self.role_label, self.role)
            form.addRow("", self.errors["role"])
            self.name_label.setBuddy(self.name)
            self.role_label.setBuddy(self.role)
        else:
            self.name.hide()
            self.role.hide()
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow("", self.passphrase_hint)
        form.addRow("", self.errors["passphrase"])
        form.addRow(self.again_label, self.again)
        form.addRow("", self.errors["again"])
        self.passphrase_label.setBuddy(self.passphrase)
        self.again_label.setBuddy(self.again)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.working)
        layout.addWidget(self.buttons)
        self.setStyleSheet("QLabel#fieldHint { color: #52606d; }")
        # Wide enough for the hint and the sentences to wrap into two or three lines.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        if self._fixed_name is None:
            self.setWindowTitle(self.tr("Add an account"))
        else:
            self.setWindowTitle(self.tr("New passphrase for {name}").format(
                name=self._fixed_name))
        self.name_label.setText(self.tr("&Name"))
        self.name.setToolTip(self.tr("Type a name, or choose someone from the helpers: their "
                                     "visits stay theirs."))
        self.name_edit.setPlaceholderText(self.tr("Name or helper"))
        self.role_label.setText(self.tr("&Role"))
        self.passphrase_label.setText(self.tr("&Passphrase"))
        self.again_label.setText(self.tr("Passphrase &again"))
        self.passphrase_hint.setText(self.tr(
            "At least {count} characters. A few words you remember are easier than a short "
            "code; nobody can see it later, not even a coordinator.").format(
            count=MIN_PASSPHRASE))
        self.working.setText(self.tr("Saving… (this takes a moment)"))

    def save(self) -> None:
        """Check what can be checked here, then save through the services."""
        for label in (*self.errors.values(), self.error):
            show_error(label, "")
        name = self._fixed_name or self.name.currentText().strip()
        role = self.role.currentData()
        passphrase, again = self.passphrase.text(), self.again.text()
        if self._fixed_name is None and not name:
            self._refuse("name", self.tr("Type a name, or choose a helper."), self.name)
            return
        if len(passphrase) < MIN_PASSPHRASE:
            self._refuse("passphrase", self.tr(
                "A passphrase needs at least {count} characters; choose a longer one.").format(
                count=MIN_PASSPHRASE), self.passphrase)
            return
        if passphrase != again:
            self._refuse("again", self.tr("The two passphrases are not the same; type them "
                                          "again."), self.again)
            return
        self.ok_button.setEnabled(False)
        self.working.show()
        if self._fixed_name is None:
            self._tasks.write(lambda s: s.accounts.add(name, role, passphrase),
                              self._on_saved, self._on_failed)
        else:
            self._tasks.write(lambda s: s.accounts.set_passphrase(name, passphrase),
                              self._on_saved, self._on_failed)

    def _refuse(self, field: str, sentence: str, widget: QWidget) -> None:
        self._show(self.errors[field], sentence)
        widget.setFocus()

    def _show(self, label: QLabel, sentence: str) -> None:
        show_error(label, sentence)
        self.adjustSize()  # grow to show the whole sentence rather than clip it

    def _on_saved(self, result) -> None:
        self.working.hide()
        self.saved.emit(result)
        self.accept()

    def _on_failed(self, error) -> None:
        self.working.hide()
        self.ok_button.setEnabled(True)
        field = error.field if isinstance(error, InputError) else None
        label = self.errors.get(field or "", self.error)
        self._show(label, error_sentence(error))


class AccountsBox(FollowsLanguage, QGroupBox):
    """The accounts of the desk, with their roles: add, change the role, new passphrase,
    remove. Shown only to whom may manage accounts."""

    changed = Signal()

    def __init__(self, ctx: UiContext, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._accounts: list[AccountInfo] = []
        self._helpers: list[tuple[str, str]] = []  # (id, name) of helpers without account
        self.dialog: QDialog | None = None
        self.text = QLabel(wordWrap=True)
        self.list = QListWidget()
        self.list.setMinimumHeight(110)
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 8 + 40)
        self.list.setStyleSheet("QListWidget::item { padding: 5px 2px; }")
        self.list.currentRowChanged.connect(self._update_buttons)
        self.add_button, self.role_button, self.passphrase_button, self.remove_button = (
            QPushButton() for _ in range(4))
        self.add_button.clicked.connect(self.add)
        self.role_button.clicked.connect(self.change_role)
        self.passphrase_button.clicked.connect(self.new_passphrase)
        self.remove_button.clicked.connect(self.remove)
        self.error = error_label()
        # Two rows of two: four long labels side by side would widen the whole page at 150 %.
        buttons = QGridLayout()
        for n, button in enumerate((self.add_button, self.role_button, self.passphrase_button,
                                    self.remove_button)):
            buttons.addWidget(button, n // 2, n % 2)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.hide()  # until the services say this person may manage accounts
        self.retranslate()
        ctx.state_changed.connect(self.reload)
        ctx.account_changed.connect(self.reload)  # a take-over: show what the new person may use
        self.reload()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("Accounts"))
        self.list.setAccessibleName(self.tr("Accounts of this desk"))
        self.add_button.setText(self.tr("Add an a&ccount…"))
        self.role_button.setText(self.tr("Change the r&ole…"))
        self.passphrase_button.setText(self.tr("New &passphrase…"))
        self.remove_button.setText(self.tr("Remo&ve…"))
        self._show()

    def reload(self) -> None:
        """Read the accounts and the helpers without one (when this person may)."""
        def read(s):
            if not s.signed_in.allows("accounts"):
                return None
            accounts = s.accounts.accounts() if s.accounts.protected else []
            return s.accounts.protected, accounts, s.desk.staff()

        self._tasks.read(read, self._on_read,
                         lambda e: show_error(self.error, error_sentence(e)))

    def _on_read(self, result) -> None:
        if result is None:
            self.hide()
            return
        protected, accounts, staff = result
        self._protected = protected
        self._accounts = accounts
        holders = {a.staff_id for a in accounts}
        self._helpers = [(s.id, s.name) for s in staff if s.id not in holders]
        self.show()
        self._show()

    def _show(self) -> None:
        protected = getattr(self, "_protected", True)
        self.text.setText(self.tr(
            "Each person opens the desk with their own name and passphrase. Coordinators "
            "manage accounts and settings; staff record, edit and make sheets; volunteers "
            "record visits and see today's.") if protected else self.tr(
            "This desk has no accounts yet: anyone at this computer can open it. Protect it "
            "first; then add the others here."))
        chosen = self.chosen()
        self.list.clear()
        for account in self._accounts:
            item = QListWidgetItem(self.tr("{name} — {role}").format(
                name=account.name, role=role_title(account.role)))
            item.setData(Qt.ItemDataRole.UserRole, account.staff_id)
            self.list.addItem(item)
        row = next((n for n, a in enumerate(self._accounts)
                    if chosen and a.staff_id == chosen.staff_id), 0)
        if self._accounts:
            self.list.setCurrentRow(row)
        # A desk without accounts: only the sentence (the Protect dialog is elsewhere).
        for widget in (self.list, self.add_button, self.role_button, self.passphrase_button,
                       self.remove_button):
            widget.setVisible(protected)
        self._update_buttons()

    def chosen(self) -> AccountInfo | None:
        """The account chosen in the list, or None."""
        row = self.list.currentRow()
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def _update_buttons(self, *_args) -> None:
        some = self.chosen() is not None
        for button in (self.role_button, self.passphrase_button, self.remove_button):
            button.setEnabled(some)

    # -- actions -----------------------------------------------------------------------

    def add(self) -> None:
        """Ask for a name (or a helper), a role and a passphrase twice; add the account."""
        dialog = AccountDialog(self._tasks, [name for _id, name in self._helpers], parent=self)
        self._open(dialog)

    def new_passphrase(self) -> None:
        """Set a new passphrase for the chosen account (asked twice)."""
        account = self.chosen()
        if account is not None:
            self._open(AccountDialog(self._tasks, [], name=account.name, parent=self))

    def _open(self, dialog: AccountDialog) -> None:
        show_error(self.error, "")
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _result: self._after_change())
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None
        self.list.setFocus()

    def change_role(self) -> None:
        """Choose another role for the chosen account."""
        account = self.chosen()
        if account is None:
            return
        names = [role_title(r) for r in ROLES]
        current = ROLES.index(account.role) if account.role in ROLES else 0
        text, ok = QInputDialog.getItem(
            self, self.tr("Change the role"),
            self.tr("Role of {name}:").format(name=account.name), names, current, False)
        if not ok:
            return
        role = ROLES[names.index(text)]
        if role != account.role:
            self._write(lambda s: s.desk.update_staff(account.staff_id, role=role))

    def remove(self) -> None:
        """Remove the chosen account after asking; the last coordinator stays (the service
        says why)."""
        account = self.chosen()
        if account is None:
            return
        question = self.tr("Remove the account of {name}? They can no longer open the desk; "
                           "the visits they recorded stay, with their name.").format(
            name=account.name)
        if confirm(self, question, self.tr("Remove")):
            self._write(lambda s: s.accounts.remove(account.name))

    def _write(self, job) -> None:
        show_error(self.error, "")
        self._tasks.write(job, lambda _result: self._after_change(),
                          lambda e: show_error(self.error, error_sentence(e)))

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()
