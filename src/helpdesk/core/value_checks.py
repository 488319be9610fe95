"""The checks every door shares: times that exist, text without control characters.

One set of rules for the HTTP hub, a stick import and the desk's own services, so a value
one of them refuses can never come in through another. A time written in the store's
fixed-width UTC text can have the right shape and still not exist (``2026-11-31T25:61:61``):
such a value sorts like a real time but breaks every reader that turns it into a date.
"""

from __future__ import annotations

import re
from datetime import datetime

UTC_SHAPE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z\Z")
# C0 controls but tab, new line and carriage return (notes may hold lines), DEL and the C1
# controls. NUL above all: PostgreSQL cannot store it in text, and nothing typed needs one.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Lone surrogates cannot be written as UTF-8: the file or the database would refuse them.
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def parse_utc_text(text: object) -> datetime | None:
    """The moment a stored UTC text names, or None when it has another shape or does not exist."""
    if type(text) is not str or not UTC_SHAPE.match(text):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def is_real_utc_text(text: object) -> bool:
    """True when ``text`` is fixed-width UTC text of a moment that exists."""
    return parse_utc_text(text) is not None


def has_forbidden_characters(text: str) -> bool:
    """True when ``text`` holds a control character (NUL included) or a lone surrogate."""
    return bool(_CONTROL.search(text) or _SURROGATE.search(text))


def ends_before_start(opened: str | None, closed: str | None) -> bool:
    """True when both are real UTC texts and ``closed`` is earlier than ``opened``.

    Fixed-width UTC text sorts as time does, so the texts are compared as they are.
    """
    return bool(opened and closed and is_real_utc_text(opened) and is_real_utc_text(closed)
                and closed < opened)
