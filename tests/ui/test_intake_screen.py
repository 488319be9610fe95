"""The intake screen driven the way a helper does it: typing, clicks, Ctrl+Enter, Undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_support import click, shown_intake

from helpdesk.core.records import VisitFilter


@pytest.fixture
def screen(ctx, tasks, qtbot):
    """The intake screen of the test desk (one spot, two helpers), shown."""
    return shown_intake(ctx, tasks, qtbot)


def saved_visits(services):
    """The visits in the store, newest first."""
    return services.visits.page(VisitFilter())



def test_focus_starts_in_the_question_box(screen):
    """The helper can type the question as soon as the screen opens."""
    assert screen.form.questions.filter.hasFocus()


def test_only_spot_is_preselected(screen, ready_services):
    """A desk with one spot has it chosen already."""
    assert screen.session_bar.spot_id() == ready_services.desk.spots()[0].id
    assert "session" in screen.session_bar.status.text().lower()


def test_keyboard_only_visit(screen, ready_services, ctx, qtbot):
    """Type "ema" Enter, Tab past who did the steps to the outcome, Space: the visit is saved."""
    filter_box = screen.form.questions.filter
    qtbot.keyClicks(filter_box, "ema")
    qtbot.keyClick(filter_box, Qt.Key.Key_Return)
    qtbot.keyClick(filter_box, Qt.Key.Key_Tab)
    autonomy = screen.form.autonomy.buttons()[0]
    assert autonomy.hasFocus()
    qtbot.keyClick(autonomy, Qt.Key.Key_Tab)
    solved = screen.form.outcome.button("solved")
    assert solved.hasFocus()
    with qtbot.waitSignal(ctx.visits_changed, timeout=2000):
        qtbot.keyClick(solved, Qt.Key.Key_Space)  # choosing the outcome saves
    rows = saved_visits(ready_services)
    assert len(rows) == 1
    assert rows[0].question_types == ("email",) and rows[0].outcome == "solved"


def test_save_clears_the_form_keeps_the_bar_and_confirms(screen, ready_services, qtbot):
    """After a save the form is empty, spot and helper stay, and a line names the questions."""
    screen.session_bar.helper_choice.setCurrentIndex(screen.session_bar.helper_choice.findText("Jan"))
    click(qtbot, screen.form.questions.toggle_for("email"))
    click(qtbot, screen.form.questions.toggle_for("accounts"))
    click(qtbot, screen.form.outcome.button("partly"))  # the outcome is the last click: it saves
    assert screen.form.questions.selected() == () and screen.form.outcome.value() is None
    assert screen.session_bar.helper_choice.currentText() == "Jan"
    assert screen.session_bar.spot_id() is not None
    assert "E-mail" in screen.banner.message.text()
    assert "Accounts and passwords" in screen.banner.message.text()
    assert screen.banner.undo_button.isVisibleTo(screen)
    assert screen.form.questions.filter.hasFocus()
    visit = ready_services.intake.get_visit(saved_visits(ready_services)[0].id)
    assert visit.staff_id == ready_services.desk.staff()[1].id


def test_undo_takes_the_visit_back(screen, ready_services, qtbot):
    """Undo right after a save removes the visit (a tombstone) and puts it back on the form."""
    click(qtbot, screen.form.questions.toggle_for("smartphone"))
    click(qtbot, screen.form.outcome.button("solved"))
    visit_id = saved_visits(ready_services)[0].id
    click(qtbot, screen.banner.undo_button)
    assert saved_visits(ready_services) == []
    assert ready_services.intake.get_visit(visit_id).deleted
    assert not screen.banner.can_undo
    assert screen.form.questions.selected() == ("smartphone",)  # there to correct
    assert screen.form.outcome.value() == "solved"


def test_missing_outcome_is_said_next_to_it_and_nothing_is_cleared(screen, ready_services, qtbot):
    """Saving without an outcome shows one sentence by the outcome and keeps the questions."""
    click(qtbot, screen.form.questions.toggle_for("email"))
    click(qtbot, screen.save_button)
    assert screen.form.outcome_error.isVisibleTo(screen)
    assert screen.form.outcome_error.text()
    assert screen.form.questions.selected() == ("email",)
    assert saved_visits(ready_services) == []
    click(qtbot, screen.form.outcome.button("solved"))
    assert not screen.form.outcome_error.isVisibleTo(screen)
    click(qtbot, screen.save_button)
    assert len(saved_visits(ready_services)) == 1


def test_missing_question_type_is_said_next_to_it(screen, ready_services, qtbot):
    """Saving without a question type shows the sentence by the question types."""
    click(qtbot, screen.form.outcome.button("solved"))
    click(qtbot, screen.save_button)
    assert screen.form.questions.error.isVisibleTo(screen)
    assert screen.form.outcome.value() == "solved"


def test_tally_counts_in_one_click(screen, ready_services, qtbot):
    """The Print button records a print visit at once, and offers Undo."""
    click(qtbot, screen.tallies.buttons["print"])
    rows = saved_visits(ready_services)
    assert len(rows) == 1 and rows[0].question_types == ("print_scan",)
    assert screen.banner.can_undo
    click(qtbot, screen.banner.undo_button)
    assert saved_visits(ready_services) == []


def test_session_open_count_and_close(screen, ready_services, ctx, qtbot):
    """Opening a session from the bar counts the visits saved in it; closing ends it."""
    click(qtbot, screen.session_bar.session_button)
    session = ready_services.sessions.current_session()
    assert session is not None and ctx.state.open_session.id == session.id
    click(qtbot, screen.form.questions.toggle_for("email"))
    click(qtbot, screen.form.outcome.button("solved"))
    click(qtbot, screen.save_button)
    assert ctx.state.open_session.visit_count == 1
    assert ready_services.intake.get_visit(saved_visits(ready_services)[0].id).session_id == session.id
    click(qtbot, screen.session_bar.session_button)
    dialog = screen.session_bar.dialog
    assert dialog is not None and dialog.isVisible()
    click(qtbot, dialog.close_button)
    assert ready_services.sessions.current_session() is None
    assert ctx.state.open_session is None


def test_installing_a_language_relabels_the_screen(screen, qtbot):
    """Qt's LanguageChange (posted, so waited for) reaches the screen's retranslate()."""
    from helpdesk.ui.i18n import install_language

    try:
        assert install_language("fr")
        qtbot.waitUntil(lambda: screen.save_button.text() == "Enregistrer la visite")
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: screen.save_button.text() == "Save visit")


def test_language_switch_relabels_buttons(screen, ctx):
    """Switching the desk to French relabels the question types on the screen."""
    ctx.set_language("fr")
    assert screen.form.questions.toggle_for("social_aid").text() == "Aide sociale (CPAS)"
