"""Staff accounts: unlocking a protected store, adding and removing people, recovery.

A helper with a passphrase has an account (a row in ``account``) and a key slot in
``keys.json`` (``store/keys.py``). The role is the helper's role in the encrypted store, not
anything in ``keys.json``, which anyone at the PC could edit. Wrong passphrases are counted
in a small file beside the store, across processes, and each one waits longer.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine, func, insert, select, true, update
from sqlalchemy.orm import Session

from helpdesk.core.access import ROLES, Account, Role, SignedIn, UnlockError, require
from helpdesk.core.atomic_files import write_bytes_atomically
from helpdesk.core.errors import QT_TRANSLATE_NOOP, InputError, NotFoundError, StoreError
from helpdesk.core.ids import new_id
from helpdesk.services import audit
from helpdesk.store.engine import reading, writing
from helpdesk.store.keys import (
    RECOVERY_ID, KeyFile, Slot, make_slot, new_database_key, new_recovery_code,
    normal_recovery_code, open_slot, read_key_file, same_name, write_key_file)
from helpdesk.store.models import account_table, staff_table

MIN_PASSPHRASE = 8
MAX_PASSPHRASE = 1024
FAILURES_FILENAME = "unlock-failures.json"
MAX_DELAY = 30.0
Sleep = Callable[[float], None]


@dataclass(frozen=True)
class FirstCoordinator:
    """What making the first coordinator prepared, before the store is encrypted."""

    account: Account
    key: bytes
    keys: KeyFile
    recovery_code: str


def delay_after(failures: int) -> float:
    """Seconds to wait before answering the ``failures``-th wrong try in a row.

    The first costs only Argon2's half second; then 1, 2, 4 … up to 30 seconds.
    """
    return 0.0 if failures <= 1 else min(2.0 ** (failures - 2), MAX_DELAY)


def check_passphrase(passphrase: str) -> str:
    """A new passphrase as it will be used, or InputError saying what is wrong with it."""
    if len(passphrase) < MIN_PASSPHRASE or len(passphrase) > MAX_PASSPHRASE:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "A passphrase needs at least {count} characters; choose a longer one."),
            field="passphrase", count=MIN_PASSPHRASE)
    return passphrase


def _check_role(role: str) -> Role:
    if role not in ROLES:
        raise InputError(QT_TRANSLATE_NOOP("errors", "Choose volunteer, staff or coordinator."),
                         field="role")
    return role


def _key_file(data_dir: Path) -> KeyFile:
    try:
        keys = read_key_file(data_dir)
    except (OSError, ValueError, KeyError, TypeError):
        keys = None
    if keys is None:
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "The key file keys.json next to the data is missing or damaged; "
                      "restore it from a backup."))
    return keys


def _failures(data_dir: Path) -> int:
    try:
        return int(json.loads((data_dir / FAILURES_FILENAME).read_text())["failures"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0


def _set_failures(data_dir: Path, count: int) -> None:
    try:
        write_bytes_atomically(data_dir / FAILURES_FILENAME,
                               json.dumps({"failures": count}).encode(), private=True)
    except OSError:
        pass  # a read-only folder: the delay still applies within this run


def _refuse(data_dir: Path, sleep: Sleep, message: str) -> UnlockError:
    failures = _failures(data_dir) + 1
    _set_failures(data_dir, failures)
    sleep(delay_after(failures))
    return UnlockError(message)


def unlock_key(data_dir: Path, name: str, passphrase: str, *,
               sleep: Sleep = time.sleep) -> tuple[bytes, Slot, int]:
    """The database key ``name``'s passphrase unwraps, its slot, and the wrong tries before.

    UnlockError (after the growing delay) when the name or the passphrase is not right.
    """
    data_dir = Path(data_dir)
    keys = _key_file(data_dir)
    slot = keys.account(name)
    key = open_slot(slot, passphrase) if slot is not None else None
    if slot is None or key is None:
        raise _refuse(data_dir, sleep, QT_TRANSLATE_NOOP(
            "errors", "This name and passphrase do not open the desk; check them and try "
                      "again."))
    failures = _failures(data_dir)
    if failures:
        _set_failures(data_dir, 0)
    return key, slot, failures


def recovery_key(data_dir: Path, code: str, *, sleep: Sleep = time.sleep) -> bytes:
    """The database key the recovery code unwraps (UnlockError after a delay when wrong)."""
    data_dir = Path(data_dir)
    slot = _key_file(data_dir).recovery()
    key = open_slot(slot, normal_recovery_code(code)) if slot is not None else None
    if key is None:
        raise _refuse(data_dir, sleep, QT_TRANSLATE_NOOP(
            "errors", "This recovery code does not open the desk; check it and try again."))
    if _failures(data_dir):
        _set_failures(data_dir, 0)
    return key


def role_in_file(db_path: Path, key: bytes, staff_id: str) -> str | None:
    """The role ``staff_id``'s account has in the encrypted file ``db_path``.

    None when the file cannot be read with ``key`` (damaged, or another desk's) or the
    account is not there or was removed. A raw read-only look: the file may be a backup.
    """
    from contextlib import closing

    from helpdesk.store.cipher import connect, driver_errors

    try:
        with closing(connect(Path(db_path), key, read_only=True)) as conn:
            row = conn.execute(
                "SELECT staff.role FROM staff JOIN account ON account.staff_id = staff.id"
                " WHERE staff.id = ? AND account.removed_at IS NULL AND staff.active",
                (staff_id,)).fetchone()
    except driver_errors(OSError):
        return None
    return row[0] if row else None


def require_coordinator_of(files: list[Path], key: bytes, slot: Slot) -> None:
    """NotAllowedError unless ``slot``'s account is a coordinator in the first of ``files``
    that can be read (the store; a backup to restore when the store is damaged)."""
    role = next((r for r in (role_in_file(p, key, slot.staff_id) for p in files)
                 if r is not None), None)
    require(Account(slot.staff_id, slot.name, role if role in ROLES else "volunteer"),
            "settings")


def signed_in_account(engine: Engine, staff_id: str) -> Account:
    """The account of ``staff_id`` as the store knows it; UnlockError when it was removed."""
    with reading(engine) as db:
        row = db.execute(
            select(staff_table.c.id, staff_table.c.name, staff_table.c.role)
            .join(account_table, account_table.c.staff_id == staff_table.c.id)
            .where(staff_table.c.id == staff_id, account_table.c.removed_at.is_(None),
                   staff_table.c.active == true())).first()
    if row is None:
        raise UnlockError(QT_TRANSLATE_NOOP(
            "errors", "This account was removed; ask a coordinator."))
    return Account(staff_id=row.id, name=row.name, role=_check_role(row.role))


def _find_staff(db: Session, name: str):
    wanted = same_name(name)
    rows = db.execute(select(staff_table).where(
        func.lower(staff_table.c.name) == name.strip().lower())).all()
    rows = rows or [r for r in db.execute(select(staff_table)) if same_name(r.name) == wanted]
    return rows[0] if rows else None


def _has_account(db: Session, staff_id: str) -> bool:
    return db.execute(select(account_table.c.staff_id).where(
        account_table.c.staff_id == staff_id, account_table.c.removed_at.is_(None))
    ).first() is not None


def _give_account(db: Session, name: str, role: Role) -> Account:
    """Make ``name`` (an existing helper, or a new one) an account holder with ``role``."""
    name = " ".join(name.split())
    if not name or len(name) > 80:
        raise InputError(QT_TRANSLATE_NOOP("errors", "Give a name of 1 to 80 characters."),
                         field="name")
    now = datetime.now(timezone.utc)
    row = _find_staff(db, name)
    if row is not None and _has_account(db, row.id):
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "{name} already has an account; choose another name."),
            field="name", name=row.name)
    if row is None:
        staff_id = new_id()
        db.execute(insert(staff_table).values(id=staff_id, name=name, role=role, active=True,
                                              created_at=now, updated_at=now))
    else:  # an existing helper is kept, with their visits and sessions
        staff_id, name = row.id, row.name
        db.execute(update(staff_table).where(staff_table.c.id == staff_id)
                   .values(role=role, active=True, updated_at=now))
    db.execute(account_table.delete().where(account_table.c.staff_id == staff_id))
    db.execute(insert(account_table).values(staff_id=staff_id, created_at=now, removed_at=None))
    return Account(staff_id=staff_id, name=name, role=role)


def prepare_first_coordinator(engine: Engine, name: str, passphrase: str) -> FirstCoordinator:
    """Give ``name`` the first coordinator account in a plain store, and make the key slots.

    The rows are written in the plain store, which is then encrypted (``encrypt_in_place``):
    a conversion killed half-way leaves a plain store with an account, which is harmless and
    taken over by the next try.
    """
    check_passphrase(passphrase)
    key, code = new_database_key(), new_recovery_code()
    with writing(engine) as db:
        # Accounts in a plain store are left by a conversion killed half-way: none has a slot
        # that opens anything, so they are not accounts.
        db.execute(update(account_table).where(account_table.c.removed_at.is_(None))
                   .values(removed_at=datetime.now(timezone.utc)))
        account = _give_account(db, name, "coordinator")
        audit.append(db, SignedIn(account), "account added", account.staff_id,
                     name=account.name, role=account.role)
    keys = KeyFile(slots=(
        make_slot(key, passphrase, staff_id=account.staff_id, name=account.name),
        make_slot(key, code, staff_id=RECOVERY_ID, name="")))
    return FirstCoordinator(account=account, key=key, keys=keys, recovery_code=code)


def coordinator_accounts(db: Session) -> int:
    """How many active accounts are coordinators."""
    return db.execute(
        select(func.count()).select_from(staff_table)
        .join(account_table, account_table.c.staff_id == staff_table.c.id)
        .where(account_table.c.removed_at.is_(None), staff_table.c.role == "coordinator")
    ).scalar_one()


def is_last_coordinator(db: Session, staff_id: str) -> bool:
    """Whether ``staff_id`` holds the only coordinator account left."""
    row = db.execute(select(staff_table.c.role).where(staff_table.c.id == staff_id)).first()
    return (row is not None and row.role == "coordinator" and _has_account(db, staff_id)
            and coordinator_accounts(db) <= 1)


@dataclass(frozen=True)
class AccountInfo:
    """One account, as listed."""

    staff_id: str
    name: str
    role: str


class AccountService:
    """Adding, listing and removing the accounts of a protected store."""

    def __init__(self, engine: Engine, data_dir: Path, signed_in: SignedIn,
                 key: bytes | None) -> None:
        self._engine = engine
        self._data_dir = Path(data_dir)
        self._signed_in = signed_in
        self._key = key

    @property
    def protected(self) -> bool:
        """Whether the store is encrypted (it has accounts)."""
        return self._key is not None

    def accounts(self) -> list[AccountInfo]:
        """The active accounts, by name."""
        with reading(self._engine) as db:
            rows = db.execute(
                select(staff_table.c.id, staff_table.c.name, staff_table.c.role)
                .join(account_table, account_table.c.staff_id == staff_table.c.id)
                .where(account_table.c.removed_at.is_(None))
                .order_by(func.lower(staff_table.c.name)))
            return [AccountInfo(staff_id=r.id, name=r.name, role=r.role) for r in rows]

    def add(self, name: str, role: str, passphrase: str) -> Account:
        """Give ``name`` an account (a coordinator's action on a protected store)."""
        self._signed_in.require("accounts")
        key = self._protected_key()
        checked_role = _check_role(role)
        check_passphrase(passphrase)
        with writing(self._engine) as db:
            account = _give_account(db, name, checked_role)
            audit.append(db, self._signed_in, "account added", account.staff_id,
                         name=account.name, role=account.role)
            # Written before the commit: a slot without its row opens nothing (the row is
            # checked at unlock), a row without its slot would be an account no one can use.
            slot = make_slot(key, passphrase, staff_id=account.staff_id, name=account.name)
            write_key_file(self._data_dir, _key_file(self._data_dir).with_slot(slot))
        return account

    def remove(self, name: str) -> AccountInfo:
        """Remove ``name``'s account: their slot goes, their visits and name stay."""
        self._signed_in.require("accounts")
        self._protected_key()
        with writing(self._engine) as db:
            row = _find_staff(db, name)
            if row is None or not _has_account(db, row.id):
                raise NotFoundError(QT_TRANSLATE_NOOP(
                    "errors", "There is no account called {name}."), name=name.strip())
            if row.role == "coordinator" and self._coordinators(db) <= 1:
                raise InputError(QT_TRANSLATE_NOOP(
                    "errors", "{name} is the last coordinator; add another coordinator "
                              "first."), name=row.name)
            db.execute(update(account_table).where(account_table.c.staff_id == row.id)
                       .values(removed_at=datetime.now(timezone.utc)))
            audit.append(db, self._signed_in, "account removed", row.id, name=row.name)
            write_key_file(self._data_dir, _key_file(self._data_dir).without(row.id))
            return AccountInfo(staff_id=row.id, name=row.name, role=row.role)

    def set_passphrase(self, name: str, passphrase: str) -> AccountInfo:
        """Give ``name``'s account a new passphrase: a coordinator's action, or their own."""
        account = self._signed_in.account
        if account is None or not same_name(account.name) == same_name(name):
            self._signed_in.require("accounts")
        key = self._protected_key()
        check_passphrase(passphrase)
        with writing(self._engine) as db:
            row = _find_staff(db, name)
            if row is None or not _has_account(db, row.id):
                raise NotFoundError(QT_TRANSLATE_NOOP(
                    "errors", "There is no account called {name}."), name=name.strip())
            audit.append(db, self._signed_in, "passphrase changed", row.id, name=row.name)
            slot = make_slot(key, passphrase, staff_id=row.id, name=row.name)
            write_key_file(self._data_dir, _key_file(self._data_dir).with_slot(slot))
            return AccountInfo(staff_id=row.id, name=row.name, role=row.role)

    def set_passphrase_by_recovery(self, name: str, passphrase: str) -> AccountInfo:
        """Give ``name``'s account a new passphrase (opened with the recovery code)."""
        key = self._protected_key()
        check_passphrase(passphrase)
        with writing(self._engine) as db:
            row = _find_staff(db, name)
            if row is None or not _has_account(db, row.id):
                raise NotFoundError(QT_TRANSLATE_NOOP(
                    "errors", "There is no account called {name}."), name=name.strip())
            audit.append(db, SignedIn(Account(row.id, row.name, _check_role(row.role))),
                         "account recovered", row.id, name=row.name)
            slot = make_slot(key, passphrase, staff_id=row.id, name=row.name)
            write_key_file(self._data_dir, _key_file(self._data_dir).with_slot(slot))
            return AccountInfo(staff_id=row.id, name=row.name, role=row.role)

    def _coordinators(self, db: Session) -> int:
        return coordinator_accounts(db)

    def _protected_key(self) -> bytes:
        if self._key is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "This desk has no accounts yet; add a coordinator first."))
        return self._key
