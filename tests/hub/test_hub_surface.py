"""What the hub shows to anyone who knocks: no API pages, and only a Bearer token opens it."""

from __future__ import annotations

import httpx
import pytest
from sync_support import HubThread

from helpdesk.hub.tokens import add_token


@pytest.fixture
def hub(sqlite_hub):
    with HubThread(sqlite_hub) as served:
        served.token = add_token(sqlite_hub, "Buurtbar")
        yield served


def test_no_api_pages_are_served(hub):
    """/docs, /redoc and /openapi.json would describe the hub to strangers: 404."""
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert httpx.get(hub.url + path, timeout=30).status_code == 404, path


@pytest.mark.parametrize("header, status", [
    ("Bearer {token}", 200),
    ("bearer {token}", 200),
    ("Bearer  {token}", 200),  # an extra space before the token is forgiven
    ("Basic {token}", 401),
    ("{token}", 401),
    ("Bearer", 401),
    (None, 401),  # no Authorization header at all: a plain 401, not a server error
])
def test_only_a_bearer_token_opens_the_hub(hub, header, status):
    """The scheme must be Bearer (any case); the token itself, nothing else."""
    headers = {} if header is None else {"Authorization": header.format(token=hub.token)}
    answer = httpx.get(hub.url + "/v1/ping", timeout=30, headers=headers)
    assert answer.status_code == status
    if status == 200:
        assert answer.json()["desk"] == "Buurtbar"
