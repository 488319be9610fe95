"""Plain records passed between the store, the services, the GUI and the command line.

This module imports nothing heavy (no SQLModel, no Qt) so that the GUI can start without
loading the database layer: the first window must appear in well under half a second.
Services return these; widgets show them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from helpdesk.core.constants import DEFAULT_TIME_ZONE
from helpdesk.core.visit_fields import DRAFT_FIELDS
from helpdesk.core.visit_fields import UNKNOWN as UNKNOWN  # imported from here too

# Tally buttons: one click records a minimal visit for a trivial request.
TALLIES: dict[str, str] = {"print": "print_scan", "scan": "print_scan", "wifi": "internet"}

STAFF_ROLES = ("volunteer", "staff", "coordinator")


@dataclass(frozen=True)
class DeskSettings:
    """This installation: its id, its name and the language it speaks."""

    desk_id: str
    desk_name: str
    language: str = "nl"  # nl | fr | en
    time_zone: str = DEFAULT_TIME_ZONE
    # Whether the visit form asks where the visitor lives (a coordinator may turn it off).
    ask_residence: bool = True


@dataclass(frozen=True)
class Spot:
    """A place where help is given."""

    id: str
    name: str
    kind: str
    active: bool = True


@dataclass(frozen=True)
class Staff:
    """A helper, volunteer or coordinator."""

    id: str
    name: str
    role: str = "volunteer"
    active: bool = True


@dataclass(frozen=True)
class SessionInfo:
    """One opening of a spot: a permanence, an outreach round."""

    id: str
    spot_id: str
    spot_name: str
    opened_at: datetime
    closed_at: datetime | None = None
    staff_ids: tuple[str, ...] = ()
    turned_away: int | None = None
    visit_count: int = 0

    @property
    def is_open(self) -> bool:
        """True while the session has not been closed."""
        return self.closed_at is None


@dataclass(frozen=True)
class SessionSummary:
    """What a session handled, shown when it is closed."""

    session: SessionInfo
    visits: int
    by_question_type: dict[str, int] = field(default_factory=dict)
    by_outcome: dict[str, int] = field(default_factory=dict)
    turned_away: int | None = None


GROUP_LEVELS = ("beginner", "intermediate", "advanced")
# A group's participants' anonymous profile: counts over the visit's profile lists.
GROUP_PROFILE_LISTS = ("age_bands", "genders", "statuses")


@dataclass(frozen=True)
class GroupDraft:
    """A workshop, info session or training to record: participants, not visits.

    ``started_at`` defaults to now; ``level`` is one of ``GROUP_LEVELS`` or None.
    ``facilitator_ids`` are staff ids (they stay on the desk); ``profile`` holds
    (list, code, count) for the lists of ``GROUP_PROFILE_LISTS``, each list's counts at
    most the participants (the rest is "unknown").
    """

    spot_id: str
    title: str
    participants: int
    duration_minutes: int | None = None
    level: str | None = None
    started_at: datetime | None = None
    question_types: tuple[str, ...] = ()
    facilitator_ids: tuple[str, ...] = ()
    profile: tuple[tuple[str, str, int], ...] = ()


@dataclass(frozen=True)
class GroupSession:
    """A group session as stored."""

    id: str
    revision: int
    spot_id: str
    spot_name: str
    title: str
    started_at: datetime | None  # None: the stored time does not exist
    participants: int
    duration_minutes: int | None = None
    level: str | None = None
    deleted: bool = False
    question_types: tuple[str, ...] = ()
    facilitator_ids: tuple[str, ...] = ()  # on this desk; one from a stick has none
    facilitators: int | None = None  # how many ran it (what syncs)
    profile: tuple[tuple[str, str, int], ...] = ()


@dataclass(frozen=True)
class VisitDraft:
    """What the intake form (or a tally button, or the CLI) wants to save as a visit.

    Checked by the service (``services.input_checks``) before it reaches the table. Its
    fields are those ``core.visit_fields`` marks as entered (a test compares them).
    ``started_at`` defaults to now when left empty.
    """

    session_id: str | None
    spot_id: str
    staff_id: str | None
    question_types: tuple[str, ...]
    outcome: str
    autonomy: str | None = None
    referral: str | None = None
    duration_minutes: int | None = None
    follow_up: bool = False
    follow_up_date: date | None = None
    channel: str = "in_person"
    age_band: str = UNKNOWN
    gender: str = UNKNOWN
    help_language: str = UNKNOWN
    first_visit: bool | None = None
    status: str = UNKNOWN
    note: str = ""
    started_at: datetime | None = None
    # Not the visitor's code: its keyed hash, made by ``services.visitors.code_hash``.
    visitor_hash: str | None = None
    device: str | None = None
    residence: str | None = None  # a Belgian postcode, or "abroad"


@dataclass(frozen=True)
class Visit:
    """A visit as stored: the draft's fields plus identity, revision and times.

    Its fields are those of ``core.visit_fields`` (a test compares them).
    """

    id: str
    revision: int
    desk_id: str
    session_id: str | None
    spot_id: str
    staff_id: str | None
    started_at: datetime | None  # None: the stored time does not exist
    question_types: tuple[str, ...]
    outcome: str
    autonomy: str | None
    referral: str | None
    duration_minutes: int | None
    follow_up: bool
    follow_up_date: date | None
    channel: str
    age_band: str
    gender: str
    help_language: str
    first_visit: bool | None
    status: str
    note: str
    created_at: datetime
    updated_at: datetime
    deleted: bool = False
    visitor_hash: str | None = None
    device: str | None = None
    residence: str | None = None

    def as_draft(self) -> VisitDraft:
        """The editable part of this visit, e.g. to fill the edit form or to duplicate it."""
        return VisitDraft(**{name: getattr(self, name) for name in DRAFT_FIELDS})


@dataclass(frozen=True)
class VisitRow:
    """One line of the Visits list: just what the table shows."""

    id: str
    started_at: datetime | None  # None: the stored time does not exist
    spot_name: str
    staff_name: str
    question_types: tuple[str, ...]
    outcome: str
    duration_minutes: int | None
    follow_up: bool
    follow_up_date: date | None
    revision: int
    # "sent" (every sync target acknowledged this revision), "waiting", or "" when no
    # target is set up and the visit simply stays on this desk.
    sync_state: str = ""


@dataclass(frozen=True)
class VisitFilter:
    """What the Visits list is narrowed to. Dates are local dates, both ends included."""

    date_from: date | None = None
    date_to: date | None = None
    spot_id: str | None = None
    question_type: str | None = None
    outcome: str | None = None
    follow_up_only: bool = False


@dataclass(frozen=True)
class PageCursor:
    """Where the next page of the Visits list starts (keyset paging: newest first)."""

    started_at: datetime | None  # None: the stored time does not exist
    id: str


@dataclass(frozen=True)
class StartupState:
    """All the first window needs, read cheaply before the full store is opened."""

    settings: DeskSettings | None
    spots: tuple[Spot, ...] = ()
    staff: tuple[Staff, ...] = ()
    open_session: SessionInfo | None = None
    duration_favourites: tuple[int, ...] = (5, 10, 15, 30, 45, 60)
    # Where the intake was last used and by whom: chosen again at the next start, so a tally
    # works at once. Ids that are no longer active are ignored by the screen.
    last_spot_id: str | None = None
    last_staff_id: str | None = None
