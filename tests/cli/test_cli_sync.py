"""The sync commands: target add/list/remove, sync's exit codes, import; errors in one line."""

from __future__ import annotations

import pytest
from sync_support import add_visits

from helpdesk.cli.main import main


@pytest.fixture
def desk_dir(ready_services, data_dir):
    """A set-up desk with three visits, closed so the command opens it itself."""
    add_visits(ready_services, 3)
    ready_services.close()
    return data_dir


def one_sentence(err: str) -> bool:
    return err.count("\n") == 1 and "Traceback" not in err and err.strip().endswith(".")


def test_sync_without_a_target_says_how_to_add_one(desk_dir, capsys):
    """No target: exit 1, and the sentence names the command to run."""
    assert main(["--data-dir", str(desk_dir), "sync"]) == 1
    err = capsys.readouterr().err
    assert one_sentence(err) and "helpdesk target add" in err


def test_folder_target_sync_and_exit_codes(desk_dir, tmp_path, capsys):
    """Sync to a folder: exit 0 with a one-line summary; a missing folder: exit 1."""
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(["--data-dir", str(desk_dir), "target", "add", "stick", "--folder",
                 str(stick)]) == 0
    assert main(["--data-dir", str(desk_dir), "sync"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "Sent 4 record(s) to stick; nothing is waiting."
    for f in stick.iterdir():
        f.unlink()
    stick.rmdir()
    from helpdesk.services import Services

    services = Services.open(desk_dir)  # one more visit, and the stick is gone
    add_visits(services, 1, start=5)
    services.close()
    assert main(["--data-dir", str(desk_dir), "sync", "--target", "stick"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "Sent 0 record(s) to stick; 1 still waiting.\n"
    assert one_sentence(captured.err) and "USB stick" in captured.err


@pytest.mark.parametrize("args, words", [
    (["target", "add", "hub", "--url", "ftp://x", "--token", "t"], "https://"),
    (["target", "add", "hub", "--url", "http://hub.example.org", "--token", "t"], "https://"),
    (["target", "add", "hub", "--url", "https://hub.example.org"], "token"),
    (["target", "add", "stick", "--folder", "/no/such/folder"], "does not exist"),
    (["target", "add", "stick", "--folder", "/tmp", "--batch-size", "0"], "batch size"),
    (["sync", "--target", "nowhere"], "no sync target called nowhere"),
    (["target", "remove", "nowhere"], "no sync target called nowhere"),
    (["import", "/no/such/folder"], "no file or folder"),
])
def test_bad_input_is_one_sentence_and_exit_1(desk_dir, capsys, args, words):
    """Expected failures: exit 1, one plain sentence on stderr, no traceback."""
    if args[0] == "sync":
        main(["--data-dir", str(desk_dir), "target", "add", "stick", "--folder", "/tmp"])
        capsys.readouterr()
    assert main(["--data-dir", str(desk_dir), *args]) == 1
    err = capsys.readouterr().err
    assert one_sentence(err)
    assert words.lower() in err.lower()


def test_two_targets_with_one_name_are_refused(desk_dir, capsys):
    """Names are unique."""
    assert main(["--data-dir", str(desk_dir), "target", "add", "a", "--folder", "/tmp"]) == 0
    assert main(["--data-dir", str(desk_dir), "target", "add", "a", "--folder", "/tmp"]) == 1
    assert "already called a" in capsys.readouterr().err


def test_target_list_never_prints_a_token(desk_dir, capsys):
    """The list shows name, address and what waits — not the token."""
    main(["--data-dir", str(desk_dir), "target", "add", "hub", "--url",
          "https://hub.example.org", "--token", "very-secret-token"])
    assert main(["--data-dir", str(desk_dir), "target", "list"]) == 0
    out = capsys.readouterr().out
    assert "hub\thttps://hub.example.org\t4 waiting" in out and "very-secret" not in out


def stored_token(desk_dir, name: str) -> str:
    """The token a target keeps, read straight from the desk's store."""
    from sqlalchemy import select

    from helpdesk.services import Services
    from helpdesk.store.models import sync_target_table

    services = Services.open(desk_dir)
    try:
        with services.engine.connect() as conn:
            return conn.execute(select(sync_target_table.c.token)
                                .where(sync_target_table.c.name == name)).scalar_one()
    finally:
        services.close()


def test_a_token_starting_with_a_dash_is_taken_as_the_token(desk_dir, capsys):
    """Older hubs' tokens may begin with "-": argparse alone would call that a missing value."""
    assert main(["--data-dir", str(desk_dir), "target", "add", "hub", "--url",
                 "https://hub.example.org", "--token", "-Xy_old-token"]) == 0, \
        capsys.readouterr().err
    assert stored_token(desk_dir, "hub") == "-Xy_old-token"


def test_a_forgotten_token_before_another_flag_is_still_reported(desk_dir, capsys):
    """``--token --csv`` is a missing token, not a token called "--csv"."""
    with pytest.raises(SystemExit) as caught:
        main(["--data-dir", str(desk_dir), "target", "add", "hub", "--url",
              "https://hub.example.org", "--token", "--csv"])
    assert caught.value.code == 2
    assert "--token: expected one argument" in capsys.readouterr().err


def test_url_and_folder_together_is_argparse_usage(desk_dir):
    """--url and --folder exclude each other: argparse's exit 2."""
    with pytest.raises(SystemExit) as caught:
        main(["--data-dir", str(desk_dir), "target", "add", "x", "--url", "https://a",
              "--folder", "/tmp"])
    assert caught.value.code == 2
