"""The command-line options of a sheet, shared by ``helpdesk report`` and the hub's command.

Light: the standard library only at import, so every ``helpdesk`` start (the GUI's too, which
builds these options) stays fast; the periods are read when a sheet is asked for.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from helpdesk.core.errors import QT_TRANSLATE_NOOP, InputError
from helpdesk.core.sheet_formats import FORMATS

if TYPE_CHECKING:
    from helpdesk.reports.periods import Period


SPOT_HELP = "a spot to include (repeat for several; default: every spot)"
LANG_HELP = "language of the sheet (default: the desk's)"


def add_report_arguments(parser: argparse.ArgumentParser, *, spot_help: str = SPOT_HELP,
                         lang_help: str = LANG_HELP) -> None:
    """--week/--to-week or --from/--to, --spot…, --format, --lang, --out.

    The hub words ``--spot`` and ``--lang`` its own way (spot names across desks, no desk
    language), hence the two help texts.
    """
    when = parser.add_argument_group("period (a week, weeks, or a date range)")
    when.add_argument("--week", metavar="YYYY-Www", help="ISO week, e.g. 2026-W47")
    when.add_argument("--to-week", metavar="YYYY-Www",
                      help="last ISO week of a run of weeks (default: --week alone)")
    when.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD",
                      help="first day of a date range (instead of --week)")
    when.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD",
                      help="last day of a date range, included")
    parser.add_argument("--spot", action="append", default=[], metavar="NAME", help=spot_help)
    parser.add_argument("--format", choices=FORMATS, default="pdf",
                        help="pdf, xlsx, csv (RFC 4180, UTF-8), csv-excel (semicolons and a "
                             "byte-order mark, for a Belgian Excel) or csv-groups (the group "
                             "sessions, one line each); default pdf")
    parser.add_argument("--lang", choices=("nl", "fr", "en"), default=None, help=lang_help)
    parser.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    parser.add_argument("--preset", metavar="NAME", default=None,
                        help="a funder's view from the taxonomy file's [[presets]] (its "
                             "sections, in its language), e.g. digibank or pan_brussels")


def period_from_args(args: argparse.Namespace) -> Period:
    """The period the options ask for; InputError with one sentence when they cannot be."""
    from helpdesk.reports.periods import dates_period, week_text_period

    if args.week and (args.date_from or args.date_to):
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "Give either --week or --from/--to, not both."), field="period")
    if args.week:
        return week_text_period(args.week, args.to_week)
    if args.to_week:
        raise InputError(QT_TRANSLATE_NOOP("errors", "--to-week needs --week."), field="period")
    if not (args.date_from and args.date_to):
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "Say which period: --week 2026-W47, or --from 2026-01-01 --to "
                      "2026-12-31."), field="period")
    try:
        first, last = date.fromisoformat(args.date_from), date.fromisoformat(args.date_to)
    except ValueError:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "Write dates like 2026-11-24 (year, month, day)."), field="period") \
            from None
    return dates_period(first, last)
