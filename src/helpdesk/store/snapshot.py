"""A cheap, read-only look at the store for the first window (stdlib ``sqlite3`` only).

The GUI shows its window from this before SQLAlchemy is even imported. Anything unexpected
(no file, an older or newer schema, a damaged file) gives None: the app then waits for the
real store to open, which migrates it or says plainly what is wrong.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from contextlib import closing
from datetime import datetime
from pathlib import Path

from helpdesk.core.access import Protection
from helpdesk.core.constants import ASK_RESIDENCE_KEY, LANGUAGES, LAST_SPOT_KEY, LAST_STAFF_KEY
from helpdesk.core.records import DeskSettings, SessionInfo, Spot, Staff, StartupState
from helpdesk.core.taxonomy_file import Taxonomy, TaxonomyItem
from helpdesk.store.cipher import is_encrypted
from helpdesk.store.keys import read_key_file
from helpdesk.store.schema_version import SCHEMA_REVISION

DEFAULT_DURATIONS = (5, 10, 15, 30, 45, 60)
FAVOURITES_SAMPLE = 500  # the most recent visits the duration buttons are ordered by


def favourite_durations(durations: list[int], limit: int = 6) -> tuple[int, ...]:
    """The most used durations first, then the defaults, ``limit`` values without repeats."""
    counts = Counter(d for d in durations if d is not None)
    ranked = [d for d, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    chosen = list(dict.fromkeys(ranked[:limit] + list(DEFAULT_DURATIONS)))
    return tuple(chosen[:limit])


def read_protection(db_path: Path) -> Protection:
    """Whether the store is protected, and its accounts' names for the lock screen.

    Only the file's first bytes and the names in ``keys.json``: nothing else of a protected
    store can be read before it is unlocked.
    """
    db_path = Path(db_path)
    if not is_encrypted(db_path):
        return Protection(protected=False)
    try:
        keys = read_key_file(db_path.parent)
    except (OSError, ValueError, KeyError, TypeError):
        keys = None
    return Protection(protected=True, accounts=keys.names() if keys else ())


def _connect(db_path: Path) -> sqlite3.Connection | None:
    db_path = Path(db_path)
    if not db_path.is_file() or is_encrypted(db_path):
        return None  # a protected store shows nothing before it is unlocked
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None or row[0] != SCHEMA_REVISION:
        conn.close()
        return None
    return conn


def read_startup_state(db_path: Path) -> StartupState | None:
    """Desk settings, active spots and staff, the open session and the duration favourites."""
    try:
        conn = _connect(db_path)
        if conn is None:
            return None
        with closing(conn):
            conn.execute("BEGIN")  # one consistent read across the queries below
            return _read_state(conn)
    except (sqlite3.Error, ValueError, TypeError):
        return None


def _read_state(conn: sqlite3.Connection) -> StartupState:
    desk = conn.execute("SELECT id, name, language, time_zone FROM desk LIMIT 1").fetchone()
    residence = conn.execute("SELECT value FROM store_info WHERE key = ?",
                             (ASK_RESIDENCE_KEY,)).fetchone()
    settings = DeskSettings(desk_id=desk[0], desk_name=desk[1], language=desk[2],
                            time_zone=desk[3], ask_residence=residence != ("no",)) \
        if desk else None
    spots = tuple(Spot(id=r[0], name=r[1], kind=r[2], active=bool(r[3])) for r in conn.execute(
        "SELECT id, name, kind, active FROM spot WHERE active = 1 ORDER BY lower(name), id"))
    staff = tuple(Staff(id=r[0], name=r[1], role=r[2], active=bool(r[3])) for r in conn.execute(
        "SELECT id, name, role, active FROM staff WHERE active = 1 ORDER BY lower(name), id"))
    durations = [r[0] for r in conn.execute(
        "SELECT duration_minutes FROM (SELECT duration_minutes, deleted FROM visit"
        " ORDER BY started_at DESC, id DESC LIMIT ?) WHERE deleted = 0",
        (FAVOURITES_SAMPLE,))]
    remembered = dict(conn.execute("SELECT key, value FROM store_info WHERE key IN (?, ?)",
                                   (LAST_SPOT_KEY, LAST_STAFF_KEY)).fetchall())
    return StartupState(settings=settings, spots=spots, staff=staff,
                        open_session=_open_session(conn),
                        duration_favourites=favourite_durations(durations),
                        last_spot_id=remembered.get(LAST_SPOT_KEY),
                        last_staff_id=remembered.get(LAST_STAFF_KEY))


def _open_session(conn: sqlite3.Connection) -> SessionInfo | None:
    row = conn.execute(
        "SELECT s.id, s.spot_id, p.name, s.opened_at, s.turned_away FROM help_session s"
        " JOIN spot p ON p.id = s.spot_id WHERE s.closed_at IS NULL AND s.deleted = 0"
        " ORDER BY s.opened_at DESC LIMIT 1").fetchone()
    if row is None:
        return None
    staff_ids = tuple(r[0] for r in conn.execute(
        "SELECT l.staff_id FROM session_staff l JOIN staff f ON f.id = l.staff_id"
        " WHERE l.session_id = ? ORDER BY lower(f.name), f.id", (row[0],)))
    count = conn.execute("SELECT count(*) FROM visit WHERE session_id = ? AND deleted = 0",
                         (row[0],)).fetchone()[0]
    # opened_at is NOT NULL; anything unreadable is a ValueError, which gives None above
    return SessionInfo(id=row[0], spot_id=row[1], spot_name=row[2],
                       opened_at=datetime.fromisoformat(row[3]),
                       closed_at=None, staff_ids=staff_ids, turned_away=row[4],
                       visit_count=count)


def read_taxonomy(db_path: Path) -> Taxonomy | None:
    """The taxonomy stored in the file, retired items included.

    Without the sheet presets: reading them means parsing TOML on the start-up path, and the
    Reports screen gets them with the store's first read (``TaxonomyService.current``).
    """
    try:
        conn = _connect(db_path)
        if conn is None:
            return None
        with closing(conn):
            rows = conn.execute(
                "SELECT list_name, code, label_en, label_nl, label_fr, active FROM taxonomy_item"
                " ORDER BY list_name, position").fetchall()
            name = conn.execute("SELECT value FROM store_info WHERE key = 'taxonomy_name'"
                                ).fetchone()
    except (sqlite3.Error, ValueError, TypeError):
        return None
    if not rows:
        return None
    return taxonomy_from_rows(rows, name[0] if name else "")


def taxonomy_from_rows(rows, name: str = "") -> Taxonomy:
    """A Taxonomy from (list_name, code, en, nl, fr, active) rows already in display order."""
    lists: dict[str, list[TaxonomyItem]] = {}
    for list_name, code, en, nl, fr, active in rows:
        items = lists.setdefault(list_name, [])
        labels = dict(zip(("en", "nl", "fr"), (en, nl, fr), strict=True))
        items.append(TaxonomyItem(code=code, labels={k: labels[k] for k in LANGUAGES},
                                  active=bool(active), order=len(items)))
    return Taxonomy(lists={k: tuple(v) for k, v in lists.items()}, name=name)
