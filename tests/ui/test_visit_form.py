"""The visit form: question toggles, the filter box, outcome, details, drafts and errors."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from ui_support import click

from helpdesk.core.records import UNKNOWN, VisitDraft
from helpdesk.core.taxonomy_file import Taxonomy, TaxonomyItem
from helpdesk.ui.visit_form import VisitForm


@pytest.fixture
def form(ctx, qtbot):
    """A visit form of the test desk, shown."""
    widget = VisitForm(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    return widget



def test_starts_empty_with_defaults(form):
    """A fresh form holds no question, no outcome, in person, and an unknown profile."""
    draft = form.draft(None, "spot", None)
    assert draft.question_types == () and draft.outcome == ""
    assert draft.channel == "in_person" and draft.duration_minutes is None
    assert (draft.age_band, draft.gender, draft.help_language, draft.status) == (UNKNOWN,) * 4
    assert draft.first_visit is None and draft.note == "" and not draft.follow_up


def test_clicks_make_a_draft(form, qtbot):
    """Clicking two question types and an outcome puts them in the draft."""
    click(qtbot, form.questions.toggle_for("email"))
    click(qtbot, form.questions.toggle_for("accounts"))
    click(qtbot, form.outcome.button("solved"))
    draft = form.draft("session", "spot", "helper")
    assert draft.question_types == ("email", "accounts")
    assert draft.outcome == "solved"
    assert (draft.session_id, draft.spot_id, draft.staff_id) == ("session", "spot", "helper")


def test_typing_narrows_and_enter_picks_the_one_left(form, qtbot):
    """Typing "ema" leaves E-mail alone; Enter toggles it and empties the box."""
    qtbot.keyClicks(form.questions.filter, "ema")
    assert [t.code for t in form.questions.matches()] == ["email"]
    assert form.questions.toggle_for("smartphone").isHidden()
    qtbot.keyClick(form.questions.filter, Qt.Key.Key_Return)
    assert form.questions.selected() == ("email",)
    assert form.questions.filter.text() == ""
    assert not form.questions.toggle_for("smartphone").isHidden()


def test_filter_ignores_accents_and_matches_codes(ctx, form, qtbot):
    """"securite" finds the French "Sécurité en ligne", and codes match too."""
    ctx.set_language("fr")
    qtbot.keyClicks(form.questions.filter, "securite")
    assert [t.code for t in form.questions.matches()] == ["security"]
    form.questions.filter.clear()
    qtbot.keyClicks(form.questions.filter, "itsme_eid")
    assert [t.code for t in form.questions.matches()] == ["itsme_eid"]


def test_enter_with_several_matches_picks_nothing(form, qtbot):
    """With more than one match Enter picks nothing and says to keep typing."""
    qtbot.keyClicks(form.questions.filter, "in")
    qtbot.keyClick(form.questions.filter, Qt.Key.Key_Return)
    assert form.questions.selected() == ()
    assert form.questions.hint.text()


def test_arrows_move_into_the_toggles(form, qtbot):
    """Down from the box goes to the first toggle; Space there picks it."""
    form.questions.filter.setFocus()
    qtbot.keyClick(form.questions.filter, Qt.Key.Key_Down)
    first = form.questions.toggles()[0]
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert form.questions.selected() == (first.code,)


def test_tab_runs_box_autonomy_outcome_and_back(form, qtbot):
    """Tab skips the toggles (reached by arrows): box → who did the steps → outcome, and back."""
    form.questions.filter.setFocus()
    qtbot.keyClick(form.questions.filter, Qt.Key.Key_Tab)
    assert form.autonomy.buttons()[0].hasFocus()
    qtbot.keyClick(form.autonomy.buttons()[0], Qt.Key.Key_Tab)
    assert form.outcome.buttons()[0].hasFocus()
    qtbot.keyClick(form.outcome.buttons()[0], Qt.Key.Key_Backtab)
    assert form.autonomy.buttons()[0].hasFocus()
    qtbot.keyClick(form.autonomy.buttons()[0], Qt.Key.Key_Backtab)
    assert form.questions.filter.hasFocus()


def test_referral_shows_for_referred(form, qtbot):
    """Choosing "referred" shows where to; the link shows it on demand too."""
    assert form.referral.isHidden()
    click(qtbot, form.outcome.button("referred"))
    assert not form.referral.isHidden()
    click(qtbot, form.referral.button("social_service"))
    assert form.draft(None, "s", None).referral == "social_service"
    click(qtbot, form.outcome.button("solved"))
    assert form.referral.isHidden() and form.draft(None, "s", None).referral is None
    click(qtbot, form.referral_link)
    assert not form.referral.isHidden()


def test_details_are_folded_and_stay_open(form, qtbot):
    """More details opens in one click and stays open after the form is cleared."""
    assert form.details.isHidden()
    click(qtbot, form.details_button)
    assert not form.details.isHidden()
    form.clear()
    assert not form.details.isHidden()


def test_duration_buttons_and_free_value(form, qtbot):
    """A quick duration button sets the minutes; typing another value works too."""
    click(qtbot, form.details_button)
    click(qtbot, form.details.duration_choice.button("15"))
    assert form.draft(None, "s", None).duration_minutes == 15
    form.details.duration.setValue(25)
    assert form.draft(None, "s", None).duration_minutes == 25
    assert form.details.duration_choice.value() is None


def test_note_is_cut_at_500_characters(form, qtbot):
    """A pasted note longer than 500 characters keeps the first 500."""
    form.details.note.setPlainText("x" * 600)
    assert len(form.draft(None, "s", None).note) == 500
    assert form.details.note_reminder.text()


def test_load_shows_a_visit_and_unfolds_its_details(form):
    """Loading a visit with details shows all of them, details unfolded."""
    draft = VisitDraft(session_id=None, spot_id="s", staff_id=None,
                       question_types=("email", "banking"), outcome="referred",
                       referral="legal_aid", autonomy="together", duration_minutes=20,
                       follow_up=True, follow_up_date=date(2030, 5, 6), channel="phone",
                       age_band="65_74", gender="f", help_language="fr", first_visit=True,
                       status="retired", note="Come back with the letter")
    form.load(draft)
    assert form.details_open
    assert form.draft(None, "s", None) == draft


def test_retired_question_type_shown_only_for_an_old_visit(ctx, form):
    """A retired code is not offered for a new visit, but shows when a visit has it."""
    items = tuple(TaxonomyItem(i.code, i.labels, active=i.code != "taxes", order=i.order)
                  for i in ctx.taxonomy.items("question_types", include_retired=True))
    ctx.set_taxonomy(Taxonomy(lists={**ctx.taxonomy.lists, "question_types": items}))
    assert form.questions.toggle_for("taxes") is None
    form.load(VisitDraft(None, "s", None, ("taxes",), "solved"))
    assert form.questions.toggle_for("taxes").isChecked()
    assert form.draft(None, "s", None).question_types == ("taxes",)
    form.clear()
    assert form.questions.toggle_for("taxes") is None


def test_error_next_to_the_field(form):
    """show_error puts the sentence next to the field named, clear_errors hides it."""
    form.show_error("question_types", "Choose at least one question type.")
    assert form.questions.error.isVisibleTo(form)
    assert form.questions.error.text() == "Choose at least one question type."
    form.show_error("note", "The note is too long.")
    assert form.details_open and form.details.errors["note"].isVisibleTo(form)
    form.show_error(None, "Something else.")
    assert form.general_error.text() == "Something else."
    form.clear_errors()
    assert not form.questions.error.isVisibleTo(form)


def test_language_switch_relabels_the_toggles(ctx, form, qtbot):
    """Switching to Dutch relabels the question and outcome buttons, keeping the choice."""
    click(qtbot, form.questions.toggle_for("health_insurance"))
    assert form.questions.toggle_for("health_insurance").text() == "Health insurance (mutuality)"
    ctx.set_language("nl")
    assert form.questions.toggle_for("health_insurance").text() == "Ziekenfonds"
    assert form.questions.toggle_for("health_insurance").isChecked()
    assert form.outcome.button("solved").text() == "Opgelost"


def test_changed_signal(form, qtbot):
    """Any change by the person emits changed."""
    with qtbot.waitSignal(form.changed, timeout=500):
        click(qtbot, form.questions.toggle_for("email"))
    with qtbot.waitSignal(form.changed, timeout=500):
        click(qtbot, form.outcome.button("partly"))


def test_load_keeps_a_follow_up_without_date(form):
    """A follow-up without a date round-trips as follow_up=True, date None."""
    draft = replace(VisitDraft(None, "s", None, ("email",), "partly"), follow_up=True)
    form.load(draft)
    assert form.draft(None, "s", None).follow_up_date is None
    assert form.draft(None, "s", None).follow_up
