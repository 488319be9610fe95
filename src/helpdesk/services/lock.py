"""Locking the running app: how long it may stay idle, and who unlocks it again.

The GUI locks itself; this service keeps the coordinator's idle setting in the store and
checks the passphrase of whoever unlocks a running app (the same person, or another staff
member taking over, who then becomes the one signed in for every service).
"""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.orm import Session

from helpdesk.core.access import Account, SignedIn
from helpdesk.core.errors import QT_TRANSLATE_NOOP, InputError
from helpdesk.services import audit
from helpdesk.services.accounts import Sleep, signed_in_account, unlock_key
from helpdesk.store.engine import reading, writing
from helpdesk.store.models import store_info_table

IDLE_KEY = "lock_idle_minutes"
DEFAULT_IDLE_MINUTES = 5
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 60


def idle_minutes(db: Session) -> int:
    """Minutes without a key or a click before the app locks (the setting, else 5)."""
    value = db.scalar(select(store_info_table.c.value).where(store_info_table.c.key == IDLE_KEY))
    try:
        minutes = int(value) if value is not None else DEFAULT_IDLE_MINUTES
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    # A hand-edited value out of range falls back to the default rather than never locking.
    return minutes if MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES else DEFAULT_IDLE_MINUTES


class LockService:
    """The idle time before locking, and unlocking a running app."""

    def __init__(self, engine: Engine, data_dir: Path, signed_in: SignedIn) -> None:
        self._engine = engine
        self._data_dir = Path(data_dir)
        self._signed_in = signed_in

    def idle_minutes(self) -> int:
        """Minutes without a key or a click before the app locks itself."""
        with reading(self._engine) as db:
            return idle_minutes(db)

    def set_idle_minutes(self, minutes: int) -> None:
        """Change the idle time before locking (a coordinator's setting, 1–60 minutes)."""
        self._signed_in.require("settings")
        if not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "Give a number of minutes between {least} and {most}."),
                field="minutes", least=MIN_IDLE_MINUTES, most=MAX_IDLE_MINUTES)
        with writing(self._engine) as db:
            before = idle_minutes(db)
            db.execute(delete(store_info_table).where(store_info_table.c.key == IDLE_KEY))
            db.execute(insert(store_info_table).values(key=IDLE_KEY, value=str(minutes)))
            audit.append(db, self._signed_in, "settings changed", None,
                         setting=IDLE_KEY, before=before, after=minutes)

    def unlock(self, name: str, passphrase: str, *, sleep: Sleep = time.sleep) -> Account:
        """Check ``name``'s passphrase on the running app; they are signed in from now on.

        UnlockError (after the growing delay) when it does not open the desk; the person
        signed in before stays signed in then. Earlier wrong tries go to the audit trail.
        """
        _key, slot, failures = unlock_key(self._data_dir, name, passphrase, sleep=sleep)
        account = signed_in_account(self._engine, slot.staff_id)
        self._signed_in.account = account
        if failures:
            with writing(self._engine) as db:
                audit.append(db, self._signed_in, "failed unlocks", None, count=failures)
        return account
