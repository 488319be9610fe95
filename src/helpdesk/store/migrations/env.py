"""Alembic's environment: runs on the connection the migrator hands over (no alembic.ini)."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from helpdesk.store import models  # noqa: F401 - registers the tables on SQLModel.metadata
from helpdesk.store.migrate import run_env

# Batch mode: SQLite cannot ALTER most things, so tables are copied and moved instead.
run_env(context, SQLModel.metadata, render_as_batch=True)
