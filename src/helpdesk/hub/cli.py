"""The ``helpdesk-hub`` command: serve, token add/list/revoke, key add/list, import, export,
report.

Every command takes ``--db URL`` (else ``HELPDESK_HUB_DB``, else a SQLite file in the user's
data folder). Expected failures print one plain sentence on stderr and exit 1; a wrong flag
prints one line and exits 2.
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

from helpdesk.core.command_line import CommandLine
from helpdesk.core.errors import CommandError, HelpdeskError


def build_parser() -> argparse.ArgumentParser:
    """The command line of the hub."""
    parser = CommandLine(
        prog="helpdesk-hub", description="Receive the records of Helpdesk desks and make the "
                                         "network's weekly sheets.")
    parser.add_argument("--db", metavar="URL",
                        help="database: sqlite:///PATH or postgresql://… (default: "
                             "HELPDESK_HUB_DB, else a SQLite file in the user's data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve = commands.add_parser("serve", help="receive batches over HTTP")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on "
                                                           "(default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    serve.add_argument("--tls-cert", metavar="FILE", help="certificate file for https")
    serve.add_argument("--tls-key", metavar="FILE", help="private key file for https")
    _add_sheet_options(serve)
    token = commands.add_parser("token", help="desk and coordinator tokens").add_subparsers(
        dest="token_command", metavar="ACTION", required=True)
    add = token.add_parser("add", help="make a token for a desk (or a coordinator) and print it")
    add.add_argument("name", metavar="NAME", help="the desk's (or coordinator's) name")
    add.add_argument("--coordinator", action="store_true",
                     help="a coordinator's token: downloads sheets (GET /v1/reports), sends "
                          "nothing")
    revoke = token.add_parser("revoke", help="revoke every token of a desk (or a coordinator)")
    revoke.add_argument("name", metavar="NAME")
    revoke.add_argument("--coordinator", action="store_true",
                        help="revoke the coordinator's tokens of that name")
    token.add_parser("list", help="list the desks and coordinators that have tokens")
    keys = commands.add_parser("key", help="desks' keys, which prove who made a stick's "
                                           "batches").add_subparsers(
        dest="key_command", metavar="ACTION", required=True)
    key_add = keys.add_parser("add", help="register (or replace) a desk's key, as printed by "
                                          "'helpdesk desk-key' on that desk")
    key_add.add_argument("name", metavar="NAME", help="the desk's name")
    key_add.add_argument("key", metavar="KEY", help="the line hdk1.… the desk printed")
    keys.add_parser("list", help="list the desks whose key the hub holds")
    imp = commands.add_parser("import", help="store the CSV batches found in a folder")
    imp.add_argument("folder", metavar="FOLDER")
    export = commands.add_parser("export", help="write the merged visits as one CSV file")
    export.add_argument("--out", required=True, metavar="FILE.csv")
    _add_report_parser(commands)
    return parser


SPOT_NAMES = (
    "Two desks may each have a spot of the same name. --spot NAME takes every spot called "
    "NAME (one page each); --spot \"DESK/SPOT\" takes that desk's spot only, DESK being the "
    "name its token was made for. On the sheet a name two desks share is shown as "
    "\"DESK / SPOT\", which --spot takes back as it is. A desk seen only through imported "
    "CSV batches is called \"desk\" and the last 8 characters of its id.")


def _add_report_parser(commands) -> None:
    from helpdesk.reports.options import add_report_arguments  # light: stdlib only

    report = commands.add_parser(
        "report", help="write the network's weekly sheet (PDF, XLSX or CSV)",
        description="Write the sheet of an ISO week (or of several weeks, or of a date range) "
                    "over the merged records of every desk, for some or all spots.",
        epilog=SPOT_NAMES)
    add_report_arguments(
        report, lang_help="language of the sheet (default: en)",
        spot_help="a spot to include: NAME, or DESK/SPOT for one desk's (repeat for several; "
                  "default: every spot)")
    _add_sheet_options(report)


def _add_sheet_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", metavar="TEXT",
                        help="the network's name, printed on every page of the sheets "
                             "(default: Helpdesk network)")
    parser.add_argument("--taxonomy", metavar="FILE",
                        help="the network's taxonomy file, for the labels of the codes "
                             "(default: the lists that ship with Helpdesk)")
    parser.add_argument("--time-zone", metavar="ZONE",
                        help="the time zone of the network's weeks, days and hours, e.g. "
                             "Europe/Brussels (the default)")


def main(argv: list[str] | None = None) -> int:
    """Run the hub's command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    from helpdesk.hub.db import HubDb, resolve_url

    try:
        url = resolve_url(args.db)
        # Bad input is refused before the database opens (which would create an empty one).
        period = _report_period(args, url) if args.command == "report" else None
        sheets = _sheet_settings(args) if args.command in ("serve", "report") else None
        db = HubDb.open(url)
        try:
            return _dispatch(args, db, sheets, period)
        finally:
            db.close()
    except HelpdeskError as exc:
        print(exc.sentence(), file=sys.stderr)
    except CommandError as exc:
        print(str(exc), file=sys.stderr)
    except KeyboardInterrupt:
        return 130
    return 1


def _dispatch(args, db, sheets, period) -> int:
    if args.command == "serve":
        return serve(db, args.host, args.port, args.tls_cert, args.tls_key, sheets)
    if args.command == "token":
        return token_command(db, args)
    if args.command == "import":
        return import_command(db, Path(args.folder))
    if args.command == "key":
        return key_command(db, args)
    if args.command == "report":
        return report_command(db, args, sheets, period)
    return export_command(db, Path(args.out))


