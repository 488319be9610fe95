"""Accounts and key slots: a protected store opens with any account's passphrase, nothing else."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from helpdesk.core.access import NotAllowedError, UnlockError
from helpdesk.core.errors import InputError
from helpdesk.core.records import VisitDraft
from helpdesk.services import Services
from helpdesk.store import keys as keys_module
from helpdesk.store.keys import read_key_file
from helpdesk.store.cipher import PLAIN_HEADER
from helpdesk.store.migrate import backup_store
from helpdesk.store.snapshot import read_protection, read_startup_state

SECRETS = (b"Buurtbar Kuregem", b"Fatima", b"Zorgverzekering aanvraag", b"smartphone")


@pytest.fixture(autouse=True)
def _cheap(cheap_argon2):
    """Every test here uses the cheap Argon2id of tests/conftest.py."""


class Sleeps(list):
    """A sleep that records how long it was asked to wait."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def record_visits(services, count: int = 3) -> None:
    """``count`` visits at the desk's spot by Fatima, each with a note."""
    spot = services.desk.spots()[0]
    fatima = next(s for s in services.desk.staff() if s.name == "Fatima")
    for _ in range(count):
        services.intake.record_visit(VisitDraft(
            session_id=None, spot_id=spot.id, staff_id=fatima.id,
            question_types=("smartphone",), outcome="solved", note="Zorgverzekering aanvraag"))


@pytest.fixture
def protected(ready_services, data_dir):
    """A desk with three visits, protected by Fatima (coordinator); its recovery code."""
    record_visits(ready_services)
    # A copy taken before a migration, while the store was still plain.
    backup_store(data_dir / "helpdesk.db", "0002")
    code = ready_services.protect("Fatima", "fatima's passphrase")
    ready_services.accounts.add("Jan", "staff", "jan's passphrase")
    ready_services.accounts.add("Vera", "volunteer", "vera's passphrase")
    ready_services.close()
    return code


def test_protecting_keeps_every_record_and_leaves_nothing_readable(protected, data_dir):
    """The store and its older backup are encrypted: sqlite3 reads neither, no file shows a secret."""
    assert len(list(data_dir.glob("helpdesk.db.bak-0002-*"))) == 1
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(data_dir / "helpdesk.db").execute("SELECT * FROM visit").fetchall()
    assert (data_dir / "helpdesk.db").read_bytes()[:16] != PLAIN_HEADER
    for path in (p for p in data_dir.rglob("*") if p.is_file()):  # backups/ too
        content = path.read_bytes()
        found = [s for s in SECRETS if s in content]  # keys.json names nobody either
        assert found == [], path.name
    services = Services.open(data_dir, staff="jan", passphrase="jan's passphrase")
    try:
        rows = services.engine.connect().exec_driver_sql(
            "SELECT count(*), min(note) FROM visit").one()
        assert tuple(rows) == (3, "Zorgverzekering aanvraag")
        assert services.signed_in.account.role == "staff"
    finally:
        services.close()


def test_the_snapshot_says_only_protected_and_the_names(protected, data_dir):
    """Before unlock the GUI learns that the desk is protected and by whom, nothing else."""
    db_path = data_dir / "helpdesk.db"
    state = read_protection(db_path)
    assert state.protected and state.accounts == ()  # the key file names nobody
    for name in ("Fatima", "Jan", "Vera", "a stranger"):
        assert name.encode() not in (data_dir / "keys.json").read_bytes()
    assert read_startup_state(db_path) is None


def test_a_store_without_accounts_is_not_protected(ready_services, data_dir):
    """An unprotected store opens without a name and allows everything, as before."""
    assert not read_protection(data_dir / "helpdesk.db").protected
    assert not ready_services.protected and ready_services.signed_in.account is None
    assert read_startup_state(data_dir / "helpdesk.db") is not None


