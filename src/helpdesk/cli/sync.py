"""The sync commands of ``helpdesk``: sync, target add/list/remove, import, desk-key.

Summaries go to stdout in one line; problems go to stderr, one plain sentence each.
"""

from __future__ import annotations

import sys
from pathlib import Path

from helpdesk.core.errors import CommandError
from helpdesk.core.sync_records import SyncReport, TargetDraft


def run_sync_command(args, data_dir: Path) -> int:
    """Open the store and run one sync command."""
    from helpdesk.cli.unlock import open_desk

    services = open_desk(data_dir, args)
    try:
        if args.command == "sync":
            return sync(services, args.target)
        if args.command == "import":
            return import_path(services, Path(args.path))
        if args.command == "desk-key":
            print(services.sync.desk_key_line())
            print("Give this line to the hub's coordinator: helpdesk-hub key add NAME LINE. It "
                  "lets the hub check that batches brought on a stick were made here.",
                  file=sys.stderr)
            return 0
        return target(services, args)
    finally:
        services.close()


def summary(report: SyncReport) -> str:
    """The one-line summary of a run."""
    names = ", ".join(report.targets)
    sent = f"Sent {report.sent:,} record(s) to {names}"
    if report.already_had:
        sent += f" ({report.already_had:,} were already there)"
    if report.waiting:
        return f"{sent}; {report.waiting:,} still waiting."
    return f"{sent}; nothing is waiting."


def sync(services, target_name: str | None) -> int:
    """Send what is waiting; exit 0 only when nothing is left waiting and no run failed."""
    if not services.sync.targets():
        raise CommandError("No sync target is set up; add one with: helpdesk target add NAME "
                           "--url URL --token TOKEN (or --folder DIR).")
    report = services.sync.run(target_name, manual=True)
    if report.skipped:
        raise CommandError("Another sync is running for this desk; nothing was done.")
    print(summary(report))
    for problem in report.problems:
        print(problem.message.format(**problem.args) if problem.args else problem.message,
              file=sys.stderr)
    from helpdesk.services.sync import KEY_REFUSED

    # A desk keeping its own visitor key is a standing fact for the coordinator (said on
    # stderr and in the app's sync status), not a failed run: everything was sent, and a
    # scheduled sync must not report a failure every day over it.
    failed = [problem for problem in report.problems if problem.message != KEY_REFUSED]
    return 0 if report.waiting == 0 and not failed else 1


def target(services, args) -> int:
    """target add / list / remove."""
    if args.target_command == "add":
        kind = "http" if args.url else "folder"
        if kind == "folder" and args.token:
            raise CommandError("A folder needs no --token; leave it out.")
        draft = TargetDraft(name=args.name, kind=kind, url=args.url or "",
                            token=args.token if kind == "http" else None,
                            folder=args.folder or "", include_notes=args.include_notes,
                            send_csv=args.csv, batch_size=args.batch_size)
        added = services.sync.add_target(draft)
        print(f"Added {added.name} ({added.url or added.folder}). Run helpdesk sync to send.")
        return 0
    if args.target_command == "remove":
        found = [t for t in services.sync.targets() if t.name == args.name]
        if not found:
            raise CommandError(f"There is no sync target called {args.name}.")
        services.sync.remove_target(found[0].id)
        print(f"Removed {args.name}; the records stay on this desk.")
        return 0
    for t in services.sync.targets():
        notes = ", notes included" if t.include_notes else ""
        print(f"{t.name}\t{t.url or t.folder}\t{t.waiting:,} waiting{notes}")
    return 0


def import_path(services, path: Path) -> int:
    """Merge CSV batches; exit 1 when some file could not be read."""
    if not path.exists():
        raise CommandError(f"There is no file or folder called {path}.")
    report = services.sync.import_batches(path)
    if not report.batches and not report.unreadable:
        raise CommandError(f"No Helpdesk batch was found in {path}.")
    print(f"Imported {report.batches} batch(es): {report.stored:,} record(s) stored, "
          f"{report.already_had:,} already here.")
    for name, reason in report.unreadable:
        print(f"Skipped {name}: {reason}.", file=sys.stderr)
    return 1 if report.unreadable else 0
