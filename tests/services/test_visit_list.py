"""The Visits list: keyset paging, filters, local dates around DST, follow-ups."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from helpdesk.core.records import PageCursor, VisitFilter


def _all_pages(services, visit_filter, limit):
    rows, cursor = [], None
    while True:
        page = services.visits.page(visit_filter, after=cursor, limit=limit)
        if not page:
            return rows
        rows += page
        cursor = PageCursor(page[-1].started_at, page[-1].id)


def test_keyset_paging_returns_every_visit_exactly_once_newest_first(ready_services,
                                                                      make_draft):
    """Pages of 7 over 50 visits (some sharing a start time) give each visit once, in order."""
    base = datetime.now(timezone.utc) - timedelta(days=1)
    saved = [ready_services.intake.record_visit(make_draft(started_at=base + timedelta(
        minutes=n // 3))) for n in range(50)]  # three visits per minute: ties on started_at
    rows = _all_pages(ready_services, VisitFilter(), limit=7)
    assert sorted(r.id for r in rows) == sorted(v.id for v in saved)
    assert len(rows) == len({r.id for r in rows}) == 50
    keys = [(r.started_at, r.id) for r in rows]
    assert keys == sorted(keys, reverse=True)


def test_rows_carry_names_and_question_types(ready_services, make_draft):
    """A row shows the spot and helper names and the question types in the picked order."""
    helper = ready_services.desk.staff()[0]
    ready_services.intake.record_visit(make_draft(staff_id=helper.id,
                                                  question_types=("taxes", "email")))
    (row,) = ready_services.visits.page(VisitFilter())
    assert (row.spot_name, row.staff_name) == ("Buurtbar Kuregem", helper.name)
    assert row.question_types == ("taxes", "email") and row.revision == 1


def test_local_dates_follow_brussels_time_across_dst(ready_services, make_draft):
    """On the spring-forward and fall-back days, a local date covers 23 and 25 UTC hours."""
    def at(*utc):
        return ready_services.intake.record_visit(
            make_draft(started_at=datetime(*utc, tzinfo=timezone.utc))).id

    # 30 March 2025 (23 h): local midnight is 23:00 UTC the day before, ends 22:00 UTC.
    spring_first, spring_last = at(2025, 3, 29, 23, 0), at(2025, 3, 30, 21, 59)
    spring_before, spring_after = at(2025, 3, 29, 22, 59), at(2025, 3, 30, 22, 0)
    # 26 October 2025 (25 h): from 22:00 UTC on the 25th to 23:00 UTC on the 26th.
    autumn_first, autumn_last = at(2025, 10, 25, 22, 0), at(2025, 10, 26, 22, 59)
    autumn_after = at(2025, 10, 26, 23, 0)

    def day(d):
        return {r.id for r in ready_services.visits.page(VisitFilter(date_from=d, date_to=d))}

    assert day(date(2025, 3, 30)) == {spring_first, spring_last}
    assert spring_before in day(date(2025, 3, 29)) and spring_after in day(date(2025, 3, 31))
    assert day(date(2025, 10, 26)) == {autumn_first, autumn_last}
    assert autumn_after in day(date(2025, 10, 27))
    both = ready_services.visits.page(VisitFilter(date_from=date(2025, 3, 30),
                                                  date_to=date(2025, 10, 26)))
    assert {r.id for r in both} == {spring_first, spring_last, spring_after, autumn_first,
                                    autumn_last}


def test_filters_narrow_by_spot_question_type_outcome_and_follow_up(ready_services,
                                                                     make_draft):
    """Each filter keeps only the matching visits, and they combine."""
    other = ready_services.desk.add_spot("EPN Anderlecht", "computer_room").id
    a = ready_services.intake.record_visit(make_draft(question_types=("email", "taxes"))).id
    b = ready_services.intake.record_visit(make_draft(spot_id=other, outcome="referred")).id
    c = ready_services.intake.record_visit(make_draft(spot_id=other, follow_up=True,
                                                      question_types=("taxes",))).id

    def ids(**fields):
        return {r.id for r in ready_services.visits.page(VisitFilter(**fields))}

    assert ids(spot_id=other) == {b, c}
    assert ids(question_type="taxes") == {a, c}
    assert ids(outcome="referred") == {b}
    assert ids(follow_up_only=True) == {c}
    assert ids(spot_id=other, question_type="taxes") == {c}
    assert ids(question_type="housing") == set()


def test_follow_ups_list_the_open_to_dos_soonest_first(ready_services, make_draft):
    """Dated follow-ups come first by date, then undated ones; deleted visits are left out."""
    late = ready_services.intake.record_visit(make_draft(follow_up=True,
                                                         follow_up_date=date(2031, 5, 1)))
    soon = ready_services.intake.record_visit(make_draft(follow_up=True,
                                                         follow_up_date=date(2031, 1, 1)))
    undated = ready_services.intake.record_visit(make_draft(follow_up=True))
    gone = ready_services.intake.record_visit(make_draft(follow_up=True))
    ready_services.intake.record_visit(make_draft())
    ready_services.intake.delete_visit(gone.id)
    assert [r.id for r in ready_services.visits.follow_ups()] == [soon.id, late.id, undated.id]
