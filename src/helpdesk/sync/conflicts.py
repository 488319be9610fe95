"""The same record id and revision with other content: a conflict, said out loud.

A desk never sends two different contents under one (id, revision): when it happens, two
desks made the same id, a file was edited by hand, or something is broken. Keeping either
copy silently would hide it, so a receiver refuses the whole batch (HTTP 409, or the
importer lists it) and names the record ids — never their values.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table

from helpdesk.sync.protocol import BOOLS, DATES, FIELDS, LISTS, NOTE_FIELD, Batch

MAX_NAMED = 5  # ids named in a sentence; the rest are counted


class RecordConflict(Exception):
    """Records of a batch are held at the same revision with other content."""

    def __init__(self, ids: list[str]) -> None:
        self.ids = ids
        named = ", ".join(ids[:MAX_NAMED])
        more = f" and {len(ids) - MAX_NAMED} more" if len(ids) > MAX_NAMED else ""
        super().__init__(f"record {named}{more} is already held at the same revision with "
                         "other content; the batch was set aside")


def _same(name: str, held, sent) -> bool:
    if held is None or sent is None:
        return held is None and sent is None
    if name in BOOLS:
        return bool(held) == bool(sent)
    if name in DATES:
        return str(held)[:10] == str(sent)[:10]
    return held == sent


def find_conflicts(conn: Connection, table: Table, question_table: Table, batch: Batch,
                   held: dict[str, int]) -> list[str]:
    """Ids in ``batch`` held at the revision it carries but with other content."""
    equal = [r for r in batch.records if held.get(r["id"]) == r["revision"]]
    if not equal:
        return []
    quote = conn.dialect.identifier_preparer.quote
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    fields = [f for f in FIELDS[batch.record_type] if f not in LISTS]
    ids = [r["id"] for r in equal]
    rows = conn.exec_driver_sql(
        f"SELECT {', '.join(map(quote, fields))} FROM {quote(table.name)} "
        f"WHERE id IN ({', '.join([mark] * len(ids))})", tuple(ids)).all()
    stored = {row[0]: dict(zip(fields, row)) for row in rows}
    questions: dict[str, list[str]] = {}
    if batch.record_type == "visit":
        for visit_id, code in conn.exec_driver_sql(
                f"SELECT visit_id, question_type FROM {quote(question_table.name)} "
                f"WHERE visit_id IN ({', '.join([mark] * len(ids))}) "
                f"ORDER BY visit_id, {quote('position')}", tuple(ids)):
            questions.setdefault(visit_id, []).append(code)
    conflicts = []
    for record in equal:
        mine = stored.get(record["id"])
        if mine is None:
            continue
        for name in fields:
            if name == NOTE_FIELD and not (mine.get(name) and record.get(name)):
                continue  # a note not sent (or not kept) is no difference
            if not _same(name, mine.get(name), record.get(name)):
                conflicts.append(record["id"])
                break
        else:
            if batch.record_type == "visit" and \
                    questions.get(record["id"], []) != list(record["question_types"]):
                conflicts.append(record["id"])
    return conflicts
