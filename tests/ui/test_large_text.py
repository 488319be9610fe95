"""At 150 % text (large fonts in the system settings) nothing is cut: long question types,
spot names and the unfolded details are read whole, on a 1366×768 screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from ui_support import click, shown_intake

LONG_SPOT = "Permanence Banque alimentaire Schaerbeek"
LONG_TYPES = ("gov_online", "security", "communication", "office")


@pytest.fixture
def large_text(qapp):
    """The application's text at 150 %, as the screenshots' --large-font; put back after."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * 1.5)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


def reads_whole(view, rect: QRect, text: str, margin: int = 6) -> bool:
    """``text`` fits ``rect`` of ``view`` once wrapped at word boundaries (nothing elided)."""
    metrics = view.fontMetrics()
    needed = metrics.boundingRect(QRect(0, 0, rect.width() - margin, 10_000),
                                  int(Qt.TextFlag.TextWordWrap), text)
    return needed.height() <= rect.height() and rect.right() <= view.viewport().width()


def test_unfolded_details_scroll_into_view(large_text, ctx, tasks, qtbot):
    """Unfolding "More details" below two dozen question types brings them into sight."""
    screen = shown_intake(ctx, tasks, qtbot)
    screen.resize(1366, 640)  # the intake tab of a 1366×768 window, tabs and status bar off
    click(qtbot, screen.form.details_button)
    details = screen.form.details
    viewport = screen.scroll_area.viewport()

    qtbot.wait(100)  # the new rows laid out, and the scroll that follows them
    top = details.mapTo(viewport, details.rect().topLeft()).y()
    assert details.isVisible() and 0 <= top < viewport.height() - 40


def test_the_visits_list_wraps_long_question_types(large_text, ready_services, ctx, tasks,
                                                   qtbot):
    """A visit with four long question types shows all of them in its row."""
    from test_visits_screen import record

    from helpdesk.ui.visits_model import QUESTIONS
    from helpdesk.ui.visits_screen import VisitsScreen

    record(ready_services, question_types=LONG_TYPES)
    screen = VisitsScreen(ctx, tasks)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=3000)
    index = screen.model.index(0, QUESTIONS)
    text = screen.model.data(index)
    assert text.count("·") == 3
    qtbot.waitUntil(lambda: reads_whole(screen.table, screen.table.visualRect(index), text),
                    timeout=2000)


def test_the_settings_spot_list_shows_long_names_whole(large_text, ready_services, ctx,
                                                       tasks, data_dir, qtbot):
    """A long spot name and its kind wrap inside the list instead of running off its side."""
    from helpdesk.ui.settings_screen import SettingsScreen

    ready_services.desk.add_spot(LONG_SPOT, "permanence")
    screen = SettingsScreen(ctx, tasks, data_dir)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    box = screen.spots.list
    qtbot.waitUntil(lambda: any(LONG_SPOT in box.item(n).text() for n in range(box.count())),
                    timeout=3000)
    QApplication.processEvents()
    for n in range(box.count()):
        item = box.item(n)
        assert reads_whole(box, box.visualItemRect(item), item.text()), item.text()


def test_the_reports_spot_list_keeps_names_whole(large_text, ready_services, ctx, tasks,
                                                 qtbot):
    """The sheet's spot list wraps a long name rather than cut it mid-word with "…"."""
    from helpdesk.ui.reports_screen import ReportsScreen

    ready_services.desk.add_spot(LONG_SPOT, "permanence")
    screen = ReportsScreen(ctx, tasks)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    box = screen.spot_list
    qtbot.waitUntil(lambda: box.count() == 2, timeout=3000)
    QApplication.processEvents()
    item = next(box.item(n) for n in range(box.count()) if box.item(n).text() == LONG_SPOT)
    # The check box takes the start of the row: the words have the rest of it.
    assert reads_whole(box, box.visualItemRect(item), item.text(), margin=40)

