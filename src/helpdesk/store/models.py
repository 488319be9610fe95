"""Table models: storage only. Input is checked by ``services.input_checks`` first.

Datetimes are stored as fixed-width ISO text in UTC ("2025-03-30T01:00:00.000000Z"), so
text order is time order and indexes on them serve date ranges and newest-first lists.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Boolean, Column, Date, ForeignKey, Index, Integer, String, Table, text
from sqlalchemy.types import TypeDecorator, TypeEngine
from sqlmodel import Field, SQLModel

from helpdesk.core.constants import DEFAULT_TIME_ZONE
from helpdesk.core.visit_fields import COLUMN_FIELDS, Kind, VisitField

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
        try:
            return datetime.fromisoformat(value)  # the "Z" gives an aware UTC datetime
        except ValueError:
            # A time that does not exist, stored before the doors checked it: read as "not
            # known" so the record can still be listed, opened, corrected and deleted.
            return None


def _utc(**kwargs: Any) -> Any:
    # Any, as SQLModel's own Field is typed: the attribute keeps its declared datetime type.
    return Field(sa_type=UtcDateTime, **kwargs)


def table_of(model: type[SQLModel]) -> Table:
    """The Core table SQLModel's metaclass built for ``model``."""
    table: Table = model.__table__  # type: ignore[attr-defined]  # set by the metaclass, untyped
    return table


class DeskModel(SQLModel, table=True):
    """This installation (one row, written at the end of the first run)."""

    __tablename__ = "desk"
    id: str = Field(primary_key=True)
    name: str
    language: str = "nl"
    time_zone: str = DEFAULT_TIME_ZONE
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
    # This desk's id for the spots it made; None for spots learnt from a stick. Never sent.
    origin_desk_id: str | None = None


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


# The visit table is built from the one declaration of a visit's fields, like the hub's.
_VISIT_LINKS = {"session_id": "help_session.id", "spot_id": "spot.id", "staff_id": "staff.id"}
_COLUMN_TYPES: dict[Kind, type[TypeEngine[Any]]] = {
    "text": String, "int": Integer, "bool": Boolean, "date": Date, "datetime": UtcDateTime}


def visit_column(field: VisitField, foreign_key: str | None = None) -> Column[Any]:
    """The column of a visit field: the same type, emptiness and default on desk and hub."""
    links = [ForeignKey(foreign_key)] if foreign_key else []
    return Column(field.name, _COLUMN_TYPES[field.kind](), *links,
                  primary_key=field.name == "id", nullable=field.optional,
                  default=field.default)


visit_table = Table(
    "visit", SQLModel.metadata,
    *(visit_column(f, _VISIT_LINKS.get(f.name)) for f in COLUMN_FIELDS),
    # Newest-first keyset paging and date ranges.
    Index("ix_visit_started_at_id", "started_at", "id"),
    # The list narrowed to one spot, still newest first without a sort.
    Index("ix_visit_spot_started_at", "spot_id", "started_at", "id"),
    Index("ix_visit_session_id", "session_id"),
    # The desk's to-do list: a handful of rows among a million.
    Index("ix_visit_follow_up", "follow_up", "started_at", "id",
          sqlite_where=text("follow_up = 1 AND deleted = 0")),
    # People reached and new people: distinct hashes, and each one's first visit.
    Index("ix_visit_visitor_hash", "visitor_hash", "started_at"),
)


class GroupSessionModel(SQLModel, table=True):
    """A workshop, info session or training at a spot: participants, not visits.

    No foreign key to ``spot``: like the hub's, it may arrive from a stick before its spot.
    """

    __tablename__ = "group_session"
    __table_args__ = (Index("ix_group_session_started_at", "started_at"),)
    id: str = Field(primary_key=True)
    revision: int = 1
    desk_id: str
    spot_id: str
    title: str
    started_at: datetime = _utc()
    duration_minutes: int | None = None
    level: str | None = None  # beginner | intermediate | advanced
    participants: int
    created_at: datetime = _utc()
    updated_at: datetime = _utc()
    deleted: bool = False
    # Added by 0006_group_details; texts as on the wire (``sync.protocol``): question type
    # codes separated by spaces, the profile as ``genders:f=7`` counts. ``facilitators`` is
    # how many helpers ran it (the names stay in ``group_staff``, on this desk only).
    questions_covered: str | None = None
    facilitators: int | None = None
    profile: str | None = None


class GroupStaffModel(SQLModel, table=True):
    """Who ran a group session: on this desk only, never synced (names are personal data)."""

    __tablename__ = "group_staff"
    group_id: str = Field(
        sa_column=Column(String, ForeignKey("group_session.id", ondelete="CASCADE"),
                         primary_key=True))
    staff_id: str = Field(foreign_key="staff.id", primary_key=True)


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


