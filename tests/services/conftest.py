"""Helpers for the service tests."""

from __future__ import annotations

import pytest

from helpdesk.core.records import VisitDraft


@pytest.fixture
def spot_id(ready_services):
    """The id of the test desk's spot."""
    return ready_services.desk.spots()[0].id


@pytest.fixture
def make_draft(spot_id):
    """A function making a valid draft at the test spot, with fields overridden."""
    def make(**fields) -> VisitDraft:
        values = dict(session_id=None, spot_id=spot_id, staff_id=None,
                      question_types=("smartphone",), outcome="solved")
        values.update(fields)
        return VisitDraft(**values)
    return make