def test_wrong_passphrases_never_open_and_wait_longer_each_time(protected, data_dir):
    """Each wrong try is refused with one sentence after a growing delay; a right one resets it."""
    sleeps = Sleeps()
    for wrong in ("nope", "fatima's passphras", "FATIMA'S PASSPHRASE"):
        with pytest.raises(UnlockError) as caught:
            Services.open(data_dir, staff="Fatima", passphrase=wrong, sleep=sleeps)
        assert str(caught.value) == ("This name and passphrase do not open the desk; check "
                                     "them and try again.")
    with pytest.raises(UnlockError):
        Services.open(data_dir, staff="Nobody", passphrase="fatima's passphrase", sleep=sleeps)
    assert sleeps == [0.0, 1.0, 2.0, 4.0]
    with pytest.raises(UnlockError):
        Services.open(data_dir)  # no name at all
    services = Services.open(data_dir, staff="Fatima", passphrase="fatima's passphrase")
    try:
        failed = [e for e in services.audit.entries() if e.action == "failed unlocks"]
        assert [e.details for e in failed] == [{"count": 4}]
    finally:
        services.close()
    with pytest.raises(UnlockError):
        Services.open(data_dir, staff="Fatima", passphrase="nope", sleep=sleeps)
    assert sleeps[-1] == 0.0  # the count started again


def test_roles_hold_in_the_services(protected, data_dir, tmp_path):
    """A volunteer cannot add accounts, export sheets, sync, read the audit or change settings."""
    from datetime import date

    from helpdesk.core.report_records import ReportRequest

    services = Services.open(data_dir, staff="Vera", passphrase="vera's passphrase")
    try:
        request = ReportRequest(first_day=date(2026, 1, 1), last_day=date(2026, 1, 31))
        attempts = [
            lambda: services.accounts.add("Eve", "coordinator", "eve's passphrase"),
            lambda: services.reports.export(request, "csv", "en", tmp_path / "sheet.csv"),
            lambda: services.sync.run(),
            lambda: services.audit.verify(),
            lambda: services.desk.update_settings(desk_name="Mine now"),
            lambda: services.notes.set_retention_days(1),
        ]
        for attempt in attempts:
            with pytest.raises(NotAllowedError):
                attempt()
        assert not (tmp_path / "sheet.csv").exists()
        record_visits(services, 1)  # recording is what a volunteer does
    finally:
        services.close()


def test_a_removed_account_no_longer_opens_even_with_an_old_key_file(protected, data_dir,
                                                                     tmp_path):
    """Removing Jan deletes his slot; restoring an old keys.json still does not let him in."""
    old_keys = tmp_path / "keys-before.json"
    shutil.copy(data_dir / "keys.json", old_keys)
    services = Services.open(data_dir, staff="Fatima", passphrase="fatima's passphrase")
    try:
        services.accounts.remove("jan")
        with pytest.raises(InputError):
            services.accounts.remove("Fatima")  # the last coordinator stays
        assert [a.name for a in services.accounts.accounts()] == ["Fatima", "Vera"]
    finally:
        services.close()
    assert len(read_key_file(data_dir).slots) == 3  # Fatima's, Vera's and the recovery code's
    with pytest.raises(UnlockError):
        Services.open(data_dir, staff="Jan", passphrase="jan's passphrase", sleep=Sleeps())
    shutil.copy(old_keys, data_dir / "keys.json")
    with pytest.raises(UnlockError) as caught:
        Services.open(data_dir, staff="Jan", passphrase="jan's passphrase")
    assert "removed" in str(caught.value)


def test_the_recovery_code_sets_a_new_passphrase(protected, data_dir):
    """The code as typed (lower case, spaces) gives Vera a new passphrase; the old one stops."""
    typed = protected.lower().replace("-", " ")
    with pytest.raises(UnlockError):
        Services.recover(data_dir, "AAAA-BBBB", "Vera", "a new passphrase", sleep=Sleeps())
    Services.recover(data_dir, typed, "Vera", "a new passphrase").close()
    with pytest.raises(UnlockError):
        Services.open(data_dir, staff="Vera", passphrase="vera's passphrase", sleep=Sleeps())
    services = Services.open(data_dir, staff="Vera", passphrase="a new passphrase")
    services.close()
    assert protected == keys_module.normal_recovery_code(typed)


def test_the_first_account_of_a_plain_store_links_an_existing_helper(ready_services):
    """Fatima keeps her staff id (her visits stay hers) and becomes coordinator."""
    before = {s.name: s.id for s in ready_services.desk.staff()}
    with pytest.raises(InputError):
        ready_services.protect("Fatima", "short")
    ready_services.protect("fatima", "fatima's passphrase")
    account = ready_services.signed_in.account
    assert (account.staff_id, account.name, account.role) == (before["Fatima"], "Fatima",
                                                              "coordinator")
    with pytest.raises(InputError):
        ready_services.accounts.add("FATIMA", "staff", "another passphrase")


