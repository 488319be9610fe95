"""The Settings screen: language, desk name, sync targets, spots, helpers, the lists, the data
folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from helpdesk.core.constants import LANGUAGES
from helpdesk.core.taxonomy_file import Taxonomy
from helpdesk.ui.accounts_page import AccountsBox
from helpdesk.ui.audit_page import AuditBox
from helpdesk.ui.context import UiContext
from helpdesk.ui.desk_lists import HelpersBox, SpotsBox
from helpdesk.ui.feedback import error_label, error_sentence, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.i18n import LANGUAGE_NAMES
from helpdesk.ui.lock_setting import LockSettingBox
from helpdesk.ui.retention_setting import RetentionBox
from helpdesk.ui.sync_targets import SyncTargetsBox
from helpdesk.ui.tasks import Tasks

# The name the default taxonomy file (resources/taxonomy/default.toml) gives its lists.
DEFAULT_LIST_NAME = "Helpdesk default"


class SettingsScreen(FollowsLanguage, QWidget):
    """Everything a coordinator sets up once and changes now and then."""

    def __init__(self, ctx: UiContext, tasks: Tasks, data_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._data_dir = Path(data_dir)
        self._last_import: list[str] = []

        # Desk: language and name.
        self.desk_box = QGroupBox()
        self.language_label, self.language_choice = QLabel(), QComboBox()
        for code in LANGUAGES:
            # Each language in its own words, so anyone can find theirs.
            self.language_choice.addItem(LANGUAGE_NAMES[code], code)
        self.language_choice.setCurrentIndex(self.language_choice.findData(ctx.language))
        self.language_choice.activated.connect(self._on_language_chosen)
        self.language_label.setBuddy(self.language_choice)
        self.language_error = error_label()
        self.name_label, self.desk_name = QLabel(), QLineEdit()
        self.desk_name.setMaxLength(80)
        self.desk_name.returnPressed.connect(self.save_desk_name)
        self.name_label.setBuddy(self.desk_name)
        self.save_name_button = QPushButton()
        self.save_name_button.clicked.connect(self.save_desk_name)
        self.name_error = error_label()
        name_row = QHBoxLayout()
        name_row.addWidget(self.desk_name, 1)
        name_row.addWidget(self.save_name_button)
        desk_form = QFormLayout(self.desk_box)
        desk_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        desk_form.addRow(self.language_label, self.language_choice)
        desk_form.addRow("", self.language_error)
        desk_form.addRow(self.name_label, name_row)
        desk_form.addRow("", self.name_error)
        # Issue 12: a desk that has no use for postcodes stops asking for them.
        self.ask_residence = QCheckBox()
        self.ask_residence.toggled.connect(self._on_ask_residence)
        self.residence_error = error_label()
        desk_form.addRow("", self.ask_residence)
        desk_form.addRow("", self.residence_error)

        # The lists (taxonomy): import and export.
        self.lists_box = QGroupBox()
        self.lists_text = QLabel(wordWrap=True)
        self.import_button, self.export_button = QPushButton(), QPushButton()
        self.import_button.clicked.connect(self.import_lists)
        self.export_button.clicked.connect(self.export_lists)
        self.lists_result = QLabel(wordWrap=True)
        self.lists_result.hide()
        self.lists_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lists_error = error_label()
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.import_button)
        list_buttons.addWidget(self.export_button)
        list_buttons.addStretch(1)
        lists_layout = QVBoxLayout(self.lists_box)
        lists_layout.addWidget(self.lists_text)
        lists_layout.addLayout(list_buttons)
        lists_layout.addWidget(self.lists_error)
        lists_layout.addWidget(self.lists_result)

        # Where the data lives.
        self.folder_box = QGroupBox()
        self.folder_text = QLabel(wordWrap=True)
        self.folder_path = QLabel(str(self._data_dir), wordWrap=True)
        self.folder_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                 | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.folder_path.setFrameShape(QFrame.Shape.StyledPanel)
        self.open_folder_button = QPushButton()
        self.open_folder_button.clicked.connect(self.open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_path, 1)
        folder_row.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        folder_layout = QVBoxLayout(self.folder_box)
        folder_layout.addWidget(self.folder_text)
        folder_layout.addLayout(folder_row)

        self.sync_targets = SyncTargetsBox(ctx, tasks)

        self.spots = SpotsBox(ctx, tasks)
        self.helpers = HelpersBox(ctx, tasks)
        self.spots.changed.connect(self._on_desk_changed)
        self.helpers.changed.connect(self._on_desk_changed)

        # Issue 9, a coordinator's: accounts, how long notes are kept, the audit trail.
        # Each box shows itself only when the person signed in may use it.
        self.accounts = AccountsBox(ctx, tasks)
        self.accounts.changed.connect(self.reload)
        self.retention = RetentionBox(ctx, tasks)
        self.audit = AuditBox(ctx, tasks)

        left = QVBoxLayout()
        left.addWidget(self.desk_box)
        left.addWidget(LockSettingBox(ctx, tasks))  # issue 9: idle minutes before locking
        left.addWidget(self.retention)
        left.addWidget(self.sync_targets)
        left.addWidget(self.lists_box)
        left.addWidget(self.folder_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.spots, 1)
        right.addWidget(self.helpers, 1)
        right.addWidget(self.accounts)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        # Scrolls rather than clips when the text is large (150 %) or the window small.
        page = QWidget()
        whole = QVBoxLayout(page)
        whole.addLayout(columns)
        whole.addWidget(self.audit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        order = [self.language_choice, self.desk_name, self.save_name_button, self.ask_residence,
                 self.sync_targets.list, self.sync_targets.add_button,
                 self.sync_targets.edit_button, self.sync_targets.test_button,
                 self.sync_targets.remove_button, self.import_button, self.export_button, self.open_folder_button,
                 self.spots.list, self.spots.add_button, self.spots.edit_button,
                 self.spots.retire_button, self.helpers.list, self.helpers.add_button,
                 self.helpers.edit_button, self.helpers.retire_button,
                 self.accounts.list, self.accounts.add_button, self.accounts.role_button,
                 self.accounts.passphrase_button, self.accounts.remove_button,
                 self.audit.person, self.audit.from_day, self.audit.to_day,
                 self.audit.show_button, self.audit.list, self.audit.verify_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

        self.retranslate()
        ctx.language_changed.connect(self._on_language_changed)
        ctx.taxonomy_changed.connect(self._show_lists)
        ctx.state_changed.connect(self._show_desk_name)
        ctx.state_changed.connect(self._show_ask_residence)
        self._show_desk_name()
        self._show_ask_residence()
        self.reload()

    def _list_name(self, name: str) -> str:
        # The lists shipped with the app carry an English name; shown in the desk's language.
        if name == DEFAULT_LIST_NAME:
            return self.tr("Helpdesk default")
        return name or "—"

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.desk_box.setTitle(self.tr("This desk"))
        self.language_label.setText(self.tr("&Language"))
        self.language_choice.setAccessibleName(self.tr("Language of the app"))
        self.name_label.setText(self.tr("Desk &name"))
        self.save_name_button.setText(self.tr("&Save name"))
        self.ask_residence.setText(self.tr("Ask where visitors live (post&code)"))
        self.ask_residence.setToolTip(self.tr("When off, the visit form no longer shows the "
                                              "postcode; visits keep the ones they have"))
        self.lists_box.setTitle(self.tr("Question types, outcomes and other lists"))
        self.import_button.setText(self.tr("&Import lists…"))
        self.import_button.setToolTip(self.tr("Replace the lists with your network's file; "
                                              "codes the file leaves out are kept, retired"))
        self.export_button.setText(self.tr("&Export lists…"))
        self.folder_box.setTitle(self.tr("Data folder"))
        self.folder_text.setText(self.tr("Visits are kept on this computer, in this folder:"))
        self.folder_path.setAccessibleName(self.tr("Data folder"))
        self.open_folder_button.setText(self.tr("Open &folder"))
        self.spots.retranslate()
        self.helpers.retranslate()
        self._show_lists()

    def reload(self) -> None:
        """Read the spots and helpers, retired ones included."""
        self._tasks.read(
            lambda s: (s.desk.spots(include_retired=True), s.desk.staff(include_retired=True)),
            self._show_people_and_places,
            lambda e: show_error(self.spots.error, error_sentence(e)),
        )

    # -- desk --------------------------------------------------------------------------

    def _on_language_chosen(self, index: int) -> None:
        language = self.language_choice.itemData(index)
        if language == self._ctx.language:
            return
        show_error(self.language_error, "")
        self._tasks.write(
            lambda s: (s.desk.update_settings(language=language), s.desk.startup_state()),
            lambda result: self._on_language_saved(language, result[1]),
            self._on_language_failed,
        )

    def _on_language_saved(self, language: str, state) -> None:
        self._ctx.set_state(state)
        # The owner of the QApplication swaps the translator on this signal: no restart.
        self._ctx.set_language(language)

    def _on_language_failed(self, error) -> None:
        self.language_choice.setCurrentIndex(self.language_choice.findData(self._ctx.language))
        show_error(self.language_error, error_sentence(error))

    def _on_language_changed(self, language: str) -> None:
        self.language_choice.setCurrentIndex(self.language_choice.findData(language))
        self._show_lists()

    def _show_desk_name(self) -> None:
        settings = self._ctx.state.settings
        if settings is not None and not self.desk_name.isModified():
            self.desk_name.setText(settings.desk_name)

    def _show_ask_residence(self) -> None:
        settings = self._ctx.state.settings
        with QSignalBlocker(self.ask_residence):
            self.ask_residence.setChecked(settings is None or settings.ask_residence)

    def _on_ask_residence(self, checked: bool) -> None:
        show_error(self.residence_error, "")
        self._tasks.write(
            lambda s: (s.desk.update_settings(ask_residence=checked), s.desk.startup_state()),
            lambda result: self._ctx.set_state(result[1]),
            self._on_ask_residence_failed,
        )

    def _on_ask_residence_failed(self, error) -> None:
        self._show_ask_residence()  # back to what is saved
        show_error(self.residence_error, error_sentence(error))

    def save_desk_name(self) -> None:
        """Save the desk's name as typed."""
        name = self.desk_name.text().strip()
        show_error(self.name_error, "")
        self._tasks.write(
            lambda s: (s.desk.update_settings(desk_name=name), s.desk.startup_state()),
            self._on_name_saved,
            lambda e: show_error(self.name_error, error_sentence(e)),
        )

    def _on_name_saved(self, result) -> None:
        self.desk_name.setModified(False)
        self._ctx.set_state(result[1])

    # -- spots and helpers -------------------------------------------------------------

    def _show_people_and_places(self, result) -> None:
        spots, staff = result
        self.spots.show_records(spots)
        self.helpers.show_records(staff)

    def _on_desk_changed(self, result) -> None:
        spots, staff, state = result
        self.spots.show_records(spots)
        self.helpers.show_records(staff)
        self._ctx.set_state(state)

    # -- lists -------------------------------------------------------------------------

    def _show_lists(self, *_args) -> None:
        taxonomy = self._ctx.taxonomy
        questions = len(taxonomy.items("question_types"))
        outcomes = len(taxonomy.items("outcomes"))
        self.lists_text.setText("\n".join([
            self.tr("In use: “{name}”.").format(name=self._list_name(taxonomy.name)),
            self.tr("%n question type(s) to choose from.", "", questions),
            self.tr("%n outcome(s) to choose from.", "", outcomes),
        ]))

    def import_lists(self) -> None:
        """Choose a lists file and import it; a bad file changes nothing and says why."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import lists"), str(Path.home()),
            self.tr("Helpdesk lists (*.toml);;All files (*)"))
        if not path:
            return
        show_error(self.lists_error, "")
        self._show_result("")
        before = self._ctx.taxonomy
        self._tasks.write(
            lambda s: (s.taxonomy.import_file(Path(path)), s.taxonomy.current())[1],
            lambda taxonomy: self._on_imported(Path(path), before, taxonomy),
            lambda e: show_error(self.lists_error, error_sentence(e)),
        )

    def _on_imported(self, path: Path, before: Taxonomy, after: Taxonomy) -> None:
        self._ctx.set_taxonomy(after)
        added = sum(len(set(after.codes(n)) - set(before.codes(n, include_retired=True)))
                    for n in after.lists)
        retired = sum(len(set(before.codes(n)) - set(after.codes(n))) for n in after.lists)
        lines = [self.tr("Imported “{name}” from {file}.").format(
            name=after.name or path.stem, file=path.name)]
        lines.append(self.tr("%n new item(s).", "", added))
        if retired:
            lines.append(self.tr("%n item(s) left out of the file were kept as retired, so "
                                 "older visits stay readable.", "", retired))
        self._show_result("\n".join(lines))

    def export_lists(self) -> None:
        """Save the lists in use to a file, to edit or to share with other desks."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export lists"), str(Path.home() / "helpdesk-lists.toml"),
            self.tr("Helpdesk lists (*.toml)"))
        if not path:
            return
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(".toml")
        show_error(self.lists_error, "")
        self._tasks.write(
            lambda s: s.taxonomy.export_file(target),
            lambda _none: self._show_result(
                self.tr("The lists were saved in {path}.").format(path=str(target))),
            lambda e: show_error(self.lists_error, error_sentence(e)),
        )

    def _show_result(self, text: str) -> None:
        self.lists_result.setText(text)
        self.lists_result.setVisible(bool(text))

    # -- data folder -------------------------------------------------------------------

    def open_data_folder(self) -> None:
        """Show the data folder in the system's file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))
