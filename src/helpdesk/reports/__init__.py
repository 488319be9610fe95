"""Weekly sheets: figures, PDF, XLSX and CSV, for the desk and for the hub.

The public surface (see docs/internals.md, "Report source"):

- ``ReportSource``: the database and tables to read, the time zone, the taxonomy, the name;
- ``week_text_period``, ``weeks_period``, ``dates_period`` -> ``Period``;
- ``sheet_view(source, period, spot_ids, language)`` -> ``SheetView`` (no file);
- ``export_sheet(source, period, spot_ids, fmt, language, path, progress=...)`` -> ``ExportResult``.

Heavy: imports SQLAlchemy; reportlab and XlsxWriter load only when their format is made.
"""

from helpdesk.reports.export import export_sheet, sheet_view
from helpdesk.reports.periods import Period, dates_period, week_text_period, weeks_period
from helpdesk.reports.source import ReportSource

__all__ = ["Period", "ReportSource", "dates_period", "export_sheet", "sheet_view",
           "week_text_period", "weeks_period"]
