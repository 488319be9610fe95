"""A visit's fields, declared once.

Each field says what kind of value it holds, whether it may be empty, whether a person
enters it (then it is a field of ``VisitDraft``), whether it leaves the desk, the value a
new row gets when nobody gives one, and the taxonomy list its codes come from. The living
code derives from this tuple: ``Visit.as_draft``, the input checks' choices and column
values, the row-to-``Visit`` mapping, the desk's and the hub's ``visit`` tables and the wire
allow-list. The migrations stay as written; ``tests/test_visit_fields.py`` compares the
declaration with the migrated tables, the records and what the outbox sends.

The order is the wire order, which is also the CSV column order: never reorder it.
Plain Python only: the GUI loads this before its first window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["text", "int", "bool", "date", "datetime", "codes"]

UNKNOWN = "unknown"  # the code of every anonymous-profile field nobody filled in
RESIDENCE_ABROAD = "abroad"  # a residence outside Belgium
NOTE = "note"  # free text: it leaves the desk only for targets set to "include notes"


@dataclass(frozen=True)
class VisitField:
    """One field of a visit."""

    name: str
    kind: Kind  # "codes": several codes in order, kept in a table of their own
    optional: bool = False  # may be empty (None) once stored
    entered: bool = True  # part of a VisitDraft: the form, a tally button or the CLI gives it
    synced: bool = True  # on the wire allow-list
    default: str | int | bool | None = None  # what a new row gets; None: nothing (or empty)
    taxonomy_list: str | None = None  # the list its codes must come from


VISIT_FIELDS: tuple[VisitField, ...] = (
    VisitField("id", "text", entered=False),
    VisitField("revision", "int", entered=False, default=1),
    VisitField("desk_id", "text", entered=False),
    VisitField("session_id", "text", optional=True),
    VisitField("spot_id", "text"),
    # Which helper handled a visit never leaves the desk: names are personal data.
    VisitField("staff_id", "text", optional=True, synced=False),
    VisitField("started_at", "datetime"),
    VisitField("duration_minutes", "int", optional=True),
    VisitField("outcome", "text", taxonomy_list="outcomes"),
    VisitField("autonomy", "text", optional=True, taxonomy_list="autonomy"),
    VisitField("referral", "text", optional=True, taxonomy_list="referrals"),
    VisitField("follow_up", "bool", default=False),
    VisitField("follow_up_date", "date", optional=True),
    VisitField("channel", "text", default="in_person", taxonomy_list="channels"),
    VisitField("age_band", "text", default=UNKNOWN, taxonomy_list="age_bands"),
    VisitField("gender", "text", default=UNKNOWN, taxonomy_list="genders"),
    VisitField("help_language", "text", default=UNKNOWN, taxonomy_list="help_languages"),
    VisitField("first_visit", "bool", optional=True),
    VisitField("status", "text", default=UNKNOWN, taxonomy_list="statuses"),
    VisitField("question_types", "codes", taxonomy_list="question_types"),
    VisitField(NOTE, "text", default=""),
    VisitField("created_at", "datetime", entered=False),
    VisitField("updated_at", "datetime", entered=False),
    VisitField("deleted", "bool", entered=False, default=False),
    # Added later, so after the first fields (old CSV batches simply lack them).
    # The keyed hash (HMAC-SHA-256 with the network's key) of a visitor code: the code itself
    # is never stored in a visit, never sent (``services/visitors.py``).
    VisitField("visitor_hash", "text", optional=True),
    # The device the person used (the taxonomy's list), and where they live: a Belgian
    # postcode (4 digits) or RESIDENCE_ABROAD. Both optional: empty is "not asked".
    VisitField("device", "text", optional=True, taxonomy_list="devices"),
    VisitField("residence", "text", optional=True),
)

# The fields of a VisitDraft, in declaration order.
DRAFT_FIELDS: tuple[str, ...] = tuple(f.name for f in VISIT_FIELDS if f.entered)
# The fields held in the ``visit`` table's own columns (question types have a table of theirs).
COLUMN_FIELDS: tuple[VisitField, ...] = tuple(f for f in VISIT_FIELDS if f.kind != "codes")
# The fields that leave the desk, in wire order.
SYNCED_FIELDS: tuple[VisitField, ...] = tuple(f for f in VISIT_FIELDS if f.synced)
