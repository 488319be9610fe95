"""How long to wait before trying a batch again: exponential backoff, full jitter, a cap.

Full jitter (a random wait between 0 and the exponential bound) keeps forty desks that lost
the network together from all coming back in the same second. A receiver's ``Retry-After``
is a floor: never ask again sooner than it said.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime


@dataclass(frozen=True)
class RetryPolicy:
    """Tries per batch within one run, and the bounds of the waits between them."""

    attempts: int = 5
    base: float = 1.0  # seconds: the bound of the first wait
    cap: float = 60.0  # the bound never grows past this
    # A receiver asking for a longer pause than this ends the run: the next automatic run,
    # minutes later, tries again rather than keep a sync hanging.
    max_retry_after: float = 300.0

    def delay(self, attempt: int, retry_after: float | None = None,
              rand: random.Random | None = None) -> float | None:
        """Seconds to wait after failed try number ``attempt`` (0-based); None: stop the run."""
        if retry_after is not None and retry_after > self.max_retry_after:
            return None
        bound = min(self.cap, self.base * (2 ** attempt))
        jittered = (rand or random).uniform(0, bound)
        return max(jittered, retry_after or 0.0)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (a number of seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())