class VisitorCodeModel(SQLModel, table=True):
    """A visitor code typed on this desk, by its hash: written only in an encrypted store."""

    __tablename__ = "visitor_code"
    __table_args__ = (Index("ix_visitor_code_code", "code"),)
    code_hash: str = Field(primary_key=True)
    code: str
    last_used_at: datetime = _utc()


desk_table = table_of(DeskModel)
group_session_table = table_of(GroupSessionModel)
group_staff_table = table_of(GroupStaffModel)
visitor_code_table = table_of(VisitorCodeModel)
store_info_table = table_of(StoreInfoModel)
spot_table = table_of(SpotModel)
staff_table = table_of(StaffModel)
session_table = table_of(SessionModel)
session_staff_table = table_of(SessionStaffModel)
visit_question_table = table_of(VisitQuestionModel)
taxonomy_table = table_of(TaxonomyItemModel)


# -- Sync bookkeeping (desk side). None of these tables ever leaves the desk. ---------------


class SyncTargetModel(SQLModel, table=True):
    """Where this desk sends its records: an HTTP endpoint (the hub) or a CSV folder."""

    __tablename__ = "sync_target"
    id: str = Field(primary_key=True)
    name: str = Field(sa_column=Column(String, nullable=False, unique=True))
    kind: str  # "http" | "folder"
    url: str = ""
    token: str = ""  # needed to send; never shown back in clear
    folder: str = ""
    include_notes: bool = False
    send_csv: bool = False  # HTTP body as text/csv instead of JSON
    batch_size: int = 500
    created_at: datetime = _utc()
    updated_at: datetime = _utc()
    last_success_at: datetime | None = _utc(default=None, nullable=True)
    # The last problem as its English source sentence and JSON arguments, so the GUI can
    # show it translated; cleared by the next success.
    last_problem: str = ""
    last_problem_args: str = ""
    last_problem_at: datetime | None = _utc(default=None, nullable=True)


class SyncSentModel(SQLModel, table=True):
    """The highest revision of a record that a target acknowledged."""

    __tablename__ = "sync_sent"
    target_id: str = Field(sa_column=Column(
        String, ForeignKey("sync_target.id", ondelete="CASCADE"), primary_key=True))
    record_type: str = Field(primary_key=True)
    record_id: str = Field(primary_key=True)
    revision: int


class SyncBatchModel(SQLModel, table=True):
    """A batch built for a target and not acknowledged yet: frozen, re-sent as it is."""

    __tablename__ = "sync_batch"
    __table_args__ = (Index("ix_sync_batch_target", "target_id", "created_at", "id"),)
    id: str = Field(primary_key=True)  # also the Idempotency-Key
    target_id: str = Field(sa_column=Column(
        String, ForeignKey("sync_target.id", ondelete="CASCADE"), nullable=False))
    record_type: str
    created_at: datetime = _utc()
    attempts: int = 0
    set_aside: bool = False  # the receiver refused it (a 4xx): kept, retried on demand
    message: str = ""  # the receiver's words when it refused the batch
    payload: str  # the records as JSON, exactly as first built


class SyncBatchItemModel(SQLModel, table=True):
    """Which revision of which record a pending batch carries."""

    __tablename__ = "sync_batch_item"
    __table_args__ = (Index("ix_sync_batch_item_record", "record_id"),)
    batch_id: str = Field(sa_column=Column(
        String, ForeignKey("sync_batch.id", ondelete="CASCADE"), primary_key=True))
    record_id: str = Field(primary_key=True)
    revision: int


sync_target_table = table_of(SyncTargetModel)
sync_sent_table = table_of(SyncSentModel)
sync_batch_table = table_of(SyncBatchModel)
sync_batch_item_table = table_of(SyncBatchItemModel)


# -- Accounts and the audit trail. Never leave the desk. ------------------------------------


class AccountModel(SQLModel, table=True):
    """A helper who has a passphrase; the key slot itself is in ``keys.json``."""

    __tablename__ = "account"
    staff_id: str = Field(foreign_key="staff.id", primary_key=True)
    created_at: datetime = _utc()
    removed_at: datetime | None = _utc(default=None, nullable=True)


class AuditEntryModel(SQLModel, table=True):
    """One thing someone did, chained to the entry before it by a hash (append-only)."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_at", "at"),
                      Index("ix_audit_entry_record", "record_id"))
    seq: int = Field(primary_key=True)
    at: datetime = _utc()
    staff_id: str | None = None
    actor: str  # the name at the time, kept when the account goes
    action: str
    record_id: str | None = None
    details: str = "{}"  # JSON: e.g. the earlier values of an edited visit
    prev_hash: str
    hash: str


account_table = table_of(AccountModel)
audit_table = table_of(AuditEntryModel)
