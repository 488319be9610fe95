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
    add_account_commands(commands)
    add_unlock_options(parser)
    return parser, target_add


def add_unlock_options(parser: argparse.ArgumentParser, *, top: bool = True) -> None:
    """``--staff`` and ``--passphrase-file`` on ``parser`` and every command under it.

    Accepted before or after the command; a command's copy has no default of its own, so
    it never hides the value given before the command. ``recover`` has its own ``--staff``.
    """
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--staff", metavar="NAME", default=default,
                        help="unlock a protected desk as NAME (default: HELPDESK_STAFF)")
    parser.add_argument("--passphrase-file", metavar="FILE", default=default,
                        help="file holding NAME's passphrase (default: "
                             "HELPDESK_PASSPHRASE_FILE; asked on a terminal otherwise)")
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                if name != "recover":
                    add_unlock_options(sub, top=False)


def add_account_commands(commands) -> None:
    """``staff add/list/remove``, ``recover``, ``purge-notes``, ``audit`` and ``visitor-key``."""
    staff = commands.add_parser("staff", help="the accounts of the desk").add_subparsers(
        dest="staff_command", metavar="ACTION", required=True)
    add = staff.add_parser("add", help="give someone an account (the first one: a "
                                       "coordinator, which encrypts the desk's data)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=("coordinator", "staff", "volunteer"))
    add.add_argument("--new-passphrase-file", required=True, metavar="FILE",
                     help="file holding the new account's passphrase")
    staff.add_parser("list", help="list the accounts")
    remove = staff.add_parser("remove", help="remove an account (their visits stay)")
    remove.add_argument("name", metavar="NAME")
    recover = commands.add_parser(
        "recover", help="set a new passphrase for an account with the recovery code")
    recover.add_argument("--recovery-code", required=True, metavar="CODE")
    recover.add_argument("--staff", dest="recovery_staff", metavar="NAME",
                         help="whose passphrase to set")
    recover.add_argument("--new-passphrase-file", required=True, metavar="FILE")
    purge = commands.add_parser("purge-notes", help="erase the notes older than the retention")
    purge.add_argument("--older-than", type=int, metavar="DAYS",
                       help="erase notes of visits older than DAYS days (default: the "
                            "desk's retention, 90 days unless changed)")
    audit = commands.add_parser("audit", help="show or verify the audit trail")
    audit.add_argument("--since", metavar="DAY", help="only entries from DAY (YYYY-MM-DD)")
    audit.add_argument("--person", metavar="NAME",
                       help="only the entries of NAME (as signed in)")
    audit.add_argument("--verify", action="store_true", help="check the chain of hashes")
    key = commands.add_parser(
        "visitor-key", help="copy the network's key for visitor codes between desks"
    ).add_subparsers(dest="key_command", metavar="ACTION", required=True)
    key.add_parser("export", help="write this desk's key to FILE (owner-only)").add_argument(
        "file", metavar="FILE")
    key.add_parser("import", help="take the network's key from FILE").add_argument(
        "file", metavar="FILE")


def add_sync_commands(commands) -> argparse.ArgumentParser:
    """``sync``, ``target add/list/remove``, ``import``, ``desk-key``; returns ``target add``."""
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
    commands.add_parser("desk-key", help="print this desk's public key, for the hub's "
                                         "coordinator (helpdesk-hub key add)")
    return add


def _add_report_parser(commands) -> None:
    from helpdesk.reports.options import add_report_arguments  # light: stdlib only

    report = commands.add_parser(
        "report", help="write a weekly sheet (PDF, XLSX or CSV) without opening the app",
        description="Write the sheet of an ISO week (or of several weeks, or of a date range) "
                    "for some or all spots.")
    add_report_arguments(report)
