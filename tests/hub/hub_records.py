"""Records as a desk sends them to the hub, for tests that fill a hub without a desk."""

from __future__ import annotations

from helpdesk.sync.protocol import Batch

DESK = "019a0000-0000-7000-8000-0000000000d1"


def visit(n: int, revision: int = 1, **fields) -> dict:
    """Visit number ``n`` as sent, with ``fields`` changed."""
    record = {
        "id": f"019a0000-0000-7000-8000-{n:012d}", "revision": revision, "desk_id": DESK,
        "session_id": None, "spot_id": "spot-1", "started_at": "2025-03-30T09:00:00.000000Z",
        "duration_minutes": 10, "outcome": "solved", "autonomy": None, "referral": None,
        "follow_up": False, "follow_up_date": None, "channel": "in_person",
        "age_band": "unknown", "gender": "unknown", "help_language": "unknown",
        "first_visit": None, "status": "unknown", "question_types": ["email", "smartphone"],
        "created_at": "2025-03-30T09:10:00.000000Z", "updated_at": "2025-03-30T09:10:00.000000Z",
        "deleted": False,
    }
    record.update(fields)
    return record


def batch(batch_id: str, *records) -> Batch:
    """A batch of visits from the desk DESK."""
    return Batch(batch_id=batch_id, desk_id=DESK, record_type="visit", records=list(records))
