"""The desk's language kept beside the store for the lock screen: read as hostile input,
written owner-only and whole, never in the way of the desk."""

from __future__ import annotations

import os

import pytest

from helpdesk.core.desk_language import LANGUAGE_FILE, remember_language, remembered_language


def test_a_language_kept_is_read_back(tmp_path):
    remember_language(tmp_path, "nl")
    assert remembered_language(tmp_path) == "nl"
    assert (tmp_path / LANGUAGE_FILE).read_bytes() == b"nl"
    if os.name == "posix":
        assert (tmp_path / LANGUAGE_FILE).stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("content", [
    b"", b"de", b"NL", b"nl\x00", b"\xff\xfe", b"fr" * 100, b"../etc/passwd", b"en\nrm -rf /"])
def test_anything_but_one_of_our_languages_is_ignored(tmp_path, content):
    (tmp_path / LANGUAGE_FILE).write_bytes(content)
    assert remembered_language(tmp_path) is None


def test_a_folder_or_nothing_in_its_place_is_no_language(tmp_path):
    assert remembered_language(tmp_path) is None
    (tmp_path / LANGUAGE_FILE).mkdir()
    assert remembered_language(tmp_path) is None
    remember_language(tmp_path, "fr")  # cannot replace a folder: the desk carries on
    assert remembered_language(tmp_path) is None


def test_only_our_languages_are_written_and_only_into_a_folder_that_exists(tmp_path):
    remember_language(tmp_path, "de")
    assert not (tmp_path / LANGUAGE_FILE).exists()
    remember_language(tmp_path / "not yet made", "fr")
    assert not (tmp_path / "not yet made").exists()


def test_a_link_in_its_place_is_replaced_not_followed(tmp_path):
    """Another local user's link cannot make the desk write elsewhere."""
    target = tmp_path / "elsewhere"
    target.write_bytes(b"keep me")
    data = tmp_path / "data"
    data.mkdir()
    (data / LANGUAGE_FILE).symlink_to(target)
    remember_language(data, "fr")
    assert target.read_bytes() == b"keep me"
    assert not (data / LANGUAGE_FILE).is_symlink() and remembered_language(data) == "fr"
