"""The Visits screen: every visit of the desk, newest first, to find, fix, copy or remove.

It opens on all visits, newest first: today's are on top where the desk looks for them,
and older ones are one scroll away (pages load as the list scrolls). "Today" and "This
week" narrow it in one click.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from helpdesk.ui.context import UiContext
from helpdesk.ui.feedback import confirm, error_sentence
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.tasks import Tasks
from helpdesk.ui.visit_filters import VisitFilterBar
from helpdesk.ui.visits_model import (
    DURATION,
    FOLLOW_UP,
    HELPER,
    OUTCOME,
    QUESTIONS,
    SPOT,
    WHEN,
    VisitsTableModel,
)

if TYPE_CHECKING:  # the editor is built on demand: it pulls in the whole intake form
    from helpdesk.services import Services
    from helpdesk.ui.visit_editor import VisitEditorDialog


class VisitsScreen(FollowsLanguage, QWidget):
    """Filters, the list of visits, and what can be done to one of them."""

    def __init__(self, ctx: UiContext, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._select_after_load: str | None = None
        self._select_row_after_load: int | None = None
        # What Undo takes back (the last delete, edit or follow-up ticked): a writer job,
        # the sentence once it is done, and the visit to select then.
        self._undo: tuple[Callable[[Services], object], str, str] | None = None
        self._stale = False  # visits changed while the screen was hidden
        self.editor: VisitEditorDialog | None = None  # the open visit editor, if any

        self.model = VisitsTableModel(ctx, tasks, self)
        self.model.follow_up_done.connect(self.mark_follow_up_done)
        self._build()
        self.retranslate()
        ctx.visits_changed.connect(self.refresh)
        ctx.sync_changed.connect(self.refresh)  # "Sent" / "Waiting" follow each sync run
        ctx.state_changed.connect(self.refresh)  # a renamed spot or helper shows its new name
        ctx.language_changed.connect(self._update_count)
        self.model.page_loaded.connect(self._on_page_loaded)
        self.model.load_failed.connect(self._show_status)
        self.filters.changed.connect(self._apply_filter)
        self._apply_filter()

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.filters = VisitFilterBar(self._ctx)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Question types wrap onto more lines (each row as tall as it needs, for the rows
        # fetched so far) rather than lose their end behind "…", at 150 % text too.
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list, arrows move in it
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The service sorts (newest first); the header only says so.
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(WHEN, Qt.SortOrder.DescendingOrder)
        header.setSectionsClickable(False)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(QUESTIONS, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.open_action = QAction(self)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                       QKeySequence(Qt.Key.Key_Enter)])
        self.open_action.triggered.connect(self.open_selected)
        self.duplicate_action = QAction(self)
        self.duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        self.duplicate_action.triggered.connect(self.duplicate_selected)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_selected)
        for action in (self.open_action, self.duplicate_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo_last)
        self.addAction(self.undo_action)

        self.open_button, self.duplicate_button = QPushButton(), QPushButton()
        self.delete_button, self.undo_button = QPushButton(), QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.hide()
        self.status = QLabel(wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count = QLabel()
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        actions = QHBoxLayout()
        for button in (self.open_button, self.duplicate_button, self.delete_button):
            actions.addWidget(button)
        actions.addSpacing(24)
        actions.addWidget(self.status, 1)
        actions.addWidget(self.undo_button)
        actions.addSpacing(24)
        actions.addWidget(self.count)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        # Tab goes filters → list → actions, the order they are read in.
        order = self.filters.tab_order + [self.table, self.open_button, self.duplicate_button,
                                          self.delete_button, self.undo_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self._update_actions()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.table.setAccessibleName(self.tr("Visits, newest first"))
        self.open_action.setText(self.tr("Open"))
        self.duplicate_action.setText(self.tr("Duplicate"))
        self.delete_action.setText(self.tr("Delete…"))
        self.undo_action.setText(self.tr("Undo"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the visit to change it (Enter)"))
        self.duplicate_button.setText(self.tr("D&uplicate"))
        self.duplicate_button.setToolTip(
            self.tr("Save a copy of the visit with the time of now (Ctrl+D)"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the visit (Del); it can be undone"))
        self.undo_button.setText(self.tr("U&ndo"))
        self.model.retranslate()
        self._update_count()
        self._fit_columns()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _fit_columns(self) -> None:
        metrics = self.table.fontMetrics()
        # Room for French and Dutch labels, which run longer than English; longer names are
        # elided (the tooltip has them whole) so the questions keep the most room.
        sample = {WHEN: "mer. 30/09/2025  23:59", SPOT: "Bibliotheek Sint-Gil",
                  HELPER: "Anne-Catheri", OUTCOME: "Partiellement résolu",
                  DURATION: "120 min", FOLLOW_UP: "30/09/2025"}
        for column, text in sample.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(title) + 24)
            self.table.setColumnWidth(column, width + 24)

    # -- filters ---------------------------------------------------------------------

    def _apply_filter(self) -> None:
        wanted = self.filters.current_filter()
        if wanted != self.model.filter or self.model.rowCount() == 0:
            self.model.set_filter(wanted)
            self._update_count()

    # -- the list ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again (a visit was saved, edited or removed somewhere)."""
        if not self.isVisible() and self.model.rowCount() > 0:
            self._stale = True  # reload when shown; no need to query for a hidden list
            return
        self._stale = False
        self._remember_selection()
        self.model.reload()

    def selected_visit_id(self) -> str | None:
        """The id of the selected visit, or None."""
        rows = self.table.selectionModel().selectedRows()
        visit = self.model.visit_at(rows[0].row()) if rows else None
        return visit.id if visit else None

    def select_row(self, row: int) -> None:
        """Select and show one row of the list."""
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, WHEN)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _remember_selection(self) -> None:
        if self._select_after_load is None:
            self._select_after_load = self.selected_visit_id()
        rows = self.table.selectionModel().selectedRows()
        if self._select_row_after_load is None and rows:
            self._select_row_after_load = rows[0].row()

    def _on_page_loaded(self) -> None:
        wanted, fallback = self._select_after_load, self._select_row_after_load
        self._select_after_load = self._select_row_after_load = None
        row = self.model.row_of(wanted) if wanted else -1
        if row < 0 and fallback is not None:
            row = min(fallback, self.model.rowCount() - 1)
        if row >= 0:
            self.select_row(row)
        elif not self.table.selectionModel().hasSelection() and self.model.rowCount():
            # Keyboard users land on the newest visit rather than on nothing.
            self.table.setCurrentIndex(self.model.index(0, WHEN))
        self._update_count()
        self._update_actions()

    def _update_count(self, *_args) -> None:
        shown = self.model.rowCount()
        if self.model.is_loading and not shown:
            text = self.tr("Loading visits…")
        elif not shown:
            text = self.tr("No visits match these filters.")
        elif self.model.has_more:
            text = self.tr("%n visit(s) shown; scroll down for older ones", "", shown)
        else:
            text = self.tr("%n visit(s)", "", shown)
        unreadable = self.model.unreadable_count
        if unreadable:
            text += " " + self.tr("(%n with a time that cannot be read: open it to correct "
                                  "the time)", "", unreadable)
        self.count.setText(text)
        # Said while the tab is hidden, a longer text does not reach the row's layout by
        # itself, and the line would show cut once the tab opens: lay the row out again.
        self.count.setMinimumWidth(self.count.sizeHint().width())
        layout = self.layout()
        if layout is not None:
            layout.activate()

    def _update_actions(self, *_args) -> None:
        chosen = self.selected_visit_id() is not None
        for widget in (self.open_action, self.duplicate_action, self.delete_action,
                       self.open_button, self.duplicate_button, self.delete_button):
            widget.setEnabled(chosen)

    def _show_status(self, text: str, undo: bool = False) -> None:
        self.status.setText(text)
        self.undo_button.setVisible(undo)
        self.undo_action.setEnabled(undo)

    # -- actions -----------------------------------------------------------------------

    def open_selected(self) -> None:
        """Open the selected visit in the editor."""
        visit_id = self.selected_visit_id()
        if visit_id is None:
            return
        # Imported here: the editor pulls in the whole intake form, needed only on demand.
        from helpdesk.ui.visit_editor import VisitEditorDialog

        editor = VisitEditorDialog(self._ctx, self._tasks, visit_id, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.finished.connect(self._on_editor_closed)
        self.editor = editor
        editor.open()

    def _on_editor_closed(self, result: int) -> None:
        editor, self.editor = self.editor, None
        self.table.setFocus()
        if result == QDialog.DialogCode.Accepted and editor is not None \
                and editor.original is not None and editor.visit is not None:
            before, after = editor.original, editor.visit
            self._offer_undo(
                self.tr("The visit was changed."),
                lambda s: s.intake.update_visit(after.id, before.as_draft(),
                                                expected_revision=after.revision),
                self.tr("The visit is as it was before."), after.id)

    def delete_selected(self) -> None:
        """Ask, then delete the selected visit (a tombstone, so it can be undone and synced)."""
        visit_id = self.selected_visit_id()
        if visit_id is None:
            return
        question = self.tr("Delete this visit? It will no longer count in reports.")
        if not confirm(self, question, self.tr("Delete")):
            return
        rows = self.table.selectionModel().selectedRows()
        self._select_row_after_load = rows[0].row() if rows else None
        self._select_after_load = None
        self._tasks.write(lambda s: s.intake.delete_visit(visit_id),
                          lambda visit: self._on_deleted(visit.id), self._on_failed)

    def mark_follow_up_done(self, visit_id: str) -> None:
        """Mark a visit's follow-up done (one tick in the list), with Undo."""
        self._select_after_load = visit_id
        self._tasks.write(lambda s: s.intake.set_follow_up_done(visit_id),
                          lambda visit: self._on_follow_up_done(visit.id), self._on_failed)

    def _on_follow_up_done(self, visit_id: str) -> None:
        self._offer_undo(self.tr("The follow-up is marked done."),
                         lambda s: s.intake.set_follow_up_done(visit_id, False),
                         self.tr("The follow-up is open again."), visit_id)

    def _on_deleted(self, visit_id: str) -> None:
        self._offer_undo(self.tr("The visit was deleted."),
                         lambda s: s.intake.restore_visit(visit_id),
                         self.tr("The visit is back."), visit_id)
        self.table.setFocus()

    def _offer_undo(self, done: str, job: Callable[[Services], object], undone: str,
                    visit_id: str) -> None:
        self._undo = (job, undone, visit_id)
        self._show_status(done, undo=True)

    def undo_last(self) -> None:
        """Take back the last delete, edit or follow-up marked done."""
        if self._undo is None:
            return
        job, undone, visit_id = self._undo
        self._undo = None

        def done(_result: object) -> None:
            self._show_status(undone)
            self._select_after_load = visit_id

        self._tasks.write(job, done, self._on_failed)

    def duplicate_selected(self) -> None:
        """Save a copy of the selected visit, dated now (same questions, outcome, details)."""
        visit_id = self.selected_visit_id()
        if visit_id is None:
            return
        self._tasks.write(lambda s: s.intake.duplicate_visit(visit_id),
                          self._on_duplicated, self._on_failed)

    def _on_duplicated(self, visit) -> None:
        self._show_status(self.tr("A copy of the visit was saved with the time of now."))
        self._select_after_load = visit.id

    def _on_failed(self, error) -> None:
        self._show_status(error_sentence(error))
