"""Sync for the GUI and the command line: targets, status, runs and imports, as plain data.

A run holds a lock on the data folder, so the GUI and ``helpdesk sync`` never send at the
same time; a second request while one runs returns at once with ``skipped``. Runs wait
between tries on an event, so closing the app stops a waiting run straight away.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select, update

from helpdesk.core.access import SignedIn
from helpdesk.core.changes import Change, ChangeLog, announces
from helpdesk.core.constants import DB_FILENAME
from helpdesk.core.errors import QT_TRANSLATE_NOOP, InputError, SyncProblem
from helpdesk.core.sync_records import (
    ImportReport,
    SyncProblemInfo,
    SyncReport,
    SyncStatus,
    SyncTarget,
    TargetDraft,
)
from helpdesk.services import audit
from helpdesk.store.backups import make_backup
from helpdesk.store.engine import reading, writing
from helpdesk.services.visitors import KEY_OTHER, adopt_network_key
from helpdesk.store.models import desk_table, sync_target_table
from helpdesk.sync import targets as target_store
from helpdesk.sync.backoff import RetryPolicy
from helpdesk.sync.desk_import import import_batches
from helpdesk.sync.desk_key import desk_signing_key
from helpdesk.sync.folder_transport import FolderTransport
from helpdesk.sync.lock import SyncLock
from helpdesk.sync.outbox import (
    forget_target,
    unacknowledged,
    waiting_count,
    waiting_for_any,
)
from helpdesk.sync.runner import Runner, TargetPlan

if TYPE_CHECKING:  # httpx is imported when a target is reached, not when the store opens
    from helpdesk.sync.http_transport import HttpTransport

AUTOMATIC_ATTEMPTS = 2
KEY_REFUSED = QT_TRANSLATE_NOOP(
    "errors", "{target} hands out the network's key for visitor codes, but visits here "
              "already carry codes made with this desk's own key, so the desk keeps its own "
              "and its people are not counted with the network's (see docs/hub.md).")
NOT_SET_UP = QT_TRANSLATE_NOOP("errors", "This desk is not set up yet; finish the first steps "
                                         "first.")


def _described(target: SyncTarget) -> dict[str, object]:
    """A target as the audit trail records it: never its token."""
    return {"name": target.name, "kind": target.kind, "url": target.url,
            "folder": target.folder, "include_notes": target.include_notes,
            "send_csv": target.send_csv, "batch_size": target.batch_size}


class SyncService:
    """Targets, sync runs and imports over one store."""

    def __init__(self, engine: Engine, data_dir: Path, *, policy: RetryPolicy | None = None,
                 timeout=None, verify=True, changes: ChangeLog | None = None,
                 signed_in: SignedIn | None = None, key: bytes | None = None) -> None:
        self.changes = changes or ChangeLog()
        self._key = key  # a protected store's backups are encrypted with its key
        self._signed_in = signed_in or SignedIn()
        self._engine = engine
        self._data_dir = Path(data_dir)
        self.policy = policy or RetryPolicy()
        self.timeout = timeout  # None: the HTTP transport's own DEFAULT_TIMEOUT
        self.verify = verify
        self._stop = threading.Event()
        # How runs pause between tries: True when stopped meanwhile. Tests swap in a fake.
        self.wait: Callable[[float], bool] = self._stop.wait

    # -- targets -----------------------------------------------------------------------

    def targets(self) -> list[SyncTarget]:
        """Every target with how many records it still needs (tokens not included)."""
        with reading(self._engine) as db:
            return [target_store.to_target(row, waiting_count(db, row.id))
                    for row in target_store.read_targets(db)]

    @announces(Change.SYNC)
    def add_target(self, draft: TargetDraft) -> SyncTarget:
        """Check and store a new target."""
        self._signed_in.require("settings")
        with writing(self._engine) as db:
            target_id = target_store.add_target(db, draft)
            target = target_store.to_target(target_store.read_target(db, target_id))
            audit.append(db, self._signed_in, "target added", target_id, **_described(target))
            return target

    @announces(Change.SYNC)
    def update_target(self, target_id: str, draft: TargetDraft) -> SyncTarget:
        """Change a target; a draft with token None keeps the stored token."""
        self._signed_in.require("settings")
        with writing(self._engine) as db:
            before = _described(target_store.to_target(target_store.read_target(db, target_id)))
            target_store.update_target(db, target_id, draft)
            target = target_store.to_target(target_store.read_target(db, target_id))
            after = _described(target)
            changed = {k: {"before": before[k], "after": v} for k, v in after.items()
                       if before[k] != v}
            audit.append(db, self._signed_in, "target changed", target_id,
                         name=target.name, changed=changed,
                         token_changed=draft.token is not None)
            return target

    @announces(Change.SYNC)
    def remove_target(self, target_id: str) -> None:
        """Forget a target and what it acknowledged; the records themselves stay."""
        self._signed_in.require("settings")
        with writing(self._engine) as db:
            row = target_store.read_target(db, target_id)
            forget_target(db, target_id)
            audit.append(db, self._signed_in, "target removed", target_id, name=row.name)
            db.execute(target_store.sync_target_table.delete()
                       .where(target_store.t.id == target_id))

    def test_target(self, draft: TargetDraft, target_id: str | None = None) -> None:
        """Try the target as typed (the stored token if none typed); a SyncProblem if it fails."""
        with reading(self._engine) as db:
            values = target_store.checked_values(db, draft, target_id, folder_must_exist=False)
            # no token typed: checked_values refused that for a target not yet saved
            if values["kind"] == "http" and "token" not in values and target_id is not None:
                values["token"] = target_store.read_target(db, target_id).token
        transport = self._transport(values)
        try:
            transport.check()
        finally:
            transport.close()

    # -- status ------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        """Records waiting, the last successful sync and the last problem still standing."""
        with reading(self._engine) as db:
            rows = target_store.read_targets(db)
            waiting = waiting_for_any(db, [r.id for r in rows])
        succeeded = [r for r in rows if r.last_success_at is not None]
        last = max(succeeded, key=lambda r: r.last_success_at, default=None)
        troubled = [r for r in rows if r.last_problem]
        worst = max(troubled, key=lambda r: r.last_problem_at, default=None)
        problem = None
        if worst is not None:
            target = target_store.to_target(worst)
            problem = SyncProblemInfo(target=target.name, message=target.last_problem,
                                      args=target.last_problem_args, at=target.last_problem_at)
        return SyncStatus(targets=len(rows), waiting=waiting,
                          last_success_at=last.last_success_at if last else None,
                          last_success_target=last.name if last else "", problem=problem)

    # -- runs --------------------------------------------------------------------------

    def run(self, target_name: str | None = None, *, manual: bool = True,
            progress=None) -> SyncReport:
        """Send what is waiting, to one target or to all; ``skipped`` if a sync is running."""
        if manual:  # the desk's own timed sync runs whoever is signed in
            self._signed_in.require("sync")
        lock = SyncLock(self._data_dir)
        if not lock.acquire():
            return SyncReport(skipped=True)
        try:
            report = self._run_locked(target_name, manual, progress)
            if manual or report.sent or report.problems:  # not every quiet timed run
                with writing(self._engine) as db:
                    audit.append(db, self._signed_in, "sync run", None, sent=report.sent,
                                 targets=list(report.targets), problems=len(report.problems),
                                 manual=manual)
            return report
        finally:
            lock.release()
            # Even a run that failed half-way may have sent batches: the counts moved.
            self.changes.note(Change.SYNC)

    def stop(self) -> None:
        """Make a running sync stop at its next pause (the app is closing)."""
        self._stop.set()

    def _run_locked(self, target_name, manual, progress) -> SyncReport:
        with reading(self._engine) as db:
            desk_id = db.scalar(select(desk_table.c.id).limit(1))
            if desk_id is None:
                raise InputError(NOT_SET_UP)
            rows = ([target_store.find_target(db, target_name)] if target_name
                    else target_store.read_targets(db))
        sent = already = 0
        problems = []
        for row in rows:
            if self._stop.is_set():
                break
            transport = self._transport(row._mapping, desk_signing_key(self._engine))
            if isinstance(transport, FolderTransport):
                transport.remove_leftovers(self._unacknowledged)
            # An automatic run comes back in a few minutes anyway: it tries each batch twice,
            # not five times, so an offline laptop does not keep knocking for long.
            policy = self.policy if manual else replace(
                self.policy, attempts=min(AUTOMATIC_ATTEMPTS, self.policy.attempts))
            key_refused = False
            try:
                outcome = Runner(
                    engine=self._engine, desk_id=desk_id,
                    target=TargetPlan(row.id, row.name, bool(row.include_notes), row.batch_size),
                    transport=transport, policy=policy, wait=self.wait,
                    progress=progress, cancelled=self._stop.is_set).run(manual=manual)
                # The other kind is HTTP (not imported here: httpx loads only when syncing).
                if not isinstance(transport, FolderTransport) and outcome.stopped_by is None:
                    key_refused = self._take_network_key(transport, row)
            finally:
                transport.close()
            sent += outcome.sent
            already += outcome.already_had
            for problem in ([outcome.stopped_by] if outcome.stopped_by else []) + \
                    outcome.problems:
                problems.append(SyncProblemInfo(target=row.name, message=problem.message,
                                                args=dict(problem.args_)))
            if key_refused:
                problems.append(SyncProblemInfo(target=row.name, message=KEY_REFUSED,
                                                args={"target": row.name}))
        with reading(self._engine) as db:
            waiting = waiting_for_any(db, [r.id for r in rows])
        return SyncReport(sent=sent, already_had=already, waiting=waiting,
                          targets=tuple(r.name for r in rows), problems=tuple(problems))

    def _take_network_key(self, transport: HttpTransport, row) -> bool:
        """Ask the hub for the network's visitor key and adopt it; True when refused because
        visits here carry codes under the desk's own key (the target's status then says so,
        unless the run left a problem of its own standing)."""
        try:
            key = transport.visitor_key()
        except SyncProblem:
            return False  # asked again at the next run
        if key is None:
            return False  # a hub from before network keys: the desk keeps its own
        if adopt_network_key(self._engine, self._signed_in, key, row.name) != KEY_OTHER:
            return False
        with writing(self._engine) as db:
            db.execute(update(sync_target_table)
                       .where(sync_target_table.c.id == row.id,
                              sync_target_table.c.last_problem == "")
                       .values(last_problem=KEY_REFUSED,
                               last_problem_args=json.dumps({"target": row.name}),
                               last_problem_at=datetime.now(timezone.utc)))
        return True

    def _unacknowledged(self, batch_ids: set[str]) -> set[str]:
        with reading(self._engine) as db:
            return unacknowledged(db, batch_ids)

    def _transport(self, values, signing_key: bytes | None = None):
        # The private key signs folder batches; a hub learns the public half with the token.
        from helpdesk.sync.signing import public_key_text  # cryptography: only when syncing

        if values["kind"] == "http":
            from helpdesk.sync.http_transport import DEFAULT_TIMEOUT, HttpTransport

            return HttpTransport(values["name"], values["url"], values["token"],
                                 send_csv=bool(values["send_csv"]),
                                 timeout=DEFAULT_TIMEOUT if self.timeout is None
                                 else self.timeout,
                                 verify=self.verify,
                                 desk_key=public_key_text(signing_key) if signing_key else "")
        return FolderTransport(values["name"], values["folder"], signing_key)

    def desk_key_line(self) -> str:
        """``hdk1.<desk id>.<public key>``: for the coordinator to register with the hub."""
        with reading(self._engine) as db:
            desk_id = db.scalar(select(desk_table.c.id).limit(1))
        if desk_id is None:
            raise InputError(NOT_SET_UP)
        from helpdesk.sync.signing import key_line, public_key_text

        return key_line(desk_id, public_key_text(desk_signing_key(self._engine)))

    # -- import ------------------------------------------------------------------------

    @announces(Change.VISITS | Change.SYNC)
    def import_batches(self, path: Path) -> ImportReport:
        """Merge CSV batches (a folder, or one file) from other desks into this store.

        A checked backup is made first: an import changes many records at once.
        """
        make_backup(self._data_dir / DB_FILENAME, "before-import", key=self._key)
        return import_batches(self._engine, Path(path))
