"""The About box: what this is, its version, and where its data is kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QToolButton, QWidget

from helpdesk import __version__
from helpdesk.ui.follows_language import FollowsLanguage


def about_text(data_dir: Path, portable: bool) -> str:
    """The About box's text (rich text) in the current language."""
    where = (QCoreApplication.translate("AboutButton", "Portable: the data is kept beside the "
                                                       "app, in {0}.") if portable
             else QCoreApplication.translate("AboutButton", "The data is kept in {0}."))
    return "".join((
        f"<h3>Helpdesk {__version__}</h3>",
        "<p>", QCoreApplication.translate(
            "AboutButton", "Records the visits a digital-help desk handles, offline first."),
        "</p><p>", where.format(_escaped(str(data_dir))), "</p><p>",
        QCoreApplication.translate(
            "AboutButton", "Licence: EUPL-1.2. Made with Qt {0} (PySide6).").format(qVersion()),
        "</p>",
    ))


class AboutButton(FollowsLanguage, QToolButton):
    """A small "About" button for the status bar that opens the About box."""

    def __init__(self, data_dir: Path, portable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = Path(data_dir)
        self._portable = portable
        self.setAutoRaise(True)
        self.clicked.connect(self.show_box)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the button's text in the current language."""
        self.setText(self.tr("About"))
        self.setToolTip(self.tr("Version of Helpdesk and where its data is kept"))

    def show_box(self) -> QMessageBox:
        """Open the About box (not modal for the rest of the app's work)."""
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About Helpdesk"),
                          about_text(self._data_dir, self._portable),
                          QMessageBox.StandardButton.Close, self.window())
        icon = self.window().windowIcon()
        if not icon.isNull():
            box.setIconPixmap(icon.pixmap(64, 64))
        box.open()
        self._box = box
        return box


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
