"""The Sessions screen and the open / close dialogs, driven like a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from helpdesk.core.records import VisitDraft
from helpdesk.ui.session_dialogs import CloseSessionDialog
from helpdesk.ui.sessions_screen import HELPERS, TURNED_AWAY, VISITS, SessionsScreen


def record_in(services, session, outcome="solved", question_types=("smartphone",)):
    """Save a visit in ``session``."""
    return services.intake.record_visit(VisitDraft(
        session_id=session.id, spot_id=session.spot_id,
        staff_id=session.staff_ids[0] if session.staff_ids else None,
        question_types=question_types, outcome=outcome))


def tree_rows(tree) -> list[tuple[str, str]]:
    """(label, number) for each line of a breakdown."""
    return [(tree.topLevelItem(n).text(0), tree.topLevelItem(n).text(1))
            for n in range(tree.topLevelItemCount())]


@pytest.fixture
def open_session(ready_services, ctx):
    """A session open at the test spot with Fatima, with three visits."""
    state = ready_services.desk.startup_state()
    session = ready_services.sessions.open_session(state.spots[0].id, [state.staff[0].id])
    record_in(ready_services, session, "solved", ("smartphone", "email"))
    record_in(ready_services, session, "solved", ("smartphone",))
    record_in(ready_services, session, "referred", ("housing",))
    ctx.set_open_session(ready_services.sessions.current_session())
    return session


@pytest.fixture
def screen(ctx, tasks, qtbot):
    """The Sessions screen, shown."""
    widget = SessionsScreen(ctx, tasks)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def test_open_a_session_with_a_helper(ready_services, ctx, screen, qtbot):
    """With no session open, the button opens one at the chosen spot with the ticked helper."""
    assert "No session is open" in screen.current_text.text()
    qtbot.mouseClick(screen.session_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    dialog.helpers.setFocus()
    dialog.helpers.setCurrentRow(1)
    qtbot.keyClick(dialog.helpers, Qt.Key.Key_Space)  # tick Jan
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    session = ready_services.sessions.current_session()
    jan = ready_services.desk.startup_state().staff[1]
    assert session is not None and session.staff_ids == (jan.id,)
    assert ctx.state.open_session.id == session.id
    assert "Buurtbar Kuregem" in screen.current_text.text()
    assert "Jan" in screen.current_text.text()


def test_close_shows_the_summary_and_records_turned_away(ready_services, ctx, tasks, qtbot,
                                                         open_session):
    """Closing shows visits by question type and outcome, and stores who was turned away."""
    dialog = CloseSessionDialog(ctx, tasks, ctx.state.open_session)
    qtbot.addWidget(dialog)
    assert dialog.summary.total.text().startswith("3 ")
    assert tree_rows(dialog.summary.by_question)[0] == ("Smartphone or tablet", "2")
    assert ("Referred", "1") in tree_rows(dialog.summary.by_outcome)
    dialog.turned_away.setFocus()
    dialog.turned_away.selectAll()
    qtbot.keyClicks(dialog.turned_away, "4")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert ready_services.sessions.current_session() is None
    assert ctx.state.open_session is None
    assert ready_services.sessions.summary(open_session.id).turned_away == 4


def test_turned_away_may_stay_blank(ready_services, ctx, tasks, qtbot, open_session):
    """Leaving 'not counted' closes the session without a number."""
    dialog = CloseSessionDialog(ctx, tasks, ctx.state.open_session)
    qtbot.addWidget(dialog)
    assert dialog.turned_away.text() == "not counted"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert ready_services.sessions.summary(open_session.id).turned_away is None


def test_cancel_keeps_the_session_open(ready_services, ctx, screen, qtbot, open_session):
    """Cancel (Escape) in the close dialog leaves the session open."""
    screen.refresh()
    qtbot.mouseClick(screen.session_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, CloseSessionDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert ready_services.sessions.current_session() is not None
    assert ctx.state.open_session is not None


def test_recent_sessions_list_and_summary(ready_services, ctx, tasks, qtbot, open_session):
    """Recent sessions show helpers, visits and turned away; choosing one shows its summary."""
    ready_services.sessions.close_session(open_session.id, 2)
    ctx.set_open_session(None)
    widget = SessionsScreen(ctx, tasks)
    qtbot.addWidget(widget)
    model = widget.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, HELPERS)) == "Fatima"
    assert model.data(model.index(0, VISITS)) == "3"
    assert model.data(model.index(0, TURNED_AWAY)) == "2"
    assert widget.summary.total.text().startswith("3 ")
    assert ("Solved", "2") in tree_rows(widget.summary.by_outcome)
