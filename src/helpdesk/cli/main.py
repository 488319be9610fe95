"""The ``helpdesk`` command: the GUI by default, ``self-test`` and ``demo`` without a screen.

Nothing heavy is imported at module level: starting the GUI must not pay for SQLAlchemy, and
the headless commands import the services only when they run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

from helpdesk.core.config import resolve_data_dir
from helpdesk.core.errors import CommandError, HelpdeskError

if TYPE_CHECKING:  # the annotation only: a plain start never loads argparse
    import argparse


def plain_start(argv: list[str]) -> SimpleNamespace | None:
    """The options of a plain start of the app, or None when ``argv`` holds anything else.

    Only ``--data-dir DIR`` (or ``--data-dir=DIR``) and ``--exit-when-ready``; anything else,
    a missing folder included, goes to the full parser for its checks and its sentences.
    """
    options = SimpleNamespace(command=None, data_dir=None, exit_when_ready=False)
    rest = iter(argv)
    for word in rest:
        if word == "--exit-when-ready":
            options.exit_when_ready = True
        elif word == "--data-dir":
            options.data_dir = next(rest, None)
            if options.data_dir is None or options.data_dir.startswith("-"):
                return None
        elif word.startswith("--data-dir=") and len(word) > len("--data-dir="):
            options.data_dir = word[len("--data-dir="):]
        else:
            return None
    return options


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    # argparse and the subcommands' parsers cost ~10 ms: a plain start of the app, timed
    # against a bare window, does without them.
    args: SimpleNamespace | argparse.Namespace | None = plain_start(argv)
    if args is None:
        from helpdesk.cli.parser import parse_command

        args = parse_command(argv)
    try:
        data_dir = resolve_data_dir(args.data_dir)
        if args.command == "self-test":
            return self_test(data_dir)
        if args.command == "doctor":
            from helpdesk.cli.doctor import doctor

            return doctor(data_dir)
        if args.command == "demo":
            return demo(data_dir, cast("argparse.Namespace", args))
        if args.command == "report":
            # only the full parser knows the report command
            return report(data_dir, cast("argparse.Namespace", args))
        if args.command in ("backup", "restore"):
            from helpdesk.cli.backup import NoStore, run_backup_command

            try:
                return run_backup_command(args, data_dir)
            except NoStore as exc:
                raise CommandError(str(exc)) from None
        if args.command in ("sync", "target", "import", "desk-key"):
            from helpdesk.cli.sync import run_sync_command

            return run_sync_command(args, data_dir)
        if args.command in ("staff", "recover", "purge-notes", "audit", "visitor-key"):
            from helpdesk.cli.staff import run_account_command

            return run_account_command(args, data_dir)
        return start_gui(data_dir, args.exit_when_ready)
    except HelpdeskError as exc:
        print(exc.sentence(), file=sys.stderr)
    except CommandError as exc:
        print(str(exc), file=sys.stderr)
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    return 1


def start_gui(data_dir: Path, exit_when_ready: bool) -> int:
    """Start the desktop app on ``data_dir``."""
    from helpdesk.app import run_gui  # heavy (Qt): only for this path

    return run_gui(data_dir, exit_when_ready)


def self_test(data_dir: Path | None = None) -> int:
    """Save and read back a visit in a scratch store, then check the desk's own store read-only.

    The user's data is never written: its file is opened read-only for ``PRAGMA quick_check``.
    """
    import tempfile

    from helpdesk.core.records import VisitDraft, VisitFilter
    from helpdesk.services import Services

    try:
        scratch = tempfile.TemporaryDirectory(prefix="helpdesk-self-test-")
    except OSError as exc:
        raise CommandError(f"Self-test failed: no scratch folder can be made ({exc.strerror}).") \
            from None
    with scratch as folder:
        services = Services.open(Path(folder), daily_backup=False)
        try:
            state = services.desk.complete_first_run(
                language="en", desk_name="Self-test", spot_name="Self-test spot",
                spot_kind="computer_room", helper_names=["Self-test"])
            draft = VisitDraft(session_id=None, spot_id=state.spots[0].id,
                               staff_id=state.staff[0].id, question_types=("email",),
                               outcome="solved", duration_minutes=10)
            saved = services.intake.record_visit(draft)
            read = services.intake.get_visit(saved.id)
            listed = services.visits.page(VisitFilter(), limit=10)
        finally:
            services.close()
        if read.as_draft().question_types != draft.question_types or \
                [row.id for row in listed] != [saved.id]:
            raise CommandError("Self-test failed: the visit read back differs from the one saved.")
    print(f"Self-test passed: a visit was saved and read back ({saved.id}).")
    return check_own_store(data_dir) if data_dir is not None else 0


def check_own_store(data_dir: Path) -> int:
    """Check the desk's data file read-only (PRAGMA quick_check) and say what was found."""
    from helpdesk.core.constants import DB_FILENAME
    from helpdesk.store.health import is_protected, quick_check

    db_path = data_dir / DB_FILENAME
    if not db_path.exists():
        print(f"There is no data file in {data_dir} yet; nothing more to check.")
        return 0
    if is_protected(db_path):
        print(f"The data file {db_path} is protected (encrypted); it is read only once "
              "unlocked, so it was not checked here (helpdesk backup checks a copy).")
        return 0
    quick_check(db_path)  # a StoreError says plainly what is wrong
    print(f"The data file {db_path} was checked read-only (PRAGMA quick_check): no damage "
          "found.")
    return 0


