"""The Spots and Helpers boxes of Settings: add, change and retire the desk's places and people.

Retired spots and helpers stay in the list (greyed) because old visits and sessions still
name them; they can be brought back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helpdesk.core.records import STAFF_ROLES, Spot, Staff
from helpdesk.ui.context import UiContext
from helpdesk.ui.feedback import confirm, error_label, error_sentence, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.tasks import Tasks

RETIRED_COLOUR = "#52606d"  # the hint colour the other screens give secondary text


class NameAndChoiceDialog(QDialog):
    """Asks for a name and one choice: a spot's name and kind, or a helper's name and role."""

    def __init__(self, title: str, name_label: str, choice_label: str,
                 choices: list[tuple[str, str]], name: str = "", chosen: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name = QLineEdit(name)
        self.name.setMaxLength(80)
        self.name.setMinimumWidth(320)
        self.choice = QComboBox()
        for text, value in choices:
            self.choice.addItem(text, value)
        if chosen is not None:
            self.choice.setCurrentIndex(max(0, self.choice.findData(chosen)))
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(name_label, self.name)
        form.addRow(choice_label, self.choice)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.name.selectAll()

    def values(self) -> tuple[str, str]:
        """(name, chosen value)."""
        return self.name.text().strip(), self.choice.currentData()

    def _check(self) -> None:
        if not self.name.text().strip():
            show_error(self.error, self.tr("Please type a name."))
            self.name.setFocus()
            return
        self.accept()


class DeskListBox(FollowsLanguage, QGroupBox):
    """One list (spots or helpers) with Add, Change and Retire / Bring back.

    Its own texts name their context: in a base class, ``self.tr`` would look them up under
    the subclass's name, where lupdate does not put them.
    """

    changed = Signal(object)  # the write's result, after a successful change

    def __init__(self, ctx: UiContext, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._records: list = []
        self.dialog: NameAndChoiceDialog | None = None
        self.list = QListWidget()
        self.list.setMinimumHeight(120)
        # Rows tall enough to hit with a finger on a touch laptop.
        self.list.setStyleSheet("QListWidget::item { padding: 5px 2px; }")
        # "Permanence Banque alimentaire — Permanence at a partner site" wraps at 150 % text
        # instead of running off the side behind a scroll bar.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self.edit_chosen())
        self.add_button, self.edit_button, self.retire_button = (QPushButton() for _ in range(3))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_chosen)
        self.retire_button.clicked.connect(self.retire_or_bring_back)
        self.error = error_label()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        # Spot kinds are taxonomy labels, in the desk's language.
        ctx.language_changed.connect(self._relabel)
        ctx.taxonomy_changed.connect(self._relabel)

    # Filled in by each kind of list (spots, helpers).
    _choice_field = "kind"  # the update_* keyword the dialog's choice goes to

    def _text(self, record) -> str:
        raise NotImplementedError

    def _add_dialog(self) -> NameAndChoiceDialog:
        raise NotImplementedError

    def _edit_dialog(self, record) -> NameAndChoiceDialog:
        raise NotImplementedError

    def _add_job(self, name: str, choice: str):
        raise NotImplementedError

    def _update_job(self, record_id: str, **changes):
        raise NotImplementedError

    def _retire_question(self, record) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.add_button.setText(QCoreApplication.translate("DeskListBox", "&Add…"))
        self.edit_button.setText(QCoreApplication.translate("DeskListBox", "&Change…"))
        self.show_records(self._records)

    def _relabel(self, *_args) -> None:
        self.show_records(self._records)

    def show_records(self, records: list) -> None:
        """Show ``records`` (active and retired), keeping the chosen one chosen."""
        chosen = self.chosen()
        self._records = list(records)
        self.list.clear()
        for record in self._records:
            item = QListWidgetItem(self._text(record))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            if not record.active:
                # The words "(retired)" say it; the colour only sets it back. Qt's disabled
                # grey (#bebebe on white, 1.9:1) was too faint to read, so the hint colour
                # (6.4:1, over WCAG's 4.5:1) and italics instead.
                item.setForeground(QColor(RETIRED_COLOUR))
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.list.addItem(item)
        row = next((n for n, r in enumerate(self._records) if chosen and r.id == chosen.id), 0)
        if self._records:
            self.list.setCurrentRow(row)
        self._update_buttons()

    def chosen(self):
        """The record chosen in the list, or None."""
        row = self.list.currentRow()
        return self._records[row] if 0 <= row < len(self._records) else None

    def _update_buttons(self, *_args) -> None:
        record = self.chosen()
        self.edit_button.setEnabled(record is not None)
        self.retire_button.setEnabled(record is not None)
        if record is not None and not record.active:
            self.retire_button.setText(QCoreApplication.translate("DeskListBox", "&Bring back"))
        else:
            self.retire_button.setText(QCoreApplication.translate("DeskListBox", "&Retire…"))

    def add(self) -> None:
        """Ask for a name and a kind or role, then add it."""
        self._ask(self._add_dialog(), lambda name, choice: self._add_job(name, choice))

    def edit_chosen(self) -> None:
        """Rename the chosen record or change its kind or role."""
        record = self.chosen()
        if record is not None:
            self._ask(self._edit_dialog(record),
                      lambda name, choice: self._update_job(record.id, name=name, **{
                          self._choice_field: choice}))

    def retire_or_bring_back(self) -> None:
        """Retire the chosen record (after asking), or bring a retired one back."""
        record = self.chosen()
        if record is None:
            return
        if record.active:
            action = QCoreApplication.translate("DeskListBox", "Retire")
            if not confirm(self, self._retire_question(record), action):
                return
        self._write(self._update_job(record.id, active=not record.active))

    def _ask(self, dialog: NameAndChoiceDialog, job_for) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            name, choice = dialog.values()
            self._write(job_for(name, choice))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None
        self.list.setFocus()

    def _write(self, job) -> None:
        show_error(self.error, "")

        def change_and_reread(s):
            # One writer job: the change and the lists read right after it, in order.
            job(s)
            return (s.desk.spots(include_retired=True), s.desk.staff(include_retired=True),
                    s.desk.startup_state())

        self._tasks.write(change_and_reread, self.changed.emit,
                          lambda e: show_error(self.error, error_sentence(e)))


class SpotsBox(DeskListBox):
    """The desk's spots: where help is given."""

    _choice_field = "kind"

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("Spots"))
        self.list.setAccessibleName(self.tr("Spots of this desk"))
        super().retranslate()

    def _text(self, spot: Spot) -> str:
        kind = self._ctx.label("spot_kinds", spot.kind)
        if spot.active:
            return self.tr("{name} — {kind}").format(name=spot.name, kind=kind)
        return self.tr("{name} — {kind} (retired)").format(name=spot.name, kind=kind)

    def _choices(self) -> list[tuple[str, str]]:
        return [(i.label(self._ctx.language), i.code)
                for i in self._ctx.taxonomy.items("spot_kinds")]

    def _add_dialog(self) -> NameAndChoiceDialog:
        return NameAndChoiceDialog(self.tr("Add a spot"), self.tr("&Name"), self.tr("&Kind"),
                                   self._choices(), parent=self)

    def _edit_dialog(self, spot: Spot) -> NameAndChoiceDialog:
        return NameAndChoiceDialog(self.tr("Change the spot"), self.tr("&Name"), self.tr("&Kind"),
                                   self._choices(), spot.name, spot.kind, parent=self)

    def _add_job(self, name: str, choice: str):
        return lambda s: s.desk.add_spot(name, choice)

    def _update_job(self, record_id: str, **changes):
        return lambda s: s.desk.update_spot(record_id, **changes)

    def _retire_question(self, spot: Spot) -> str:
        return self.tr("Retire the spot “{name}”? It is no longer offered for new sessions; "
                       "its past visits keep counting.").format(name=spot.name)


