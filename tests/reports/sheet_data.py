"""A small hand-made data set whose right answers are written out in the tests.

Week 2026-W47 runs from Monday 16/11/2026 to Sunday 22/11/2026; Brussels is UTC+1 then.
Every row is inserted with its exact UTC time, so the tests know what each sheet must say.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import insert

from helpdesk.store.engine import writing
from helpdesk.store.models import (
    session_table,
    visit_question_table,
    visit_table,
)

MADE_AT = datetime(2026, 11, 24, 9, 30, tzinfo=timezone.utc)  # Tuesday 24/11/2026 10:30 local


def utc(text: str) -> datetime:
    """'2026-11-16 09:15' read as a UTC moment."""
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def _visit(visit_id, spot, started, questions, outcome, **fields) -> tuple[dict, list[dict]]:
    row = dict(id=visit_id, desk_id="desk", session_id=fields.pop("session_id", None),
               spot_id=spot, staff_id=None, started_at=utc(started), duration_minutes=15,
               outcome=outcome, autonomy=None, referral=None, follow_up=False,
               follow_up_date=None, channel="in_person", age_band="unknown", gender="unknown",
               help_language="unknown", first_visit=None, status="unknown", note="private",
               revision=1, created_at=utc(started), updated_at=utc(started), deleted=False)
    row.update(fields)
    return row, [{"visit_id": visit_id, "question_type": q, "position": n}
                 for n, q in enumerate(questions)]


def add_visits(services, made) -> None:
    """Insert ``_visit`` results (a row and its question rows each) in one transaction."""
    rows, questions = [], []
    for row, asked in made:
        rows.append(row)
        questions += asked
    with writing(services.engine) as db:
        db.execute(insert(visit_table), rows)
        db.execute(insert(visit_question_table), questions)


def _session(session_id, spot, opened, closed, turned_away=None, deleted=False) -> dict:
    return dict(id=session_id, desk_id="desk", spot_id=spot, opened_at=utc(opened),
                closed_at=utc(closed) if closed else None, turned_away=turned_away, revision=1,
                created_at=utc(opened), updated_at=utc(opened), deleted=deleted)


# Spot A: Buurtbar Kuregem (the first-run spot). Spot B: OCR Anneessens. C: retired, no data.
VISITS = [
    # -- week 47, spot A --------------------------------------------------------------
    ("v1", "A", "2026-11-16 09:15", ("smartphone", "email"), "solved",
     dict(autonomy="together", help_language="fr", first_visit=True, age_band="65_74",
          status="retired", gender="f", session_id="s1")),
    ("v2", "A", "2026-11-16 10:40", ("itsme_eid",), "referred",
     dict(referral="social_service", help_language="nl", first_visit=False, follow_up=True,
          follow_up_date=date(2026, 11, 20), session_id="s1")),
    ("v3", "A", "2026-11-20 09:05", ("smartphone",), "partly",
     dict(autonomy="done_for", channel="phone", age_band="75_plus", status="retired",
          follow_up=True)),
    ("v4", "A", "2026-11-20 11:10", ("email",), "solved", dict(deleted=True)),
    # -- week 47, spot B --------------------------------------------------------------
    ("v5", "B", "2026-11-17 08:05", ("print_scan",), "solved",
     dict(autonomy="autonomous", help_language="ar", first_visit=True, age_band="25_34",
          status="job_seeker", gender="m")),
    ("v6", "B", "2026-11-17 08:50", ("print_scan", "job_search", "email"), "not_solved",
     dict(autonomy="together", channel="remote", help_language="en", first_visit=False,
          age_band="35_44", status="job_seeker", gender="x")),
    ("v7", "B", "2026-11-17 13:30", ("gov_online",), "referred",
     dict(referral="administration", help_language="fr", follow_up=True,
          follow_up_date=date(2026, 12, 1))),
    # Sunday 22/11 23:30 local: the last hour of week 47.
    ("v8", "B", "2026-11-22 22:30", ("other",), "solved", {}),
    # Monday 23/11 00:10 local: already week 48, never on the week 47 sheet.
    ("v9", "B", "2026-11-22 23:10", ("other",), "solved", {}),
    # Monday 16/11 00:20 local: the first hour of week 47, though still Sunday in UTC.
    ("v10", "B", "2026-11-15 23:20", ("internet",), "solved", {}),
    # -- week 46 (the previous week), spot A ------------------------------------------
    ("p1", "A", "2026-11-09 09:30", ("email",), "solved", {}),
    ("p2", "A", "2026-11-09 10:30", ("smartphone",), "solved", {}),
    # -- week 47 of 2025 (a year before), spot B --------------------------------------
    ("y1", "B", "2025-11-18 09:00", ("print_scan",), "solved", {}),
]
SESSIONS = [
    _session("s1", "A", "2026-11-16 09:00", "2026-11-16 12:00", turned_away=2),
    _session("s2", "A", "2026-11-20 09:00", "2026-11-20 11:30"),
    _session("s3", "B", "2026-11-17 08:00", "2026-11-17 16:00", turned_away=1),
    _session("s4", "B", "2026-11-22 13:00", None),  # still open: held, hours unknown
    _session("s5", "B", "2026-11-18 08:00", "2026-11-18 18:00", turned_away=9, deleted=True),
    _session("p-s", "A", "2026-11-09 09:00", "2026-11-09 12:00"),
    _session("y-s", "B", "2025-11-18 08:00", "2025-11-18 10:00"),
]


def fill(services) -> dict[str, str]:
    """Add spots B and C to the ready test desk and insert the data set; the spot ids."""
    a = services.desk.spots()[0]
    b = services.desk.add_spot("OCR Anneessens", "computer_room")
    c = services.desk.add_spot("Old spot", "popup")
    services.desk.update_spot(c.id, active=False)
    ids = {"A": a.id, "B": b.id, "C": c.id}
    rows, questions = [], []
    for visit_id, spot, started, asked, outcome, fields in VISITS:
        row, qs = _visit(visit_id, ids[spot], started, asked, outcome, **fields)
        rows.append(row)
        questions += qs
    with writing(services.engine) as db:
        db.execute(insert(session_table), [{**s, "spot_id": ids[s["spot_id"]]} for s in SESSIONS])
        db.execute(insert(visit_table), rows)
        db.execute(insert(visit_question_table), questions)
    return ids
