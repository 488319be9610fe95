"""Sync in the GUI: targets in Settings, the status bar, the Sync column of the Visits list."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sync_support import add_visits
from ui_support import click

from helpdesk.core.records import VisitFilter
from helpdesk.core.sync_records import TargetDraft
from helpdesk.ui.sync_status import SyncStatusBar
from helpdesk.ui.visits_model import SYNC, VisitsTableModel


@pytest.fixture
def settings(settings_screen):
    return settings_screen


@pytest.fixture
def bar(ctx, tasks, qtbot):
    tasks.start()  # the store is open, as it is by the time the main window is up
    widget = SyncStatusBar(ctx, tasks, automatic=False)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_folder_target_is_added_with_the_keyboard(ready_services, settings, tmp_path, qtbot):
    """Add…, type a name, pick Folder, type the path, Save: it is stored and listed."""
    stick = tmp_path / "stick"
    stick.mkdir()
    box = settings.sync_targets
    click(qtbot, box.add_button)
    dialog = box.dialog
    qtbot.keyClicks(dialog.name, "USB stick")
    dialog.folder_choice.click()
    qtbot.keyClicks(dialog.folder, str(stick))
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert not dialog.isVisible()
    assert [t.name for t in ready_services.sync.targets()] == ["USB stick"]
    assert box.list.count() == 1 and "USB stick" in box.list.item(0).text()


def test_bad_input_is_said_next_to_its_field(settings, qtbot):
    """A hub without address or token: one sentence next to the address, nothing saved."""
    box = settings.sync_targets
    click(qtbot, box.add_button)
    dialog = box.dialog
    qtbot.keyClicks(dialog.name, "Hub")
    qtbot.keyClicks(dialog.url, "http://hub.example.org")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert dialog.isVisible()
    assert "https://" in dialog.errors["url"].text() and dialog.errors["url"].isVisible()


def test_a_saved_token_is_never_shown_back(ready_services, settings, qtbot):
    """Editing a hub target: the token field is empty, says a token is saved, and keeps it."""
    ready_services.sync.add_target(TargetDraft(name="Hub", kind="http",
                                               url="https://hub.example.org", token="s3cret"))
    box = settings.sync_targets
    box.reload()
    box.list.setCurrentRow(0)
    click(qtbot, box.edit_button)
    dialog = box.dialog
    assert dialog.token.text() == "" and "Saved" in dialog.token.placeholderText()
    assert dialog.token.echoMode() == dialog.token.EchoMode.Password
    assert "s3cret" not in repr(box.current())
    dialog.name.setText("Hub Brussel")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    from sqlalchemy import select

    from helpdesk.store.models import sync_target_table

    with ready_services.engine.connect() as conn:
        row = conn.execute(select(sync_target_table)).one()
    assert (row.name, row.token) == ("Hub Brussel", "s3cret")


def test_test_connection_says_how_it_went(ready_services, settings, tmp_path, qtbot):
    """A folder that is there works; once gone, the sentence says to plug the stick in."""
    stick = tmp_path / "stick"
    stick.mkdir()
    ready_services.sync.add_target(TargetDraft(name="Stick", kind="folder", folder=str(stick)))
    box = settings.sync_targets
    box.reload()
    box.list.setCurrentRow(0)
    click(qtbot, box.test_button)
    assert "works" in box.result.text() and box.result.isVisible()
    stick.rmdir()
    click(qtbot, box.test_button)
    assert "USB stick" in box.error.text() and box.error.isVisible()


def test_remove_asks_first_and_keeps_the_visits(ready_services, settings, tmp_path, qtbot,
                                                monkeypatch):
    """Remove asks; Cancel keeps the target, Remove drops it; the visits stay."""
    add_visits(ready_services, 2)
    ready_services.sync.add_target(TargetDraft(name="Stick", kind="folder",
                                               folder=str(tmp_path)))
    box = settings.sync_targets
    box.reload()
    box.list.setCurrentRow(0)
    answers = iter([QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.DestructiveRole])

    def fake_exec(message_box):
        role = next(answers)
        next(b for b in message_box.buttons() if message_box.buttonRole(b) == role).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    click(qtbot, box.remove_button)
    assert len(ready_services.sync.targets()) == 1
    click(qtbot, box.remove_button)
    assert ready_services.sync.targets() == [] and box.list.count() == 0
    assert len(ready_services.visits.page(VisitFilter())) == 2


def test_the_status_bar_shows_waiting_last_sync_and_the_problem(ready_services, bar, ctx,
                                                                tmp_path, qtbot):
    """No target, then records waiting, then "Sync now" clears them; a problem in one line."""
    assert "no sync target" in bar.summary.full_text() and not bar.sync_button.isEnabled()
    add_visits(ready_services, 3)
    stick = tmp_path / "stick"
    stick.mkdir()
    ready_services.sync.add_target(TargetDraft(name="Stick", kind="folder", folder=str(stick)))
    ctx.sync_changed.emit()
    assert any(f"4 {words} to send" in bar.summary.full_text()  # plural forms come from the .qm
               for words in ("visits or sessions", "visit(s) or session(s)"))
    assert bar.sync_button.isEnabled()
    click(qtbot, bar.sync_button)
    assert "Nothing waiting" in bar.summary.full_text() and "to Stick" in bar.summary.full_text()
    assert not bar.problem.isVisible()
    shutil.rmtree(stick)
    add_visits(ready_services, 1, start=10)
    click(qtbot, bar.sync_button)
    assert bar.problem.isVisible() and "USB stick" in bar.problem.full_text()
    assert bar.problem.toolTip() == bar.problem.full_text()


def test_a_click_while_a_sync_runs_does_nothing(ready_services, ctx, qtbot, tmp_path):
    """One sync at a time: the second request is dropped, not queued."""
    from helpdesk.ui.tasks import Tasks

    started = []

    class Recorder(Tasks):
        def network(self, fn, on_done=None, on_error=None):
            started.append(fn)  # never finishes: the run is "still going"

    tasks = Recorder(lambda: ready_services, synchronous=True)
    ready_services.sync.add_target(TargetDraft(name="Stick", kind="folder",
                                               folder=str(tmp_path)))
    widget = SyncStatusBar(ctx, tasks, automatic=False)
    qtbot.addWidget(widget)
    widget.sync_now()
    widget.sync_now()
    assert len(started) == 1 and widget.is_running
    assert not widget.sync_button.isEnabled()


def test_the_visits_list_has_a_sync_column(ready_services, ctx, tasks, tmp_path, qtbot):
    """Waiting before the run, Sent after it."""
    add_visits(ready_services, 2)
    ready_services.sync.add_target(TargetDraft(name="Stick", kind="folder",
                                               folder=str(tmp_path)))
    model = VisitsTableModel(ctx, tasks)
    model.fetchMore()
    assert model.headerData(SYNC, Qt.Orientation.Horizontal) == "Sync"
    assert {model.data(model.index(r, SYNC)) for r in range(2)} == {"Waiting"}
    ready_services.sync.run()
    model.reload()
    assert {model.data(model.index(r, SYNC)) for r in range(2)} == {"Sent"}


def test_runs_start_by_themselves_once_the_store_is_open(ready_services, ctx, tasks, tmp_path,
                                                         qtbot, monkeypatch):
    """Automatic sync: a first run soon after start, without anyone clicking."""
    from helpdesk.ui import sync_status

    monkeypatch.setattr(sync_status, "FIRST_RUN_MS", 10)
    monkeypatch.setattr(sync_status, "EVERY_MS", 50)
    add_visits(ready_services, 2)
    ready_services.sync.add_target(TargetDraft(name="Stick", kind="folder",
                                               folder=str(tmp_path)))
    tasks.start()
    widget = SyncStatusBar(ctx, tasks)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: ready_services.sync.status().waiting == 0, timeout=5000)
    assert list(tmp_path.glob("*.manifest.json"))


@pytest.mark.slow
def test_a_stalled_hub_holds_up_neither_saves_nor_reads(ready_services, ctx, sqlite_hub, qtbot):
    """While a sync hangs on the network, a visit is saved and the list is read."""
    from sync_support import MisbehavingReceiver

    from helpdesk.ui.tasks import Tasks

    add_visits(ready_services, 2)
    tasks = Tasks(lambda: ready_services)  # real threads, as in the app
    saved, listed = [], []
    with MisbehavingReceiver(sqlite_hub, stall_seconds=120) as receiver:
        ready_services.sync.add_target(TargetDraft(name="Hub", kind="http", url=receiver.url,
                                                   token="good-token"))
        receiver.script.append("stall_before")
        tasks.start()
        qtbot.waitUntil(lambda: tasks.is_ready, timeout=10000)
        bar = SyncStatusBar(ctx, tasks, automatic=False)
        qtbot.addWidget(bar)
        qtbot.waitUntil(lambda: bar.sync_button.isEnabled(), timeout=10000)
        bar.sync_now()
        assert receiver.stalling.wait(30)
        spot = ready_services.desk.spots()[0].id
        from helpdesk.core.records import VisitDraft

        tasks.write(lambda s: s.intake.record_visit(VisitDraft(
            session_id=None, spot_id=spot, staff_id=None, question_types=("email",),
            outcome="solved")), saved.append)
        tasks.read(lambda s: s.visits.page(VisitFilter()), listed.append)
        qtbot.waitUntil(lambda: bool(saved and listed), timeout=30000)
        assert bar.is_running and not receiver.release.is_set()  # the sync is still stuck
        receiver.release.set()
        qtbot.waitUntil(lambda: not bar.is_running, timeout=30000)
    tasks.shutdown()


def test_the_visits_screen_follows_a_sync_run(ready_services, ctx, tasks, tmp_path, qtbot):
    """After a run (sync_changed), the Visits screen shows the new states by itself."""
    from helpdesk.ui.visits_screen import VisitsScreen

    add_visits(ready_services, 1)
    ready_services.sync.add_target(TargetDraft(name="Stick", kind="folder",
                                               folder=str(tmp_path)))
    screen = VisitsScreen(ctx, tasks)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert screen.model.data(screen.model.index(0, SYNC)) == "Waiting"
    ready_services.sync.run()
    ctx.sync_changed.emit()
    qtbot.waitUntil(lambda: screen.model.data(screen.model.index(0, SYNC)) == "Sent")


def test_a_failure_on_a_worker_thread_reaches_its_error_callback(ready_services, qtbot):
    """With real threads, a job's HelpdeskError arrives on the GUI thread (e.g. a failed test
    of a folder that is not there)."""
    from helpdesk.ui.tasks import Tasks

    tasks = Tasks(lambda: ready_services)
    tasks.start()
    qtbot.waitUntil(lambda: tasks.is_ready, timeout=10000)
    errors = []
    draft = TargetDraft(name="Stick", kind="folder", folder="/no/such/folder")
    tasks.network(lambda s: s.sync.test_target(draft), None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "USB stick" in errors[0].sentence()
    tasks.shutdown()


def test_a_target_added_from_the_command_line_shows_without_a_restart(ready_services, bar,
                                                                       tmp_path, qtbot):
    """A target added by another process is picked up by the status bar's next look."""
    assert "no sync target" in bar.summary.full_text()
    stick = tmp_path / "stick"
    stick.mkdir()
    # As `helpdesk target add` does in another process: nothing in this app is told.
    ready_services.sync.add_target(TargetDraft(name="Stick", kind="folder", folder=str(stick)))
    ready_services.changes.take()
    assert "no sync target" in bar.summary.full_text()
    assert bar._poll_timer.isActive()
    bar._poll_timer.timeout.emit()  # a minute later
    assert "to send" in bar.summary.full_text() and bar.sync_button.isEnabled()


def test_a_problem_cut_for_room_is_read_whole_from_details(ready_services, bar, ctx, tmp_path,
                                                           qtbot):
    """In a narrow status line the problem ends in "…"; "Details…" shows the whole sentence."""
    stick = tmp_path / "stick"
    stick.mkdir()
    ready_services.sync.add_target(TargetDraft(name="Stick", kind="folder", folder=str(stick)))
    shutil.rmtree(stick)
    add_visits(ready_services, 1)
    ctx.sync_changed.emit()
    click(qtbot, bar.sync_button)
    bar.resize(420, bar.height())
    qtbot.waitUntil(lambda: bar.problem.is_elided(), timeout=2000)
    sentence = bar.problem.full_text()
    qtbot.waitUntil(bar.details_button.isVisible, timeout=2000)
    click(qtbot, bar.details_button)
    assert bar.details_box is not None and bar.details_box.isVisible()
    assert sentence in bar.details_box.text() and "USB stick" in bar.details_box.text()
