"""A state machine over saves, edits, deletes, syncs to a stick, bad sticks and imports.

Desk A records and changes visits and syncs them to a CSV folder; desk B imports that
folder, and sometimes a folder with a spoiled batch in it. Whatever the order, desk B never
holds a visit A does not have, never a newer revision than A's, never the same revision with
other content, and once everything is synced and imported, B holds exactly A's visits. (Kills
are in bench/reliability.py: a killed process cannot be one step of a machine in-process.)
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from helpdesk.core.records import VisitDraft
from helpdesk.core.sync_records import TargetDraft
from helpdesk.services import Services
from helpdesk.sync.csv_format import write_batch_files
from helpdesk.sync.protocol import Batch

pytestmark = pytest.mark.slow

OUTCOMES = ("solved", "partly", "not_solved")


def _visits(db_path: Path) -> dict[str, tuple]:
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {r[0]: tuple(r[1:]) for r in conn.execute(
            "SELECT id, revision, outcome, deleted, started_at FROM visit")}
    finally:
        conn.close()


class DeskAndStick(RuleBasedStateMachine):
    """Two desks and a stick between them."""

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="helpdesk-machine-"))
        self.stick = self.root / "stick"
        self.stick.mkdir()
        self.a = Services.open(self.root / "a", daily_backup=False)
        self.b = Services.open(self.root / "b", daily_backup=False)
        for desk, name in ((self.a, "A"), (self.b, "B")):
            desk.desk.complete_first_run(language="en", desk_name=name, spot_name="Room",
                                         spot_kind="computer_room", helper_names=["Ann"])
        self.a.sync.add_target(TargetDraft(name="stick", kind="folder",
                                           folder=str(self.stick), batch_size=3))
        self.spot = self.a.desk.spots()[0].id
        self.b_own = self.b.intake.record_visit(VisitDraft(  # B's own: no stick may change it
            session_id=None, spot_id=self.b.desk.spots()[0].id, staff_id=None,
            question_types=("email",), outcome="solved")).id
        self.ids: list[str] = []
        self.minute = 0

    @rule(outcome=st.sampled_from(OUTCOMES))
    def save(self, outcome):
        self.minute += 1
        started = datetime(2026, 11, 2, 9, tzinfo=timezone.utc) + timedelta(minutes=self.minute)
        visit = self.a.intake.record_visit(VisitDraft(
            session_id=None, spot_id=self.spot, staff_id=None, question_types=("email",),
            outcome=outcome, started_at=started))
        self.ids.append(visit.id)

    @precondition(lambda self: self.ids)
    @rule(n=st.integers(0, 1000), outcome=st.sampled_from(OUTCOMES))
    def edit(self, n, outcome):
        visit = self.a.intake.get_visit(self.ids[n % len(self.ids)])
        if not visit.deleted:
            self.a.intake.update_visit(visit.id, replace(visit.as_draft(), outcome=outcome),
                                       expected_revision=visit.revision)

    @precondition(lambda self: self.ids)
    @rule(n=st.integers(0, 1000))
    def delete_or_restore(self, n):
        visit = self.a.intake.get_visit(self.ids[n % len(self.ids)])
        (self.a.intake.restore_visit if visit.deleted else self.a.intake.delete_visit)(visit.id)

    @rule()
    def sync(self):
        self.a.sync.run()

    @rule()
    def import_stick(self):
        self.b.sync.import_batches(self.stick)

    @precondition(lambda self: self.ids)
    @rule(n=st.integers(0, 1000), kind=st.sampled_from(["time", "conflict", "own"]))
    def import_a_spoiled_stick(self, n, kind):
        """A batch with an impossible time, a conflicting copy, or B's own record rewritten."""
        bad = self.root / "bad"
        shutil.rmtree(bad, ignore_errors=True)
        bad.mkdir()
        from helpdesk.store.engine import reading
        from helpdesk.sync.outbox import read_wire_records

        source = self.b if kind == "own" else self.a
        pick = self.ids[n % len(self.ids)] if source is self.a else self.b_own
        with reading(source.engine) as db:
            records = read_wire_records(db, "visit", [pick], include_notes=False)
        before = _visits(self.b.data_dir / "helpdesk.db")
        if not records or (kind == "conflict" and
                           before.get(pick, (None,))[0] != records[0]["revision"]):
            # A changed copy B has not got yet is a forgery, not a conflict: without signed
            # batches the first copy in wins (docs/reliability.md says so).
            return
        record = records[0]
        if kind == "time":
            record = dict(record, started_at="2026-11-31T25:61:61.000000Z")
        elif kind == "conflict":
            record = dict(record, outcome="referred", referral="legal_aid")
        else:
            record = dict(record, revision=record["revision"] + 50, deleted=True)
        write_batch_files(bad, Batch(f"bad-{self.minute}-{n}", record["desk_id"], "visit",
                                     [record]))
        report = self.b.sync.import_batches(bad)
        assert report.stored == 0 and len(report.unreadable) == 1  # set aside, said so
        assert _visits(self.b.data_dir / "helpdesk.db") == before

    @invariant()
    def b_never_ahead_of_a(self):
        a = _visits(self.a.data_dir / "helpdesk.db")
        b = _visits(self.b.data_dir / "helpdesk.db")
        for visit_id, (revision, *rest) in b.items():
            if visit_id == self.b_own:
                assert revision == 1 and not rest[1]
                continue
            assert visit_id in a
            assert revision <= a[visit_id][0]
            if revision == a[visit_id][0]:
                assert (revision, *rest) == a[visit_id]

    def teardown(self):
        try:
            self.a.sync.run()
            self.b.sync.import_batches(self.stick)
            a = _visits(self.a.data_dir / "helpdesk.db")
            b = _visits(self.b.data_dir / "helpdesk.db")
            assert b.pop(self.b_own)[0] == 1
            assert b == a
        finally:
            self.a.close()
            self.b.close()
            shutil.rmtree(self.root, ignore_errors=True)


DeskAndStick.TestCase.settings = settings(
    max_examples=8, stateful_step_count=12, deadline=None, database=None, derandomize=True,
    phases=[Phase.explicit, Phase.generate],  # no shrinking: minutes per step on stores
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
test_desk_and_stick = DeskAndStick.TestCase
