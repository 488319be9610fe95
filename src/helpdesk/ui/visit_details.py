"""The optional details of a visit, folded under "More details" on the intake form.

Duration, follow-up, channel, the anonymous profile and a short note. Everything starts as
"not known" so a busy helper can skip all of it. (Autonomy, which the funders count, sits on
the form itself.)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QRegularExpression, QStringListModel, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from helpdesk.core.records import UNKNOWN
from helpdesk.core.visit_fields import RESIDENCE_ABROAD
from helpdesk.ui.context import UiContext
from helpdesk.ui.desk_time import locale_for, python_date, qt_date
from helpdesk.ui.feedback import error_label, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.widgets import ChoiceRow, FlowLayout

if TYPE_CHECKING:
    from helpdesk.ui.tasks import Tasks

NOTE_MAX = 500
DURATION_MAX = 480  # a whole working day; longer is surely a typo
NO_DATE = QDate(2000, 1, 1)  # the date box shows "no date" at this value
DEFAULT_CHANNEL = "in_person"
PROFILE_LISTS = ("age_band", "gender", "help_language", "status")  # field -> taxonomy list + "s"
CODE_MAX = 32  # 24 letters or digits, with room for the dashes and spaces people type
# Given a typed prefix and where to send the codes found: set by the screen, which has Tasks.
CodeLookup = Callable[[str, Callable[[list[str]], None]], None]
FIELDS = ("visitor_code", "residence", "device", "duration_minutes", "follow_up", "follow_up_date", "channel", "age_band",
          "gender", "help_language", "first_visit", "status", "note")


def code_lookup(tasks: Tasks) -> CodeLookup:
    """Remembered codes by their first characters, read on the reader thread."""
    def look_up(prefix: str, found: Callable[[list[str]], None]) -> None:
        tasks.read(lambda s: s.visitors.codes_starting(prefix), found)
    return look_up


class VisitDetails(FollowsLanguage, QWidget):
    """Duration, follow-up, channel, anonymous profile and note of one visit."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.errors = {name: error_label() for name in FIELDS}
        self.labels: dict[str, QLabel] = {}

        self.duration_choice = ChoiceRow()
        self.duration = QSpinBox()
        self.duration.setRange(0, DURATION_MAX)
        self.duration.setMinimumHeight(40)
        self.duration.setMinimumWidth(130)
        self.follow_up = QCheckBox()
        self.follow_up.setMinimumHeight(40)
        self.follow_up_by = QLabel()
        self.follow_up_date = QDateEdit()
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setMinimumDate(NO_DATE)
        self.follow_up_date.setMinimumHeight(40)
        self.follow_up_date.setMinimumWidth(170)
        self.follow_up_by.setBuddy(self.follow_up_date)
        self.channel = ChoiceRow(allow_none=False)
        self.profile = {name: QComboBox() for name in PROFILE_LISTS}
        self.first_visit = QComboBox()
        self.profile_labels = {name: QLabel() for name in (*PROFILE_LISTS, "first_visit")}
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab leaves the note; a note needs no tabs
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.note_reminder = QLabel(wordWrap=True)
        self.note_reminder.setObjectName("noteReminder")
        self.note_count = QLabel()
        # When the note's text will be erased (issue 9): the desk's retention, or the day.
        self.note_expiry = QLabel(wordWrap=True)
        self.note_expiry.setObjectName("noteReminder")
        self._erase_day: date | None = None
        self.visitor_code = QLineEdit()
        self.visitor_code.setMaxLength(CODE_MAX)
        self.visitor_code.setMinimumHeight(36)
        self.visitor_code.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16 + 24)
        self.visitor_code_hint = QLabel(wordWrap=True)
        self.visitor_code_hint.setObjectName("noteReminder")
        self._code_lookup: CodeLookup | None = None
        self._visitor_hash: str | None = None  # the loaded visit's: kept unless a code is typed
        # A code typed on the wrong visit comes off it at the next save; until then the same
        # button puts it back, and Cancel drops the whole edit.
        self._code_removed = False
        self.remove_code = QPushButton()
        self.remove_code.setMinimumHeight(36)
        self.remove_code.clicked.connect(self._on_remove_code)
        self._code_suggestions = QStringListModel(self)
        completer = QCompleter(self._code_suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.visitor_code.setCompleter(completer)
        # Where the person lives: a postcode, or "outside Belgium" (then no postcode).
        self.residence = QLineEdit()
        self.residence.setMaxLength(4)
        self.residence.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,4}"),
                                                                self.residence))
        self.residence.setMinimumHeight(36)
        self.abroad = QCheckBox()
        self.abroad.setMinimumHeight(36)
        self.device = QComboBox()
        self.profile_labels["device"] = QLabel()
        self._build()

        self.duration_choice.changed.connect(self._on_duration_chosen)
        self.duration.valueChanged.connect(self._on_duration_typed)
        self.follow_up.toggled.connect(self._on_follow_up)
        self.follow_up_date.dateChanged.connect(self._emit_changed)
        self.channel.changed.connect(self._emit_changed)
        self.residence.textEdited.connect(self._on_residence)
        self.abroad.toggled.connect(self._on_abroad)
        for combo in (*self.profile.values(), self.first_visit, self.device):
            combo.setMinimumHeight(36)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.activated.connect(self._emit_changed)
        self.note.textChanged.connect(self._on_note_changed)
        ctx.retention_changed.connect(self._show_note_expiry)
        ctx.state_changed.connect(self._show_residence)
        self._show_residence()
        self.visitor_code.textEdited.connect(self._on_code_typed)
        self.retranslate()  # also labels the taxonomy choices
        self.clear()

    def _build(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(1, 1)

        duration = QHBoxLayout()
        duration.addWidget(self.duration_choice, 0)
        duration.addWidget(self.duration)
        duration.addStretch(1)
        follow_up = QHBoxLayout()
        follow_up.addWidget(self.follow_up)
        follow_up.addSpacing(12)
        follow_up.addWidget(self.follow_up_by)
        follow_up.addWidget(self.follow_up_date)
        follow_up.addStretch(1)
        # The five profile fields flow onto a second line when the dialog or the text size
        # leaves no room for them side by side, instead of pushing the form off the screen.
        profile = QWidget()
        flow = FlowLayout(profile, spacing=12)
        for name in (*PROFILE_LISTS[:3], "first_visit", "status", "device"):
            combo = {"first_visit": self.first_visit, "device": self.device}.get(name) \
                or self.profile[name]
            self.profile_labels[name].setBuddy(combo)
            field = QWidget()
            column = QVBoxLayout(field)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(self.profile_labels[name])
            column.addWidget(combo)
            column.addWidget(self.errors[name])
            flow.addWidget(field)
        note = QVBoxLayout()
        note.addWidget(self.note)
        under = QHBoxLayout()
        under.addWidget(self.note_reminder, 1)
        under.addWidget(self.note_count, 0, Qt.AlignmentFlag.AlignTop)
        note.addLayout(under)
        note.addWidget(self.note_expiry)

        # The field and its button on one line, the words about them under it: beside
        # them, the hint squeezed the field below its placeholder in the editor.
        field_line = QHBoxLayout()
        field_line.addWidget(self.visitor_code, 1)
        field_line.addWidget(self.remove_code)
        field_line.addStretch(0)
        code = QVBoxLayout()
        code.setSpacing(2)
        code.addLayout(field_line)
        code.addWidget(self.visitor_code_hint)
        residence = QHBoxLayout()
        residence.addWidget(self.residence)
        residence.addSpacing(12)
        residence.addWidget(self.abroad)
        residence.addStretch(1)
        rows: tuple[tuple[str, QWidget | QLayout, tuple[str, ...]], ...] = (
            ("visitor_code", code, ("visitor_code",)),
            ("residence", residence, ("residence",)),
            ("duration", duration, ("duration_minutes",)),
            ("follow_up", follow_up, ("follow_up", "follow_up_date")),
            ("channel", self.channel, ("channel",)),
            ("profile", profile, ()),
            ("note", note, ("note",)),
        )
        for row, (name, part, error_names) in enumerate(rows):
            label = QLabel()
            label.setWordWrap(True)
            label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 22)
            label.setContentsMargins(0, 8, 0, 0)  # in line with the text of the buttons
            self.labels[name] = label
            grid.addWidget(label, row * 2, 0, Qt.AlignmentFlag.AlignTop)
            if isinstance(part, QWidget):
                grid.addWidget(part, row * 2, 1)
            else:
                grid.addLayout(part, row * 2, 1)
            errors = QVBoxLayout()
            errors.setSpacing(0)
            for error_name in error_names:
                errors.addWidget(self.errors[error_name])
            grid.addLayout(errors, row * 2 + 1, 1)
        self.labels["duration"].setBuddy(self.duration)
        self.labels["visitor_code"].setBuddy(self.visitor_code)
        self.labels["residence"].setBuddy(self.residence)
        self.labels["note"].setBuddy(self.note)

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.labels["visitor_code"].setText(self.tr("Visitor &code"))
        self.visitor_code.setAccessibleName(self.tr("Visitor code"))
        self._show_code_placeholder()
        self.labels["residence"].setText(self.tr("Lives in (&postcode)"))
        self.residence.setAccessibleName(self.tr("Postcode where the visitor lives"))
        self.residence.setPlaceholderText(self.tr("e.g. 1080"))
        # As wide as its hint in this language and text size, so "e.g. 1080" is never cut.
        metrics = self.residence.fontMetrics()
        self.residence.setFixedWidth(max(metrics.horizontalAdvance("0000000"),
                                         metrics.horizontalAdvance(self.residence.placeholderText()))
                                     + 24)
        self.abroad.setText(self.tr("Outside &Belgium"))
        self.profile_labels["device"].setText(self.tr("De&vice used"))
        self.labels["duration"].setText(self.tr("How &long?"))
        self.labels["follow_up"].setText(self.tr("Follow-up"))
        self.labels["channel"].setText(self.tr("How was the help given?"))
        self.labels["profile"].setText(self.tr("About the visitor (anonymous)"))
        self.labels["note"].setText(self.tr("N&ote"))
        self.duration_choice.setAccessibleName(self.tr("Duration"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.duration.setSpecialValueText(self.tr("other…"))
        self.duration.setSuffix(self.tr(" min"))
        self.follow_up.setText(self.tr("&Follow-up needed"))
        self.follow_up_by.setText(self.tr("b&y"))
        self.follow_up_date.setSpecialValueText(self.tr("no date"))
        self.follow_up_date.setAccessibleName(self.tr("Follow-up date"))
        self.channel.setAccessibleName(self.tr("How the help was given"))
        self.profile_labels["age_band"].setText(self.tr("A&ge"))
        self.profile_labels["gender"].setText(self.tr("Ge&nder"))
        self.profile_labels["help_language"].setText(self.tr("Lang&uage of help"))
        self.profile_labels["first_visit"].setText(self.tr("F&irst visit"))
        self.profile_labels["status"].setText(self.tr("S&tatus"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note_reminder.setText(self.tr(
            "No names, phone numbers or sensitive data (health, religion, ID numbers) in the note."))
        self._fill_first_visit()
        self.relabel()
        self._show_note_count()
        self._show_note_expiry()

    def set_note_erase_day(self, day: date | None) -> None:
        """Say the day this visit's note will be erased (the editor); None: the rule."""
        self._erase_day = day
        self._show_note_expiry()

    def _show_note_expiry(self, *_args) -> None:
        days, day = self._ctx.note_retention_days, self._erase_day
        if day is not None and day <= date.today():
            text = self.tr("This note will be erased at the next clean-up: the visit is "
                           "older than the %n day(s) notes are kept.", "", days or 0)
        elif day is not None:
            locale = locale_for(self._ctx.language)
            text = self.tr("This note will be erased on {day}.").format(
                day=locale.toString(qt_date(day), locale.FormatType.LongFormat))
        elif days:
            text = self.tr("Notes are erased after %n day(s).", "", days)
        else:
            text = ""
        self.note_expiry.setText(text)
        self.note_expiry.setVisible(bool(text))

    def relabel(self) -> None:
        """Label the taxonomy choices in the current language, keeping what is chosen."""
        self.channel.set_items(self._items("channels", self.channel.value()))
        # In ascending order, always: hands learn where each one is (the favourites decide
        # which are offered, not where they stand).
        minutes = sorted(self._ctx.state.duration_favourites)
        self.duration_choice.set_items([(str(m), self.tr("%n min", "", m)) for m in minutes])
        for name, combo in self.profile.items():
            chosen = combo.currentData() or UNKNOWN
            combo.clear()
            combo.addItem(self.tr("Not known"), UNKNOWN)
            for code, label in self._items(name + "s", chosen):
                combo.addItem(label, code)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        self._fill_devices(self.device.currentData())

    def _fill_devices(self, keep: str | None) -> None:
        # Unlike the profile, "not known" is no code here: the field simply stays empty.
        self.device.clear()
        self.device.addItem(self.tr("Not known"), None)
        for code, label in self._items("devices", keep):
            self.device.addItem(label, code)
        if keep and self.device.findData(keep) < 0:  # a code this taxonomy never had
            self.device.addItem(keep, keep)
        self.device.setCurrentIndex(max(0, self.device.findData(keep)))

    def _show_residence(self) -> None:
        # A coordinator may turn the question off (issue 12); a visit shown while it is off
        # keeps the postcode it has, since the hidden field still holds it.
        settings = self._ctx.state.settings
        shown = settings is None or settings.ask_residence
        for widget in (self.labels["residence"], self.residence, self.abroad,
                       self.errors["residence"]):
            widget.setVisible(shown)

    def residence_value(self) -> str | None:
        """The postcode typed, "abroad", or None when neither was given."""
        if self.abroad.isChecked():
            return RESIDENCE_ABROAD
        return self.residence.text().strip() or None

    def _items(self, list_name: str, keep: str | None) -> list[tuple[str, str]]:
        # Retired choices are offered only when the visit being shown already has them.
        taxonomy, language = self._ctx.taxonomy, self._ctx.language
        return [(i.code, i.label(language))
                for i in taxonomy.items(list_name, include_retired=True)
                if i.active or i.code == keep]

    def _fill_first_visit(self) -> None:
        chosen = self.first_visit.currentIndex()
        self.first_visit.clear()
        self.first_visit.addItem(self.tr("Not known"), None)
        self.first_visit.addItem(self.tr("Yes, first visit"), True)
        self.first_visit.addItem(self.tr("No, came before"), False)
        self.first_visit.setCurrentIndex(max(0, chosen))

    # -- values ------------------------------------------------------------------------

    def values(self) -> dict:
        """The details as VisitDraft fields."""
        day = self.follow_up_date.date()
        follow_up = self.follow_up.isChecked()
        return {
            "duration_minutes": self.duration.value() or None,
            "follow_up": follow_up,
            "follow_up_date": python_date(day) if follow_up and day != NO_DATE else None,
            "channel": self.channel.value() or DEFAULT_CHANNEL,
            "first_visit": self.first_visit.currentData(),
            "device": self.device.currentData(),
            "residence": self.residence_value(),
            "note": self.note.toPlainText().strip(),
            **{name: combo.currentData() or UNKNOWN for name, combo in self.profile.items()},
        }

    def load(self, draft) -> None:
        """Show the details of ``draft`` (retired choices included)."""
        self.channel.set_items(self._items("channels", draft.channel))
        self.channel.set_value(draft.channel or DEFAULT_CHANNEL)
        self._set_duration(draft.duration_minutes or 0)
        self.follow_up.setChecked(draft.follow_up)
        self._set_follow_up_date(draft.follow_up_date)
        self.follow_up_date.setEnabled(draft.follow_up)
        for name, combo in self.profile.items():
            code = getattr(draft, name) or UNKNOWN
            combo.clear()
            combo.addItem(self.tr("Not known"), UNKNOWN)
            for item_code, label in self._items(name + "s", code):
                combo.addItem(label, item_code)
            if combo.findData(code) < 0:  # a code this taxonomy never had: show it as it is
                combo.addItem(code, code)
            combo.setCurrentIndex(combo.findData(code))
        self.first_visit.setCurrentIndex(max(0, self.first_visit.findData(draft.first_visit)))
        self.note.setPlainText(draft.note or "")
        self._fill_devices(draft.device)
        self.abroad.setChecked(draft.residence == RESIDENCE_ABROAD)
        self.residence.setText("" if draft.residence in (None, RESIDENCE_ABROAD)
                               else draft.residence)
        self._visitor_hash = draft.visitor_hash
        self._code_removed = False
        self.visitor_code.clear()
        self._show_code_placeholder()

    def clear(self) -> None:
        """Everything back to "not known" (the channel to in person)."""
        self.channel.set_value(DEFAULT_CHANNEL)
        self._set_duration(0)
        self.follow_up.setChecked(False)
        self._set_follow_up_date(None)
        self.follow_up_date.setEnabled(False)
        for combo in (*self.profile.values(), self.first_visit):
            combo.setCurrentIndex(0)
        self.note.setPlainText("")
        self.device.setCurrentIndex(0)
        self.abroad.setChecked(False)
        self.residence.clear()
        self._visitor_hash = None
        self._code_removed = False
        self.visitor_code.clear()
        self._show_code_placeholder()
        self.clear_errors()

    def code(self) -> str:
        """The visitor code typed for this visit ("" when none was typed)."""
        return self.visitor_code.text().strip()

    def visitor_hash(self) -> str | None:
        """The loaded visit's keyed hash, which a save keeps unless a code is typed or the
        code was removed (then None)."""
        return None if self._code_removed else self._visitor_hash

    def code_removed(self) -> bool:
        """True when the loaded visit's code is to come off it at the next save."""
        return self._code_removed and not self.code()

    def set_code_lookup(self, lookup: CodeLookup | None) -> None:
        """Where remembered codes are found while a code is typed (None: no suggestions)."""
        self._code_lookup = lookup

    def has_details(self) -> bool:
        """True when anything differs from the defaults (so a loaded visit unfolds them)."""
        v = self.values()
        return bool(v["duration_minutes"] or v["follow_up"] or v["note"] or self.code()
                    or v["device"] or v["residence"]
                    or self.visitor_hash()
                    or v["channel"] != DEFAULT_CHANNEL or v["first_visit"] is not None
                    or any(v[name] != UNKNOWN for name in PROFILE_LISTS))

    def show_error(self, field: str, sentence: str) -> bool:
        """Show ``sentence`` next to ``field``; False when this part has no such field."""
        if field not in self.errors:
            return False
        show_error(self.errors[field], sentence)
        return True

    def clear_errors(self) -> None:
        """Hide every error sentence."""
        for label in self.errors.values():
            show_error(label, "")

    # -- internals ---------------------------------------------------------------------

    def _set_duration(self, minutes: int) -> None:
        self.duration.blockSignals(True)
        self.duration.setValue(minutes)
        self.duration.blockSignals(False)
        self.duration_choice.set_value(str(minutes) if minutes else None)

    def _set_follow_up_date(self, day: date | None) -> None:
        self.follow_up_date.blockSignals(True)
        self.follow_up_date.setDate(qt_date(day) if day else NO_DATE)
        self.follow_up_date.blockSignals(False)

    def _on_duration_chosen(self, code: str | None) -> None:
        self.duration.blockSignals(True)
        self.duration.setValue(int(code) if code else 0)
        self.duration.blockSignals(False)
        show_error(self.errors["duration_minutes"], "")
        self.changed.emit()

    def _on_duration_typed(self, minutes: int) -> None:
        self.duration_choice.set_value(str(minutes) if minutes else None)
        show_error(self.errors["duration_minutes"], "")
        self.changed.emit()

    def _on_follow_up(self, checked: bool) -> None:
        self.follow_up_date.setEnabled(checked)
        self.changed.emit()

    def _on_note_changed(self) -> None:
        text = self.note.toPlainText()
        if len(text) > NOTE_MAX:
            # Cut what was pasted or typed past the limit, keeping the cursor at the end.
            self.note.blockSignals(True)
            self.note.setPlainText(text[:NOTE_MAX])
            self.note.moveCursor(self.note.textCursor().MoveOperation.End)
            self.note.blockSignals(False)
        self._show_note_count()
        show_error(self.errors["note"], "")
        self.changed.emit()

    def _show_note_count(self) -> None:
        used = len(self.note.toPlainText())
        self.note_count.setText(self.tr("{0} / {1}").format(used, NOTE_MAX))

    def _on_residence(self, _text: str) -> None:
        show_error(self.errors["residence"], "")
        self.changed.emit()

    def _on_abroad(self, checked: bool) -> None:
        self.residence.setEnabled(not checked)
        if checked:
            self.residence.clear()
        show_error(self.errors["residence"], "")
        self.changed.emit()

    def _show_code_placeholder(self) -> None:
        """The field, its button and the words beside them, for the code's state."""
        if self._code_removed:
            self.visitor_code.setPlaceholderText(self.tr("none"))
            self.visitor_code_hint.setText(self.tr(
                "The code comes off this visit when you save. “Keep the code” "
                "puts it back."))
            self.remove_code.setText(self.tr("Keep the code"))
            self.remove_code.setAccessibleName(self.tr("Keep the visitor code"))
        else:
            self.visitor_code.setPlaceholderText(
                self.tr("a code is recorded; type it to change it") if self._visitor_hash
                else self.tr("none"))
            self.visitor_code_hint.setText(self.tr(
                "The visitor's card number or own word, to count people rather than visits. "
                "Only a keyed hash of it is kept."))
            self.remove_code.setText(self.tr("Remove code"))
            self.remove_code.setAccessibleName(self.tr("Remove the visitor code from this "
                                                       "visit"))
        # Only a visit being corrected has a code to take off.
        self.remove_code.setVisible(self._visitor_hash is not None)
        # Room for a whole code, or for the words in the empty field if they are longer.
        metrics = self.visitor_code.fontMetrics()
        self.visitor_code.setMaximumWidth(24 + max(
            metrics.averageCharWidth() * 24,
            metrics.horizontalAdvance(self.visitor_code.placeholderText())))

    def _on_remove_code(self) -> None:
        self._code_removed = not self._code_removed
        if self._code_removed:
            self.visitor_code.clear()  # a half-typed new code would put one back
        show_error(self.errors["visitor_code"], "")
        self._show_code_placeholder()
        self.changed.emit()

    def _on_code_typed(self, text: str) -> None:
        show_error(self.errors["visitor_code"], "")
        self.changed.emit()
        if self._code_lookup is not None and len(text.strip()) >= 2:
            self._code_lookup(text, self._show_suggestions)

    def _show_suggestions(self, codes: list[str]) -> None:
        self._code_suggestions.setStringList(codes)
        if codes and self.visitor_code.hasFocus():
            completer = self.visitor_code.completer()
            completer.setCompletionPrefix(self.visitor_code.text())
            completer.complete()

    def _emit_changed(self, *_args) -> None:
        self.changed.emit()
