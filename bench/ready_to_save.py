"""One start of the GUI until a visit can be saved: the window painted, then the store opened
(and migrated if it had to be) on the writer thread, as `helpdesk` does; then exit.

Timed as a whole process by startup.py, beside the first paint and the bare window.
"""

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from helpdesk.app import DeskApp

app = QApplication(sys.argv[:1])
desk = DeskApp(Path(sys.argv[1]))


def saving_possible(_result) -> None:
    # Queued behind the app's own first job on the writer: the store is open, the state read
    # back and the main window shown, so a save asked for now would run at once.
    if desk.main_window is None or not desk.intake.save_button.isEnabled():
        os._exit(1)
    sys.stdout.flush()
    os._exit(0)  # as --exit-when-ready: nothing was written, nothing to close


desk.tasks.ready.connect(lambda: desk.tasks.write(lambda services: None, saving_possible))
QTimer.singleShot(0, desk.start)  # after the first paint, as run_gui does
app.exec()
sys.exit(1)  # the store never became ready