def demo(data_dir: Path, args: argparse.Namespace) -> int:
    """Fill the store in ``data_dir`` with demo spots, sessions and visits."""
    visits, seed, weeks = args.visits, args.seed, args.weeks
    if visits < 1 or visits > 10_000_000:
        raise CommandError("--visits must be a number between 1 and 10000000.")
    if weeks < 1 or weeks > 520:
        raise CommandError("--weeks must be a number between 1 and 520.")
    from helpdesk.cli.unlock import open_desk
    from helpdesk.services.demo import fill_demo

    services = open_desk(data_dir, args)
    try:
        def progress(done: int, total: int) -> None:
            print(f"\r  {done:,} of {total:,} visits", end="", file=sys.stderr, flush=True)

        made = fill_demo(services, visits, seed=seed, weeks=weeks, progress=progress)
        print(file=sys.stderr)
    finally:
        services.close()
    print(f"Demo data added in {data_dir}: {made.visits:,} visits in {made.sessions:,} sessions "
          f"at {made.spots} spots.")
    return 0


def report(data_dir: Path, args: argparse.Namespace) -> int:
    """Write one sheet of the store in ``data_dir`` to ``args.out``."""
    from helpdesk.core.constants import DB_FILENAME
    from helpdesk.core.report_records import ReportRequest
    from helpdesk.reports.options import period_from_args

    period = period_from_args(args)  # bad weeks and dates fail before the store is opened
    if not (data_dir / DB_FILENAME).exists():
        raise CommandError(f"There is no Helpdesk data in {data_dir}; give the right --data-dir.")
    from helpdesk.cli.unlock import open_desk

    services = open_desk(data_dir, args)
    try:
        spot_ids = services.reports.spot_ids_by_name(args.spot) if args.spot else ()
        settings = services.desk.settings()
        language = args.lang or (settings.language if settings else "en")
        request = ReportRequest(first_day=period.first_day, last_day=period.last_day,
                                by_week=period.by_week, spot_ids=spot_ids,
                                preset=args.preset or "")
        result = services.reports.export(request, args.format, language, Path(args.out))
    finally:
        services.close()
    if result.format == "csv-groups":
        print(f"Group sessions written to {result.path} ({result.groups:,} group sessions).")
    else:
        print(f"Sheet written to {result.path} ({result.visit_records:,} visits).")
    return 0
