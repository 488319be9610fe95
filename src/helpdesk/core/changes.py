"""What a change to the store touched, announced by the writer rather than by each screen.

In the spirit of Anki's ``OpChanges``: a service method that changes visits or the sync state
notes it (``services.changes``); the GUI's task runner hands what a job noted to one place,
which tells every screen that shows it. A screen that forgets to refresh another cannot exist.
"""

from __future__ import annotations

import enum
import functools
import threading
from collections.abc import Callable
from typing import Concatenate, ParamSpec, Protocol, TypeVar


class Change(enum.Flag):
    """The kinds of data a write can change, as the screens that show them care."""

    NONE = 0
    VISITS = enum.auto()  # a visit saved, edited, deleted, restored, duplicated or imported
    SYNC = enum.auto()  # a target added, changed or removed, or a run that sent records


class ChangeLog:
    """What the jobs of each thread changed since that thread last asked.

    Per thread: the writer, the network worker and the command line each collect their own,
    so a sync running beside a save never hands the save's change to the wrong job.
    """

    def __init__(self) -> None:
        self._local = threading.local()

    def note(self, change: Change) -> None:
        """Record that the running job changed ``change`` (after its transaction committed)."""
        self._local.changes = self._pending() | change

    def take(self) -> Change:
        """What was noted on this thread since the last ``take``; starts afresh."""
        changes = self._pending()
        self._local.changes = Change.NONE
        return changes

    def _pending(self) -> Change:
        changes: Change = getattr(self._local, "changes", Change.NONE)
        return changes


class HasChangeLog(Protocol):
    """A service that notes its changes in a shared log."""

    changes: ChangeLog


S = TypeVar("S", bound=HasChangeLog)
P = ParamSpec("P")
R = TypeVar("R")


def announces(change: Change) -> Callable[[Callable[Concatenate[S, P], R]],
                                          Callable[Concatenate[S, P], R]]:
    """Decorate a service method that changes ``change``: noted once it returns."""
    def decorate(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
        @functools.wraps(method)
        def noted(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
            result = method(self, *args, **kwargs)
            self.changes.note(change)
            return result
        return noted
    return decorate
