"""The Visits table model: lazy pages, one request at a time, labels in the desk's language."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from helpdesk.core.records import VisitDraft, VisitFilter
from helpdesk.ui.visits_model import (
    DURATION,
    OUTCOME,
    PAGE_SIZE,
    QUESTIONS,
    VISIT_ID_ROLE,
    WHEN,
    VisitsTableModel,
)


def record(services, *, minutes_ago: float = 0, at: datetime | None = None, **fields):
    """Save one visit through the services, ``minutes_ago`` before now (or ``at``)."""
    state = services.desk.startup_state()
    draft = VisitDraft(
        session_id=None,
        spot_id=fields.pop("spot_id", state.spots[0].id),
        staff_id=fields.pop("staff_id", state.staff[0].id),
        question_types=fields.pop("question_types", ("smartphone",)),
        outcome=fields.pop("outcome", "solved"),
        started_at=at or datetime.now(timezone.utc) - timedelta(minutes=minutes_ago),
        **fields,
    )
    return services.intake.record_visit(draft)


class HeldTasks:
    """Collects read jobs instead of running them, so a test decides when pages arrive."""

    def __init__(self, services) -> None:
        self.services = services
        self.pending: list = []

    def read(self, fn, on_done=None, on_error=None):
        self.pending.append((fn, on_done))

    def answer_next(self) -> None:
        fn, on_done = self.pending.pop(0)
        on_done(fn(self.services))


def cell(model, row: int, column: int) -> str:
    """What the table shows in one cell."""
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


@pytest.fixture
def many_visits(ready_services):
    """450 visits, one every ten minutes going back from now."""
    return [record(ready_services, minutes_ago=10 * n).id for n in range(450)]


def test_pages_load_lazily_each_visit_once(ctx, tasks, many_visits):
    """The first page holds 200 visits; fetchMore brings the rest, each exactly once."""
    model = VisitsTableModel(ctx, tasks)
    model.set_filter(VisitFilter())
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore()
    assert model.rowCount() == 450
    assert not model.canFetchMore()
    shown = [model.data(model.index(n, WHEN), VISIT_ID_ROLE) for n in range(450)]
    assert shown == many_visits  # newest first, no gaps, no repeats


def test_only_one_page_request_in_flight(ctx, ready_services, many_visits):
    """While a page is on its way, asking for more sends nothing new."""
    held = HeldTasks(ready_services)
    model = VisitsTableModel(ctx, held)
    model.set_filter(VisitFilter())
    assert len(held.pending) == 1 and not model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert len(held.pending) == 1
    held.answer_next()
    assert model.rowCount() == PAGE_SIZE
    model.fetchMore()
    model.fetchMore()
    assert len(held.pending) == 1


def test_a_page_for_an_old_filter_is_dropped(ctx, ready_services, many_visits):
    """A page that arrives after the filter changed does not mix into the new list."""
    held = HeldTasks(ready_services)
    model = VisitsTableModel(ctx, held)
    model.set_filter(VisitFilter())
    model.set_filter(VisitFilter(outcome="referred"))
    held.answer_next()  # the page of the first filter: ignored
    assert model.rowCount() == 0
    held.answer_next()
    assert model.rowCount() == 0  # no visit is "referred"
    assert not model.canFetchMore()


def test_codes_and_headers_relabel_on_language_switch(ctx, tasks, ready_services, qtbot):
    """Switching language relabels codes at once and headers through the translator."""
    record(ready_services, question_types=("itsme_eid", "email"), outcome="referred",
           duration_minutes=15)
    model = VisitsTableModel(ctx, tasks)
    model.set_filter(VisitFilter())
    assert cell(model, 0, OUTCOME) == "Referred"
    assert cell(model, 0, QUESTIONS) == "itsme, eID and card reader · E-mail"

    class Pretend(QTranslator):
        """Stands in for the French .qm: marks every text of the model."""

        def translate(self, context, source, disambiguation=None, n=-1):
            return f"«{source}»" if context == "VisitsTableModel" else ""

    translator = Pretend()
    with qtbot.waitSignal(model.dataChanged):
        ctx.set_language("fr")
    QCoreApplication.installTranslator(translator)
    try:
        assert cell(model, 0, OUTCOME) == "Orienté"
        assert cell(model, 0, QUESTIONS) == "itsme, eID et lecteur de carte · E-mail"
        assert model.headerData(OUTCOME, Qt.Orientation.Horizontal) == "«Outcome»"
        assert cell(model, 0, DURATION) == "«15 min»"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_times_are_shown_in_brussels_time(ctx, tasks, ready_services):
    """A visit at 23:30 UTC on 12 March shows as 00:30 on 13 March in Brussels."""
    record(ready_services, at=datetime(2024, 3, 12, 23, 30, tzinfo=timezone.utc))
    model = VisitsTableModel(ctx, tasks)
    model.set_filter(VisitFilter())
    shown = cell(model, 0, WHEN)
    assert "13/03" in shown and "00:30" in shown


def test_reload_keeps_the_loaded_rows(ctx, tasks, ready_services, many_visits):
    """After an edit the list is read again without falling back to the first page."""
    model = VisitsTableModel(ctx, tasks)
    model.set_filter(VisitFilter())
    model.fetchMore()
    assert model.rowCount() == 400
    record(ready_services)  # a new visit on top
    model.reload()
    assert model.rowCount() == 400
    assert model.canFetchMore()
