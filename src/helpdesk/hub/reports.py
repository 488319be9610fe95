"""``GET /v1/reports``: a coordinator downloads the network's sheet over HTTP (docs/hub.md).

The query takes the options of ``helpdesk-hub report`` without their dashes (``week``,
``to-week``, ``from``, ``to``, ``spot``, ``format``, ``lang``) and the same period rules.
The sheet is made on a worker thread (a year of XLSX takes a while and must not hold up the
desks' batches) into a temporary folder of its own, streamed back, and the folder is removed
once the answer is over, whether or not the client stayed to the end. A client that leaves
while its sheet is made stops the worker at its next progress step (every few thousand
rows), so an abandoned year of XLSX does not keep a core busy for nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import re
import shutil
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from fastapi.responses import FileResponse
from starlette.datastructures import QueryParams
from starlette.responses import Response

from helpdesk.core.atomic_files import STALE_SECONDS
from helpdesk.core.constants import LANGUAGES
from helpdesk.core.errors import HelpdeskError, InputError
from helpdesk.core.sheet_formats import FORMATS, sheet_file_name
from helpdesk.hub.db import HubDb
from helpdesk.hub.problems import problem
from helpdesk.hub.sheets import DEFAULT_LANGUAGE, SheetSettings, write_sheet
from helpdesk.reports.options import period_from_args
from helpdesk.reports.periods import Period

PARAMETERS = ("week", "to-week", "from", "to", "spot", "format", "lang", "preset")
MEDIA_TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
    "csv-excel": "text/csv; charset=utf-8",
    "csv-groups": "text/csv; charset=utf-8",
}
log = logging.getLogger("helpdesk.hub")
# Sheets get threads of their own, two at most: a year of XLSX keeps a core busy for minutes,
# and the desks' batches (on Starlette's thread pool) must still be answered meanwhile.
SHEET_WORKERS = ThreadPoolExecutor(2, thread_name_prefix="helpdesk-hub-sheet")
SHEET_FOLDER_PREFIX = "helpdesk-hub-sheet-"


def remove_stale_sheet_folders(older_than: float = STALE_SECONDS) -> int:
    """Remove the sheet folders a killed hub left in the system's temporary folder (its own,
    untouched for ``older_than`` seconds: another hub on this machine may be at work)."""
    removed = 0
    now = time.time()
    for folder in Path(tempfile.gettempdir()).glob(SHEET_FOLDER_PREFIX + "*"):
        try:
            info = folder.lstat()
            if not folder.is_dir() or folder.is_symlink() or now - info.st_mtime < older_than:
                continue
            if hasattr(os, "getuid") and info.st_uid != os.getuid():
                continue
        except OSError:
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    return removed


@dataclass(frozen=True)
class SheetQuery:
    """What a download asks for, checked."""

    period: Period
    spots: tuple[str, ...]
    fmt: str
    language: str
    preset: str | None = None


class SheetFile(FileResponse):
    """A sheet streamed from its temporary folder; the folder goes when the answer is over."""

    def __init__(self, path: Path, fmt: str) -> None:
        super().__init__(path, media_type=MEDIA_TYPES[fmt], filename=path.name)
        self.folder = path.parent

    async def __call__(self, scope, receive, send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            # Not a background task: those never run when the client hangs up mid-stream.
            shutil.rmtree(self.folder, ignore_errors=True)


def read_query(params: QueryParams) -> SheetQuery:
    """The download's query, checked; InputError with one sentence when it cannot be."""
    for key in params:
        if key not in PARAMETERS:
            raise InputError("{key} is not a parameter of a sheet; use week, to-week, from, "
                             "to, spot, format, lang and preset.", field=key, key=key)
        if key != "spot" and len(params.getlist(key)) > 1:
            raise InputError("Give {key} only once.", field=key, key=key)
    fmt = params.get("format") or "pdf"
    if fmt not in FORMATS:
        raise InputError("{fmt} is not a sheet format; choose pdf, xlsx, csv, csv-excel or "
                         "csv-groups.",
                         field="format", fmt=fmt)
    language = params.get("lang") or DEFAULT_LANGUAGE
    if language not in LANGUAGES:
        raise InputError("{language} is not a language of the sheets; choose nl, fr or en.",
                         field="lang", language=language)
    options = argparse.Namespace(week=params.get("week"), to_week=params.get("to-week"),
                                 date_from=params.get("from"), date_to=params.get("to"))
    try:
        period = period_from_args(options)
    except InputError as exc:
        # The command line's sentences name its options; here they are parameters.
        raise InputError(re.sub(r"--(?=[a-z])", "", exc.sentence()), field="period") from None
    spots = tuple(s for s in params.getlist("spot") if s.strip())
    preset = params.get("preset") or None
    if preset is not None and not re.fullmatch(r"[a-z0-9][a-z0-9_]{0,39}", preset):
        raise InputError("A preset is named in lowercase letters, digits and _, such as "
                         "digibank.", field="preset")
    return SheetQuery(period, spots, fmt, language, preset)


async def sheet_response(db: HubDb, settings: SheetSettings, params: QueryParams,
                         coordinator: str) -> Response:
    """The sheet a coordinator asked for, or a 400 saying in one sentence what is wrong."""
    try:
        query = read_query(params)
    except InputError as exc:
        return problem(400, exc.sentence())
    folder = Path(tempfile.mkdtemp(prefix=SHEET_FOLDER_PREFIX))
    path = folder / sheet_file_name(query.period.first_day, query.period.last_day,
                                    query.period.by_week, query.fmt)
    left = threading.Event()  # the client hung up: the worker stops at its next step
    job = SHEET_WORKERS.submit(write_sheet, db, settings, query.period, query.spots,
                               query.fmt, query.language, path, cancelled=left.is_set,
                               preset=query.preset)
    try:
        result = await asyncio.shield(asyncio.wrap_future(job))
    except asyncio.CancelledError:
        # The client left or the server stops: the worker stops at its next step, and the
        # folder goes once it has (at once if it was already done).
        left.set()
        job.add_done_callback(lambda _job: shutil.rmtree(folder, ignore_errors=True))
        raise
    except BaseException as exc:
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(exc, InputError):  # a spot the hub does not know
            return problem(400, exc.sentence())
        if isinstance(exc, HelpdeskError):
            log.error("a sheet for %s could not be made: %s", coordinator, exc.sentence())
            return problem(500, exc.sentence())
        raise
    log.info("%s downloaded %s (%d visits)", coordinator, path.name, result.visit_records)
    return SheetFile(path, query.fmt)
