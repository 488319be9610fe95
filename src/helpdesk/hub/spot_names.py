"""The hub's spots by name: which desk each belongs to, the name a sheet shows, ``--spot``.

Spot names are unique on a desk, not across a network: two desks may each have a "Computer
room". A desk is known by the name its token was made for (the hub never receives a desk's
own name); a desk seen only through CSV imports is "desk" and the end of its id.

- A name two desks share is shown as "DESK / SPOT" on the sheet (page titles, the visits'
  spot column), so the network coordinator can tell the two apart; other names as they are.
- ``--spot NAME`` (and ``spot=NAME`` in a download) takes every spot called NAME, one page
  each; ``--spot "DESK/SPOT"`` takes that desk's spot only, so a name shown on a sheet can be
  typed back as it is. Case and extra spaces do not matter.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, FromClause, String, case, func, select, type_coerce

from helpdesk.core.errors import InputError
from helpdesk.hub.importer import SOURCE as IMPORTED
from helpdesk.hub.tables import batch_table, spot_table


@dataclass(frozen=True)
class HubSpot:
    """A spot on the hub, with its desk's name and the name the sheet shows for it."""

    id: str
    name: str
    desk: str
    shown: str


def desk_names(conn: Connection) -> dict[str, str]:
    """desk id -> the name of the token it sent with last, for every desk that sent over HTTP."""
    b = batch_table.c
    last = func.max(type_coerce(b.received_at, String))  # fixed-width UTC text sorts as time
    rows = conn.execute(select(b.desk_id, b.source, last).where(b.source != IMPORTED)
                        .group_by(b.desk_id, b.source).order_by(last))
    return {desk_id: source for desk_id, source, _when in rows}  # the latest wins


def hub_spots(conn: Connection) -> list[HubSpot]:
    """Every spot the hub holds, with its desk's name and its shown name, by name."""
    names = desk_names(conn)
    s = spot_table.c
    rows = conn.execute(select(s.id, s.name, s.desk_id).order_by(func.lower(s.name), s.id)).all()
    desks_of_name: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        desks_of_name[_key(row.name)].add(row.desk_id)
    spots = []
    for row in rows:
        desk = names.get(row.desk_id) or f"desk {row.desk_id[-8:]}"
        shared = len(desks_of_name[_key(row.name)]) > 1
        spots.append(HubSpot(row.id, row.name, desk, f"{desk} / {row.name}" if shared
                             else row.name))
    return spots


def spots_named(spots: list[HubSpot], names: Iterable[str]) -> tuple[str, ...]:
    """The ids of the spots ``names`` ask for (NAME: all of that name; DESK/SPOT: one desk's).

    An unknown name raises InputError listing the spots, as they are shown on a sheet.
    """
    found: list[str] = []
    for name in names:
        ids = [s.id for s in spots if _key(s.name) == _key(name)]
        if not ids:
            ids = [s.id for s in spots if _pair_key(f"{s.desk}/{s.name}") == _pair_key(name)]
        if not ids:
            # The hub speaks English only: its sentences are not marked for translation.
            raise InputError('There is no spot called "{name}" on the hub; the spots are: '
                             "{spots}.", field="spot", name=name.strip(),
                             spots=", ".join(dict.fromkeys(s.shown for s in spots)) or "none")
        found += ids
    return tuple(dict.fromkeys(found))


def shown_spot_table(spots: list[HubSpot]) -> FromClause:
    """The hub's ``spot`` table with each spot's shown name, for a ``ReportSource``.

    The report module reads a spot's ``id``, ``name``, ``kind`` and ``active`` by column
    name, so a query with those columns serves as the table; only renamed spots need one.
    """
    renamed = {s.id: s.shown for s in spots if s.shown != s.name}
    if not renamed:
        return spot_table
    s = spot_table.c
    return select(s.id, case(renamed, value=s.id, else_=s.name).label("name"), s.kind,
                  s.active).subquery("shown_spot")


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _pair_key(text: str) -> str:
    # "EPN Molenbeek / Computer room" and "epn molenbeek/computer room" are the same pair.
    return re.sub(r" ?/ ?", "/", _key(text))
