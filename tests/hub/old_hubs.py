"""Hub databases as hubs left them before migrations: made by ``create_all``, no version table."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, select
from sqlalchemy.engine import make_url

from helpdesk.hub.db import HubDb
from helpdesk.hub.tables import metadata
from helpdesk.store.engine import open_engine

COORDINATORS = "hub_coordinator_token"
# Tables added after the hub had migrations: no create_all-made hub ever had them.
MIGRATED_ONLY = frozenset({"hub_desk_key", "group_session", "hub_network_key"})
# Every table of the hub before migrations (create_all's last version): hub_0002 or hub_0003.
OLD_TABLES = tuple(t.name for t in metadata.sorted_tables if t.name not in MIGRATED_ONLY)
# Every table of the hub before coordinators' tokens: the revision hub_0001.
FIRST_TABLES = tuple(t for t in OLD_TABLES if t != COORDINATORS)


def old_hub(url: str, *, coordinators: bool) -> HubDb:
    """A hub database made the way HubDb.open made one before migrations."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = open_engine(Path(parsed.database))
    else:
        engine = create_engine(url)
    names = OLD_TABLES if coordinators else FIRST_TABLES
    metadata.create_all(engine, tables=[metadata.tables[name] for name in names])
    return HubDb(engine)


def rows(engine: Engine, names) -> dict[str, list[tuple]]:
    """Every row of the tables ``names``, in primary-key order."""
    with engine.connect() as conn:
        return {name: [tuple(r) for r in conn.execute(
            select(metadata.tables[name]).order_by(*metadata.tables[name].primary_key))]
            for name in names}
