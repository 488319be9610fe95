"""The Visits list on a 1,000,000-visit store: time to the first rows, to later pages, per filter.

Uses the real threaded Tasks (reader thread, results back on the GUI thread), as the app does.
Prints figures; it is not a pass/fail test. Store: HELPDESK_BENCH_STORE or /tmp/helpdesk-bench-1m
(made with `helpdesk demo` when missing).
"""

from __future__ import annotations

import os
import sys
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import DEFAULT_STORE, ensure_demo_store, ms  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from helpdesk.core.records import VisitFilter  # noqa: E402


def wait_for(app: QApplication, done, timeout: float = 60.0) -> float:
    """Spin the event loop until ``done()``; the seconds it took."""
    started = time.perf_counter()
    while not done():
        app.processEvents()
        if time.perf_counter() - started > timeout:
            raise TimeoutError("the list did not load")
        time.sleep(0.0005)
    return time.perf_counter() - started


def raw_first_page(folder: Path) -> float:
    """Baseline: the first page as one hand-written SQL query in stdlib sqlite3 (median of 5)."""
    import sqlite3
    import statistics

    db = sqlite3.connect(f"file:{folder / 'helpdesk.db'}?mode=ro", uri=True)
    samples = []
    for _ in range(5):
        t = time.perf_counter()
        rows = db.execute(
            "SELECT v.id, v.started_at, s.name, st.name, v.outcome, v.duration_minutes,"
            " (SELECT group_concat(q.question_type) FROM visit_question q WHERE q.visit_id = v.id)"
            " FROM visit v JOIN spot s ON s.id = v.spot_id LEFT JOIN staff st ON st.id = v.staff_id"
            " WHERE v.deleted = 0 ORDER BY v.started_at DESC, v.id DESC LIMIT 200").fetchall()
        samples.append(time.perf_counter() - t)
        assert len(rows) == 200
    db.close()
    return statistics.median(samples)


def main() -> None:
    """Print how long the Visits screen takes to show rows on a big store."""
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_STORE
    if not (folder / "helpdesk.db").exists():
        folder = ensure_demo_store(folder)
    print(f"baseline: raw SQL first page (200)   {ms(raw_first_page(folder))}")
    app = QApplication([])
    from helpdesk.services import Services  # heavy: the bench is allowed to load it here
    from helpdesk.ui.context import UiContext
    from helpdesk.ui.tasks import Tasks
    from helpdesk.ui.visits_screen import VisitsScreen

    tasks = Tasks(lambda: Services.open(folder))
    opened = time.perf_counter()
    state = []
    tasks.write(lambda s: (s.desk.startup_state(), s.taxonomy.current()), state.append)
    wait_for(app, lambda: bool(state))
    print(f"store opened and desk state read   {ms(time.perf_counter() - opened)}")
    startup, taxonomy = state[0]
    ctx = UiContext("nl", taxonomy, startup)

    started = time.perf_counter()
    screen = VisitsScreen(ctx, tasks)
    screen.resize(1366, 768)
    screen.show()
    built = time.perf_counter() - started
    wait_for(app, lambda: screen.model.rowCount() > 0)
    app.processEvents()  # paint them
    first = time.perf_counter() - started
    print(f"VisitsScreen built                  {ms(built)}")
    print(f"construct → first {screen.model.rowCount()} rows shown     {ms(first)}   (goal < 200 ms)")

    pages = []
    for _ in range(25):
        rows = screen.model.rowCount()
        t = time.perf_counter()
        screen.model.fetchMore()
        wait_for(app, lambda: screen.model.rowCount() > rows)
        pages.append(time.perf_counter() - t)
    print(f"next page (×25, to {screen.model.rowCount()} rows)  "
          f"median {ms(sorted(pages)[len(pages) // 2])}  max {ms(max(pages))}")

    newest = screen.model.visit_at(0).started_at
    spots = ctx.state.spots
    filters = {
        "Today (desk's newest day)": VisitFilter(date_from=newest.date(), date_to=newest.date()),
        "a week, 52 weeks ago": VisitFilter(date_from=(newest - timedelta(weeks=52)).date(),
                                            date_to=(newest - timedelta(weeks=51)).date()),
        "one spot": VisitFilter(spot_id=spots[-1].id if spots else None),
        "outcome referred": VisitFilter(outcome="referred"),
        "question type taxes": VisitFilter(question_type="taxes"),
        "follow-ups": VisitFilter(follow_up_only=True),
    }
    for name, visit_filter in filters.items():
        t = time.perf_counter()
        screen.model.set_filter(visit_filter)
        wait_for(app, lambda: not screen.model.is_loading)
        print(f"filter {name:28} {ms(time.perf_counter() - t)}  ({screen.model.rowCount()} rows)")
    tasks.shutdown()


if __name__ == "__main__":
    main()