def test_backups_of_a_protected_store_are_encrypted(protected, data_dir):
    """The copy taken before a migration is encrypted with the same key."""
    from helpdesk.services.accounts import unlock_key
    from helpdesk.store.cipher import connect

    key, _slot, _ = unlock_key(data_dir, "Fatima", "fatima's passphrase")
    backup = backup_store(data_dir / "helpdesk.db", "0004", key)
    content = backup.read_bytes()
    assert content[:16] != PLAIN_HEADER and all(s not in content for s in SECRETS)
    conn = connect(backup, key)
    assert conn.execute("SELECT count(*) FROM visit").fetchone()[0] == 3
    conn.close()


def test_a_volunteer_sees_only_todays_visits(protected, data_dir, make_draft):
    """Vera's list holds today's visits only, whatever the filter asks; Jan's holds all."""
    from datetime import datetime, timedelta, timezone

    from helpdesk.core.records import VisitFilter

    services = Services.open(data_dir, staff="Jan", passphrase="jan's passphrase")
    try:
        old = services.intake.record_visit(make_draft(
            started_at=datetime.now(timezone.utc) - timedelta(days=3), follow_up=True))
        assert old.id in {r.id for r in services.visits.page(VisitFilter())}
    finally:
        services.close()
    services = Services.open(data_dir, staff="Vera", passphrase="vera's passphrase")
    try:
        seen = services.visits.page(VisitFilter())
        assert len(seen) == 3 and old.id not in {r.id for r in seen}
        three_days = VisitFilter(date_from=old.started_at.date(), date_to=old.started_at.date())
        assert services.visits.page(three_days) == []
        assert old.id not in {r.id for r in services.visits.follow_ups()}
    finally:
        services.close()


def test_backups_in_the_backups_folder_of_a_protected_store_are_encrypted(protected, data_dir):
    """The day's copy (made plain before protecting), a new one and a restore: all keyed.

    No file in ``data/backups`` holds a readable spot name, note or helper; the backup made
    with the key restores with it, and the restored store opens with a passphrase.
    """
    from helpdesk.core.errors import StoreError
    from helpdesk.services.accounts import unlock_key
    from helpdesk.store import backups

    db_path = data_dir / "helpdesk.db"
    key, _slot, _ = unlock_key(data_dir, "Fatima", "fatima's passphrase")
    made = backups.make_backup(db_path, "manual", key=key)
    found = backups.list_backups(db_path)
    assert made in [b.path for b in found] and len(found) >= 2  # the daily one too
    for backup in found:
        content = backup.path.read_bytes()
        assert content[:16] != PLAIN_HEADER, backup.path.name
        assert [s for s in SECRETS if s in content] == [], backup.path.name
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(backup.path).execute("SELECT * FROM spot").fetchall()
    backups.check_backup(made, key)
    with pytest.raises(StoreError):
        backups.check_backup(made)  # without the key it is no readable store

    services = Services.open(data_dir, staff="Jan", passphrase="jan's passphrase")
    try:
        record_visits(services, 2)  # saved after the backup: not in it
    finally:
        services.close()
    aside = backups.restore(db_path, made, key=key)
    assert aside.exists() and (data_dir / "helpdesk.db").read_bytes()[:16] != PLAIN_HEADER
    assert all(s not in (data_dir / "helpdesk.db").read_bytes() for s in SECRETS)
    services = Services.open(data_dir, staff="Jan", passphrase="jan's passphrase")
    try:
        count = services.engine.connect().exec_driver_sql(
            "SELECT count(*) FROM visit").scalar()
        assert count == 3
        spots = [spot.name for spot in services.desk.spots()]
        assert spots == ["Buurtbar Kuregem"]
    finally:
        services.close()


def test_start_up_look_and_self_test_do_not_call_a_protected_store_damaged(
        protected, data_dir, capsys):
    """Encrypted pages are not damage: the cheap look leaves it to the unlock, self-test says so."""
    from helpdesk.cli.main import check_own_store
    from helpdesk.store.health import start_problem

    assert start_problem(data_dir / "helpdesk.db") is None
    assert check_own_store(data_dir) == 0
    out = capsys.readouterr().out
    assert "protected" in out and "damaged" not in out


