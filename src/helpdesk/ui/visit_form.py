"""The part of the intake that describes one visit: what it was about and how it ended.

Question types, who did the steps and the outcome are always in view; the rest sits under
"More details", one click away. The same form serves the intake screen and the edit dialog of
the Visits screen. On the intake (``outcome_saves``) the outcome is the last click: choosing
it saves the visit, so a typical visit takes three actions (two question types and the
outcome, with the helper's usual autonomy already chosen); the undo banner is the safety net.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from helpdesk.core.records import VisitDraft
from helpdesk.ui.context import UiContext
from helpdesk.ui.feedback import error_label, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.question_picker import QuestionPicker
from helpdesk.ui.visit_details import VisitDetails
from helpdesk.ui.widgets import TOUCH_STYLE, ChoiceRow

REFERRED = "referred"  # the outcome that asks where the person was sent


class VisitForm(FollowsLanguage, QWidget):
    """Question types, outcome, referral and the optional details of one visit."""

    changed = Signal()
    submitted = Signal()  # the outcome (or the referral) was picked: save now (intake only)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *,
                 outcome_saves: bool = False) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._outcome_saves = outcome_saves
        self._referral_wanted = False  # the "Referral…" link was used for this visit
        self.setStyleSheet(TOUCH_STYLE + "QLabel#noteReminder, QLabel#filterHint { color: #52606d; }")

        self.questions = QuestionPicker(ctx)
        self.autonomy_heading = QLabel()
        self.autonomy = ChoiceRow()
        self.autonomy_heading.setBuddy(self.autonomy)
        self.autonomy_error = error_label()
        self.outcome_heading = QLabel()
        # Where the outcome saves, clicking the chosen one again must save, not unchoose it.
        self.outcome = ChoiceRow(allow_none=not outcome_saves)
        self.outcome_error = error_label()
        self.referral_link = QPushButton()
        self.referral_link.setFlat(True)
        self.referral_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.referral_link.setStyleSheet("QPushButton { color: #0b5cad; text-decoration: underline;"
                                         " border: none; padding: 4px 8px; min-height: 32px; }"
                                         "QPushButton:focus { outline: 2px solid #e08a00; }")
        self.referral_heading = QLabel()
        self.referral = ChoiceRow()
        self.referral_error = error_label()
        self.details_button = QToolButton()
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setMinimumHeight(40)
        self.details_button.setStyleSheet("QToolButton { border: none; font-weight: bold; }"
                                          "QToolButton:focus { color: #0b5cad; }")
        self.details = VisitDetails(ctx)
        self.details.hide()
        self.general_error = error_label()
        self._build()

        self.questions.changed.connect(self.changed)
        self.autonomy.changed.connect(self._on_autonomy)
        self.outcome.changed.connect(self._on_outcome)
        self.outcome.picked.connect(self._on_outcome_picked)
        self.referral.changed.connect(self._on_referral)
        self.referral.picked.connect(self._on_referral_picked)
        self.referral_link.clicked.connect(self._want_referral)
        self.details_button.toggled.connect(self._fold)
        self.details.changed.connect(self.changed)
        ctx.language_changed.connect(self.relabel)
        ctx.taxonomy_changed.connect(self.relabel)
        ctx.state_changed.connect(self.details.relabel)  # new duration favourites
        self.questions.filter.installEventFilter(self)
        self.retranslate()
        self.relabel()

    def _build(self) -> None:
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.outcome)
        outcome_row.addWidget(self.referral_link, 0, Qt.AlignmentFlag.AlignVCenter)
        outcome_row.addStretch(1)
        # Who did the steps, the outcome and the referral: one block, which the intake screen
        # pins below its scrolling part so the last click is always in view (at 150 % text
        # too); the editor keeps it here, under the questions.
        self.decisions = QWidget()
        self.decisions.setStyleSheet(self.styleSheet())  # the same big buttons, wherever it is
        decide = QVBoxLayout(self.decisions)
        decide.setContentsMargins(0, 0, 0, 0)
        decide.setSpacing(6)
        decide.addWidget(self.autonomy_heading)
        decide.addWidget(self.autonomy_error)
        decide.addWidget(self.autonomy)
        decide.addSpacing(4)
        decide.addWidget(self.outcome_heading)
        decide.addWidget(self.outcome_error)
        decide.addLayout(outcome_row)
        decide.addWidget(self.referral_heading)
        decide.addWidget(self.referral_error)
        decide.addWidget(self.referral)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.questions)
        layout.addSpacing(8)
        layout.addWidget(self.decisions)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        self._show_referral()

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.autonomy_heading.setText(self.tr("&Who did the steps?"))
        self.autonomy.setAccessibleName(self.tr("Who did the steps"))
        self.outcome_heading.setText(self.tr("How did it end?") if not self._outcome_saves
                                     else self.tr("How did it end? (this saves the visit)"))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.referral_link.setText(self.tr("Referral…"))
        self.referral_link.setAccessibleName(self.tr("Record a referral"))
        self.referral_heading.setText(self.tr("Referred to"))
        self.referral.setAccessibleName(self.tr("Referred to"))
        self.details_button.setText(self.tr("More details"))
        self.details_button.setAccessibleName(self.tr("More details"))
        self.details_button.setToolTip(
            self.tr("Visitor code, duration, follow-up, channel, anonymous profile and a note"))

    def relabel(self, *_args) -> None:
        """Label every taxonomy choice in the current language, keeping what is chosen."""
        self.questions.rebuild()
        self._set_autonomy(self.autonomy.value())
        self._set_outcomes(self.outcome.value())
        self._set_referrals(self.referral.value())
        self.details.relabel()

    def _set_autonomy(self, keep: str | None) -> None:
        self.autonomy.set_items(self._items("autonomy", keep))
        for button in self.autonomy.buttons():  # installing twice keeps one filter
            button.installEventFilter(self)

    def _set_outcomes(self, keep: str | None) -> None:
        self.outcome.set_items(self._items("outcomes", keep))
        for button in self.outcome.buttons():  # installing twice keeps one filter
            button.installEventFilter(self)

    def _set_referrals(self, keep: str | None) -> None:
        self.referral.set_items(self._items("referrals", keep))

    def _items(self, list_name: str, keep: str | None) -> list[tuple[str, str]]:
        # Retired choices are offered only when the visit being shown already has them.
        taxonomy, language = self._ctx.taxonomy, self._ctx.language
        items = [(i.code, i.label(language))
                 for i in taxonomy.items(list_name, include_retired=True)
                 if i.active or i.code == keep]
        if keep and keep not in {code for code, _ in items}:
            items.append((keep, keep))  # unknown to this taxonomy: show the code itself
        return items

    # -- the API the screens use -------------------------------------------------------

    def draft(self, session_id: str | None, spot_id: str, staff_id: str | None) -> VisitDraft:
        """What the form holds, as a visit to save."""
        referral = self.referral.value() if not self.referral.isHidden() else None
        return VisitDraft(
            session_id=session_id,
            spot_id=spot_id,
            staff_id=staff_id,
            question_types=self.questions.selected(),
            outcome=self.outcome.value() or "",
            autonomy=self.autonomy.value(),
            referral=referral,
            visitor_hash=self.details.visitor_hash(),
            **self.details.values(),
        )

    def visitor_code(self) -> str:
        """The visitor code typed ("" for none): hashed by ``s.visitors.with_code`` on save."""
        return self.details.code()

    def load(self, draft: VisitDraft) -> None:
        """Show a saved visit (retired choices it has are shown too)."""
        self.clear_errors()
        self.questions.filter.clear()
        self.questions.set_selected(tuple(draft.question_types))
        self._set_autonomy(draft.autonomy)
        self.autonomy.set_value(draft.autonomy)
        self._set_outcomes(draft.outcome)
        self.outcome.set_value(draft.outcome or None)
        self._set_referrals(draft.referral)
        self.referral.set_value(draft.referral)
        self._referral_wanted = bool(draft.referral)
        self._show_referral()
        self.details.load(draft)
        if self.details.has_details():
            self.details_button.setChecked(True)

    def clear(self) -> None:
        """Ready for the next visit. The details stay unfolded if they were; the autonomy
        stays as it was (the helper's usual way of working)."""
        self.questions.clear()
        self._set_outcomes(None)
        self.outcome.set_value(None)
        self._set_referrals(None)
        self.referral.set_value(None)
        self._referral_wanted = False
        self._show_referral()
        self.details.clear()
        self.clear_errors()

    def show_error(self, field: str | None, sentence: str) -> None:
        """Show one plain sentence next to ``field`` (a VisitDraft field), or on a general line."""
        if field == "question_types":
            show_error(self.questions.error, sentence)
        elif field == "autonomy":
            show_error(self.autonomy_error, sentence)
        elif field == "outcome":
            show_error(self.outcome_error, sentence)
        elif field == "referral":
            self._referral_wanted = True
            self._show_referral()
            show_error(self.referral_error, sentence)
        elif field is not None and self.details.show_error(field, sentence):
            self.details_button.setChecked(True)  # the field is folded away: unfold it
        else:
            show_error(self.general_error, sentence)

    def clear_errors(self) -> None:
        """Hide every error sentence."""
        for label in (self.questions.error, self.autonomy_error, self.outcome_error,
                      self.referral_error, self.general_error):
            show_error(label, "")
        self.details.clear_errors()

    def focus_first(self) -> None:
        """Put the keyboard in the question box, ready to type."""
        self.questions.filter.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def details_open(self) -> bool:
        """True while "More details" is unfolded."""
        return self.details_button.isChecked()

    def set_details_open(self, unfolded: bool) -> None:
        """Fold or unfold "More details"."""
        self.details_button.setChecked(unfolded)

    # -- keyboard ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The question toggles are reached with the arrows, and each row of big buttons is one
        # Tab stop: Tab runs question box → who did the steps → outcome → (More details), and
        # Shift+Tab back the same way.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            forward = event.key() == Qt.Key.Key_Tab
            backward = event.key() == Qt.Key.Key_Backtab
            if watched is self.questions.filter and forward:
                self.autonomy.focus_chosen()
                return True
            if watched in self.autonomy.buttons() and forward:
                self.outcome.focus_chosen()
                return True
            if watched in self.autonomy.buttons() and backward:
                self.focus_first()
                return True
            if watched in self.outcome.buttons() and backward:
                self.autonomy.focus_chosen()
                return True
        return super().eventFilter(watched, event)

    # -- internals ---------------------------------------------------------------------

    def set_autonomy(self, code: str | None) -> None:
        """Choose ``code`` as who did the steps (the helper's usual one), without a change."""
        self.autonomy.set_value(code)

    def _on_autonomy(self, _code: str | None) -> None:
        show_error(self.autonomy_error, "")
        self.changed.emit()

    def _on_outcome_picked(self, code: str | None) -> None:
        # "Referred" first asks where to; the referral's pick then saves.
        if self._outcome_saves and code and code != REFERRED:
            self.submitted.emit()

    def _on_referral_picked(self, code: str | None) -> None:
        if self._outcome_saves and code and self.outcome.value():
            self.submitted.emit()

    def _on_outcome(self, code: str | None) -> None:
        show_error(self.outcome_error, "")
        self._show_referral()
        self.changed.emit()

    def _on_referral(self, _code: str | None) -> None:
        show_error(self.referral_error, "")
        self.changed.emit()

    def _want_referral(self) -> None:
        self._referral_wanted = True
        self._show_referral()
        self.referral.focus_chosen()

    def _show_referral(self) -> None:
        shown = self._referral_wanted or self.outcome.value() == REFERRED
        self.referral_heading.setVisible(shown)
        self.referral.setVisible(shown)
        self.referral_link.setVisible(not shown)

    def _fold(self, unfolded: bool) -> None:
        self.details.setVisible(unfolded)
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if unfolded
                                         else Qt.ArrowType.RightArrow)
