"""Errors of the database layer name no value a record holds (so no log can carry one)."""

from __future__ import annotations

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from helpdesk.store.engine import writing
from helpdesk.store.models import visit_table

SECRET = "Mevrouw Peeters woont Kerkstraat 12"


def test_a_desk_error_hides_the_values(ready_services):
    """A constraint error while saving shows the SQL, never the note or other values."""
    spot = ready_services.desk.spots()[0].id
    saved = ready_services.intake.record_visit(__import__(
        "helpdesk.core.records", fromlist=["VisitDraft"]).VisitDraft(
        session_id=None, spot_id=spot, staff_id=None, question_types=("email",),
        outcome="solved"))
    row = {c.name: getattr(ready_services.intake.get_visit(saved.id), c.name, None)
           for c in visit_table.columns}
    row.update(note=SECRET, follow_up=False, deleted=False)
    with pytest.raises(IntegrityError) as caught:
        with writing(ready_services.engine) as db:
            db.execute(insert(visit_table).values(**row))  # the same id again
    assert SECRET not in str(caught.value)


def test_a_hub_database_error_is_logged_without_its_message(hub_db, caplog, monkeypatch):
    """PostgreSQL quotes the failing row in its message: the hub logs and answers without it."""
    import httpx
    from sqlalchemy.exc import IntegrityError as DbIntegrityError
    from sync_support import HubThread

    from helpdesk.hub import app as hub_app
    from helpdesk.hub.tokens import add_token
    from helpdesk.sync.protocol import Batch, encode_batch

    def fails(*_args, **_kwargs):
        raise DbIntegrityError("INSERT …", {}, Exception(f"DETAIL: Failing row contains "
                                                           f"({SECRET})"))
    token = add_token(hub_db, "EPN A")
    monkeypatch.setattr(hub_app, "receive_batch", fails)
    sent = Batch("b1", "019a0000-0000-7000-8000-0000000000d1", "visit", [])
    with HubThread(hub_db) as hub, caplog.at_level("DEBUG"):
        answer = httpx.post(f"{hub.url}/v1/batches", content=encode_batch(sent), timeout=30,
                            headers={"Authorization": f"Bearer {token}",
                                     "Content-Type": "application/json",
                                     "Idempotency-Key": "b1"})
    assert answer.status_code == 500
    assert SECRET not in answer.text and SECRET not in caplog.text
    assert "the database failed" in caplog.text
