"""The limits of a visit's fields on both sides of each edge: the last value taken is stored
as typed, the first one past it is refused with its field named and nothing saved."""

from __future__ import annotations

import pytest

from helpdesk.core.errors import InputError
from helpdesk.core.records import VisitFilter


@pytest.mark.parametrize("fields, read", [
    ({"duration_minutes": 1}, lambda v: v.duration_minutes == 1),
    ({"duration_minutes": 600}, lambda v: v.duration_minutes == 600),
    ({"note": "n" * 500}, lambda v: v.note == "n" * 500),
], ids=["1-minute", "600-minutes", "500-character-note"])
def test_the_edge_values_are_stored_as_typed(ready_services, make_draft, fields, read):
    """Saved and read back unchanged."""
    saved = ready_services.intake.record_visit(make_draft(**fields))
    assert read(ready_services.intake.get_visit(saved.id))


@pytest.mark.parametrize("fields, field", [
    ({"duration_minutes": 0}, "duration_minutes"),
    ({"duration_minutes": 601}, "duration_minutes"),
    ({"note": "n" * 501}, "note"),
], ids=["0-minutes", "601-minutes", "501-character-note"])
def test_one_past_the_edge_is_refused(ready_services, make_draft, fields, field):
    """InputError for that field; the store holds no visit."""
    with pytest.raises(InputError) as refused:
        ready_services.intake.record_visit(make_draft(**fields))
    assert refused.value.field == field
    assert len(ready_services.visits.page(VisitFilter())) == 0
