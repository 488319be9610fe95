"""The hub's tables: the desk's ``spot``, ``help_session``, ``visit`` and ``visit_question``
with the same names, column names and value formats, plus a few columns of the hub's own.

Contract with ``helpdesk.reports``: every column shared with the desk's table of the same
name holds the same kind of value (datetimes as fixed-width UTC text through ``UtcDateTime``,
booleans, codes rather than labels, the ``deleted`` tombstone flag), so one SQLAlchemy Core
query runs on either. No foreign keys: records may arrive in any order, from any desk.
Left out on purpose: ``staff`` and ``visit.staff_id`` (never sent: personal data). The
``visit`` columns come from ``core.visit_fields``, as the desk's do.

A change here needs a migration in ``hub/migrations/versions`` (a test compares the two).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
)

from helpdesk.core.visit_fields import SYNCED_FIELDS
from helpdesk.store.models import UtcDateTime, visit_column

metadata = MetaData()


def _received() -> Column:
    # When the hub last wrote this row (the hub's clock, not the desk's).
    return Column("received_at", UtcDateTime, nullable=False)


spot_table = Table(
    "spot", metadata,
    Column("id", String, primary_key=True),
    Column("name", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("active", Boolean, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("desk_id", String, nullable=False),  # hub only: the desk that sent it
    _received(),
)

session_table = Table(
    "help_session", metadata,
    Column("id", String, primary_key=True),
    Column("desk_id", String, nullable=False),
    Column("spot_id", String, nullable=False),
    Column("opened_at", UtcDateTime, nullable=False),
    Column("closed_at", UtcDateTime, nullable=True),
    Column("turned_away", Integer, nullable=True),
    Column("revision", Integer, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("deleted", Boolean, nullable=False),
    _received(),
    Index("ix_help_session_opened_at", "opened_at"),
)

visit_table = Table(
    "visit", metadata,
    # A visit's columns follow its declaration: what leaves the desk, in wire order.
    *(visit_column(f) for f in SYNCED_FIELDS if f.kind != "codes"),
    _received(),
    Index("ix_visit_started_at_id", "started_at", "id"),
    Index("ix_visit_spot_started_at", "spot_id", "started_at", "id"),
    Index("ix_visit_session_id", "session_id"),
    Index("ix_visit_visitor_hash", "visitor_hash", "started_at"),
)

group_session_table = Table(
    "group_session", metadata,
    Column("id", String, primary_key=True),
    Column("revision", Integer, nullable=False),
    Column("desk_id", String, nullable=False),
    Column("spot_id", String, nullable=False),
    Column("title", String, nullable=False),
    Column("started_at", UtcDateTime, nullable=False),
    Column("duration_minutes", Integer, nullable=True),
    Column("level", String, nullable=True),
    Column("participants", Integer, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("deleted", Boolean, nullable=False),
    _received(),
    # hub_0007: the details protocol version 3 carries (texts as on the wire).
    Column("questions_covered", String, nullable=True),
    Column("facilitators", Integer, nullable=True),  # a number: names never leave a desk
    Column("profile", String, nullable=True),
    Index("ix_group_session_started_at", "started_at"),
)

visit_question_table = Table(
    "visit_question", metadata,
    Column("visit_id", String, primary_key=True),
    Column("question_type", String, primary_key=True),
    Column("position", Integer, nullable=False, default=0),
    Index("ix_visit_question_type_visit", "question_type", "visit_id"),
)

# -- the hub's own bookkeeping ---------------------------------------------------------------

batch_table = Table(
    "hub_batch", metadata,
    Column("batch_id", String, primary_key=True),
    Column("desk_id", String, nullable=False),
    Column("source", String, nullable=False),  # the token's desk name, or "import"
    Column("record_type", String, nullable=False),
    Column("records", Integer, nullable=False),
    Column("fingerprint", String, nullable=False),  # which (id, revision) pairs it carried
    Column("received_at", UtcDateTime, nullable=False),
)

token_table = Table(
    "hub_token", metadata,
    Column("id", String, primary_key=True),
    Column("desk_name", String, nullable=False),
    Column("token_hash", String, nullable=False),  # SHA-256 of the token; the token is not kept
    Column("created_at", UtcDateTime, nullable=False),
    Column("revoked_at", UtcDateTime, nullable=True),
    Column("desk_id", String, nullable=True),  # bound by the desk's first batch
    UniqueConstraint("token_hash"),
)

# Coordinators download the network's sheets; desks only send records. A table of its own
# rather than a role column on ``hub_token``, so a desk's token can never pass for one.
coordinator_token_table = Table(
    "hub_coordinator_token", metadata,
    Column("id", String, primary_key=True),
    Column("coordinator_name", String, nullable=False),
    Column("token_hash", String, nullable=False),  # SHA-256 of the token, as for desks
    Column("created_at", UtcDateTime, nullable=False),
    Column("revoked_at", UtcDateTime, nullable=True),
    UniqueConstraint("token_hash"),
)

# Each desk's Ed25519 public key, to check the signatures of its stick batches
# (sync/signing.py). The first key a desk's token sends is kept; the coordinator may set or
# replace one with ``helpdesk-hub key add``.
desk_key_table = Table(
    "hub_desk_key", metadata,
    Column("desk_id", String, primary_key=True),
    Column("desk_name", String, nullable=False),
    Column("public_key", String, nullable=False),  # 43 base64url characters
    Column("source", String, nullable=False),  # "token" (sent with a batch) or "command"
    Column("added_at", UtcDateTime, nullable=False),
)

# The network's key for visitor codes (issue 12): 32 random bytes, made once, handed to every
# desk that syncs with a desk token (GET /v1/visitor-key), so the same code gives the same
# keyed hash on every desk. The hub itself never hashes a code. One row, name "visitor_key".
network_key_table = Table(
    "hub_network_key", metadata,
    Column("name", String, primary_key=True),
    Column("value", String, nullable=False),  # 64 lowercase hex digits
    Column("created_at", UtcDateTime, nullable=False),
)

RECORD_TABLES = {"spot": spot_table, "help_session": session_table, "visit": visit_table,
                 "group_session": group_session_table}