def _report_period(args, url: str):
    # The period asked for; a missing SQLite hub is refused, as opening it would make one.
    from sqlalchemy.engine import make_url

    from helpdesk.reports.options import period_from_args

    period = period_from_args(args)
    if url.startswith("sqlite:"):
        path = Path(make_url(url).database or "")
        if not path.is_file():
            raise CommandError(f"There is no hub database at {path}; give the right --db "
                                  "(or HELPDESK_HUB_DB).")
    return period


def _sheet_settings(args):
    from helpdesk.hub.sheets import SheetSettings

    return SheetSettings.load(args.name, args.taxonomy, args.time_zone)


def serve(db, host: str, port: int, cert: str | None, key: str | None, sheets=None) -> int:
    """Serve the hub until interrupted."""
    import uvicorn

    from helpdesk.hub.app import create_app
    from helpdesk.hub.reports import remove_stale_sheet_folders

    if bool(cert) != bool(key):
        raise CommandError("Give both --tls-cert and --tls-key, or neither.")
    remove_stale_sheet_folders()  # what a hub killed mid-download left behind
    # uvicorn's own logging, plus the hub's lines (who downloaded which sheet) beside them.
    logs = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)
    logs["loggers"]["helpdesk.hub"] = {"handlers": ["default"], "level": "INFO",
                                       "propagate": False}
    uvicorn.run(create_app(db, sheets), host=host, port=port, ssl_certfile=cert,
                ssl_keyfile=key, log_level="info", log_config=logs, access_log=False)
    return 0


def report_command(db, args, sheets, period) -> int:
    """Write the network's sheet to ``args.out``."""
    from helpdesk.hub.sheets import DEFAULT_LANGUAGE, write_sheet

    result = write_sheet(db, sheets, period, args.spot, args.format,
                         args.lang or DEFAULT_LANGUAGE, Path(args.out), preset=args.preset)
    if result.format == "csv-groups":
        print(f"Group sessions written to {result.path} ({result.groups:,} group sessions).")
    else:
        print(f"Sheet written to {result.path} ({result.visit_records:,} visits).")
    return 0


def token_command(db, args) -> int:
    """token add / revoke / list."""
    from helpdesk.hub.tokens import COORDINATOR, DESK, add_token, list_tokens, revoke_tokens

    kind = COORDINATOR if getattr(args, "coordinator", False) else DESK
    if args.token_command == "add":
        name = " ".join(args.name.split())
        if not name:
            raise CommandError(f"Give the {kind} a name.")
        print(add_token(db, name, kind))
        use = ("Type it into the desk's Settings, or run: helpdesk target add NAME --url URL "
               "--token TOKEN" if kind == DESK else
               "It downloads the network's sheets: GET /v1/reports with the header "
               "'Authorization: Bearer TOKEN' (see docs/hub.md).")
        print(f"This is the token for {kind} {name}; it is shown only once. {use}",
              file=sys.stderr)
        return 0
    if args.token_command == "revoke":
        count = revoke_tokens(db, args.name, kind)
        if not count:
            raise CommandError(f"No valid token belongs to a {kind} called {args.name}.")
        print(f"Revoked {count} token(s) of {args.name}.")
        return 0
    for kind in (DESK, COORDINATOR):
        for name, made, valid in list_tokens(db, kind):
            print(f"{name}\t{made:%Y-%m-%d %H:%M}\t{'valid' if valid else 'revoked'}\t{kind}")
    return 0


def key_command(db, args) -> int:
    """key add / list."""
    from helpdesk.hub.desk_keys import list_keys, set_key
    from helpdesk.sync.signing import parse_key_line

    if args.key_command == "list":
        for name, desk_id, source, added in list_keys(db):
            print(f"{name}\t{desk_id}\t{added:%Y-%m-%d %H:%M}\tfrom {source}")
        return 0
    name = " ".join(args.name.split())
    if not name:
        raise CommandError("Give the desk a name.")
    parsed = parse_key_line(args.key)
    if parsed is None:
        raise CommandError("That is not a desk's key: copy the whole line 'helpdesk desk-key' "
                           "printed on the desk (it starts with hdk1.).")
    desk_id, public = parsed
    replaced = set_key(db, name, desk_id, public)
    print(f"{'Replaced' if replaced else 'Registered'} the key of desk {name} ({desk_id}); "
          "its stick batches must now be signed with it.")
    return 0


def import_command(db, folder: Path) -> int:
    """Store the batches of a folder; exit 1 when some files could not be read."""
    from helpdesk.hub.importer import import_folder

    if not folder.exists():
        raise CommandError(f"There is no folder or file called {folder}.")
    report = import_folder(db, folder)
    print(f"Imported {report.batches:,} batch(es): {report.stored:,} record(s) stored, "
          f"{report.already_had:,} already here.")
    if report.unproven:
        print(f"{report.unproven:,} of them came from desks the hub holds no key for yet, so "
              "nothing proves which desk made them; they were checked record by record "
              "(helpdesk-hub key add registers a desk's key).")
    for name, reason in report.unreadable:
        print(f"Skipped {name}: {reason}.", file=sys.stderr)
    return 1 if report.unreadable else 0


def export_command(db, out: Path) -> int:
    """Write the merged visits."""
    from helpdesk.hub.export import export_visits

    if not out.parent.is_dir():
        raise CommandError(f"The folder {out.parent} does not exist.")
    try:
        count = export_visits(db, out)
    except OSError as exc:
        raise CommandError(f"{out} cannot be written: {exc.strerror or exc}.") from None
    print(f"Exported {count:,} visit(s) to {out}.")
    return 0
