"""The account commands of ``helpdesk``: staff add/list/remove, recover, purge-notes, audit,
and visitor-key export/import (a coordinator's, like the other settings)."""

from __future__ import annotations

import sys
from datetime import date, datetime, time, timezone
from pathlib import Path

from helpdesk.cli.unlock import is_protected, open_desk, read_passphrase_file
from helpdesk.core.errors import CommandError


def run_account_command(args, data_dir: Path) -> int:
    """Run ``staff``, ``recover``, ``purge-notes``, ``audit`` or ``visitor-key``."""
    if args.command == "recover":
        return recover(args, data_dir)
    if args.command == "staff" and args.staff_command == "add" and not is_protected(data_dir):
        return add_first_coordinator(args, data_dir)
    services = open_desk(data_dir, args)
    try:
        if args.command == "staff":
            return staff(services, args)
        if args.command == "visitor-key":
            return visitor_key(services, args)
        if args.command == "purge-notes":
            erased = services.notes.purge(args.older_than)
            print(f"{erased:,} note{'s' if erased != 1 else ''} erased.")
            return 0
        return audit(services, args)
    finally:
        services.close()


def visitor_key(services, args) -> int:
    """``visitor-key export FILE`` and ``visitor-key import FILE``."""
    if args.key_command == "export":
        services.visitors.export_key(Path(args.file))
        print(f"The key for visitor codes was written to {args.file}. Import it on every "
              "other desk of the network, then delete this file.")
    elif services.visitors.import_key(Path(args.file)):
        print("This desk now uses the network's key for visitor codes.")
    else:
        print("This desk already had this key; nothing changed.")
    return 0


def add_first_coordinator(args, data_dir: Path) -> int:
    """The first account of a desk: a coordinator, who encrypts the store; no unlock needed."""
    if args.role != "coordinator":
        raise CommandError("The first account of a desk must be a coordinator; add it with "
                           "--role coordinator.")
    passphrase = read_passphrase_file(args.new_passphrase_file)
    from helpdesk.services import Services

    services = Services.open(data_dir)
    try:
        code = services.protect(args.name, passphrase)
        account = services.signed_in.account
    finally:
        services.close()
    name = account.name if account else args.name
    print(f"Account added: {name} (coordinator). The data of this desk is now encrypted.")
    print(f"Recovery code: {code}")
    print("Print or write down the recovery code and keep it in the office: it sets a new "
          "passphrase for any account, and it is not shown again.")
    return 0


def staff(services, args) -> int:
    """``staff add``, ``staff list`` and ``staff remove`` on a protected desk."""
    if args.staff_command == "add":
        passphrase = read_passphrase_file(args.new_passphrase_file)
        account = services.accounts.add(args.name, args.role, passphrase)
        print(f"Account added: {account.name} ({account.role}).")
    elif args.staff_command == "remove":
        removed = services.accounts.remove(args.name)
        print(f"Account removed: {removed.name}. Their visits stay.")
    else:
        accounts = services.accounts.accounts()
        if not services.protected:
            print("This desk has no accounts yet; add a coordinator with "
                  "'helpdesk staff add NAME --role coordinator --new-passphrase-file FILE'.")
        for account in accounts:
            print(f"{account.name}\t{account.role}")
    return 0


def recover(args, data_dir: Path) -> int:
    """Set a new passphrase for one account with the desk's recovery code."""
    name = args.recovery_staff or args.staff
    if not name:
        raise CommandError("Say whose passphrase to set with --staff NAME.")
    passphrase = read_passphrase_file(args.new_passphrase_file)
    from helpdesk.services import Services

    services = Services.recover(data_dir, args.recovery_code, name, passphrase)
    try:
        account = services.signed_in.account
    finally:
        services.close()
    print(f"New passphrase set for {account.name if account else name}.")
    return 0


def audit(services, args) -> int:
    """Print the audit trail (from ``--since``), or check its chain with ``--verify``."""
    if args.verify:
        check = services.audit.verify()
        if check.intact:
            print(f"The audit trail is intact ({check.entries:,} entries).")
            return 0
        print(f"The audit trail was changed at entry {check.first_broken}: entries from there "
              "on cannot be trusted; tell your coordinator.", file=sys.stderr)
        return 1
    since = None
    if args.since:
        try:
            day = date.fromisoformat(args.since)
        except ValueError:
            raise CommandError(f"--since must be a day like 2026-12-01, not {args.since}.") \
                from None
        since = datetime.combine(day, time(), tzinfo=timezone.utc)
    person = getattr(args, "person", None)
    for entry in services.audit.entries(since, actor=person.strip() if person else None):
        details = "; ".join(_detail(k, v) for k, v in entry.details.items())
        print("\t".join((entry.at.strftime("%Y-%m-%d %H:%M:%S"), entry.actor or "-",
                         entry.action, entry.record_id or "", details)).rstrip())
    return 0


def _detail(name: str, value: object) -> str:
    if name == "changed" and isinstance(value, dict):  # spots, helpers, targets, sessions
        return "; ".join(_detail(k, v) for k, v in value.items())
    if isinstance(value, dict) and set(value) == {"before", "after"}:
        return f"{name} {value['before']} → {value['after']}"
    return f"{name} {value}"
