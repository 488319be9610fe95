"""Unlocking a protected desk from the command line, for every command.

The name comes from ``--staff`` or ``HELPDESK_STAFF``, the passphrase from the file given by
``--passphrase-file`` or ``HELPDESK_PASSPHRASE_FILE`` (a scheduled sync reads it from a file
only its OS account can read); on a terminal, whatever is missing is asked for, the
passphrase without echo. Never on the command line itself, where other users see it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from helpdesk.core.errors import CommandError

if TYPE_CHECKING:
    from helpdesk.services import Services

STAFF_ENV = "HELPDESK_STAFF"
PASSPHRASE_FILE_ENV = "HELPDESK_PASSPHRASE_FILE"


def read_passphrase_file(path: str) -> str:
    """The passphrase in the file at ``path``: its first line, without the line break."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CommandError(f"There is no passphrase file {path}; give the right file.") \
            from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "it is not text"
        raise CommandError(f"The passphrase file {path} cannot be read ({reason}).") from None
    passphrase = text.splitlines()[0] if text else ""
    if not passphrase:
        raise CommandError(f"The passphrase file {path} is empty; write the passphrase in it.")
    return passphrase


def credentials(args) -> tuple[str | None, str | None]:
    """The name and passphrase given by options, environment or (on a terminal) typed."""
    name = getattr(args, "staff", None) or os.environ.get(STAFF_ENV) or None
    file = getattr(args, "passphrase_file", None) or os.environ.get(PASSPHRASE_FILE_ENV)
    passphrase = read_passphrase_file(file) if file else None
    if sys.stdin.isatty() and (name is None or passphrase is None):
        import getpass

        if name is None:
            name = input("Name: ").strip() or None
        if passphrase is None:
            passphrase = getpass.getpass("Passphrase: ") or None
    return name, passphrase


def is_protected(data_dir: Path) -> bool:
    """Whether the store in ``data_dir`` is encrypted (has accounts)."""
    from helpdesk.services import Services

    return Services.protection(data_dir).protected


def open_desk(data_dir: Path, args) -> Services:
    """The services of the store in ``data_dir``, unlocked with the given account if protected."""
    from helpdesk.services import Services

    if not is_protected(data_dir):
        return Services.open(data_dir)
    name, passphrase = required_credentials(args)
    return Services.open(data_dir, staff=name, passphrase=passphrase)


def required_credentials(args) -> tuple[str, str]:
    """The name and passphrase of ``credentials``; CommandError when one is missing."""
    name, passphrase = credentials(args)
    if name is None or passphrase is None:
        raise CommandError("This desk is protected; give --staff NAME and --passphrase-file "
                           "FILE (or HELPDESK_STAFF and HELPDESK_PASSPHRASE_FILE).")
    return name, passphrase
