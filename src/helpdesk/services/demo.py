"""Demo data: a believable stretch of a Brussels digital-help network, for trying and timing.

Spots of each kind open on their own days and hours; each kind gets its own mix of question
types, durations and visitors. The same seed always gives the same data (ids aside). Visits
go in with bulk Core inserts, 10,000 per transaction, so a million take a minute or two.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import insert

from helpdesk.core.constants import DEFAULT_TIME_ZONE
from helpdesk.core.ids import id_at
from helpdesk.core.records import GroupDraft
from helpdesk.store.engine import writing
from helpdesk.store.models import (
    session_staff_table,
    session_table,
    visit_question_table,
    visit_table,
)

CHUNK = 10_000
T = TypeVar("T")
ZONE = ZoneInfo(DEFAULT_TIME_ZONE)

# name, kind, team (indexes into HELPERS), opening pattern (see _openings)
SPOTS = (
    ("OCR Anneessens", "computer_room", (0, 1, 2, 3), "weekdays"),
    ("EPN Molenbeek", "computer_room", (4, 5, 6), "weekdays"),
    ("Buurtbar Kuregem", "outreach", (7, 8), "twice_weekly"),
    ("Burger Café Ganshoren", "outreach", (9, 10, 0), "monthly"),
    ("Permanence Banque alimentaire Schaerbeek", "permanence", (11, 12), "weekly"),
    ("Bibliotheek Laken", "library", (1, 13), "library"),
    ("Digipunt Jette", "digipunt", (2, 9), "digipunt"),
    ("Pop-up Maison communale Forest", "popup", (5, 12), "fortnightly"),
)
HELPERS = (
    ("Fatima El Amrani", "staff"), ("Jan Peeters", "staff"), ("Sofie Janssens", "volunteer"),
    ("Mohamed Benali", "volunteer"), ("Marie Dubois", "staff"), ("Youssef Haddad", "volunteer"),
    ("Lotte Vermeulen", "volunteer"), ("Karim Bouzid", "staff"), ("Nathalie Lambert", "volunteer"),
    ("Pieter De Smet", "coordinator"), ("Aïcha Diallo", "volunteer"), ("Tom Claes", "staff"),
    ("Inès Moreau", "volunteer"), ("Mehmet Yılmaz", "volunteer"),
)

# Question mixes per spot kind: code -> weight.
_COMMON = {"smartphone": 8, "computer": 4, "device_setup": 3, "internet": 5, "email": 7,
           "accounts": 5, "office": 3, "print_scan": 5, "communication": 4, "security": 3,
           "itsme_eid": 8, "gov_online": 5, "appointments": 4, "job_search": 4,
           "unemployment": 3, "health_insurance": 3, "health": 2, "family_school": 3,
           "housing": 3, "banking": 4, "social_aid": 3, "mobility": 2, "taxes": 1, "other": 2}
MIXES = {
    "computer_room": {**_COMMON, "print_scan": 30, "internet": 14, "office": 8, "job_search": 8},
    "outreach": {**_COMMON, "smartphone": 20, "communication": 14, "itsme_eid": 12,
                 "security": 6, "print_scan": 1},
    "permanence": {**_COMMON, "job_search": 14, "unemployment": 12, "social_aid": 9,
                   "housing": 8, "health_insurance": 7, "family_school": 6, "print_scan": 2},
    "library": {**_COMMON, "internet": 10, "office": 8, "email": 10, "print_scan": 8},
    "digipunt": {**_COMMON, "itsme_eid": 16, "gov_online": 12, "taxes": 4, "banking": 8},
    "popup": {**_COMMON, "gov_online": 14, "itsme_eid": 14, "appointments": 10, "taxes": 3},
}
# Expected visits per session, by kind (a permanence handles 4 to 13 requests).
PER_SESSION = {"computer_room": (6, 14), "outreach": (3, 9), "permanence": (4, 13),
               "library": (2, 7), "digipunt": (3, 8), "popup": (4, 10)}
# Minutes a visit takes; a few long ones (an eID card reset, a tax return) at every kind.
DURATIONS = {"computer_room": ((5, 10, 15, 30, 45, 60, 90), (30, 20, 18, 17, 9, 6, 2)),
             "default": ((5, 10, 15, 20, 30, 45, 60, 90, 150),
                         (5, 12, 20, 10, 28, 15, 10, 4, 1))}
OUTCOMES = (("solved", "partly", "not_solved", "referred"), (70, 13, 5, 12))
REFERRALS = {"job_search": "employment_service", "unemployment": "employment_service",
             "social_aid": "social_service", "housing": "social_service",
             "taxes": "administration", "gov_online": "administration",
             "computer": "digital_training", "smartphone": "digital_training"}
AGE_BANDS = ("18_24", "25_34", "35_44", "45_54", "55_64", "65_74", "75_plus", "under_18")
AGE_WEIGHTS = {"default": (8, 14, 17, 18, 16, 14, 9, 2),
               "outreach": (2, 5, 8, 12, 18, 28, 27, 0)}  # the Burger Café is for seniors
HELP_LANGUAGES = (("fr", "nl", "ar", "en", "other"), (52, 20, 12, 8, 8))
STATUSES = (("job_seeker", "employed", "retired", "student", "other"), (35, 18, 27, 8, 12))
CHANNELS = (("in_person", "phone", "home_visit", "remote"), (92, 5, 1, 2))
# Where each spot's visitors live: mostly its own commune, some from next door (Brussels'
# postcodes; 1780 Wemmel and 1853 Grimbergen just over the border). Asked at 60 % of visits.
RESIDENCES = {
    "OCR Anneessens": (("1000", "1080", "1070", "1060", "1210"), (60, 12, 12, 10, 6)),
    "EPN Molenbeek": (("1080", "1081", "1070", "1000", "1083"), (65, 10, 10, 10, 5)),
    "Buurtbar Kuregem": (("1070", "1080", "1060", "1190"), (70, 12, 10, 8)),
    "Burger Café Ganshoren": (("1083", "1090", "1081", "1082", "1080"), (60, 15, 10, 10, 5)),
    "Permanence Banque alimentaire Schaerbeek": (("1030", "1210", "1140", "1000"),
                                                 (70, 12, 10, 8)),
    "Bibliotheek Laken": (("1020", "1000", "1090", "1030", "1853"), (65, 12, 10, 8, 5)),
    "Digipunt Jette": (("1090", "1083", "1081", "1020", "1780"), (65, 12, 10, 8, 5)),
    "Pop-up Maison communale Forest": (("1190", "1060", "1180", "1070"), (70, 12, 10, 8)),
}
RESIDENCE_SHARE = 0.6
# The device people use, by spot kind: a computer room's own PCs, a senior café's phones.
DEVICES = {
    "computer_room": (("desk_computer", "own_smartphone", "own_laptop", "no_device"),
                      (60, 25, 8, 7)),
    "outreach": (("own_smartphone", "own_tablet", "no_device", "own_laptop"), (68, 15, 12, 5)),
    "permanence": (("own_smartphone", "no_device", "desk_computer", "own_tablet"),
                   (55, 25, 15, 5)),
    "library": (("desk_computer", "own_smartphone", "own_laptop", "own_tablet"),
                (45, 30, 20, 5)),
    "digipunt": (("own_smartphone", "own_tablet", "own_laptop", "no_device"), (60, 15, 15, 10)),
    "popup": (("own_smartphone", "own_tablet", "no_device"), (75, 10, 15)),
}
DEVICE_SHARE = 0.7
# Spots that hand out visitor cards, by card series: the two computer rooms share theirs
# (people go to both), so do Jette's digipunt and Ganshoren's Burger Café (neighbours).
CARD_SERIES = {"OCR Anneessens": "EPN", "EPN Molenbeek": "EPN", "Digipunt Jette": "NW",
               "Burger Café Ganshoren": "NW"}
CARD_SHARE = 0.75  # visits at such a spot with a card shown
RETURNING = 0.6  # of those, the share from someone who has a card already
# The monthly Burger Café's group session: the theme of the month.
CAFE_THEMES = ("itsme en eID", "Mijn Burgerprofiel", "Sécurité en ligne", "WhatsApp en video",
               "Tax-on-web", "Banque en ligne", "MyMinfin", "Photos sur smartphone",
               "Mutualiteit online", "Phishing herkennen", "Agenda et rappels", "Cloud & back-ups")
# The question types each theme covers, in CAFE_THEMES' order.
CAFE_QUESTIONS = (("itsme_eid",), ("gov_online", "itsme_eid"), ("security",),
                  ("communication", "smartphone"), ("taxes", "gov_online"),
                  ("banking", "security"), ("gov_online", "taxes"), ("smartphone",),
                  ("health_insurance",), ("security", "email"), ("smartphone", "appointments"),
                  ("accounts", "device_setup"))
# Other group sessions: (spot, title, every so many weeks, level, minutes, participants,
# question types). A workshop in a computer room, job-search mornings at the library, and
# a training for the volunteers.
OTHER_GROUPS = (
    ("EPN Molenbeek", "Atelier itsme & MyMinfin", 6, "beginner", 120, (5, 10),
     ("itsme_eid", "gov_online", "taxes")),
    ("Bibliotheek Laken", "Solliciteren online / Postuler en ligne", 4, "intermediate", 150,
     (4, 9), ("job_search", "office", "email")),
    ("OCR Anneessens", "Vorming vrijwilligers: phishing & privacy", 13, "advanced", 180,
     (5, 8), ("security", "accounts")),
)
NOTES = ("Komt terug met de brief van de mutualiteit.", "Revient avec son code itsme.",
         "Needs the eID PIN letter first.", "Rendez-vous pris au CPAS.")


@dataclass(frozen=True)
class DemoResult:
    """What the demo added."""

    spots: int
    sessions: int
    visits: int


@dataclass
class _Session:
    id: str
    spot_id: str
    kind: str
    opened: datetime
    closed: datetime
    staff: tuple[str, ...]
    visits: int = 0


def _local(day: date, hhmm: str) -> datetime:
    hour, minute = map(int, hhmm.split(":"))
    return datetime.combine(day, time(hour, minute), ZONE).astimezone(timezone.utc)


def _openings(pattern: str, day: date, rng: random.Random) -> list[tuple[str, str]]:
    """The local opening hours of one spot on one day."""
    weekday = day.weekday()  # Monday is 0
    if pattern == "weekdays" and weekday < 5:
        return [("09:00", "12:00"), ("13:00", "17:00")]
    if pattern == "twice_weekly" and weekday in (1, 4):
        return [("10:00", "13:00")]
    if pattern == "monthly" and weekday == 3 and day.day <= 7:  # first Thursday
        return [("14:00", "16:30")]
    if pattern == "weekly" and weekday == 2:
        return [("13:30", rng.choice(("15:30", "16:00", "16:30")))]
    if pattern == "library" and weekday in (1, 2, 5):
        return [("14:00", "17:00")]
    if pattern == "digipunt" and weekday in (0, 3):
        return [("09:30", "12:00")]
    if pattern == "fortnightly" and weekday == 0 and day.isocalendar().week % 2 == 0:
        return [("09:00", "12:00")]
    return []


def _ensure_desk(services) -> tuple[str, dict[str, tuple[str, str]], list[str]]:
    """The desk id, the demo spots (name -> (id, kind)) and the helper ids, made if missing."""
    desk = services.desk
    if desk.settings() is None:
        name, kind, *_ = SPOTS[0]
        desk.complete_first_run(language="fr", desk_name="Démo Bruxelles", spot_name=name,
                                spot_kind=kind, helper_names=[HELPERS[0][0]])
    spots = {s.name: s for s in desk.spots(include_retired=True)}
    staff = {s.name: s for s in desk.staff(include_retired=True)}
    for name, role in HELPERS:
        if name not in staff:
            staff[name] = desk.add_staff(name, role)
    found = {}
    for name, kind, _team, _pattern in SPOTS:
        spot = spots.get(name) or desk.add_spot(name, kind)
        found[name] = (spot.id, spot.kind)
    return desk.settings().desk_id, found, [staff[name].id for name, _ in HELPERS]


def _plan_sessions(rng, spots, helper_ids, weeks: int, now: datetime) -> list[_Session]:
    sessions = []
    first = (now.astimezone(ZONE) - timedelta(weeks=weeks)).date()
    for n in range((now.astimezone(ZONE).date() - first).days + 1):
        day = first + timedelta(days=n)
        for name, _kind, team, pattern in SPOTS:
            spot_id, kind = spots[name]
            for start, end in _openings(pattern, day, rng):
                opened, closed = _local(day, start), _local(day, end)
                if closed > now:
                    continue  # the demo ends now: no session reaches into the future
                staff = tuple(helper_ids[i] for i in rng.sample(team, rng.choice((1, 1, 2))))
                sessions.append(_Session(id_at(int(opened.timestamp() * 1000)), spot_id, kind,
                                         opened, closed, staff))
    return sessions


def _share_visits(rng, sessions: list[_Session], total: int) -> list[_Session]:
    """Give each session a believable number of visits so they add up to ``total``."""
    for s in sessions:
        s.visits = rng.randint(*PER_SESSION[s.kind])
    expected = sum(s.visits for s in sessions)
    if total <= expected:
        # Fewer visits than a real network would have: keep a random subset of sessions.
        kept, count = [], 0
        for s in rng.sample(sessions, len(sessions)):
            if count >= total:
                break
            s.visits = min(s.visits, total - count)
            count += s.visits
            kept.append(s)
        sessions = kept
    else:
        # More visits than that: every session gets busier in proportion.
        scale = total / expected
        for s in sessions:
            s.visits = int(s.visits * scale)
        for s in rng.sample(sessions, total - sum(s.visits for s in sessions)):
            s.visits += 1
    return sorted(sessions, key=lambda s: s.opened)


class _VisitMaker:
    """Draws one visit's fields for a session, the way people at that kind of spot come."""

    def __init__(self, rng: random.Random, desk_id: str, spot_names: dict[str, str]) -> None:
        self.rng, self.desk_id = rng, desk_id
        self.mixes = {k: (tuple(m), tuple(m.values())) for k, m in MIXES.items()}
        self.spot_names = spot_names  # id -> name
        self.cards: dict[str, int] = {}  # card series -> cards handed out so far

    def card(self, spot_id: str) -> tuple[str | None, bool]:
        """The card a visitor shows at this spot (None: none) and whether it is new."""
        series = CARD_SERIES.get(self.spot_names.get(spot_id, ""))
        rng = self.rng
        if series is None or rng.random() >= CARD_SHARE:
            return None, False
        given = self.cards.get(series, 0)
        if given and rng.random() < RETURNING:
            # Returning: recent card holders come back most (a card's number is its order).
            return f"{series}-{max(1, given - int(rng.expovariate(1 / 60))):05d}", False
        self.cards[series] = given + 1
        return f"{series}-{given + 1:05d}", True

    def _pick(self, choices: tuple[tuple[T, ...], tuple[float, ...]]) -> T:
        return self.rng.choices(choices[0], weights=choices[1])[0]

    def visits(self, s: _Session) -> Iterator[tuple[dict, list[dict]]]:
        rng = self.rng
        codes, weights = self.mixes[s.kind]
        durations = DURATIONS.get(s.kind, DURATIONS["default"])
        ages = AGE_WEIGHTS["outreach" if s.kind == "outreach" else "default"]
        span = (s.closed - s.opened).total_seconds()
        for _ in range(s.visits):
            minutes = self._pick(durations)
            started = s.opened + timedelta(seconds=rng.random() * max(60, span - minutes * 60))
            count = rng.choices((1, 2, 3), weights=(70, 25, 5))[0]
            questions = list(dict.fromkeys(rng.choices(codes, weights=weights, k=count)))
            outcome = self._pick(OUTCOMES)
            if questions == ["print_scan"] and rng.random() < 0.9:
                outcome = "solved"
            referral = None
            if outcome == "referred" and rng.random() < 0.85:
                referral = REFERRALS.get(questions[0]) or rng.choice(
                    ("administration", "social_service", "other_partner", "legal_aid"))
            follow_up = rng.random() < 0.04
            card, new_card = self.card(s.spot_id)
            places = RESIDENCES.get(self.spot_names.get(s.spot_id, ""))
            devices = DEVICES.get(s.kind)
            ended = started + timedelta(minutes=minutes)
            visit_id = id_at(int(started.timestamp() * 1000))
            row = {
                "id": visit_id, "desk_id": self.desk_id, "session_id": s.id,
                "spot_id": s.spot_id, "staff_id": rng.choice(s.staff), "started_at": started,
                "duration_minutes": minutes, "outcome": outcome,
                "autonomy": rng.choice(("done_for", "together", "together", "autonomous"))
                if rng.random() < 0.6 else None,
                "referral": referral, "follow_up": follow_up,
                "follow_up_date": (started + timedelta(days=rng.randint(3, 21))).date()
                if follow_up and rng.random() < 0.6 else None,
                "channel": "in_person" if s.kind == "outreach" else self._pick(CHANNELS),
                "age_band": rng.choices(AGE_BANDS, weights=ages)[0]
                if rng.random() < 0.45 else "unknown",
                "gender": rng.choice(("f", "f", "m", "m", "x")) if rng.random() < 0.5
                else "unknown",
                "help_language": self._pick(HELP_LANGUAGES) if rng.random() < 0.7 else "unknown",
                "first_visit": new_card if card else
                (rng.random() < 0.35 if rng.random() < 0.4 else None),
                "visitor_code": card,  # the demo's own key: hashed through the visitor service
                "residence": self._pick(places) if places and rng.random() < RESIDENCE_SHARE
                else None,
                "device": self._pick(devices) if devices and rng.random() < DEVICE_SHARE
                else None,
                "status": self._pick(STATUSES) if rng.random() < 0.35 else "unknown",
                "note": rng.choice(NOTES) if rng.random() < 0.01 else "",
                "revision": 1, "created_at": ended, "updated_at": ended, "deleted": False,
            }
            yield row, [{"visit_id": visit_id, "question_type": q, "position": n}
                        for n, q in enumerate(questions)]


