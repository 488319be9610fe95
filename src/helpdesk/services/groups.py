"""Group sessions: workshops, info sessions and trainings, counted as participants.

Funders count them apart from one-to-one visits (a Burger Café with twelve people is not
twelve visits). A group session is synced like a visit (protocol version 3) and deleted as a
tombstone. Which helpers ran it is kept on this desk only (``group_staff``); what leaves the
desk is how many did. Participants are never named: at most counted by anonymous profile.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Engine, delete, false, insert, select, update
from sqlmodel import Session

from helpdesk.core.access import SignedIn
from helpdesk.core.changes import Change, ChangeLog, announces
from helpdesk.core.group_details import (
    DetailsError,
    profile_text,
    questions_text,
    read_questions,
    stored_profile,
    stored_questions,
)
from helpdesk.core.errors import QT_TRANSLATE_NOOP, InputError, NotFoundError
from helpdesk.core.ids import new_id
from helpdesk.core.records import GROUP_LEVELS, GROUP_PROFILE_LISTS, GroupDraft, GroupSession
from helpdesk.core.taxonomy_file import Taxonomy
from helpdesk.core.value_checks import has_forbidden_characters
from helpdesk.services import audit
from helpdesk.services.input_checks import FUTURE_SLACK, MAX_DURATION, MIN_DURATION
from helpdesk.store.engine import reading, writing
from helpdesk.services.taxonomy import load_taxonomy
from helpdesk.store.models import (
    desk_table,
    group_session_table,
    group_staff_table,
    spot_table,
    staff_table,
)
from helpdesk.sync.protocol import MAX_FACILITATORS, MAX_PARTICIPANTS, MAX_TITLE

g = group_session_table.c


def checked_group(draft: GroupDraft) -> GroupDraft:
    """``draft`` with its title tidied, or InputError naming the field that is wrong."""
    title = " ".join((draft.title or "").split())
    if not title or len(title) > MAX_TITLE or has_forbidden_characters(title):
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "Give the group session a title of at most 120 characters."),
            field="title")
    if type(draft.participants) is not int or not 1 <= draft.participants <= MAX_PARTICIPANTS:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "The number of participants must be between 1 and 500."),
            field="participants")
    minutes = draft.duration_minutes
    if minutes is not None and (type(minutes) is not int
                                or not MIN_DURATION <= minutes <= MAX_DURATION):
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "The duration must be between 1 and 600 minutes."),
            field="duration_minutes")
    if draft.level is not None and draft.level not in GROUP_LEVELS:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "Choose the level: beginner, intermediate or advanced."), field="level")
    started = draft.started_at
    if started is not None and (started.tzinfo is None or started.utcoffset() is None
                                or started > datetime.now(timezone.utc) + FUTURE_SLACK):
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "The group session cannot start in the future; check its date and "
                      "time."), field="started_at")
    profile = tuple((name, code, count) for name, code, count in draft.profile or ()
                    if count != 0)
    for name in GROUP_PROFILE_LISTS:
        counts = [count for n, _code, count in profile if n == name]
        if not all(type(c) is int and c > 0 for c in counts):
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "Each count of the participants' profile must be a whole number "
                          "of 0 or more."), field="profile")
        if sum(counts) > draft.participants:
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "The counts of one part of the profile add up to more than the "
                          "participants; lower them or raise the participants."),
                field="profile")
    return GroupDraft(spot_id=draft.spot_id, title=title, participants=draft.participants,
                      duration_minutes=minutes, level=draft.level, started_at=started,
                      question_types=tuple(dict.fromkeys(draft.question_types or ())),
                      facilitator_ids=tuple(dict.fromkeys(draft.facilitator_ids or ())),
                      profile=profile)


def _check_codes(db: Session, taxonomy: Taxonomy, draft: GroupDraft,
                 before: GroupSession | None) -> None:
    """InputError unless every code is in use, or was already on the group being corrected.

    Retired question types and profile codes are not offered for new sessions but stay on the
    old ones; helpers likewise.
    """
    had_questions = set(before.question_types) if before else set()
    allowed = set(taxonomy.codes("question_types")) | had_questions
    if any(code not in allowed for code in draft.question_types):
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "One of the question types is not in use any more; choose another."),
            field="question_types")
    had_profile = {(n, c) for n, c, _count in before.profile} if before else set()
    for name, code, _count in draft.profile:
        if name not in GROUP_PROFILE_LISTS or (
                code not in taxonomy.codes(name) and (name, code) not in had_profile):
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "One of the profile choices is not in use any more; clear its "
                          "count."), field="profile")
    try:  # the same bounds a receiver checks, so what is saved can always be sent
        read_questions(questions_text(draft.question_types))
    except DetailsError:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "Choose fewer question types for this group session."),
            field="question_types") from None
    had_staff = set(before.facilitator_ids) if before else set()
    wanted = set(draft.facilitator_ids) - had_staff
    active = set(db.scalars(select(staff_table.c.id).where(
        staff_table.c.id.in_(wanted), staff_table.c.active))) if wanted else set()
    if wanted - active or len(draft.facilitator_ids) > MAX_FACILITATORS:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "One of the helpers no longer works here; choose the helpers again."),
            field="facilitator_ids")


def _details(draft: GroupDraft) -> dict:
    """The detail columns of a checked draft, as stored (and sent)."""
    return {"questions_covered": questions_text(draft.question_types),
            "facilitators": len(draft.facilitator_ids) or None,
            "profile": profile_text(draft.profile)}


def _set_facilitators(db: Session, group_id: str, staff_ids: tuple[str, ...]) -> None:
    db.execute(delete(group_staff_table).where(group_staff_table.c.group_id == group_id))
    if staff_ids:
        db.execute(insert(group_staff_table),
                   [{"group_id": group_id, "staff_id": s} for s in staff_ids])


class GroupService:
    """Record, list, correct and delete group sessions."""

    def __init__(self, engine: Engine, changes: ChangeLog, *, signed_in: SignedIn) -> None:
        self._engine = engine
        self.changes = changes
        self._signed_in = signed_in

    @announces(Change.VISITS)
    def record_group(self, draft: GroupDraft) -> GroupSession:
        """Save a new group session at an active spot."""
        return self.get_group(self.record_groups([draft])[0])

    @announces(Change.VISITS)
    def record_groups(self, drafts: list[GroupDraft]) -> list[str]:
        """Save several new group sessions in one transaction (all or none); their ids.

        For a year of them at once (the demo): one commit rather than one per session.
        """
        self._signed_in.require("record")
        checked = [checked_group(draft) for draft in drafts]
        now = datetime.now(timezone.utc)
        ids = []
        with writing(self._engine) as db:
            desk_id = db.scalar(select(desk_table.c.id).limit(1))
            taxonomy = load_taxonomy(db)
            for one in checked:
                active = db.scalar(select(spot_table.c.active)
                                   .where(spot_table.c.id == one.spot_id))
                if desk_id is None or not active:
                    raise InputError(QT_TRANSLATE_NOOP(
                        "errors", "This spot is not in use any more; choose another one."),
                        field="spot_id")
                _check_codes(db, taxonomy, one, None)
                group_id = new_id()
                db.execute(insert(group_session_table).values(
                    id=group_id, revision=1, desk_id=desk_id, spot_id=one.spot_id,
                    title=one.title, started_at=one.started_at or now,
                    duration_minutes=one.duration_minutes, level=one.level,
                    participants=one.participants, created_at=now, updated_at=now,
                    deleted=False, **_details(one)))
                _set_facilitators(db, group_id, one.facilitator_ids)
                audit.append(db, self._signed_in, "group session recorded", group_id)
                ids.append(group_id)
        return ids

    def get_group(self, group_id: str) -> GroupSession:
        """One group session, tombstone or not."""
        with reading(self._engine) as db:
            found = self._read(db, g.id == group_id, limit=1)
        if not found:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This group session no longer "
                                                            "exists."))
        return found[0]

    def recent_groups(self, limit: int = 20) -> list[GroupSession]:
        """The latest group sessions, newest first (tombstones left out)."""
        with reading(self._engine) as db:
            return self._read(db, g.deleted == false(), limit=limit)

    @announces(Change.VISITS)
    def update_group(self, group_id: str, draft: GroupDraft) -> GroupSession:
        """Correct a group session (a new revision, so the change syncs too)."""
        self._signed_in.require("edit")
        checked = checked_group(draft)
        with writing(self._engine) as db:
            row = db.execute(select(g.spot_id, g.started_at).where(
                g.id == group_id, g.deleted == false())).first()
            if row is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This group session no longer "
                                                                "exists."))
            before = self._read(db, g.id == group_id, limit=1)[0]
            _check_codes(db, load_taxonomy(db), checked, before)
            details = _details(checked)
            if not checked.facilitator_ids and not before.facilitator_ids:
                # A session this desk received (another desk's stick) has a count of
                # facilitators and no names here: correcting it keeps the count.
                details["facilitators"] = before.facilitators
            if checked.spot_id != row.spot_id and not db.scalar(
                    select(spot_table.c.active).where(spot_table.c.id == checked.spot_id)):
                raise InputError(QT_TRANSLATE_NOOP(
                    "errors", "This spot is not in use any more; choose another one."),
                    field="spot_id")
            db.execute(update(group_session_table).where(g.id == group_id).values(
                spot_id=checked.spot_id, title=checked.title,
                started_at=checked.started_at or row.started_at,
                duration_minutes=checked.duration_minutes, level=checked.level,
                participants=checked.participants, revision=g.revision + 1,
                updated_at=datetime.now(timezone.utc), **details))
            _set_facilitators(db, group_id, checked.facilitator_ids)
            audit.append(db, self._signed_in, "group session changed", group_id)
        return self.get_group(group_id)

    @announces(Change.VISITS)
    def delete_group(self, group_id: str) -> GroupSession:
        """Delete a group session (a tombstone, so the deletion syncs too)."""
        self._signed_in.require("edit")
        with writing(self._engine) as db:
            done = db.connection().execute(
                update(group_session_table).where(g.id == group_id, g.deleted == false())
                .values(deleted=True, revision=g.revision + 1,
                        updated_at=datetime.now(timezone.utc))).rowcount
            if done:
                audit.append(db, self._signed_in, "group session deleted", group_id)
        return self.get_group(group_id)

    @staticmethod
    def _read(db, condition, *, limit: int) -> list[GroupSession]:
        rows = db.execute(
            select(g.id, g.revision, g.spot_id, spot_table.c.name, g.title, g.started_at,
                   g.participants, g.duration_minutes, g.level, g.deleted,
                   g.questions_covered, g.facilitators, g.profile)
            .select_from(group_session_table.outerjoin(spot_table, spot_table.c.id == g.spot_id))
            .where(condition).order_by(g.started_at.desc(), g.id.desc()).limit(limit)).all()
        staff: dict[str, list[str]] = {r[0]: [] for r in rows}
        if staff:
            s = group_staff_table.c
            for group_id, staff_id in db.execute(
                    select(s.group_id, s.staff_id).where(s.group_id.in_(list(staff)))
                    .order_by(s.group_id, s.staff_id)):
                staff[group_id].append(staff_id)
        return [GroupSession(id=r[0], revision=r[1], spot_id=r[2], spot_name=r[3] or r[2],
                             title=r[4], started_at=r[5], participants=r[6],
                             duration_minutes=r[7], level=r[8], deleted=bool(r[9]),
                             question_types=stored_questions(r[10]),
                             facilitator_ids=tuple(staff[r[0]]), facilitators=r[11],
                             profile=stored_profile(r[12], r[6]))
                for r in rows]
