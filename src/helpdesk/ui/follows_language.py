"""One place for the runtime language switch: a widget with ``retranslate()`` follows it.

Qt sends every widget a LanguageChange event when the translators change (Settings switches
the language without a restart). A widget that sets its texts in ``retranslate()`` lists this
mixin first among its bases — ``class SessionBar(FollowsLanguage, QFrame)`` — and is told.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:  # the type checker sees the widget the mixin is always combined with
    from PySide6.QtWidgets import QWidget as _Widget
else:
    _Widget = object


class FollowsLanguage(_Widget):
    """Calls ``self.retranslate()`` on each LanguageChange, then lets Qt handle the event."""

    def retranslate(self) -> None:
        """Set every text in the current language (each widget defines its own)."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
