"""Record a group session (a workshop, an info session, a training) from the Sessions screen.

A few fields, most already filled: the spot of the open session, now, and nothing else that
must be chosen but a title and how many took part. No names: participants are counted. The
question types covered and the helpers who ran it are ticked in two lists beside the form;
the participants' profile (counts) is folded away under one button.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from helpdesk.core.errors import HelpdeskError
from helpdesk.core.records import GROUP_LEVELS, GroupDraft, GroupSession
from helpdesk.ui.context import UiContext
from helpdesk.ui.desk_time import desk_zone, from_local, locale_for, to_local
from helpdesk.ui.feedback import error_label, error_sentence, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.group_details import CheckList, ProfileCounts
from helpdesk.ui.tasks import Tasks

# Title and participants first: the two a person always types (the rest is filled in).
FIELDS = ("title", "participants", "started_at", "duration_minutes", "level", "spot_id")
TITLE_MAX = 120


class GroupSessionDialog(FollowsLanguage, QDialog):
    """Title, spot, when, how long, how many, which level, question types covered, who ran it
    and, optionally, the participants' profile of one group session."""

    saved_group = Signal(object)  # the GroupSession, once saved

    def __init__(self, ctx: UiContext, tasks: Tasks, parent: QWidget | None = None,
                 group: GroupSession | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.saved: GroupSession | None = None
        self._group = group  # the one being corrected; None for a new one
        self._loaded_when: QDateTime | None = None
        settings = ctx.state.settings
        self._zone = desk_zone(settings.time_zone if settings else None)
        self.labels = {name: QLabel() for name in FIELDS}
        self.errors = {name: error_label() for name in (*FIELDS, "")}
        self.spot_choice = QComboBox()
        for spot in ctx.state.spots:
            if spot.active:
                self.spot_choice.addItem(spot.name, spot.id)
        session = ctx.state.open_session
        if session is not None:  # the spot of the open session is where the group meets
            self.spot_choice.setCurrentIndex(max(0, self.spot_choice.findData(session.spot_id)))
        self.title = QLineEdit()
        self.title.setMaxLength(TITLE_MAX)
        self.when = QDateTimeEdit(to_local(datetime.now(timezone.utc), self._zone))
        self.when.setCalendarPopup(True)
        self.duration = QSpinBox()
        self.duration.setRange(0, 600)
        self.duration.setSingleStep(15)
        self.participants = QSpinBox()
        self.participants.setRange(1, 500)
        self.participants.setValue(1)
        self.level = QComboBox()
        fields = {"spot_id": self.spot_choice, "title": self.title, "started_at": self.when,
                  "duration_minutes": self.duration, "participants": self.participants,
                  "level": self.level}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name in FIELDS:
            self.labels[name].setBuddy(fields[name])
            form.addRow(self.labels[name], fields[name])
            form.addRow("", self.errors[name])
        self.questions_label, self.questions = QLabel(), CheckList()
        self.facilitators_label, self.facilitators = QLabel(), CheckList()
        self.questions_label.setBuddy(self.questions)
        self.facilitators_label.setBuddy(self.facilitators)
        self.profile = ProfileCounts(ctx)
        self.participants.valueChanged.connect(self.profile.set_participants)
        self.profile.toggle.toggled.connect(self._fit)
        for name in ("question_types", "facilitator_ids"):
            self.errors[name] = error_label()
        self.errors["profile"] = self.profile.error  # the live sentence's place
        self._fill_lists(group)
        lists = QVBoxLayout()
        for label, widget, name in (
                (self.questions_label, self.questions, "question_types"),
                (self.facilitators_label, self.facilitators, "facilitator_ids")):
            lists.addWidget(label)
            lists.addWidget(widget, 2 if name == "question_types" else 1)
            lists.addWidget(self.errors[name])
        top = QHBoxLayout()
        top.addLayout(form, 3)
        top.addLayout(lists, 2)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.profile)
        layout.addWidget(self.errors[""])
        layout.addWidget(self.buttons)
        self.resize(860, 460)
        self.retranslate()
        if group is not None:
            self._load(group)
        self.title.setFocus()

    def _fit(self) -> None:
        """Grow to show the unfolded profile, within the screen (1366×768 at 150 % text)."""
        room = self.screen().availableGeometry().height() - 40  # the window's title bar
        wanted = max(self.height(), self.sizeHint().height())
        self.resize(max(self.width(), self.sizeHint().width()), min(wanted, room))

    def _fill_lists(self, group: GroupSession | None) -> None:
        """Active question types and helpers; a corrected group's retired ones stay ticked."""
        ticked = group.question_types if group is not None else ()
        taxonomy = self._ctx.taxonomy
        codes = [i.code for i in taxonomy.items("question_types", include_retired=True)
                 if i.active or i.code in ticked]
        codes += [c for c in ticked if c not in codes]  # unknown to this taxonomy: its code
        self.questions.set_items([(c, self._ctx.label("question_types", c)) for c in codes],
                                 ticked)
        ran = group.facilitator_ids if group is not None else ()
        self.facilitators.set_items([(p.id, p.name) for p in self._ctx.state.staff
                                     if p.active or p.id in ran], ran)

    def _load(self, group: GroupSession) -> None:
        if self.spot_choice.findData(group.spot_id) < 0:  # a retired spot: shown as it is
            self.spot_choice.addItem(group.spot_name, group.spot_id)
        self.spot_choice.setCurrentIndex(self.spot_choice.findData(group.spot_id))
        self.title.setText(group.title)
        if group.started_at is not None:
            # By its fields: setDateTime would convert to the widget's own time spec.
            local = to_local(group.started_at, self._zone)
            self.when.setDate(local.date())
            self.when.setTime(local.time())
        self._loaded_when = self.when.dateTime()
        self.duration.setValue(group.duration_minutes or 0)
        self.participants.setValue(group.participants)
        self.level.setCurrentIndex(max(0, self.level.findData(group.level)))
        self.profile.set_counts(group.profile)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Record a group session") if self._group is None
                            else self.tr("Correct a group session"))
        self.labels["spot_id"].setText(self.tr("&Spot"))
        self.labels["title"].setText(self.tr("&Title"))
        self.title.setPlaceholderText(self.tr("e.g. Burger Café, itsme workshop"))
        self.labels["started_at"].setText(self.tr("&When"))
        self.labels["duration_minutes"].setText(self.tr("How &long"))
        self.duration.setSpecialValueText(self.tr("not known"))
        self.duration.setSuffix(self.tr(" min"))
        self.labels["participants"].setText(self.tr("&Participants"))
        self.participants.setAccessibleName(self.tr("Number of participants"))
        self.labels["level"].setText(self.tr("Le&vel"))
        locale = locale_for(self._ctx.language)
        self.when.setDisplayFormat(locale.dateFormat(locale.FormatType.ShortFormat) + "  "
                                   + locale.timeFormat(locale.FormatType.ShortFormat))
        chosen = self.level.currentData()
        self.level.clear()
        self.level.addItem(self.tr("Not known"), None)
        names = {"beginner": self.tr("Beginner"), "intermediate": self.tr("Intermediate"),
                 "advanced": self.tr("Advanced")}
        for code in GROUP_LEVELS:
            self.level.addItem(names[code], code)
        self.level.setCurrentIndex(max(0, self.level.findData(chosen)))
        self.save_button.setText(self.tr("Save group session"))
        self.questions_label.setText(self.tr("&Question types covered"))
        self.facilitators_label.setText(self.tr("Run &by"))
        self.facilitators.setAccessibleName(self.tr("Helpers who ran it"))
        self._relabel_questions()  # the profile follows the language by itself

    def _relabel_questions(self) -> None:
        for n in range(self.questions.count()):
            item = self.questions.item(n)
            item.setText(self._ctx.label("question_types",
                                         item.data(Qt.ItemDataRole.UserRole)))

    def draft(self) -> GroupDraft:
        """What the dialog holds, as a group session to save."""
        return GroupDraft(
            spot_id=self.spot_choice.currentData() or "",
            title=self.title.text(),
            participants=self.participants.value(),
            duration_minutes=self.duration.value() or None,
            level=self.level.currentData(),
            started_at=self._group.started_at if self._group is not None
            and self.when.dateTime() == self._loaded_when  # untouched: kept to the second
            else from_local(self.when.dateTime(), self._zone),
            question_types=self.questions.checked(),
            facilitator_ids=self.facilitators.checked(),
            profile=self.profile.counts(),
        )

    def save(self) -> None:
        """Save the group session; a problem is said next to its field."""
        for label in self.errors.values():
            show_error(label, "")
        draft = self.draft()
        self.save_button.setEnabled(False)
        group = self._group
        if group is None:
            self._tasks.write(lambda s: s.groups.record_group(draft), self._on_saved,
                              self._on_failed)
        else:
            self._tasks.write(lambda s: s.groups.update_group(group.id, draft), self._on_saved,
                              self._on_failed)

    def _on_saved(self, group: GroupSession) -> None:
        self.saved = group
        self.saved_group.emit(group)
        self.accept()

    def _on_failed(self, error: HelpdeskError) -> None:
        self.save_button.setEnabled(True)
        field = error.field if error.field in self.errors else ""
        show_error(self.errors[field or ""], error_sentence(error))
