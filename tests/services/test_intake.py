"""Recording visits: checks on input, revisions, tombstones, tallies, retired codes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from helpdesk.core.errors import ConflictError, InputError, NotFoundError
from helpdesk.core.records import VisitFilter


def test_a_recorded_visit_reads_back_with_revision_1(ready_services, make_draft):
    """Every field of the draft comes back; the visit starts now, at revision 1, in UTC."""
    staff = ready_services.desk.staff()[0]
    draft = make_draft(staff_id=staff.id, question_types=("email", "itsme_eid"),
                       outcome="referred", referral="social_service", autonomy="together",
                       duration_minutes=25, follow_up=True, follow_up_date=date(2030, 1, 2),
                       age_band="65_74", gender="f", help_language="ar", first_visit=True,
                       status="retired", note="  Revient lundi.  ")
    before = datetime.now(timezone.utc)
    visit = ready_services.intake.record_visit(draft)
    assert visit.revision == 1 and not visit.deleted
    assert before <= visit.started_at <= datetime.now(timezone.utc)
    assert visit.started_at.tzinfo is not None
    assert visit.question_types == ("email", "itsme_eid")
    assert visit.note == "Revient lundi."
    assert replace(visit.as_draft(), started_at=None, note="  Revient lundi.  ") == draft
    assert ready_services.intake.get_visit(visit.id) == visit
    assert visit.desk_id == ready_services.desk.settings().desk_id


@pytest.mark.parametrize(("fields", "field"), [
    ({"question_types": ()}, "question_types"),
    ({"question_types": ("no_such_type",)}, "question_types"),
    ({"outcome": ""}, "outcome"),
    ({"outcome": "maybe"}, "outcome"),
    ({"duration_minutes": 0}, "duration_minutes"),
    ({"duration_minutes": 601}, "duration_minutes"),
    ({"follow_up_date": date(2030, 1, 1)}, "follow_up_date"),
    ({"note": "x" * 501}, "note"),
    ({"age_band": "ancient"}, "age_band"),
    ({"referral": "nowhere"}, "referral"),
    ({"staff_id": "nobody"}, "staff_id"),
    ({"spot_id": "nowhere"}, "spot_id"),
    ({"session_id": "no-session"}, "session_id"),
    ({"started_at": datetime(2025, 1, 1, 9, 0)}, "started_at"),
    ({"started_at": datetime.now(timezone.utc) + timedelta(days=2)}, "started_at"),
])
def test_bad_input_is_refused_with_the_field_and_a_sentence(ready_services, make_draft,
                                                            fields, field):
    """Each wrong value raises InputError naming its field, and nothing is saved."""
    with pytest.raises(InputError) as caught:
        ready_services.intake.record_visit(make_draft(**fields))
    assert caught.value.field == field
    assert caught.value.sentence().endswith(".")
    assert ready_services.visits.page(VisitFilter()) == []


def test_limits_are_inclusive(ready_services, make_draft):
    """1 and 600 minutes and a 500-character note are accepted."""
    for minutes in (1, 600):
        ready_services.intake.record_visit(make_draft(duration_minutes=minutes, note="n" * 500))


def test_an_edit_bumps_the_revision_and_a_stale_edit_conflicts(ready_services, make_draft):
    """update_visit saves at revision + 1; an edit based on an old revision is refused."""
    visit = ready_services.intake.record_visit(make_draft())
    edited = ready_services.intake.update_visit(
        visit.id, replace(visit.as_draft(), outcome="partly", question_types=("email",)),
        expected_revision=1)
    assert (edited.revision, edited.outcome, edited.question_types) == (2, "partly", ("email",))
    assert edited.started_at == visit.started_at and edited.created_at == visit.created_at
    assert edited.updated_at > visit.updated_at
    with pytest.raises(ConflictError):
        ready_services.intake.update_visit(visit.id, visit.as_draft(), expected_revision=1)
    assert ready_services.intake.get_visit(visit.id).outcome == "partly"


def test_delete_is_a_tombstone_and_restore_brings_it_back(ready_services, make_draft):
    """A deleted visit stays in the file (for sync) but leaves the list; restore undoes it."""
    visit = ready_services.intake.record_visit(make_draft())
    gone = ready_services.intake.delete_visit(visit.id)
    assert gone.deleted and gone.revision == 2
    assert ready_services.intake.get_visit(visit.id).deleted
    assert ready_services.visits.page(VisitFilter()) == []
    assert ready_services.intake.delete_visit(visit.id).revision == 2  # twice: no change
    with pytest.raises(NotFoundError):
        ready_services.intake.update_visit(visit.id, visit.as_draft(), expected_revision=2)
    back = ready_services.intake.restore_visit(visit.id)
    assert not back.deleted and back.revision == 3
    assert [r.id for r in ready_services.visits.page(VisitFilter())] == [visit.id]


def test_unknown_visit_is_not_found(ready_services):
    """Asking for a visit id that does not exist raises NotFoundError."""
    with pytest.raises(NotFoundError):
        ready_services.intake.get_visit("nope")


def test_tallies_record_minimal_solved_visits(ready_services, spot_id):
    """print and scan count as print_scan, wifi as internet: solved, 5 minutes, in person."""
    kinds = {t: ready_services.intake.record_tally(t, session_id=None, spot_id=spot_id,
                                                   staff_id=None)
             for t in ("print", "scan", "wifi")}
    assert kinds["print"].question_types == kinds["scan"].question_types == ("print_scan",)
    assert kinds["wifi"].question_types == ("internet",)
    assert {(v.outcome, v.duration_minutes, v.channel) for v in kinds.values()} == {
        ("solved", 5, "in_person")}
    with pytest.raises(InputError):
        ready_services.intake.record_tally("coffee", session_id=None, spot_id=spot_id,
                                           staff_id=None)


def test_a_retired_code_stays_readable_and_editable_but_not_for_new_visits(ready_services,
                                                                          make_draft):
    """After retiring 'taxes', old visits keep it, can be edited, and new ones cannot use it."""
    old = ready_services.intake.record_visit(make_draft(question_types=("taxes",)))
    ready_services.taxonomy.set_active("question_types", "taxes", False)
    assert ready_services.intake.get_visit(old.id).question_types == ("taxes",)
    assert ready_services.visits.page(VisitFilter(question_type="taxes"))[0].id == old.id
    edited = ready_services.intake.update_visit(
        old.id, replace(old.as_draft(), duration_minutes=30), expected_revision=1)
    assert edited.question_types == ("taxes",)
    with pytest.raises(InputError) as caught:
        ready_services.intake.record_visit(make_draft(question_types=("taxes",)))
    assert caught.value.field == "question_types"
    assert ready_services.taxonomy.current().label("question_types", "taxes", "nl") == \
        "Belastingen (Tax-on-web)"


def test_duplicate_makes_a_new_visit_now_with_the_same_content(ready_services, make_draft):
    """A copy has its own id and revision 1, the same questions and outcome, and starts now."""
    source = ready_services.intake.record_visit(make_draft(
        question_types=("email", "security"), outcome="partly",
        started_at=datetime.now(timezone.utc) - timedelta(days=3)))
    copy = ready_services.intake.duplicate_visit(source.id)
    assert copy.id != source.id and copy.revision == 1
    assert copy.question_types == source.question_types and copy.outcome == "partly"
    assert copy.started_at > source.started_at + timedelta(days=2)


def test_duration_favourites_follow_recent_use(ready_services, make_draft):
    """The durations used most float to the front; the usual ones fill the rest."""
    for minutes in (40, 40, 40, 25, 25, None):
        ready_services.intake.record_visit(make_draft(duration_minutes=minutes))
    assert ready_services.intake.duration_favourites() == [40, 25, 5, 10, 15, 30]
    assert ready_services.intake.duration_favourites(limit=3) == [40, 25, 5]


def test_no_visit_before_the_desk_is_set_up(services):
    """Before the first run there is no desk to record for: a plain InputError."""
    spot = services.desk.add_spot("Digipunt Jette", "digipunt")
    from helpdesk.core.records import VisitDraft

    with pytest.raises(InputError):
        services.intake.record_visit(VisitDraft(None, spot.id, None, ("email",), "solved"))


def test_last_autonomy_is_the_helpers_latest_that_had_one(ready_services, make_draft):
    """Each helper's own latest autonomy; visits without one and deleted ones are passed over."""
    state = ready_services.desk.startup_state()
    first, second = state.staff[0].id, state.staff[1].id
    now = datetime.now(timezone.utc)
    intake = ready_services.intake
    assert intake.last_autonomy(first) is None
    intake.record_visit(make_draft(staff_id=first, autonomy="together",
                                   started_at=now - timedelta(hours=3)))
    intake.record_visit(make_draft(staff_id=second, autonomy="done_for",
                                   started_at=now - timedelta(hours=2)))
    intake.record_visit(make_draft(staff_id=first, autonomy=None,
                                   started_at=now - timedelta(hours=1)))
    assert intake.last_autonomy(first) == "together"
    latest = intake.record_visit(make_draft(staff_id=first, autonomy="autonomous",
                                            started_at=now - timedelta(minutes=5)))
    assert intake.last_autonomy(first) == "autonomous"
    intake.delete_visit(latest.id)
    assert intake.last_autonomy(first) == "together"
    assert intake.last_autonomy(second) == "done_for"
    assert intake.last_autonomy(None) is None
