"""The desk itself: first run, settings, and its lists of spots and staff."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine, delete, func, insert, select, true, update
from sqlmodel import Session

from helpdesk.core.access import ROLES, Account, SignedIn
from helpdesk.core.constants import (
    ASK_RESIDENCE_KEY,
    DEFAULT_TIME_ZONE,
    LANGUAGES,
    LAST_SPOT_KEY,
    LAST_STAFF_KEY,
)
from helpdesk.core.errors import QT_TRANSLATE_NOOP, InputError, NotFoundError
from helpdesk.core.ids import new_id
from helpdesk.core.records import STAFF_ROLES, DeskSettings, Spot, Staff, StartupState
from helpdesk.core.value_checks import has_forbidden_characters
from helpdesk.services import audit
from helpdesk.services.accounts import is_last_coordinator
from helpdesk.services.intake import recent_durations
from helpdesk.services.sessions import read_open_session
from helpdesk.services.taxonomy import load_taxonomy
from helpdesk.store.engine import reading, writing
from helpdesk.store.models import desk_table, spot_table, staff_table, store_info_table
from helpdesk.store.snapshot import favourite_durations

MAX_NAME = 80


def read_settings(db: Session) -> DeskSettings | None:
    """The desk row as settings, None before the first run is completed."""
    row = db.execute(select(desk_table).limit(1)).first()
    if row is None:
        return None
    residence = db.scalar(select(store_info_table.c.value)
                          .where(store_info_table.c.key == ASK_RESIDENCE_KEY))
    return DeskSettings(desk_id=row.id, desk_name=row.name, language=row.language,
                        time_zone=row.time_zone, ask_residence=residence != "no")


def _spot(row) -> Spot:
    return Spot(id=row.id, name=row.name, kind=row.kind, active=bool(row.active))


def _staff(row) -> Staff:
    return Staff(id=row.id, name=row.name, role=row.role, active=bool(row.active))


def _clean_name(name: str, field: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise InputError(QT_TRANSLATE_NOOP("errors", "Type a name."), field=field)
    if len(name) > MAX_NAME:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "This name is longer than 80 characters; shorten it."), field=field)
    if has_forbidden_characters(name):
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "This name holds an invisible control character (often pasted along "
                      "with text); type it again."), field=field)
    return name


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "Choose Dutch, French or English."), field="language")


def _check_kind(db: Session, kind: str, field: str = "kind") -> None:
    if kind not in load_taxonomy(db).codes("spot_kinds"):
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "Choose what kind of spot this is."), field=field)


def _check_role(role: str) -> None:
    if role not in STAFF_ROLES:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "Choose volunteer, staff or coordinator."), field="role")


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _audit_change(db: Session, signed_in: SignedIn, action: str, row,
                  values: dict) -> None:
    """An audit entry naming the record and each field that changed: before → after."""
    changed = {column: {"before": audit.plain_value(getattr(row, column)),
                        "after": audit.plain_value(value)}
               for column, value in values.items() if getattr(row, column) != value}
    if changed:
        audit.append(db, signed_in, action, row.id, name=row.name, changed=changed)


class DeskService:
    """Settings of this installation and its spots and staff."""

    def __init__(self, engine: Engine, data_dir: Path, *,
                 signed_in: SignedIn | None = None) -> None:
        self._signed_in = signed_in or SignedIn()
        self._engine = engine
        self._data_dir = Path(data_dir)

    def data_dir(self) -> Path:
        """The folder that holds this desk's data."""
        return self._data_dir

    def settings(self) -> DeskSettings | None:
        """The desk's settings, or None until the first run is completed."""
        with reading(self._engine) as db:
            return read_settings(db)

    def complete_first_run(self, language: str, desk_name: str, spot_name: str,
                           spot_kind: str, helper_names: list[str]) -> StartupState:
        """Create the desk, its first spot and its helpers in one go."""
        _check_language(language)
        desk_name = _clean_name(desk_name, "desk_name")
        spot_name = _clean_name(spot_name, "spot_name")
        names = list(dict.fromkeys(_clean_name(n, "helper_names") for n in helper_names
                                   if (n or "").strip()))
        if not names:
            raise InputError(QT_TRANSLATE_NOOP("errors", "Type at least one name."),
                             field="helper_names")
        now = _now()
        with writing(self._engine) as db:
            if read_settings(db) is not None:
                raise InputError(QT_TRANSLATE_NOOP(
                    "errors", "This desk is already set up; change it in Settings."))
            _check_kind(db, spot_kind, "spot_kind")
            desk_id = new_id()
            db.execute(insert(desk_table).values(id=desk_id, name=desk_name, language=language,
                                                 time_zone=DEFAULT_TIME_ZONE, created_at=now))
            db.execute(insert(spot_table).values(id=new_id(), name=spot_name, kind=spot_kind,
                                                 active=True, revision=1, created_at=now,
                                                 updated_at=now, origin_desk_id=desk_id))
            db.execute(insert(staff_table), [
                dict(id=new_id(), name=n, role="volunteer", active=True, created_at=now,
                     updated_at=now) for n in names])
        return self.startup_state()

    def update_settings(self, *, language: str | None = None, desk_name: str | None = None,
                        ask_residence: bool | None = None) -> DeskSettings:
        """Change the desk's language or name, or whether visits ask where people live."""
        self._signed_in.require("settings")
        values = {}
        if language is not None:
            _check_language(language)
            values["language"] = language
        if desk_name is not None:
            values["name"] = _clean_name(desk_name, "desk_name")
        with writing(self._engine) as db:
            settings = read_settings(db)
            if settings is None:
                raise NotFoundError(QT_TRANSLATE_NOOP(
                    "errors", "This desk is not set up yet; finish the first steps first."))
            if values:
                db.execute(update(desk_table).where(desk_table.c.id == settings.desk_id)
                           .values(**values))
                before = {"language": settings.language, "name": settings.desk_name}
                for column, value in values.items():
                    if before[column] != value:
                        audit.append(db, self._signed_in, "settings changed", None,
                                     setting=f"desk_{column}", before=before[column],
                                     after=value)
            if ask_residence is not None and ask_residence != settings.ask_residence:
                # Visits keep the postcodes they have; the form only stops asking.
                db.execute(delete(store_info_table)
                           .where(store_info_table.c.key == ASK_RESIDENCE_KEY))
                db.execute(insert(store_info_table).values(
                    key=ASK_RESIDENCE_KEY, value="yes" if ask_residence else "no"))
                audit.append(db, self._signed_in, "settings changed", None,
                             setting="ask_residence", before=settings.ask_residence,
                             after=ask_residence)
            updated = read_settings(db)
            assert updated is not None  # the row read above, in this same transaction
            return updated

    def spots(self, include_retired: bool = False) -> list[Spot]:
        """The spots, by name; retired ones only when asked."""
        query = select(spot_table).order_by(func.lower(spot_table.c.name), spot_table.c.id)
        if not include_retired:
            query = query.where(spot_table.c.active == true())
        with reading(self._engine) as db:
            return [_spot(r) for r in db.execute(query)]

    def add_spot(self, name: str, kind: str) -> Spot:
        """Add a spot where help is given."""
        name = _clean_name(name, "name")
        now = _now()
        with writing(self._engine) as db:
            _check_kind(db, kind)
            spot_id = new_id()
            own = db.scalar(select(desk_table.c.id).limit(1))
            db.execute(insert(spot_table).values(id=spot_id, name=name, kind=kind, active=True,
                                                 revision=1, created_at=now, updated_at=now,
                                                 origin_desk_id=own))
            audit.append(db, self._signed_in, "spot added", spot_id, name=name, kind=kind)
            return _spot(db.execute(select(spot_table).where(spot_table.c.id == spot_id)).one())

    def update_spot(self, spot_id: str, *, name: str | None = None, kind: str | None = None,
                    active: bool | None = None) -> Spot:
        """Rename, re-kind, retire or bring back a spot."""
        values: dict = {}
        if name is not None:
            values["name"] = _clean_name(name, "name")
        if active is not None:
            values["active"] = bool(active)
        with writing(self._engine) as db:
            if kind is not None:
                _check_kind(db, kind)
                values["kind"] = kind
            row = db.execute(select(spot_table).where(spot_table.c.id == spot_id)).first()
            if row is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This spot no longer exists."))
            if values:
                db.execute(update(spot_table).where(spot_table.c.id == spot_id).values(
                    **values, revision=spot_table.c.revision + 1, updated_at=_now()))
                _audit_change(db, self._signed_in, "spot changed", row, values)
            return _spot(db.execute(select(spot_table).where(spot_table.c.id == spot_id)).one())

    def staff(self, include_retired: bool = False) -> list[Staff]:
        """The helpers, by name; retired ones only when asked."""
        query = select(staff_table).order_by(func.lower(staff_table.c.name), staff_table.c.id)
        if not include_retired:
            query = query.where(staff_table.c.active == true())
        with reading(self._engine) as db:
            return [_staff(r) for r in db.execute(query)]

    def add_staff(self, name: str, role: str = "volunteer") -> Staff:
        """Add a helper."""
        name = _clean_name(name, "name")
        _check_role(role)
        now = _now()
        staff_id = new_id()
        with writing(self._engine) as db:
            db.execute(insert(staff_table).values(id=staff_id, name=name, role=role, active=True,
                                                  created_at=now, updated_at=now))
            audit.append(db, self._signed_in, "helper added", staff_id, name=name, role=role)
            return _staff(db.execute(select(staff_table).where(staff_table.c.id == staff_id))
                          .one())

    def update_staff(self, staff_id: str, *, name: str | None = None, role: str | None = None,
                     active: bool | None = None) -> Staff:
        """Rename a helper, change their role, retire them or bring them back."""
        values: dict = {}
        if name is not None:
            values["name"] = _clean_name(name, "name")
        if role is not None:
            _check_role(role)
            self._signed_in.require("accounts")  # a role is what an account may do
            values["role"] = role
        if active is not None:
            values["active"] = bool(active)
        with writing(self._engine) as db:
            row = db.execute(select(staff_table).where(staff_table.c.id == staff_id)).first()
            if row is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This helper no longer exists."))
            if (values.get("role", "coordinator") != "coordinator"
                    or values.get("active", True) is False) and \
                    is_last_coordinator(db, staff_id):
                raise InputError(QT_TRANSLATE_NOOP(
                    "errors", "{name} is the last coordinator; add another coordinator "
                              "first."), field="role", name=row.name)
            if values:
                db.execute(update(staff_table).where(staff_table.c.id == staff_id)
                           .values(**values, updated_at=_now()))
                _audit_change(db, self._signed_in, "helper changed", row, values)
            changed = _staff(db.execute(select(staff_table).where(staff_table.c.id == staff_id))
                             .one())
        me = self._signed_in.account
        if me is not None and me.staff_id == staff_id:
            # The person signed in changed their own name or role: what they may do follows.
            role = next(r for r in ROLES if r == changed.role)  # checked when it was stored
            self._signed_in.account = Account(staff_id, changed.name, role)
        return changed

    def startup_state(self) -> StartupState:
        """Everything the first window needs, in one consistent read."""
        with reading(self._engine) as db:
            settings = read_settings(db)
            spots = tuple(_spot(r) for r in db.execute(
                select(spot_table).where(spot_table.c.active == true())
                .order_by(func.lower(spot_table.c.name), spot_table.c.id)))
            staff = tuple(_staff(r) for r in db.execute(
                select(staff_table).where(staff_table.c.active == true())
                .order_by(func.lower(staff_table.c.name), staff_table.c.id)))
            remembered = {row.key: row.value for row in db.execute(
                select(store_info_table.c.key, store_info_table.c.value)
                .where(store_info_table.c.key.in_((LAST_SPOT_KEY, LAST_STAFF_KEY))))}
            return StartupState(settings=settings, spots=spots, staff=staff,
                                open_session=read_open_session(db),
                                duration_favourites=favourite_durations(recent_durations(db)),
                                last_spot_id=remembered.get(LAST_SPOT_KEY),
                                last_staff_id=remembered.get(LAST_STAFF_KEY))

    def remember_intake_place(self, spot_id: str | None, staff_id: str | None) -> None:
        """Keep the intake's spot and helper for the next start (None forgets one)."""
        with writing(self._engine) as db:
            for key, value in ((LAST_SPOT_KEY, spot_id), (LAST_STAFF_KEY, staff_id)):
                db.execute(delete(store_info_table).where(store_info_table.c.key == key))
                if value is not None:
                    db.execute(insert(store_info_table).values(key=key, value=value))
