"""``helpdesk-hub import FOLDER``: CSV batches brought on a USB stick, stored like HTTP ones."""

from __future__ import annotations

from pathlib import Path

from helpdesk.core.sync_records import ImportReport
from helpdesk.hub.db import HubDb
from helpdesk.hub.ownership import NotThisDesk
from helpdesk.hub.store import BatchConflict, receive_batch
from helpdesk.sync.conflicts import RecordConflict
from helpdesk.sync.csv_format import find_batches

SOURCE = "import"


def import_folder(db: HubDb, path: Path) -> ImportReport:
    """Store every readable batch at ``path``; unreadable files are listed, not guessed at."""
    stored = already = batches = 0
    unreadable = []
    for item in find_batches(Path(path)):
        if item.batch is None:
            unreadable.append((item.path.name, item.problem))
            continue
        try:
            ack, _duplicate = receive_batch(db, item.batch, SOURCE)
        except BatchConflict:
            unreadable.append((item.path.name, "its batch id was already used for other records"))
            continue
        except (NotThisDesk, RecordConflict) as exc:
            unreadable.append((item.path.name, str(exc)))
            continue
        batches += 1
        stored += len(ack.stored)
        already += len(ack.already_had)
    return ImportReport(batches=batches, stored=stored, already_had=already,
                        unreadable=tuple(unreadable))
