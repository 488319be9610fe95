"""Make a sheet and write it to a file, atomically: a failed export leaves nothing behind.

The figures, the layout and the visit rows are read on one connection, in one read
transaction, so the totals line and the rows of the visits sheet always agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from helpdesk.core.atomic_files import replacing
from helpdesk.core.errors import QT_TRANSLATE_NOOP, ExportCancelled, ExportError, InputError
from helpdesk.core.report_records import ExportResult, SheetView
from helpdesk.core.sheet_formats import FORMATS
from helpdesk.core.taxonomy_file import SheetPreset, Taxonomy
from helpdesk.reports.figures import SheetFigures, sheet_figures
from helpdesk.reports.layout import lay_out
from helpdesk.reports.periods import Period
from helpdesk.reports.source import ReportSource, read_connection

Progress = Callable[[int, int], None]


def sheet_view(source: ReportSource, period: Period, spot_ids: tuple[str, ...] | None,
               language: str, *, made_at: datetime | None = None,
               preset: str | None = None) -> SheetView:
    """The sheet as a reader sees it (what the preview shows), without writing a file."""
    chosen = find_preset(source.taxonomy, preset)
    figures = sheet_figures(source, period, spot_ids, made_at=made_at,
                            indicators=chosen.indicators if chosen else ())
    return lay_out(figures, source.taxonomy,
                   chosen.language or language if chosen else language, chosen)


def find_preset(taxonomy: Taxonomy, code: str | None) -> SheetPreset | None:
    """The preset called ``code`` (None: none asked); InputError in one sentence if unknown."""
    if not code:
        return None
    found = taxonomy.preset(code)
    if found is None:
        known = ", ".join(p.code for p in taxonomy.presets)
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "There is no sheet preset called {preset}; the presets are: {known}."),
            field="preset", preset=code[:40], known=known or "-")
    return found


def export_sheet(source: ReportSource, period: Period, spot_ids: tuple[str, ...] | None,
                 fmt: str, language: str, path: Path, *, made_at: datetime | None = None,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 preset: str | None = None) -> ExportResult:
    """Write the sheet as ``fmt`` (pdf, xlsx, csv, csv-excel, csv-groups) to ``path``,
    replacing it whole.

    ``preset``: a funder's view from the taxonomy (its sections, in its language); the CSV
    stays the visit rows.

    ``cancelled()`` is asked at each progress step; once it is True the export stops with
    ExportCancelled and the file is left as it was.
    """
    if fmt not in FORMATS:
        raise ExportError(QT_TRANSLATE_NOOP(
            "errors", "{format} is not a sheet format; choose pdf, xlsx, csv, csv-excel or "
                      "csv-groups."),
            field="format", format=fmt)
    chosen = find_preset(source.taxonomy, preset)
    if chosen is not None and chosen.language:
        language = chosen.language
    path = Path(path)
    _check_destination(path)
    try:
        with replacing(path) as temp, read_connection(source) as conn:
            one_read = replace(source, bind=conn)
            figures = sheet_figures(one_read, period, spot_ids, made_at=made_at,
                                    indicators=chosen.indicators if chosen else ())
            view = lay_out(figures, source.taxonomy, language, chosen)
            written = _render(one_read, figures, view, fmt, temp,
                              _stoppable(progress, cancelled))
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    groups = written if fmt == "csv-groups" else 0
    return ExportResult(path=str(path), format=fmt, visit_records=figures.visit_records,
                        pages=0 if groups else written, groups=groups)


def _stoppable(progress: Progress | None,
               cancelled: Callable[[], bool] | None) -> Progress | None:
    # The writers only report progress; stopping rides on it, raised inside the writer so
    # the temporary file goes with it.
    if cancelled is None:
        return progress

    def step(done: int, total: int) -> None:
        if cancelled():
            raise ExportCancelled(QT_TRANSLATE_NOOP(
                "errors", "The export was stopped; no file was written."))
        if progress is not None:
            progress(done, total)

    return step


def _render(source: ReportSource, figures: SheetFigures, view: SheetView, fmt: str, temp: Path,
            progress: Progress | None) -> int:
    if fmt == "pdf":
        from helpdesk.reports.pdf import write_pdf  # reportlab loads only when a PDF is made

        return write_pdf(view, str(temp), progress)
    if fmt == "csv-groups":
        from helpdesk.reports.group_rows import group_rows, write_group_csv

        return write_group_csv(group_rows(source.bind, source, figures.period,
                                          figures.spot_filter, view.language),
                               source.taxonomy, str(temp))
    from helpdesk.reports.rows import visit_rows

    rows = visit_rows(source.bind, source, figures.period, figures.spot_filter)
    if fmt == "xlsx":
        from helpdesk.reports.xlsx import write_xlsx

        write_xlsx(view, rows, source.taxonomy, str(temp), progress)
        return len(view.pages) + 1
    from helpdesk.reports.csv_out import write_csv

    write_csv(rows, source.taxonomy, view.language, str(temp), flavour=fmt,
              total=figures.visit_records, progress=progress)
    return 0


def _check_destination(path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ExportError(QT_TRANSLATE_NOOP(
            "errors", "{path} is a folder; give the name of the file to write."),
            field="path", path=str(path))
    if not folder.is_dir():
        raise ExportError(QT_TRANSLATE_NOOP(
            "errors", "The folder {folder} does not exist; choose another place for the sheet."),
            field="path", folder=str(folder))


def _cannot_write(path: Path, exc: OSError) -> ExportError:
    return ExportError(QT_TRANSLATE_NOOP(
        "errors", "The sheet cannot be written to {path}: {reason}."),
        field="path", path=str(path), reason=exc.strerror or str(exc))
