"""Weekly sheets on the 1,000,000-visit store: each sheet next to its raw SQL in the same run.

- a weekly PDF sheet (all spots), against the same aggregate queries run directly in stdlib
  sqlite3 (the goal: within 3× of them);
- whole-period XLSX files (a quarter and a year, all spots, every visit on the visits sheet),
  against the same aggregates plus a plain scan of the same visit rows, each in a fresh process
  whose peak memory is printed: flat memory means the two peaks are about the same although the
  year holds four times the visits.

Reads the store read-only (it is shared with other benchmarks) and writes sheets to a
temporary folder. Store: HELPDESK_BENCH_STORE or /tmp/helpdesk-bench-1m.
"""

from __future__ import annotations

import json
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from common import DEFAULT_STORE, ensure_demo_store

# The aggregate queries of helpdesk.reports.figures, hand-written for SQLite.
VISIT_AGGREGATES = (
    "SELECT spot_id, deleted, outcome, referral, autonomy, channel, count(*) FROM visit "
    "WHERE started_at >= :a AND started_at < :b GROUP BY 1, 2, 3, 4, 5, 6",
    "SELECT spot_id, help_language, CASE WHEN first_visit IS NULL THEN 'unknown' WHEN "
    "first_visit = 1 THEN 'yes' ELSE 'no' END, age_band, status, gender, count(*) FROM visit "
    "WHERE started_at >= :a AND started_at < :b AND deleted = 0 GROUP BY 1, 2, 3, 4, 5, 6",
    "SELECT v.spot_id, q.question_type, count(*) FROM visit_question q JOIN visit v "
    "ON v.id = q.visit_id WHERE v.started_at >= :a AND v.started_at < :b AND v.deleted = 0 "
    "GROUP BY 1, 2",
    "SELECT spot_id, substr(started_at, 1, 13), count(*) FROM visit WHERE started_at >= :a "
    "AND started_at < :b AND deleted = 0 GROUP BY 1, 2",
    "SELECT spot_id, follow_up_date, count(*) FROM visit WHERE started_at >= :a AND "
    "started_at < :b AND deleted = 0 AND follow_up = 1 GROUP BY 1, 2",
)
SESSIONS = ("SELECT spot_id, opened_at, closed_at, turned_away FROM help_session "
            "WHERE opened_at >= :a AND opened_at < :b AND deleted = 0")
VISIT_COUNT = ("SELECT spot_id, count(*) FROM visit WHERE started_at >= :a AND started_at < :b "
               "AND deleted = 0 GROUP BY spot_id")
ROWS = ("SELECT v.*, q.question_type FROM visit v LEFT JOIN visit_question q "
        "ON q.visit_id = v.id WHERE v.started_at >= :a AND v.started_at < :b AND v.deleted = 0 "
        "ORDER BY v.started_at, v.id, q.position")


def open_source(folder: Path):
    """A read-only report source over the demo store (nothing is migrated or written)."""
    from sqlalchemy import create_engine

    from helpdesk.reports import ReportSource
    from helpdesk.store.models import (
        session_table,
        spot_table,
        visit_question_table,
        visit_table,
    )
    from helpdesk.store.snapshot import read_taxonomy

    db = folder / "helpdesk.db"
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        name, zone = conn.execute("SELECT name, time_zone FROM desk").fetchone()
    engine = create_engine(f"sqlite:///file:{db}?mode=ro&uri=true")
    return ReportSource(bind=engine, spot=spot_table, help_session=session_table,
                        visit=visit_table, visit_question=visit_question_table,
                        time_zone=zone, taxonomy=read_taxonomy(db), name=name)


def raw_seconds(folder: Path, period, zone, with_rows: bool = False) -> float:
    """The sheet's aggregates (and, for files, a scan of its rows) in plain sqlite3."""
    db = sqlite3.connect(f"file:{folder / 'helpdesk.db'}?mode=ro", uri=True)
    started = time.perf_counter()
    for when in (period, period.previous(), period.year_before()):
        a, b = when.utc_bounds(zone)
        if when is period:
            for sql in VISIT_AGGREGATES:
                db.execute(sql, {"a": a, "b": b}).fetchall()
        else:
            db.execute(VISIT_COUNT, {"a": a, "b": b}).fetchall()
        db.execute(SESSIONS, {"a": a, "b": b}).fetchall()
    if with_rows:
        a, b = period.utc_bounds(zone)
        for _row in db.execute(ROWS, {"a": a, "b": b}):
            pass
    took = time.perf_counter() - started
    db.close()
    return took


