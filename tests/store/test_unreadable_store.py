"""Why a store could not be read, told apart (store.migrate.unreadable_store): no
permission, or any other trouble in its own sentence with the driver's words."""

from __future__ import annotations

import sqlite3

from helpdesk.core.errors import StorePermissionError
from helpdesk.store import migrate
from helpdesk.store.migrate import unreadable_store


def test_an_unexplained_failure_says_cannot_be_read_with_the_drivers_words(tmp_path):
    """Not a full disk, not damage, not permission: the path, the reason, what to do."""
    path = tmp_path / "helpdesk.db"
    path.write_bytes(b"")
    error = unreadable_store(sqlite3.OperationalError("something odd"), path)
    assert type(error).__name__ == "StoreError"
    assert error.sentence() == (f"The data file {path} cannot be read (something odd); check "
                                "that its disk is connected and try again.")


def test_a_missing_file_is_not_called_a_permission_problem(tmp_path):
    """Nothing there to lack permission on: the general sentence."""
    path = tmp_path / "gone.db"
    error = unreadable_store(sqlite3.OperationalError("unable to open"), path)
    assert not isinstance(error, StorePermissionError)
    assert error.sentence().startswith(f"The data file {path} cannot be read")


def test_a_file_this_account_cannot_read_says_permission(tmp_path, monkeypatch):
    """The tests run as root, who may read anything: the refusal is played by os.access."""
    path = tmp_path / "helpdesk.db"
    path.write_bytes(b"")
    asked = []
    monkeypatch.setattr(migrate.os, "access",
                        lambda p, mode: asked.append((str(p), mode)) or False)
    error = unreadable_store(sqlite3.OperationalError("unable to open"), path)
    assert isinstance(error, StorePermissionError)
    assert asked == [(str(path), migrate.os.R_OK)]
    assert error.args_["path"] == str(path)
    assert error.message == migrate.NO_PERMISSION
