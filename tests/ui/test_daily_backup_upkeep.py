"""The day's backup runs on the upkeep thread, after the store opened: the first visit of the
day is saved while it copies, and closing the app stops it without leaving a part-copy."""

from __future__ import annotations

import threading

from helpdesk.app import open_services
from helpdesk.core.records import VisitDraft
from helpdesk.services import Services
from helpdesk.store import backups
from helpdesk.ui.tasks import Tasks


def _first_run(data_dir) -> None:
    services = Services.open(data_dir, daily_backup=False)
    try:
        services.desk.complete_first_run(language="en", desk_name="Test desk",
                                         spot_name="Buurtbar Kuregem", spot_kind="outreach",
                                         helper_names=["Fatima"])
    finally:
        services.close()


def _draft(services) -> VisitDraft:
    return VisitDraft(session_id=None, spot_id=services.desk.spots()[0].id, staff_id=None,
                      question_types=("email",), outcome="solved")


def test_a_visit_is_saved_while_the_backup_copies_and_closing_stops_it(data_dir, qtbot,
                                                                       monkeypatch):
    """The copy held half-way: a save goes through; the app closes; no backup, no part."""
    _first_run(data_dir)
    monkeypatch.setattr(backups, "STEP_PAGES", 1)
    tasks = Tasks(lambda: open_services(data_dir))
    tasks.start()
    in_copy, go_on, saved = threading.Event(), threading.Event(), []

    def backup(services, cancelled):
        def held() -> bool:  # every step of the copy waits for the test
            in_copy.set()
            go_on.wait(10)
            return cancelled()
        services.daily_backup(held)

    tasks.upkeep(backup)
    assert in_copy.wait(10)
    tasks.write(lambda s: s.intake.record_visit(_draft(s)).id, saved.append)
    qtbot.waitUntil(lambda: len(saved) == 1, timeout=10000)
    assert backups.list_backups(data_dir / "helpdesk.db") == []  # not made at opening
    threading.Timer(0.2, go_on.set).start()  # let the copy look again once closing began
    tasks.shutdown()
    folder = data_dir / "backups"
    assert backups.list_backups(data_dir / "helpdesk.db") == []
    assert not folder.exists() or not list(folder.glob(".*part"))


def test_the_desk_makes_the_days_backup_once_it_is_open(data_dir, qtbot):
    """Started as the app starts: the store opens first, the day's backup follows."""
    from helpdesk.app import DeskApp

    _first_run(data_dir)
    desk = DeskApp(data_dir)
    try:
        desk.start()
        qtbot.waitUntil(lambda: desk.tasks.is_ready, timeout=20000)
        qtbot.waitUntil(lambda: len(backups.list_backups(data_dir / "helpdesk.db")) == 1,
                        timeout=20000)
        assert backups.list_backups(data_dir / "helpdesk.db")[0].reason == "daily"
    finally:
        desk.close()
