"""The question types of a visit: big toggles in a flowing grid, and a box that narrows them.

Typing narrows the toggles to those whose label (in the desk's language) or code matches;
Enter toggles the one that is left and empties the box for the next one. So "ema⏎ acc⏎"
records E-mail and Accounts without touching the mouse.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from helpdesk.ui.context import UiContext
from helpdesk.ui.feedback import error_label, show_error
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.widgets import (
    FlowLayout,
    ToggleButton,
    move_focus_among,
    readable_placeholder,
)


def folded(text: str) -> str:
    """Lower case without accents, so "securite" finds "Sécurité"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class QuestionToggle(ToggleButton):
    """One question type; arrow keys move among the toggles, Up from the top row to the box."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        row = self.parentWidget()
        picker = row.parentWidget() if row is not None else None
        if isinstance(picker, QuestionPicker) and picker.handle_toggle_key(self, event):
            return
        super().keyPressEvent(event)


class QuestionPicker(FollowsLanguage, QWidget):
    """Choose one or more question types."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._toggles: list[QuestionToggle] = []
        self._extra: set[str] = set()  # retired or unknown codes shown for a loaded visit
        self._matches: list[QuestionToggle] = []  # the toggles the box's text matches

        self.heading = QLabel()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumHeight(36)
        readable_placeholder(self.filter)
        self.heading.setBuddy(self.filter)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.installEventFilter(self)
        self.hint = QLabel()
        self.hint.setObjectName("filterHint")
        self.error = error_label()
        self.grid = QWidget()
        self._grid_layout = FlowLayout(self.grid)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.filter, 1)
        top.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.grid)
        self.retranslate()
        self.rebuild()

    # -- public ------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.heading.setText(self.tr("What was it &about?"))
        self.filter.setPlaceholderText(self.tr("Type to find a question type, Enter to pick it"))
        self.filter.setAccessibleName(self.tr("Find a question type"))
        self.filter.setAccessibleDescription(
            self.tr("Enter picks the only match; the Down arrow moves into the question types."))
        self.grid.setAccessibleName(self.tr("Question types"))
        self._apply_filter()

    def rebuild(self) -> None:
        """Make one toggle per offered question type, labelled in the current language."""
        chosen = set(self.selected())
        had_focus = any(t.hasFocus() for t in self._toggles)
        taxonomy, language = self._ctx.taxonomy, self._ctx.language
        active = taxonomy.codes("question_types")
        codes = list(active) + [c for c in taxonomy.codes("question_types", include_retired=True)
                                if c not in active and c in self._extra]
        codes += sorted(c for c in self._extra if c not in codes)  # unknown to this taxonomy
        for toggle in self._toggles:
            self._grid_layout.removeWidget(toggle)
            toggle.hide()
            toggle.deleteLater()
        self._toggles = []
        for code in codes:
            toggle = QuestionToggle(taxonomy.label("question_types", code, language), code,
                                    self.grid)
            toggle.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # reached by the box and arrows
            toggle.setChecked(code in chosen)
            if code not in active:
                toggle.setProperty("retired", True)
                toggle.setToolTip(self.tr("No longer offered for new visits"))
            toggle.toggled.connect(self._on_toggled)
            self._grid_layout.addWidget(toggle)
            self._toggles.append(toggle)
        self._apply_filter()
        if had_focus:
            self.filter.setFocus()

    def toggles(self) -> list[QuestionToggle]:
        """The toggles, in display order."""
        return list(self._toggles)

    def toggle_for(self, code: str) -> QuestionToggle | None:
        """The toggle of one question type."""
        return next((t for t in self._toggles if t.code == code), None)

    def selected(self) -> tuple[str, ...]:
        """The chosen codes, in the taxonomy's order."""
        return tuple(t.code for t in self._toggles if t.isChecked())

    def set_selected(self, codes: tuple[str, ...]) -> None:
        """Choose exactly ``codes``, showing retired ones a loaded visit still has."""
        offered = {t.code for t in self._toggles}
        missing = set(codes) - offered
        if missing or self._extra - set(codes):
            self._extra = set(codes) - set(self._ctx.taxonomy.codes("question_types"))
            self.rebuild()
        for toggle in self._toggles:
            toggle.blockSignals(True)
            toggle.setChecked(toggle.code in codes)
            toggle.blockSignals(False)

    def clear(self) -> None:
        """Nothing chosen, the box empty, retired types gone again."""
        self.filter.clear()
        self.set_selected(())
        show_error(self.error, "")

    def matches(self) -> list[QuestionToggle]:
        """The toggles whose label or code matches the box."""
        return list(self._matches)

    def visible_toggles(self) -> list[QuestionToggle]:
        """The toggles on screen: the matching ones and those already chosen."""
        return [t for t in self._toggles if not t.isHidden()]

    # -- keyboard ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.filter and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            key = event.key()
            plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                self._pick_single_match()
                return True
            if key == Qt.Key.Key_Down and plain:
                if self._matches:
                    self._matches[0].setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key == Qt.Key.Key_Escape and self.filter.text():
                self.filter.clear()
                return True
        return super().eventFilter(watched, event)

    def handle_toggle_key(self, toggle: QuestionToggle, event: QKeyEvent) -> bool:
        """Arrows move among the visible toggles; Up from the first goes back to the box."""
        visible = self.visible_toggles()
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Left) and visible and toggle is visible[0]:
            self.filter.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            toggle.toggle()
            return True
        if key == Qt.Key.Key_Escape:
            self.filter.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return move_focus_among(visible, toggle, key)

    def _pick_single_match(self) -> None:
        if not self.filter.text().strip():
            return
        if len(self._matches) == 1:
            self._matches[0].toggle()
            self.filter.clear()
        elif self._matches:
            self.hint.setText(self.tr("%n match(es): keep typing or click one", "",
                                      len(self._matches)))

    # -- internals ---------------------------------------------------------------------

    def _apply_filter(self, *_args) -> None:
        needle = folded(self.filter.text().strip())
        self._matches = []
        for toggle in self._toggles:
            match = not needle or needle in folded(toggle.text()) or needle in toggle.code
            # A chosen type stays in view so the person sees what is already picked.
            toggle.setHidden(not (match or toggle.isChecked()))
            if match:
                self._matches.append(toggle)
        if needle and not self._matches:
            self.hint.setText(self.tr("Nothing matches; try another word"))
        else:
            self.hint.setText("")

    def _on_toggled(self, _checked: bool) -> None:
        show_error(self.error, "")
        self.changed.emit()
