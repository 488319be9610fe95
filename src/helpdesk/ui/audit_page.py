"""The audit trail in Settings (a coordinator's): who did what and when, filtered by person
and dates, and a check that no entry was changed since it was written."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helpdesk.ui.audit_text import Describer
from helpdesk.ui.context import UiContext
from helpdesk.ui.desk_time import desk_zone, from_local
from helpdesk.ui.feedback import error_label, error_sentence, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.tasks import Tasks

SHOWN = 500  # the newest entries matching the filter; narrow the dates to see older ones
EVERYONE = "\x00everyone"


class AuditBox(FollowsLanguage, QGroupBox):
    """The trail, newest first, with its filters and "Check the trail"."""

    def __init__(self, ctx: UiContext, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._entries: list = []
        self._names: tuple[dict[str, str], dict[str, str]] = ({}, {})
        self.person_label, self.person = QLabel(), QComboBox()
        self.person.setMinimumContentsLength(12)
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person_label.setBuddy(self.person)
        self.from_label, self.from_day = QLabel(), QDateEdit()
        self.to_label, self.to_day = QLabel(), QDateEdit()
        today = QDate.currentDate()
        for label, field, day in ((self.from_label, self.from_day, today.addDays(-30)),
                                  (self.to_label, self.to_day, today)):
            field.setCalendarPopup(True)
            field.setDate(day)
            label.setBuddy(field)
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.reload)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(160)
        self.list.setStyleSheet("QListWidget::item { padding: 3px 2px; }")
        self.count = QLabel(wordWrap=True)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.verify)
        self.verdict = QLabel(wordWrap=True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.hide()
        self.error = error_label()
        filters = QGridLayout()
        filters.addWidget(self.person_label, 0, 0)
        filters.addWidget(self.person, 1, 0)
        filters.addWidget(self.from_label, 0, 1)
        filters.addWidget(self.from_day, 1, 1)
        filters.addWidget(self.to_label, 0, 2)
        filters.addWidget(self.to_day, 1, 2)
        filters.addWidget(self.show_button, 1, 3)
        filters.setColumnStretch(0, 1)
        check = QHBoxLayout()
        check.addWidget(self.verify_button)
        check.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        layout.addLayout(check)
        layout.addWidget(self.verdict)
        layout.addWidget(self.error)
        self.hide()  # until the services say this person may read the trail
        self.retranslate()
        # Who is signed in may change (another person takes over): show or hide again.
        ctx.state_changed.connect(self.reload)
        ctx.account_changed.connect(self.reload)  # a take-over: show what the new person may use
        self.reload()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("Who did what (audit trail)"))
        self.person_label.setText(self.tr("&Person"))
        if self.person.count():
            self.person.setItemText(0, self.tr("Everyone"))
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To"))
        self.show_button.setText(self.tr("S&how"))
        self.list.setAccessibleName(self.tr("Audit trail entries"))
        self.verify_button.setText(self.tr("Chec&k the trail"))
        self.verify_button.setToolTip(self.tr(
            "Recomputes every entry's seal: an entry changed or removed since it was written "
            "is found."))
        self._show_entries()

    def _range(self) -> tuple[datetime, datetime]:
        settings = self._ctx.state.settings
        zone = desk_zone(settings.time_zone if settings else None)
        first, last = self.from_day.date(), self.to_day.date()
        if last < first:
            first, last = last, first
        since = from_local(_midnight(first), zone)
        until = from_local(_midnight(last.addDays(1)), zone)
        return since, until

    def reload(self) -> None:
        """Read the entries the filters ask for, newest first (when this person may)."""
        since, until = self._range()
        chosen = self.person.currentData()
        actor = None if chosen in (None, EVERYONE) else chosen

        def read(s):
            if not s.signed_in.allows("audit"):
                return None
            names = ({p.id: p.name for p in s.desk.staff(include_retired=True)},
                     {p.id: p.name for p in s.desk.spots(include_retired=True)})
            return (s.audit.actors(), s.audit.entries(since, SHOWN, until=until, actor=actor,
                                                      newest_first=True), names)

        self._tasks.read(read, self._on_read,
                         lambda e: show_error(self.error, error_sentence(e)))

    def _on_read(self, result) -> None:
        if result is None:
            self.hide()
            return
        actors, entries, names = result
        self.show()
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), EVERYONE)
        for actor in actors:
            self.person.addItem(actor or self.tr("No account (before protection)"), actor)
        self.person.setCurrentIndex(max(0, self.person.findData(chosen)))
        self.person.blockSignals(False)
        self._entries, self._names = entries, names
        self._show_entries()

    def _show_entries(self) -> None:
        describer = Describer(self._ctx, *self._names)
        self.list.clear()
        for entry in self._entries:
            item = QListWidgetItem(self.tr("{when}  {what}").format(
                when=describer.when(entry.at), what=describer.sentence(entry)))
            item.setData(Qt.ItemDataRole.UserRole, entry.seq)
            self.list.addItem(item)
        if not self._entries:
            self.count.setText(self.tr("Nothing was recorded for this person and these days."))
        elif len(self._entries) >= SHOWN:
            self.count.setText(self.tr(
                "The newest {count} entries are shown; choose fewer days to see older ones.")
                .format(count=SHOWN))
        else:
            self.count.setText(self.tr("%n entry(ies).", "", len(self._entries)))

    def verify(self) -> None:
        """Check the whole chain; say plainly whether it is intact or where it breaks."""
        show_error(self.error, "")
        self.verify_button.setEnabled(False)
        self._tasks.read(lambda s: s.audit.verify(), self._on_verified, self._on_failed)

    def _on_verified(self, check) -> None:
        self.verify_button.setEnabled(True)
        if check.intact:
            text = self.tr("The trail is intact: %n entry(ies) checked, none was changed or "
                           "removed.", "", check.entries)
        else:
            text = self.tr("The trail was changed: entry number {seq} does not fit the "
                           "entries before it (changed, removed or inserted after it was "
                           "written). Everything before it is intact. Tell the person "
                           "responsible for the desk's data.").format(seq=check.first_broken)
        self.verdict.setText(text)
        self.verdict.setStyleSheet("" if check.intact else "color: #a4262c;")
        self.verdict.show()

    def _on_failed(self, error) -> None:
        self.verify_button.setEnabled(True)
        show_error(self.error, error_sentence(error))


def _midnight(day: QDate) -> QDateTime:
    return QDateTime(day, QTime(0, 0))
