"""A group session's details: question types covered, facilitators (kept on the desk, sent
as a number) and the participants' anonymous profile as counts; checked, stored, counted."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from helpdesk.core.errors import InputError
from helpdesk.core.records import GroupDraft
from helpdesk.core.report_records import ReportRequest
from helpdesk.sync.outbox import read_wire_records

PROFILE = (("age_bands", "65_74", 6), ("age_bands", "75_plus", 4), ("genders", "f", 7),
           ("statuses", "retired", 9))


def _draft(spot_id, **fields) -> GroupDraft:
    values = dict(spot_id=spot_id, title="Burger Café", participants=12, level="beginner",
                  question_types=("security", "banking"), profile=PROFILE)
    values.update(fields)
    return GroupDraft(**values)


def test_the_details_are_kept_and_read_back(ready_services, spot_id):
    """Question types in their order, helpers by id, the profile without its zeros."""
    helpers = [s.id for s in ready_services.desk.staff()]
    saved = ready_services.groups.record_group(_draft(
        spot_id, facilitator_ids=tuple(helpers),
        profile=PROFILE + (("genders", "m", 0),)))
    assert saved.question_types == ("security", "banking")
    assert sorted(saved.facilitator_ids) == sorted(helpers) and saved.facilitators == 2
    assert saved.profile == PROFILE


def test_facilitators_leave_the_desk_only_as_a_number(ready_services, spot_id):
    """The wire record carries how many helpers ran it, never who."""
    helpers = [s for s in ready_services.desk.staff()]
    saved = ready_services.groups.record_group(_draft(
        spot_id, facilitator_ids=tuple(h.id for h in helpers)))
    from helpdesk.store.engine import reading
    with reading(ready_services.engine) as db:
        [record] = read_wire_records(db, "group_session", [saved.id], include_notes=True)
    assert record["facilitators"] == 2
    assert record["questions_covered"] == "security banking"
    assert record["profile"] == ("age_bands:65_74=6 age_bands:75_plus=4 genders:f=7 "
                                 "statuses:retired=9")
    text = repr(record)
    assert not any(h.id in text or h.name in text for h in helpers)


@pytest.mark.parametrize("fields, field", [
    ({"question_types": ("no_such_type",)}, "question_types"),
    ({"facilitator_ids": ("no-such-helper",)}, "facilitator_ids"),
    ({"profile": (("genders", "f", 8), ("genders", "m", 5))}, "profile"),  # 13 > 12
    ({"profile": (("genders", "f", -1),)}, "profile"),
    ({"profile": (("genders", "f", "3"),)}, "profile"),
    ({"profile": (("genders", "nobody", 3),)}, "profile"),
    ({"profile": (("devices", "own_phone", 3),)}, "profile"),
])
def test_a_wrong_detail_is_refused_on_its_field(ready_services, spot_id, fields, field):
    """One sentence on the field; nothing saved."""
    with pytest.raises(InputError) as caught:
        ready_services.groups.record_group(_draft(spot_id, **fields))
    assert caught.value.field == field
    assert ready_services.groups.recent_groups() == []


def test_a_retired_question_type_stays_on_an_old_session(ready_services, spot_id):
    """Not offered for a new session, kept when an old one is corrected."""
    saved = ready_services.groups.record_group(_draft(spot_id))
    ready_services.taxonomy.set_active("question_types", "banking", False)
    with pytest.raises(InputError):
        ready_services.groups.record_group(_draft(spot_id))
    corrected = ready_services.groups.update_group(saved.id, _draft(spot_id, participants=14))
    assert corrected.question_types == ("security", "banking") and corrected.revision == 2


def test_the_sheet_counts_participants_per_type_level_and_profile(ready_services, spot_id):
    """12 (beginner, security + banking, profile) and 5 (no level, no details): each table
    adds up to the participants with "unknown" for the rest."""
    services = ready_services
    when = datetime.now(timezone.utc) - timedelta(hours=1)
    services.groups.record_group(_draft(spot_id, started_at=when))
    services.groups.record_group(GroupDraft(spot_id, "Info session", 5, started_at=when))
    today = datetime.now().date()
    request = ReportRequest(first_day=today - timedelta(days=1), last_day=today, by_week=False)
    page = services.reports.preview(request, "en").pages[0]
    tables = {t.key: {r.code: r.count for r in t.rows} for t in page.tables}
    assert tables["group_questions"] == {"security": 12, "banking": 12, "unknown": 5}
    assert tables["group_levels"] == {"beginner": 12, "unknown": 5}
    assert tables["group_age_bands"] == {"65_74": 6, "75_plus": 4, "unknown": 7}
    assert tables["group_genders"] == {"f": 7, "unknown": 10}
    assert tables["group_statuses"] == {"retired": 9, "unknown": 8}


def test_several_group_sessions_are_saved_all_or_none(ready_services, spot_id):
    """One wrong draft among several: none is saved; all right: all are, in one go."""
    good = _draft(spot_id)
    with pytest.raises(InputError):
        ready_services.groups.record_groups([good, _draft(spot_id, question_types=("nope",))])
    assert ready_services.groups.recent_groups() == []
    ids = ready_services.groups.record_groups([good, _draft(spot_id, title="Second")])
    assert sorted(g.id for g in ready_services.groups.recent_groups()) == sorted(ids)


def test_the_groups_csv_adds_up_to_the_sheet(ready_services, spot_id, tmp_path):
    """One line per live group session; its columns, summed, give the sheet's tables; the
    visits CSV of the same period keeps visits only."""
    import csv

    from helpdesk.core.records import VisitDraft

    services = ready_services
    when = datetime.now(timezone.utc) - timedelta(hours=1)
    services.intake.record_visit(VisitDraft(session_id=None, spot_id=spot_id, staff_id=None,
                                            question_types=("email",), outcome="solved",
                                            started_at=when))
    services.groups.record_group(_draft(spot_id, started_at=when))
    services.groups.record_group(GroupDraft(spot_id, "Info session", 5, started_at=when))
    services.groups.delete_group(services.groups.record_group(
        GroupDraft(spot_id, "Oops", 3, started_at=when)).id)
    today = datetime.now().date()
    request = ReportRequest(first_day=today - timedelta(days=1), last_day=today, by_week=False)
    out = tmp_path / "groups.csv"
    result = services.reports.export(request, "csv-groups", "fr", str(out))
    assert result.groups == 2
    with open(out, newline="", encoding="utf-8") as handle:
        lines = list(csv.DictReader(handle))
    assert sorted(int(line["participants"]) for line in lines) == [5, 12]
    cafe = next(line for line in lines if line["title"] == "Burger Café")
    assert (cafe["level_label"], cafe["question_types"], cafe["genders.f"],
            cafe["genders.unknown"], cafe["age_bands.unknown"]) == (
        "Débutant", "security banking", "7", "5", "2")
    assert sum(int(line["statuses.retired"]) + int(line["statuses.unknown"])
               for line in lines) == 17


def test_correcting_a_session_received_from_another_desk_keeps_its_facilitator_count(
        ready_services, spot_id):
    """A session read from another desk's stick has a count of facilitators and no names on
    this desk: correcting its title keeps the count; naming helpers replaces it."""
    from sqlalchemy import delete, update

    from helpdesk.store.engine import writing
    from helpdesk.store.models import group_session_table, group_staff_table
    saved = ready_services.groups.record_group(_draft(spot_id))
    with writing(ready_services.engine) as db:  # as desk_import leaves it: no names here
        db.execute(update(group_session_table).where(group_session_table.c.id == saved.id)
                   .values(facilitators=3, desk_id="another-desk"))
        db.execute(delete(group_staff_table).where(group_staff_table.c.group_id == saved.id))
    corrected = ready_services.groups.update_group(saved.id, _draft(spot_id, title="Itsme"))
    assert corrected.title == "Itsme" and corrected.facilitators == 3

    helper = ready_services.desk.staff()[0].id
    named = ready_services.groups.update_group(saved.id, _draft(
        spot_id, facilitator_ids=(helper,)))
    assert named.facilitators == 1 and named.facilitator_ids == (helper,)
