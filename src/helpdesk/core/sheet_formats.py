"""The formats a weekly sheet can be written in, their file suffixes and file names.

Its own tiny module because the command line needs the list to build its options on every
start, the GUI's included, and the sheet records beside it cost start-up time to make.
"""

from __future__ import annotations

from datetime import date

# In the order the Reports screen offers them. "csv-groups" is the group sessions' own CSV
# (one line each): the others' rows are visits, and a group's participants are not visits.
FORMATS = ("pdf", "xlsx", "csv", "csv-excel", "csv-groups")
SUFFIXES = {"pdf": ".pdf", "xlsx": ".xlsx", "csv": ".csv", "csv-excel": ".csv",
            "csv-groups": ".csv"}
_NAME_TAILS = {"csv-excel": "-excel", "csv-groups": "-groups"}


def sheet_file_name(first_day: date, last_day: date, by_week: bool, fmt: str) -> str:
    """'helpdesk-2026-W47.pdf', 'helpdesk-2026-W45-2026-W47.xlsx' or a name with the dates."""
    if by_week:
        first, last = first_day.isocalendar(), last_day.isocalendar()
        when = f"{first.year}-W{first.week:02d}"
        if (first.year, first.week) != (last.year, last.week):
            when += f"-{last.year}-W{last.week:02d}"
    else:
        when = f"{first_day.isoformat()}-{last_day.isoformat()}"
    return f"helpdesk-{when}{_NAME_TAILS.get(fmt, '')}{SUFFIXES[fmt]}"
