"""Take a picture of every screen in Dutch, French and English at 1366×768, to look at them.

    .venv/bin/python scripts/screenshots.py OUT_DIR [--large-font]

Builds a demo desk in a scratch folder (real store, real app), opens a session, and saves
OUT_DIR/<screen>-<lang>.png. Clipped text, overlap and untranslated strings are bugs: open
the pictures. The README's intake picture comes from here (docs/screenshots/).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

SIZE = (1366, 768)


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Let background reads come back and the widgets lay themselves out."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait(app: QApplication, done, timeout: float = 30.0) -> None:
    """Spin the event loop until ``done()``."""
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the app did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def grab(app: QApplication, widget: QWidget, path: Path) -> None:
    """Save a picture of ``widget`` once it has settled."""
    settle(app)
    widget.grab().save(str(path))
    print(path)


def grab_dialog(app: QApplication, path: Path) -> None:
    """Picture the dialog that is open now (modal ones are shown with open(), not exec())."""
    settle(app)
    dialogs = [w for w in app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    if dialogs:
        grab(app, dialogs[-1], path)
        dialogs[-1].reject()
        settle(app, 0.1)


def fill(data_dir: Path) -> None:
    """A demo desk with a few hundred visits and an open session."""
    from helpdesk.services import Services
    from helpdesk.services.demo import fill_demo

    services = Services.open(data_dir)
    try:
        fill_demo(services, 400, seed=3, weeks=8)
        spot = services.desk.spots()[0]
        staff = [s.id for s in services.desk.staff()[:2]]
        if services.sessions.current_session() is None:
            services.sessions.open_session(spot.id, staff)
        # One retired spot, so the Settings picture shows how retired ones look.
        services.desk.update_spot(services.desk.spots()[-1].id, active=False)
    finally:
        services.close()


def main() -> int:
    """Write the pictures; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--large-font", action="store_true",
                        help="text at 150 %% (as with large fonts in the system settings)")
    parser.add_argument("--languages", default="nl,fr,en")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "-large" if args.large_font else ""

    app = QApplication(sys.argv[:1])
    if args.large_font:
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        app.setFont(font)
    from helpdesk.app import DeskApp

    with tempfile.TemporaryDirectory() as scratch:
        # The first-run page, on an empty folder.
        empty = Path(scratch) / "empty"
        first = DeskApp(empty)
        first.start()
        wait(app, lambda: first.tasks.is_ready)
        settle(app, 1.0)
        for lang in args.languages.split(","):
            first.ctx.set_language(lang)
            first.first_run.resize(*SIZE)
            grab(app, first.first_run, args.out / f"first-run-{lang}{suffix}.png")
        first.close()

        data = Path(scratch) / "data"
        fill(data)
        desk = DeskApp(data)
        desk.start()
        wait(app, lambda: desk.tasks.is_ready)
        settle(app, 1.0)  # the desk's state is read once the store is open
        window = desk.main_window
        window.resize(*SIZE)
        for lang in args.languages.split(","):
            desk.ctx.set_language(lang)
            name = f"{lang}{suffix}.png"
            window.show_screen("intake")
            desk.intake.form.set_details_open(False)
            grab(app, window, args.out / f"intake-{name}")
            desk.intake.form.set_details_open(True)
            grab(app, window, args.out / f"intake-details-{name}")
            desk.intake.form.set_details_open(False)
            for screen in ("visits", "sessions", "reports", "settings"):
                window.show_screen(screen)
                if screen == "reports":  # its preview is counted in the background
                    reports = window.named_screen("reports")
                    wait(app, lambda: reports.page_choice.count() > 0
                         and not reports._preview_timer.isActive())
                grab(app, window, args.out / f"{screen}-{name}")
                if screen == "reports":  # and a funder's view (the PAN preset, in French)
                    reports.view_choice.setCurrentIndex(
                        reports.view_choice.findData("pan_brussels"))
                    reports.refresh_preview()
                    wait(app, lambda: "financeur" in reports.page.side_tables.text())
                    grab(app, window, args.out / f"reports-preset-{name}")
                    reports.view_choice.setCurrentIndex(0)
                    reports.refresh_preview()
                    settle(app, 0.5)
            visits = window.named_screen("visits")
            window.show_screen("visits")
            wait(app, lambda: visits.model.rowCount() > 0)
            visits.table.selectRow(0)
            QTimer.singleShot(0, visits.open_selected)
            settle(app, 0.5)
            grab_dialog(app, args.out / f"visit-editor-{name}")
            window.show_screen("intake")
            QTimer.singleShot(0, desk.intake.session_bar.open_or_close)
            grab_dialog(app, args.out / f"close-session-{name}")
            # This desk has no accounts: the banner is on every screen, and its dialog.
            QTimer.singleShot(0, desk.ask_protection)
            grab_dialog(app, args.out / f"protect-{name}")
        desk.close()

        # The recovery code, shown once after protecting (a made-up code).
        from helpdesk.ui.i18n import install_language
        from helpdesk.ui.protect_desk import RecoveryCodeDialog

        for lang in args.languages.split(","):
            install_language(lang)
            code = RecoveryCodeDialog("K7QM-3XTA-PB2W-9RHC-4VNE-JD6F-Y8LU-S5GZ")
            code.show()
            grab(app, code, args.out / f"recovery-code-{lang}{suffix}.png")
            code.close()

        # The lock screen of a protected desk, after a wrong try (sentence and wait shown).
        locked = Path(scratch) / "locked"
        fill(locked)
        _protect(locked)
        desk = DeskApp(locked)
        screen = desk.lock_screen
        screen.resize(*SIZE)
        for lang in args.languages.split(","):
            desk.ctx.set_language(lang)
            screen.ask_passphrase("Fatima")
            grab(app, screen, args.out / f"lock-{lang}{suffix}.png")
            screen.ask_pin("Fatima")
            grab(app, screen, args.out / f"lock-pin-{lang}{suffix}.png")
        for lang in args.languages.split(","):  # the wait, once started, lasts a while
            desk.ctx.set_language(lang)
            screen.ask_passphrase("Fatima")
            screen.refused(QCoreApplication.translate(
                "errors", "This name and passphrase do not open the desk; check them and "
                          "try again."))
            screen.wait_before_answer(4)
            grab(app, screen, args.out / f"lock-wrong-{lang}{suffix}.png")
        # Unlocked: who is signed in, the Lock and Quick PIN buttons; then locked again.
        settle(app, 4.5)  # the wait shown above runs out
        screen.passphrase_entered.emit("Fatima", "screenshot passphrase")
        wait(app, lambda: desk.lock is not None)
        settle(app, 1.0)
        window = desk.main_window
        window.resize(*SIZE)
        for lang in args.languages.split(","):
            desk.ctx.set_language(lang)
            grab(app, window, args.out / f"signed-in-{lang}{suffix}.png")
        desk.lock.lock()
        grab(app, window, args.out / f"locked-window-{lang}{suffix}.png")
        desk.close()
    return 0


def _protect(data_dir: Path) -> None:
    from helpdesk.services import Services

    services = Services.open(data_dir)
    try:
        services.protect("Fatima", "screenshot passphrase")
        services.accounts.add("Jan", "volunteer", "another passphrase")
    finally:
        services.close()


if __name__ == "__main__":
    sys.exit(main())
