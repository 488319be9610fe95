"""Who may do what: the roles of staff accounts and the actions each one allows.

Plain data, light: the services enforce it, and the screens may ask it to grey out what a
person cannot do. A store without accounts (made by ``helpdesk demo``, by tests, by an older
version) has no one signed in, and then everything is allowed, as before accounts existed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from helpdesk.core.errors import QT_TRANSLATE_NOOP, HelpdeskError, StoreError

Role = Literal["volunteer", "staff", "coordinator"]
ROLES: tuple[Role, ...] = ("volunteer", "staff", "coordinator")

Action = Literal[
    "record",  # record visits and sessions
    "edit",  # edit, delete and restore visits
    "sync",  # run a sync
    "sheets",  # make the desk's sheets (PDF, XLSX, CSV)
    "accounts",  # add, remove and recover accounts
    "settings",  # desk settings, sync targets, retention of notes
    "audit",  # read and verify the audit trail
]

ALLOWED: dict[Role, frozenset[Action]] = {
    "volunteer": frozenset({"record"}),
    "staff": frozenset({"record", "edit", "sync", "sheets"}),
    "coordinator": frozenset({"record", "edit", "sync", "sheets", "accounts", "settings",
                              "audit"}),
}


class NotAllowedError(HelpdeskError):
    """The signed-in account's role does not allow this action."""


class UnlockError(StoreError):
    """The store is protected and the name, passphrase or recovery code given do not open it."""


@dataclass(frozen=True)
class Account:
    """The person signed in: a staff member with a passphrase."""

    staff_id: str
    name: str
    role: Role


@dataclass(frozen=True)
class Protection:
    """What the lock screen may know before unlocking: protected or not, and by whom."""

    protected: bool
    accounts: tuple[str, ...] = ()


def allows(account: Account | None, action: Action) -> bool:
    """Whether ``account`` may do ``action``; with no account (an unprotected store), yes."""
    return account is None or action in ALLOWED[account.role]


def require(account: Account | None, action: Action) -> None:
    """Raise ``NotAllowedError`` unless ``account`` may do ``action``."""
    if not allows(account, action):
        raise NotAllowedError(QT_TRANSLATE_NOOP(
            "errors", "Your account ({role}) cannot do this; ask a coordinator."),
            role=account.role if account else "")


class SignedIn:
    """Who is signed in to an open store: shared by every service of one ``Services``.

    One object, so when another person unlocks and takes over, every service sees it.
    """

    def __init__(self, account: Account | None = None) -> None:
        self.account = account

    def allows(self, action: Action) -> bool:
        """Whether the person signed in may do ``action``."""
        return allows(self.account, action)

    def require(self, action: Action) -> None:
        """Raise ``NotAllowedError`` unless the person signed in may do ``action``."""
        require(self.account, action)
