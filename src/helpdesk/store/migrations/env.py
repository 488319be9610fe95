"""Alembic's environment: runs on the connection the migrator hands over (no alembic.ini)."""

from __future__ import annotations

from alembic import context

from helpdesk.store import models  # noqa: F401 - registers the tables on SQLModel.metadata
from sqlmodel import SQLModel

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    """Migrate through the connection in ``config.attributes["connection"]``."""
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables instead
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("Helpdesk migrates its own database file; offline mode is not used.")
run_migrations_online()
