"""Changes are announced by the writes that made them, through one place (Tasks.changed)."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from ui_support import click

from helpdesk.core.changes import Change, ChangeLog
from helpdesk.core.records import VisitFilter
from helpdesk.core.sync_records import TargetDraft
from helpdesk.ui.intake_screen import IntakeScreen
from helpdesk.ui.visits_screen import VisitsScreen


def test_a_visit_saved_on_intake_shows_in_the_visits_list_without_being_told(
        ctx, tasks, ready_services, qtbot):
    """No screen emits visits_changed by hand: the save itself announces it."""
    intake, visits = IntakeScreen(ctx, tasks), VisitsScreen(ctx, tasks)
    for widget in (intake, visits):
        qtbot.addWidget(widget)
    assert visits.model.rowCount() == 0
    qtbot.keyClicks(intake.form.questions.filter, "itsme")
    qtbot.keyClick(intake.form.questions.filter, Qt.Key.Key_Return)
    with qtbot.waitSignal(tasks.changed) as announced:
        click(qtbot, intake.form.outcome.button("solved"))  # choosing the outcome saves
    assert announced.args == [Change.VISITS]
    assert visits.model.rowCount() == 1


def test_a_removed_target_is_announced_as_a_sync_change(ctx, tasks, ready_services, qtbot,
                                                        tmp_path):
    """Removing a target (a write of the sync service) tells the sync screens, once."""
    target = ready_services.sync.add_target(TargetDraft(name="stick", kind="folder",
                                                        folder=str(tmp_path)))
    ready_services.changes.take()  # the add above ran outside Tasks
    heard: list[str] = []
    ctx.sync_changed.connect(lambda: heard.append("sync"))
    ctx.visits_changed.connect(lambda: heard.append("visits"))
    tasks.write(lambda s: s.sync.remove_target(target.id))
    assert heard == ["sync"]


def test_a_read_or_a_refused_write_announces_nothing(ctx, tasks, ready_services, qtbot):
    """Only what a write really changed is announced: not a read, not a write that failed."""
    announced: list[Change] = []
    tasks.changed.connect(announced.append)
    tasks.read(lambda s: s.visits.page(VisitFilter(), limit=10))
    tasks.write(lambda s: s.intake.delete_visit("no-such-visit"))
    assert announced == []


def test_each_thread_keeps_its_own_changes():
    """A sync on the network thread never hands its change to a save on the writer."""
    log = ChangeLog()
    log.note(Change.VISITS)
    other: list[Change] = []

    def network() -> None:
        log.note(Change.SYNC)
        other.append(log.take())

    worker = threading.Thread(target=network)
    worker.start()
    worker.join()
    assert other == [Change.SYNC]
    assert log.take() == Change.VISITS
    assert log.take() == Change.NONE
