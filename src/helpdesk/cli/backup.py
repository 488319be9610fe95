"""``helpdesk backup`` and ``helpdesk restore FILE``: the desk's backups from the command line.

A protected desk's backups are encrypted with its key: both commands then need an account's
name and passphrase (the same options as every command), and its backup stays encrypted.
"""

from __future__ import annotations

from pathlib import Path

from helpdesk.core.constants import DB_FILENAME


class NoStore(Exception):
    """There is no store to back up or restore into (message printed as it is)."""


def store_key(args, data_dir: Path, backup: Path | None = None) -> bytes | None:
    """The store's key when the store (or, on a desk with key slots, the backup to restore)
    is encrypted; else None. A file that is no database is left to the restore to refuse."""
    from helpdesk.cli.unlock import required_credentials
    from helpdesk.services.accounts import require_coordinator_of, unlock_key
    from helpdesk.store.cipher import is_encrypted
    from helpdesk.store.keys import KEYS_FILENAME

    if not is_encrypted(data_dir / DB_FILENAME) and not (
            backup is not None and is_encrypted(backup)
            and (data_dir / KEYS_FILENAME).exists()):
        return None
    name, passphrase = required_credentials(args)
    key, slot, _failures = unlock_key(data_dir, name, passphrase)
    # Backups and restores of a protected desk are a coordinator's (issue 9); the role is
    # read from the store, or from the backup when the store is too damaged to read.
    require_coordinator_of([data_dir / DB_FILENAME] + ([backup] if backup else []), key, slot)
    return key


def run_backup_command(args, data_dir: Path) -> int:
    """Make a backup now, or restore one; prints what was done."""
    from helpdesk.store import backups

    db_path = data_dir / DB_FILENAME
    if args.command == "backup":
        if not db_path.exists():
            raise NoStore(f"There is no Helpdesk data in {data_dir}; give the right --data-dir.")
        made = backups.make_backup(db_path, "manual", key=store_key(args, data_dir))
        print(f"Backup made and checked: {made}")
        return 0
    source = Path(args.file)
    aside = backups.restore(db_path, source, key=store_key(args, data_dir, source))
    print(f"Restored {source}. The data file as it was is kept as {aside}.")
    return 0
