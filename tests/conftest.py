"""Shared fixtures: a fresh data folder and real store per test, offscreen Qt."""

from __future__ import annotations

import os

# Set before anything imports Qt: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("HELPDESK_DATA_DIR", None)

import pytest  # noqa: E402


@pytest.fixture
def data_dir(tmp_path):
    """An empty data folder of its own for each test."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


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
