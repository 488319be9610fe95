"""Coordinators' tokens: made and revoked like desks', kept apart from them, and added to a
hub database made before they existed."""

from __future__ import annotations

from old_hubs import COORDINATORS, old_hub
from sqlalchemy import inspect

from helpdesk.hub.cli import main
from helpdesk.hub.db import HubDb
from helpdesk.hub.tokens import COORDINATOR, DESK, add_token, desk_for_token, holder_of


def test_token_add_coordinator_on_the_command_line(tmp_path, capsys):
    """--coordinator makes, lists and revokes a coordinator's token, apart from the desks'."""
    db = f"sqlite:///{tmp_path / 'hub.db'}"
    assert main(["--db", db, "token", "add", "EPN Molenbeek"]) == 0
    assert main(["--db", db, "token", "add", "--coordinator", "Nadia"]) == 0
    captured = capsys.readouterr()
    token = captured.out.splitlines()[-1]
    assert "coordinator Nadia" in captured.err and "/v1/reports" in captured.err
    assert main(["--db", db, "token", "list"]) == 0
    listed = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [(row[0], row[2], row[3]) for row in listed] == [
        ("EPN Molenbeek", "valid", "desk"), ("Nadia", "valid", "coordinator")]
    assert main(["--db", db, "token", "revoke", "Nadia"]) == 1  # no desk of that name
    assert "No valid token belongs to a desk called Nadia." in capsys.readouterr().err
    assert main(["--db", db, "token", "revoke", "--coordinator", "Nadia"]) == 0
    hub = HubDb.open(db)
    try:
        assert holder_of(hub, token, COORDINATOR) is None
    finally:
        hub.close()


def test_the_two_kinds_never_stand_in_for_each_other(hub_db):
    """A desk's token is no coordinator's, and a coordinator's sends no records."""
    desk, coordinator = add_token(hub_db, "EPN Molenbeek"), add_token(hub_db, "Nadia",
                                                                      COORDINATOR)
    assert (holder_of(hub_db, desk, DESK), holder_of(hub_db, desk, COORDINATOR)) == (
        "EPN Molenbeek", None)
    assert (desk_for_token(hub_db, coordinator), holder_of(hub_db, coordinator, COORDINATOR)) \
        == (None, "Nadia")


def test_a_hub_made_before_coordinators_gets_their_table(hub_url):
    """Opening an older hub database adds the new table and keeps the desks' tokens."""
    old = old_hub(hub_url, coordinators=False)
    desk = add_token(old, "EPN Molenbeek")
    assert COORDINATORS not in inspect(old.engine).get_table_names()
    old.close()
    hub = HubDb.open(hub_url)
    try:
        assert COORDINATORS in inspect(hub.engine).get_table_names()
        assert desk_for_token(hub, desk) == "EPN Molenbeek"
        assert holder_of(hub, add_token(hub, "Nadia", COORDINATOR), COORDINATOR) == "Nadia"
    finally:
        hub.close()
