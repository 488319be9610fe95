"""Issue 9 in Settings and the visit editor: accounts, how long notes are kept, the audit
trail, a visit's history and when its note goes — driven as a coordinator would."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from helpdesk.core.access import Account
from helpdesk.core.records import VisitDraft
from helpdesk.store import keys as keys_module
from helpdesk.store.keys import KdfParams
from ui_support import click


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch):
    """Argon2id at its lowest cost: the same code path, without half a second per slot."""
    monkeypatch.setattr(keys_module, "DEFAULT_KDF", KdfParams(time_cost=1, memory_cost=8192))


@pytest.fixture(autouse=True)
def english(qapp):
    """The English file, for its plural forms ("2 notes", "1 note"), as the app installs it."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from helpdesk.ui import i18n

    locale = QLocale()
    assert i18n.install_language("en")
    yield
    for translator in i18n._installed:
        QCoreApplication.removeTranslator(translator)
    i18n._installed.clear()
    QLocale.setDefault(locale)


@pytest.fixture
def answer(confirm_with):
    """Confirmation boxes answer with the button of a given role; returns the questions."""
    return confirm_with


@pytest.fixture
def protected(ready_services):
    """The test desk protected by Fatima, signed in as her (coordinator)."""
    ready_services.protect("Fatima", "fatima's passphrase")
    return ready_services


def days_ago(days: int) -> datetime:
    return datetime.now(timezone.utc) - timedelta(days=days)


def record(services, **fields):
    state = services.desk.startup_state()
    values = dict(session_id=None, spot_id=state.spots[0].id, staff_id=None,
                  question_types=("email",), outcome="partly")
    values.update(fields)
    return services.intake.record_visit(VisitDraft(**values))


def shown_settings(ctx, tasks, data_dir, qtbot):
    from helpdesk.ui.settings_screen import SettingsScreen

    widget = SettingsScreen(ctx, tasks, data_dir)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def rows(list_widget) -> list[str]:
    return [list_widget.item(n).text() for n in range(list_widget.count())]


def test_a_coordinator_adds_an_account_for_a_helper(protected, ctx, tasks, data_dir, qtbot):
    """Jan (a helper) gets a staff account: a short passphrase and a mismatch are refused
    next to their fields, then it is saved and Jan's passphrase opens the desk."""
    screen = shown_settings(ctx, tasks, data_dir, qtbot)
    box = screen.accounts
    assert box.isVisible() and rows(box.list) == ["Fatima — Coordinator"]
    click(qtbot, box.add_button)
    dialog = box.dialog
    assert [dialog.name.itemText(n) for n in range(dialog.name.count())] == ["Jan"]
    dialog.name.setCurrentIndex(0)
    dialog.role.setCurrentIndex(dialog.role.findData("staff"))
    qtbot.keyClicks(dialog.passphrase, "short")
    click(qtbot, dialog.ok_button)
    assert dialog.errors["passphrase"].isVisible()
    assert "at least 8 characters" in dialog.errors["passphrase"].text()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "jan's passphrase")
    qtbot.keyClicks(dialog.again, "jan's passphrasf")
    click(qtbot, dialog.ok_button)
    assert "not the same" in dialog.errors["again"].text()
    dialog.again.clear()
    qtbot.keyClicks(dialog.again, "jan's passphrase")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert rows(box.list) == ["Fatima — Coordinator", "Jan — Staff member"]
    jan = next(a for a in protected.accounts.accounts() if a.name == "Jan")
    assert jan.staff_id == next(s.id for s in protected.desk.staff() if s.name == "Jan")
    from helpdesk.services.accounts import unlock_key

    assert unlock_key(data_dir, "Jan", "jan's passphrase")[1].staff_id == jan.staff_id


