"""Record ids: UUIDv7 (RFC 9562), time-ordered so new records sort last and index well.

Light on purpose: the standard library only.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_RAND_BITS = 74  # rand_a (12 bits) and rand_b (62 bits) together
_lock = threading.Lock()
_last_ms = -1
_last_rand = 0


def _build(ms: int, rand: int) -> str:
    rand_a = rand >> 62
    rand_b = rand & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))


def new_id() -> str:
    """A new UUIDv7 as text; ids made in this process only ever grow, even within one ms."""
    global _last_ms, _last_rand
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms > _last_ms:
            # Leave the top bit clear so the counter below has room to grow within this ms.
            rand = int.from_bytes(os.urandom(10), "big") >> (80 - _RAND_BITS + 1)
        else:
            # Same millisecond (or the clock stepped back): keep the last time and count on,
            # with a random step so the next id stays hard to guess (RFC 9562, method 2).
            ms = _last_ms
            rand = _last_rand + 1 + (int.from_bytes(os.urandom(4), "big") >> 8)
            if rand >> _RAND_BITS:
                ms, rand = ms + 1, 0
        _last_ms, _last_rand = ms, rand
        return _build(ms, rand)


def id_at(unix_ms: int) -> str:
    """A UUIDv7 for a given moment (demo data made "in the past"); no ordering within a ms."""
    return _build(unix_ms, int.from_bytes(os.urandom(10), "big") >> (80 - _RAND_BITS))
