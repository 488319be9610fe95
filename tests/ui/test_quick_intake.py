"""The quick intake: the outcome saves, autonomy on the form with the helper's usual choice,
the spot and helper remembered, a visit recorded afterwards, durations in a fixed order."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from ui_support import click, shown_intake

from helpdesk.core.records import VisitDraft, VisitFilter
from helpdesk.ui.context import UiContext
from helpdesk.ui.intake_screen import IntakeScreen
from helpdesk.ui.visit_form import VisitForm


def saved(services):
    return [services.intake.get_visit(row.id) for row in services.visits.page(VisitFilter())]


def choose(combo: QComboBox, text: str, qtbot) -> None:
    """Pick an entry as a person does (an activation, not a programmatic change)."""
    combo.setCurrentIndex(combo.findText(text))
    combo.activated.emit(combo.currentIndex())


@pytest.fixture
def screen(ctx, tasks, qtbot):
    return shown_intake(ctx, tasks, qtbot)


def test_two_types_and_the_outcome_save_a_visit_in_three_clicks(screen, ready_services, qtbot):
    """Type, type, outcome: saved, with the form empty again and the saved line shown."""
    click(qtbot, screen.form.questions.toggle_for("email"))
    click(qtbot, screen.form.questions.toggle_for("accounts"))
    click(qtbot, screen.form.outcome.button("solved"))
    [visit] = saved(ready_services)
    assert visit.question_types == ("email", "accounts") and visit.outcome == "solved"
    assert screen.form.questions.selected() == ()
    assert "E-mail · Accounts and passwords" in screen.banner.message.text()


def test_an_outcome_without_a_question_type_saves_nothing_and_says_why(screen, ready_services,
                                                                      qtbot):
    """The outcome click is refused next to the question box; the next pick then saves."""
    click(qtbot, screen.form.questions.toggle_for("email"))
    click(qtbot, screen.form.outcome.button("solved"))
    assert screen.banner.can_undo  # "Visit saved", with Undo
    click(qtbot, screen.form.outcome.button("partly"))  # no question type this time
    assert len(saved(ready_services)) == 1
    assert screen.form.questions.error.isVisibleTo(screen)
    assert not screen.banner.can_undo  # no "saved" line beside the red sentence
    click(qtbot, screen.form.questions.toggle_for("email"))
    click(qtbot, screen.form.outcome.button("partly"))  # the chosen one again: it saves
    assert [v.outcome for v in saved(ready_services)] == ["partly", "solved"]


def test_referred_asks_where_to_and_that_choice_saves(screen, ready_services, qtbot):
    """"Referred" alone saves nothing; picking where to saves the visit with it."""
    click(qtbot, screen.form.questions.toggle_for("social_aid"))
    click(qtbot, screen.form.outcome.button("referred"))
    assert saved(ready_services) == []
    click(qtbot, screen.form.referral.button("social_service"))
    [visit] = saved(ready_services)
    assert (visit.outcome, visit.referral) == ("referred", "social_service")


def test_the_form_starts_with_the_helpers_usual_autonomy(ctx, tasks, ready_services, qtbot):
    """Each helper's last autonomy is chosen when they are; a choice made meanwhile stays."""
    fatima, jan = ready_services.desk.staff()
    spot = ready_services.desk.spots()[0].id
    for staff, autonomy in ((fatima.id, "together"), (jan.id, "done_for")):
        ready_services.intake.record_visit(VisitDraft(
            session_id=None, spot_id=spot, staff_id=staff, question_types=("email",),
            outcome="solved", autonomy=autonomy))
    screen = shown_intake(ctx, tasks, qtbot)
    bar = screen.session_bar
    choose(bar.helper_choice, "Fatima", qtbot)
    assert screen.form.autonomy.value() == "together"
    choose(bar.helper_choice, "Jan", qtbot)
    assert screen.form.autonomy.value() == "done_for"
    click(qtbot, screen.form.autonomy.button("autonomous"))
    click(qtbot, screen.form.questions.toggle_for("email"))
    click(qtbot, screen.form.outcome.button("solved"))
    assert saved(ready_services)[0].autonomy == "autonomous"
    assert screen.form.autonomy.value() == "autonomous"  # kept for the next visit


def test_spot_and_helper_are_remembered_for_the_next_start(ctx, tasks, ready_services, qtbot):
    """Chosen once, they are there again on a new start (from the store)."""
    ready_services.desk.add_spot("Bibliotheek", "library")
    ctx.set_state(ready_services.desk.startup_state())
    screen = shown_intake(ctx, tasks, qtbot)
    choose(screen.session_bar.spot_choice, "Bibliotheek", qtbot)
    choose(screen.session_bar.helper_choice, "Jan", qtbot)
    again = UiContext("en", ready_services.taxonomy.current(),
                      ready_services.desk.startup_state())
    restarted = shown_intake(again, tasks, qtbot)
    assert restarted.session_bar.spot_choice.currentText() == "Bibliotheek"
    assert restarted.session_bar.helper_choice.currentText() == "Jan"
    click(qtbot, restarted.tallies.buttons["print"])  # a tally works at once
    [visit] = saved(ready_services)
    assert visit.spot_id == restarted.session_bar.spot_id()


