"""Notes in the status bar about how this run differs from a plain one.

Running portable (the data on a USB stick beside the app) and a chosen language that could
not be loaded are easy to miss and matter: the first before pulling the stick, the second
when a desk wonders why its screens are in English.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.i18n import missing_language_sentence
from helpdesk.ui.sync_status import ElidedLabel


class StatusNotes(FollowsLanguage, ElidedLabel):
    """One label: "running from a stick", and a language that did not load (also on stderr).

    A long path on a stick ends in "…"; the whole note is in its tooltip.
    """

    def __init__(self, data_dir: Path, portable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = Path(data_dir)
        self._portable = portable
        self._missing_language: str | None = None
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retranslate()

    def language_loaded(self, language: str, loaded: bool) -> None:
        """Note (and say once on stderr) that ``language`` could not be loaded."""
        missing = None if loaded or language == "en" else language
        if missing and missing != self._missing_language:
            print(missing_language_sentence(missing), file=sys.stderr, flush=True)
        self._missing_language = missing
        self.retranslate()

    def retranslate(self) -> None:
        """Set the notes in the current language."""
        notes = []
        if self._portable:
            notes.append(self.tr("Portable: the data stays in {0}. Quit the app before "
                                 "removing the stick.").format(self._data_dir))
        if self._missing_language:
            # English on purpose: the language it would be said in is the one that failed.
            notes.append(missing_language_sentence(self._missing_language))
        self.setText("  ·  ".join(notes))
        self.setVisible(bool(notes))