def test_the_last_coordinator_cannot_be_removed_and_a_role_changes(
        protected, ctx, tasks, data_dir, qtbot, answer, monkeypatch):
    protected.accounts.add("Jan", "staff", "jan's passphrase")
    screen = shown_settings(ctx, tasks, data_dir, qtbot)
    box = screen.accounts
    box.list.setCurrentRow(0)  # Fatima
    asked = answer(QMessageBox.ButtonRole.DestructiveRole)
    click(qtbot, box.remove_button)
    assert "Remove the account of Fatima" in asked[0]
    assert box.error.isVisible()
    assert "Fatima is the last coordinator; add another coordinator first." == box.error.text()
    box.list.setCurrentRow(1)  # Jan → coordinator
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda *a, **k: ("Coordinator", True))
    click(qtbot, box.role_button)
    assert rows(box.list) == ["Fatima — Coordinator", "Jan — Coordinator"]
    box.list.setCurrentRow(0)
    click(qtbot, box.remove_button)
    assert rows(box.list) == ["Jan — Coordinator"]
    assert "Fatima" not in [a.name for a in protected.accounts.accounts()]


def test_a_new_passphrase_for_an_account(protected, ctx, tasks, data_dir, qtbot):
    from helpdesk.services.accounts import unlock_key

    screen = shown_settings(ctx, tasks, data_dir, qtbot)
    click(qtbot, screen.accounts.passphrase_button)
    dialog = screen.accounts.dialog
    assert not dialog.name.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.passphrase, "a whole new phrase")
    qtbot.keyClicks(dialog.again, "a whole new phrase")
    click(qtbot, dialog.ok_button)
    assert unlock_key(data_dir, "Fatima", "a whole new phrase")[1].is_named("Fatima")


def test_a_volunteer_sees_none_of_it(protected, ctx, tasks, data_dir, qtbot):
    vera = protected.accounts.add("Vera", "volunteer", "vera's passphrase")
    protected.signed_in.account = Account(vera.staff_id, "Vera", "volunteer")
    screen = shown_settings(ctx, tasks, data_dir, qtbot)
    assert not screen.accounts.isVisible()
    assert not screen.retention.isVisible()
    assert not screen.audit.isVisible()
    assert screen.spots.isVisible()  # the rest is the lock task's to hide


def test_retention_is_saved_and_old_notes_erased_after_a_count(
        ready_services, ctx, tasks, data_dir, qtbot, answer):
    old = record(ready_services, started_at=days_ago(45), note="Dossier OCMW")
    record(ready_services, started_at=days_ago(40), note="Huurwaarborg")
    recent = record(ready_services, started_at=days_ago(2), note="Recent")
    screen = shown_settings(ctx, tasks, data_dir, qtbot)
    box = screen.retention
    assert box.isVisible() and box.days.value() == 90
    box.days.selectAll()
    qtbot.keyClicks(box.days, "30")
    click(qtbot, box.save_button)
    assert ready_services.notes.retention_days() == 30 and ctx.note_retention_days == 30
    asked = answer(QMessageBox.ButtonRole.RejectRole)
    click(qtbot, box.erase_button)
    assert "2 notes of visits older than 30 days will be erased" in asked[0]
    assert ready_services.intake.get_visit(old.id).note == "Dossier OCMW"  # Cancel
    answer(QMessageBox.ButtonRole.DestructiveRole)
    click(qtbot, box.erase_button)
    assert box.result.text() == "2 notes erased."
    assert ready_services.intake.get_visit(old.id).note == ""
    assert ready_services.intake.get_visit(recent.id).note == "Recent"
    click(qtbot, box.erase_button)
    assert "nothing to erase" in box.result.text()


def test_the_scheduled_purge_erases_old_notes(ready_services, ctx, tasks, qtbot):
    from helpdesk.ui.retention_setting import NotePurgeSchedule

    old = record(ready_services, started_at=days_ago(120), note="Oud")
    schedule = NotePurgeSchedule(ctx, tasks, first_ms=0)
    with qtbot.waitSignal(schedule.purged) as purged:
        pass
    assert purged.args == [1]
    assert ready_services.intake.get_visit(old.id).note == ""
    assert schedule.timer.isActive()
    assert ctx.note_retention_days == 90


