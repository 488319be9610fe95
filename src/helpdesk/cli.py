"""The ``helpdesk`` command: the GUI by default, ``self-test`` and ``demo`` without a screen.

Nothing heavy is imported at module level: starting the GUI must not pay for SQLAlchemy, and
the headless commands import the services only when they run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from helpdesk.config import resolve_data_dir
from helpdesk.errors import HelpdeskError


class CommandError(Exception):
    """An expected failure of a command: its message is printed as it is."""


class CommandLine(argparse.ArgumentParser):
    """argparse, but a wrong flag gives one line on stderr (exit 2) instead of the usage dump."""

    def error(self, message: str):
        print(f"{self.prog}: {message[:1].upper()}{message[1:]}. "
              f"See '{self.prog} --help'.", file=sys.stderr)
        sys.exit(2)


GUI_FLAGS = ("--data-dir", "--exit-when-ready")
TARGET_ADD_FLAGS = ("--url", "--folder", "--token", "--include-notes", "--csv", "--batch-size",
                    "--help", "-h")


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The command line: global options and (unless only the GUI is started) the subcommands."""
    parser = CommandLine(
        prog="helpdesk", description="Record the visits a digital-help desk handles.")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder of the data (default: HELPDESK_DATA_DIR, else the "
                             "user's data folder)")
    parser.add_argument("--exit-when-ready", action="store_true",
                        help="start the GUI and quit once its first window is shown")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("self-test", help="write and read back a visit in a scratch store")
    demo = commands.add_parser("demo", help="fill the store with realistic demo data")
    demo.add_argument("--visits", type=int, required=True, metavar="N",
                      help="how many visits to make")
    demo.add_argument("--seed", type=int, default=1, metavar="S",
                      help="random seed: the same seed gives the same data (default 1)")
    demo.add_argument("--weeks", type=int, default=52, metavar="W",
                      help="how many weeks, ending now, the visits spread over (default 52)")
    add_sync_commands(commands)
    _add_report_parser(commands)
    return parser


def add_sync_commands(commands) -> None:
    """``sync``, ``target add/list/remove`` and ``import``."""
    sync = commands.add_parser("sync", help="send the records waiting to the sync targets")
    sync.add_argument("--target", metavar="NAME", help="only this target")
    target = commands.add_parser("target", help="where the records are sent").add_subparsers(
        dest="target_command", metavar="ACTION", required=True)
    add = target.add_parser("add", help="add a hub (--url, --token) or a folder (--folder)")
    add.add_argument("name", metavar="NAME")
    where = add.add_mutually_exclusive_group(required=True)
    where.add_argument("--url", help="the hub's address, e.g. https://hub.example.org")
    where.add_argument("--folder", metavar="DIR", help="a folder to write CSV batches into")
    add.add_argument("--token", help="the desk's token, from the hub's coordinator")
    add.add_argument("--include-notes", action="store_true",
                     help="also send the free-text notes (off by default)")
    add.add_argument("--csv", action="store_true", help="send batches to the hub as CSV")
    add.add_argument("--batch-size", type=int, default=500, metavar="N",
                     help="records per batch (default 500)")
    target.add_parser("list", help="list the targets")
    remove = target.add_parser("remove", help="remove a target (the records stay)")
    remove.add_argument("name", metavar="NAME")
    imp = commands.add_parser("import", help="merge CSV batches from other desks into this one")
    imp.add_argument("path", metavar="FILE_OR_FOLDER")


def _add_report_parser(commands) -> None:
    from helpdesk.reports.options import add_report_arguments  # light: stdlib only

    report = commands.add_parser(
        "report", help="write a weekly sheet (PDF, XLSX or CSV) without opening the app",
        description="Write the sheet of an ISO week (or of several weeks, or of a date range) "
                    "for some or all spots.")
    add_report_arguments(report)


def only_starts_the_gui(argv: list[str]) -> bool:
    """True when ``argv`` holds nothing but the GUI's own flags (and --data-dir's folder)."""
    rest = iter(argv)
    for word in rest:
        if word == "--data-dir":
            next(rest, None)
        elif word not in GUI_FLAGS and not word.startswith("--data-dir="):
            return False
    return True


def glue_token_value(argv: list[str]) -> list[str]:
    """``--token -Xy…`` as ``--token=-Xy…``: argparse takes a value that starts with "-" for a flag.

    Tokens made by older hubs (before the ``hd_`` prefix) can start with "-"; a helper pasting
    one must not be told the option has no value. A following word that is one of ``target
    add``'s own flags is left alone, so a forgotten token still gets argparse's sentence.
    """
    glued: list[str] = []
    words = iter(argv)
    for word in words:
        if word == "--token":
            value = next(words, None)
            if value is not None and value.startswith("-") and value not in TARGET_ADD_FLAGS:
                glued.append(f"--token={value}")
                continue
            glued.append(word)
            if value is not None:
                glued.append(value)
            continue
        glued.append(word)
    return glued


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = glue_token_value(sys.argv[1:] if argv is None else list(argv))
    # The subcommands' parsers cost ~10 ms to build (argparse looks for its translations
    # once per parser): a plain start of the app, timed against a bare window, skips them.
    args = build_parser(with_commands=not only_starts_the_gui(argv)).parse_args(argv)
    try:
        if args.command == "self-test":
            return self_test()
        data_dir = resolve_data_dir(args.data_dir)
        if args.command == "demo":
            return demo(data_dir, args.visits, args.seed, args.weeks)
        if args.command == "report":
            return report(data_dir, args)
        if args.command in ("sync", "target", "import"):
            from helpdesk.cli_sync import run_sync_command

            return run_sync_command(args, data_dir)
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


def self_test() -> int:
    """Create a scratch store, save a visit and read it back; never touches the user's data."""
    import tempfile

    from helpdesk.records import VisitDraft, VisitFilter
    from helpdesk.services import Services

    try:
        scratch = tempfile.TemporaryDirectory(prefix="helpdesk-self-test-")
    except OSError as exc:
        raise CommandError(f"Self-test failed: no scratch folder can be made ({exc.strerror}).") \
            from None
    with scratch as folder:
        services = Services.open(Path(folder))
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
    return 0


def demo(data_dir: Path, visits: int, seed: int, weeks: int) -> int:
    """Fill the store in ``data_dir`` with demo spots, sessions and visits."""
    if visits < 1 or visits > 10_000_000:
        raise CommandError("--visits must be a number between 1 and 10000000.")
    if weeks < 1 or weeks > 520:
        raise CommandError("--weeks must be a number between 1 and 520.")
    from helpdesk.demo import fill_demo
    from helpdesk.services import Services

    services = Services.open(data_dir)
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
    from helpdesk.config import DB_FILENAME
    from helpdesk.report_records import ReportRequest
    from helpdesk.reports.options import period_from_args

    period = period_from_args(args)  # bad weeks and dates fail before the store is opened
    if not (data_dir / DB_FILENAME).exists():
        raise CommandError(f"There is no Helpdesk data in {data_dir}; give the right --data-dir.")
    from helpdesk.services import Services

    services = Services.open(data_dir)
    try:
        spot_ids = services.reports.spot_ids_by_name(args.spot) if args.spot else ()
        settings = services.desk.settings()
        language = args.lang or (settings.language if settings else "en")
        request = ReportRequest(first_day=period.first_day, last_day=period.last_day,
                                by_week=period.by_week, spot_ids=spot_ids)
        result = services.reports.export(request, args.format, language, Path(args.out))
    finally:
        services.close()
    print(f"Sheet written to {result.path} ({result.visit_records:,} visits).")
    return 0
