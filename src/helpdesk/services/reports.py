"""Weekly sheets of this desk: preview and export, over the desk's own store.

A thin layer: it reads the desk's name, time zone and taxonomy, builds a ``ReportSource`` on
the store's tables and hands over to ``helpdesk.reports``, which the hub uses the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, func, select

from helpdesk.core.access import SignedIn
from helpdesk.core.constants import DEFAULT_TIME_ZONE
from helpdesk.core.errors import QT_TRANSLATE_NOOP, InputError
from helpdesk.reports.periods import Period, checked
from helpdesk.services import audit
from helpdesk.services.taxonomy import load_taxonomy
from helpdesk.store.engine import reading, writing
from helpdesk.store.models import (
    desk_table,
    group_session_table,
    session_table,
    spot_table,
    visit_question_table,
    visit_table,
)

if TYPE_CHECKING:  # the sheets' code loads when a sheet is first asked for, not at start-up
    from helpdesk.core.report_records import ExportResult, ReportRequest, SheetView
    from helpdesk.reports import ReportSource

Progress = Callable[[int, int], None]


class ReportService:
    """Preview and write this desk's sheets."""

    def __init__(self, engine: Engine, *, signed_in: SignedIn | None = None) -> None:
        self._engine = engine
        self._signed_in = signed_in or SignedIn()

    def source(self) -> ReportSource:
        """The desk's store as a report source: its name, time zone and taxonomy."""
        from helpdesk.reports import ReportSource

        with reading(self._engine) as db:
            desk = db.execute(select(desk_table.c.name, desk_table.c.time_zone).limit(1)).first()
            taxonomy = load_taxonomy(db)
        return ReportSource(bind=self._engine, spot=spot_table, help_session=session_table,
                            visit=visit_table, visit_question=visit_question_table,
                            group_session=group_session_table,
                            time_zone=(desk.time_zone if desk else None) or DEFAULT_TIME_ZONE,
                            taxonomy=taxonomy, name=desk.name if desk else "Helpdesk")

    def spot_ids_by_name(self, names: list[str]) -> tuple[str, ...]:
        """The ids of the spots called ``names`` (any case); InputError for an unknown one."""
        with reading(self._engine) as db:
            rows = db.execute(select(spot_table.c.id, spot_table.c.name)
                              .order_by(func.lower(spot_table.c.name))).all()
        by_name = {name.casefold(): spot_id for spot_id, name in rows}
        found = []
        for name in names:
            spot_id = by_name.get(name.strip().casefold())
            if spot_id is None:
                raise InputError(QT_TRANSLATE_NOOP(
                    "errors", 'There is no spot called "{name}"; the spots are: {spots}.'),
                    field="spot", name=name, spots=", ".join(n for _i, n in rows) or "–")
            found.append(spot_id)
        return tuple(dict.fromkeys(found))

    def preview(self, request: ReportRequest, language: str,
                made_at: datetime | None = None) -> SheetView:
        """The sheet's tables and charts, labelled in ``language``, without writing a file.

        A volunteer sees today's figures only, whatever period is asked.
        """
        from helpdesk.reports import sheet_view

        source = self.source()
        period = _period(request)
        if not self._signed_in.allows("sheets"):
            today = datetime.now(ZoneInfo(source.time_zone)).date()
            period = Period(today, today, False)
        return sheet_view(source, period, request.spot_ids or None, language,
                          made_at=made_at, preset=request.preset or None)

    def export(self, request: ReportRequest, fmt: str, language: str, path: Path,
               progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
               made_at: datetime | None = None) -> ExportResult:
        """Write the sheet to ``path``; ``cancelled()`` turning True stops it, leaving nothing."""
        from helpdesk.reports import export_sheet

        self._signed_in.require("sheets")
        period = _period(request)
        result = export_sheet(self.source(), period, request.spot_ids or None, fmt,
                              language, Path(path), made_at=made_at, progress=progress,
                              cancelled=cancelled, preset=request.preset or None)
        with writing(self._engine) as db:
            audit.append(db, self._signed_in, "sheet exported", None, format=fmt,
                         first_day=period.first_day, last_day=period.last_day,
                         spots=len(request.spot_ids), visits=result.visit_records,
                         preset=request.preset)
        return result


def _period(request: ReportRequest) -> Period:
    return checked(Period(request.first_day, request.last_day, request.by_week))
