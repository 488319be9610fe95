"""The Sessions screen: the session open now, and the recent ones with what they handled."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from helpdesk.core.records import GroupSession, SessionInfo
from helpdesk.ui.context import UiContext
from helpdesk.ui.desk_time import desk_zone, locale_for, short_date, to_local
from helpdesk.ui.feedback import error_label, error_sentence, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.group_dialog import GroupSessionDialog
from helpdesk.ui.session_dialogs import (
    CloseSessionDialog,
    OpenSessionDialog,
    SessionSummaryView,
    session_when,
)
from helpdesk.ui.tasks import Tasks

SPOT, DAY, HOURS, HELPERS, VISITS, TURNED_AWAY = range(6)
COLUMN_COUNT = 6
RECENT_LIMIT = 50


class SessionsTableModel(QAbstractTableModel):
    """Recent sessions, newest first: spot, day, hours, helpers, visits, turned away."""

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._sessions: list[SessionInfo] = []
        self._names: dict[str, str] = {}

    def set_sessions(self, sessions: list[SessionInfo], names: dict[str, str]) -> None:
        """Show ``sessions``; ``names`` gives every helper's name, retired ones too."""
        self.beginResetModel()
        self._sessions = list(sessions)
        self._names = dict(names)
        self.endResetModel()

    def session_at(self, row: int) -> SessionInfo | None:
        """The session on ``row``, or None."""
        return self._sessions[row] if 0 <= row < len(self._sessions) else None

    def retranslate(self) -> None:
        """Relabel headers and cells in the current language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._sessions:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._sessions) - 1, COLUMN_COUNT - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._sessions)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            SPOT: self.tr("Spot"),
            DAY: self.tr("Day"),
            HOURS: self.tr("Hours"),
            HELPERS: self.tr("Helpers"),
            VISITS: self.tr("Visits"),
            TURNED_AWAY: self.tr("Turned away"),
        }.get(section)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        session = self.session_at(index.row()) if index.isValid() else None
        if session is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(session, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (VISITS, TURNED_AWAY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == HELPERS:
            return self._display(session, column) or None
        return None

    def _display(self, session: SessionInfo, column: int) -> str:
        if column == SPOT:
            return session.spot_name
        day, opened, closed = session_when(self._ctx, session)
        if column == DAY:
            return day
        if column == HOURS:
            if session.is_open:
                return self.tr("open since {start}").format(start=opened)
            return self.tr("{start}–{end}").format(start=opened, end=closed)
        if column == HELPERS:
            return ", ".join(self._names.get(i, "") for i in session.staff_ids if i in self._names)
        if column == VISITS:
            return str(session.visit_count)
        if column == TURNED_AWAY:
            return "" if session.turned_away is None else str(session.turned_away)
        return ""


class SessionsScreen(FollowsLanguage, QWidget):
    """Open or close the current session; look back at recent ones."""

    def __init__(self, ctx: UiContext, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._current: SessionInfo | None = ctx.state.open_session
        self._names: dict[str, str] = {}
        # The open or close dialog while it is shown.
        self.dialog: OpenSessionDialog | CloseSessionDialog | GroupSessionDialog | None = None

        self.current_box = QGroupBox()
        self.current_text = QLabel(wordWrap=True)
        self.current_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.session_button = QPushButton()
        self.session_button.clicked.connect(self.open_or_close)
        # Workshops and trainings: participants, counted apart from the visits.
        self.group_button = QPushButton()
        self.group_button.clicked.connect(self.record_group)
        self.group_saved = QLabel(wordWrap=True)
        self.error = error_label()
        current = QHBoxLayout(self.current_box)
        current.addWidget(self.current_text, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.session_button)
        buttons.addWidget(self.group_button)
        buttons.addStretch(1)
        current.addLayout(buttons)

        self.model = SessionsTableModel(ctx, self)
        self.recent_label = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.recent_label.setBuddy(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(HELPERS, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.selectionModel().currentRowChanged.connect(self._on_session_chosen)

        # Group sessions recorded here: corrected or deleted (after a confirmation).
        self.groups_label = QLabel()
        self.groups = QListWidget()
        # A few lines: the recent sessions above keep most of the height.
        self.groups.setMaximumHeight(self.groups.fontMetrics().lineSpacing() * 3 + 8)
        self.groups_label.setBuddy(self.groups)
        self.groups.currentRowChanged.connect(self._on_group_chosen)
        self.groups.itemActivated.connect(lambda _item: self.correct_group())
        self.correct_group_button = QPushButton()
        self.correct_group_button.clicked.connect(self.correct_group)
        self.delete_group_button = QPushButton()
        self.delete_group_button.clicked.connect(self.delete_group)
        self.confirm: QMessageBox | None = None  # the delete question while it is shown
        self._groups: list[GroupSession] = []
        group_buttons = QHBoxLayout()
        group_buttons.addWidget(self.correct_group_button)
        group_buttons.addWidget(self.delete_group_button)
        group_buttons.addStretch(1)
        groups_part = QWidget()
        groups_layout = QVBoxLayout(groups_part)
        groups_layout.setContentsMargins(0, 0, 0, 0)
        groups_layout.addWidget(self.groups_label)
        groups_layout.addWidget(self.groups, 1)
        groups_layout.addLayout(group_buttons)

        self.summary_title = QLabel(wordWrap=True)
        self.summary = SessionSummaryView(ctx)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.recent_label)
        top_layout.addWidget(self.table, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.summary_title)
        bottom_layout.addWidget(self.summary, 1)
        # Stacked, so the six columns get the full width even with long French labels.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.addWidget(groups_part)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        # Most of the height to the recent sessions; the group list needs only a few lines.
        splitter.setSizes([500, 300, 100])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.current_box)
        layout.addWidget(self.error)
        layout.addWidget(self.group_saved)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.session_button, self.group_button)
        QWidget.setTabOrder(self.group_button, self.table)
        QWidget.setTabOrder(self.table, self.groups)
        QWidget.setTabOrder(self.groups, self.correct_group_button)
        QWidget.setTabOrder(self.correct_group_button, self.delete_group_button)

        self.retranslate()
        ctx.session_changed.connect(self.refresh)
        ctx.visits_changed.connect(self.refresh)
        ctx.state_changed.connect(self.refresh)
        ctx.language_changed.connect(self._relabel)
        self.refresh()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.current_box.setTitle(self.tr("Current session"))
        self.recent_label.setText(self.tr("&Recent sessions"))
        self.groups_label.setText(self.tr("Recent group sessio&ns"))
        self.groups.setAccessibleName(self.tr("Recent group sessions, newest first"))
        self.correct_group_button.setText(self.tr("C&hange…"))
        self.delete_group_button.setText(self.tr("&Delete…"))
        self.group_button.setText(self.tr("Record a &group session…"))
        self.group_button.setToolTip(self.tr(
            "A workshop, info session or training: its participants are counted apart from "
            "the visits"))
        self.table.setAccessibleName(self.tr("Recent sessions, newest first"))
        self._relabel()

    def _relabel(self, *_args) -> None:
        self._show_current()
        self.model.retranslate()
        self._show_summary_title()
        self._fit_columns()
        self._show_groups(self._groups)  # their lines in the new language

    def _fit_columns(self) -> None:
        metrics = self.table.fontMetrics()
        sample = {SPOT: "Bibliotheek Sint-Gillis", DAY: "mer. 30/09/2025",
                  HOURS: "ouverte depuis 23:59", VISITS: "9999", TURNED_AWAY: "999"}
        for column, text in sample.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(title))
            self.table.setColumnWidth(column, width + 28)

    # -- reading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the current and the recent sessions again."""
        def read(s):
            names = {person.id: person.name for person in s.desk.staff(include_retired=True)}
            return (s.sessions.current_session(), s.sessions.recent_sessions(RECENT_LIMIT),
                    names, s.groups.recent_groups(RECENT_LIMIT))

        self._tasks.read(read, self._on_read, self._on_failed)

    def _on_read(self, result) -> None:
        current, recent, names, groups = result
        self._show_groups(groups)
        chosen = self._chosen_session()
        self._current, self._names = current, names
        self.model.set_sessions(recent, names)
        self._show_current()
        self._fit_columns()
        row = next((n for n, s in enumerate(recent) if chosen and s.id == chosen.id), 0)
        if recent:
            self.table.selectRow(row)
        else:
            self.summary.show_summary(None)
            self._show_summary_title()

    def _show_groups(self, groups: list[GroupSession]) -> None:
        chosen = self._chosen_group()
        self._groups = groups
        locale = locale_for(self._ctx.language)
        settings = self._ctx.state.settings
        zone = desk_zone(settings.time_zone if settings else None)
        self.groups.clear()
        for group in groups:
            day = short_date(to_local(group.started_at, zone).date(), locale) \
                if group.started_at else "?"
            text = self.tr("{day}, {spot}: {title}, %n participant(s)", "",
                           group.participants).format(day=day, spot=group.spot_name,
                                                      title=group.title)
            if group.question_types:  # what it was about, as the visits list shows it
                text += " — " + self._ctx.question_labels(group.question_types)
            item = QListWidgetItem(text, self.groups)
            item.setToolTip(text)  # a long list of topics is cut at the list's edge
        row = next((n for n, g in enumerate(groups) if chosen and g.id == chosen.id), 0)
        self.groups.setCurrentRow(row if groups else -1)
        self._on_group_chosen(self.groups.currentRow())

    def _chosen_group(self) -> GroupSession | None:
        row = self.groups.currentRow()
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def _on_group_chosen(self, _row: int) -> None:
        chosen = self._chosen_group() is not None
        self.correct_group_button.setEnabled(chosen)
        self.delete_group_button.setEnabled(chosen)

    def correct_group(self) -> None:
        """Open the chosen group session in the group dialog, to correct it."""
        group = self._chosen_group()
        if group is None:
            return
        show_error(self.error, "")
        dialog = GroupSessionDialog(self._ctx, self._tasks, self, group=group)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved_group.connect(self._on_group_saved)
        dialog.finished.connect(self._on_group_finished)
        self.dialog = dialog
        dialog.open()

    def delete_group(self) -> None:
        """Ask, then delete the chosen group session."""
        group = self._chosen_group()
        if group is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete a group session"),
                          self.tr("Delete “{title}” ({participants} participants)? It is "
                                  "removed from the sheets, here and on the hub.").format(
                                      title=group.title, participants=group.participants),
                          QMessageBox.StandardButton.NoButton, self)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            self.confirm = None
            if box.clickedButton() is delete:
                self._tasks.write(lambda s: s.groups.delete_group(group.id),
                                  self._on_group_deleted, self._on_failed)

        box.finished.connect(answered)
        self.confirm = box
        box.open()

    def _on_group_deleted(self, group: GroupSession) -> None:
        self.group_saved.setText(self.tr("Group session deleted: {title}.").format(
            title=group.title))

    def _chosen_session(self) -> SessionInfo | None:
        return self.model.session_at(self.table.currentIndex().row())

    def _on_session_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        session = self.model.session_at(current.row())
        self._show_summary_title()
        if session is None:
            self.summary.show_summary(None)
            return
        self._tasks.read(lambda s: s.sessions.summary(session.id),
                         self._on_summary, self._on_failed)

    def _on_summary(self, summary) -> None:
        chosen = self._chosen_session()
        if chosen is not None and summary.session.id == chosen.id:
            self.summary.show_summary(summary)

    def _show_summary_title(self) -> None:
        session = self._chosen_session()
        if session is None:
            self.summary_title.setText(self.tr("Choose a session to see what it handled."))
            return
        day, opened, closed = session_when(self._ctx, session)
        self.summary_title.setText(self.tr("{spot}, {day}").format(spot=session.spot_name, day=day))

    def _show_current(self) -> None:
        session = self._current
        if session is None:
            self.current_text.setText(self.tr("No session is open. Open one when the desk opens, "
                                              "so visits count for the right spot and helpers."))
            self.session_button.setText(self.tr("&Open a session…"))
            self.session_button.setEnabled(bool(self._ctx.state.spots))
            return
        day, opened, _closed = session_when(self._ctx, session)
        names = self._names or {p.id: p.name for p in self._ctx.state.staff}
        helpers = ", ".join(names[i] for i in session.staff_ids if i in names)
        lines = [self.tr("{spot}, {day}, open since {time}").format(
            spot=session.spot_name, day=day, time=opened)]
        if helpers:
            lines.append(self.tr("Helpers: {names}").format(names=helpers))
        lines.append(self.tr("%n visit(s) so far", "", session.visit_count))
        self.current_text.setText("\n".join(lines))
        self.session_button.setText(self.tr("&Close session…"))
        self.session_button.setEnabled(True)

    def _on_failed(self, error) -> None:
        show_error(self.error, error_sentence(error))

    # -- acting ------------------------------------------------------------------------

    def open_or_close(self) -> None:
        """Open a session when none is open, otherwise offer to close the current one."""
        show_error(self.error, "")
        dialog: OpenSessionDialog | CloseSessionDialog
        if self._current is None:
            dialog = OpenSessionDialog(self._ctx, self._tasks, self)
        else:
            dialog = CloseSessionDialog(self._ctx, self._tasks, self._current, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def record_group(self) -> None:
        """Open the dialog that records a group session."""
        show_error(self.error, "")
        dialog = GroupSessionDialog(self._ctx, self._tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved_group.connect(self._on_group_saved)
        dialog.finished.connect(self._on_group_finished)
        self.dialog = dialog
        dialog.open()

    def _on_group_saved(self, saved: GroupSession) -> None:
        self.group_saved.setText(self.tr("Group session saved: {title}, %n participant(s).",
                                         "", saved.participants).format(title=saved.title))

    def _on_group_finished(self, _result: int) -> None:
        self.dialog = None
        self.group_button.setFocus()

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
        self.session_button.setFocus()
