"""One sync run for one target: re-send what is in flight, then freeze and send the rest.

Order of work, chosen so that a crash anywhere loses nothing and doubles nothing:
1. batches built earlier and never acknowledged (a crash, a lost answer) go first, as they
   were, under the same id — the receiver recognises them;
2. then new batches, spots before sessions before visits, each committed to the outbox
   *before* it is sent;
3. on a run someone asked for, the batches a receiver refused are offered once more.
A passing problem is retried with backoff; after the last try, or on a problem that needs a
person (a wrong token), the run for this target stops and everything left stays waiting.
"""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Protocol

from sqlalchemy import Engine, update

from helpdesk.core.errors import BatchRefused, RetryLater, StopTarget, SyncProblem
from helpdesk.store.engine import reading, writing
from helpdesk.store.models import sync_target_table
from helpdesk.sync.backoff import RetryPolicy
from helpdesk.sync.outbox import (
    build_batch,
    count_attempt,
    load_batch,
    mark_acknowledged,
    set_batch_aside,
    stored_batches,
)
from helpdesk.sync.protocol import RECORD_TYPES, Ack, Batch

# wait(seconds) -> True when the run was cancelled meanwhile (threading.Event.wait's sense).
Wait = Callable[[float], bool]
Progress = Callable[[str, int], None]


class Transport(Protocol):
    """Where a runner sends batches: the hub over HTTP, or a folder."""

    def send(self, batch: Batch) -> Ack:
        """Deliver one batch; its Ack, or RetryLater / BatchRefused / StopTarget."""
        ...


class Cancelled(Exception):
    """The run was asked to stop (the app is closing); what was acknowledged is kept."""


@dataclass(frozen=True)
class TargetPlan:
    """What the runner needs to know of a target."""

    id: str
    name: str
    include_notes: bool
    batch_size: int


@dataclass
class TargetRun:
    """What a run did for one target."""

    sent: int = 0
    already_had: int = 0
    problems: list[SyncProblem] = field(default_factory=list)
    stopped_by: SyncProblem | None = None


@dataclass
class Runner:
    """Runs sync for one target over one transport."""

    engine: Engine
    desk_id: str
    target: TargetPlan
    transport: Transport
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    wait: Wait = lambda seconds: False  # noqa: E731 - tests never sleep
    rand: random.Random = field(default_factory=random.Random)
    progress: Progress | None = None
    cancelled: Callable[[], bool] = lambda: False  # noqa: E731

    def run(self, *, manual: bool) -> TargetRun:
        """Send everything the target still needs; records the outcome on the target."""
        result = TargetRun()
        try:
            self._send_stored(result, set_aside=False)
            for record_type in RECORD_TYPES:
                self._send_new(record_type, result)
            if manual:
                self._send_stored(result, set_aside=True)
        except (StopTarget, RetryLater) as problem:
            result.stopped_by = problem
        except Cancelled:
            return result
        self._record_outcome(result)
        return result

    # -- internals ---------------------------------------------------------------------

    def _send_stored(self, result: TargetRun, *, set_aside: bool) -> None:
        with reading(self.engine) as db:
            batch_ids = stored_batches(db, self.target.id, set_aside=set_aside)
        for batch_id in batch_ids:
            self._check_cancelled()
            with reading(self.engine) as db:
                batch = load_batch(db, batch_id, self.desk_id)
            if self._settle(batch, self._transmit(batch), result):
                with writing(self.engine) as db:
                    mark_acknowledged(db, self.target.id, batch)

    def _send_new(self, record_type: str, result: TargetRun) -> None:
        # While one batch is on the wire, one transaction marks the batch before it sent and
        # freezes the batch after it: one durable commit per batch, and the desk's database
        # work overlaps the receiver's. At most one batch is in flight; each is frozen before
        # it is sent and marked sent only after its acknowledgement.
        with writing(self.engine) as db:
            batch = self._freeze(db, record_type, after=None)
        acknowledged: Batch | None = None
        try:
            while batch is not None:
                self._check_cancelled()
                sending = _Sending(self._transmit, batch)
                with writing(self.engine) as db:
                    if acknowledged is not None:
                        mark_acknowledged(db, self.target.id, acknowledged)
                    following = self._freeze(db, record_type, after=batch.records[-1]["id"])
                acknowledged = None
                if self._settle(batch, sending.result(), result):
                    acknowledged = batch
                batch = following
        finally:
            if acknowledged is not None:  # the last batch, or the run stopped after it
                with writing(self.engine) as db:
                    mark_acknowledged(db, self.target.id, acknowledged)

    def _freeze(self, db, record_type: str, *, after: str | None) -> Batch | None:
        """The next pending batch of a type, frozen into the outbox (in ``db``'s transaction)."""
        return build_batch(db, self.target.id, self.desk_id, record_type,
                           include_notes=self.target.include_notes,
                           size=self.target.batch_size, after_id=after)

    def _transmit(self, batch: Batch):
        """Send one batch, trying again after passing problems: its Ack, or BatchRefused."""
        for attempt in range(self.policy.attempts):
            try:
                return self.transport.send(batch)
            except RetryLater as problem:
                with writing(self.engine) as db:
                    count_attempt(db, batch.batch_id)
                delay = self.policy.delay(attempt, problem.retry_after, self.rand)
                if attempt + 1 >= self.policy.attempts or delay is None:
                    raise
                if self.wait(delay):
                    raise Cancelled() from None
            except BatchRefused as problem:
                return problem
        raise AssertionError("unreachable")  # pragma: no cover - attempts is at least 1

    def _settle(self, batch: Batch, outcome, result: TargetRun) -> bool:
        """Count what became of a batch: True when it was acknowledged (the caller marks its
        records sent), False when the receiver refused it and it was set aside."""
        if isinstance(outcome, BatchRefused):
            with writing(self.engine) as db:
                set_batch_aside(db, batch.batch_id, str(outcome.args_.get("reason", "")))
            result.problems.append(outcome)
            return False
        result.sent += len(outcome.stored)
        result.already_had += len(outcome.already_had)
        if self.progress is not None:
            self.progress(self.target.name, result.sent + result.already_had)
        return True

    def _check_cancelled(self) -> None:
        if self.cancelled():
            raise Cancelled()

    def _record_outcome(self, result: TargetRun) -> None:
        now = datetime.now(timezone.utc)
        problem = result.stopped_by or (result.problems[-1] if result.problems else None)
        values: dict = {"last_problem": "", "last_problem_args": "", "last_problem_at": None}
        if problem is not None:
            values = {"last_problem": problem.message,
                      "last_problem_args": json.dumps(problem.args_, ensure_ascii=False),
                      "last_problem_at": now}
        if result.stopped_by is None:
            values["last_success_at"] = now
        with writing(self.engine) as db:
            db.execute(update(sync_target_table)
                       .where(sync_target_table.c.id == self.target.id).values(**values))


class _Sending:
    """One batch on its way, on a daemon thread: a process that is closing (or killed) never
    waits for a stalled connection, and the batch, frozen in the outbox, goes next time."""

    def __init__(self, fn, batch: Batch) -> None:
        self._outcome = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(fn, batch),
                                        name="helpdesk-send", daemon=True)
        self._thread.start()

    def _run(self, fn, batch: Batch) -> None:
        try:
            self._outcome = fn(batch)
        except BaseException as exc:  # noqa: BLE001 - handed over in result()
            self._error = exc

    def result(self):
        """What the send gave (an Ack or a BatchRefused); re-raises what it raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._outcome
