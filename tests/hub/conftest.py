"""The hub's fixtures: a hub database filled by two real desks (see network_data.py)."""

from __future__ import annotations

import pytest
from network_data import build_network


@pytest.fixture
def network(hub_db, tmp_path):
    """A hub (SQLite, then PostgreSQL) holding week 2026-W47 of two desks."""
    return build_network(hub_db, tmp_path)