def test_a_visit_recorded_afterwards_takes_the_day_and_hour_given(screen, ready_services,
                                                                  qtbot):
    """When: earlier → Yesterday → 15:00: the visit is dated so; the next one is "now" again."""
    click(qtbot, screen.form.questions.toggle_for("banking"))
    click(qtbot, screen.when.toggle)
    click(qtbot, screen.when.days.button("1"))
    screen.when.hour.setFocus()
    qtbot.keyClicks(screen.when.hour, "1500")
    click(qtbot, screen.form.outcome.button("solved"))
    [visit] = saved(ready_services)
    local = visit.started_at.astimezone(ZoneInfo("Europe/Brussels"))
    yesterday = datetime.now(ZoneInfo("Europe/Brussels")).date() - timedelta(days=1)
    assert (local.date(), local.hour, local.minute) == (yesterday, 15, 0)
    assert screen.when.started_at() is None and not screen.when.hour.isVisible()
    click(qtbot, screen.form.questions.toggle_for("banking"))
    click(qtbot, screen.form.outcome.button("solved"))
    newest = saved(ready_services)[0]
    assert abs(newest.started_at - datetime.now(timezone.utc)) < timedelta(minutes=5)


def test_duration_buttons_stay_in_ascending_order(ctx, qtbot):
    """The usual durations are offered smallest first, however often each was used."""
    from dataclasses import replace

    ctx.set_state(replace(ctx.state, duration_favourites=(30, 5, 60, 10, 15, 45)))
    form = VisitForm(ctx)
    qtbot.addWidget(form)
    codes = [b.code for b in form.details.duration_choice.buttons()]
    assert codes == ["5", "10", "15", "30", "45", "60"]


def test_undo_puts_the_visit_back_on_the_form(screen, ready_services, qtbot):
    """Undo takes the visit back and shows it on the form, ready to correct and save."""
    click(qtbot, screen.form.questions.toggle_for("email"))
    click(qtbot, screen.form.autonomy.button("together"))
    click(qtbot, screen.form.outcome.button("partly"))
    click(qtbot, screen.banner.undo_button)
    assert saved(ready_services) == []
    assert screen.form.questions.selected() == ("email",)
    assert screen.form.outcome.value() == "partly"
    click(qtbot, screen.form.outcome.button("solved"))
    [visit] = saved(ready_services)
    assert (visit.outcome, visit.autonomy) == ("solved", "together")


def test_keyboard_only_typical_visit_takes_eleven_keys(screen, ready_services, qtbot):
    """Two types typed, Tab past the usual autonomy, Tab, Space: 4 + 4 + 1 + 1 + 1 keys."""
    box = screen.form.questions.filter
    qtbot.keyClicks(box, "ema")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "sma")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Space)
    [visit] = saved(ready_services)
    assert set(visit.question_types) == {"email", "smartphone"}


def test_the_main_window_and_its_status_bar_fit_the_screen(ctx, tasks, qtbot):
    """All of the window, the status bar with Sync now included, is inside the screen."""
    from helpdesk.ui.main_window import MainWindow

    window = MainWindow(ctx, tasks, {"intake": IntakeScreen(ctx, tasks)})
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the second fitting, once the frame is known
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry())
    bar = window.statusBar()
    assert bar.isVisible() and window.rect().contains(bar.geometry())


def test_a_window_made_too_big_is_brought_back_inside(ctx, tasks, qtbot):
    """Even resized past the screen before it shows, it is fitted once shown."""
    from helpdesk.ui.main_window import MainWindow

    window = MainWindow(ctx, tasks, {"intake": IntakeScreen(ctx, tasks)})
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    window.resize(available.width() + 300, available.height() + 300)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: available.contains(window.frameGeometry()), timeout=2000)


def test_the_shipped_lists_are_named_in_the_desks_language(settings_screen, qtbot):
    """"Helpdesk default" is the file's name; the screen says it in the desk's language."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from helpdesk.core.resources import resource_path

    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "helpdesk_nl.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: "standaardlijst van Helpdesk" in settings_screen.lists_text.text(),
                        timeout=2000)
        assert settings_screen._list_name("Réseau EPN") == "Réseau EPN"  # a network's own
    finally:
        QCoreApplication.removeTranslator(translator)
