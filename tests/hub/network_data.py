"""Two real desks sending a known week to a real hub, and the sheet's right answers.

Week 2026-W47 runs from Monday 16/11/2026 to Sunday 22/11/2026; Brussels is UTC+1 then.
Both desks have a spot called "Computer room"; EPN Schaerbeek also has "Buurtbar Josaphat".
Everything reaches the hub through the real path: each desk syncs over HTTP to the hub app
served by uvicorn on loopback, then EPN Molenbeek edits one visit and deletes another and
syncs again, so the hub holds a revision 2 and a tombstone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timezone

from sync_support import HubThread

from helpdesk.core.records import VisitDraft
from helpdesk.core.sync_records import TargetDraft
from helpdesk.hub.tokens import add_token

MOLENBEEK, SCHAERBEEK = "EPN Molenbeek", "EPN Schaerbeek"
ROOM, BUURTBAR = "Computer room", "Buurtbar Josaphat"
MOLENBEEK_ROOM, SCHAERBEEK_ROOM = f"{MOLENBEEK} / {ROOM}", f"{SCHAERBEEK} / {ROOM}"

# name: (desk, spot, UTC start, question types, outcome)
VISITS = {
    "a1": (MOLENBEEK, ROOM, "2026-11-16 09:15", ("email",), "solved"),
    "a2": (MOLENBEEK, ROOM, "2026-11-17 13:00", ("smartphone", "email"), "referred"),
    "a3": (MOLENBEEK, ROOM, "2026-11-18 10:00", ("itsme_eid",), "solved"),  # edited: partly
    "a4": (MOLENBEEK, ROOM, "2026-11-19 10:00", ("email",), "solved"),  # deleted
    "a5": (MOLENBEEK, ROOM, "2026-11-23 10:00", ("email",), "solved"),  # week 48
    "b1": (SCHAERBEEK, ROOM, "2026-11-16 14:00", ("print_scan",), "solved"),
    "b2": (SCHAERBEEK, ROOM, "2026-11-20 15:00", ("email",), "not_solved"),
    "b3": (SCHAERBEEK, BUURTBAR, "2026-11-21 10:30", ("smartphone",), "solved"),
}
# The right answers for week 47.
IN_WEEK = {"a1", "a2", "a3", "b1", "b2", "b3"}
VISITS_PER_SPOT = {MOLENBEEK_ROOM: 3, SCHAERBEEK_ROOM: 2, BUURTBAR: 1}
OUTCOMES = {"solved": 3, "partly": 1, "referred": 1, "not_solved": 1}
QUESTION_TYPES = {"email": 3, "smartphone": 2, "itsme_eid": 1, "print_scan": 1}


@dataclass
class Network:
    """The hub database filled by two desks, and the hub-side ids of the visits."""

    db: object
    url: str
    visit_ids: dict[str, str]  # name in VISITS -> visit id

    def names_of(self, ids) -> set[str]:
        """The names in VISITS of some visit ids."""
        by_id = {v: k for k, v in self.visit_ids.items()}
        return {by_id[i] for i in ids}


def open_desk(folder, name: str, spots: list[str]):
    """A desk that finished its first run, with these spots (the first a computer room)."""
    from helpdesk.services import Services

    services = Services.open(folder)
    services.desk.complete_first_run(language="en", desk_name=name, spot_name=spots[0],
                                     spot_kind="computer_room", helper_names=["Sam"])
    for spot in spots[1:]:
        services.desk.add_spot(spot, "outreach")
    return services


def record_visit(services, spot: str, started: str, questions, outcome: str):
    """Record a visit at the desk's spot called ``spot``, at a UTC time."""
    spot_id = next(s.id for s in services.desk.spots() if s.name == spot)
    when = datetime.fromisoformat(started).replace(tzinfo=timezone.utc)
    return services.intake.record_visit(VisitDraft(
        session_id=None, spot_id=spot_id, staff_id=None, question_types=tuple(questions),
        outcome=outcome, referral="social_service" if outcome == "referred" else None,
        duration_minutes=10, started_at=when))


def build_network(hub_db, tmp_path) -> Network:
    """Two desks send the week to a real hub over HTTP; one edit and one delete follow."""
    desks = {MOLENBEEK: open_desk(tmp_path / "molenbeek", MOLENBEEK, [ROOM]),
             SCHAERBEEK: open_desk(tmp_path / "schaerbeek", SCHAERBEEK, [ROOM, BUURTBAR])}
    try:
        visits = {name: record_visit(desks[desk], spot, started, questions, outcome)
                  for name, (desk, spot, started, questions, outcome) in VISITS.items()}
        with HubThread(hub_db) as hub:
            for name, services in desks.items():
                services.sync.add_target(TargetDraft(name="hub", kind="http", url=hub.url,
                                                     token=add_token(hub_db, name)))
                assert services.sync.run().problems == ()
            molenbeek = desks[MOLENBEEK]
            a3 = molenbeek.intake.get_visit(visits["a3"].id)
            molenbeek.intake.update_visit(a3.id, replace(a3.as_draft(), outcome="partly"),
                                          expected_revision=a3.revision)
            molenbeek.intake.delete_visit(visits["a4"].id)
            second = molenbeek.sync.run()
            assert (second.sent, second.waiting, second.problems) == (2, 0, ())
    finally:
        for services in desks.values():
            services.close()
    url = hub_db.engine.url.render_as_string(hide_password=False)
    return Network(hub_db, url, {name: v.id for name, v in visits.items()})
