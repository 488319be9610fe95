"""Where a sheet's records come from: the desk's store or the hub's merged one.

The report module reads four tables by their column names only: ``spot``, ``help_session``,
``visit`` and ``visit_question`` as the desk writes them (codes, not labels; datetimes as
fixed-width UTC text ``YYYY-MM-DDTHH:MM:SS.ffffffZ``; ``deleted`` tombstones). Extra columns
are ignored. Every query is SQLAlchemy Core that runs on SQLite and PostgreSQL: time columns
are compared and cut as text, never through a database's own date functions.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Union

from sqlalchemy import (
    Boolean,
    Connection,
    Engine,
    MetaData,
    String,
    Table,
    false,
    inspect,
    type_coerce,
)

from helpdesk.core.taxonomy_file import Taxonomy

Connectable = Union[Engine, Connection]

TABLE_NAMES = ("spot", "help_session", "visit", "visit_question")


@dataclass(frozen=True)
class ReportSource:
    """A database with the four report tables, the zone its desks live in, and the lists.

    ``bind``: an Engine (a connection is taken per sheet) or an open Connection (used as it
    is, inside the caller's transaction). ``name``: the desk or network name printed on the
    sheet. ``time_zone``: an IANA name; weeks, days and hours are cut in it.
    """

    bind: Connectable
    spot: Table
    help_session: Table
    visit: Table
    visit_question: Table
    time_zone: str
    taxonomy: Taxonomy
    name: str
    # Workshops and trainings (``group_session``): None for a source from before them.
    group_session: Table | None = None

    @classmethod
    def reflect(cls, bind: Connectable, *, time_zone: str, taxonomy: Taxonomy, name: str,
                schema: str | None = None) -> ReportSource:
        """A source over tables read from the database itself (e.g. the hub's PostgreSQL)."""
        metadata = MetaData(schema=schema)
        tables = {n: Table(n, metadata, autoload_with=bind) for n in TABLE_NAMES}
        if inspect(bind).has_table("group_session", schema=schema):
            tables["group_session"] = Table("group_session", metadata, autoload_with=bind)
        return cls(bind=bind, time_zone=time_zone, taxonomy=taxonomy, name=name, **tables)


def as_text(column):
    """A column read and compared as its stored text (the desk's datetime type parses it)."""
    return type_coerce(column, String)


def live(table: Table):
    """The condition 'not a tombstone' on a table with a ``deleted`` column."""
    return type_coerce(table.c.deleted, Boolean) == false()


@contextmanager
def read_connection(source: ReportSource) -> Iterator[Connection]:
    """A connection for one consistent read: the source's own, or a new one from its engine."""
    if not isinstance(source.bind, Engine):
        yield source.bind
        return
    with source.bind.connect() as conn:
        try:
            yield conn
        finally:
            conn.rollback()  # a read only: nothing to keep