def test_the_backup_and_restore_commands_on_a_protected_desk(protected, data_dir, tmp_path,
                                                            capsys, monkeypatch):
    """`helpdesk backup` / `restore` need a passphrase there; the copy they make is encrypted."""
    from helpdesk.cli.main import main
    from helpdesk.store import backups

    monkeypatch.delenv("HELPDESK_STAFF", raising=False)
    monkeypatch.delenv("HELPDESK_PASSPHRASE_FILE", raising=False)
    jan = tmp_path / "jan.txt"
    jan.write_text("jan's passphrase\n")
    secret = tmp_path / "fatima.txt"
    secret.write_text("fatima's passphrase\n")
    base = ["--data-dir", str(data_dir)]
    assert main(base + ["backup"]) == 1
    assert "protected" in capsys.readouterr().err
    # Backups and restores are a coordinator's (Jan is staff).
    assert main(base + ["backup", "--staff", "Jan", "--passphrase-file", str(jan)]) == 1
    assert "ask a coordinator" in capsys.readouterr().err
    assert main(base + ["backup", "--staff", "Fatima", "--passphrase-file", str(secret)]) == 0
    made = backups.list_backups(data_dir / "helpdesk.db")[0].path
    assert str(made) in capsys.readouterr().out
    content = made.read_bytes()
    assert content[:16] != PLAIN_HEADER and all(s not in content for s in SECRETS)
    assert main(base + ["--staff", "Fatima", "--passphrase-file", str(secret),
                        "restore", str(made)]) == 0
    assert "kept as" in capsys.readouterr().out
    services = Services.open(data_dir, staff="Fatima", passphrase="fatima's passphrase")
    try:
        assert services.engine.connect().exec_driver_sql(
            "SELECT count(*) FROM visit").scalar() == 3
    finally:
        services.close()


def test_a_key_file_left_half_written_goes_at_the_next_key_change(ready_services, data_dir):
    """A writer killed between writing keys.json's temporary copy and renaming it leaves a
    fresh ``.part``; the next key change removes it at once (it holds the store's write
    lock, so no other writer of the file is running), and leaves other files alone."""
    left = data_dir / ".keys.json.0badc0de.part"
    left.write_bytes(b'{"format": 1, "slots": [')
    other = data_dir / ".notes.txt.0badc0de.part"
    other.write_bytes(b"not ours")
    ready_services.protect("Fatima", "fatima's passphrase")
    try:
        assert not left.exists() and other.exists()
        left.write_bytes(b"{")
        ready_services.accounts.add("Jan", "staff", "jan's passphrase")
        assert not left.exists()
    finally:
        ready_services.close()
    assert len(read_key_file(data_dir).slots) == 3  # Fatima's, Jan's and the recovery code's


def test_a_key_file_of_the_first_format_still_opens_and_loses_its_names(protected, data_dir):
    """A keys.json written with names in clear (before name tags) opens with the typed name,
    and the next change rewrites it without any name."""
    import json

    path = data_dir / "keys.json"
    data = json.loads(path.read_bytes())
    names = {"Fatima": "Fatima", "Jan": "Jan", "Vera": "Vera"}
    services = Services.open(data_dir, staff="Fatima", passphrase="fatima's passphrase")
    try:
        ids = {a.staff_id: a.name for a in services.accounts.accounts()}
    finally:
        services.close()
    for slot in data["slots"]:
        tag = slot.pop("name_tag")
        slot["name"] = names.get(ids.get(slot["staff_id"], ""), "")
        assert tag == "" or slot["name"]
    path.write_text(json.dumps(data))
    assert read_protection(data_dir / "helpdesk.db").accounts == ("Fatima", "Jan", "Vera")
    services = Services.open(data_dir, staff=" jan ", passphrase="jan's passphrase")
    services.close()
    services = Services.open(data_dir, staff="fatima", passphrase="fatima's passphrase")
    try:
        services.accounts.remove("Vera")
    finally:
        services.close()
    assert b"Fatima" not in path.read_bytes() and b"Jan" not in path.read_bytes()
    Services.open(data_dir, staff="Jan", passphrase="jan's passphrase").close()
