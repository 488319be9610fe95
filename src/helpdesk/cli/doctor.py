"""``helpdesk doctor``: what a coordinator asks a volunteer to run on the phone.

Plain sentences, one per line, read aloud as they are; exit 0 when all is well, 1 when
something needs a hand. Reads only: the data file is opened read-only and never migrated.
"""

from __future__ import annotations

import platform
import sqlite3
import sys
from pathlib import Path

from helpdesk import __version__
from helpdesk.core.constants import DB_FILENAME
from helpdesk.core.data_folder import free_bytes, is_network_folder, portable_data_dir

LOW_SPACE = 200 * 1024 * 1024  # below this a week of saves, backups and sheets may not fit


class Findings:
    """The sentences said so far, and how many of them are problems."""

    def __init__(self, out=None) -> None:
        self.out = out or sys.stdout
        self.problems = 0

    def fine(self, sentence: str) -> None:
        """Say something that is as it should be."""
        print(sentence, file=self.out)

    def problem(self, sentence: str) -> None:
        """Say something that needs a hand, marked so it stands out when read aloud."""
        self.problems += 1
        print(f"PROBLEM: {sentence}", file=self.out)


def doctor(data_dir: Path, out=None) -> int:
    """Check this installation and its data; 0 when all is well."""
    said = Findings(out)
    frozen = " (installed app)" if getattr(sys, "frozen", False) else ""
    said.fine(f"Helpdesk {__version__}{frozen}, Python {platform.python_version()}, "
              f"{platform.system()} {platform.release()}.")
    check_folder(said, Path(data_dir))
    db_path = Path(data_dir) / DB_FILENAME
    if db_path.is_file():
        check_store(said, db_path)
    else:
        said.fine("There is no data file yet; the app makes one when it first starts.")
    check_translations(said)
    if said.problems:
        said.fine(f"{said.problems} problem(s) found; read the lines marked PROBLEM to your "
                  f"coordinator.")
        return 1
    said.fine("All is well.")
    return 0


def check_folder(said: Findings, data_dir: Path) -> None:
    """Where the data is, whether it runs portable, the free space, no network share."""
    portable = portable_data_dir()
    if portable is not None and portable == data_dir:
        said.fine(f"It runs portable (from a stick): the data is kept beside the app, in "
                  f"{data_dir}.")
    else:
        said.fine(f"The data folder is {data_dir}; it does not run portable.")
    if is_network_folder(data_dir):
        said.problem("The data folder is on a network share, where the data file can be "
                     "damaged; choose a folder on this computer or a USB stick.")
    free = free_bytes(data_dir)
    if free is None:
        said.problem("The free space on its disk cannot be read.")
    elif free < LOW_SPACE:
        said.problem(f"Only {_size(free)} is free on its disk; free some space.")
    else:
        said.fine(f"{_size(free)} is free on its disk.")


def check_store(said: Findings, db_path: Path) -> None:
    """The file opens, passes quick_check, has a known schema; what waits to be sent."""
    from helpdesk.core.errors import HelpdeskError
    from helpdesk.store.migrate import BASE, known_revisions, read_revision
    from helpdesk.store.schema_version import SCHEMA_REVISION

    from helpdesk.store.health import is_protected

    said.fine(f"The data file is {_size(db_path.stat().st_size)}.")
    if is_protected(db_path):
        said.fine("The data file is protected (encrypted): it is read only once unlocked, "
                  "so its schema and sync state are not looked at here.")
        return
    try:
        revision = read_revision(db_path)
        verdict = _quick_check(db_path)
    except HelpdeskError as exc:
        said.problem(exc.sentence())
        return
    except sqlite3.Error as exc:
        said.problem(f"The data file cannot be opened: {exc}.")
        return
    if verdict == "ok":
        said.fine("The data file opens and passes SQLite's quick check.")
    else:
        said.problem(f"The data file fails SQLite's quick check ({verdict}); restore a backup "
                     f"and tell your coordinator.")
    if revision == SCHEMA_REVISION:
        said.fine(f"Its schema version is {revision}, the one this version of Helpdesk uses.")
    elif revision in (None, BASE) or revision in known_revisions():
        said.fine(f"Its schema version is {revision}; the app upgrades it to {SCHEMA_REVISION} "
                  f"at its next start (after a backup copy).")
        return
    else:
        said.problem(f"Its schema version is {revision}, newer than this version of Helpdesk "
                     f"knows ({SCHEMA_REVISION}); install the newer version.")
        return
    check_sync(said, db_path)


def check_sync(said: Findings, db_path: Path) -> None:
    """Records waiting per target, and the last problem still standing."""
    from helpdesk.services.sync import SyncService
    from helpdesk.store.engine import open_read_only_engine

    engine = open_read_only_engine(db_path)
    try:
        sync = SyncService(engine, db_path.parent)
        targets = sync.targets()
        status = sync.status()
    finally:
        engine.dispose()
    if not targets:
        said.fine("No sync target is set up: the records stay on this desk.")
    for target in targets:
        last = (f"last sent {target.last_success_at:%Y-%m-%d %H:%M} UTC"
                if target.last_success_at else "never sent yet")
        said.fine(f"Target {target.name}: {target.waiting:,} record(s) waiting; {last}.")
    if status.problem is not None:
        problem = status.problem
        text = problem.message.format(**problem.args) if problem.args else problem.message
        said.problem(f"The last sync to {problem.target} failed: {text}")
    elif targets:
        said.fine("No sync problem is standing.")


def check_translations(said: Findings) -> None:
    """Each language's translations (and Qt's own) load."""
    try:
        # The GUI's own loader, so this checks what the screens will get.
        from helpdesk.ui.i18n import ENGLISH_NAMES, translation_files
    except ImportError as exc:
        said.problem(f"Qt cannot be loaded, so the app cannot start: {exc}.")
        return
    for language, name in ENGLISH_NAMES.items():
        ours, qt_own = translation_files(language)
        if ours is None:
            said.problem(f"The {name} translation cannot be loaded; its screens would be in "
                         f"English. Reinstall Helpdesk.")
        elif language != "en" and qt_own is None:
            said.problem(f"Qt's own {name} translation cannot be loaded; file dialogs and "
                         f"standard buttons would be in English.")
        else:
            extra = f", and Qt's own: {qt_own}" if qt_own else ""
            said.fine(f"The {name} translation loads ({ours}{extra}).")


def _quick_check(db_path: Path) -> str:
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    finally:
        conn.close()
    return "; ".join(str(row[0]) for row in rows[:3])


def _size(count: int) -> str:
    size = float(count)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,.0f} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024
    return f"{size:,.1f} TB"
