"""Input models: a ``records.VisitDraft`` is checked here before it reaches the ``visit`` table.

``VisitCreate`` (a new visit) accepts only active taxonomy codes; ``VisitUpdate`` (an edit)
also keeps the retired codes the visit already had, so an old visit stays editable after a
coordinator retired one of its codes. Problems raise ``InputError`` with the draft's field
name, so the form can put the sentence next to that field.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime, timedelta, timezone
from typing import Any

from pydantic import ValidationError, ValidationInfo, model_validator
from sqlmodel import SQLModel

from helpdesk.core.errors import QT_TRANSLATE_NOOP, InputError
from helpdesk.core.records import UNKNOWN, VisitDraft
from helpdesk.core.taxonomy_file import Taxonomy
from helpdesk.core.value_checks import has_forbidden_characters

MAX_NOTE = 500
MIN_DURATION, MAX_DURATION = 1, 600
# A clock a few minutes ahead on another device is not a mistake; a visit next week is.
FUTURE_SLACK = timedelta(minutes=10)

# Single-choice fields checked against a taxonomy list; "unknown" is always allowed for the
# anonymous profile because nobody has to fill it in.
CHOICES = {
    "autonomy": ("autonomy", False),
    "referral": ("referrals", False),
    "channel": ("channels", False),
    "age_band": ("age_bands", True),
    "gender": ("genders", True),
    "help_language": ("help_languages", True),
    "status": ("statuses", True),
}


class VisitBase(SQLModel):
    """The fields a person fills in for a visit."""

    session_id: str | None = None
    spot_id: str
    staff_id: str | None = None
    question_types: tuple[str, ...] = ()
    outcome: str = ""
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

    @classmethod
    def from_draft(cls, draft: VisitDraft, taxonomy: Taxonomy,
                   previous: VisitDraft | None = None):
        """Check ``draft`` against ``taxonomy``; ``previous`` is the stored visit when editing."""
        data = asdict(draft)
        data["note"] = (draft.note or "").strip()
        data["question_types"] = tuple(dict.fromkeys(draft.question_types or ()))  # no repeats
        try:
            return cls.model_validate(data, context={"taxonomy": taxonomy, "previous": previous})
        except ValidationError as exc:
            # A value of the wrong type (not from the form, which only offers valid ones).
            loc = exc.errors()[0].get("loc") or ("",)
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "The value of {name} cannot be saved; correct it and try again."),
                field=str(loc[0]) or None, name=str(loc[0])) from None

    @model_validator(mode="after")
    def _check(self, info: ValidationInfo) -> VisitBase:
        taxonomy: Taxonomy = info.context["taxonomy"]
        previous: VisitDraft | None = info.context.get("previous")
        self._check_questions(taxonomy, previous)
        self._check_choices(taxonomy, previous)
        self._check_details()
        return self

    def _allowed(self, taxonomy: Taxonomy, list_name: str, field: str,
                 previous: VisitDraft | None) -> set[str]:
        allowed = set(taxonomy.codes(list_name))
        if previous is not None:
            # Retired codes the visit already carried stay valid when it is edited.
            had = getattr(previous, field)
            had = had if isinstance(had, tuple) else (had,)
            allowed |= {c for c in had if c in taxonomy.codes(list_name, include_retired=True)}
        return allowed

    def _check_questions(self, taxonomy: Taxonomy, previous: VisitDraft | None) -> None:
        if not self.question_types:
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "Choose at least one question type for this visit."),
                field="question_types")
        allowed = self._allowed(taxonomy, "question_types", "question_types", previous)
        for code in self.question_types:
            if code not in allowed:
                raise InputError(QT_TRANSLATE_NOOP(
                    "errors", "The question type {code} is not in use any more; choose another."),
                    field="question_types", code=code)
        if not self.outcome:
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "Choose how the visit ended (the outcome)."), field="outcome")
        if self.outcome not in self._allowed(taxonomy, "outcomes", "outcome", previous):
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "The outcome {code} is not in use any more; choose another."),
                field="outcome", code=self.outcome)

    def _check_choices(self, taxonomy: Taxonomy, previous: VisitDraft | None) -> None:
        for field, (list_name, unknown_ok) in CHOICES.items():
            value = getattr(self, field)
            if value is None or (unknown_ok and value == UNKNOWN):
                continue
            if list_name not in taxonomy.lists and unknown_ok:
                continue  # a network's taxonomy without this list: nothing to check against
            if value not in self._allowed(taxonomy, list_name, field, previous):
                raise InputError(QT_TRANSLATE_NOOP(
                    "errors", "The choice {code} is not in use any more; choose another."),
                    field=field, code=value)

    def _check_details(self) -> None:
        minutes = self.duration_minutes
        if minutes is not None and not MIN_DURATION <= minutes <= MAX_DURATION:
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "The duration must be between 1 and 600 minutes."),
                field="duration_minutes")
        if self.follow_up_date is not None and not self.follow_up:
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "A follow-up date needs “follow-up needed” ticked; tick it or clear "
                          "the date."), field="follow_up_date")
        if len(self.note) > MAX_NOTE:
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "The note is longer than 500 characters; shorten it."), field="note")
        if has_forbidden_characters(self.note):
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "The note holds an invisible control character (often pasted along "
                          "with text); type the note again."), field="note")
        started = self.started_at
        if started is not None:
            if started.tzinfo is None or started.utcoffset() is None:
                raise InputError(QT_TRANSLATE_NOOP(
                    "errors", "The time of the visit has no time zone; enter it again."),
                    field="started_at")
            if started > datetime.now(timezone.utc) + FUTURE_SLACK:
                raise InputError(QT_TRANSLATE_NOOP(
                    "errors", "The visit cannot start in the future; check its date and time."),
                    field="started_at")


class VisitCreate(VisitBase):
    """A new visit: only active codes."""


class VisitUpdate(VisitBase):
    """An edit of a stored visit: retired codes it already had stay valid."""


def visit_values(checked: VisitBase) -> dict[str, Any]:
    """The checked fields as ``visit`` column values (question types go to their own table)."""
    return checked.model_dump(exclude={"question_types"})
