"""Small shared ways of talking to the person: confirm a destructive step, word an error."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from helpdesk.core.errors import HelpdeskError


def error_sentence(error: HelpdeskError) -> str:
    """The error as one plain sentence in the current language."""
    return error.sentence(lambda message: QCoreApplication.translate("errors", message))


def confirm(parent: QWidget, question: str, action: str) -> bool:
    """Ask ``question``; True only when the person chose ``action`` (Cancel is the default).

    The button says what will happen ("Delete", "Retire") rather than "Yes", so nobody
    confirms by reflex; Enter or Escape keep things as they are.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Confirm", "Please confirm"))
    box.setText(question)
    do_it = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is do_it


def error_label() -> QLabel:
    """A label for one error sentence next to the field or button concerned (hidden when empty)."""
    label = QLabel(wordWrap=True)
    label.setObjectName("errorSentence")
    # Dark red reads as "something to fix" on light and high-contrast themes alike.
    label.setStyleSheet("QLabel#errorSentence { color: #a4262c; }")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    """Show ``text`` in an error label, or hide the label when ``text`` is empty."""
    label.setText(text)
    label.setVisible(bool(text))