def last_full_week(folder: Path) -> date:
    """The Monday of the last complete week in the store."""
    with sqlite3.connect(f"file:{folder / 'helpdesk.db'}?mode=ro", uri=True) as conn:
        newest = date.fromisoformat(conn.execute("SELECT max(started_at) FROM visit")
                                    .fetchone()[0][:10])
    return newest - timedelta(days=newest.weekday() + 7)


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, it does not inherit the
    parent's peak across fork and exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(folder: Path, first: str, last: str, fmt: str) -> None:
    """Run in a fresh process: one export, then print its figures as JSON."""
    import helpdesk.reports.pdf  # noqa: F401 - the writers load before memory is first read
    import helpdesk.reports.xlsx  # noqa: F401
    from helpdesk.reports import dates_period, export_sheet

    source = open_source(folder)
    period = dates_period(date.fromisoformat(first), date.fromisoformat(last))
    before = peak_mb()
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        result = export_sheet(source, period, None, fmt, "nl", Path(out) / f"sheet.{fmt}")
        took = time.perf_counter() - started
        size = (Path(out) / f"sheet.{fmt}").stat().st_size
    peak = peak_mb()
    print(json.dumps({"visits": result.visit_records, "seconds": took,
                      "before_mb": before, "peak_mb": peak, "bytes": size}))


def run_child(folder: Path, first: date, last: date, fmt: str, zone) -> dict:
    """One export in a fresh process (its own peak memory), and the raw SQL here."""
    from helpdesk.reports import dates_period

    out = subprocess.run([sys.executable, __file__, "--child", str(folder), first.isoformat(),
                          last.isoformat(), fmt], capture_output=True, text=True, check=True)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    got["raw"] = raw_seconds(folder, dates_period(first, last), zone, with_rows=True)
    return got


def main() -> None:
    """Print the weekly sheet's and the yearly files' times, their raw SQL, and memory."""
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_STORE
    if not (folder / "helpdesk.db").exists():
        folder = ensure_demo_store(folder)
    from zoneinfo import ZoneInfo

    from helpdesk.reports import export_sheet, weeks_period
    from helpdesk.reports.figures import sheet_figures

    source = open_source(folder)
    zone = ZoneInfo(source.time_zone)
    monday = last_full_week(folder)
    iso = monday.isocalendar()
    week = weeks_period(iso.year, iso.week)
    export_sheet(source, week, None, "pdf", "nl", Path(tempfile.gettempdir()) / "warm.pdf")
    raw = statistics.median(raw_seconds(folder, week, zone) for _ in range(5))
    figures_only, sheet = [], []
    with tempfile.TemporaryDirectory() as out:
        for n in range(3):
            started = time.perf_counter()
            figures = sheet_figures(source, week)
            figures_only.append(time.perf_counter() - started)
            started = time.perf_counter()
            result = export_sheet(source, week, None, "pdf", "nl", Path(out) / f"w{n}.pdf")
            sheet.append(time.perf_counter() - started)
    visits = figures.visit_records
    print(f"weekly sheet, {iso.year}-W{iso.week:02d}, all {len(figures.spots)} spots, "
          f"{visits:,} visits, {result.pages} PDF pages")
    print(f"  raw SQL (same aggregates, sqlite3)   {raw * 1000:8.1f} ms")
    figures_ms = statistics.median(figures_only) * 1000
    print(f"  figures (SQLAlchemy Core)            {figures_ms:8.1f} ms")
    print(f"  whole PDF sheet                      {statistics.median(sheet) * 1000:8.1f} ms   "
          f"= {statistics.median(sheet) / raw:.1f}× the raw SQL (goal ≤ 3×)")

    year_end = monday + timedelta(days=6)
    for fmt in ("xlsx", "csv"):
        for label, weeks in (("quarter", 13), ("year", 52)):
            first = year_end - timedelta(weeks=weeks) + timedelta(days=1)
            got = run_child(folder, first, year_end, fmt, zone)
            print(f"{fmt} of a {label} ({first:%d/%m/%Y}–{year_end:%d/%m/%Y}), "
                  f"{got['visits']:,} visits, {got['bytes'] / 1e6:.1f} MB file")
            print(f"  raw SQL (aggregates + scan of the rows) {got['raw']:8.2f} s")
            print(f"  whole {fmt:4}                            {got['seconds']:8.2f} s   "
                  f"= {got['seconds'] / got['raw']:.1f}× the raw SQL")
            print(f"  peak memory {got['peak_mb']:.0f} MB (after start-up and imports "
                  f"{got['before_mb']:.0f} MB: the export added "
                  f"{got['peak_mb'] - got['before_mb']:.0f} MB)")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5])
    else:
        main()
