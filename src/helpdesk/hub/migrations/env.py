"""Alembic's environment for the hub: runs on the connection ``upgrade_hub`` hands over,
inside its transaction (no alembic.ini), on SQLite or on PostgreSQL."""

from __future__ import annotations

from alembic import context

from helpdesk.hub.migrate import VERSION_TABLE
from helpdesk.hub.tables import metadata
from helpdesk.store.migrate import run_env

# One script runs on both databases, so it is written in batch form for SQLite's sake (which
# cannot ALTER most things); on PostgreSQL batch operations are plain ALTERs.
run_env(context, metadata, version_table=VERSION_TABLE, render_as_batch=True)
