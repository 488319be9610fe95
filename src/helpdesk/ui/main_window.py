"""The main window: puts the screens side by side in tabs and says how the data is doing.

It wires the screens together; it does not contain them (each is built by ``helpdesk.app``).
Only the screen shown first is built before the window appears; the others are built the
first time their tab is opened, which keeps start-up close to that of a bare window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from helpdesk.core.access import UnlockError
from helpdesk.core.errors import InputError, SyncProblem
from helpdesk.ui.context import UiContext
from helpdesk.ui.feedback import error_sentence
from helpdesk.ui.follows_language import FollowsLanguage
from helpdesk.ui.sync_status import SyncStatusBar
from helpdesk.ui.tasks import Tasks

SCREENS = ("intake", "visits", "sessions", "reports", "settings")  # tab order, Ctrl+1..5

ScreenFactory = Callable[[], QWidget]


class ScreenSlot(QWidget):
    """One tab's page: holds its screen, building it from its factory on first need."""

    def __init__(self, screen: QWidget | ScreenFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._factory: ScreenFactory | None = None
        self.content: QWidget | None = None
        if isinstance(screen, QWidget):
            self._place(screen)
        else:
            self._factory = screen

    def built(self) -> QWidget:
        """The screen, built now if it was not yet."""
        if self.content is None and self._factory is not None:
            factory, self._factory = self._factory, None
            self._place(factory())
        assert self.content is not None  # a slot holds a screen or a factory for one
        return self.content

    def _place(self, screen: QWidget) -> None:
        self.content = screen
        self._layout.addWidget(screen)
        self.setFocusProxy(screen)


class MainWindow(FollowsLanguage, QMainWindow):
    """Tabs for Intake, Visits, Sessions, Reports and Settings, and a status line."""

    def __init__(self, ctx: UiContext, tasks: Tasks, screens: dict[str, QWidget | ScreenFactory],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # On the tab bar only: a style sheet on the tab widget would restyle every screen in it.
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { min-height: 32px; padding: 4px 18px; }")
        self._slots = {name: ScreenSlot(screens[name]) for name in SCREENS if name in screens}
        for slot in self._slots.values():
            self.tabs.addTab(slot, "")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        # The desk's content and, in front of it while locked, the lock screen: the content is
        # hidden, never destroyed, so nothing typed on a form is lost by a lock.
        self.content = QWidget()
        self._content_layout = QVBoxLayout(self.content)
        self._content_layout.setContentsMargins(0, 0, 0, 0)
        self._content_layout.setSpacing(0)
        self._content_layout.addWidget(self.tabs, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.content)
        self.setCentralWidget(self.pages)
        self._cover: QWidget | None = None
        self.store_state = QLabel()
        self.store_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.store_state, 1)
        self.sync_bar = SyncStatusBar(ctx, tasks)
        self.statusBar().addPermanentWidget(self.sync_bar)
        self._problem: str | None = None
        self._fitted = False  # kept inside the screen once, after the first show

        for n, name in enumerate(SCREENS):
            if name not in screens:
                continue
            for keys in (f"Ctrl+{n + 1}", f"Alt+{n + 1}"):
                shortcut = QShortcut(QKeySequence(keys), self)
                shortcut.activated.connect(lambda name=name: self.show_screen(name))
        tasks.ready.connect(self._on_ready)
        tasks.failed.connect(self._on_failed)
        ctx.state_changed.connect(self._show_title)
        self._fit_to_screen()
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        titles = {"intake": self.tr("&Intake"), "visits": self.tr("&Visits"),
                  "sessions": self.tr("S&essions"), "reports": self.tr("&Reports"),
                  "settings": self.tr("Se&ttings")}
        for name, slot in self._slots.items():
            index = self.tabs.indexOf(slot)
            if index >= 0:
                self.tabs.setTabText(index, titles[name])
                n = SCREENS.index(name) + 1
                self.tabs.setTabToolTip(index, self.tr("Ctrl+{0}").format(n))
        self._show_title()
        self._show_store_state()

    def named_screen(self, name: str) -> QWidget:
        """The screen called ``name`` ("visits"…), built now if it was not yet."""
        return self._slots[name].built()

    def current_screen(self) -> QWidget | None:
        """The screen of the tab in front."""
        slot = self.tabs.currentWidget()
        return slot.built() if isinstance(slot, ScreenSlot) else None

    def show_screen(self, name: str) -> None:
        """Bring one screen to the front (not one the person signed in may not see)."""
        index = self.tabs.indexOf(self._slots[name])
        if self.tabs.isTabVisible(index):
            self.tabs.setCurrentIndex(index)

    def allow_screen(self, name: str, allowed: bool) -> None:
        """Show or hide a screen's tab (what the signed-in person's role may not use)."""
        slot = self._slots.get(name)
        if slot is None:
            return
        index = self.tabs.indexOf(slot)
        if not allowed and self.tabs.currentIndex() == index:
            self.tabs.setCurrentIndex(0)
        self.tabs.setTabVisible(index, allowed)

    def add_banner(self, banner: QWidget) -> None:
        """Put a calm, permanent line above the tabs (e.g. "this desk is not protected")."""
        self._content_layout.insertWidget(0, banner)

    def set_corner(self, widget: QWidget) -> None:
        """Place small controls (the Lock button) at the right end of the tab bar."""
        self.tabs.setCornerWidget(widget, Qt.Corner.TopRightCorner)

    @property
    def covered(self) -> bool:
        """True while the lock screen hides the desk."""
        return self._cover is not None

    def cover(self, screen: QWidget) -> None:
        """Hide the desk behind ``screen`` (the lock screen): content, status line and title."""
        if self.pages.indexOf(screen) < 0:
            self.pages.addWidget(screen)
        self._cover = screen
        self.pages.setCurrentWidget(screen)
        self.statusBar().hide()
        self._show_title()

    def uncover(self) -> None:
        """Show the desk again, as it was left."""
        self._cover = None
        self.pages.setCurrentWidget(self.content)
        self.statusBar().show()
        self._show_title()
        current = self.tabs.currentWidget()
        if current is not None:
            current.setFocus()

    def show_problem(self, sentence: str) -> None:
        """Keep one sentence about the last problem in the status line."""
        self._problem = sentence
        self._show_store_state()

    # -- internals ---------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        # Made for 1366×768; smaller screens get what they have, larger ones no more. The
        # size is the inside of the window: the title bar and the frame come on top, so they
        # are taken off here, and once more after the first show, when their real size is known.
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        frame = self.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight) + 8
        width, height = 1366, 768 - frame
        if available is not None and available.width() > 0:
            width = min(width, available.width())
            height = min(height, available.height() - frame)
        self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self._keep_inside_screen)

    def _keep_inside_screen(self) -> None:
        """Shrink and move the window so all of it, status bar included, is on screen."""
        screen = self.screen()
        available = screen.availableGeometry() if screen else None
        if available is None or available.isEmpty():
            return
        outer, inner = self.frameGeometry(), self.geometry()
        extra_w, extra_h = outer.width() - inner.width(), outer.height() - inner.height()
        width = min(inner.width(), available.width() - extra_w)
        height = min(inner.height(), available.height() - extra_h)
        if (width, height) != (inner.width(), inner.height()):
            self.resize(width, height)
        left = min(max(outer.left(), available.left()), available.right() - width - extra_w + 1)
        top = min(max(outer.top(), available.top()), available.bottom() - height - extra_h + 1)
        if (left, top) != (outer.left(), outer.top()):
            self.move(left, top)

    def _show_title(self) -> None:
        if self._cover is not None:
            self.setWindowTitle("Helpdesk")  # nothing of the desk while it is locked
            return
        settings = self._ctx.state.settings
        name = settings.desk_name if settings else ""
        self.setWindowTitle(self.tr("Helpdesk — {0}").format(name) if name else "Helpdesk")

    def _show_store_state(self) -> None:
        if self._problem:
            self.store_state.setStyleSheet("color: #a4262c;")
            self.store_state.setText(self._problem)
        elif self._tasks.is_ready:
            self.store_state.setStyleSheet("")
            self.store_state.setText(self.tr("Ready. Everything is saved on this computer."))
        else:
            self.store_state.setStyleSheet("")
            self.store_state.setText(self.tr("Opening your data…"))

    def _on_tab_changed(self, index: int) -> None:
        slot = self.tabs.widget(index)
        if isinstance(slot, ScreenSlot) and slot.content is None:
            slot.built()
            slot.setFocus()

    def _on_ready(self) -> None:
        self._show_store_state()

    def _on_failed(self, error) -> None:
        # Input problems are said next to their field, sync problems by the sync bar (which
        # keeps the last one until a sync succeeds); the status line keeps the others.
        if not isinstance(error, (InputError, SyncProblem, UnlockError)):
            self.show_problem(error_sentence(error))
