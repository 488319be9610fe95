"""The part of the intake that describes one visit: what it was about and how it ended.

Question types and the outcome are always in view; the rest sits under "More details", one
click away. The same form serves the intake screen and the edit dialog of the Visits screen.
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

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._referral_wanted = False  # the "Referral…" link was used for this visit
        self.setStyleSheet(TOUCH_STYLE + "QLabel#noteReminder, QLabel#filterHint { color: #52606d; }")

        self.questions = QuestionPicker(ctx)
        self.outcome_heading = QLabel()
        self.outcome = ChoiceRow()
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
        self.outcome.changed.connect(self._on_outcome)
        self.referral.changed.connect(self._on_referral)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.questions)
        layout.addSpacing(8)
        layout.addWidget(self.outcome_heading)
        layout.addWidget(self.outcome_error)
        layout.addLayout(outcome_row)
        layout.addWidget(self.referral_heading)
        layout.addWidget(self.referral_error)
        layout.addWidget(self.referral)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        self._show_referral()

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.outcome_heading.setText(self.tr("How did it end?"))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.referral_link.setText(self.tr("Referral…"))
        self.referral_link.setAccessibleName(self.tr("Record a referral"))
        self.referral_heading.setText(self.tr("Referred to"))
        self.referral.setAccessibleName(self.tr("Referred to"))
        self.details_button.setText(self.tr("More details"))
        self.details_button.setAccessibleName(self.tr("More details"))
        self.details_button.setToolTip(
            self.tr("Autonomy, duration, follow-up, channel, anonymous profile and a note"))

    def relabel(self, *_args) -> None:
        """Label every taxonomy choice in the current language, keeping what is chosen."""
        self.questions.rebuild()
        self._set_outcomes(self.outcome.value())
        self._set_referrals(self.referral.value())
        self.details.relabel()

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
            referral=referral,
            **self.details.values(),
        )

    def load(self, draft: VisitDraft) -> None:
        """Show a saved visit (retired choices it has are shown too)."""
        self.clear_errors()
        self.questions.filter.clear()
        self.questions.set_selected(tuple(draft.question_types))
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
        """Ready for the next visit. The details stay unfolded if they were."""
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
        for label in (self.questions.error, self.outcome_error, self.referral_error,
                      self.general_error):
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
        # The question toggles are reached with the arrows, so Tab from the box jumps
        # straight to the outcome, and Shift+Tab from the outcome straight back.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            if watched is self.questions.filter and event.key() == Qt.Key.Key_Tab:
                self.outcome.focus_chosen()
                return True
            if watched in self.outcome.buttons() and event.key() == Qt.Key.Key_Backtab:
                self.focus_first()
                return True
        return super().eventFilter(watched, event)

    # -- internals ---------------------------------------------------------------------

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
