"""Shared fixtures: a fresh data folder and real store per test, offscreen Qt."""

from __future__ import annotations

import os

# Set before anything imports Qt: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("HELPDESK_DATA_DIR", None)

import sys  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _protocol_checks_built_by_each_test():
    """Each test that checks a record builds the protocol's checks itself (they are built on
    first use, then kept): `make mutation` learns from one run which tests reach
    `protocol._checker`, and would otherwise credit only the first test that built them."""
    protocol = sys.modules.get("helpdesk.sync.protocol")
    if protocol is not None:
        protocol._CHECKERS.clear()


@pytest.fixture
def data_dir(tmp_path):
    """An empty data folder of its own for each test."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def cheap_argon2(monkeypatch):
    """Argon2id at its lowest cost: the same code path, without half a second per slot."""
    from helpdesk.store import keys as keys_module
    from helpdesk.store.keys import KdfParams

    monkeypatch.setattr(keys_module, "DEFAULT_KDF", KdfParams(time_cost=1, memory_cost=8192))


@pytest.fixture
def services(data_dir):
    """The real services over a real SQLite file in the test's data folder."""
    from helpdesk.services import Services

    opened = Services.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def ready_services(services):
    """Services of a desk that finished its first run: one spot, two helpers."""
    services.desk.complete_first_run(
        language="en",
        desk_name="Test desk",
        spot_name="Buurtbar Kuregem",
        spot_kind="outreach",
        helper_names=["Fatima", "Jan"],
    )
    return services


@pytest.fixture
def pg_url():
    """A fresh, empty PostgreSQL database for one test (skips when no server is there)."""
    base = os.environ.get("HELPDESK_TEST_PG_URL")
    if not base:
        pytest.skip("no PostgreSQL server: HELPDESK_TEST_PG_URL is not set "
                    "(make test starts one when PostgreSQL can be installed or found)")
    import uuid

    import psycopg

    name = f"hub_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = base.rsplit("/", 1)[0] + "/" + name
    yield url.replace("postgresql://", "postgresql+psycopg://", 1)
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_url(request, tmp_path):
    """The address of an empty database: a SQLite file, and (second run) a PostgreSQL one."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hub.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def hub_db(hub_url):
    """An open hub database: a SQLite file, and (second run) a PostgreSQL database."""
    from helpdesk.hub.db import HubDb

    db = HubDb.open(hub_url)
    yield db
    db.close()


@pytest.fixture
def sqlite_hub(tmp_path):
    """An open hub database in a SQLite file."""
    from helpdesk.hub.db import HubDb

    db = HubDb.open(f"sqlite:///{tmp_path / 'hub.db'}")
    yield db
    db.close()
