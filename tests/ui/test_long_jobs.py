"""Long jobs (exports) on their own thread: progress on the GUI thread, stop on request."""

from __future__ import annotations

import threading
from types import SimpleNamespace

from helpdesk.core.changes import ChangeLog
from helpdesk.core.errors import ExportCancelled
from helpdesk.ui.tasks import Tasks


class FakeServices:
    """Enough of the services for a job that only counts."""

    def __init__(self) -> None:
        self.changes = ChangeLog()
        self.sync = SimpleNamespace(stop=lambda: None)  # nothing to stop: no sync runs

    def close(self) -> None:
        pass


def test_a_long_job_reports_progress_on_the_gui_thread_and_its_result(qtbot):
    """Progress arrives at most once per percent, on the GUI thread; then the result."""
    tasks = Tasks(FakeServices)
    tasks.start()  # as the app does once its window shows: the writer opens the store
    gui = threading.current_thread()
    seen, threads, done = [], [], []

    def job(services, progress, cancelled):
        threads.append(threading.current_thread().name)
        for n in range(1, 1001):
            progress(n, 1000)
        return "written"

    tasks.long(job, done.append, None,
               lambda d, t: (seen.append(d), threads.append(threading.current_thread())))
    qtbot.waitUntil(lambda: done == ["written"], timeout=5000)
    assert threads[0].startswith("helpdesk-long")
    assert all(t is gui for t in threads[1:])
    assert seen[-1] == 1000 and len(seen) <= 101
    tasks.shutdown()


def test_cancelling_stops_the_job_and_reports_why(qtbot):
    """The job sees cancelled() turn True, stops, and its error reaches on_error."""
    tasks = Tasks(FakeServices)
    tasks.start()  # as the app does once its window shows: the writer opens the store
    started, errors = threading.Event(), []

    def job(services, progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        raise ExportCancelled("The export was stopped; no file was written.")

    handle = tasks.long(job, None, errors.append)
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], ExportCancelled)
    tasks.shutdown()


def test_closing_the_window_stops_a_running_export(qtbot):
    """shutdown() does not wait for a long export to finish: the job is told to stop."""
    tasks = Tasks(FakeServices)
    tasks.start()  # as the app does once its window shows: the writer opens the store
    started, stopped = threading.Event(), threading.Event()

    def job(services, progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        stopped.set()

    tasks.long(job)
    assert started.wait(5)
    tasks.shutdown()
    assert stopped.is_set()


def test_a_slow_count_for_a_sheet_never_holds_up_the_lists(qtbot):
    """While a sheet's figures are being counted, an ordinary read still comes back."""
    tasks = Tasks(FakeServices)
    tasks.start()
    counting, release, listed = threading.Event(), threading.Event(), []

    def slow_count(services):
        counting.set()
        release.wait(10)
        return "figures"

    tasks.figures(slow_count)
    assert counting.wait(5)
    tasks.read(lambda services: "a page of visits", listed.append)
    try:
        qtbot.waitUntil(lambda: listed == ["a page of visits"], timeout=5000)
    finally:
        release.set()
        tasks.shutdown()


def test_closing_before_the_store_opened_does_not_wait_for_waiting_reads(qtbot):
    """A read queued before the store opened (the intake's first read) gives up at shutdown."""
    done = threading.Event()
    tasks = Tasks(FakeServices)  # never started: the store is never opened
    tasks.read(lambda s: None)
    closer = threading.Thread(target=lambda: (tasks.shutdown(), done.set()), daemon=True)
    closer.start()
    assert done.wait(10), "shutdown waited for a read that waits for the store"
