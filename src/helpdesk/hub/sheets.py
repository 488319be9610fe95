"""The network's weekly sheets: ``helpdesk.reports`` over the merged records of every desk.

The same report module as the desk's, on the hub's own tables (``helpdesk.hub.tables`` keeps
their contract). What the desk reads from its settings, the hub is told: the network's name,
its taxonomy (the hub keeps none: the shipped lists by default) and the time zone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from helpdesk.core.constants import DEFAULT_TIME_ZONE
from helpdesk.core.errors import QT_TRANSLATE_NOOP, InputError
from helpdesk.core.report_records import ExportResult
from helpdesk.core.taxonomy_file import Taxonomy, default_taxonomy, read_taxonomy
from helpdesk.hub.db import HubDb
from helpdesk.hub.spot_names import hub_spots, shown_spot_table, spots_named
from helpdesk.hub.tables import (
    group_session_table,
    session_table,
    visit_question_table,
    visit_table,
)
from helpdesk.reports import ReportSource, export_sheet
from helpdesk.reports.periods import Period

DEFAULT_NAME = "Helpdesk network"
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class SheetSettings:
    """What every sheet of this hub says: the network's name, its lists, its time zone."""

    name: str
    taxonomy: Taxonomy
    time_zone: str = DEFAULT_TIME_ZONE

    @classmethod
    def load(cls, name: str | None = None, taxonomy_file: str | None = None,
             time_zone: str | None = None) -> SheetSettings:
        """The settings from a name, a taxonomy file and a time zone.

        TaxonomyFileError when the file is bad, InputError when the zone is unknown.
        """
        taxonomy = read_taxonomy(Path(taxonomy_file)) if taxonomy_file else default_taxonomy()
        return cls(name=" ".join((name or "").split()) or DEFAULT_NAME, taxonomy=taxonomy,
                   time_zone=known_time_zone(time_zone or DEFAULT_TIME_ZONE))


def known_time_zone(name: str) -> str:
    """``name`` when the system knows that zone; InputError in one sentence otherwise."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "The time zone {zone} is not known; give one such as Europe/Brussels."),
            zone=name, field="time_zone") from None
    return name


def write_sheet(db: HubDb, settings: SheetSettings, period: Period, spot_names: Iterable[str],
                fmt: str, language: str, path: Path,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None,
                preset: str | None = None) -> ExportResult:
    """Write the sheet of ``period`` for the spots named (none: every spot) to ``path``.

    ``preset``: a funder's view from the hub's taxonomy file (InputError if it has none such).
    """
    with db.read() as conn:
        # The spots, their shown names and the sheet come from one read on one connection.
        spots = hub_spots(conn)
        spot_names = tuple(spot_names)
        spot_ids = spots_named(spots, spot_names) if spot_names else None
        source = ReportSource(bind=conn, spot=shown_spot_table(spots),
                              help_session=session_table, visit=visit_table,
                              visit_question=visit_question_table,
                              group_session=group_session_table,
                              time_zone=settings.time_zone, taxonomy=settings.taxonomy,
                              name=settings.name)
        return export_sheet(source, period, spot_ids, fmt, language, Path(path),
                            progress=progress, cancelled=cancelled, preset=preset)
