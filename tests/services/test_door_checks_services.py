"""The services refuse what the protocol refuses: control characters, sessions ending early."""

from __future__ import annotations

import sqlite3

import pytest

from helpdesk.core.errors import InputError


@pytest.mark.parametrize("note", ["before\x00after", "escape\x1b[31m", "\x7f"])
def test_a_note_with_a_control_character_is_refused_next_to_the_note(ready_services,
                                                                      make_draft, note):
    """A NUL pasted into a note would be refused by a PostgreSQL hub for ever: refuse it here."""
    with pytest.raises(InputError) as caught:
        ready_services.intake.record_visit(make_draft(note=note))
    assert caught.value.field == "note"


def test_a_note_keeps_its_lines(ready_services, make_draft):
    """New lines and tabs are ordinary text."""
    saved = ready_services.intake.record_visit(make_draft(note="one\ttwo\nthree"))
    assert saved.note == "one\ttwo\nthree"


def test_a_spot_name_with_nul_is_refused(ready_services):
    """Names leave the desk too (spots): the same rule."""
    with pytest.raises(InputError) as caught:
        ready_services.desk.add_spot("Bib\x00liotheek", "library")
    assert caught.value.field == "name"


def test_a_session_is_never_closed_before_it_opened(ready_services, spot_id, data_dir):
    """With the clock put back after opening, closing says so instead of storing nonsense."""
    opened = ready_services.sessions.open_session(spot_id, [])
    conn = sqlite3.connect(data_dir / "helpdesk.db")
    with conn:
        conn.execute("UPDATE help_session SET opened_at = '2999-01-01T00:00:00.000000Z'")
    conn.close()
    with pytest.raises(InputError) as caught:
        ready_services.sessions.close_session(opened.id, 0)
    assert caught.value.field == "closed_at"
    assert ready_services.sessions.current_session().id == opened.id
