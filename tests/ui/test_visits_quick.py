"""The Visits list's quick periods and its one-click follow-up."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from test_visits_screen import record, shown_ids

from helpdesk.ui.visit_filters import LAST_MONTH, THIS_MONTH
from helpdesk.ui.visits_model import FOLLOW_UP
from helpdesk.ui.visits_screen import VisitsScreen


@pytest.fixture
def screen(ctx, tasks, qtbot):
    widget = VisitsScreen(ctx, tasks)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def desk_today() -> date:
    """Today in the desk's zone (Brussels), as the filter counts it."""
    return datetime.now(ZoneInfo("Europe/Brussels")).date()


def first_of_next_month(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


def test_last_week_is_monday_to_sunday_before_this_week(screen, qtbot):
    """One click on "Last week": Monday to Sunday, the week before this one."""
    qtbot.mouseClick(screen.filters.last_week_button, Qt.MouseButton.LeftButton)
    chosen = screen.filters.current_filter()
    assert chosen.date_from.weekday() == 0 and chosen.date_to - chosen.date_from == timedelta(6)
    this_monday = desk_today() - timedelta(days=desk_today().weekday())
    assert chosen.date_from == this_monday - timedelta(days=7)


@pytest.mark.parametrize("period", [THIS_MONTH, LAST_MONTH])
def test_months_run_from_the_first_to_the_last_day(screen, period):
    """This month and last month: whole calendar months."""
    screen.filters.choose_period(period)
    chosen = screen.filters.current_filter()
    assert chosen.date_from.day == 1
    assert first_of_next_month(chosen.date_from) - timedelta(days=1) == chosen.date_to
    this_first = desk_today().replace(day=1)
    expected = this_first if period == THIS_MONTH else (this_first - timedelta(1)).replace(day=1)
    assert chosen.date_from == expected


def test_ticking_a_follow_up_marks_it_done_in_one_click(ready_services, ctx, screen, qtbot):
    """The follow-up cell has a box: one click, the follow-up is done (and Undo reopens it)."""
    visit = record(ready_services, follow_up=True)
    ctx.visits_changed.emit()
    assert shown_ids(screen) == [visit.id]
    table = screen.table
    rect = table.visualRect(screen.model.index(0, FOLLOW_UP))
    box = QPoint(rect.left() + table.style().pixelMetric(
        table.style().PixelMetric.PM_IndicatorWidth) // 2 + 4, rect.center().y())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box)
    done = ready_services.intake.get_visit(visit.id)
    assert not done.follow_up and done.revision == visit.revision + 1
    assert screen.undo_button.isVisibleTo(screen)
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    assert ready_services.intake.get_visit(visit.id).follow_up


def test_an_edit_says_so_and_can_be_undone(ready_services, ctx, screen, qtbot):
    """Saving the editor confirms on the list, and Undo brings back the visit as it was."""
    visit = record(ready_services, outcome="partly")
    ctx.visits_changed.emit()
    screen.select_row(0)
    screen.open_selected()
    editor = screen.editor
    qtbot.waitUntil(lambda: editor.original is not None, timeout=5000)
    qtbot.mouseClick(editor.form.outcome.button("solved"), Qt.MouseButton.LeftButton)
    editor.save()
    assert ready_services.intake.get_visit(visit.id).outcome == "solved"
    assert "changed" in screen.status.text() and screen.undo_button.isVisibleTo(screen)
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    assert ready_services.intake.get_visit(visit.id).outcome == "partly"


def test_the_undo_offer_waits_while_another_tab_is_in_front(qtbot):
    """Hidden (another tab in front), the banner's time stands still; shown again, it runs."""
    from helpdesk.ui.undo_banner import UndoBanner

    banner = UndoBanner()
    qtbot.addWidget(banner)
    banner.show()
    banner.show_done("Visit saved", "visit-1")
    banner.hide()
    assert not banner._timer.isActive() and banner.can_undo
    banner.show()
    assert banner._timer.isActive() and banner.can_undo


def test_a_day_is_typed_the_belgian_way(screen, qtbot):
    """23/11/26 is 23 November 2026; 5-1 this year's 5 January; nothing typed is any day."""
    box = screen.filters.date_from.line
    box.setFocus()
    qtbot.keyClicks(box, "23/11/26")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert screen.filters.current_filter().date_from == date(2026, 11, 23)
    assert box.text() == "23/11/2026"
    box.clear()
    assert screen.filters.current_filter().date_from is None


def test_a_day_that_cannot_be_read_is_said_next_to_the_boxes(screen, qtbot):
    """"31/02/2026" gets one sentence; the list keeps its last good filter."""
    box = screen.filters.date_to.line
    box.setFocus()
    qtbot.keyClicks(box, "31/02/2026")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert screen.filters.date_error.isVisibleTo(screen)
    assert "31/02/2026" in screen.filters.date_error.text()
    assert screen.filters.current_filter().date_to is None


def test_a_first_day_after_the_last_is_said_not_swapped(screen, qtbot):
    """From 30/11 to 01/11: a sentence says so, instead of a silent swap."""
    for box, text in ((screen.filters.date_from.line, "30/11/2026"),
                      (screen.filters.date_to.line, "01/11/2026")):
        box.setFocus()
        qtbot.keyClicks(box, text)
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert "after the last" in screen.filters.date_error.text()


def test_read_day_takes_the_usual_ways_of_writing_a_day():
    """Day first, with / . - or a space; a two-digit year is this century's."""
    from helpdesk.ui.day_field import read_day

    today = date(2026, 12, 2)
    assert read_day("23/11/2026", today) == date(2026, 11, 23)
    assert read_day("23.11.26", today) == date(2026, 11, 23)
    assert read_day("5-1", today) == date(2026, 1, 5)
    assert read_day("  ", today) is None
    for wrong in ("any day31126", "2026-11-23", "31/02/2026", "23/13/2026"):
        with pytest.raises(ValueError):
            read_day(wrong, today)
