"""Record ids (UUIDv7) and the data folder rules."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

from helpdesk.core.config import resolve_data_dir
from helpdesk.core.ids import id_at, new_id


def test_new_ids_are_version_7_and_carry_the_time():
    """An id is a RFC 9562 UUIDv7 whose first 48 bits are the current unix milliseconds."""
    before = time.time_ns() // 1_000_000
    value = uuid.UUID(new_id())
    after = time.time_ns() // 1_000_000
    assert value.version == 7
    assert value.variant == uuid.RFC_4122
    assert before <= value.int >> 80 <= after


def test_new_ids_only_grow_even_within_one_millisecond():
    """Ten thousand ids made in a burst are unique and already in sorted order."""
    ids = [new_id() for _ in range(10_000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_id_at_puts_the_given_moment_in_front():
    """Demo ids made for a past moment sort by that moment."""
    older, newer = id_at(1_600_000_000_000), id_at(1_700_000_000_000)
    assert older < newer
    assert uuid.UUID(older).int >> 80 == 1_600_000_000_000
    assert uuid.UUID(older).version == 7


def test_data_dir_option_beats_environment_beats_platform(monkeypatch, tmp_path):
    """--data-dir wins over HELPDESK_DATA_DIR, which wins over the platform folder."""
    monkeypatch.setenv("HELPDESK_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "cli")) == tmp_path / "cli"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("HELPDESK_DATA_DIR")
    assert resolve_data_dir(None).name.lower() == "helpdesk"
    assert isinstance(resolve_data_dir(None), Path)
