"""The group-session dialog's detail parts: checkable lists and the optional profile counts.

Nothing is ticked and the profile is empty by default: a Burger Café recorded with a title
and a number of participants is still two actions. The profile sits behind one button, as
a visit's anonymous profile sits under "More details".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from helpdesk.core.records import GROUP_PROFILE_LISTS
from helpdesk.ui.context import UiContext
from helpdesk.ui.feedback import error_label, show_error
from helpdesk.ui.follows_language import FollowsLanguage

PER_ROW = 5  # (label, number) pairs per line of the profile grid


class CheckList(QListWidget):
    """Codes with labels, each ticked or not (Space ticks the current one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Long labels end in "…" rather than a sideways scroll bar in a narrow column.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def set_items(self, items: Sequence[tuple[str, str]], checked: Sequence[str]) -> None:
        """Show ``items`` as (code, label), ticking those in ``checked``."""
        self.clear()
        for code, label in items:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in checked
                               else Qt.CheckState.Unchecked)
            self.addItem(item)
        if self.count():
            self.setCurrentRow(0)

    def checked(self) -> tuple[str, ...]:
        """The ticked codes, in list order."""
        return tuple(self.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.count())
                     if self.item(n).checkState() == Qt.CheckState.Checked)


class ProfileCounts(FollowsLanguage, QWidget):
    """The participants' anonymous profile as counts, folded away until asked for."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._participants = 1
        self._kept: dict[tuple[str, str], int] = {}  # counts of retired codes, kept as they are
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.toggled.connect(self._fold)
        self.panel = QWidget()
        self.grid = QGridLayout(self.panel)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.headings = {name: QLabel() for name in GROUP_PROFILE_LISTS}
        self.spins: dict[tuple[str, str], QSpinBox] = {}
        self.labels: dict[tuple[str, str], QLabel] = {}
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.panel)
        layout.addWidget(self.error)
        self.panel.hide()
        self._build()
        self.retranslate()

    def _build(self) -> None:
        row = 0
        for name in GROUP_PROFILE_LISTS:
            items = [i for i in self._ctx.taxonomy.items(name) if i.code != "unknown"]
            self.grid.addWidget(self.headings[name], row, 0, Qt.AlignmentFlag.AlignTop)
            for n, item in enumerate(items):
                spin = QSpinBox()
                spin.setRange(0, 500)
                spin.setSpecialValueText("–")  # 0: nobody said, or nobody of this kind
                spin.valueChanged.connect(self._check)
                label = QLabel()
                label.setBuddy(spin)
                self.spins[(name, item.code)] = spin
                self.labels[(name, item.code)] = label
                self.grid.addWidget(label, row + n // PER_ROW, 1 + 2 * (n % PER_ROW))
                self.grid.addWidget(spin, row + n // PER_ROW, 2 + 2 * (n % PER_ROW))
            row += max(1, (len(items) + PER_ROW - 1) // PER_ROW)
        self.grid.setColumnStretch(1 + 2 * PER_ROW, 1)  # the numbers stay narrow, the rest empty

    def _fold(self, shown: bool) -> None:
        self.panel.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        if shown and self.spins:
            next(iter(self.spins.values())).setFocus()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.toggle.setText(self.tr("Participants' pro&file (optional)"))
        self.toggle.setAccessibleName(self.tr("Participants' profile (optional)"))
        words = {"age_bands": self.tr("Age"), "genders": self.tr("Gender"),
                 "statuses": self.tr("Status")}
        for name, heading in self.headings.items():
            heading.setText(f"<b>{words[name]}</b>")
        for (name, code), label in self.labels.items():
            label.setText(self._ctx.label(name, code))
            self.spins[(name, code)].setAccessibleName(
                f"{words[name]}: {self._ctx.label(name, code)}")
        self._check()

    def set_counts(self, counts: Sequence[tuple[str, str, int]]) -> None:
        """Show a stored profile (unfolded when it has any count)."""
        self._kept = {}
        for spin in self.spins.values():
            spin.setValue(0)
        for name, code, count in counts:
            if (name, code) in self.spins:
                self.spins[(name, code)].setValue(count)
            else:
                self._kept[(name, code)] = count
        self.toggle.setChecked(bool(counts))

    def counts(self) -> tuple[tuple[str, str, int], ...]:
        """The counts given (zeros left out), retired codes' counts kept."""
        given = [(name, code, spin.value()) for (name, code), spin in self.spins.items()
                 if spin.value()]
        return tuple(given + [(n, c, count) for (n, c), count in self._kept.items()])

    def set_participants(self, participants: int) -> None:
        """The number the counts of each list may not go past."""
        self._participants = participants
        self._check()

    def over(self) -> bool:
        """Whether one list's counts add up to more than the participants."""
        counts = self.counts()
        return any(sum(c for n, _code, c in counts if n == name) > self._participants
                   for name in GROUP_PROFILE_LISTS)

    def _check(self) -> None:
        show_error(self.error, self.tr(
            "The counts of one part of the profile add up to more than the participants; "
            "lower them or raise the participants.") if self.over() else "")
        self.changed.emit()
