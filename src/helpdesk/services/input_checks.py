"""Input checks: a ``records.VisitDraft`` is checked here before it reaches the ``visit`` table.

A new visit accepts only active taxonomy codes; an edit (``previous`` given) also keeps the
retired codes the visit already had, so an old visit stays editable after a coordinator
retired one of its codes. Problems raise ``InputError`` with the draft's field name, so the
form can put the sentence next to that field. The value types are the draft's own
annotations (checked by pydantic); which list a field's codes come from, and which fields
are columns, is read from ``core.visit_fields``.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import datetime, timedelta, timezone
from typing import Any

from pydantic import TypeAdapter, ValidationError

from helpdesk.core.errors import QT_TRANSLATE_NOOP, InputError
from helpdesk.core.records import VisitDraft
from helpdesk.core.taxonomy_file import Taxonomy
from helpdesk.core.value_checks import has_forbidden_characters
from helpdesk.core.visit_fields import COLUMN_FIELDS, RESIDENCE_ABROAD, UNKNOWN, VISIT_FIELDS

HASH_TEXT = re.compile(r"[0-9a-f]{64}\Z")  # a visitor code's keyed hash, as hex
# A Belgian postcode (1000 to 9999) or "abroad": nothing finer, a street would identify.
RESIDENCE_TEXT = re.compile(rf"([1-9][0-9]{{3}}|{RESIDENCE_ABROAD})\Z")

MAX_NOTE = 500
MIN_DURATION, MAX_DURATION = 1, 600
# A clock a few minutes ahead on another device is not a mistake; a visit next week is.
FUTURE_SLACK = timedelta(minutes=10)

# Single-choice fields checked against a taxonomy list: field -> (list, "unknown" allowed).
# "unknown" is allowed where it is the default (the anonymous profile: nobody has to fill it
# in). The question types and the outcome are checked first, with sentences of their own.
CHOICES: dict[str, tuple[str, bool]] = {
    f.name: (f.taxonomy_list, f.default == UNKNOWN) for f in VISIT_FIELDS
    if f.taxonomy_list is not None and f.name not in ("question_types", "outcome")}
# The draft's fields that are ``visit`` columns (question types go to their own table).
ENTERED_COLUMNS = tuple(f.name for f in COLUMN_FIELDS if f.entered)

_DRAFT = TypeAdapter(VisitDraft)


def checked_visit(draft: VisitDraft, taxonomy: Taxonomy,
                  previous: VisitDraft | None = None) -> VisitDraft:
    """``draft`` checked against ``taxonomy``; ``previous`` is the stored visit when editing.

    The result has its note trimmed and its question types without repeats.
    """
    data = asdict(draft)
    data["note"] = (draft.note or "").strip()
    data["question_types"] = tuple(dict.fromkeys(draft.question_types or ()))  # no repeats
    try:
        # A dict, not the draft itself: pydantic would hand an instance back unchecked.
        checked = _DRAFT.validate_python(data)
    except ValidationError as exc:
        # A value of the wrong type (not from the form, which only offers valid ones).
        loc = exc.errors()[0].get("loc") or ("",)
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "The value of {name} cannot be saved; correct it and try again."),
            field=str(loc[0]) or None, name=str(loc[0])) from None
    _check_questions(checked, taxonomy, previous)
    _check_choices(checked, taxonomy, previous)
    _check_details(checked)
    return checked


def visit_values(checked: VisitDraft) -> dict[str, Any]:
    """The checked fields as ``visit`` column values (question types go to their own table)."""
    return {name: getattr(checked, name) for name in ENTERED_COLUMNS}


def _allowed(taxonomy: Taxonomy, list_name: str, field: str,
             previous: VisitDraft | None) -> set[str]:
    allowed = set(taxonomy.codes(list_name))
    if previous is not None:
        # Retired codes the visit already carried stay valid when it is edited.
        had = getattr(previous, field)
        had = had if isinstance(had, tuple) else (had,)
        allowed |= {c for c in had if c in taxonomy.codes(list_name, include_retired=True)}
    return allowed


def _check_questions(visit: VisitDraft, taxonomy: Taxonomy, previous: VisitDraft | None) -> None:
    if not visit.question_types:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "Choose at least one question type for this visit."),
            field="question_types")
    allowed = _allowed(taxonomy, "question_types", "question_types", previous)
    for code in visit.question_types:
        if code not in allowed:
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "The question type {code} is not in use any more; choose another."),
                field="question_types", code=code)
    if not visit.outcome:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "Choose how the visit ended (the outcome)."), field="outcome")
    if visit.outcome not in _allowed(taxonomy, "outcomes", "outcome", previous):
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "The outcome {code} is not in use any more; choose another."),
            field="outcome", code=visit.outcome)


def _check_choices(visit: VisitDraft, taxonomy: Taxonomy, previous: VisitDraft | None) -> None:
    for field, (list_name, unknown_ok) in CHOICES.items():
        value = getattr(visit, field)
        if value is None or (unknown_ok and value == UNKNOWN):
            continue
        if list_name not in taxonomy.lists and unknown_ok:
            continue  # a network's taxonomy without this list: nothing to check against
        if value not in _allowed(taxonomy, list_name, field, previous):
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "The choice {code} is not in use any more; choose another."),
                field=field, code=value)


def _check_details(visit: VisitDraft) -> None:
    minutes = visit.duration_minutes
    if minutes is not None and not MIN_DURATION <= minutes <= MAX_DURATION:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "The duration must be between 1 and 600 minutes."),
            field="duration_minutes")
    if visit.follow_up_date is not None and not visit.follow_up:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "A follow-up date needs “follow-up needed” ticked; tick it or clear "
                      "the date."), field="follow_up_date")
    if len(visit.note) > MAX_NOTE:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "The note is longer than 500 characters; shorten it."), field="note")
    if has_forbidden_characters(visit.note):
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "The note holds an invisible control character (often pasted along "
                      "with text); type the note again."), field="note")
    if visit.residence is not None and not RESIDENCE_TEXT.match(visit.residence):
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "Give a Belgian postcode of four digits, or tick “outside Belgium”."),
            field="residence")
    if visit.visitor_hash is not None and not HASH_TEXT.match(visit.visitor_hash):
        # Only ``services.visitors`` makes these; anything else is not a keyed hash.
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "The visitor code cannot be saved; type it again."), field="visitor_code")
    started = visit.started_at
    if started is not None:
        if started.tzinfo is None or started.utcoffset() is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "The time of the visit has no time zone; enter it again."),
                field="started_at")
        if started > datetime.now(timezone.utc) + FUTURE_SLACK:
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "The visit cannot start in the future; check its date and time."),
                field="started_at")
