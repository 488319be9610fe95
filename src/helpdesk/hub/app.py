"""The hub's HTTP side: ``POST /v1/batches`` and ``GET /v1/ping`` (docs/sync-protocol.md),
and ``GET /v1/reports`` for coordinators (docs/hub.md)."""

from __future__ import annotations

import logging
import re

import orjson
from fastapi import FastAPI, Request
from fastapi.responses import Response
from sqlalchemy.exc import DataError, SQLAlchemyError
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from helpdesk.hub.db import HubDb
from helpdesk.hub.network_key import network_visitor_key
from helpdesk.hub.ownership import NotThisDesk
from helpdesk.hub.problems import problem
from helpdesk.hub.reports import sheet_response
from helpdesk.hub.sheets import SheetSettings
from helpdesk.hub.store import BatchConflict, receive_batch
from helpdesk.hub.tokens import COORDINATOR, desk_for_token, holder_of
from helpdesk.sync.conflicts import RecordConflict
from helpdesk.sync.csv_format import decode_csv
from helpdesk.sync.protocol import (
    DESK_KEY_HEADER,
    VERSION,
    VISITOR_KEY_FORMAT,
    ProtocolError,
    check_version,
    decode_batch,
    encode_ack,
)
from helpdesk.sync.signing import is_public_key_text

MAX_BODY = 32 * 1024 * 1024
log = logging.getLogger("helpdesk.hub")
_BATCH_ID = re.compile(r"[A-Za-z0-9_\-]{1,64}\Z")  # what a log line may repeat of a header


class HungUp(Exception):
    """The client closed the connection before its whole body arrived."""

    def __init__(self, received: int) -> None:
        super().__init__(received)
        self.received = received


