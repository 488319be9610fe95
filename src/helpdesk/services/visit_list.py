"""The Visits list: newest first, narrowed by a filter, one page at a time (keyset paging).

The page query touches the ``visit`` table and its indexes only; spot and helper names come
from their small tables in a second step, so SQLite never picks a plan that sorts a million
rows. Local dates are turned into a UTC range in the desk's time zone (DST included).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, String, exists, false, literal, select, true, tuple_, type_coerce
from sqlmodel import Session

from helpdesk.core.access import SignedIn
from helpdesk.core.constants import DEFAULT_TIME_ZONE
from helpdesk.core.records import PageCursor, VisitFilter, VisitRow
from helpdesk.store.engine import reading
from helpdesk.store.models import (
    desk_table,
    spot_table,
    staff_table,
    visit_question_table,
    visit_table,
)
from helpdesk.sync.outbox import visit_sync_states

MAX_PAGE = 1000
MAX_FOLLOW_UPS = 500

v = visit_table.c
_ROW_COLUMNS = (v.id, v.started_at, v.spot_id, v.staff_id, v.outcome, v.duration_minutes,
                v.follow_up, v.follow_up_date, v.revision, v.desk_id)


def local_day_start(day: date, zone: ZoneInfo) -> datetime:
    """The UTC instant a local day starts (midnight exists on every Brussels day)."""
    return datetime.combine(day, time(0), zone).astimezone(timezone.utc)


def desk_zone(db: Session) -> ZoneInfo:
    """The desk's time zone (Europe/Brussels before the first run)."""
    return ZoneInfo(db.scalar(select(desk_table.c.time_zone).limit(1)) or DEFAULT_TIME_ZONE)


def filter_query(visit_filter: VisitFilter, zone: ZoneInfo):
    """The page's select without cursor, order and limit: rows of ``visit`` only."""
    query = select(*_ROW_COLUMNS).where(v.deleted == false())
    if visit_filter.date_from is not None:
        query = query.where(v.started_at >= local_day_start(visit_filter.date_from, zone))
    if visit_filter.date_to is not None:
        end = local_day_start(visit_filter.date_to + timedelta(days=1), zone)
        query = query.where(v.started_at < end)
    if visit_filter.spot_id is not None:
        query = query.where(v.spot_id == visit_filter.spot_id)
    if visit_filter.outcome is not None:
        query = query.where(v.outcome == visit_filter.outcome)
    if visit_filter.question_type is not None:
        q = visit_question_table.c
        query = query.where(exists().where(q.visit_id == v.id,
                                           q.question_type == visit_filter.question_type))
    if visit_filter.follow_up_only:
        query = query.where(v.follow_up == true())
    return query


def page_query(visit_filter: VisitFilter, zone: ZoneInfo, after: PageCursor | None, limit: int):
    """The whole page select: newest first, strictly after the cursor."""
    query = filter_query(visit_filter, zone)
    if after is not None:
        if after.started_at is None:
            # The last row's time could not be read: take its stored text as it is.
            where = select(type_coerce(v.started_at, String)).where(v.id == after.id)
            cursor = tuple_(where.scalar_subquery(), literal(after.id))
            query = query.where(tuple_(type_coerce(v.started_at, String), v.id) < cursor)
        else:
            # The cursor's time must be bound as the column's UTC text, not as a datetime.
            cursor = tuple_(literal(after.started_at, v.started_at.type), literal(after.id))
            query = query.where(tuple_(v.started_at, v.id) < cursor)
    return query.order_by(v.started_at.desc(), v.id.desc()).limit(limit)


def _rows(db: Session, rows) -> list[VisitRow]:
    if not rows:
        return []
    spots = dict(db.execute(select(spot_table.c.id, spot_table.c.name)).all())
    staff = dict(db.execute(select(staff_table.c.id, staff_table.c.name)).all())
    q = visit_question_table.c
    questions: dict[str, list[str]] = {}
    for visit_id, code in db.execute(
            select(q.visit_id, q.question_type).where(q.visit_id.in_([r.id for r in rows]))
            .order_by(q.visit_id, q.position)):
        questions.setdefault(visit_id, []).append(code)
    # Visits from a stick are sent by the desk that made them: no sync state of this desk's.
    own = db.scalar(select(desk_table.c.id).limit(1))
    sync_states = visit_sync_states(db, [(r.id, r.revision) for r in rows if r.desk_id == own])
    return [VisitRow(id=r.id, started_at=r.started_at, spot_name=spots.get(r.spot_id, ""),
                     staff_name=staff.get(r.staff_id, "") if r.staff_id else "",
                     question_types=tuple(questions.get(r.id, ())), outcome=r.outcome,
                     duration_minutes=r.duration_minutes, follow_up=bool(r.follow_up),
                     follow_up_date=r.follow_up_date, revision=r.revision,
                     sync_state=sync_states.get(r.id, ""))
            for r in rows]


def today_only(visit_filter: VisitFilter, zone: ZoneInfo) -> VisitFilter:
    """``visit_filter`` narrowed to the desk's today (what a volunteer may see)."""
    today = datetime.now(zone).date()
    return replace(visit_filter, date_from=max(visit_filter.date_from or today, today),
                   date_to=min(visit_filter.date_to or today, today))


class VisitListService:
    """Read the Visits list and the follow-up to-do list."""

    def __init__(self, engine: Engine, *, signed_in: SignedIn | None = None) -> None:
        self._engine = engine
        self._signed_in = signed_in or SignedIn()

    def page(self, filter: VisitFilter, after: PageCursor | None = None,  # noqa: A002
             limit: int = 200) -> list[VisitRow]:
        """One page of visits, newest first, starting after ``after``; tombstones left out.

        A volunteer sees today's visits only, whatever the filter asks.
        """
        limit = max(1, min(int(limit), MAX_PAGE))
        with reading(self._engine) as db:
            zone = desk_zone(db)
            if not self._signed_in.allows("edit"):
                filter = today_only(filter, zone)  # noqa: A001
            rows = db.execute(page_query(filter, zone, after, limit)).all()
            return _rows(db, rows)

    def follow_ups(self) -> list[VisitRow]:
        """Visits still needing a follow-up: dated ones soonest first, then the newest."""
        query = (select(*_ROW_COLUMNS)
                 .where(v.follow_up == true(), v.deleted == false())
                 .order_by(v.follow_up_date.is_(None), v.follow_up_date, v.started_at.desc(),
                           v.id.desc())
                 .limit(MAX_FOLLOW_UPS))
        with reading(self._engine) as db:
            if not self._signed_in.allows("edit"):
                zone = desk_zone(db)
                query = query.where(v.started_at >= local_day_start(datetime.now(zone).date(),
                                                                    zone))
            return _rows(db, db.execute(query).all())
