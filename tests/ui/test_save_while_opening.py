"""A visit saved in the first moment after the window shows, before the store has opened, is
queued and written once it opens: the Save button never waits for the store."""

from __future__ import annotations

from ui_support import click

from helpdesk.core.records import VisitFilter
from helpdesk.services import Services


def test_a_save_pressed_before_the_store_opens_is_written_once_it_does(data_dir, qtbot):
    """The window comes from the snapshot; Save is pressed before the writer opened the
    store; the visit is there once it has, and says so on the screen."""
    from helpdesk.app import DeskApp

    first = Services.open(data_dir, daily_backup=False)
    first.desk.complete_first_run(language="en", desk_name="Test desk",
                                  spot_name="Buurtbar Kuregem", spot_kind="outreach",
                                  helper_names=["Fatima"])
    first.close()
    desk = DeskApp(data_dir)
    try:
        screen = desk.intake
        assert screen is not None and not desk.tasks.is_ready
        assert screen.save_button.isEnabled()
        click(qtbot, screen.form.questions.toggle_for("email"))
        click(qtbot, screen.form.outcome.button("solved"))  # choosing the outcome saves
        assert not desk.tasks.is_ready  # the save is queued: nothing was opened for it yet
        qtbot.waitUntil(lambda: "Visit saved" in screen.banner.message.text(), timeout=20000)
        assert desk.tasks.is_ready
    finally:
        desk.close()
    again = Services.open(data_dir, daily_backup=False)
    try:
        visits = again.visits.page(VisitFilter())
        assert [v.question_types for v in visits] == [("email",)]
    finally:
        again.close()
