"""The helpdesk-hub command: tokens, import, export, and plain sentences for bad input."""

from __future__ import annotations

import pytest

from helpdesk.hub.cli import main


def test_token_add_prints_only_the_token_on_stdout(tmp_path, capsys):
    """The token alone on stdout (for scripts); the advice on stderr; list shows no token."""
    db = f"sqlite:///{tmp_path / 'hub.db'}"
    assert main(["--db", db, "token", "add", "EPN Molenbeek"]) == 0
    captured = capsys.readouterr()
    token = captured.out.strip()
    assert len(token) >= 40 and "\n" not in token and "shown only once" in captured.err
    assert main(["--db", db, "token", "list"]) == 0
    listed = capsys.readouterr().out
    assert "EPN Molenbeek" in listed and "valid" in listed and token not in listed


def test_the_database_can_come_from_the_environment(tmp_path, monkeypatch, capsys):
    """HELPDESK_HUB_DB is used when --db is not given."""
    monkeypatch.setenv("HELPDESK_HUB_DB", str(tmp_path / "env-hub.db"))
    assert main(["token", "add", "desk"]) == 0
    assert (tmp_path / "env-hub.db").exists()


@pytest.mark.parametrize("args, words", [
    (["--db", "nosuchdriver://x/y", "token", "list"], "cannot be"),
    (["--db", "postgresql://nobody@127.0.0.1:1/none", "token", "list"], "cannot be opened"),
    (["import", "/no/such/folder"], "no folder or file"),
    (["export", "--out", "/no/such/folder/out.csv"], "does not exist"),
    (["token", "revoke", "nobody"], "no valid token"),
])
def test_bad_input_is_one_plain_sentence(tmp_path, capsys, monkeypatch, args, words):
    """Expected failures: exit 1, one line on stderr, no traceback."""
    monkeypatch.setenv("HELPDESK_HUB_DB", str(tmp_path / "hub.db"))
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and words in err.lower()
