"""The visit editor: loads a visit, saves a new revision, explains what cannot be saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

pytest.importorskip("helpdesk.ui.visit_form")

from helpdesk.core.records import VisitDraft  # noqa: E402
from helpdesk.ui.visit_editor import VisitEditorDialog  # noqa: E402


@pytest.fixture
def visit(ready_services):
    """One visit by Fatima, an hour ago."""
    state = ready_services.desk.startup_state()
    return ready_services.intake.record_visit(VisitDraft(
        session_id=None, spot_id=state.spots[0].id, staff_id=state.staff[0].id,
        question_types=("email",), outcome="partly", duration_minutes=15,
        started_at=datetime.now(timezone.utc) - timedelta(hours=1)))


@pytest.fixture
def editor(ctx, tasks, visit, qtbot):
    """The editor open on that visit."""
    dialog = VisitEditorDialog(ctx, tasks, visit.id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_loads_the_visit(editor, visit):
    """The dialog shows the visit's spot, helper and time, and can be saved."""
    assert editor.spot_choice.currentText() == "Buurtbar Kuregem"
    assert editor.helper_choice.currentText() == "Fatima"
    assert editor.save_button.isEnabled()


def test_save_bumps_the_revision(ready_services, ctx, editor, visit, qtbot):
    """Changing the helper and saving stores revision + 1 and tells the other screens."""
    editor.helper_choice.setCurrentIndex(editor.helper_choice.findText("Jan"))
    with qtbot.waitSignal(ctx.visits_changed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = ready_services.intake.get_visit(visit.id)
    assert saved.revision == visit.revision + 1
    assert saved.staff_id == ready_services.desk.startup_state().staff[1].id
    assert saved.question_types == ("email",) and saved.outcome == "partly"
    assert abs(saved.started_at - visit.started_at) < timedelta(minutes=1)
    assert not editor.isVisible()


def test_someone_else_saved_first(ready_services, editor, visit, qtbot):
    """If the visit changed in between, one sentence says so and nothing is overwritten."""
    ready_services.intake.update_visit(visit.id, replace(visit.as_draft(), outcome="solved"),
                                       expected_revision=visit.revision)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.error.isVisible() and editor.error.text()
    assert "\n" not in editor.error.text()
    assert ready_services.intake.get_visit(visit.id).outcome == "solved"


def test_an_input_error_is_shown_next_to_its_field(ready_services, editor, visit, qtbot,
                                                   monkeypatch):
    """A visit without question types is refused; the sentence goes to that field."""
    shown = []
    monkeypatch.setattr(editor.form, "show_error", lambda field, text: shown.append(field))
    editor.form.load(replace(visit.as_draft(), question_types=()))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert shown == ["question_types"]
    assert ready_services.intake.get_visit(visit.id).revision == visit.revision
