"""Sync targets as the desk stores them, through the sync service on a real store: each wrong
field refused with its own sentence at both sides of its limit, what is stored, what is handed
back (never the token)."""

from __future__ import annotations

import os
import sqlite3

import pytest

from helpdesk.core.errors import InputError, NotFoundError
from helpdesk.core.sync_records import TargetDraft


def folder_draft(folder, **fields) -> TargetDraft:
    return TargetDraft(**{"name": "stick", "kind": "folder", "folder": str(folder), **fields})


def hub_draft(**fields) -> TargetDraft:
    return TargetDraft(**{"name": "hub", "kind": "http", "url": "https://hub.example.org",
                          "token": "tok-1", **fields})


def refused(call, draft, *args):
    with pytest.raises(InputError) as caught:
        call(*args, draft) if args else call(draft)
    return caught.value.field, caught.value.message, caught.value.args_


def stored(data_dir, target_id):
    with sqlite3.connect(data_dir / "helpdesk.db") as conn:
        conn.row_factory = sqlite3.Row
        return dict(conn.execute("SELECT * FROM sync_target WHERE id = ?",
                                 (target_id,)).fetchone())


def test_each_wrong_field_is_refused_with_its_own_sentence(ready_services, tmp_path):
    """Name, kind, batch size, address, token, folder: the field is named, nothing is stored."""
    add = ready_services.sync.add_target
    cases = [
        (folder_draft(tmp_path, name="  "), "name", "Type a name for this target."),
        (folder_draft(tmp_path, name=None), "name", "Type a name for this target."),
        (folder_draft(tmp_path, name="x" * 41), "name",
         "This name is longer than 40 characters; shorten it."),
        (folder_draft(tmp_path, kind="ftp"), "kind",
         "Choose whether to send to a hub or to a folder."),
        (folder_draft(tmp_path, batch_size=0), "batch_size",
         "The batch size must be between 1 and 5000 records."),
        (folder_draft(tmp_path, batch_size=5001), "batch_size",
         "The batch size must be between 1 and 5000 records."),
        (hub_draft(url="ftp://hub.example.org"), "url",
         "Type the hub's address, starting with https://."),
        (hub_draft(url="https://"), "url", "Type the hub's address, starting with https://."),
        (hub_draft(url=""), "url", "Type the hub's address, starting with https://."),
        (hub_draft(url="http://hub.example.org"), "url",
         "Use an https:// address; plain http:// is only accepted for this computer itself."),
        (hub_draft(token="   "), "token",
         "Type the token your coordinator gave you for this desk."),
        (hub_draft(token=None), "token", "Type the token your coordinator gave you for this desk."),
        (folder_draft("  "), "folder", "Choose a folder."),
        (TargetDraft(name="stick", kind="folder", folder=None), "folder", "Choose a folder."),
        (folder_draft(tmp_path / "typo"), "folder",
         "The folder {folder} does not exist; choose another one."),
    ]
    for draft, field, message in cases:
        assert refused(add, draft)[:2] == (field, message), draft
    assert refused(add, folder_draft(tmp_path / "typo"))[2] == {"folder": str(tmp_path / "typo")}
    assert ready_services.sync.targets() == []


def test_the_limits_themselves_are_taken(ready_services, tmp_path):
    """A 40-character name, batch sizes 1 and 5000, http on this computer itself."""
    sync = ready_services.sync
    assert sync.add_target(folder_draft(tmp_path, name="n" * 40, batch_size=1)).batch_size == 1
    assert sync.add_target(folder_draft(tmp_path, name="big", batch_size=5000)).batch_size == 5000
    for n, host in enumerate(("localhost", "127.0.0.1", "[::1]")):
        target = sync.add_target(hub_draft(name=f"here {n}", url=f"http://{host}:8000/ "))
        assert target.url == f"http://{host}:8000"
    assert sync.add_target(hub_draft(name="slash", url=" https://hub.example.org/v/ ")).url \
        == "https://hub.example.org/v"
    assert sync.add_target(hub_draft(name="x", url="https://hub.example.org/X/")).url \
        == "https://hub.example.org/X"  # only the slash goes
    assert len(sync.targets()) == 7


def test_a_listed_target_shows_its_last_problem_then_its_last_success(ready_services,
                                                                     tmp_path):
    """A run that stopped: the sentence, what fills it in and when; the next run that went
    through: its time, and the problem gone."""
    sync, stick = ready_services.sync, tmp_path / "stick"
    stick.mkdir()
    sync.add_target(folder_draft(stick))
    stick.rmdir()  # the stick is pulled out
    sync.run()
    [target] = sync.targets()
    assert target.last_problem.startswith("The folder {folder} is not there")
    assert target.last_problem_args == {"target": "stick", "folder": str(stick)}
    assert target.last_problem_at is not None and target.last_success_at is None
    stick.mkdir()
    sync.run()
    [target] = sync.targets()
    assert target.last_success_at is not None
    assert (target.last_problem, target.last_problem_args, target.last_problem_at) == (
        "", {}, None)


