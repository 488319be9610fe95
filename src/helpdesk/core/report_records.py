"""Plain records of a weekly sheet: what the Reports screen asks for and what it previews.

Light on purpose (standard library only): the GUI imports these at start-up, while the report
module that fills them (SQL, reportlab, XlsxWriter) loads only on a worker thread. A
``SheetView`` is the sheet as a reader sees it, already labelled in the sheet's language;
the PDF, the XLSX summary sheets and the screen's preview are all drawn from it, so the
preview shows exactly what the file will say.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class ReportRequest:
    """Which days and spots a sheet covers. Days are local days, both ends included.

    ``by_week``: the days are whole ISO weeks and the sheet names them as weeks.
    ``spot_ids``: the spots chosen; empty means every spot.
    ``preset``: the code of a sheet preset of the taxonomy; its language wins.
    """

    first_day: date
    last_day: date
    by_week: bool = True
    spot_ids: tuple[str, ...] = ()
    preset: str = ""  # a funder's view from the taxonomy ("": the whole sheet)


@dataclass(frozen=True)
class CountRow:
    """One line of a count table: a code, its label, how many, and its share of the visits."""

    code: str
    label: str
    count: int
    share: float | None


@dataclass(frozen=True)
class CountTable:
    """A titled table of counts (question types, outcomes, age bands…)."""

    key: str
    title: str
    rows: tuple[CountRow, ...]
    note: str = ""


# Tables shown only where a desk uses what they count (issue 12): group sessions, visitor
# codes, devices, residences and visit lengths. A desk that never records them sees the
# sheet as before.
# The group tables after "groups": participants per question type covered, level and profile.
OPTIONAL_TABLES = ("groups", "group_questions", "group_levels", "group_age_bands",
                   "group_genders", "group_statuses", "people", "devices", "residences",
                   "durations")


def in_use(table: CountTable) -> bool:
    """Whether anything but "unknown" was counted in ``table``."""
    return any(row.count for row in table.rows if row.code != "unknown")


@dataclass(frozen=True)
class KeyRow:
    """The key figures of one spot or period. None: nothing to divide by, or no data."""

    label: str
    sessions: int | None
    hours_open: float | None
    visits: int | None
    turned_away: int | None
    visits_per_session: float | None
    visits_per_hour: float | None
    has_data: bool = True


@dataclass(frozen=True)
class HourGrid:
    """Visits by weekday (rows, Monday first) and local hour of the day (columns)."""

    title: str
    weekdays: tuple[str, ...]
    hours: tuple[int, ...]
    counts: tuple[tuple[int, ...], ...]


@dataclass(frozen=True)
class TrendRow:
    """One figure month by month: its label, one value per month, and the whole period's."""

    code: str
    label: str
    values: tuple[int, ...]
    total: int


@dataclass(frozen=True)
class TrendTable:
    """Month by month over a period of more than one month (issue 12)."""

    title: str
    months: tuple[str, ...]  # "01/2026", one per column
    rows: tuple[TrendRow, ...]


@dataclass(frozen=True)
class SheetPage:
    """One page of the sheet: a spot, or the network summary."""

    title: str
    subtitle: str
    key_rows: tuple[KeyRow, ...]  # the period, the previous one, a year before
    spot_rows: tuple[KeyRow, ...]  # the network page: one line per spot and a total
    tables: tuple[CountTable, ...]
    grid: HourGrid | None  # None: a funder's preset leaves it out
    notes: tuple[str, ...]  # follow-ups, open sessions, the spots with no activity
    totals: str  # the records the figures were made from
    # False for a spot with no session and no visit in the period, among several: the
    # printed sheet names it in one line of the summary instead of a page of zeros.
    printed: bool = True
    trend: TrendTable | None = None  # month by month, for a period over several months


@dataclass(frozen=True)
class SheetView:
    """A whole sheet, labelled in its language."""

    language: str
    title: str
    name: str
    period_label: str
    period_dates: str
    language_label: str
    made_label: str
    zone_label: str
    headings: dict[str, str] = field(default_factory=dict)  # column headings and table words
    pages: tuple[SheetPage, ...] = ()
    visit_records: int = 0
    # A funder's preset (issue 12): its name in the sheet's language; its pages show only
    # the sections it names, in its order, and nothing is hidden for being unused.
    preset: str = ""


@dataclass(frozen=True)
class ExportResult:
    """A sheet written to a file."""

    path: str
    format: str
    visit_records: int
    pages: int = 0
    groups: int = 0  # lines of a "csv-groups" file: group sessions, not visits


def number_text(value: float | int | None, language: str, decimals: int = 1) -> str:
    """A number as the reader writes it: 1,234.5 (en), 1.234,5 (nl), 1 234,5 (fr); '–' for none."""
    if value is None:
        return "–"
    words = f"{value:,}" if isinstance(value, int) else f"{value:,.{decimals}f}"
    thousands, point = {"nl": (".", ","), "fr": ("\u00a0", ",")}.get(language, (",", "."))
    return words.replace(",", "\0").replace(".", point).replace("\0", thousands)


def percent_text(share: float | None, language: str = "") -> str:
    """A share as a whole percentage: '12 %' (the Belgian way, with a space); '–' for none."""
    if share is None:
        return "–"
    return f"{round(share * 100)}\u00a0%"
