"""``helpdesk backup`` and ``helpdesk restore FILE``: the desk's backups from the command line."""

from __future__ import annotations

from pathlib import Path

from helpdesk.core.constants import DB_FILENAME


class NoStore(Exception):
    """There is no store to back up or restore into (message printed as it is)."""


def run_backup_command(args, data_dir: Path) -> int:
    """Make a backup now, or restore one; prints what was done."""
    from helpdesk.store import backups

    db_path = data_dir / DB_FILENAME
    if args.command == "backup":
        if not db_path.exists():
            raise NoStore(f"There is no Helpdesk data in {data_dir}; give the right --data-dir.")
        made = backups.make_backup(db_path, "manual")
        print(f"Backup made and checked: {made}")
        return 0
    source = Path(args.file)
    aside = backups.restore(db_path, source)
    print(f"Restored {source}. The data file as it was is kept as {aside}.")
    return 0
