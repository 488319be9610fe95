"""The "Sending to the centre" box of Settings: add, edit, test and remove sync targets.

A target is a hub (an https address and the desk's token) or a folder (a USB stick, a shared
or cloud folder) that receives CSV files. Tokens are never shown back: the field stays empty
and says a token is saved; typing replaces it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from helpdesk.errors import InputError
from helpdesk.records import DEFAULT_BATCH_SIZE, SyncProblemInfo, SyncTarget, TargetDraft
from helpdesk.ui.feedback import confirm, error_label, error_sentence, show_error
from helpdesk.ui.sync_status import problem_sentence

TARGET_ROLE = Qt.ItemDataRole.UserRole


class TargetDialog(QDialog):
    """Add or edit one target; checks and saves through the services, tests on demand."""

    saved = Signal(object)  # the SyncTarget as stored

    def __init__(self, tasks, target: SyncTarget | None = None,
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
        rows = [(self.name_label, self.name, "name"), (self.kind_label, kind_box, "kind"),
                (self.url_label, self.url, "url"), (self.token_label, self.token, "token"),
                (self.folder_label, folder_row, "folder"),
                (self.batch_label, self.batch_size, "batch_size")]
        buddies = {"kind": self.hub_choice, "folder": self.folder}
        for label, field, key in rows:
            label.setBuddy(buddies.get(key, field))
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        field = getattr(error, "field", None)
        label = self.errors.get(field) if isinstance(error, InputError) else None
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


class SyncTargetsBox(QGroupBox):
    """The list of targets with Add, Edit, Test connection and Remove."""

    def __init__(self, ctx, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.dialog: TargetDialog | None = None
        self.intro = QLabel(wordWrap=True)
        self.list = QListWidget()
        self.list.setMinimumHeight(120)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._enable_buttons)
        self.list.itemActivated.connect(lambda _item: self.edit_target())
        self.add_button, self.edit_button = QPushButton(), QPushButton()
        self.test_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_target)
        self.edit_button.clicked.connect(self.edit_target)
        self.test_button.clicked.connect(self.test_target)
        self.remove_button.clicked.connect(self.remove_target)
        self.result = QLabel(wordWrap=True)
        self.result.hide()
        self.error = error_label()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.test_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        self._targets: list[SyncTarget] = []
        ctx.sync_changed.connect(self.reload)
        self.retranslate()
        self._enable_buttons()
        self.reload()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("Sending to the centre"))
        self.intro.setText(self.tr("Visits are sent to a hub or written to a folder "
                                   "automatically every few minutes. Free-text notes stay on "
                                   "this desk unless a target includes them."))
        self.list.setAccessibleName(self.tr("Sync targets"))
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("Ed&it…"))
        self.test_button.setText(self.tr("Test &connection"))
        self.remove_button.setText(self.tr("&Remove"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        """Read the targets again."""
        self._tasks.read(lambda s: s.sync.targets(), self._show,
                         lambda e: show_error(self.error, error_sentence(e)))

    def current(self) -> SyncTarget | None:
        """The target selected in the list."""
        item = self.list.currentItem()
        return item.data(TARGET_ROLE) if item is not None else None

    def add_target(self) -> None:
        """Open the dialog for a new target."""
        self._open_dialog(None)

    def edit_target(self) -> None:
        """Open the dialog on the selected target."""
        if self.current() is not None:
            self._open_dialog(self.current())

    def test_target(self) -> None:
        """Try the selected target as saved."""
        target = self.current()
        if target is None:
            return
        draft = TargetDraft(name=target.name, kind=target.kind, url=target.url, token=None,
                            folder=target.folder, include_notes=target.include_notes,
                            send_csv=target.send_csv, batch_size=target.batch_size)
        self._say("")
        self.test_button.setEnabled(False)
        self._tasks.network(lambda s: s.sync.test_target(draft, target.id),
                            lambda _none: self._on_tested(target), self._on_test_failed)

    def remove_target(self) -> None:
        """Remove the selected target after asking; the records stay on the desk."""
        target = self.current()
        if target is None:
            return
        question = self.tr("Stop sending to “{name}”? The visits stay on this desk.").format(
            name=target.name)
        if not confirm(self, question, self.tr("Remove")):
            return
        self._tasks.write(lambda s: s.sync.remove_target(target.id), self._on_changed,
                          lambda e: show_error(self.error, error_sentence(e)))

    # -- internals ---------------------------------------------------------------------

    def _open_dialog(self, target: SyncTarget | None) -> None:
        self._say("")
        self.dialog = TargetDialog(self._tasks, target, self)
        self.dialog.saved.connect(self._on_changed)
        self.dialog.open()

    def _on_changed(self, *_args) -> None:
        self._ctx.sync_changed.emit()  # this list, the status bar and the Visits list follow

    def _on_tested(self, target: SyncTarget) -> None:
        self._enable_buttons()
        self._say(self.tr("“{name}” works.").format(name=target.name))

    def _on_test_failed(self, error) -> None:
        self._enable_buttons()
        show_error(self.error, error_sentence(error))

    def _say(self, text: str) -> None:
        show_error(self.error, "")
        self.result.setText(text)
        self.result.setVisible(bool(text))

    def _show(self, targets: list[SyncTarget]) -> None:
        self._targets = targets
        self._fill()

    def _fill(self) -> None:
        keep = self.current().id if self.current() else None
        self.list.clear()
        for target in self._targets:
            where = target.url if target.kind == "http" else target.folder
            lines = [target.name, where,
                     self.tr("%n record(s) waiting", "", target.waiting) if target.waiting
                     else self.tr("Nothing waiting")]
            if target.last_problem:
                lines.append(problem_sentence(_problem_of(target)))
            item = QListWidgetItem("\n".join(lines))
            if target.last_problem:
                item.setForeground(QColor("#a4262c"))
            item.setData(TARGET_ROLE, target)
            self.list.addItem(item)
            if target.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._enable_buttons()

    def _enable_buttons(self, *_args) -> None:
        chosen = self.current() is not None
        for button in (self.edit_button, self.test_button, self.remove_button):
            button.setEnabled(chosen)


def _problem_of(target: SyncTarget) -> SyncProblemInfo:
    return SyncProblemInfo(target=target.name, message=target.last_problem,
                           args=target.last_problem_args)
