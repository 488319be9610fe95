"""Table models: storage only. Input is checked by ``store.schemas`` before it gets here.

Datetimes are stored as fixed-width ISO text in UTC ("2025-03-30T01:00:00.000000Z"), so
text order is time order and indexes on them serve date ranges and newest-first lists.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import Column, ForeignKey, Index, String, text
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


class UtcDateTime(TypeDecorator):
    """A timezone-aware datetime stored as UTC text; naive datetimes are refused."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            # A naive time is ambiguous (local? UTC?); storing it would shift visits by hours.
            raise ValueError("naive datetimes cannot be stored; give a timezone-aware one")
        return value.astimezone(timezone.utc).strftime(UTC_FORMAT)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return datetime.fromisoformat(value)  # the "Z" gives an aware UTC datetime


def _utc(**kwargs) -> object:
    return Field(sa_type=UtcDateTime, **kwargs)


class DeskModel(SQLModel, table=True):
    """This installation (one row, written at the end of the first run)."""

    __tablename__ = "desk"
    id: str = Field(primary_key=True)
    name: str
    language: str = "nl"
    time_zone: str = "Europe/Brussels"
    created_at: datetime = _utc()


class StoreInfoModel(SQLModel, table=True):
    """Small facts about the store itself, e.g. the name of the taxonomy in use."""

    __tablename__ = "store_info"
    key: str = Field(primary_key=True)
    value: str


class SpotModel(SQLModel, table=True):
    """A place where help is given."""

    __tablename__ = "spot"
    id: str = Field(primary_key=True)
    name: str
    kind: str
    active: bool = True
    revision: int = 1
    created_at: datetime = _utc()
    updated_at: datetime = _utc()


class StaffModel(SQLModel, table=True):
    """A helper, volunteer or coordinator."""

    __tablename__ = "staff"
    id: str = Field(primary_key=True)
    name: str
    role: str = "volunteer"
    active: bool = True
    created_at: datetime = _utc()
    updated_at: datetime = _utc()


class SessionModel(SQLModel, table=True):
    """One opening of a spot."""

    __tablename__ = "help_session"
    __table_args__ = (Index("ix_help_session_opened_at", "opened_at"),)
    id: str = Field(primary_key=True)
    desk_id: str
    spot_id: str = Field(foreign_key="spot.id")
    opened_at: datetime = _utc()
    closed_at: datetime | None = _utc(default=None, nullable=True)
    turned_away: int | None = None
    revision: int = 1
    created_at: datetime = _utc()
    updated_at: datetime = _utc()
    deleted: bool = False


class SessionStaffModel(SQLModel, table=True):
    """Who helped during a session."""

    __tablename__ = "session_staff"
    session_id: str = Field(
        sa_column=Column(String, ForeignKey("help_session.id", ondelete="CASCADE"),
                         primary_key=True))
    staff_id: str = Field(foreign_key="staff.id", primary_key=True)


class VisitModel(SQLModel, table=True):
    """One person helped once."""

    __tablename__ = "visit"
    __table_args__ = (
        # Newest-first keyset paging and date ranges.
        Index("ix_visit_started_at_id", "started_at", "id"),
        # The list narrowed to one spot, still newest first without a sort.
        Index("ix_visit_spot_started_at", "spot_id", "started_at", "id"),
        Index("ix_visit_session_id", "session_id"),
        # The desk's to-do list: a handful of rows among a million.
        Index("ix_visit_follow_up", "follow_up", "started_at", "id",
              sqlite_where=text("follow_up = 1 AND deleted = 0")),
    )
    id: str = Field(primary_key=True)
    desk_id: str
    session_id: str | None = Field(default=None, foreign_key="help_session.id", nullable=True)
    spot_id: str = Field(foreign_key="spot.id")
    staff_id: str | None = Field(default=None, foreign_key="staff.id", nullable=True)
    started_at: datetime = _utc()
    duration_minutes: int | None = None
    outcome: str
    autonomy: str | None = None
    referral: str | None = None
    follow_up: bool = False
    follow_up_date: date | None = None
    channel: str = "in_person"
    age_band: str = "unknown"
    gender: str = "unknown"
    help_language: str = "unknown"
    first_visit: bool | None = None
    status: str = "unknown"
    note: str = ""
    revision: int = 1
    created_at: datetime = _utc()
    updated_at: datetime = _utc()
    deleted: bool = False


class VisitQuestionModel(SQLModel, table=True):
    """One question type of a visit, in the order it was picked."""

    __tablename__ = "visit_question"
    __table_args__ = (Index("ix_visit_question_type_visit", "question_type", "visit_id"),)
    visit_id: str = Field(
        sa_column=Column(String, ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True))
    question_type: str = Field(primary_key=True)
    position: int = 0


class TaxonomyItemModel(SQLModel, table=True):
    """One choice of one list (question types, outcomes, …) with its labels."""

    __tablename__ = "taxonomy_item"
    list_name: str = Field(primary_key=True)
    code: str = Field(primary_key=True)
    label_en: str
    label_nl: str
    label_fr: str
    active: bool = True
    position: int = 0


desk_table = DeskModel.__table__
store_info_table = StoreInfoModel.__table__
spot_table = SpotModel.__table__
staff_table = StaffModel.__table__
session_table = SessionModel.__table__
session_staff_table = SessionStaffModel.__table__
visit_table = VisitModel.__table__
visit_question_table = VisitQuestionModel.__table__
taxonomy_table = TaxonomyItemModel.__table__
