"""Baseline for start-up: a bare PySide6 main window, shown, until the event loop is idle."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1366, 768)
window.show()
# Same rule as `helpdesk --exit-when-ready`: quit once the queued events have run.
QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))
sys.exit(app.exec())
