"""``helpdesk-hub import FOLDER``: CSV batches brought on a USB stick, stored like HTTP ones.

A batch of a desk the hub holds a key for is stored only when its signature fits that key.
"""

from __future__ import annotations

from pathlib import Path

from helpdesk.core.sync_records import ImportReport
from helpdesk.hub.db import HubDb
from helpdesk.hub.desk_keys import BatchNotProven, check_proof
from helpdesk.hub.ownership import NotThisDesk
from helpdesk.hub.store import BatchConflict, receive_batch
from helpdesk.sync.conflicts import RecordConflict
from helpdesk.sync.csv_format import find_batches

SOURCE = "import"


def import_folder(db: HubDb, path: Path) -> ImportReport:
    """Store every readable batch at ``path``; unreadable files are listed, not guessed at."""
    stored = already = batches = unproven = 0
    unreadable = []
    for item in find_batches(Path(path)):
        if item.batch is None:
            unreadable.append((item.path.name, item.problem))
            continue
        try:
            proven = check_proof(db, item)
        except BatchNotProven as exc:
            unreadable.append((item.path.name, str(exc)))
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
        unproven += not proven
        stored += len(ack.stored)
        already += len(ack.already_had)
    return ImportReport(batches=batches, stored=stored, already_had=already,
                        unreadable=tuple(unreadable), unproven=unproven)
