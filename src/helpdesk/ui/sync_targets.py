"""The "Sending to the centre" box of Settings: add, edit, test and remove sync targets.

A target is a hub (an https address and the desk's token) or a folder (a USB stick, a shared
or cloud folder) that receives CSV files; the dialog for one is in ``target_dialog``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helpdesk.core.sync_records import SyncProblemInfo, SyncTarget, TargetDraft
from helpdesk.ui.context import UiContext
from helpdesk.ui.feedback import confirm, error_label, error_sentence, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.sync_status import problem_sentence
from helpdesk.ui.target_dialog import TargetDialog
from helpdesk.ui.tasks import Tasks

TARGET_ROLE = Qt.ItemDataRole.UserRole


class SyncTargetsBox(FollowsLanguage, QGroupBox):
    """The list of targets with Add, Edit, Test connection and Remove."""

    def __init__(self, ctx: UiContext, tasks: Tasks, parent: QWidget | None = None) -> None:
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
        # The removal announces Change.SYNC: this list, the status bar and the Visits list follow.
        self._tasks.write(lambda s: s.sync.remove_target(target.id), None,
                          lambda e: show_error(self.error, error_sentence(e)))

    # -- internals ---------------------------------------------------------------------

    def _open_dialog(self, target: SyncTarget | None) -> None:
        self._say("")
        self.dialog = TargetDialog(self._tasks, target, self)
        self.dialog.open()

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
        current = self.current()
        keep = current.id if current else None
        self.list.clear()
        for target in self._targets:
            where = target.url if target.kind == "http" else target.folder
            lines = [target.name, where,
                     self.tr("%n visit(s) or session(s) to send", "", target.waiting) if target.waiting
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