def _bearer(request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


async def _read_body(request: Request) -> bytes | None:
    """The body, or None when it grows past MAX_BODY (read in chunks: no blind trust)."""
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BODY:
                return None
            chunks.append(chunk)
    except ClientDisconnect:
        raise HungUp(size) from None
    return b"".join(chunks)


def _hung_up(desk: str, key: str, what: str) -> Response:
    """One plain line for a desk that hung up (a phone hotspot does it all the time): no
    traceback, nothing of the records; the desk sends the batch again under the same id."""
    batch = key if _BATCH_ID.match(key) else "without a valid id"
    log.info("desk %s hung up %s (batch %s)", desk, what, batch)
    # Nobody is there to read it; the server drops it.
    return Response(status_code=400)


def create_app(db: HubDb, sheets: SheetSettings | None = None) -> FastAPI:
    """The hub's FastAPI application over an open database (``sheets``: for downloads)."""
    sheets = sheets or SheetSettings.load()
    # Title and version label an OpenAPI document that is never served (openapi_url=None,
    # which also hides /docs and /redoc): no answer depends on that line.
    app = FastAPI(title="Helpdesk hub", version=str(VERSION),  # pragma: no mutate
                  docs_url=None, redoc_url=None,  # pragma: no mutate
                  openapi_url=None)

    @app.exception_handler(SQLAlchemyError)
    async def database_failed(request: Request, exc: SQLAlchemyError):
        # PostgreSQL's own message can quote the failing row ("DETAIL: Failing row contains
        # …"): the log names the kind of error and the route, never the message.
        log.error("the database failed on %s %s (%s)", request.method, request.url.path,
                  type(getattr(exc, "orig", None) or exc).__name__)
        return problem(500, "the hub's database failed; send the batch again later")

    async def desk_of(request: Request) -> str | None:
        return await run_in_threadpool(desk_for_token, db, _bearer(request))

    @app.get("/v1/ping")
    async def ping(request: Request):
        desk = await desk_of(request)
        if desk is None:
            return problem(401, "unknown or revoked token", **{"WWW-Authenticate": "Bearer"})
        return {"format": "helpdesk-hub", "version": VERSION, "desk": desk}

    @app.post("/v1/batches")
    async def batches(request: Request):
        desk = await desk_of(request)
        if desk is None:
            return problem(401, "unknown or revoked token", **{"WWW-Authenticate": "Bearer"})
        key = request.headers.get("idempotency-key", "")
        try:
            body = await _read_body(request)
        except HungUp as gone:
            return _hung_up(desk, key, f"after {gone.received} bytes; nothing stored")
        if body is None:
            return problem(413, f"a batch may be at most {MAX_BODY} bytes")
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            if content_type == "application/json":
                batch = await run_in_threadpool(decode_batch, body)
            elif content_type == "text/csv":
                h = request.headers
                version = h.get("helpdesk-format-version", "")
                check_version(int(version) if version.isdigit() else version,
                              h.get("helpdesk-record-type", ""))
                batch = await run_in_threadpool(
                    lambda: decode_csv(body, batch_id=h.get("helpdesk-batch-id", ""),
                                       desk_id=h.get("helpdesk-desk-id", ""),
                                       record_type=h.get("helpdesk-record-type", "")))
            else:
                return problem(415, "send application/json or text/csv")
        except ProtocolError as exc:
            return problem(400, str(exc))
        if key != batch.batch_id:
            return problem(400, "the Idempotency-Key header must equal the batch id")
        desk_key = request.headers.get(DESK_KEY_HEADER, "")
        if desk_key and not is_public_key_text(desk_key):
            return problem(400, f"{DESK_KEY_HEADER} must be an Ed25519 public key "
                                "(43 base64url characters)")
        try:
            ack, duplicate = await run_in_threadpool(
                lambda: receive_batch(db, batch, desk, token_desk=desk, desk_key=desk_key))
        except BatchConflict:
            return problem(422, "this batch id was already used for other records")
        except NotThisDesk as exc:
            return problem(403, str(exc))
        except RecordConflict as exc:
            return problem(409, str(exc))
        except DataError as exc:
            # A value the database cannot hold (the protocol lets none through that it knows
            # of): this batch is refused, the queue behind it goes on. Ids only in the log.
            log.error("batch %s from %s refused: the database cannot store one of its values "
                      "(%s)", batch.batch_id, desk, type(exc.orig).__name__)
            return problem(422, "a value in this batch cannot be stored by the hub's database")
        if await request.is_disconnected():
            return _hung_up(desk, key, "before the answer; the batch is stored and its "
                                       "next sending is answered as already had")
        reply = encode_ack(ack)
        reply["duplicate"] = duplicate
        return Response(orjson.dumps(reply), media_type="application/json")

    @app.get("/v1/visitor-key")
    async def visitor_key(request: Request):
        # The network's key for visitor codes, to desks only (docs/sync-protocol.md). Not
        # logged; no-store, so no proxy or cache on the way keeps a copy.
        desk = await desk_of(request)
        if desk is None:
            if await run_in_threadpool(holder_of, db, _bearer(request), COORDINATOR):
                return problem(403, "only a desk's token receives the visitor key")
            return problem(401, "unknown or revoked token", **{"WWW-Authenticate": "Bearer"})
        key = await run_in_threadpool(network_visitor_key, db)
        return Response(orjson.dumps({"format": VISITOR_KEY_FORMAT, "version": 1, "key": key}),
                        media_type="application/json",
                        headers={"Cache-Control": "no-store"})

    @app.get("/v1/reports")
    async def reports(request: Request):
        token = _bearer(request)
        coordinator = await run_in_threadpool(holder_of, db, token, COORDINATOR)
        if coordinator is None:
            if await run_in_threadpool(desk_for_token, db, token):
                # Known but not allowed: a desk's token sends records, it reads nothing back.
                return problem(403, "a desk's token cannot download sheets; use a "
                                     "coordinator's token")
            return problem(401, "unknown or revoked token", **{"WWW-Authenticate": "Bearer"})
        return await sheet_response(db, sheets, request.query_params, coordinator)

    return app
