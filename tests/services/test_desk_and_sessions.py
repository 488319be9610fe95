"""First run, spots and staff, and sessions from opening to summary."""

from __future__ import annotations

import pytest

from helpdesk.core.errors import InputError, NotFoundError
from helpdesk.core.records import VisitDraft


def test_settings_are_none_until_the_first_run_completes(services):
    """A fresh store has a taxonomy but no desk; complete_first_run creates it all."""
    assert services.desk.settings() is None
    assert services.taxonomy.current().codes("outcomes")[:1] == ("solved",)
    state = services.desk.complete_first_run(
        language="fr", desk_name="  EPN   Molenbeek ", spot_name="EPN Molenbeek",
        spot_kind="computer_room", helper_names=["Marie", "", "Youssef", "Marie"])
    assert state.settings.desk_name == "EPN Molenbeek" and state.settings.language == "fr"
    assert state.settings.time_zone == "Europe/Brussels"
    assert [s.name for s in state.staff] == ["Marie", "Youssef"]
    assert [(s.name, s.kind) for s in state.spots] == [("EPN Molenbeek", "computer_room")]
    with pytest.raises(InputError):
        services.desk.complete_first_run(language="fr", desk_name="again", spot_name="x",
                                         spot_kind="popup", helper_names=["A"])


@pytest.mark.parametrize(("fields", "field"), [
    ({"desk_name": " "}, "desk_name"),
    ({"spot_name": ""}, "spot_name"),
    ({"helper_names": ["  "]}, "helper_names"),
    ({"spot_kind": "castle"}, "spot_kind"),
    ({"language": "de"}, "language"),
])
def test_first_run_refuses_missing_answers(services, fields, field):
    """Each missing or wrong answer names its field, and no desk is created."""
    answers = dict(language="nl", desk_name="Desk", spot_name="Spot", spot_kind="outreach",
                   helper_names=["Jan"])
    answers.update(fields)
    with pytest.raises(InputError) as caught:
        services.desk.complete_first_run(**answers)
    assert caught.value.field == field
    assert services.desk.settings() is None


def test_spots_and_staff_can_be_added_renamed_and_retired(ready_services):
    """Retired spots and staff leave the everyday lists but stay readable."""
    desk = ready_services.desk
    spot = desk.add_spot("Pop-up Forest", "popup")
    spot = desk.update_spot(spot.id, name="Pop-up Maison communale Forest", active=False)
    assert spot.name == "Pop-up Maison communale Forest" and not spot.active
    assert spot.id not in {s.id for s in desk.spots()}
    assert spot in desk.spots(include_retired=True)
    helper = desk.add_staff("Aïcha", "coordinator")
    assert desk.update_staff(helper.id, role="staff", active=False).role == "staff"
    assert helper.id not in {s.id for s in desk.staff()}
    with pytest.raises(InputError):
        desk.add_staff("X", role="boss")
    with pytest.raises(NotFoundError):
        desk.update_spot("missing", name="x")
    assert desk.update_settings(language="en", desk_name="Renamed").desk_name == "Renamed"


def test_only_one_session_is_open_at_a_time(ready_services, spot_id):
    """Opening a second session names the open one; closing it allows a new one."""
    staff = [s.id for s in ready_services.desk.staff()]
    first = ready_services.sessions.open_session(spot_id, staff)
    assert ready_services.sessions.current_session() == first
    other = ready_services.desk.add_spot("EPN Anderlecht", "computer_room")
    with pytest.raises(InputError) as caught:
        ready_services.sessions.open_session(other.id, [])
    assert caught.value.sentence() == ("A session is already open at Buurtbar Kuregem; close "
                                       "it before opening another.")
    ready_services.sessions.close_session(first.id)
    assert ready_services.sessions.current_session() is None
    second = ready_services.sessions.open_session(other.id, staff[:1])
    assert second.staff_ids == tuple(staff[:1])
    assert [s.id for s in ready_services.sessions.recent_sessions()] == [second.id, first.id]


def test_closing_a_session_sums_up_what_it_handled(ready_services, spot_id, make_draft):
    """The summary counts live visits by question type and outcome, plus people turned away."""
    session = ready_services.sessions.open_session(spot_id, [])
    for questions, outcome in ((("email",), "solved"), (("email", "banking"), "referred"),
                               (("housing",), "solved")):
        ready_services.intake.record_visit(make_draft(session_id=session.id,
                                                      question_types=questions, outcome=outcome))
    gone = ready_services.intake.record_visit(make_draft(session_id=session.id))
    ready_services.intake.delete_visit(gone.id)
    helpers = [s.id for s in ready_services.desk.staff()]
    assert ready_services.sessions.set_helpers(session.id, helpers).staff_ids == tuple(helpers)
    summary = ready_services.sessions.close_session(session.id, turned_away=3)
    assert summary.visits == 3 and summary.turned_away == 3
    assert summary.by_question_type == {"email": 2, "banking": 1, "housing": 1}
    assert summary.by_outcome == {"solved": 2, "referred": 1}
    assert summary.session.closed_at is not None
    assert ready_services.sessions.summary(session.id) == summary
    with pytest.raises(InputError) as caught:
        ready_services.intake.record_visit(make_draft(session_id=session.id))
    assert caught.value.field == "session_id"
    with pytest.raises(InputError):
        ready_services.sessions.close_session(session.id, turned_away=-1)


def test_a_visit_outside_any_session_is_allowed(ready_services, spot_id):
    """session_id may be None: help given outside an opening still counts."""
    visit = ready_services.intake.record_visit(
        VisitDraft(None, spot_id, None, ("print_scan",), "solved"))
    assert visit.session_id is None


def test_the_intake_place_is_remembered_for_the_next_start(ready_services, data_dir):
    """Spot and helper chosen on the intake come back in the start-up state and snapshot."""
    from helpdesk.core.constants import DB_FILENAME
    from helpdesk.store.snapshot import read_startup_state

    state = ready_services.desk.startup_state()
    assert (state.last_spot_id, state.last_staff_id) == (None, None)
    spot, helper = state.spots[0].id, state.staff[1].id
    ready_services.desk.remember_intake_place(spot, helper)
    for read in (ready_services.desk.startup_state(),
                 read_startup_state(data_dir / DB_FILENAME)):
        assert (read.last_spot_id, read.last_staff_id) == (spot, helper)
    ready_services.desk.remember_intake_place(spot, None)
    assert ready_services.desk.startup_state().last_staff_id is None
