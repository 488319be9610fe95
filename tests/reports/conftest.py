"""The hand-made data set of the report tests (see sheet_data.py)."""

from __future__ import annotations

import pytest
from sheet_data import fill


@pytest.fixture
def sheet_store(ready_services):
    """The ready test desk filled with the hand-made data set; returns (services, spot ids)."""
    return ready_services, fill(ready_services)
