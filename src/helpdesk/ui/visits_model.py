"""The Visits list as a Qt table model that loads one page at a time, newest first.

A desk can hold a million visits: the model never counts them and never loads them all. It
asks the reader thread for the next page only when the view scrolls near the end
(``canFetchMore`` / ``fetchMore``), keeps one request in flight, and appends the rows when
the page arrives on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from helpdesk.core.errors import HelpdeskError
from helpdesk.core.records import PageCursor, VisitFilter, VisitRow
from helpdesk.ui.context import UiContext
from helpdesk.ui.desk_time import desk_zone, locale_for, short_date, short_time, to_local
from helpdesk.ui.tasks import Tasks

PAGE_SIZE = 200
# A reload (after an edit) fetches what was already loaded in one go, so the list keeps its
# place; past this many rows it starts again from the top rather than run a long query.
RELOAD_LIMIT = 5000

WHEN, SPOT, HELPER, QUESTIONS, OUTCOME, DURATION, FOLLOW_UP, SYNC = range(8)
COLUMN_COUNT = 8

VISIT_ID_ROLE = Qt.ItemDataRole.UserRole  # the visit's id, for opening or deleting it
VISIT_ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole VisitRow


@dataclass
class _Request:
    """The page request in flight: which list it belongs to and whether it is a reload."""

    generation: int
    reload: bool = False


class VisitsTableModel(QAbstractTableModel):
    """Visits matching a filter, newest first, fetched lazily page by page."""

    # A page arrived (first page, next page or a reload); the screen updates its counts.
    page_loaded = Signal()
    # A page could not be read; the sentence is already translated.
    load_failed = Signal(str)
    follow_up_done = Signal(str)  # the id of a visit whose follow-up box was ticked

    def __init__(self, ctx: UiContext, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._rows: list[VisitRow] = []
        self._filter = VisitFilter()
        self._cursor: PageCursor | None = None
        self._exhausted = False
        self._request: _Request | None = None
        # Bumped on every reset so a page that arrives for an old filter is dropped.
        self._generation = 0
        self._started = False
        self._apply_language()
        ctx.language_changed.connect(self.retranslate)
        ctx.taxonomy_changed.connect(self._relabel)
        ctx.state_changed.connect(self._apply_language)

    # -- what the screen uses ----------------------------------------------------------

    @property
    def filter(self) -> VisitFilter:
        """The filter the list is narrowed to."""
        return self._filter

    @property
    def is_loading(self) -> bool:
        """True while a page request is in flight."""
        return self._request is not None

    @property
    def has_more(self) -> bool:
        """True while there may be older visits not loaded yet."""
        return not self._exhausted

    def set_filter(self, visit_filter: VisitFilter) -> None:
        """Show the visits matching ``visit_filter``: empty the list and load its first page."""
        self._filter = visit_filter
        self._restart()

    def reload(self) -> None:
        """Read the loaded rows again (after a visit changed), keeping the list's place."""
        if not self._started:
            self._restart()
            return
        if len(self._rows) > RELOAD_LIMIT or self._request is not None:
            self._restart()
            return
        limit = max(len(self._rows), PAGE_SIZE)
        self._send(_Request(self._generation, reload=True), None, limit)

    def visit_at(self, row: int) -> VisitRow | None:
        """The visit shown on ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, visit_id: str) -> int:
        """The row showing ``visit_id``, or -1 when it is not loaded."""
        return next((n for n, v in enumerate(self._rows) if v.id == visit_id), -1)

    def retranslate(self) -> None:
        """Relabel headers, codes, dates and durations in the current language."""
        self._apply_language()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        self._relabel()

    # -- Qt model interface ------------------------------------------------------------

    @property
    def unreadable_count(self) -> int:
        """How many loaded visits have a stored time that does not exist."""
        return sum(1 for row in self._rows if row.started_at is None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        if not self._started:
            return True
        return not self._exhausted and self._request is None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._request is not None:
            return
        if not self._started:
            self._restart()
            return
        if not self._exhausted:
            self._send(_Request(self._generation), self._cursor, PAGE_SIZE)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._header_labels().get(section)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        visit = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(visit, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == FOLLOW_UP and visit.follow_up:
                return self.tr("This visit still needs a follow-up: tick the box once it is done")
            if column in (QUESTIONS, SPOT, HELPER, OUTCOME):
                return self._display(visit, column) or None
            if column == SYNC:
                return self._sync_tip(visit.sync_state)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.CheckStateRole and column == FOLLOW_UP and visit.follow_up:
            return Qt.CheckState.Unchecked  # a box to tick when the follow-up is done
        if role == VISIT_ID_ROLE:
            return visit.id
        if role == VISIT_ROW_ROLE:
            return visit
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        visit = self.visit_at(index.row()) if index.isValid() else None
        if index.column() == FOLLOW_UP and visit is not None and visit.follow_up:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        # Ticking an open follow-up asks for it to be marked done; the list reloads once the
        # store says so (the change is announced), so nothing is shown done before it is.
        visit = self.visit_at(index.row()) if index.isValid() else None
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == FOLLOW_UP \
                and visit is not None and visit.follow_up \
                and value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value):
            self.follow_up_done.emit(visit.id)
            return True
        return False

    # -- internals ---------------------------------------------------------------------

    def _header_labels(self) -> dict[int, str]:
        # Built on each call so a language switch shows at the next repaint.
        return {
            WHEN: self.tr("When"),
            SPOT: self.tr("Spot"),
            HELPER: self.tr("Helper"),
            QUESTIONS: self.tr("Questions"),
            OUTCOME: self.tr("Outcome"),
            DURATION: self.tr("Duration"),
            FOLLOW_UP: self.tr("Follow-up"),
            SYNC: self.tr("Sync"),
        }

    def _display(self, visit: VisitRow, column: int) -> str:
        if column == WHEN:
            if visit.started_at is None:  # stored before times were checked: fix it by editing
                return self.tr("Time unreadable")
            local = to_local(visit.started_at, self._zone)
            return f"{short_date(local.date(), self._locale)}  {short_time(local, self._locale)}"
        if column == SPOT:
            return visit.spot_name
        if column == HELPER:
            return visit.staff_name
        if column == QUESTIONS:
            return self._ctx.question_labels(visit.question_types)
        if column == OUTCOME:
            return self._ctx.label("outcomes", visit.outcome)
        if column == DURATION:
            if visit.duration_minutes is None:
                return ""
            return self.tr("%n min", "", visit.duration_minutes)
        if column == FOLLOW_UP:
            if not visit.follow_up:
                return ""
            if visit.follow_up_date is None:
                return self.tr("Yes")
            day = QDate(visit.follow_up_date.year, visit.follow_up_date.month,
                        visit.follow_up_date.day)
            return self._locale.toString(day, QLocale.FormatType.ShortFormat)
        if column == SYNC:
            return {"sent": self.tr("Sent"), "waiting": self.tr("Waiting")}.get(
                visit.sync_state, "")
        return ""

    def _sync_tip(self, state: str) -> str:
        if state == "sent":
            return self.tr("Every sync target has this version of the visit")
        if state == "waiting":
            return self.tr("This version of the visit has not reached every sync target yet")
        return self.tr("No sync target is set up: this visit stays on this desk")

    def _apply_language(self, *_args) -> None:
        settings = self._ctx.state.settings
        self._zone = desk_zone(settings.time_zone if settings else None)
        self._locale = locale_for(self._ctx.language)

    def _relabel(self) -> None:
        if self._rows:
            last = self.index(len(self._rows) - 1, COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _restart(self) -> None:
        self._started = True
        self._generation += 1
        self._request = None
        self._cursor = None
        self._exhausted = False
        if self._rows:
            self.beginResetModel()
            self._rows = []
            self.endResetModel()
        self._send(_Request(self._generation), None, PAGE_SIZE)

    def _send(self, request: _Request, cursor: PageCursor | None, limit: int) -> None:
        self._request = request
        visit_filter = self._filter
        self._tasks.read(
            lambda s: s.visits.page(visit_filter, after=cursor, limit=limit),
            lambda rows: self._arrived(request, rows, limit),
            lambda error: self._failed(request, error),
        )

    def _arrived(self, request: _Request, rows: list[VisitRow], limit: int) -> None:
        if request.generation != self._generation or request is not self._request:
            return  # an answer for a list that has been replaced since
        self._request = None
        if request.reload:
            self._replace(rows)
        elif rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._exhausted = len(rows) < limit
        if self._rows:
            last = self._rows[-1]
            self._cursor = PageCursor(started_at=last.started_at, id=last.id)
        self.page_loaded.emit()

    def _replace(self, rows: list[VisitRow]) -> None:
        old_ids = [v.id for v in self._rows]
        if [v.id for v in rows] == old_ids:
            # Same visits, maybe edited: repaint them in place so selection and scroll stay.
            self._rows = list(rows)
            self._relabel()
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _failed(self, request: _Request, error: HelpdeskError) -> None:
        if request is not self._request:
            return
        self._request = None
        # Stop asking until the person refreshes: a failing read must not loop.
        self._exhausted = True
        self.load_failed.emit(error.sentence(_translate_error))
        self.page_loaded.emit()


def _translate_error(message: str) -> str:
    return QCoreApplication.translate("errors", message)
