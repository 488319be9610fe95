"""One-click tallies: a print, a Wi-Fi code, a scan, each counted as a minimal visit."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from helpdesk.core.records import TALLIES
from helpdesk.ui.follows_language import FollowsLanguage

ORDER = ("print", "wifi", "scan")  # the most frequent first


class TallyBar(FollowsLanguage, QWidget):
    """A row of buttons that each count one trivial request at once."""

    tally = Signal(str)  # a code of records.TALLIES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        for code in (c for c in ORDER if c in TALLIES):
            button = QPushButton()
            button.setMinimumHeight(40)
            button.setMinimumWidth(110)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, c=code: self.tally.emit(c))
            self.buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.heading.setText(self.tr("Count in one click:"))
        names = self.names()
        for code, button in self.buttons.items():
            button.setText(names[code])
            button.setToolTip(self.tr("Counts one visit about “{0}” at once").format(names[code]))

    def names(self) -> dict[str, str]:
        """The name of each tally, as the buttons show it."""
        return {"print": self.tr("Print"), "wifi": self.tr("Wi-Fi / internet"),
                "scan": self.tr("Scan")}
