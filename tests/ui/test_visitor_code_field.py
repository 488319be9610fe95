"""The visitor code on the intake form: typed once, saved as a keyed hash, kept on edit."""

from __future__ import annotations

from ui_support import click, shown_intake

from helpdesk.core.records import VisitFilter
from helpdesk.ui.visit_editor import VisitEditorDialog


def _save_with_code(screen, qtbot, code: str) -> None:
    click(qtbot, screen.form.details_button)
    qtbot.keyClicks(screen.form.details.visitor_code, code)
    click(qtbot, screen.form.questions.toggle_for("email"))
    click(qtbot, screen.form.outcome.button("solved"))


def test_a_typed_code_is_saved_as_its_keyed_hash(ctx, tasks, qtbot, ready_services):
    """The visit carries the same hash the service gives the code; the field clears."""
    screen = shown_intake(ctx, tasks, qtbot)
    _save_with_code(screen, qtbot, "kur-4471")
    [row] = ready_services.visits.page(VisitFilter())
    visit = ready_services.intake.get_visit(row.id)
    assert visit.visitor_hash == ready_services.visitors.code_hash("KUR4471")
    assert screen.form.details.visitor_code.text() == ""


def test_a_bad_code_is_said_next_to_the_field_and_nothing_is_saved(ctx, tasks, qtbot,
                                                                    ready_services):
    """Two characters are not a code: one sentence beside it, the form kept as it was."""
    screen = shown_intake(ctx, tasks, qtbot)
    _save_with_code(screen, qtbot, "K#")
    error = screen.form.details.errors["visitor_code"]
    assert not error.isHidden() and "3 to 24" in error.text()
    assert ready_services.visits.page(VisitFilter()) == []
    assert screen.form.details.visitor_code.text() == "K#"


def test_editing_a_visit_keeps_its_code_unless_another_is_typed(ctx, tasks, qtbot,
                                                                 ready_services):
    """The editor never shows the code (it is not kept); saving keeps the hash."""
    screen = shown_intake(ctx, tasks, qtbot)
    _save_with_code(screen, qtbot, "KUR4471")
    [row] = ready_services.visits.page(VisitFilter())
    editor = VisitEditorDialog(ctx, tasks, row.id)
    qtbot.addWidget(editor)
    assert editor.form.details.visitor_code.text() == ""
    assert "recorded" in editor.form.details.visitor_code.placeholderText()
    click(qtbot, editor.form.outcome.button("partly"))
    editor.save()
    visit = ready_services.intake.get_visit(row.id)
    assert visit.outcome == "partly" and visit.revision == 2
    assert visit.visitor_hash == ready_services.visitors.code_hash("KUR4471")


def test_device_and_postcode_are_set_on_the_form_and_saved(ctx, tasks, qtbot, ready_services):
    """Under More details: a postcode typed, a device chosen; "outside Belgium" empties and
    replaces the postcode."""
    screen = shown_intake(ctx, tasks, qtbot)
    details = screen.form.details
    click(qtbot, screen.form.details_button)
    qtbot.keyClicks(details.residence, "10a80")  # the letter is not taken
    details.device.setCurrentIndex(details.device.findData("own_smartphone"))
    click(qtbot, screen.form.questions.toggle_for("email"))
    click(qtbot, screen.form.outcome.button("solved"))
    click(qtbot, screen.form.questions.toggle_for("email"))
    click(qtbot, details.abroad)
    assert details.residence.text() == "" and not details.residence.isEnabled()
    click(qtbot, screen.form.outcome.button("solved"))
    rows = ready_services.visits.page(VisitFilter())
    saved = [ready_services.intake.get_visit(r.id) for r in reversed(rows)]
    assert [(v.residence, v.device) for v in saved] == [("1080", "own_smartphone"),
                                                         ("abroad", None)]


def test_a_desk_that_turned_residence_off_does_not_ask_for_it(ctx, tasks, qtbot,
                                                               ready_services, settings_screen):
    """The coordinator unticks it in Settings: the intake's details and the editor hide the
    postcode; a visit saved before keeps its postcode through an edit."""
    screen = shown_intake(ctx, tasks, qtbot)
    details = screen.form.details
    click(qtbot, screen.form.details_button)
    qtbot.keyClicks(details.residence, "1080")
    click(qtbot, screen.form.questions.toggle_for("email"))
    click(qtbot, screen.form.outcome.button("solved"))
    assert details.residence.isVisible()
    assert settings_screen.ask_residence.isChecked()
    settings_screen.ask_residence.setChecked(False)
    assert ready_services.desk.startup_state().settings.ask_residence is False
    assert not details.residence.isVisible() and not details.abroad.isVisible()
    assert not details.labels["residence"].isVisible()
    [row] = ready_services.visits.page(VisitFilter())
    editor = VisitEditorDialog(ctx, tasks, row.id)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.form.details.residence.isVisible()
    click(qtbot, editor.form.outcome.button("partly"))
    editor.save()
    assert ready_services.intake.get_visit(row.id).residence == "1080"


def test_a_code_on_the_wrong_visit_is_removed_in_the_editor_with_a_way_back(
        ctx, tasks, qtbot, ready_services):
    """Intake has no Remove button; the editor has one. It only marks the code to come off
    (the same button then keeps it, Cancel drops it); saving takes it off as a new
    revision, and the visit's history says so without the hash."""
    screen = shown_intake(ctx, tasks, qtbot)
    assert screen.form.details.remove_code.isHidden()
    _save_with_code(screen, qtbot, "KUR4471")
    [row] = ready_services.visits.page(VisitFilter())
    digest = ready_services.visitors.code_hash("KUR4471")

    cancelled = VisitEditorDialog(ctx, tasks, row.id)
    qtbot.addWidget(cancelled)
    cancelled.show()
    details = cancelled.form.details
    qtbot.waitUntil(lambda: details.remove_code.isVisible())
    click(qtbot, details.remove_code)
    assert details.remove_code.text() == "Keep the code" and details.code_removed()
    assert "comes off this visit when you save" in details.visitor_code_hint.text()
    click(qtbot, details.remove_code)  # changed their mind
    assert details.remove_code.text() == "Remove code" and not details.code_removed()
    click(qtbot, details.remove_code)
    cancelled.reject()
    assert ready_services.intake.get_visit(row.id).visitor_hash == digest

    editor = VisitEditorDialog(ctx, tasks, row.id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.form.details.remove_code.isVisible())
    click(qtbot, editor.form.details.remove_code)
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: ready_services.intake.get_visit(row.id).revision == 2)
    visit = ready_services.intake.get_visit(row.id)
    assert visit.visitor_hash is None

    again = VisitEditorDialog(ctx, tasks, row.id)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.history.count() >= 2)
    lines = [again.history.item(n).text() for n in range(again.history.count())]
    assert any("visitor code removed" in line for line in lines), lines
    assert not any(digest in line for line in lines)
    assert again.form.details.remove_code.isHidden()
    assert again.form.details.visitor_code.placeholderText() == "none"