def test_a_name_is_tidied_and_must_be_its_own(ready_services, tmp_path):
    """Spaces folded; another target's name refused (naming it); a target keeps its own."""
    sync = ready_services.sync
    first = sync.add_target(folder_draft(tmp_path, name="  USB   stick "))
    assert first.name == "USB stick"
    assert refused(sync.add_target, folder_draft(tmp_path, name="USB stick")) == (
        "name", "Another target is already called {name}; choose another name.",
        {"name": "USB stick"})
    assert sync.update_target(first.id, folder_draft(tmp_path, name="USB stick",
                                                     batch_size=7)).batch_size == 7
    other = sync.add_target(folder_draft(tmp_path, name="share"))
    assert refused(sync.update_target, folder_draft(tmp_path, name="USB stick"), other.id)[0] \
        == "name"


def test_what_is_stored_and_what_is_handed_back(ready_services, data_dir, tmp_path, monkeypatch):
    """The folder is stored resolved and a hub's fields emptied for it (and the other way
    round); the token is stored, never handed back; the flags are kept."""
    sync = ready_services.sync
    monkeypatch.chdir(tmp_path)
    (tmp_path / "stick").mkdir()
    folder = sync.add_target(folder_draft("stick/../stick", include_notes=1, send_csv=1))
    assert (folder.kind, folder.folder, folder.url, folder.has_token) == (
        "folder", str(tmp_path / "stick"), "", False)
    assert (folder.include_notes, folder.send_csv, folder.batch_size) == (True, True, 500)
    assert (folder.last_problem, folder.last_problem_args, folder.last_success_at) == ("", {}, None)
    row = stored(data_dir, folder.id)
    assert (row["token"], row["url"], row["last_problem"], row["last_problem_args"]) == (
        "", "", "", "")
    assert row["created_at"] == row["updated_at"]

    hub = sync.add_target(hub_draft(token="  tok-1  ", folder="/somewhere"))
    assert (hub.kind, hub.url, hub.folder, hub.has_token) == (
        "http", "https://hub.example.org", "", True)
    assert (hub.include_notes, hub.send_csv) == (False, False)
    assert stored(data_dir, hub.id)["token"] == "tok-1"
    assert "tok-1" not in repr(sync.targets())
    assert [t.name for t in sync.targets()] == ["hub", "stick"]  # by name


def test_a_change_keeps_the_token_unless_one_is_typed_and_a_folder_may_be_unplugged(
        ready_services, data_dir, tmp_path):
    """Token None keeps the stored one; a blank one typed is refused; a saved folder that is
    missing (the stick is out) may stay, a new missing one may not."""
    sync = ready_services.sync
    hub = sync.add_target(hub_draft())
    before = stored(data_dir, hub.id)
    changed = sync.update_target(hub.id, hub_draft(token=None, batch_size=9))
    assert (changed.has_token, changed.batch_size) == (True, 9)
    after = stored(data_dir, hub.id)
    assert after["token"] == "tok-1" and after["updated_at"] > before["updated_at"]
    assert after["created_at"] == before["created_at"]
    assert refused(sync.update_target, hub_draft(token=" "), hub.id)[0] == "token"
    sync.update_target(hub.id, hub_draft(token="tok-2"))
    assert stored(data_dir, hub.id)["token"] == "tok-2"

    stick = tmp_path / "stick"
    stick.mkdir()
    target = sync.add_target(folder_draft(stick))
    stick.rmdir()  # unplugged
    assert sync.update_target(target.id, folder_draft(stick, batch_size=3)).batch_size == 3
    assert refused(sync.update_target, folder_draft(tmp_path / "other"), target.id)[0] \
        == "folder"
    # A folder target turned into a hub without a token: none is stored to keep.
    assert refused(sync.update_target, hub_draft(name="stick", token=None), target.id)[:2] \
        == ("token", "Type the token your coordinator gave you for this desk.")
    hub = sync.update_target(target.id, hub_draft(name="stick", token="tok-3"))
    assert (hub.kind, hub.has_token, hub.folder) == ("http", True, "")


def test_a_target_that_is_gone_or_a_name_that_is_not_there_is_said(ready_services, tmp_path):
    """Changing a removed target, or syncing to a name no target has: a NotFoundError."""
    sync = ready_services.sync
    target = sync.add_target(folder_draft(tmp_path))
    sync.remove_target(target.id)
    with pytest.raises(NotFoundError) as caught:
        sync.update_target(target.id, folder_draft(tmp_path))
    assert caught.value.message == "This sync target no longer exists."
    with pytest.raises(NotFoundError) as caught:
        sync.run("nowhere")
    assert (caught.value.message, caught.value.args_) == (
        "There is no sync target called {name}.", {"name": "nowhere"})
