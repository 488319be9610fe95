"""The Reports screen: choose a week (or weeks, or dates), spots, language and format; see the
sheet's tables and charts; export it in the background, then open its folder.

The preview is read on the reader thread a moment after the last change (typing in a date
fires a change per keystroke); the export runs on the long-job thread with a progress bar and
can be stopped. Both come back as plain records: this screen never touches the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from helpdesk.core.constants import LANGUAGES
from helpdesk.core.report_records import ReportRequest
from helpdesk.core.sheet_formats import FORMATS, SUFFIXES, sheet_file_name
from helpdesk.ui.context import UiContext
from helpdesk.ui.feedback import error_label, error_sentence, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.i18n import LANGUAGE_NAMES
from helpdesk.ui.report_period import PeriodPicker
from helpdesk.ui.report_preview import SheetPagePreview
from helpdesk.ui.tasks import LongJob, Tasks
from helpdesk.ui.widgets import primary_button

PREVIEW_PAUSE_MS = 400


class ReportsScreen(FollowsLanguage, QWidget):
    """Pick a period and spots, preview the sheet, export it."""

    def __init__(self, ctx: UiContext, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._spots: list = list(ctx.state.spots)
        self._view = None
        self._asked = 0  # the number of the latest preview asked for: older answers are stale
        # The sheet is written in the app's language until someone picks another one here.
        self._language_picked = False
        self._chosen_language = 0  # the language chosen before a preset fixed its own
        self._job: LongJob | None = None
        self.last_export = None
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_PAUSE_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._build()
        self.retranslate()
        self._fill_spots()
        ctx.state_changed.connect(self._load_spots)
        ctx.taxonomy_changed.connect(self._fill_views)
        ctx.taxonomy_changed.connect(self._schedule_preview)
        ctx.visits_changed.connect(self._schedule_preview)
        ctx.language_changed.connect(self._follow_app_language)
        self._load_spots()

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.period = PeriodPicker(self._ctx, self)
        self.spot_list = QListWidget()
        self.spot_list.setMinimumHeight(120)
        # Long names wrap onto a second line (at 150 % text too) rather than lose letters.
        self.spot_list.setWordWrap(True)
        self.spot_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.spot_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.all_spots_button = QPushButton()
        self.spot_error = error_label()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(self._ctx.language)
                                      if self._ctx.language in LANGUAGES else 0)
        self.format = QComboBox()
        # A funder's view (the taxonomy's presets): its sections, in its language.
        self.view_choice = QComboBox()
        self.export_button = primary_button()
        self.cancel_button = QPushButton()
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.export_status = QLabel(wordWrap=True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_error = error_label()
        self.open_folder_button = QPushButton()
        self.open_folder_button.hide()

        spots_buttons = QHBoxLayout()
        spots_buttons.addWidget(self.all_spots_button)
        spots_buttons.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # With large text, labels go above their fields rather than squeezing them.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.spots_label, self.language_label, self.format_label = QLabel(), QLabel(), QLabel()
        self.view_label = QLabel()
        self.period.add_rows(form)
        form.addRow(self.spots_label, self.spot_list)
        form.addRow("", spots_buttons)
        form.addRow("", self.spot_error)
        form.addRow(self.view_label, self.view_choice)
        form.addRow(self.language_label, self.language)
        form.addRow(self.format_label, self.format)
        for label, field in ((self.spots_label, self.spot_list),
                             (self.view_label, self.view_choice),
                             (self.language_label, self.language),
                             (self.format_label, self.format)):
            label.setBuddy(field)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.cancel_button)
        export_row.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addSpacing(8)
        left.addLayout(export_row)
        left.addWidget(self.progress)
        left.addWidget(self.export_status)
        left.addWidget(self.export_error)
        left.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setMinimumWidth(400)
        left_box.setMaximumWidth(500)

        self.page_choice = QComboBox()
        self.preview_state = QLabel()
        self.preview_state.setStyleSheet("color: #6a737d;")
        self.page = SheetPagePreview()
        # White like paper; a palette, not a style sheet, which would undo the page's font.
        paper = self.page.palette()
        paper.setColor(QPalette.ColorRole.Window, QColor("white"))
        self.page.setPalette(paper)
        self.page.setAutoFillBackground(True)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.page)
        self.preview_label = QLabel()
        self.preview_label.setBuddy(self.page_choice)
        preview_head = QHBoxLayout()
        preview_head.addWidget(self.preview_label)
        preview_head.addWidget(self.page_choice, 1)
        preview_head.addWidget(self.preview_state)
        right = QVBoxLayout()
        right.addLayout(preview_head)
        right.addWidget(self.scroll_area, 1)

        layout = QHBoxLayout(self)
        layout.addWidget(left_box)
        layout.addLayout(right, 1)

        for signal in (self.period.changed, self.language.currentIndexChanged,
                       self.spot_list.itemChanged, self.view_choice.currentIndexChanged):
            signal.connect(self._schedule_preview)
        self.all_spots_button.clicked.connect(self._toggle_all_spots)
        self.language.activated.connect(self._on_language_picked)
        self.view_choice.currentIndexChanged.connect(self._show_language_choice)
        self.page_choice.currentIndexChanged.connect(self._show_page)
        self.export_button.clicked.connect(self.choose_file_and_export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.open_folder_button.clicked.connect(self.open_folder)
        order = [*self.period.tab_order, self.spot_list, self.all_spots_button,
                 self.view_choice, self.language,
                 self.format,
                 self.export_button, self.cancel_button, self.open_folder_button,
                 self.page_choice, self.scroll_area]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.period.retranslate()
        fmt = self.format.currentIndex()
        self.format.clear()
        self.format.addItems([self.tr("PDF, to print or mail"),
                              self.tr("Excel workbook (XLSX), to work on"),
                              self.tr("CSV (comma, UTF-8), for other tools"),
                              self.tr("CSV for Excel in Belgium (semicolon)"),
                              self.tr("CSV of the group sessions, one line each")])
        self.format.setCurrentIndex(max(0, fmt))
        self._fill_views()
        self.spots_label.setText(self.tr("&Spots"))
        self.view_label.setText(self.tr("&View"))
        self.language_label.setText(self.tr("Sheet &language"))
        self.format_label.setText(self.tr("&Format"))
        self.all_spots_button.setText(self.tr("All or &none"))
        self.export_button.setText(self.tr("E&xport…"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.open_folder_button.setText(self.tr("&Open the folder"))
        self.preview_label.setText(self.tr("Sheet pa&ge"))
        self.spot_list.setAccessibleName(self.tr("Spots on the sheet"))
        self.scroll_area.setAccessibleName(self.tr("Preview of the sheet"))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._view is None and self._preview_timer.isActive():
            self.refresh_preview()  # the tab was just opened: no reason to wait

    # -- choices -----------------------------------------------------------------------

    def _on_language_picked(self, _index: int) -> None:
        self._language_picked = self.sheet_language() != self._ctx.language

    def _follow_app_language(self, language: str) -> None:
        if not self._language_picked and language in LANGUAGES:
            if not self.language.isEnabled():  # a preset's own language stays
                self._chosen_language = LANGUAGES.index(language)
                return
            self.language.setCurrentIndex(LANGUAGES.index(language))  # previews it again

    def _fill_views(self) -> None:
        """The whole sheet, then each preset of the taxonomy by its name; the choice kept."""
        kept = self.view_choice.currentData() or ""
        self.view_choice.blockSignals(True)
        self.view_choice.clear()
        self.view_choice.addItem(self.tr("The whole sheet"), "")
        for preset in self._ctx.taxonomy.presets:
            self.view_choice.addItem(preset.label(self._ctx.language), preset.code)
        self.view_choice.setCurrentIndex(max(0, self.view_choice.findData(kept)))
        self.view_choice.blockSignals(False)
        self._show_language_choice()

    def _show_language_choice(self) -> None:
        # A preset names its language: the sheet's language is then its, not a choice.
        preset = self._ctx.taxonomy.preset(self.view_choice.currentData() or "")
        fixed = preset.language if preset is not None else None
        was_fixed = not self.language.isEnabled()
        self.language.blockSignals(True)
        if fixed in LANGUAGES:
            if not was_fixed:
                self._chosen_language = self.language.currentIndex()
            self.language.setCurrentIndex(LANGUAGES.index(fixed))
        elif was_fixed:
            self.language.setCurrentIndex(self._chosen_language)
        self.language.blockSignals(False)
        self.language.setEnabled(fixed is None)
        self.language.setToolTip(self.tr("This view is written in its funder's language.")
                                 if fixed else "")

    def _load_spots(self) -> None:
        # Retired spots too: last year's sheet may need a spot that has closed since.
        self._tasks.read(lambda s: s.desk.spots(include_retired=True), self._on_spots)

    def _on_spots(self, spots) -> None:
        self._spots = list(spots)
        self._fill_spots()
        self._schedule_preview()

    def _fill_spots(self) -> None:
        unchecked = {self.spot_list.item(n).data(Qt.ItemDataRole.UserRole)
                     for n in range(self.spot_list.count())
                     if self.spot_list.item(n).checkState() != Qt.CheckState.Checked}
        self.spot_list.blockSignals(True)
        self.spot_list.clear()
        for spot in self._spots:
            words = spot.name if spot.active else self.tr("{name} (no longer in use)").format(
                name=spot.name)
            item = QListWidgetItem(words)
            item.setData(Qt.ItemDataRole.UserRole, spot.id)
            item.setCheckState(Qt.CheckState.Unchecked if spot.id in unchecked
                               else Qt.CheckState.Checked)
            self.spot_list.addItem(item)
        self.spot_list.blockSignals(False)

    def _toggle_all_spots(self) -> None:
        items = [self.spot_list.item(n) for n in range(self.spot_list.count())]
        every = all(i.checkState() == Qt.CheckState.Checked for i in items)
        self.spot_list.blockSignals(True)
        for item in items:
            item.setCheckState(Qt.CheckState.Unchecked if every else Qt.CheckState.Checked)
        self.spot_list.blockSignals(False)
        self._schedule_preview()

    def chosen_spot_ids(self) -> list[str]:
        """The ids of the ticked spots, in list order."""
        return [self.spot_list.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.spot_list.count())
                if self.spot_list.item(n).checkState() == Qt.CheckState.Checked]

    def request(self) -> ReportRequest | None:
        """The sheet asked for, or None (with a sentence next to the field) when it cannot be."""
        show_error(self.spot_error, "")
        period = self.period.period()
        if period is None:
            return None
        first, last, by_week = period
        chosen = self.chosen_spot_ids()
        if not chosen:
            show_error(self.spot_error, self.tr("Choose at least one spot."))
            return None
        every = len(chosen) == self.spot_list.count()
        # All ticked: every spot, including one retired since that still had visits.
        return ReportRequest(first_day=first, last_day=last, by_week=by_week,
                             spot_ids=() if every else tuple(chosen),
                             preset=self.view_choice.currentData() or "")

    def sheet_language(self) -> str:
        """The language the sheet is written in."""
        return self.language.currentData()

    def sheet_format(self) -> str:
        """pdf, xlsx, csv, csv-excel or csv-groups."""
        return FORMATS[max(0, self.format.currentIndex())]

    # -- preview -----------------------------------------------------------------------

    def _schedule_preview(self, *_args) -> None:
        self._preview_timer.start()

    def refresh_preview(self) -> None:
        """Read the sheet's figures again for the choices made."""
        self._preview_timer.stop()
        request = self.request()
        if request is None:
            return
        self._asked += 1
        asked, language = self._asked, self.sheet_language()
        self.preview_state.setText(self.tr("Counting…"))

        def count(s):
            # A newer choice made while this one waited in the queue: skip the counting.
            return None if asked != self._asked else s.reports.preview(request, language)

        self._tasks.figures(count, lambda view: self._on_preview(asked, view),
                            lambda error: self._on_preview_failed(asked, error))

    def _on_preview(self, asked: int, view) -> None:
        if asked != self._asked or view is None:
            return  # a newer choice is already being counted
        self._view = view
        self.preview_state.setText(self.tr("%n visit(s)", "", view.visit_records))
        chosen = self.page_choice.currentIndex()
        self.page_choice.blockSignals(True)
        self.page_choice.clear()
        for page in self._printed_pages():
            self.page_choice.addItem(page.title)
        self.page_choice.setCurrentIndex(chosen if 0 <= chosen < self.page_choice.count() else 0)
        self.page_choice.blockSignals(False)
        self._show_page()

    def _on_preview_failed(self, asked: int, error) -> None:
        if asked == self._asked:
            self.preview_state.setText("")
            show_error(self.period.error, error_sentence(error))

    def _show_page(self, *_args) -> None:
        index, pages = self.page_choice.currentIndex(), self._printed_pages()
        if self._view is not None and 0 <= index < len(pages):
            self.page.show_page(self._view, pages[index])

    def _printed_pages(self) -> list:
        # The pages the PDF prints: a spot with nothing in the period is a line of the summary.
        return [page for page in self._view.pages if page.printed] if self._view else []

    # -- export ------------------------------------------------------------------------

    def suggested_name(self, request: ReportRequest) -> str:
        """'helpdesk-2026-W47.pdf', 'helpdesk-2026-W45-2026-W47.xlsx' or a name with the dates."""
        return sheet_file_name(request.first_day, request.last_day, request.by_week,
                               self.sheet_format())

    def choose_file_and_export(self) -> None:
        """Ask where to save the sheet, then export it there."""
        request = self.request()
        if request is None:
            return
        folder = Path(self.last_export).parent if self.last_export else Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home())
        suffix = SUFFIXES[self.sheet_format()]
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the sheet"), str(folder / self.suggested_name(request)),
            self.tr("Sheet (*{suffix})").format(suffix=suffix))
        if path:
            target = Path(path) if Path(path).suffix else Path(path).with_suffix(suffix)
            self.export_to(target)

    def export_to(self, path: Path) -> None:
        """Write the sheet to ``path`` in the background, showing progress."""
        request = self.request()
        if request is None or self._job is not None:
            return
        fmt, language = self.sheet_format(), self.sheet_language()
        show_error(self.export_error, "")
        self.open_folder_button.hide()
        self.export_status.setText(self.tr("Making the sheet…"))
        self.progress.setRange(0, 0)  # busy, until the figures are counted and rows flow
        self.progress.show()
        self.cancel_button.show()
        self.export_button.setEnabled(False)
        self._job = self._tasks.long(
            lambda s, progress, cancelled: s.reports.export(
                request, fmt, language, path, progress=progress, cancelled=cancelled),
            self._on_exported, self._on_export_failed, self._on_progress)

    def cancel_export(self) -> None:
        """Stop the export under way; nothing is left at the destination."""
        if self._job is not None:
            self._job.cancel()
            self.export_status.setText(self.tr("Stopping…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(int(100 * done / total) if total else 100)

    def _export_finished(self) -> None:
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.export_button.setEnabled(True)

    def _on_exported(self, result) -> None:
        self._export_finished()
        self.last_export = result.path
        if result.format == "csv-groups":
            saved = self.tr("Saved: {path} (%n group session(s)).", "", result.groups)
        else:
            saved = self.tr("Saved: {path} (%n visit(s)).", "", result.visit_records)
        self.export_status.setText(saved.format(path=result.path))
        self.open_folder_button.show()
        self.open_folder_button.setFocus()

    def _on_export_failed(self, error) -> None:
        self._export_finished()
        self.export_status.setText("")
        show_error(self.export_error, error_sentence(error))

    def open_folder(self) -> None:
        """Show the folder of the sheet just saved in the system's file manager."""
        if self.last_export:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.last_export).parent)))
