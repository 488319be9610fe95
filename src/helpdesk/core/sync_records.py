"""Plain records of sync: targets, their status, what a run or an import did.

Apart from ``helpdesk.core.records`` because the GUI's first window needs none of them: every
dataclass made at import costs start-up time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

TARGET_KINDS = ("http", "folder")
DEFAULT_BATCH_SIZE = 500


@dataclass(frozen=True)
class SyncTarget:
    """Where this desk sends its records. The token itself is never handed out."""

    id: str
    name: str
    kind: str  # "http" (a hub or another receiver) | "folder" (CSV files)
    url: str = ""
    folder: str = ""
    has_token: bool = False
    include_notes: bool = False
    send_csv: bool = False
    batch_size: int = DEFAULT_BATCH_SIZE
    last_success_at: datetime | None = None
    last_problem: str = ""  # English source sentence; translate, then fill in the args
    last_problem_args: dict = field(default_factory=dict)
    last_problem_at: datetime | None = None
    waiting: int = 0


@dataclass(frozen=True)
class TargetDraft:
    """A target as typed in Settings or on the command line; token None keeps the old one."""

    name: str
    kind: str
    url: str = ""
    token: str | None = None
    folder: str = ""
    include_notes: bool = False
    send_csv: bool = False
    batch_size: int = DEFAULT_BATCH_SIZE


@dataclass(frozen=True)
class SyncProblemInfo:
    """The last problem of a target, as a sentence still to be translated."""

    target: str
    message: str
    args: dict = field(default_factory=dict)
    at: datetime | None = None


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows: records waiting, the last success, the last problem."""

    targets: int
    waiting: int
    last_success_at: datetime | None = None
    last_success_target: str = ""
    problem: SyncProblemInfo | None = None


@dataclass(frozen=True)
class SyncReport:
    """What one sync run did, over all the targets it ran for."""

    sent: int = 0
    already_had: int = 0
    waiting: int = 0
    targets: tuple[str, ...] = ()
    problems: tuple[SyncProblemInfo, ...] = ()
    skipped: bool = False  # another sync was running: this request did nothing


@dataclass(frozen=True)
class ImportReport:
    """What an import of CSV batches did."""

    batches: int = 0
    stored: int = 0
    already_had: int = 0
    unreadable: tuple[tuple[str, str], ...] = ()  # (file name, reason in English)
    unproven: int = 0  # hub only: batches of desks it holds no key for, taken unsigned
