"""Issue 9, the coordinator's side: more of the desk in the audit trail, filters and a
visit's history, the count before a purge and its backup, and the role rules still missing."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from helpdesk.core.access import Account, NotAllowedError
from helpdesk.core.sync_records import TargetDraft
from helpdesk.core.report_records import ReportRequest
from helpdesk.store import keys as keys_module
from helpdesk.store.backups import list_backups
from helpdesk.store.keys import KdfParams


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch):
    """Argon2id at its lowest cost: the same code path, without half a second per slot."""
    monkeypatch.setattr(keys_module, "DEFAULT_KDF", KdfParams(time_cost=1, memory_cost=8192))


def days_ago(days: int) -> datetime:
    return datetime.now(timezone.utc) - timedelta(days=days)


def last(services):
    return services.audit.entries()[-1]


def test_spots_helpers_and_desk_settings_are_in_the_trail(ready_services):
    """Each change names what changed, before → after, in the same write."""
    desk = ready_services.desk
    spot = desk.add_spot("Bib Anderlecht", "library")
    assert (last(ready_services).action, last(ready_services).record_id) == ("spot added", spot.id)
    desk.update_spot(spot.id, name="Bibliotheek Anderlecht")
    entry = last(ready_services)
    assert entry.action == "spot changed" and entry.details["changed"] == {
        "name": {"before": "Bib Anderlecht", "after": "Bibliotheek Anderlecht"}}
    desk.update_spot(spot.id, active=False)
    assert last(ready_services).details["changed"] == {"active": {"before": True,
                                                                  "after": False}}
    helper = desk.add_staff("Yusuf")
    assert (last(ready_services).action, last(ready_services).details) == (
        "helper added", {"name": "Yusuf", "role": "volunteer"})
    desk.update_staff(helper.id, role="staff")
    assert last(ready_services).details["changed"] == {"role": {"before": "volunteer",
                                                                "after": "staff"}}
    desk.update_settings(desk_name="Digipunt Kuregem")
    entry = last(ready_services)
    assert (entry.action, entry.details["setting"], entry.details["before"],
            entry.details["after"]) == ("settings changed", "desk_name", "Test desk",
                                        "Digipunt Kuregem")
    count = len(ready_services.audit.entries())
    desk.update_settings(desk_name="Digipunt Kuregem")  # nothing changed: nothing written
    assert len(ready_services.audit.entries()) == count
    assert ready_services.audit.verify().intact


def test_sync_targets_are_in_the_trail_without_their_token(ready_services, tmp_path):
    sync = ready_services.sync
    target = sync.add_target(TargetDraft(name="Hub", kind="http",
                                         url="https://hub.example.be", token="s3cret-token"))
    sync.update_target(target.id, TargetDraft(name="Hub Brussel", kind="http",
                                              url="https://hub.example.be",
                                              token="an0ther-token"))
    sync.remove_target(target.id)
    entries = [e for e in ready_services.audit.entries() if e.record_id == target.id]
    assert [e.action for e in entries] == ["target added", "target changed", "target removed"]
    assert entries[1].details["changed"] == {"name": {"before": "Hub", "after": "Hub Brussel"}}
    assert entries[1].details["token_changed"] is True
    assert "token" not in repr([e.details for e in entries]).replace("token_changed", "")


def test_sessions_opened_changed_and_closed_are_in_the_trail(ready_services):
    spot = ready_services.desk.spots()[0]
    fatima, jan = ready_services.desk.staff()
    session = ready_services.sessions.open_session(spot.id, [fatima.id])
    ready_services.sessions.set_helpers(session.id, [fatima.id, jan.id])
    ready_services.sessions.close_session(session.id, turned_away=2)
    ready_services.sessions.close_session(session.id, turned_away=3)
    entries = ready_services.audit.history(session.id)
    assert [e.action for e in entries] == ["session opened", "session changed",
                                           "session closed", "session changed"]
    assert entries[0].details == {"spot": "Buurtbar Kuregem", "helpers": ["Fatima"]}
    assert entries[1].details["changed"] == {"helpers": {"before": ["Fatima"],
                                                         "after": ["Fatima", "Jan"]}}
    assert entries[3].details["changed"] == {"turned_away": {"before": 2, "after": 3}}


def test_imported_lists_and_retired_items_are_in_the_trail(ready_services, tmp_path):
    path = tmp_path / "lists.toml"
    ready_services.taxonomy.export_file(path)
    ready_services.taxonomy.import_file(path)
    assert last(ready_services).action == "lists imported"
    ready_services.taxonomy.set_active("outcomes", "solved", False)
    assert last(ready_services).details == {
        "list": "outcomes", "code": "solved",
        "changed": {"active": {"before": True, "after": False}}}


def test_entries_filter_by_person_and_dates_and_a_visit_has_its_history(ready_services,
                                                                         make_draft):
    visit = ready_services.intake.record_visit(make_draft(outcome="partly"))
    ready_services.intake.update_visit(visit.id, make_draft(outcome="solved"),
                                       expected_revision=visit.revision)
    ready_services.desk.add_spot("Elsewhere", "library")
    history = ready_services.audit.history(visit.id)
    assert [e.action for e in history] == ["visit recorded", "visit edited"]
    assert history[1].details["outcome"] == {"before": "partly", "after": "solved"}
    now = datetime.now(timezone.utc)
    assert len(ready_services.audit.entries(since=now + timedelta(minutes=1))) == 0
    assert len(ready_services.audit.entries(until=now - timedelta(minutes=1))) == 0
    assert len(ready_services.audit.entries(since=now - timedelta(minutes=1),
                                            until=now + timedelta(minutes=1))) == 3
    assert ready_services.audit.actors() == [""]
    assert len(ready_services.audit.entries(actor="Fatima")) == 0
    newest = ready_services.audit.entries(limit=1, newest_first=True)
    assert [e.action for e in newest] == ["spot added"]


def test_the_count_before_a_purge_and_the_backup_it_makes(ready_services, make_draft,
                                                          data_dir):
    intake = ready_services.intake
    intake.record_visit(make_draft(started_at=days_ago(120), note="Oud"))
    intake.record_visit(make_draft(started_at=days_ago(100), note="Ook oud"))
    intake.record_visit(make_draft(started_at=days_ago(10), note="Nieuw"))
    assert ready_services.notes.count_to_erase() == 2
    assert ready_services.notes.count_to_erase(5) == 3
    before = [b for b in list_backups(data_dir / "helpdesk.db") if b.reason == "before-purge"]
    assert before == []
    assert ready_services.notes.purge() == 2
    made = [b for b in list_backups(data_dir / "helpdesk.db") if b.reason == "before-purge"]
    assert len(made) == 1
    assert ready_services.notes.count_to_erase() == 0
    assert ready_services.notes.purge() == 0  # nothing to erase: no backup either
    assert len([b for b in list_backups(data_dir / "helpdesk.db")
                if b.reason == "before-purge"]) == 1


@pytest.fixture
def as_volunteer(ready_services, make_draft):
    """A protected desk signed in as Vera (volunteer); an old and a new visit."""
    old = ready_services.intake.record_visit(make_draft(started_at=days_ago(3), note="x"))
    ready_services.protect("Fatima", "fatima's passphrase")
    ready_services.accounts.add("Vera", "volunteer", "vera's passphrase")
    new = ready_services.intake.record_visit(make_draft(note="today"))
    vera = next(a for a in ready_services.accounts.accounts() if a.name == "Vera")
    ready_services.signed_in.account = Account(vera.staff_id, "Vera", "volunteer")
    return ready_services, old, new


def test_a_volunteer_opens_only_todays_visits_by_id(as_volunteer, monkeypatch):
    services, old, new = as_volunteer
    assert services.intake.get_visit(new.id).note == "today"
    # The old visit was recorded minutes ago (a volunteer may still correct it): backdate
    # its recording so only its day counts.
    from helpdesk.services import intake as intake_module
    monkeypatch.setattr(intake_module, "VOLUNTEER_EDIT_WINDOW", timedelta(seconds=0))
    with pytest.raises(NotAllowedError):
        services.intake.get_visit(old.id)
    assert services.intake.get_visit(new.id).id == new.id  # started today


def test_a_volunteer_previews_only_todays_figures(as_volunteer):
    services, _old, _new = as_volunteer
    today = datetime.now(timezone.utc).date()
    view = services.reports.preview(
        ReportRequest(first_day=today - timedelta(days=30), last_day=today, by_week=False),
        "en")
    assert view.visit_records == 1  # today's visit; not the one of three days ago
    with pytest.raises(NotAllowedError):
        services.audit.history(_new.id)


def test_backup_and_restore_commands_need_a_coordinator(as_volunteer, data_dir):
    """Vera's passphrase opens the desk but not its backups; Fatima's does."""
    from helpdesk.cli.backup import store_key
    from types import SimpleNamespace

    services, _old, _new = as_volunteer
    services.close()
    vera = data_dir.parent / "vera.txt"
    vera.write_text("vera's passphrase")
    fatima = data_dir.parent / "fatima.txt"
    fatima.write_text("fatima's passphrase")
    with pytest.raises(NotAllowedError):
        store_key(SimpleNamespace(staff="Vera", passphrase_file=str(vera)), data_dir)
    assert store_key(SimpleNamespace(staff="Fatima", passphrase_file=str(fatima)),
                     data_dir) is not None


def test_a_coordinator_sets_a_new_passphrase_and_the_last_coordinator_keeps_the_role(
        ready_services, data_dir):
    from helpdesk.core.errors import InputError
    from helpdesk.services import Services

    services = ready_services
    services.protect("Fatima", "fatima's passphrase")
    services.accounts.add("Vera", "volunteer", "vera's passphrase")
    services.accounts.set_passphrase("Vera", "a brand new one")
    assert last(services).action == "passphrase changed"
    fatima = next(s for s in services.desk.staff() if s.name == "Fatima")
    with pytest.raises(InputError, match="last coordinator"):
        services.desk.update_staff(fatima.id, role="staff")
    with pytest.raises(InputError, match="last coordinator"):
        services.desk.update_staff(fatima.id, active=False)
    vera = next(s for s in services.desk.staff() if s.name == "Vera")
    services.desk.update_staff(vera.id, role="coordinator")
    services.desk.update_staff(fatima.id, role="staff")  # another coordinator now
    services.close()
    again = Services.open(data_dir, staff="Vera", passphrase="a brand new one")
    try:
        assert again.signed_in.account.role == "coordinator"
        again.signed_in.account = Account(fatima.id, "Fatima", "staff")
        with pytest.raises(NotAllowedError):
            again.accounts.set_passphrase("Vera", "not hers to set")
        again.accounts.set_passphrase("Fatima", "her own new one")  # her own: allowed
    finally:
        again.close()


def test_a_purge_plan_read_first_is_erased_by_id_and_checked_again(ready_services,
                                                                   make_draft):
    """The GUI plans off the writer, then erases: a visit moved to a recent day meanwhile
    keeps its note; a note added to an old visit after the plan waits for the next purge."""
    intake = ready_services.intake
    old = intake.record_visit(make_draft(started_at=days_ago(120), note="Oud"))
    moved = intake.record_visit(make_draft(started_at=days_ago(100), note="Verplaatst"))
    later = intake.record_visit(make_draft(started_at=days_ago(130)))
    plan = ready_services.notes.plan_purge()
    assert set(plan.visit_ids) == {old.id, moved.id} and plan.days == 90
    intake.update_visit(moved.id, make_draft(started_at=days_ago(1), note="Verplaatst"),
                        expected_revision=moved.revision)
    intake.update_visit(later.id, make_draft(started_at=days_ago(130), note="Nieuw"),
                        expected_revision=later.revision)
    assert ready_services.notes.erase(plan) == 1
    assert intake.get_visit(old.id).note == ""
    assert intake.get_visit(moved.id).note == "Verplaatst"
    assert intake.get_visit(later.id).note == "Nieuw"
    assert ready_services.notes.purge() == 1 and intake.get_visit(later.id).note == ""


def test_a_coordinator_who_steps_down_loses_the_coordinators_rights_at_once(ready_services):
    services = ready_services
    services.protect("Fatima", "fatima's passphrase")
    jan = next(s for s in services.desk.staff() if s.name == "Jan")
    services.desk.update_staff(jan.id, role="coordinator")
    services.accounts.add("Jan", "coordinator", "jan's passphrase")
    fatima = services.signed_in.account
    services.desk.update_staff(fatima.staff_id, role="staff")
    assert services.signed_in.account.role == "staff"
    with pytest.raises(NotAllowedError):
        services.audit.entries()


def test_a_coordinator_turns_the_residence_question_off(ready_services, make_draft):
    """Issue 12: the setting is kept, audited, read the same by the startup snapshot, and
    visits keep the postcodes they have; a volunteer may not change it."""
    from helpdesk.core.constants import DB_FILENAME
    from helpdesk.store.snapshot import read_startup_state

    desk = ready_services.desk
    visit = ready_services.intake.record_visit(make_draft(residence="1080"))
    assert desk.startup_state().settings.ask_residence
    assert desk.update_settings(ask_residence=False).ask_residence is False
    entry = last(ready_services)
    assert (entry.action, entry.details) == ("settings changed", {
        "setting": "ask_residence", "before": True, "after": False})
    count = len(ready_services.audit.entries())
    desk.update_settings(ask_residence=False)  # nothing changed: nothing written
    assert len(ready_services.audit.entries()) == count
    assert desk.startup_state().settings.ask_residence is False
    snapshot = read_startup_state(ready_services.data_dir / DB_FILENAME)
    assert snapshot is not None and snapshot.settings.ask_residence is False
    assert ready_services.intake.get_visit(visit.id).residence == "1080"
    ready_services.protect("Fatima", "fatima's passphrase")
    ready_services.accounts.add("Vera", "volunteer", "vera's passphrase")
    vera = next(a for a in ready_services.accounts.accounts() if a.name == "Vera")
    ready_services.signed_in.account = Account(vera.staff_id, "Vera", "volunteer")
    with pytest.raises(NotAllowedError):
        desk.update_settings(ask_residence=True)
