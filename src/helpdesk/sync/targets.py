"""Sync targets as stored on the desk: checked on the way in, handed out without the token."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import func, insert, select, update
from sqlmodel import Session

from helpdesk.core.errors import QT_TRANSLATE_NOOP, InputError, NotFoundError
from helpdesk.core.ids import new_id
from helpdesk.core.sync_records import TARGET_KINDS, SyncTarget, TargetDraft
from helpdesk.store.models import sync_target_table
from helpdesk.sync.protocol import MAX_RECORDS

t = sync_target_table.c
MAX_NAME = 40
LOOPBACK = {"localhost", "127.0.0.1", "::1"}


def to_target(row, waiting: int = 0) -> SyncTarget:
    """A stored target as a plain record (``has_token`` instead of the token)."""
    return SyncTarget(
        id=row.id, name=row.name, kind=row.kind, url=row.url, folder=row.folder,
        has_token=bool(row.token), include_notes=bool(row.include_notes),
        send_csv=bool(row.send_csv), batch_size=row.batch_size,
        last_success_at=row.last_success_at, last_problem=row.last_problem,
        last_problem_args=json.loads(row.last_problem_args) if row.last_problem_args else {},
        last_problem_at=row.last_problem_at, waiting=waiting)


def read_targets(db: Session) -> list:
    """Every target row, by name."""
    return list(db.execute(select(sync_target_table).order_by(t.name)))


def read_target(db: Session, target_id: str):
    """One target row; NotFoundError when it was removed."""
    row = db.execute(select(sync_target_table).where(t.id == target_id)).first()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "errors",  # pragma: no mutate
            "This sync target no longer exists."))
    return row


def find_target(db: Session, name: str):
    """The target called ``name``; NotFoundError naming it when there is none."""
    row = db.execute(select(sync_target_table).where(t.name == name)).first()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "errors",  # pragma: no mutate
            "There is no sync target called {name}."), name=name)
    return row


def check_url(url: str) -> str:
    """An http(s) base address; plain http only for this computer itself."""
    url = (url or "").strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors",  # pragma: no mutate
            "Type the hub's address, starting with https://."), field="url")
    if parts.scheme == "http" and parts.hostname not in LOOPBACK:
        # The token and the records would cross the network in clear.
        raise InputError(QT_TRANSLATE_NOOP(
            "errors",  # pragma: no mutate
            "Use an https:// address; plain http:// is only accepted for this "
            "computer itself."), field="url")
    return url


def checked_values(db: Session, draft: TargetDraft, target_id: str | None, *,
                   folder_must_exist: bool = True) -> dict:
    """The draft as column values, or InputError naming the field to fix.

    A new or changed folder must exist (a typo is caught at once); a saved one may be
    missing for now — the USB stick is simply not plugged in.
    """
    name = " ".join((draft.name or "").split())
    if not name:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors",  # pragma: no mutate
            "Type a name for this target."), field="name")
    if len(name) > MAX_NAME:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors",  # pragma: no mutate
            "This name is longer than 40 characters; shorten it."), field="name")
    clash = db.scalar(select(func.count()).select_from(sync_target_table)
                      .where(t.name == name, t.id != (target_id or "")))
    if clash:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors",  # pragma: no mutate
            "Another target is already called {name}; choose another name."),
            field="name", name=name)
    if draft.kind not in TARGET_KINDS:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors",  # pragma: no mutate
            "Choose whether to send to a hub or to a folder."), field="kind")
    if not 1 <= draft.batch_size <= MAX_RECORDS:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors",  # pragma: no mutate
            "The batch size must be between 1 and 5000 records."), field="batch_size")
    values = {"name": name, "kind": draft.kind, "include_notes": bool(draft.include_notes),
              "send_csv": bool(draft.send_csv), "batch_size": draft.batch_size,
              "url": "", "folder": ""}
    if draft.kind == "http":
        values["url"] = check_url(draft.url)
        token = (draft.token or "").strip()
        if token:
            values["token"] = token
        elif draft.token is not None or target_id is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "errors",  # pragma: no mutate
                "Type the token your coordinator gave you for this desk."),
                field="token")
    else:
        folder = (draft.folder or "").strip()
        if not folder:
            raise InputError(QT_TRANSLATE_NOOP(
                "errors",  # pragma: no mutate
                "Choose a folder."), field="folder")
        path = Path(folder).expanduser()
        saved = db.scalar(select(t.folder).where(t.id == target_id)) if target_id else None
        changed = saved is None or Path(saved) != path.resolve()
        if folder_must_exist and changed and not path.is_dir():
            raise InputError(QT_TRANSLATE_NOOP(
                "errors",  # pragma: no mutate
                "The folder {folder} does not exist; choose another one."),
                field="folder", folder=folder)
        values["folder"] = str(path.resolve())
        values["token"] = ""
    return values


def add_target(db: Session, draft: TargetDraft) -> str:
    """Store a new target; its id."""
    values = checked_values(db, draft, None)
    now = datetime.now(timezone.utc)
    target_id = new_id()
    values.setdefault("token", "")
    db.execute(insert(sync_target_table).values(
        id=target_id, created_at=now, updated_at=now, last_problem="", last_problem_args="",
        **values))
    return target_id


def update_target(db: Session, target_id: str, draft: TargetDraft) -> None:
    """Change a target; a draft without a token keeps the stored one."""
    row = read_target(db, target_id)
    values = checked_values(db, draft, target_id)
    if values["kind"] == "http" and "token" not in values and not row.token:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors",  # pragma: no mutate
            "Type the token your coordinator gave you for this desk."), field="token")
    db.execute(update(sync_target_table).where(t.id == target_id).values(
        updated_at=datetime.now(timezone.utc), **values))
