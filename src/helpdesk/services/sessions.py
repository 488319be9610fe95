"""Sessions: one opening of a spot, its helpers, its visits and the people turned away."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Engine, delete, false, func, insert, select, update
from sqlmodel import Session

from helpdesk.core.access import SignedIn
from helpdesk.core.errors import QT_TRANSLATE_NOOP, InputError, NotFoundError
from helpdesk.core.ids import new_id
from helpdesk.core.records import SessionInfo, SessionSummary
from helpdesk.services import audit
from helpdesk.store.engine import reading, writing
from helpdesk.store.models import (
    desk_table,
    session_staff_table,
    session_table,
    spot_table,
    staff_table,
    visit_question_table,
    visit_table,
)

MAX_TURNED_AWAY = 1000

_SESSION_COLUMNS = (session_table, spot_table.c.name.label("spot_name"))


def _info(db: Session, row) -> SessionInfo:
    staff_ids = tuple(db.scalars(
        select(session_staff_table.c.staff_id)
        .join(staff_table, staff_table.c.id == session_staff_table.c.staff_id)
        .where(session_staff_table.c.session_id == row.id)
        .order_by(func.lower(staff_table.c.name), staff_table.c.id)))
    count = db.scalar(select(func.count()).select_from(visit_table).where(
        visit_table.c.session_id == row.id, visit_table.c.deleted == false()))
    return SessionInfo(id=row.id, spot_id=row.spot_id, spot_name=row.spot_name,
                       opened_at=row.opened_at, closed_at=row.closed_at, staff_ids=staff_ids,
                       turned_away=row.turned_away, visit_count=count or 0)


def _select_sessions():
    return (select(*_SESSION_COLUMNS)
            .join(spot_table, spot_table.c.id == session_table.c.spot_id)
            .where(session_table.c.deleted == false()))


def read_open_session(db: Session) -> SessionInfo | None:
    """The session still open at this desk, if any."""
    row = db.execute(_select_sessions().where(session_table.c.closed_at.is_(None))
                     .order_by(session_table.c.opened_at.desc()).limit(1)).first()
    return _info(db, row) if row is not None else None


def _read(db: Session, session_id: str) -> SessionInfo:
    row = db.execute(_select_sessions().where(session_table.c.id == session_id)).first()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This session no longer exists."))
    return _info(db, row)


def _check_staff(db: Session, staff_ids: list[str]) -> list[str]:
    staff_ids = list(dict.fromkeys(staff_ids))
    if staff_ids:
        found = set(db.scalars(select(staff_table.c.id).where(staff_table.c.id.in_(staff_ids))))
        if len(found) != len(staff_ids):
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "One of the helpers no longer exists; choose the helpers again."),
                field="staff_ids")
    return staff_ids


def _set_staff(db: Session, session_id: str, staff_ids: list[str]) -> None:
    db.execute(delete(session_staff_table).where(session_staff_table.c.session_id == session_id))
    if staff_ids:
        db.execute(insert(session_staff_table),
                   [{"session_id": session_id, "staff_id": s} for s in staff_ids])


def _names(db: Session, staff_ids: list[str]) -> list[str]:
    names = dict(db.execute(select(staff_table.c.id, staff_table.c.name)
                            .where(staff_table.c.id.in_(staff_ids))).all()) if staff_ids else {}
    return sorted((names.get(s, "") for s in staff_ids), key=str.lower)


class SessionService:
    """Open, staff, close and look back on sessions."""

    def __init__(self, engine: Engine, *, signed_in: SignedIn | None = None) -> None:
        self._engine = engine
        self._signed_in = signed_in or SignedIn()

    def open_session(self, spot_id: str, staff_ids: list[str]) -> SessionInfo:
        """Open a session at a spot with its helpers; only one may be open at a time."""
        now = datetime.now(timezone.utc)
        with writing(self._engine) as db:
            desk_id = db.scalar(select(desk_table.c.id).limit(1))
            if desk_id is None:
                raise InputError(QT_TRANSLATE_NOOP(
                    "errors", "This desk is not set up yet; finish the first steps first."))
            spot = db.execute(select(spot_table).where(spot_table.c.id == spot_id)).first()
            if spot is None or not spot.active:
                raise InputError(QT_TRANSLATE_NOOP(
                    "errors", "This spot is not in use any more; choose another one."),
                    field="spot_id")
            current = read_open_session(db)
            if current is not None:
                raise InputError(QT_TRANSLATE_NOOP(
                    "errors", "A session is already open at {spot}; close it before opening "
                              "another."), field="spot_id", spot=current.spot_name)
            staff_ids = _check_staff(db, staff_ids)
            session_id = new_id()
            db.execute(insert(session_table).values(
                id=session_id, desk_id=desk_id, spot_id=spot_id, opened_at=now, closed_at=None,
                turned_away=None, revision=1, created_at=now, updated_at=now, deleted=False))
            _set_staff(db, session_id, staff_ids)
            info = _read(db, session_id)
            audit.append(db, self._signed_in, "session opened", session_id,
                         spot=info.spot_name, helpers=_names(db, staff_ids))
            return info

    def current_session(self) -> SessionInfo | None:
        """The open session, or None."""
        with reading(self._engine) as db:
            return read_open_session(db)

    def set_helpers(self, session_id: str, staff_ids: list[str]) -> SessionInfo:
        """Replace who is helping during a session."""
        with writing(self._engine) as db:
            before = _read(db, session_id)
            staff_ids = _check_staff(db, staff_ids)
            _set_staff(db, session_id, staff_ids)
            db.execute(update(session_table).where(session_table.c.id == session_id).values(
                revision=session_table.c.revision + 1, updated_at=datetime.now(timezone.utc)))
            if set(staff_ids) != set(before.staff_ids):
                audit.append(db, self._signed_in, "session changed", session_id,
                             spot=before.spot_name, changed={"helpers": {
                                 "before": _names(db, list(before.staff_ids)),
                                 "after": _names(db, staff_ids)}})
            return _read(db, session_id)

    def close_session(self, session_id: str, turned_away: int | None = None) -> SessionSummary:
        """Close a session, noting how many people could not be helped."""
        if turned_away is not None and not 0 <= turned_away <= MAX_TURNED_AWAY:
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "The number of people turned away must be between 0 and 1000."),
                field="turned_away")
        now = datetime.now(timezone.utc)
        with writing(self._engine) as db:
            info = _read(db, session_id)
            if info.is_open and info.opened_at is not None and now < info.opened_at:
                # A clock put back since the session opened: closing it now would store a
                # session that ends before it starts, which no sheet can count.
                raise InputError(QT_TRANSLATE_NOOP(
                    "errors", "The computer's clock says it is earlier than when this session "
                              "opened; set the right date and time, then close it."),
                    field="closed_at")
            if info.is_open:
                db.execute(update(session_table).where(session_table.c.id == session_id).values(
                    closed_at=now, turned_away=turned_away,
                    revision=session_table.c.revision + 1, updated_at=now))
                audit.append(db, self._signed_in, "session closed", session_id,
                             spot=info.spot_name, turned_away=turned_away)
            elif turned_away is not None:
                # Closing twice (two clicks, two windows) only corrects the count.
                db.execute(update(session_table).where(session_table.c.id == session_id).values(
                    turned_away=turned_away, revision=session_table.c.revision + 1,
                    updated_at=now))
                if turned_away != info.turned_away:
                    audit.append(db, self._signed_in, "session changed", session_id,
                                 spot=info.spot_name, changed={"turned_away": {
                                     "before": info.turned_away, "after": turned_away}})
            return _summary(db, session_id)

    def summary(self, session_id: str) -> SessionSummary:
        """What a session handled: visits by question type and by outcome."""
        with reading(self._engine) as db:
            return _summary(db, session_id)

    def recent_sessions(self, limit: int = 50) -> list[SessionInfo]:
        """The latest sessions, open or closed, newest first."""
        with reading(self._engine) as db:
            rows = db.execute(_select_sessions()
                              .order_by(session_table.c.opened_at.desc(), session_table.c.id.desc())
                              .limit(limit)).all()
            return [_info(db, row) for row in rows]


def _summary(db: Session, session_id: str) -> SessionSummary:
    info = _read(db, session_id)
    live = (visit_table.c.session_id == session_id, visit_table.c.deleted == false())
    by_outcome = dict(db.execute(
        select(visit_table.c.outcome, func.count()).where(*live)
        .group_by(visit_table.c.outcome).order_by(func.count().desc(), visit_table.c.outcome)
    ).all())
    by_question = dict(db.execute(
        select(visit_question_table.c.question_type, func.count())
        .join(visit_table, visit_table.c.id == visit_question_table.c.visit_id).where(*live)
        .group_by(visit_question_table.c.question_type)
        .order_by(func.count().desc(), visit_question_table.c.question_type)
    ).all())
    return SessionSummary(session=info, visits=info.visit_count, by_question_type=by_question,
                          by_outcome=by_outcome, turned_away=info.turned_away)
