"""A damaged page found after start-up: saving stops, the box says so and offers a restore."""

from __future__ import annotations

import sqlite3

from damage_support import spoil_root_page
from PySide6.QtWidgets import QMessageBox

from helpdesk.core.errors import StoreDamagedError
from helpdesk.core.records import VisitDraft
from helpdesk.store import backups
from helpdesk.ui.feedback import error_sentence
from helpdesk.ui.i18n import install_language


def test_a_damaged_save_offers_the_latest_backup_and_restores_it(ready_services, data_dir,
                                                                 qtbot):
    """Not "try again": the damaged sentence, saving disabled, Restore puts the backup back."""
    from helpdesk.app import DeskApp

    spot = ready_services.desk.spots()[0].id
    draft = VisitDraft(session_id=None, spot_id=spot, staff_id=None,
                       question_types=("email",), outcome="solved")
    kept = ready_services.intake.record_visit(draft)
    made = backups.make_backup(data_dir / "helpdesk.db", "manual")
    ready_services.close()
    spoil_root_page(data_dir / "helpdesk.db", "visit")

    desk = DeskApp(data_dir)
    try:
        desk.start()
        qtbot.waitUntil(lambda: desk.tasks.is_ready, timeout=20000)
        failures = []
        desk.tasks.write(lambda s: s.intake.record_visit(draft), None, failures.append)
        qtbot.waitUntil(lambda: bool(failures), timeout=10000)
        assert isinstance(failures[0], StoreDamagedError)
        qtbot.waitUntil(lambda: desk.store_problem is not None, timeout=5000)
        assert desk.store_problem == error_sentence(failures[0])  # the damaged sentence
        box = desk.problem_box
        assert box.icon() == QMessageBox.Icon.Critical
        assert desk.restore_button in box.buttons()
        box.close()
        desk.restore_backup(made)
        assert "helpdesk.db.before-restore-" in desk.restore_box.text()
        desk.restore_box.finished.disconnect()  # closing it quits the app: not in a test
        desk.restore_box.close()
    finally:
        desk.close()
        install_language("en")  # the damaged snapshot made it start in the system's language
    conn = sqlite3.connect(data_dir / "helpdesk.db")
    assert [r[0] for r in conn.execute("SELECT id FROM visit")] == [kept.id]
    conn.close()
    assert list(data_dir.glob("helpdesk.db.before-restore-*"))
