"""The account commands as a person or a scheduled task runs them: real processes, real files."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys

import pytest


def run(data, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m helpdesk --data-dir DATA args`` without a terminal."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("HELPDESK_")}
    return subprocess.run([sys.executable, "-m", "helpdesk", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
                          env={**clean, **(env or {})})


def one_sentence(out: subprocess.CompletedProcess) -> str:
    """The single line of stderr of a failed command (and check that it is just that)."""
    assert out.returncode != 0, out.stdout
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr, out.stderr
    return out.stderr.strip()


@pytest.fixture
def passphrases(tmp_path):
    """Files holding the passphrases of Ann (coordinator) and Vic (volunteer)."""
    files = {}
    for name, text in (("ann", "ann's long passphrase"), ("vic", "vic's long passphrase")):
        path = tmp_path / f"{name}.txt"
        path.write_text(text + "\n")
        files[name] = str(path)
    return files


@pytest.fixture
def desk(tmp_path, passphrases):
    """A demo desk protected by Ann, with Vic as volunteer; (folder, recovery code)."""
    data = tmp_path / "data"
    assert run(data, "demo", "--visits", "50").returncode == 0
    out = run(data, "staff", "add", "Ann", "--role", "coordinator",
              "--new-passphrase-file", passphrases["ann"])
    assert out.returncode == 0, out.stderr
    codes = [line for line in out.stdout.splitlines() if line.startswith("Recovery code: ")]
    assert len(codes) == 1 and re.fullmatch(r"Recovery code: ([A-Z2-7]{4}-){7}[A-Z2-7]{4}",
                                            codes[0])
    out = run(data, "--staff", "Ann", "--passphrase-file", passphrases["ann"], "staff", "add",
              "Vic", "--role", "volunteer", "--new-passphrase-file", passphrases["vic"])
    assert out.returncode == 0, out.stderr
    return data, codes[0].removeprefix("Recovery code: ")


def test_the_first_account_encrypts_and_every_command_then_needs_an_unlock(desk, passphrases):
    """sqlite3 cannot read the store; commands unlock by options or by environment."""
    data, _code = desk
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(data / "helpdesk.db").execute("SELECT count(*) FROM visit").fetchone()
    assert one_sentence(run(data, "staff", "list")).startswith("This desk is protected")
    out = run(data, "staff", "list", env={"HELPDESK_STAFF": "vic",
                                          "HELPDESK_PASSPHRASE_FILE": passphrases["vic"]})
    assert out.returncode == 0 and out.stdout.splitlines() == ["Ann\tcoordinator",
                                                               "Vic\tvolunteer"]


@pytest.mark.slow
def test_roles_hold_on_the_command_line(desk, passphrases, tmp_path):
    """A volunteer can neither add accounts nor export a sheet; each says so in one sentence."""
    data, _code = desk
    vic = ("--staff", "Vic", "--passphrase-file", passphrases["vic"])
    refused = "Your account (volunteer) cannot do this; ask a coordinator."
    assert one_sentence(run(data, *vic, "staff", "add", "Eve", "--role", "coordinator",
                            "--new-passphrase-file", passphrases["vic"])) == refused
    sheet = tmp_path / "sheet.csv"
    assert one_sentence(run(data, *vic, "report", "--week", "2026-W01", "--format", "csv",
                            "--out", str(sheet))) == refused
    assert not sheet.exists()


@pytest.mark.slow
def test_a_wrong_passphrase_and_the_recovery_code(desk, passphrases, tmp_path):
    """A wrong passphrase is one sentence; the recovery code sets a new one that then works."""
    data, code = desk
    out = run(data, "--staff", "Vic", "--passphrase-file", passphrases["ann"], "staff", "list")
    assert one_sentence(out) == ("This name and passphrase do not open the desk; check them "
                                 "and try again.")
    new = tmp_path / "new.txt"
    new.write_text("vic's brand new passphrase")
    out = run(data, "recover", "--recovery-code", code.lower(), "--staff", "vic",
              "--new-passphrase-file", str(new))
    assert out.returncode == 0 and out.stdout.strip() == "New passphrase set for Vic.", out.stderr
    assert run(data, "staff", "list", "--staff", "Vic", "--passphrase-file",
               str(new)).returncode == 0
    assert run(data, "staff", "list", "--staff", "Vic", "--passphrase-file",
               passphrases["vic"]).returncode == 1


@pytest.mark.slow
def test_audit_and_purge_from_the_command_line(desk, passphrases):
    """The coordinator reads and verifies the trail; purge-notes says how many it erased."""
    data, _code = desk
    ann = ("--staff", "Ann", "--passphrase-file", passphrases["ann"])
    out = run(data, *ann, "audit")
    assert out.returncode == 0
    actions = [line.split("\t")[2] for line in out.stdout.splitlines()]
    # The demo's spots, helpers and sessions come first (issue 9 audits them too).
    assert actions[-2:] == ["account added"] * 2 and actions.count("account added") == 2
    out = run(data, *ann, "audit", "--verify")
    assert out.returncode == 0 and out.stdout.strip() == (
        f"The audit trail is intact ({len(actions)} entries).")
    out = run(data, *ann, "purge-notes", "--older-than", "1")
    assert out.returncode == 0 and re.fullmatch(r"[\d,]+ notes? erased\.\n", out.stdout)
    assert one_sentence(run(data, *ann, "audit", "--since", "yesterday")).startswith("--since")


def test_the_first_account_must_be_a_coordinator_and_needs_a_passphrase_file(tmp_path,
                                                                             passphrases):
    """Plain sentences for a first volunteer and for a missing passphrase file; nothing changes."""
    data = tmp_path / "data"
    assert run(data, "demo", "--visits", "5").returncode == 0
    assert one_sentence(run(data, "staff", "add", "Vic", "--role", "volunteer",
                            "--new-passphrase-file", passphrases["vic"])).startswith(
        "The first account of a desk must be a coordinator")
    assert one_sentence(run(data, "staff", "add", "Ann", "--role", "coordinator",
                            "--new-passphrase-file", str(tmp_path / "nope.txt"))).startswith(
        "There is no passphrase file")
    assert (data / "helpdesk.db").read_bytes()[:6] == b"SQLite"
    assert not (data / "keys.json").exists()