CAFE = "Burger Café Ganshoren"


def _senior_profile(rng: random.Random, people: int) -> tuple[tuple[str, str, int], ...]:
    """Counts a Burger Café host might note: mostly over 65, more women, mostly retired;
    some left uncounted (unknown)."""
    old = round(people * rng.uniform(0.35, 0.5))
    oldest = round(people * rng.uniform(0.2, 0.35))
    women = round(people * rng.uniform(0.5, 0.7))
    men = max(0, people - women - rng.randint(0, 2))  # a few not asked
    retired = round(people * rng.uniform(0.7, 0.95))
    return (("age_bands", "55_64", max(0, people - old - oldest - rng.randint(0, 2))),
            ("age_bands", "65_74", old), ("age_bands", "75_plus", oldest),
            ("genders", "f", women), ("genders", "m", men), ("statuses", "retired", retired))


def _record_groups(services, cafes: list[_Session], helper_ids: list[str], weeks: int,
                   now: datetime, rng: random.Random) -> None:
    """The monthly Burger Café and a few workshops and trainings as group sessions, through
    the groups service (counted apart from the visits), with the question types they
    covered, who ran them and, for most cafés, the seniors' profile as counts."""
    drafts = []
    for cafe in cafes:
        people = rng.randint(8, 18)
        month = cafe.opened.month - 1
        drafts.append(GroupDraft(
            cafe.spot_id, f"Burger Café: {CAFE_THEMES[month]}", people, duration_minutes=90,
            level="beginner", started_at=cafe.opened, question_types=CAFE_QUESTIONS[month],
            facilitator_ids=cafe.staff[:2],
            profile=_senior_profile(rng, people) if rng.random() < 0.7 else ()))
    spots = {spot.name: spot.id for spot in services.desk.spots()}
    for name, title, every, level, minutes, (low, high), questions in OTHER_GROUPS:
        for back in range(every, weeks, every):  # none in the first weeks: not in the future
            day = (now - timedelta(weeks=back)).astimezone(ZONE).date()
            day -= timedelta(days=day.weekday() - 2)  # the Wednesday of that week
            people = rng.randint(low, high)
            students = rng.randint(0, people // 2) if level != "advanced" else 0
            drafts.append(GroupDraft(
                spots[name], title, people, duration_minutes=minutes, level=level,
                started_at=_local(day, "14:00"), question_types=questions,
                facilitator_ids=tuple(rng.sample(helper_ids, 2 if level == "advanced" else 1)),
                profile=(("statuses", "job_seeker", people - students),
                         ("statuses", "student", students))
                if title.startswith("Solliciteren") else ()))
    services.groups.record_groups(drafts)  # one commit for the lot


def fill_demo(services, visits: int, seed: int = 1, weeks: int = 52,
              progress: Callable[[int, int], None] | None = None) -> DemoResult:
    """Add demo spots, helpers, sessions and ``visits`` visits over ``weeks`` weeks ending now."""
    if visits < 1 or weeks < 1:
        raise ValueError("visits and weeks must be at least 1")
    rng = random.Random(seed)
    now = datetime.now(timezone.utc)
    desk_id, spots, helper_ids = _ensure_desk(services)
    sessions_planned = _plan_sessions(rng, spots, helper_ids, weeks, now)
    cafes = [s for s in sessions_planned if s.spot_id == spots[CAFE][0]]
    sessions = _share_visits(rng, list(sessions_planned), visits)
    engine = services.engine
    with writing(engine) as db:
        for start in range(0, len(sessions), CHUNK):
            part = sessions[start:start + CHUNK]
            db.execute(insert(session_table), [{
                "id": s.id, "desk_id": desk_id, "spot_id": s.spot_id, "opened_at": s.opened,
                "closed_at": s.closed, "turned_away": rng.choice((None, 0, 0, 1, 2)),
                "revision": 1, "created_at": s.opened, "updated_at": s.closed,
                "deleted": False} for s in part])
            db.execute(insert(session_staff_table), [
                {"session_id": s.id, "staff_id": staff} for s in part for staff in s.staff])
    _record_groups(services, cafes, helper_ids, weeks, now, rng)
    maker = _VisitMaker(rng, desk_id, {spot_id: name for name, (spot_id, _k) in spots.items()})
    done = 0
    rows: list[dict] = []
    questions: list[dict] = []
    hashes: dict[str, str] = {}

    def flush() -> None:
        # The cards first seen in this chunk, hashed in one go by the visitor service.
        hashes.update(services.visitors.code_hashes(
            {row["visitor_code"] for row in rows if row["visitor_code"]} - hashes.keys()))
        for row in rows:
            code = row.pop("visitor_code")
            row["visitor_hash"] = hashes[code] if code else None
        with writing(engine) as db:
            db.execute(insert(visit_table), rows)
            db.execute(insert(visit_question_table), questions)
        rows.clear()
        questions.clear()
        if progress:
            progress(done, visits)

    for session in sessions:
        for row, asked in maker.visits(session):
            rows.append(row)
            questions.extend(asked)
            done += 1
            if len(rows) >= CHUNK:
                flush()
    if rows:
        flush()
    return DemoResult(spots=len(spots), sessions=len(sessions), visits=done)
