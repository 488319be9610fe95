"""A group session's details as text: the same in the store, in a JSON batch and a CSV cell.

Question types covered are codes separated by spaces (``email security``); the
participants' anonymous profile is counts such as ``age_bands:65_74=6 genders:f=7``, over the
visit's profile lists. A count of 0 is left out, and "unknown" is never written: it is what
a list's counts leave of the participants. Plain Python, shared by the desk, the wire checks
and the sheets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from helpdesk.core.records import GROUP_PROFILE_LISTS
from helpdesk.core.visit_fields import UNKNOWN

MAX_GROUP_QUESTIONS = 40  # question types one group session may cover
MAX_PROFILE_ITEMS = 60  # (list, code) counts one group session may carry
_CODE = re.compile(r"[A-Za-z0-9_\-]{1,64}\Z")
_PROFILE_ITEM = re.compile(
    rf"({'|'.join(GROUP_PROFILE_LISTS)}):([A-Za-z0-9_\-]{{1,64}})=([1-9][0-9]{{0,2}})\Z")

ProfileCounts = tuple[tuple[str, str, int], ...]


class DetailsError(ValueError):
    """A details text that does not follow its format (English, for the wire checks)."""


def questions_text(codes: Iterable[str]) -> str | None:
    """Question type codes as stored and sent; None for none."""
    return " ".join(codes) or None


def read_questions(value: str | None) -> tuple[str, ...]:
    """The codes of a ``questions_covered`` text; DetailsError if it is not one."""
    if not value:
        return ()
    codes = value.split(" ")
    if len(codes) > MAX_GROUP_QUESTIONS or not all(_CODE.match(c) for c in codes):
        raise DetailsError(f"questions_covered must be up to {MAX_GROUP_QUESTIONS} codes "
                           "separated by spaces")
    if len(set(codes)) != len(codes):
        raise DetailsError("questions_covered repeats a code")
    return tuple(codes)


def profile_text(counts: Iterable[tuple[str, str, int]]) -> str | None:
    """(list, code, count) triples as stored and sent (zeros left out); None for none."""
    return " ".join(f"{name}:{code}={count}" for name, code, count in counts if count) or None


def read_profile(value: str | None, participants: int) -> ProfileCounts:
    """The (list, code, count) triples of a ``profile`` text; DetailsError if it is not one
    or if a list's counts add up to more than ``participants``."""
    if not value:
        return ()
    items = value.split(" ")
    if len(items) > MAX_PROFILE_ITEMS:
        raise DetailsError(f"profile holds at most {MAX_PROFILE_ITEMS} counts")
    triples = []
    for item in items:
        match = _PROFILE_ITEM.match(item)
        if match is None or match.group(2) == UNKNOWN:
            raise DetailsError("profile must be counts such as genders:f=7 separated by spaces")
        triples.append((match.group(1), match.group(2), int(match.group(3))))
    if len({(n, c) for n, c, _ in triples}) != len(triples):
        raise DetailsError("profile repeats a code")
    for name in GROUP_PROFILE_LISTS:
        if sum(count for n, _, count in triples if n == name) > participants:
            raise DetailsError(f"the {name} counts add up to more than the participants")
    return tuple(triples)


def stored_questions(value: str | None) -> tuple[str, ...]:
    """The codes of a stored text; one that does not parse (edited by hand) reads as none."""
    try:
        return read_questions(value)
    except DetailsError:
        return ()


def stored_profile(value: str | None, participants: int) -> ProfileCounts:
    """The counts of a stored text; one that does not parse (edited by hand) reads as none."""
    try:
        return read_profile(value, participants)
    except DetailsError:
        return ()
