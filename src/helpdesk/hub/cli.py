"""The ``helpdesk-hub`` command: serve, token add/list/revoke, import, export.

Every command takes ``--db URL`` (else ``HELPDESK_HUB_DB``, else a SQLite file in the user's
data folder). Expected failures print one plain sentence on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from helpdesk.errors import HelpdeskError


class HubCommandError(Exception):
    """An expected failure: its message is printed as it is."""


def build_parser() -> argparse.ArgumentParser:
    """The command line of the hub."""
    parser = argparse.ArgumentParser(
        prog="helpdesk-hub", description="Receive the records of Helpdesk desks.")
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
    token = commands.add_parser("token", help="desk tokens").add_subparsers(
        dest="token_command", metavar="ACTION", required=True)
    add = token.add_parser("add", help="make a token for a desk and print it")
    add.add_argument("desk_name", metavar="DESK_NAME")
    revoke = token.add_parser("revoke", help="revoke every token of a desk")
    revoke.add_argument("desk_name", metavar="DESK_NAME")
    token.add_parser("list", help="list the desks that have tokens")
    imp = commands.add_parser("import", help="store the CSV batches found in a folder")
    imp.add_argument("folder", metavar="FOLDER")
    export = commands.add_parser("export", help="write the merged visits as one CSV file")
    export.add_argument("--out", required=True, metavar="FILE.csv")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the hub's command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    from helpdesk.hub.db import HubDb, resolve_url

    try:
        db = HubDb.open(resolve_url(args.db))
        try:
            return _dispatch(args, db)
        finally:
            db.close()
    except HelpdeskError as exc:
        print(exc.sentence(), file=sys.stderr)
    except HubCommandError as exc:
        print(str(exc), file=sys.stderr)
    except KeyboardInterrupt:
        return 130
    return 1


def _dispatch(args, db) -> int:
    if args.command == "serve":
        return serve(db, args.host, args.port, args.tls_cert, args.tls_key)
    if args.command == "token":
        return token_command(db, args)
    if args.command == "import":
        return import_command(db, Path(args.folder))
    return export_command(db, Path(args.out))


def serve(db, host: str, port: int, cert: str | None, key: str | None) -> int:
    """Serve the hub until interrupted."""
    import uvicorn

    from helpdesk.hub.app import create_app

    if bool(cert) != bool(key):
        raise HubCommandError("Give both --tls-cert and --tls-key, or neither.")
    uvicorn.run(create_app(db), host=host, port=port, ssl_certfile=cert, ssl_keyfile=key,
                log_level="info", access_log=False)
    return 0


def token_command(db, args) -> int:
    """token add / revoke / list."""
    from helpdesk.hub.tokens import add_token, list_tokens, revoke_tokens

    if args.token_command == "add":
        name = " ".join(args.desk_name.split())
        if not name:
            raise HubCommandError("Give the desk a name.")
        print(add_token(db, name))
        print(f"This is the token for {name}; it is shown only once. Type it into the desk's "
              "Settings, or run: helpdesk target add NAME --url URL --token TOKEN",
              file=sys.stderr)
        return 0
    if args.token_command == "revoke":
        count = revoke_tokens(db, args.desk_name)
        if not count:
            raise HubCommandError(f"No valid token belongs to a desk called {args.desk_name}.")
        print(f"Revoked {count} token(s) of {args.desk_name}.")
        return 0
    for name, made, valid in list_tokens(db):
        print(f"{name}\t{made:%Y-%m-%d %H:%M}\t{'valid' if valid else 'revoked'}")
    return 0


def import_command(db, folder: Path) -> int:
    """Store the batches of a folder; exit 1 when some files could not be read."""
    from helpdesk.hub.importer import import_folder

    if not folder.exists():
        raise HubCommandError(f"There is no folder or file called {folder}.")
    report = import_folder(db, folder)
    print(f"Imported {report.batches:,} batch(es): {report.stored:,} record(s) stored, "
          f"{report.already_had:,} already here.")
    for name, reason in report.unreadable:
        print(f"Skipped {name}: {reason}.", file=sys.stderr)
    return 1 if report.unreadable else 0


def export_command(db, out: Path) -> int:
    """Write the merged visits."""
    from helpdesk.hub.export import export_visits

    if not out.parent.is_dir():
        raise HubCommandError(f"The folder {out.parent} does not exist.")
    try:
        count = export_visits(db, out)
    except OSError as exc:
        raise HubCommandError(f"{out} cannot be written: {exc.strerror or exc}.") from None
    print(f"Exported {count:,} visit(s) to {out}.")
    return 0
