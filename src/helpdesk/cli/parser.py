"""The ``helpdesk`` command line's parser: global options and every subcommand.

Kept apart from ``cli`` so a plain start of the app (``helpdesk``, ``--data-dir``,
``--exit-when-ready``) never imports argparse: it costs the start-up a few milliseconds that
the bare-window comparison notices.
"""

from __future__ import annotations

import argparse

from helpdesk import __version__
from helpdesk.core.command_line import CommandLine


def parse_command(argv: list[str]) -> argparse.Namespace:
    """``argv`` parsed with every command (argparse's one line and exit 2 when it is wrong)."""
    parser, target_add = build_parsers()
    # Taken from the parser itself, so a flag added to ``target add`` later is known here too.
    flags = {flag for action in target_add._actions for flag in action.option_strings}
    return parser.parse_args(glue_token_value(argv, flags))


def glue_token_value(argv: list[str], flags: set[str]) -> list[str]:
    """``--token -Xy…`` as ``--token=-Xy…``: argparse takes a value that starts with "-" for a flag.

    Tokens made by older hubs (before the ``hd_`` prefix) can start with "-"; a helper pasting
    one must not be told the option has no value. A following word that is one of ``flags``
    (``target add``'s own) is left alone, so a forgotten token still gets argparse's sentence.
    """
    glued: list[str] = []
    words = iter(argv)
    for word in words:
        value = next(words, None) if word == "--token" else None
        if value is not None and value.startswith("-") and value not in flags:
            glued.append(f"--token={value}")
        else:
            glued += [word] if value is None else [word, value]
    return glued


def build_parsers() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The command line (global options and the subcommands), and its ``target add``."""
    parser = CommandLine(
        prog="helpdesk", description="Record the visits a digital-help desk handles.")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder of the data (default: HELPDESK_DATA_DIR, else the "
                             "user's data folder)")
    parser.add_argument("--exit-when-ready", action="store_true",
                        help="start the GUI and quit once its first window is shown")
    parser.add_argument("--version", action="version", version=f"helpdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("doctor", help="check this installation and its data, in plain "
                                       "sentences (exit 0 when all is well)")
    commands.add_parser("self-test", help="write and read back a visit in a scratch store")
    demo = commands.add_parser("demo", help="fill the store with realistic demo data")
    demo.add_argument("--visits", type=int, required=True, metavar="N",
                      help="how many visits to make")
    demo.add_argument("--seed", type=int, default=1, metavar="S",
                      help="random seed: the same seed gives the same data (default 1)")
    demo.add_argument("--weeks", type=int, default=52, metavar="W",
                      help="how many weeks, ending now, the visits spread over (default 52)")
    commands.add_parser("backup", help="make a checked backup of the data now")
    restore = commands.add_parser(
        "restore", help="put a backup in place of the data (the current file is kept aside)")
    restore.add_argument("file", metavar="FILE", help="a backup, e.g. from DATA/backups")
    target_add = add_sync_commands(commands)
    _add_report_parser(commands)
    return parser, target_add


def add_sync_commands(commands) -> argparse.ArgumentParser:
    """``sync``, ``target add/list/remove`` and ``import``; returns ``target add``."""
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
    return add


def _add_report_parser(commands) -> None:
    from helpdesk.reports.options import add_report_arguments  # light: stdlib only

    report = commands.add_parser(
        "report", help="write a weekly sheet (PDF, XLSX or CSV) without opening the app",
        description="Write the sheet of an ISO week (or of several weeks, or of a date range) "
                    "for some or all spots.")
    add_report_arguments(report)
