"""The one composition root of the GUI: builds the context, the screens and the windows.

Start-up order matters: the first window must appear in about twice the time of a bare
PySide6 window, and importing the database layer alone takes longer than that. So the window
is built from a cheap read-only snapshot of the store (stdlib ``sqlite3``), shown, and only
after the first paint does the writer thread import the services and open the store.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from helpdesk import __version__
from helpdesk.core.access import Account, UnlockError
from helpdesk.core.constants import DB_FILENAME
from helpdesk.core.data_folder import portable_data_dir
from helpdesk.core.desk_language import remember_language, remembered_language
from helpdesk.core.errors import HelpdeskError, StoreDamagedError, StoreError
from helpdesk.core.records import StartupState
from helpdesk.core.resources import resource_path
from helpdesk.core.taxonomy_file import Taxonomy, default_taxonomy
from helpdesk.store.snapshot import read_protection, read_startup_state, read_taxonomy
from helpdesk.ui.about import AboutButton
from helpdesk.ui.context import UiContext
from helpdesk.ui.desk_time import locale_for
from helpdesk.ui.feedback import error_sentence
from helpdesk.ui.i18n import install_language, system_language
from helpdesk.ui.lock_screen import LockScreen
from helpdesk.ui.status_notes import StatusNotes
from helpdesk.ui.tasks import Tasks
from helpdesk.ui.worker_imports import skip_feature_scan_off_the_gui_thread

if TYPE_CHECKING:  # the screens are imported when first shown, not at start-up
    from helpdesk.services import Services
    from helpdesk.ui.desk_lock import DeskLock
    from helpdesk.ui.first_run import FirstRunPage
    from helpdesk.ui.intake_screen import IntakeScreen
    from helpdesk.ui.main_window import MainWindow, ScreenFactory
    from helpdesk.ui.protect_desk import NotProtectedBanner


def open_services(data_dir: Path, staff: str | None = None, passphrase: str | None = None,
                  sleep: Callable[[float], None] | None = None) -> Services:
    """Open the store (unlocking it with a name and passphrase when it is protected).

    Runs on the writer thread, which is why the import is here. The day's backup is not
    made here but beside the first saves, once the store is open (``DeskApp._on_ready``).
    """
    from helpdesk.services import Services  # heavy: SQLModel, SQLAlchemy, migrations

    return Services.open(data_dir, staff=staff, passphrase=passphrase,
                         sleep=time.sleep if sleep is None else sleep, daily_backup=False)


class _Waits(QObject):
    """Carries the growing delay of a wrong try from the writer thread to the lock screen."""

    started = Signal(float)

    def sleep(self, seconds: float) -> None:
        """Say the wait has started, then wait (on the calling, never the GUI, thread)."""
        if seconds > 0:
            self.started.emit(seconds)
        time.sleep(seconds)


class DeskApp(QObject):
    """Holds what one run of the GUI is made of and switches from first run to the main window."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        db_path = self.data_dir / DB_FILENAME
        state = read_startup_state(db_path)
        taxonomy = read_taxonomy(db_path) if state is not None else None
        settings = state.settings if state is not None else None
        language = settings.language if settings else (
            remembered_language(self.data_dir) or system_language())
        self.notes = StatusNotes(self.data_dir, portable_data_dir() == self.data_dir)
        self._switch_language(language)
        self.ctx = UiContext(language, taxonomy or default_taxonomy(),
                             state or StartupState(settings=None))
        self.ctx.language_changed.connect(self._switch_language)
        self.ctx.language_changed.connect(self._remember_language)
        data_dir = self.data_dir
        skip_feature_scan_off_the_gui_thread()  # before the writer imports the database layer
        self.tasks = Tasks(lambda: open_services(data_dir))
        self.tasks.changed.connect(self.ctx.announce)  # the one place changes are announced
        self.tasks.ready.connect(self._on_ready)
        self.tasks.failed.connect(self._on_failed)
        self.window: QWidget | None = None
        self.first_run: FirstRunPage | None = None
        self.main_window: MainWindow | None = None
        self.intake: IntakeScreen | None = None
        self.store_problem: str | None = None
        self.lock: DeskLock | None = None
        self.account: Account | None = None
        self.idle_minutes: int | None = None
        # A protected store shows nothing before the unlock: not even whether it has settings.
        self.protection = read_protection(db_path)
        self._waits = _Waits(self)
        self.lock_screen: LockScreen | None = None
        # No snapshot but a file there: being migrated, or locked; decide once it is open.
        self._waiting = state is None and db_path.exists()
        if self.protection.protected:
            self._show_lock_screen()
        elif self._waiting:
            self._show(self._opening_page())
        elif settings is None:
            self._show_first_run()
        else:
            self._show_main_window()

    def _switch_language(self, language: str) -> None:
        self.notes.language_loaded(language, install_language(language))

    def _remember_language(self, language: str) -> None:
        # Only a language the desk's settings hold: the lock screen's next start speaks it.
        if self.ctx.state.settings is not None:
            remember_language(self.data_dir, language)

    # -- windows -----------------------------------------------------------------------

    def _show(self, window: QWidget) -> None:
        previous, self.window = self.window, window
        window.show()
        if previous is not None:
            previous.close()
            previous.deleteLater()

    def _opening_page(self) -> QWidget:
        page = QLabel(QCoreApplication.translate("DeskApp", "Opening your data…"))
        page.setMargin(40)
        page.setWindowTitle("Helpdesk")
        page.resize(640, 240)
        return page

    def _show_lock_screen(self) -> None:
        page = LockScreen(self.protection.accounts)
        page.resize(1000, 680)
        page.passphrase_entered.connect(self._unlock_at_start)
        self._waits.started.connect(page.wait_before_answer)
        self.lock_screen = page
        self._show(page)

    def _unlock_at_start(self, name: str, passphrase: str) -> None:
        assert self.lock_screen is not None
        self.lock_screen.checking()
        data_dir, sleep = self.data_dir, self._waits.sleep
        page = self.lock_screen
        self.tasks.unlock(lambda: open_services(data_dir, name, passphrase, sleep),
                          lambda error: page.refused(error_sentence(error)))

    def _show_first_run(self) -> None:
        from helpdesk.ui.first_run import FirstRunPage

        page = FirstRunPage(self.ctx, self.tasks, protect=not self.protection.protected)
        page.finished.connect(lambda _state: self._after_first_run(page))
        page.resize(1000, 680)
        self.first_run = page
        self._show(page)

    def _after_first_run(self, page: FirstRunPage) -> None:
        if page.account is not None:  # the desk was protected on the way
            self.account = page.account
            self.protection = read_protection(self.data_dir / DB_FILENAME)
        self._show_main_window()

    def _show_main_window(self) -> None:
        from helpdesk.ui.intake_screen import IntakeScreen
        from helpdesk.ui.main_window import MainWindow

        ctx, tasks, data_dir = self.ctx, self.tasks, self.data_dir

        # The other screens are built (and their modules imported) when first opened.
        def visits() -> QWidget:
            from helpdesk.ui.role_limits import today_for_volunteers
            from helpdesk.ui.visits_screen import VisitsScreen

            screen = VisitsScreen(ctx, tasks)
            today_for_volunteers(ctx, screen.filters)
            return screen

        def sessions() -> QWidget:
            from helpdesk.ui.sessions_screen import SessionsScreen
            return SessionsScreen(ctx, tasks)

        def reports() -> QWidget:
            from helpdesk.ui.reports_screen import ReportsScreen
            return ReportsScreen(ctx, tasks)

        def settings() -> QWidget:
            from helpdesk.ui.role_limits import coordinator_only
            from helpdesk.ui.settings_screen import SettingsScreen

            screen = SettingsScreen(ctx, tasks, data_dir)
            # Staff use Settings for spots and helpers; the desk's own settings and the sync
            # targets are a coordinator's.
            coordinator_only(ctx, (screen.desk_box, screen.sync_targets))
            return screen

        intake = IntakeScreen(ctx, tasks)
        screens: dict[str, QWidget | ScreenFactory] = {
            "intake": intake, "visits": visits, "sessions": sessions, "reports": reports,
            "settings": settings}
        window = MainWindow(ctx, tasks, screens)
        window.statusBar().addPermanentWidget(self.notes)
        window.statusBar().addPermanentWidget(
            AboutButton(data_dir, portable_data_dir() == data_dir))
        self.intake, self.main_window, self.first_run = intake, window, None
        self.lock_screen = None
        if self.account is not None:
            self._guard(window, self.account)
        elif self.tasks.is_ready or not self.protection.protected:
            self._offer_protection(window)
        self._show(window)
        if self.store_problem:
            intake.disable_saving(self.store_problem)
            window.show_problem(self.store_problem)
        # Old notes are erased soon after start and daily, whichever screens are opened.
        from helpdesk.ui.retention_setting import NotePurgeSchedule
        self.note_purge = NotePurgeSchedule(ctx, tasks, window)

    # -- the lock and the roles ---------------------------------------------------------

    def _guard(self, window: MainWindow, account: Account) -> None:
        """Lock this window when idle, on Ctrl+L, on Lock; show who is signed in."""
        from helpdesk.ui.desk_lock import DEFAULT_IDLE_MS, DeskLock

        names = read_protection(self.data_dir / DB_FILENAME).accounts
        idle = self.idle_minutes * 60_000 if self.idle_minutes else DEFAULT_IDLE_MS
        lock = DeskLock(window, self.tasks, account, names, idle, parent=self)
        lock.account_changed.connect(self.ctx.set_account)
        self.ctx.lock_minutes_changed.connect(lock.set_idle_minutes)
        self.ctx.account_changed.connect(self._follow_role)
        self.ctx.set_account(account)
        self.lock = lock
        self._follow_role()

    def _follow_role(self) -> None:
        # The services refuse what a role cannot do; the window does not offer it either.
        window, ctx = self.main_window, self.ctx
        if window is None:
            return
        window.allow_screen("reports", ctx.allows("sheets"))
        # Volunteers have nothing to set; staff keep spots and helpers (the rest is disabled).
        window.allow_screen("settings", ctx.account is None or ctx.account.role != "volunteer")

    def _offer_protection(self, window: MainWindow) -> None:
        from helpdesk.ui.protect_desk import NotProtectedBanner

        banner = NotProtectedBanner()
        banner.protect_clicked.connect(self.ask_protection)
        window.add_banner(banner)
        self.banner: NotProtectedBanner | None = banner

    def ask_protection(self) -> None:
        """Open the dialog that makes the first coordinator and encrypts the desk."""
        from helpdesk.ui.protect_desk import ProtectDialog

        dialog = ProtectDialog(self.tasks, self.window)
        dialog.protected.connect(self._on_protected)
        dialog.open()
        self.protect_dialog = dialog

    def _on_protected(self, code: str, account: Account) -> None:
        """The desk is protected now: the banner goes, the lock guards the window."""
        from helpdesk.ui.protect_desk import RecoveryCodeDialog

        self.protection = read_protection(self.data_dir / DB_FILENAME)
        self.account = account
        banner = getattr(self, "banner", None)
        if banner is not None:
            banner.hide()
            banner.deleteLater()
            self.banner = None
        if self.main_window is not None:
            self._guard(self.main_window, account)
        dialog = RecoveryCodeDialog(code, self.window)
        dialog.open()
        self.recovery_dialog = dialog

    # -- the store ---------------------------------------------------------------------

    def start(self) -> None:
        """Open the store in the background (call after the window has been painted).

        A protected store opens only once someone unlocks it on the lock screen.
        """
        if not self.protection.protected:
            self.tasks.start()

    def _on_ready(self) -> None:
        # The snapshot may be missing or stale (first start, after a migration): read it all.
        # On the writer thread, in line with the saves: a read on the reader thread could
        # finish before a first-run save and be delivered after it, bringing back the old state.
        self.tasks.write(lambda s: (s.desk.startup_state(), s.taxonomy.current(),
                                    s.signed_in.account, s.lock.idle_minutes()),
                         self._on_state_read)
        # The day's backup: copying a big store takes seconds (20 s for a 1 GB one on a busy
        # disk), and the first visit of the day must not wait for it. A damaged store found
        # by its check takes the usual path (_on_failed); closing the app stops it.
        self.tasks.upkeep(lambda s, cancelled: s.daily_backup(cancelled))

    def _on_state_read(self, result: tuple[StartupState, Taxonomy, Account | None, int]) -> None:
        state, taxonomy, account, self.idle_minutes = result
        if account is not None and self.account is None:
            self.account = account
            self.ctx.set_account(account)
        if self.lock_screen is not None and self.window is self.lock_screen:
            self.lock_screen.unlocked()
            self._waiting = True
        if state.settings is not None and state.settings.language != self.ctx.language:
            self.ctx.set_language(state.settings.language)
        self.ctx.set_taxonomy(taxonomy)
        self.ctx.set_state(state)
        if state.settings is not None:
            remember_language(self.data_dir, state.settings.language)
        if self._waiting:
            self._waiting = False
            if state.settings is None:
                self._show_first_run()
            else:
                self._show_main_window()

    def _on_failed(self, error: HelpdeskError) -> None:
        # A damaged page may be found long after opening (by a save, a list, a sheet): it
        # takes the same path as a file that cannot be opened, never "try again".
        damaged = isinstance(error, StoreDamagedError)
        if isinstance(error, UnlockError):
            return  # the lock screen says it, next to the fields; it is not a store problem
        if (self.tasks.is_ready and not damaged) or self.store_problem \
                or not isinstance(error, StoreError):
            return
        # The store cannot be opened (made by a newer version, unreadable…): say it once,
        # plainly, and stop offering to save rather than lose what someone types.
        self.store_problem = error_sentence(error)
        if self.intake is not None:
            self.intake.disable_saving(self.store_problem)
        elif self.first_run is not None:
            self.first_run.disable(self.store_problem)
        box = QMessageBox(QMessageBox.Icon.Critical, "Helpdesk", self.store_problem,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setInformativeText(QCoreApplication.translate(
            "DeskApp", "Nothing can be saved until this is solved. "
                       "Please tell your coordinator."))
        # A protected desk's backups open only with its key, which stays in the services, and
        # only a coordinator may put one back: that is `helpdesk restore` (docs/reliability.md).
        latest = latest_backup(self.data_dir / DB_FILENAME) \
            if damaged and not self.protection.protected else None
        if latest is not None:
            self._offer_restore(box, latest)
        box.open()
        self.problem_box = box

    def _offer_restore(self, box: QMessageBox, latest) -> None:
        when = locale_for(self.ctx.language).toString(QDateTime.fromSecsSinceEpoch(
            int(latest.made_at.timestamp())), QLocale.FormatType.ShortFormat)
        box.setInformativeText(QCoreApplication.translate(
            "DeskApp", "The latest backup was made on {when}. Restoring it puts it in place "
                       "of the damaged file, which is kept beside it; visits saved after the "
                       "backup are only in that file, so tell your coordinator.").format(
            when=when))
        self.restore_button = box.addButton(
            QCoreApplication.translate("DeskApp", "Restore the latest backup"),
            QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        box.buttonClicked.connect(
            lambda button: self.restore_backup(latest.path)
            if button is self.restore_button else None)

    def restore_backup(self, backup: Path) -> None:
        """Close the store, put ``backup`` in its place (the damaged file kept), and quit."""
        from helpdesk.store.backups import restore

        self.tasks.shutdown()
        try:
            aside = restore(self.data_dir / DB_FILENAME, backup)
        except StoreError as error:
            text, icon = error_sentence(error), QMessageBox.Icon.Critical
        else:
            text, icon = QCoreApplication.translate(
                "DeskApp", "The backup is back in place; the damaged file is kept as {aside}. "
                           "Helpdesk will now close: start it again.").format(
                aside=aside.name), QMessageBox.Icon.Information
        done = QMessageBox(icon, "Helpdesk", text, QMessageBox.StandardButton.Ok, self.window)
        done.finished.connect(lambda _code: QApplication.quit())
        done.open()
        self.restore_box = done

    def close(self) -> None:
        """Close the windows, then write every queued save and close the store.

        The one place the app shuts down: after the event loop ends (the last window was
        closed) and in tests. Safe to call twice.
        """
        if self.lock is not None:
            self.lock.stop()
        if self.window is not None:
            self.window.close()
        self.tasks.shutdown()


def latest_backup(db_path: Path):
    """The newest backup of the store, or None (cheap: a folder listing)."""
    from helpdesk.store.backups import list_backups

    found = list_backups(db_path)
    return found[0] if found else None


def _leave_when_ready(db_path: Path) -> None:
    # A cheap read-only look (header, schema, version), not a full check: this path is the
    # start-up the benchmark measures; `helpdesk self-test` reads every page.
    from helpdesk.store.health import start_problem

    problem = start_problem(db_path)
    if problem is not None:
        print(problem.sentence(), file=sys.stderr)
    _leave_at_once(1 if problem is not None else 0)


def _leave_at_once(code: int = 0) -> None:
    # Only for --exit-when-ready: the store was never opened and nothing was written, and
    # the screens' first reads wait for the store on the reader thread, so a normal close
    # (which flushes the writer and joins the reader) would wait for ever.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def run_gui(data_dir: Path, exit_when_ready: bool = False) -> int:
    """Start the GUI on ``data_dir``; returns the exit code.

    With ``exit_when_ready`` the app quits as soon as its first window is shown and the event
    loop is idle, without opening the store (that is the start-up the benchmark measures).
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Helpdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("helpdesk")  # Wayland/X11 match the window to helpdesk.desktop
    icon = resource_path("icons", "helpdesk-256.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    desk = DeskApp(data_dir)
    if exit_when_ready:
        # Two rounds: the first runs what the show queued (layout, paint), the second is idle.
        db_path = Path(data_dir) / DB_FILENAME
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: _leave_when_ready(db_path)))
    else:
        QTimer.singleShot(0, desk.start)  # after the first paint
    code = app.exec()
    desk.close()
    return code
