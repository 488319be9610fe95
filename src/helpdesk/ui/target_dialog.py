"""The dialog to add or edit one sync target: a hub (address and token) or a folder.

Problems are said next to their field; "Test connection" tries what is typed, in the
background. A saved token is never shown back: the field stays empty and says one is saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from helpdesk.core.errors import InputError
from helpdesk.core.sync_records import DEFAULT_BATCH_SIZE, SyncTarget, TargetDraft
from helpdesk.ui.feedback import error_label, error_sentence, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.tasks import Tasks


class TargetDialog(FollowsLanguage, QDialog):
    """Add or edit one target; checks and saves through the services, tests on demand."""

    saved = Signal(object)  # the SyncTarget as stored

    def __init__(self, tasks: Tasks, target: SyncTarget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._target = target
        self.name = QLineEdit(target.name if target else "")
        self.name.setMaxLength(40)
        self.name.setMinimumWidth(380)
        self.hub_choice, self.folder_choice = QRadioButton(), QRadioButton()
        kinds = QButtonGroup(self)
        kinds.addButton(self.hub_choice)
        kinds.addButton(self.folder_choice)
        (self.folder_choice if target and target.kind == "folder" else self.hub_choice) \
            .setChecked(True)
        self.hub_choice.toggled.connect(self._show_kind)
        self.url = QLineEdit(target.url if target else "")
        self.url.setPlaceholderText("https://")
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder = QLineEdit(target.folder if target else "")
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        self.include_notes = QCheckBox()
        self.include_notes.setChecked(bool(target and target.include_notes))
        self.notes_hint = QLabel(wordWrap=True)
        self.send_csv = QCheckBox()
        self.send_csv.setChecked(bool(target and target.send_csv))
        self.batch_size = QSpinBox()
        self.batch_size.setRange(1, 5000)
        self.batch_size.setValue(target.batch_size if target else DEFAULT_BATCH_SIZE)
        self.errors = {field: error_label() for field in
                       ("name", "kind", "url", "token", "folder", "batch_size")}
        for label in (*self.errors.values(), self.notes_hint):
            label.setMinimumWidth(380)  # wrapped labels in a form shrink to a word otherwise
        self.test_button = QPushButton()
        self.test_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel(wordWrap=True)
        self.test_result.setMinimumWidth(300)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_result.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label, self.kind_label = QLabel(), QLabel()
        self.url_label, self.token_label, self.folder_label = QLabel(), QLabel(), QLabel()
        self.batch_label = QLabel()
        kind_box = QVBoxLayout()
        kind_box.addWidget(self.hub_choice)
        kind_box.addWidget(self.folder_choice)
        rows: list[tuple[QLabel, QWidget | QLayout, str]] = [
                (self.name_label, self.name, "name"), (self.kind_label, kind_box, "kind"),
                (self.url_label, self.url, "url"), (self.token_label, self.token, "token"),
                (self.folder_label, folder_row, "folder"),
                (self.batch_label, self.batch_size, "batch_size")]
        buddies: dict[str, QWidget] = {"kind": self.hub_choice, "folder": self.folder}
        for label, field, key in rows:
            buddy = buddies.get(key, field)
            if isinstance(buddy, QWidget):
                label.setBuddy(buddy)
            self.form.addRow(label, field)
            self.form.addRow("", self.errors[key])
        self.form.addRow("", self.include_notes)
        self.form.addRow("", self.notes_hint)
        self.form.addRow("", self.send_csv)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        test_row.addStretch(0)  # keeps the button on the left while no result is shown
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(test_row)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._show_kind()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Edit sync target") if self._target
                            else self.tr("Add a sync target"))
        self.name_label.setText(self.tr("&Name"))
        self.kind_label.setText(self.tr("Send to"))
        self.hub_choice.setText(self.tr("A &hub (an internet address)"))
        self.folder_choice.setText(self.tr("A f&older: USB stick, shared or cloud folder"))
        self.url_label.setText(self.tr("&Address"))
        self.token_label.setText(self.tr("&Token"))
        self.token.setAccessibleName(self.tr("Token"))
        if self._target is not None and self._target.has_token:
            self.token.setPlaceholderText(self.tr("Saved — type a new token to replace it"))
        else:
            self.token.setPlaceholderText(self.tr("The token your coordinator gave you"))
        self.folder_label.setText(self.tr("&Folder"))
        self.browse_button.setText(self.tr("&Choose…"))
        self.batch_label.setText(self.tr("Records per &batch"))
        self.include_notes.setText(self.tr("Also send the free-text &notes"))
        self.notes_hint.setText(self.tr("Notes may hold personal details. Send them only if "
                                        "your coordinator decided so."))
        self.send_csv.setText(self.tr("Send as CS&V (for receivers that only take CSV)"))
        self.test_button.setText(self.tr("&Test connection"))

    def draft(self) -> TargetDraft:
        """The target as typed; an empty token field keeps a saved token."""
        token = self.token.text().strip()
        keep = self._target is not None and self._target.has_token and not token
        return TargetDraft(
            name=self.name.text(), kind="http" if self.hub_choice.isChecked() else "folder",
            url=self.url.text(), token=None if keep else token, folder=self.folder.text(),
            include_notes=self.include_notes.isChecked(), send_csv=self.send_csv.isChecked(),
            batch_size=self.batch_size.value())

    def save(self) -> None:
        """Check and store the target; problems appear next to their field."""
        self._clear_errors()
        draft = self.draft()
        target_id = self._target.id if self._target else None
        self._tasks.write(
            lambda s: s.sync.update_target(target_id, draft) if target_id
            else s.sync.add_target(draft),
            self._on_saved, self._on_error)

    def test_connection(self) -> None:
        """Try the target as typed, in the background; say how it went under the form."""
        self._clear_errors()
        draft = self.draft()
        target_id = self._target.id if self._target else None
        self.test_button.setEnabled(False)
        self._say(self.tr("Trying…"), error=False)
        self._tasks.network(lambda s: s.sync.test_target(draft, target_id),
                            lambda _none: self._on_tested(draft), self._on_test_failed)

    # -- internals ---------------------------------------------------------------------

    def _on_saved(self, target: SyncTarget) -> None:
        self.saved.emit(target)
        self.accept()

    def _on_error(self, error) -> None:
        field = error.field if isinstance(error, InputError) else None
        label = self.errors.get(field) if field else None
        if label is None:
            self._say(error_sentence(error), error=True)
        else:
            show_error(label, error_sentence(error))

    def _on_tested(self, draft: TargetDraft) -> None:
        self.test_button.setEnabled(True)
        self._say(self.tr("It works: the hub knows this desk's token.") if draft.kind == "http"
                  else self.tr("It works: the folder can be written to."), error=False)

    def _on_test_failed(self, error) -> None:
        self.test_button.setEnabled(True)
        self._say("", error=False)
        self._on_error(error)

    def _say(self, text: str, *, error: bool) -> None:
        self.test_result.setStyleSheet("color: #a4262c;" if error else "")
        self.test_result.setText(text)
        self.test_result.setVisible(bool(text))

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            show_error(label, "")
        self._say("", error=False)

    def _show_kind(self) -> None:
        hub = self.hub_choice.isChecked()
        for field in (self.url, self.token, self.send_csv):
            self.form.setRowVisible(field, hub)
        for key in ("url", "token"):
            if not hub:
                show_error(self.errors[key], "")
        self.form.setRowVisible(self.folder_label, not hub)
        if hub:
            show_error(self.errors["folder"], "")

    def _choose_folder(self) -> None:
        start = self.folder.text() or str(Path.home())
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder"), start)
        if path:
            self.folder.setText(path)
