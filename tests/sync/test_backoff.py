"""Backoff: full jitter below an exponential bound, a cap, Retry-After as a floor."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from hypothesis import given
from hypothesis import strategies as st

from helpdesk.sync.backoff import RetryPolicy, parse_retry_after


@given(attempt=st.integers(0, 30), seed=st.integers(0, 2**32))
def test_waits_stay_between_zero_and_the_capped_bound(attempt, seed):
    """Every wait is in [0, min(cap, base * 2**attempt)]."""
    policy = RetryPolicy(base=1.0, cap=60.0)
    delay = policy.delay(attempt, None, random.Random(seed))
    assert 0 <= delay <= min(60.0, 2.0 ** attempt)


def test_waits_are_spread_not_fixed():
    """Full jitter: two desks failing together do not come back in step."""
    policy = RetryPolicy()
    rand = random.Random(1)
    assert len({round(policy.delay(5, None, rand), 6) for _ in range(20)}) == 20


@given(retry_after=st.floats(0, 300), attempt=st.integers(0, 10))
def test_retry_after_is_a_floor(retry_after, attempt):
    """Never sooner than the receiver asked."""
    assert RetryPolicy().delay(attempt, retry_after, random.Random(0)) >= retry_after


def test_a_retry_after_beyond_the_limit_ends_the_run():
    """A receiver asking for an hour's pause: stop now, the next run tries again."""
    assert RetryPolicy(max_retry_after=300).delay(0, 3600) is None


def test_retry_after_seconds_and_http_dates_are_understood():
    """Both forms of the header give seconds; nonsense gives None."""
    now = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)
    assert parse_retry_after("120") == 120
    assert parse_retry_after(format_datetime(now + timedelta(seconds=90), usegmt=True),
                             now) == 90
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_an_http_date_in_the_past_or_without_a_zone_is_read_as_utc():
    """A date already gone means "now" (0 s, not 1 s); "-0000" (no zone) is taken as UTC."""
    now = datetime(2026, 12, 2, 4, 0, tzinfo=timezone.utc)
    assert parse_retry_after("Wed, 02 Dec 2026 03:59:00 GMT", now) == 0.0
    assert parse_retry_after("Wed, 02 Dec 2026 04:00:30 -0000", now) == 30.0


def test_an_http_date_is_measured_from_the_clock_when_no_moment_is_given():
    """The desk's own clock (aware, UTC): a date far ahead is a long wait, not an error."""
    assert parse_retry_after("Fri, 01 Jan 2100 00:00:00 GMT") > 365 * 24 * 3600


def test_the_bound_doubles_with_each_try_and_the_waits_fill_it():
    """Full jitter over the whole range: from near nothing up to near the bound, which is
    1 s, then 8 s at the fourth try, 16 s at the fifth, and the cap after."""
    policy = RetryPolicy(base=1.0, cap=60.0)
    rand = random.Random(7)
    for attempt, bound in ((0, 1.0), (3, 8.0), (4, 16.0), (10, 60.0)):
        waits = [policy.delay(attempt, None, rand) for _ in range(400)]
        assert 0.9 * bound < max(waits) <= bound and min(waits) < 0.1 * bound


def test_the_random_source_given_decides_the_waits():
    """A seeded source gives the same waits again (how the runner's tests replay a run)."""
    first = [RetryPolicy().delay(3, None, random.Random(5)) for _ in range(3)]
    random.seed(1)
    again = [RetryPolicy().delay(3, None, random.Random(5)) for _ in range(3)]
    assert first == again and len(set(first)) == 1
