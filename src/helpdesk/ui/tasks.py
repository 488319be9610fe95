"""Run service calls off the GUI thread and hand their results back to it.

Five single-thread workers, each with a reason to exist:
- the *writer*: every change to the store goes through this one thread, in order, so two
  saves can never race and the GUI never waits on a disk flush (``synchronous=FULL``);
- the *reader*: lists and summaries, so a long read never delays a save, and a save never
  delays scrolling. SQLite in WAL mode lets the two work side by side;
- the *network* worker: sync, which can wait on a slow link for many seconds and must hold
  up neither a save nor a read. It is a daemon thread: closing the app never waits for a
  stalled connection — a sync cut short loses nothing (each batch is its own transaction)
  and the next one picks up where it stopped.
- the *long-job* thread: exports that take seconds to minutes (a year of visits to XLSX), so
  they never hold up a list page or a preview, report progress as they go, and stop when
  asked or when the window closes;
- the *upkeep* thread: the day's backup, a copy of the whole store that takes seconds on a
  big one, so neither the first save of the day nor an export waits for it; it stops
  (leaving nothing) when the window closes.

The first job on the writer opens the store (and imports the database layer): the window is
already on screen by then. Tests pass ``synchronous=True`` to run everything at once.

Every job is typed: ``fn`` takes the ``Services`` and returns a ``T``, which ``on_done``
receives. What a job's writes changed (``services.changes``) is announced through ``changed``
once its callback has run, so the screens that show it refresh without being told by hand.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from helpdesk.core.changes import Change
from helpdesk.core.errors import QT_TRANSLATE_NOOP, HelpdeskError, StoreError

if TYPE_CHECKING:  # for the type checker only: the GUI starts without the database layer
    from helpdesk.services import Services

log = logging.getLogger(__name__)

UNEXPECTED = QT_TRANSLATE_NOOP(
    "errors",
    "Something unexpected went wrong; what was saved before is safe. "
    "Please try again, and tell your coordinator if it happens again.",
)

T = TypeVar("T")
P = ParamSpec("P")
CLOSING = QT_TRANSLATE_NOOP("errors", "Helpdesk is closing; nothing more is read or saved.")
Failed = Callable[[HelpdeskError], None]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# Set on the writer thread when it starts: the one thread that may open the store.
_thread_role = threading.local()


def _mark_writer() -> None:
    _thread_role.is_writer = True


def _on_writer() -> bool:
    return getattr(_thread_role, "is_writer", False)


class LongJob:
    """A handle on a long job: ask it to stop; it stops at its next progress report."""

    def __init__(self) -> None:
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop (it raises its own 'stopped' error, cleaning up first)."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        """True once stopping was asked for."""
        return self._stop.is_set()


class Tasks(QObject):
    """Runs ``fn(services)`` in the background; calls back on the GUI thread."""

    # Emitted (on the GUI thread) for every failure, handled or not, so the status bar can
    # always show the last problem in one sentence.
    failed = Signal(object)
    # Emitted once the store is open and services are usable.
    ready = Signal()
    # Emitted (on the GUI thread) with the ``Change`` a job's writes made, after its callback.
    changed = Signal(object)
    _deliver = Signal(object)

    def __init__(
        self,
        open_services: Callable[[], Services],
        *,
        synchronous: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_services = open_services
        self._synchronous = synchronous
        self._services: Services | None = None
        self._open_error: HelpdeskError | None = None
        self._opened = threading.Event()
        self._deliver.connect(self._run_callback)
        self._writer: Executor | None
        self._reader: Executor | None
        self._figures: Executor | None
        self._network: Executor | None
        self._long: Executor | None
        self._upkeep: Executor | None
        if synchronous:
            self._writer = self._reader = self._figures = self._network = self._long = None
            self._upkeep = None
        else:
            self._writer = ThreadPoolExecutor(1, thread_name_prefix="helpdesk-writer",
                                              initializer=_mark_writer)
            self._reader = ThreadPoolExecutor(1, thread_name_prefix="helpdesk-reader")
            # A second reader for a sheet's figures, which take seconds over a year on a big
            # store: the Visits list and the session summaries never queue behind them.
            self._figures = ThreadPoolExecutor(1, thread_name_prefix="helpdesk-reader-figures")
            self._network = _DaemonWorker("helpdesk-network")
            self._long = ThreadPoolExecutor(1, thread_name_prefix="helpdesk-long")
            self._upkeep = ThreadPoolExecutor(1, thread_name_prefix="helpdesk-upkeep")
        self._closed = False

    # -- public -------------------------------------------------------------------------

    def start(self) -> None:
        """Open the store now (in the background) rather than on the first job."""
        self.write(lambda services: None)

    def unlock(self, open_services: Callable[[], Services],
               on_error: Failed | None = None) -> None:
        """Open the store with ``open_services`` (the lock screen's name and passphrase).

        Unlike the first job's opening, a failure here (a wrong passphrase) leaves the store
        unopened, so the next try can succeed; ``ready`` is emitted once it opens.
        """
        def attempt() -> None:
            if self._opened.is_set():
                return
            try:
                services = open_services()
            except HelpdeskError as exc:
                failure = exc
                self._post(lambda: self._fail(failure, on_error, Change.NONE))
                return
            except Exception:  # noqa: BLE001 - a broken store must not kill the GUI
                log.exception("unlocking the store failed")
                self._post(lambda: self._fail(HelpdeskError(UNEXPECTED), on_error, Change.NONE))
                return
            self._services = services
            self._opened.set()
            self._post(self.ready.emit)

        if self._closed:
            return
        if self._writer is None:
            attempt()
        else:
            self._writer.submit(attempt)

    def drained(self, fn: Callable[[Services], T], on_done: Callable[[T], None] | None = None,
                on_error: Failed | None = None) -> Future[None] | None:
        """Run ``fn`` on the writer once every other worker is idle and held.

        For a job that swaps the store's file under the engine (protecting the desk): no
        reader may hold a connection while it runs. Jobs queued meanwhile wait for it.
        """
        if self._synchronous:
            return self.write(fn, on_done, on_error)
        others = [w for w in (self._reader, self._figures, self._long, self._network,
                              self._upkeep) if w is not None]

        def held(job: Services) -> T:
            release = threading.Event()
            idle = threading.Semaphore(0)

            def hold() -> None:
                idle.release()
                release.wait()

            for worker in others:
                worker.submit(hold)
            try:
                for _ in others:
                    idle.acquire()
                return fn(job)
            finally:
                release.set()

        return self.write(held, on_done, on_error)

    def write(self, fn: Callable[[Services], T], on_done: Callable[[T], None] | None = None,
              on_error: Failed | None = None) -> Future[None] | None:
        """Queue a change to the store; jobs run one at a time, in order."""
        return self._submit(self._writer, fn, on_done, on_error)

    def read(self, fn: Callable[[Services], T], on_done: Callable[[T], None] | None = None,
             on_error: Failed | None = None) -> Future[None] | None:
        """Queue a read (a list page, a summary); never delays a save."""
        return self._submit(self._reader, fn, on_done, on_error)

    def figures(self, fn: Callable[[Services], T], on_done: Callable[[T], None] | None = None,
                on_error: Failed | None = None) -> Future[None] | None:
        """Queue a read that may take seconds (a sheet's figures); never delays other reads."""
        return self._submit(self._figures, fn, on_done, on_error)

    def network(self, fn: Callable[[Services], T], on_done: Callable[[T], None] | None = None,
                on_error: Failed | None = None) -> Future[None] | None:
        """Queue work that waits on the network (a sync run)."""
        return self._submit(self._network, fn, on_done, on_error)

    def long(self, fn: Callable[[Services, Progress, Cancelled], T],
             on_done: Callable[[T], None] | None = None, on_error: Failed | None = None,
             on_progress: Progress | None = None) -> LongJob:
        """Run ``fn(services, progress, cancelled)`` on the long-job thread.

        ``progress(done, total)`` reaches ``on_progress`` on the GUI thread, at most once per
        percent so a million rows do not flood the event loop; ``cancelled()`` turns True
        when the returned job is cancelled or the window closes.
        """
        job = LongJob()
        shown = [-1]

        def progress(done: int, total: int) -> None:
            percent = int(100 * done / total) if total else 100
            if on_progress is not None and percent != shown[0]:
                shown[0] = percent
                self._post(lambda: on_progress(done, total))

        def run(services: Services) -> T:
            return fn(services, progress, lambda: job.cancelled or self._closed)

        self._submit(self._long, run, on_done, on_error)
        return job

    def upkeep(self, fn: Callable[[Services, Cancelled], T],
               on_done: Callable[[T], None] | None = None,
               on_error: Failed | None = None) -> Future[None] | None:
        """Run ``fn(services, cancelled)`` on the upkeep thread (the day's backup).

        ``cancelled()`` turns True when the window closes: the job stops at its next look.
        """
        return self._submit(self._upkeep, lambda services: fn(services, lambda: self._closed),
                            on_done, on_error)

    def shutdown(self) -> None:
        """Finish every queued save, then close the store. Called when the window closes."""
        if self._closed:
            return
        self._closed = True  # a running export sees this at its next progress report
        for stoppable in (self._long, self._upkeep):  # both see _closed at their next look
            if stoppable is not None:
                stoppable.shutdown(wait=True, cancel_futures=True)
        if self._network is not None:
            # A sync waiting between tries stops at once; one mid-request is left behind.
            if self._services is not None:
                self._services.sync.stop()
            self._network.shutdown(wait=False)
        if not self._opened.is_set():
            # Closed before the store was ever opened (a window shown and shut at once):
            # reads waiting for it give up now instead of holding the shutdown for ever.
            self._open_error = StoreError(CLOSING)
            self._opened.set()
        for reader in (self._figures, self._reader):
            if reader is not None:
                reader.shutdown(wait=True, cancel_futures=True)
        if self._writer is not None:
            self._writer.submit(self._close_services)
            self._writer.shutdown(wait=True)
        else:
            self._close_services()

    @property
    def is_ready(self) -> bool:
        """True once the store has been opened successfully."""
        return self._services is not None

    # -- internals ----------------------------------------------------------------------

    def _submit(self, executor: Executor | None, fn: Callable[[Services], T],
                on_done: Callable[[T], None] | None,
                on_error: Failed | None) -> Future[None] | None:
        if self._closed:
            return None
        if executor is None:
            self._run_job(fn, on_done, on_error)
            return None
        return executor.submit(self._run_job, fn, on_done, on_error)

    def _services_or_raise(self) -> Services:
        if self._services is not None:
            return self._services
        if self._synchronous or _on_writer():
            self._open()
        else:
            # The readers and the other workers wait for the writer to have opened (and
            # migrated) the store.
            self._opened.wait()
        if self._open_error is not None or self._services is None:
            raise self._open_error or StoreError(UNEXPECTED)
        return self._services

    def _open(self) -> None:
        if self._opened.is_set():
            return
        try:
            self._services = self._open_services()
        except HelpdeskError as exc:
            self._open_error = exc
        except Exception as exc:  # noqa: BLE001 - a broken store must not kill the GUI
            log.exception("opening the store failed")
            self._open_error = StoreError(
                QT_TRANSLATE_NOOP("errors", "The data file cannot be opened: {reason}."),
                reason=str(exc),
            )
        finally:
            self._opened.set()
        if self._open_error is None:
            self._post(self.ready.emit)

    def _run_job(self, fn: Callable[[Services], T], on_done: Callable[[T], None] | None,
                 on_error: Failed | None) -> None:
        services: Services | None = None
        try:
            services = self._services_or_raise()
            services.changes.take()  # nothing an earlier, unannounced write left behind
            result = fn(services)
        except HelpdeskError as exc:
            # Python unbinds ``exc`` when the except block ends, and the callback runs later
            # on the GUI thread: it must close over a name of its own.
            failure = exc
            changes = services.changes.take() if services is not None else Change.NONE
            self._post(lambda: self._fail(failure, on_error, changes))
            return
        except Exception:  # noqa: BLE001 - report, keep the app alive
            log.exception("a background job failed")
            error = HelpdeskError(UNEXPECTED)
            changes = services.changes.take() if services is not None else Change.NONE
            self._post(lambda: self._fail(error, on_error, changes))
            return
        changes = services.changes.take()
        self._post(lambda: self._succeed(result, on_done, changes))

    def _succeed(self, result: T, on_done: Callable[[T], None] | None, changes: Change) -> None:
        # The callback first (it may say what to select once a list reloads), then the news.
        if on_done is not None:
            on_done(result)
        if changes:
            self.changed.emit(changes)

    def _fail(self, error: HelpdeskError, on_error: Failed | None, changes: Change) -> None:
        if on_error is not None:
            on_error(error)
        self.failed.emit(error)
        if changes:  # a sync that failed half-way may still have sent some batches
            self.changed.emit(changes)

    def _post(self, callback: Callable[[], None]) -> None:
        if self._synchronous:
            callback()
        else:
            # Emitted from a worker thread to a QObject living in the GUI thread: Qt queues it.
            self._deliver.emit(callback)

    @Slot(object)
    def _run_callback(self, callback: Callable[[], None]) -> None:
        callback()

    def _close_services(self) -> None:
        if self._services is not None:
            try:
                self._services.close()
            except Exception:  # noqa: BLE001 - closing must never lose the shutdown
                log.exception("closing the store failed")


class _DaemonWorker(Executor):
    """One daemon thread running submitted jobs in order (an executor that never blocks exit)."""

    def __init__(self, name: str) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        """Queue ``fn(*args, **kwargs)``; the Future is done when it has run."""
        future: Future[T] = Future()

        def job() -> None:
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as exc:  # noqa: BLE001 - handed to whoever waits
                future.set_exception(exc)

        self._jobs.put(job)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Run no more jobs after the current one; never waits (the thread is a daemon)."""
        self._jobs.put(None)

    def _loop(self) -> None:
        while (job := self._jobs.get()) is not None:
            job()