class HelpersBox(DeskListBox):
    """The desk's helpers: volunteers, staff and coordinators."""

    _choice_field = "role"

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("Helpers"))
        self.list.setAccessibleName(self.tr("Helpers of this desk"))
        super().retranslate()

    def role_label(self, role: str) -> str:
        """A helper's role in the current language."""
        return {
            "volunteer": self.tr("Volunteer"),
            "staff": self.tr("Staff member"),
            "coordinator": self.tr("Coordinator"),
        }.get(role, role)

    def _text(self, person: Staff) -> str:
        role = self.role_label(person.role)
        if person.active:
            return self.tr("{name} — {role}").format(name=person.name, role=role)
        return self.tr("{name} — {role} (retired)").format(name=person.name, role=role)

    def _choices(self) -> list[tuple[str, str]]:
        return [(self.role_label(role), role) for role in STAFF_ROLES]

    def _add_dialog(self) -> NameAndChoiceDialog:
        return NameAndChoiceDialog(self.tr("Add a helper"), self.tr("&Name"), self.tr("&Role"),
                                   self._choices(), parent=self)

    def _edit_dialog(self, person: Staff) -> NameAndChoiceDialog:
        return NameAndChoiceDialog(self.tr("Change the helper"), self.tr("&Name"),
                                   self.tr("&Role"), self._choices(), person.name, person.role,
                                   parent=self)

    def _add_job(self, name: str, choice: str):
        return lambda s: s.desk.add_staff(name, choice)

    def _update_job(self, record_id: str, **changes):
        return lambda s: s.desk.update_staff(record_id, **changes)

    def _retire_question(self, person: Staff) -> str:
        return self.tr("Retire the helper “{name}”? They are no longer offered for new "
                       "sessions and visits; past visits keep their name.").format(name=person.name)
