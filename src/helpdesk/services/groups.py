"""Group sessions: workshops, info sessions and trainings, counted as participants.

Funders count them apart from one-to-one visits (a Burger Café with twelve people is not
twelve visits). A group session is synced like a visit (protocol version 2) and deleted as a
tombstone. It holds no names: facilitators and participants are counted, never listed.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Engine, false, insert, select, update

from helpdesk.core.access import SignedIn
from helpdesk.core.changes import Change, ChangeLog, announces
from helpdesk.core.errors import QT_TRANSLATE_NOOP, InputError, NotFoundError
from helpdesk.core.ids import new_id
from helpdesk.core.records import GROUP_LEVELS, GroupDraft, GroupSession
from helpdesk.core.value_checks import has_forbidden_characters
from helpdesk.services import audit
from helpdesk.services.input_checks import FUTURE_SLACK, MAX_DURATION, MIN_DURATION
from helpdesk.store.engine import reading, writing
from helpdesk.store.models import desk_table, group_session_table, spot_table
from helpdesk.sync.protocol import MAX_PARTICIPANTS, MAX_TITLE

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
    return GroupDraft(spot_id=draft.spot_id, title=title, participants=draft.participants,
                      duration_minutes=minutes, level=draft.level, started_at=started)


class GroupService:
    """Record, list, correct and delete group sessions."""

    def __init__(self, engine: Engine, changes: ChangeLog, *, signed_in: SignedIn) -> None:
        self._engine = engine
        self.changes = changes
        self._signed_in = signed_in

    @announces(Change.VISITS)
    def record_group(self, draft: GroupDraft) -> GroupSession:
        """Save a new group session at an active spot."""
        self._signed_in.require("record")
        checked = checked_group(draft)
        now = datetime.now(timezone.utc)
        group_id = new_id()
        with writing(self._engine) as db:
            desk_id = db.scalar(select(desk_table.c.id).limit(1))
            active = db.scalar(select(spot_table.c.active)
                               .where(spot_table.c.id == checked.spot_id))
            if desk_id is None or not active:
                raise InputError(QT_TRANSLATE_NOOP(
                    "errors", "This spot is not in use any more; choose another one."),
                    field="spot_id")
            db.execute(insert(group_session_table).values(
                id=group_id, revision=1, desk_id=desk_id, spot_id=checked.spot_id,
                title=checked.title, started_at=checked.started_at or now,
                duration_minutes=checked.duration_minutes, level=checked.level,
                participants=checked.participants, created_at=now, updated_at=now,
                deleted=False))
            audit.append(db, self._signed_in, "group session recorded", group_id)
        return self.get_group(group_id)

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
                updated_at=datetime.now(timezone.utc)))
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
                   g.participants, g.duration_minutes, g.level, g.deleted)
            .select_from(group_session_table.outerjoin(spot_table, spot_table.c.id == g.spot_id))
            .where(condition).order_by(g.started_at.desc(), g.id.desc()).limit(limit)).all()
        return [GroupSession(id=r[0], revision=r[1], spot_id=r[2], spot_name=r[3] or r[2],
                             title=r[4], started_at=r[5], participants=r[6],
                             duration_minutes=r[7], level=r[8], deleted=bool(r[9]))
                for r in rows]
