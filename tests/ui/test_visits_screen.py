"""The Visits screen, driven with keys and clicks the way a desk user would."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from helpdesk.core.records import VisitDraft
from helpdesk.ui.visits_model import OUTCOME, SPOT, VISIT_ID_ROLE, WHEN
from helpdesk.ui.visits_screen import VisitsScreen


def record(services, *, minutes_ago: float = 0, **fields):
    """Save one visit through the services, ``minutes_ago`` before now."""
    state = services.desk.startup_state()
    draft = VisitDraft(
        session_id=None,
        spot_id=fields.pop("spot_id", state.spots[0].id),
        staff_id=fields.pop("staff_id", state.staff[0].id),
        question_types=fields.pop("question_types", ("smartphone",)),
        outcome=fields.pop("outcome", "solved"),
        started_at=datetime.now(timezone.utc) - timedelta(minutes=minutes_ago),
        **fields,
    )
    return services.intake.record_visit(draft)


def shown(screen, column: int = WHEN, role=Qt.ItemDataRole.DisplayRole) -> list:
    """What one column of the list shows, top to bottom."""
    model = screen.model
    return [model.data(model.index(n, column), role) for n in range(model.rowCount())]


def shown_ids(screen) -> list[str]:
    """The ids of the visits in the list, top to bottom."""
    return shown(screen, WHEN, VISIT_ID_ROLE)


def choose(combo, data) -> None:
    """Pick the entry whose value is ``data``, as with the mouse."""
    combo.setCurrentIndex(combo.findData(data))


@pytest.fixture
def answer(monkeypatch):
    """Answers confirmation boxes: set ``answer.role`` to the button role to click."""

    class Answer:
        role = QMessageBox.ButtonRole.DestructiveRole
        questions: list[str] = []

    def fake_exec(box):
        Answer.questions.append(box.text())
        for button in box.buttons():
            if box.buttonRole(button) == Answer.role:
                button.click()
                break
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    Answer.questions = []
    return Answer


@pytest.fixture
def screen(ctx, tasks, qtbot):
    """The Visits screen, shown."""
    widget = VisitsScreen(ctx, tasks)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def test_opens_on_all_visits_newest_first(ready_services, ctx, tasks, qtbot):
    """By default every visit is listed, today's on top, the older ones below."""
    old = record(ready_services, minutes_ago=3 * 24 * 60)
    new = record(ready_services)
    widget = VisitsScreen(ctx, tasks)
    qtbot.addWidget(widget)
    assert widget.filters.all_button.isChecked()
    assert shown_ids(widget) == [new.id, old.id]
    assert widget.selected_visit_id() == new.id  # the keyboard starts on the newest


def test_today_and_filters_narrow_the_list(ready_services, ctx, screen, qtbot):
    """Today, a spot and an outcome each narrow the list to the matching visits."""
    other = ready_services.desk.add_spot("EPN Anderlecht", "computer_room")
    today_referred = record(ready_services, outcome="referred", spot_id=other.id)
    today_solved = record(ready_services, minutes_ago=1)
    record(ready_services, minutes_ago=3 * 24 * 60, outcome="referred")
    ctx.set_state(ready_services.desk.startup_state())  # the new spot reaches the filter
    screen.refresh()
    assert len(shown_ids(screen)) == 3

    qtbot.mouseClick(screen.filters.today_button, Qt.MouseButton.LeftButton)
    assert set(shown_ids(screen)) == {today_referred.id, today_solved.id}

    choose(screen.filters.outcome_choice, "referred")
    assert shown_ids(screen) == [today_referred.id]
    assert shown(screen, OUTCOME) == ["Referred"]

    qtbot.mouseClick(screen.filters.all_button, Qt.MouseButton.LeftButton)
    assert len(shown_ids(screen)) == 2  # both referred visits, whatever the day
    choose(screen.filters.spot_choice, other.id)
    assert shown(screen, SPOT) == ["EPN Anderlecht"]


def test_follow_ups_lists_only_visits_still_needing_one(ready_services, screen, qtbot):
    """The Follow-ups toggle lists the visits that need a follow-up, from any day."""
    waiting = record(ready_services, minutes_ago=10 * 24 * 60, follow_up=True)
    record(ready_services)
    qtbot.mouseClick(screen.filters.today_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.filters.follow_up_button, Qt.MouseButton.LeftButton)
    assert screen.filters.all_button.isChecked()
    assert shown_ids(screen) == [waiting.id]
    qtbot.mouseClick(screen.filters.follow_up_button, Qt.MouseButton.LeftButton)
    assert len(shown_ids(screen)) == 2


def test_delete_asks_then_leaves_a_tombstone_and_undo_restores(ready_services, ctx, screen,
                                                               qtbot, answer):
    """Del asks first; Delete removes the visit (tombstone); Undo brings it back."""
    keep = record(ready_services, minutes_ago=5)
    gone = record(ready_services)
    ctx.visits_changed.emit()
    screen.table.setFocus()
    screen.select_row(0)

    answer.role = QMessageBox.ButtonRole.RejectRole
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    assert answer.questions == ["Delete this visit? It will no longer count in reports."]
    assert not ready_services.intake.get_visit(gone.id).deleted

    answer.role = QMessageBox.ButtonRole.DestructiveRole
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    tombstone = ready_services.intake.get_visit(gone.id)
    assert tombstone.deleted and tombstone.revision == gone.revision + 1
    assert shown_ids(screen) == [keep.id]
    assert screen.undo_button.isVisible()
    assert screen.selected_visit_id() == keep.id  # the next visit takes its place

    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    assert not ready_services.intake.get_visit(gone.id).deleted
    assert shown_ids(screen) == [gone.id, keep.id]
    assert not screen.undo_button.isVisible()


def test_duplicate_saves_a_copy_dated_now(ready_services, ctx, screen, qtbot):
    """Duplicate saves a new visit with the same content, on top of the list."""
    original = record(ready_services, minutes_ago=60, question_types=("email",),
                      outcome="partly")
    ctx.visits_changed.emit()
    screen.select_row(0)
    qtbot.mouseClick(screen.duplicate_button, Qt.MouseButton.LeftButton)
    ids = shown_ids(screen)
    assert len(ids) == 2 and ids[1] == original.id
    copy = ready_services.intake.get_visit(ids[0])
    assert copy.question_types == ("email",) and copy.outcome == "partly"
    assert screen.selected_visit_id() == copy.id


def test_refreshes_when_a_visit_is_recorded_elsewhere(ready_services, screen, ctx):
    """A visit saved on the intake screen appears once visits_changed fires."""
    assert shown_ids(screen) == []
    new = record(ready_services)
    ctx.visits_changed.emit()
    assert shown_ids(screen) == [new.id]


def test_enter_opens_the_editor(ready_services, ctx, screen, qtbot):
    """Enter on a visit opens it in the editor."""
    pytest.importorskip("helpdesk.ui.visit_form")
    visit = record(ready_services)
    ctx.visits_changed.emit()
    screen.table.setFocus()
    screen.select_row(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert screen.editor is not None
    assert screen.editor.visit.id == visit.id
    screen.editor.reject()


def test_count_says_when_older_visits_are_waiting(ready_services, screen):
    """The count line never claims a total it has not counted."""
    for n in range(201):
        record(ready_services, minutes_ago=n)
    screen.refresh()
    assert screen.model.rowCount() == 200
    assert "scroll down" in screen.count.text()
