"""The first start of a desk: its language, its name, its first spot, its helpers and its
first coordinator, whose passphrase protects the desk from the start.

Nothing else is asked; everything can be changed later in Settings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from helpdesk.core.access import Account
from helpdesk.core.constants import LANGUAGES
from helpdesk.core.errors import InputError
from helpdesk.core.records import StartupState
from helpdesk.ui.context import UiContext
from helpdesk.ui.feedback import error_label, error_sentence, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.i18n import LANGUAGE_NAMES
from helpdesk.ui.protect_desk import CoordinatorFields, RecoveryCodeDialog, protect
from helpdesk.ui.tasks import Tasks
from helpdesk.ui.widgets import TOUCH_STYLE, primary_button

FIELDS = ("language", "desk_name", "spot_name", "spot_kind", "helper_names")


class FirstRunPage(FollowsLanguage, QWidget):
    """Asks what a new desk needs, then sets it up."""

    finished = Signal(object)  # the new StartupState

    def __init__(self, ctx: UiContext, tasks: Tasks, parent: QWidget | None = None, *,
                 protect: bool = True) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        # The first coordinator (protecting the desk), unless it is protected already.
        self.coordinator = CoordinatorFields() if protect else None
        self.account: Account | None = None
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(wordWrap=True)
        self.language = QComboBox()
        for code in LANGUAGES:
            # Each language in its own words, so anyone can find theirs.
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.language)))
        self.desk_name = QLineEdit()
        self.spot_name = QLineEdit()
        self.spot_kind = QComboBox()
        self.helpers = QPlainTextEdit()
        self.helpers.setTabChangesFocus(True)
        self.helpers.setMinimumHeight(110)
        self.helpers.setMaximumHeight(160)
        for field in (self.desk_name, self.spot_name):
            field.setMaxLength(80)
            field.setMinimumHeight(36)
        self.spot_name.setMinimumWidth(200)
        for combo in (self.language, self.spot_kind):
            combo.setMinimumHeight(36)
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.helpers_hint = QLabel(wordWrap=True)
        self.helpers_hint.setStyleSheet("color: #52606d;")
        self.errors = {name: error_label() for name in FIELDS}
        self.general_error = error_label()
        self.start_button = primary_button()
        self.start_button.setStyleSheet(TOUCH_STYLE)
        self.start_button.setMinimumWidth(200)
        self.labels = {name: QLabel() for name in ("language", "desk_name", "spot", "helpers")}
        self.coordinator_title = QLabel(wordWrap=True)
        self._build()

        self.language.activated.connect(self._on_language_chosen)
        self.start_button.clicked.connect(self.finish)
        for line in (self.desk_name, self.spot_name):
            line.returnPressed.connect(self.focusNextChild)
        ctx.language_changed.connect(self._on_language_changed)
        ctx.taxonomy_changed.connect(self._fill_spot_kinds)
        self.retranslate()
        self._fill_spot_kinds()

    def _build(self) -> None:
        spot = QHBoxLayout()
        spot.addWidget(self.spot_name, 1)
        spot.addWidget(self.spot_kind, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows = (
            ("language", self.language, ("language",)),
            ("desk_name", self.desk_name, ("desk_name",)),
            ("spot", spot, ("spot_name", "spot_kind")),
            ("helpers", self.helpers, ("helper_names",)),
        )
        for name, field, error_names in rows:
            # The field and its error sentences in one cell, so a sentence gets the full width.
            cell = QVBoxLayout()
            cell.setSpacing(2)
            if isinstance(field, QWidget):
                cell.addWidget(field)
            else:
                cell.addLayout(field)
            if name == "helpers":
                cell.addWidget(self.helpers_hint)
            for error_name in error_names:
                cell.addWidget(self.errors[error_name])
            form.addRow(self.labels[name], cell)
        self.labels["language"].setBuddy(self.language)
        self.labels["desk_name"].setBuddy(self.desk_name)
        self.labels["spot"].setBuddy(self.spot_name)
        self.labels["helpers"].setBuddy(self.helpers)
        card = QWidget()
        card.setMaximumWidth(760)
        inner = QVBoxLayout(card)
        inner.addWidget(self.title)
        inner.addWidget(self.intro)
        inner.addSpacing(12)
        inner.addLayout(form)
        if self.coordinator is not None:
            inner.addSpacing(8)
            inner.addWidget(self.coordinator_title)
            inner.addWidget(self.coordinator)
        inner.addWidget(self.general_error)
        inner.addSpacing(12)
        inner.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)
        inner.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 4)
        outer.addStretch(1)
        QWidget.setTabOrder(self.language, self.desk_name)
        QWidget.setTabOrder(self.desk_name, self.spot_name)
        QWidget.setTabOrder(self.spot_name, self.spot_kind)
        QWidget.setTabOrder(self.spot_kind, self.helpers)
        if self.coordinator is not None:
            QWidget.setTabOrder(self.helpers, self.coordinator.name)
            QWidget.setTabOrder(self.coordinator.name, self.coordinator.passphrase)
            QWidget.setTabOrder(self.coordinator.passphrase, self.coordinator.again)
            QWidget.setTabOrder(self.coordinator.again, self.start_button)
        else:
            QWidget.setTabOrder(self.helpers, self.start_button)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Helpdesk — set up this desk"))
        self.title.setText(self.tr("Welcome to Helpdesk"))
        self.intro.setText(self.tr("A few questions to set up this desk. "
                                   "You can change all of it later in Settings."))
        self.labels["language"].setText(self.tr("&Language"))
        self.labels["desk_name"].setText(self.tr("&Name of this desk"))
        self.labels["spot"].setText(self.tr("&First spot"))
        self.labels["helpers"].setText(self.tr("&Helpers"))
        self.desk_name.setPlaceholderText(self.tr("e.g. EPN Anderlecht, laptop 2"))
        self.spot_name.setPlaceholderText(self.tr("e.g. Buurtbar Kuregem"))
        self.spot_kind.setAccessibleName(self.tr("Kind of spot"))
        self.helpers_hint.setText(self.tr("One name per line: the people who help at this desk."))
        self.start_button.setText(self.tr("&Start"))
        self.coordinator_title.setText(self.tr(
            "The coordinator of this desk signs in with a passphrase; the desk's data is "
            "then encrypted on this computer."))


    def helper_names(self) -> list[str]:
        """The names typed, one per line, without blanks or repeats."""
        names: list[str] = []
        for line in self.helpers.toPlainText().splitlines():
            name = line.strip()
            if name and name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
        return names

    def finish(self) -> None:
        """Check the answers, then set the desk up in the background."""
        self._clear_errors()
        desk_name, spot_name = self.desk_name.text().strip(), self.spot_name.text().strip()
        helpers = self.helper_names()
        problems = {}
        if not desk_name:
            problems["desk_name"] = self.tr("Give this desk a name, e.g. the place and the computer.")
        if not spot_name:
            problems["spot_name"] = self.tr("Name the place where you help.")
        if not helpers:
            problems["helper_names"] = self.tr("Type at least one name.")
        for field, sentence in problems.items():
            show_error(self.errors[field], sentence)
        coordinator = self.coordinator.checked() if self.coordinator is not None else None
        if self.coordinator is not None and coordinator is None and not problems:
            return  # the sentence is next to the coordinator's field, which has the focus
        if problems:
            {"desk_name": self.desk_name, "spot_name": self.spot_name,
             "helper_names": self.helpers}[next(iter(problems))].setFocus()
            return
        language, kind = self.language.currentData(), self.spot_kind.currentData()
        self.start_button.setEnabled(False)
        self._tasks.write(
            lambda s: s.desk.complete_first_run(language=language, desk_name=desk_name,
                                                spot_name=spot_name, spot_kind=kind,
                                                helper_names=helpers),
            lambda state: self._protect(state, coordinator), self._on_failed)

    def _protect(self, state: StartupState, coordinator: tuple[str, str] | None) -> None:
        self._ctx.set_state(state)
        if coordinator is None:
            self._on_done(state)
            return
        self.start_button.setText(self.tr("Encrypting the desk's data…"))
        protect(self._tasks, *coordinator,
                lambda code, account: self._show_code(state, code, account), self._on_failed)

    def _show_code(self, state: StartupState, code: str, account: Account) -> None:
        self.account = account
        self._ctx.set_account(account)
        dialog = RecoveryCodeDialog(code, self)
        dialog.accepted.connect(lambda: self._on_done(state))
        dialog.rejected.connect(lambda: self._on_done(state))
        dialog.open()
        self.recovery_dialog = dialog

    def disable(self, sentence: str) -> None:
        """The store cannot be used: say so and stop offering Start."""
        self.start_button.setEnabled(False)
        show_error(self.general_error, sentence)

    def _on_done(self, state: StartupState) -> None:
        self._ctx.set_state(state)
        self.finished.emit(state)

    def _on_failed(self, error) -> None:
        self.start_button.setEnabled(True)
        self.start_button.setText(self.tr("&Start"))
        if self.coordinator is not None and self.coordinator.show_failure(error):
            return
        sentence = error_sentence(error)
        if isinstance(error, InputError) and error.field in self.errors:
            show_error(self.errors[error.field], sentence)
        else:
            show_error(self.general_error, sentence)

    def _clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            show_error(label, "")

    def _on_language_chosen(self, index: int) -> None:
        # The whole page switches at once (the app installs the translation on this signal).
        self._ctx.set_language(self.language.itemData(index))

    def _on_language_changed(self, language: str) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self._fill_spot_kinds()

    def _fill_spot_kinds(self) -> None:
        chosen = self.spot_kind.currentData()
        self.spot_kind.clear()
        for item in self._ctx.taxonomy.items("spot_kinds"):
            self.spot_kind.addItem(item.label(self._ctx.language), item.code)
        self.spot_kind.setCurrentIndex(max(0, self.spot_kind.findData(chosen)))
