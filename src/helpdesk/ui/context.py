"""What every screen needs to know about the desk right now, passed in (never a global).

Holds the language, the taxonomy and the desk's state (spots, helpers, the open session),
and says when they change, so screens can relabel or refill themselves.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from helpdesk.core.access import Account, Action, allows
from helpdesk.core.changes import Change
from helpdesk.core.records import SessionInfo, StartupState
from helpdesk.core.taxonomy_file import Taxonomy


class UiContext(QObject):
    """The desk's current language, taxonomy and state, with change signals."""

    language_changed = Signal(str)
    taxonomy_changed = Signal()
    state_changed = Signal()  # settings, spots or helpers changed
    session_changed = Signal()  # a session was opened, changed or closed
    visits_changed = Signal()  # a visit was saved, edited, deleted or undone
    sync_changed = Signal()  # a sync target was added, changed or removed, or a run ended
    account_changed = Signal()  # someone else signed in (a take-over), or the desk was protected
    lock_minutes_changed = Signal(int)  # a coordinator changed the idle time before locking
    retention_changed = Signal(int)  # the days a note is kept, once read or changed

    def __init__(self, language: str, taxonomy: Taxonomy, state: StartupState,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._taxonomy = taxonomy
        self._state = state
        self._account: Account | None = None
        self._note_retention_days: int | None = None

    @property
    def account(self) -> Account | None:
        """Who is signed in (None on a desk without accounts, where everything is allowed)."""
        return self._account

    def allows(self, action: Action) -> bool:
        """Whether the person signed in may do ``action`` (to hide what they cannot)."""
        return allows(self._account, action)

    def set_account(self, account: Account | None) -> None:
        """Someone signed in or took over."""
        if account != self._account:
            self._account = account
            self.account_changed.emit()

    @property
    def language(self) -> str:
        """nl, fr or en."""
        return self._language

    @property
    def taxonomy(self) -> Taxonomy:
        """The lists visits are recorded with."""
        return self._taxonomy

    @property
    def state(self) -> StartupState:
        """Settings, spots, helpers and the open session."""
        return self._state

    def label(self, list_name: str, code: str | None) -> str:
        """A taxonomy label in the current language."""
        return self._taxonomy.label(list_name, code, self._language)

    def question_labels(self, codes: tuple[str, ...]) -> str:
        """A visit's question types in the current language, as one line.

        Joined with a middle dot, not a comma: the labels themselves contain commas
        ("Online safety, scams, phishing").
        """
        return " · ".join(self.label("question_types", code) for code in codes)

    def spot_name(self, spot_id: str | None) -> str:
        """The name of a spot of this desk, or '' when unknown."""
        return next((s.name for s in self._state.spots if s.id == spot_id), "")

    def staff_name(self, staff_id: str | None) -> str:
        """The name of a helper of this desk, or '' when unknown."""
        return next((s.name for s in self._state.staff if s.id == staff_id), "")

    def set_language(self, language: str) -> None:
        """Switch language; the translator is swapped by whoever owns the QApplication."""
        if language != self._language:
            self._language = language
            self.language_changed.emit(language)

    def set_taxonomy(self, taxonomy: Taxonomy) -> None:
        """Use a new taxonomy (after an import, or once the store is open)."""
        self._taxonomy = taxonomy
        self.taxonomy_changed.emit()

    def set_state(self, state: StartupState) -> None:
        """Replace the whole desk state (after first run, a settings change, or start-up)."""
        session_moved = state.open_session != self._state.open_session
        self._state = state
        self.state_changed.emit()
        if session_moved:
            self.session_changed.emit()

    @property
    def note_retention_days(self) -> int | None:
        """How many days a note is kept (None until read from the store)."""
        return self._note_retention_days

    def set_note_retention_days(self, days: int) -> None:
        """Record the desk's retention of notes; the note fields say it."""
        if days != self._note_retention_days:
            self._note_retention_days = days
            self.retention_changed.emit(days)

    def announce(self, changes: Change) -> None:
        """Tell every screen what a write changed (connected to ``Tasks.changed``)."""
        if Change.VISITS in changes:
            self.visits_changed.emit()
        if Change.SYNC in changes:
            self.sync_changed.emit()

    def set_open_session(self, session: SessionInfo | None) -> None:
        """Record that a session was opened, changed or closed."""
        self._state = replace(self._state, open_session=session)
        self.session_changed.emit()
