"""Weekly sheets: figures, PDF, XLSX and CSV, for the desk and for the hub.

The public surface (see docs/internals.md, "Weekly sheets"):

- ``ReportSource``: the database and tables to read, the time zone, the taxonomy, the name;
- ``week_text_period``, ``weeks_period``, ``dates_period`` -> ``Period``;
- ``sheet_view(source, period, spot_ids, language)`` -> ``SheetView`` (no file);
- ``export_sheet(source, period, spot_ids, fmt, language, path, progress=...)`` -> ``ExportResult``;
- ``options.add_report_arguments(parser)`` / ``options.period_from_args(args)``: the command
  line options of ``helpdesk report``, for ``helpdesk-hub report`` to take over as they are.

The names are loaded on first use, so ``helpdesk.reports.periods`` and ``.options`` stay
light (standard library only) for a command line that starts fast; SQLAlchemy comes with
``ReportSource`` and the exporters, reportlab and XlsxWriter only when their format is made.
"""

from __future__ import annotations

from importlib import import_module

_WHERE = {
    "ReportSource": "helpdesk.reports.source",
    "export_sheet": "helpdesk.reports.export",
    "sheet_view": "helpdesk.reports.export",
    "Period": "helpdesk.reports.periods",
    "dates_period": "helpdesk.reports.periods",
    "week_text_period": "helpdesk.reports.periods",
    "weeks_period": "helpdesk.reports.periods",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'helpdesk.reports' has no attribute {name!r}")