def test_the_trail_reads_as_sentences_filters_and_checks(
        ready_services, ctx, tasks, data_dir, qtbot):
    record(ready_services)  # before the desk had accounts: no one's name on it
    protected = ready_services
    protected.protect("Fatima", "fatima's passphrase")
    visit = record(protected, outcome="partly")
    protected.intake.update_visit(visit.id, VisitDraft(**{
        **visit.as_draft().__dict__, "outcome": "solved"}), expected_revision=visit.revision)
    screen = shown_settings(ctx, tasks, data_dir, qtbot)
    box = screen.audit
    assert box.isVisible()
    texts = rows(box.list)
    short = visit.id[:4].upper()
    assert any(f"Fatima edited visit {short}…: outcome Partly solved → Solved" in t
               for t in texts), texts
    assert any("Fatima gave Fatima an account (coordinator)" in t for t in texts), texts
    box.person.setCurrentIndex(box.person.findData(""))  # entries before protection
    click(qtbot, box.show_button)
    assert [t.split("  ", 1)[1] for t in rows(box.list)] == [
        f"Someone (no accounts yet) recorded visit {ready_services.audit.entries()[0].record_id[:4].upper()}…"]
    box.from_day.setDate(box.from_day.date().addDays(-400))
    box.to_day.setDate(box.to_day.date().addDays(-300))
    click(qtbot, box.show_button)
    assert rows(box.list) == [] and "Nothing was recorded" in box.count.text()
    click(qtbot, box.verify_button)
    assert box.verdict.text().startswith("The trail is intact:")
    with protected.engine.begin() as conn:  # someone edits the file behind the app's back
        conn.exec_driver_sql("DROP TRIGGER audit_entry_no_update")
        conn.exec_driver_sql("UPDATE audit_entry SET actor = 'Jan' WHERE seq = 3")
    click(qtbot, box.verify_button)
    assert "entry number 3 does not fit" in box.verdict.text()


def test_the_visit_editor_shows_its_history_and_when_the_note_goes(
        ready_services, ctx, tasks, qtbot):
    from helpdesk.ui.visit_editor import VisitEditorDialog

    visit = record(ready_services, started_at=datetime(2026, 12, 1, 10, tzinfo=timezone.utc),
                   note="Belastingbrief")
    ready_services.intake.update_visit(visit.id, VisitDraft(**{
        **visit.as_draft().__dict__, "outcome": "solved"}), expected_revision=visit.revision)
    dialog = VisitEditorDialog(ctx, tasks, visit.id)
    qtbot.addWidget(dialog)
    dialog.show()
    history = rows(dialog.history)
    assert dialog.history.isVisible() and len(history) == 2
    assert history[1].endswith("edited visit " + visit.id[:4].upper()
                               + "…: outcome Partly solved → Solved")
    assert dialog.form.details.note_expiry.text() == \
        "This note will be erased on Monday, 1 March 2027."


def test_the_intake_note_says_how_long_notes_are_kept(ready_services, ctx, tasks, qtbot):
    from helpdesk.ui.retention_setting import NotePurgeSchedule
    from ui_support import shown_intake

    screen = shown_intake(ctx, tasks, qtbot)
    NotePurgeSchedule(ctx, tasks, screen)
    assert screen.form.details.note_expiry.text() == "Notes are erased after 90 days."
    ready_services.notes.set_retention_days(30)
    ctx.set_note_retention_days(30)
    assert screen.form.details.note_expiry.text() == "Notes are erased after 30 days."


def test_a_desk_without_accounts_only_says_so(ctx, tasks, data_dir, qtbot):
    screen = shown_settings(ctx, tasks, data_dir, qtbot)
    box = screen.accounts
    assert box.isVisible() and "no accounts yet" in box.text.text()
    assert not box.list.isVisible() and not box.add_button.isVisible()
