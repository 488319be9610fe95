"""Recording visits: save, tally, edit, delete (a tombstone), restore and duplicate."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import datetime, timedelta, timezone

from sqlalchemy import Engine, false, insert, select, update
from sqlmodel import Session

from helpdesk.core.access import SignedIn
from helpdesk.core.changes import Change, ChangeLog, announces
from helpdesk.core.errors import QT_TRANSLATE_NOOP, ConflictError, InputError, NotFoundError
from helpdesk.core.ids import new_id
from helpdesk.core.records import TALLIES, Visit, VisitDraft
from helpdesk.core.visit_fields import COLUMN_FIELDS
from helpdesk.services import audit
from helpdesk.services.input_checks import checked_visit, visit_values
from helpdesk.services.taxonomy import load_taxonomy
from helpdesk.services.visit_list import desk_zone, local_day_start
from helpdesk.services.visitors import forget_unused_code
from helpdesk.store.engine import reading, writing
from helpdesk.store.models import (
    desk_table,
    session_table,
    spot_table,
    staff_table,
    visit_question_table,
    visit_table,
)
from helpdesk.store.snapshot import FAVOURITES_SAMPLE, favourite_durations

VOLUNTEER_EDIT_WINDOW = timedelta(hours=24)
TALLY_OUTCOME = "solved"
TALLY_MINUTES = 5
# A Visit is read from these columns (question types come from their own table).
_COLUMNS = tuple(f.name for f in COLUMN_FIELDS)
_BOOLS = tuple(f.name for f in COLUMN_FIELDS if f.kind == "bool")


def recent_durations(db: Session) -> list[int]:
    """Durations of the latest visits (tombstones left out), for the duration buttons."""
    latest = (select(visit_table.c.duration_minutes, visit_table.c.deleted)
              .order_by(visit_table.c.started_at.desc(), visit_table.c.id.desc())
              .limit(FAVOURITES_SAMPLE).subquery())
    return list(db.scalars(
        select(latest.c.duration_minutes).where(latest.c.deleted == false())))


def read_visit(db: Session, visit_id: str) -> Visit:
    """One visit with its question types, tombstone or not."""
    row = db.execute(select(visit_table).where(visit_table.c.id == visit_id)).first()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This visit no longer exists."))
    questions = tuple(db.scalars(
        select(visit_question_table.c.question_type)
        .where(visit_question_table.c.visit_id == visit_id)
        .order_by(visit_question_table.c.position)))
    values = row._mapping
    fields = {name: values[name] for name in _COLUMNS}
    for name in _BOOLS:  # SQLite keeps them as 0/1
        if fields[name] is not None:
            fields[name] = bool(fields[name])
    return Visit(**fields, question_types=questions)


def _check_links(db: Session, visit: VisitDraft, previous: Visit | None) -> None:
    """The spot, helper and session exist; a new visit needs them still in use."""
    spot = db.execute(select(spot_table.c.active).where(spot_table.c.id == visit.spot_id)).first()
    kept = previous is not None and previous.spot_id == visit.spot_id
    if spot is None or not (spot.active or kept):
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "This spot is not in use any more; choose another one."), field="spot_id")
    if visit.staff_id is not None:
        staff = db.execute(select(staff_table.c.active)
                           .where(staff_table.c.id == visit.staff_id)).first()
        kept = previous is not None and previous.staff_id == visit.staff_id
        if staff is None or not (staff.active or kept):
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "This helper is not in use any more; choose another one."),
                field="staff_id")
    if visit.session_id is not None:
        session = db.execute(select(session_table.c.spot_id, session_table.c.closed_at)
                             .where(session_table.c.id == visit.session_id,
                                    session_table.c.deleted == false())).first()
        kept = previous is not None and previous.session_id == visit.session_id
        if session is None or (session.closed_at is not None and not kept):
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "This session has been closed; open a new one or save the visit "
                          "without a session."), field="session_id")
        if session.spot_id != visit.spot_id:
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "The visit's spot is not the spot of its session; choose the "
                          "session's spot."), field="spot_id")


def _desk_id(db: Session) -> str:
    desk_id = db.scalar(select(desk_table.c.id).limit(1))
    if desk_id is None:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "This desk is not set up yet; finish the first steps first."))
    return desk_id


def _questions(visit_id: str, codes: tuple[str, ...]) -> list[dict]:
    return [{"visit_id": visit_id, "question_type": c, "position": n} for n, c in enumerate(codes)]


def _insert_visit(db: Session, draft: VisitDraft) -> str:
    desk_id = _desk_id(db)
    checked = checked_visit(draft, load_taxonomy(db))
    _check_links(db, checked, None)
    now = datetime.now(timezone.utc)
    values = visit_values(checked)
    values["started_at"] = checked.started_at or now
    visit_id = new_id()
    db.execute(insert(visit_table).values(id=visit_id, desk_id=desk_id, revision=1,
                                          created_at=now, updated_at=now, deleted=False,
                                          **values))
    db.execute(insert(visit_question_table), _questions(visit_id, checked.question_types))
    return visit_id


class IntakeService:
    """Everything that creates or changes a visit."""

    def __init__(self, engine: Engine, changes: ChangeLog | None = None, *,
                 signed_in: SignedIn | None = None) -> None:
        self.changes = changes or ChangeLog()
        self._engine = engine
        self._signed_in = signed_in or SignedIn()

    @announces(Change.VISITS)
    def record_visit(self, draft: VisitDraft) -> Visit:
        """Check and save a new visit; it starts now unless the draft says when."""
        self._signed_in.require("record")
        with writing(self._engine) as db:
            visit_id = _insert_visit(db, draft)
            audit.append(db, self._signed_in, "visit recorded", visit_id)
            return read_visit(db, visit_id)

    def record_tally(self, tally: str, *, session_id: str | None, spot_id: str,
                     staff_id: str | None) -> Visit:
        """One click for a trivial request (a print, a scan, Wi-Fi): a minimal solved visit."""
        if tally not in TALLIES:
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "This quick count is not known; record the visit with the form."),
                field="tally")
        draft = VisitDraft(session_id=session_id, spot_id=spot_id, staff_id=staff_id,
                           question_types=(TALLIES[tally],), outcome=TALLY_OUTCOME,
                           duration_minutes=TALLY_MINUTES, channel="in_person")
        return self.record_visit(draft)

    def get_visit(self, visit_id: str) -> Visit:
        """One visit, also when it was deleted (the tombstone).

        A volunteer sees today's visits only (and those they may still correct).
        """
        with reading(self._engine) as db:
            visit = read_visit(db, visit_id)
            if not self._signed_in.allows("edit"):
                zone = desk_zone(db)
                today = local_day_start(datetime.now(zone).date(), zone)
                recent = datetime.now(timezone.utc) - visit.created_at <= VOLUNTEER_EDIT_WINDOW
                if not recent and (visit.started_at is None or visit.started_at < today):
                    self._signed_in.require("edit")
            return visit

    @announces(Change.VISITS)
    def update_visit(self, visit_id: str, draft: VisitDraft, *, expected_revision: int) -> Visit:
        """Save an edit, unless the visit changed since it was read (then ConflictError)."""
        with writing(self._engine) as db:
            current = read_visit(db, visit_id)
            self._check_may_change(current)
            if current.deleted:
                raise NotFoundError(QT_TRANSLATE_NOOP(
                    "errors", "This visit was deleted in the meantime; undo the delete to "
                              "change it."))
            if current.revision != expected_revision:
                raise ConflictError(QT_TRANSLATE_NOOP(
                    "errors", "This visit was changed in the meantime; open it again and redo "
                              "your change."))
            if draft.started_at is None:
                if current.started_at is None:
                    raise InputError(QT_TRANSLATE_NOOP(
                        "errors", "The time of this visit could not be read; enter its date "
                                  "and time."), field="started_at")
                draft = replace(draft, started_at=current.started_at)
            checked = checked_visit(draft, load_taxonomy(db), current.as_draft())
            _check_links(db, checked, current)
            db.execute(update(visit_table).where(visit_table.c.id == visit_id).values(
                **visit_values(checked), revision=current.revision + 1,
                updated_at=datetime.now(timezone.utc)))
            if checked.question_types != current.question_types:
                db.execute(visit_question_table.delete()
                           .where(visit_question_table.c.visit_id == visit_id))
                db.execute(insert(visit_question_table),
                           _questions(visit_id, checked.question_types))
            if current.visitor_hash and checked.visitor_hash != current.visitor_hash:
                forget_unused_code(db, current.visitor_hash)
            audit.append(db, self._signed_in, "visit edited", visit_id,
                         **edit_details(current.as_draft(), checked))
            return read_visit(db, visit_id)

    def delete_visit(self, visit_id: str) -> Visit:
        """Delete a visit as a tombstone (so the delete syncs and can be undone)."""
        return self._set_deleted(visit_id, True)

    def restore_visit(self, visit_id: str) -> Visit:
        """Bring back a deleted visit (the undo of a delete, or of a save just made)."""
        return self._set_deleted(visit_id, False)

    @announces(Change.VISITS)
    def _set_deleted(self, visit_id: str, deleted: bool) -> Visit:
        with writing(self._engine) as db:
            current = read_visit(db, visit_id)
            self._check_may_change(current)
            if current.deleted != deleted:  # twice the same click changes nothing
                # A deleted visit's note is erased at once: the undo brings the rest back.
                erase = {"note": ""} if deleted else {}
                db.execute(update(visit_table).where(visit_table.c.id == visit_id).values(
                    deleted=deleted, revision=current.revision + 1,
                    updated_at=datetime.now(timezone.utc), **erase))
                audit.append(db, self._signed_in,
                             "visit deleted" if deleted else "visit restored", visit_id)
            return read_visit(db, visit_id)

    @announces(Change.VISITS)
    def set_follow_up_done(self, visit_id: str, done: bool = True) -> Visit:
        """Mark a visit's follow-up done (or open again); its date is kept, to read back."""
        with writing(self._engine) as db:
            current = read_visit(db, visit_id)
            if current.deleted:
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This visit was deleted."))
            if current.follow_up == done:  # still open when done, or the reverse: change it
                db.execute(update(visit_table).where(visit_table.c.id == visit_id).values(
                    follow_up=not done, revision=current.revision + 1,
                    updated_at=datetime.now(timezone.utc)))
            return read_visit(db, visit_id)

    @announces(Change.VISITS)
    def duplicate_visit(self, visit_id: str) -> Visit:
        """Save a copy of a visit as a new visit, now (in its session only if still open)."""
        with writing(self._engine) as db:
            source = read_visit(db, visit_id)
            session_id = source.session_id
            if session_id is not None:
                closed = db.scalar(select(session_table.c.closed_at)
                                   .where(session_table.c.id == session_id))
                session_id = session_id if closed is None else None
            draft = replace(source.as_draft(), session_id=session_id, started_at=None)
            copy_id = _insert_visit(db, draft)
            audit.append(db, self._signed_in, "visit recorded", copy_id, copied_from=visit_id)
            return read_visit(db, copy_id)

    def _check_may_change(self, visit: Visit) -> None:
        # Volunteers may correct (or undo) what was recorded today, not older visits.
        if not self._signed_in.allows("edit") and \
                datetime.now(timezone.utc) - visit.created_at > VOLUNTEER_EDIT_WINDOW:
            self._signed_in.require("edit")

    def last_autonomy(self, staff_id: str | None) -> str | None:
        """The autonomy of this helper's latest visit that had one (None: no such visit).

        The intake form starts each visit with it: most helpers work the same way all day.
        """
        if staff_id is None:
            return None
        with reading(self._engine) as db:
            # Newest first on the started_at index: a helper's recent visits are near the top.
            return db.scalar(
                select(visit_table.c.autonomy)
                .where(visit_table.c.staff_id == staff_id, visit_table.c.deleted == false(),
                       visit_table.c.autonomy.is_not(None))
                .order_by(visit_table.c.started_at.desc()).limit(1))

    def duration_favourites(self, limit: int = 6) -> list[int]:
        """The durations used most of late, topped up with the usual ones."""
        with reading(self._engine) as db:
            return list(favourite_durations(recent_durations(db), limit))


def edit_details(before: VisitDraft, after: VisitDraft) -> dict[str, object]:
    """The fields an edit changed, with their earlier and new values, for the audit trail.

    A note's text is never copied (it expires; the trail does not): only that it changed.
    Nor is a visitor code's hash (a pseudonym outlives the visit in the trail): only
    whether a code was added, changed or removed.
    """
    changed: dict[str, object] = {}
    for field in fields(before):
        name = field.name
        old, new = getattr(before, name), getattr(after, name)
        if old == new or name == "started_at" and new is None:
            continue
        if name == "note":
            changed["note_changed"] = True
        elif name == "visitor_hash":
            changed["visitor_code"] = "removed" if new is None else (
                "added" if old is None else "changed")
        else:
            changed[name] = {"before": audit.plain_value(old), "after": audit.plain_value(new)}
    return changed
