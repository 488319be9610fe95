"""The one declaration of a visit's fields agrees with everything that holds a visit: the
records, the migrated desk and hub tables, the taxonomy lists and what leaves the desk."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import get_type_hints

from sqlalchemy import Boolean, Date, Integer, String, inspect

from helpdesk.core.records import Visit, VisitDraft
from helpdesk.core.taxonomy_file import LISTS
from helpdesk.core.visit_fields import (
    COLUMN_FIELDS,
    DRAFT_FIELDS,
    NOTE,
    SYNCED_FIELDS,
    VISIT_FIELDS,
    VisitField,
)
from helpdesk.hub.export import COLUMNS as HUB_EXPORT_COLUMNS
from helpdesk.store.engine import open_engine, reading
from helpdesk.store.migrate import upgrade_store
from helpdesk.sync.csv_format import columns
from helpdesk.sync.outbox import read_wire_records
from helpdesk.sync.protocol import check_record

PYTHON_TYPES = {"text": str, "int": int, "bool": bool, "date": date, "datetime": datetime,
                "codes": tuple[str, ...]}
SQL_TYPES = {"text": String, "int": Integer, "bool": Boolean, "date": Date, "datetime": String}


def python_type(field: VisitField, *, optional: bool = False) -> object:
    """The annotation a record gives the field."""
    kind = PYTHON_TYPES[field.kind]
    return kind | None if field.optional or optional else kind


def column_problems(found: list[dict], fields: tuple[VisitField, ...]) -> list[str]:
    """How reflected columns differ from the declared fields: name, type, emptiness."""
    problems = []
    by_name = {c["name"]: c for c in found}
    for field in fields:
        column = by_name.pop(field.name, None)
        if column is None:
            problems.append(f"{field.name}: no column")
            continue
        if not isinstance(column["type"], SQL_TYPES[field.kind]) or (
                field.kind == "datetime" and column["type"].length != 27):
            problems.append(f"{field.name}: {column['type']!r} for {field.kind}")
        if column["nullable"] != field.optional:
            problems.append(f"{field.name}: nullable is {column['nullable']}")
    problems += [f"{name}: not declared" for name in by_name]
    return problems


def test_the_records_hold_the_declared_fields_with_their_types_and_defaults():
    """Visit has every field, VisitDraft the entered ones, typed and defaulted as declared."""
    visit_fields, draft_fields = dataclasses.fields(Visit), dataclasses.fields(VisitDraft)
    assert {f.name for f in visit_fields} == {f.name for f in VISIT_FIELDS}
    assert {f.name for f in draft_fields} == set(DRAFT_FIELDS)
    visit_types, draft_types = get_type_hints(Visit), get_type_hints(VisitDraft)
    for field in VISIT_FIELDS:
        # A draft may leave the start empty (the visit then starts when it is saved), and a
        # stored visit reads None for a start time that does not exist (a record stored
        # badly before the door checks); the column itself stays NOT NULL.
        expected = python_type(field, optional=field.name == "started_at")
        assert visit_types[field.name] == expected, field.name
        if field.entered:
            assert draft_types[field.name] == expected, field.name
    declared = {f.name: f.default for f in VISIT_FIELDS}
    for record_field in (*visit_fields, *draft_fields):
        if record_field.default is not dataclasses.MISSING:
            assert record_field.default == declared[record_field.name], record_field.name


def test_every_taxonomy_list_named_is_one_the_taxonomy_file_has():
    """A field's codes are checked against a list that exists."""
    named = {f.taxonomy_list for f in VISIT_FIELDS if f.taxonomy_list is not None}
    assert named and named <= set(LISTS)


def test_the_migrated_desk_table_has_the_declared_columns(data_dir):
    """The migrations (frozen) made exactly the declared columns, types and emptiness."""
    db_path = data_dir / "helpdesk.db"
    upgrade_store(db_path)
    engine = open_engine(db_path)
    try:
        found = inspect(engine).get_columns("visit")
    finally:
        engine.dispose()
    assert column_problems(found, COLUMN_FIELDS) == []


def test_the_migrated_hub_table_has_the_synced_columns(hub_db):
    """The hub keeps what leaves the desk (no helper), plus when it received it."""
    found = inspect(hub_db.engine).get_columns("visit")
    received = [c for c in found if c["name"] == "received_at"]
    assert len(received) == 1 and not received[0]["nullable"]
    synced_columns = tuple(f for f in SYNCED_FIELDS if f.kind != "codes")
    assert column_problems([c for c in found if c["name"] != "received_at"],
                           synced_columns) == []
    assert "staff_id" not in {c["name"] for c in found}


def test_a_visit_leaves_the_desk_with_the_declared_fields_only(ready_services):
    """The outbox sends the synced fields (the note only when asked); the receiver's check
    takes them as they are; the CSV header is the declaration's order."""
    spot, staff = ready_services.desk.spots()[0], ready_services.desk.staff()[0]
    visit = ready_services.intake.record_visit(VisitDraft(
        session_id=None, spot_id=spot.id, staff_id=staff.id, question_types=("email",),
        outcome="solved", follow_up=True, first_visit=False, note="private"))
    with reading(ready_services.engine) as db:
        without_note, = read_wire_records(db, "visit", [visit.id], include_notes=False)
        with_note, = read_wire_records(db, "visit", [visit.id], include_notes=True)
    synced = tuple(f.name for f in SYNCED_FIELDS)
    assert set(with_note) == set(synced)
    assert set(without_note) == set(synced) - {NOTE}
    assert check_record("visit", with_note) == with_note
    assert columns("visit") == synced
    assert set(HUB_EXPORT_COLUMNS) - {"spot_name", "spot_kind"} <= set(synced)
