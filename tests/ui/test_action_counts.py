"""The actions a desk's everyday tasks take, counted on the real app (bench/actions.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))


@pytest.mark.e2e
def test_every_task_takes_the_actions_issue_10_aims_at(qapp):
    """Three actions for a typical visit, one for a tally at start, and so on; 11 keys."""
    from actions import measure

    counts, keys = measure()
    assert counts == {"typical": 3, "other_autonomy": 4, "one_type": 2, "tally_at_start": 1,
                      "afterwards": 5, "last_week": 2, "follow_up_done": 1}
    assert keys == 11
