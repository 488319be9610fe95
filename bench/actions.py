"""Actions per task: drives the real main window as a person would, and counts.

An action is a click, a key chord (Ctrl+Enter, Ctrl+2), or typing a few letters and Enter.
Each scenario runs on the real app (DeskApp, its threads, a real store in a scratch folder),
then reads the store back to check the task was really done; a scenario that did not do its
task raises instead of printing a count. The counts are deterministic: a test asserts them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/actions.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

# Goals of issue 10, and the counts measured before it (the issue's own table).
SCENARIOS = {
    "typical": ("typical visit: 2 types + outcome, the helper's usual autonomy", "6", 3),
    "other_autonomy": ("the same with a different autonomy", "6", 4),
    "one_type": ("one type, solved, saved", "3", 2),
    "tally_at_start": ("trivial request (print) right after the app starts",
                       "fails until a spot is picked", 1),
    "afterwards": ("a visit recorded afterwards for yesterday 15:00",
                   "not on the intake form", 5),
    "last_week": ("last week's visits in the Visits list", "6 + 2 decisions", 2),
    "follow_up_done": ("mark a follow-up done", "3 (open, untick, save)", 1),
}
KEYBOARD_GOAL = 13  # keys of today's typical visit without autonomy
ZONE = ZoneInfo("Europe/Brussels")


@dataclass
class Person:
    """Does things to widgets the way a person does, counting actions and keys."""

    actions: int = 0
    keys: int = 0
    log: list[str] = field(default_factory=list)

    def click(self, widget: QWidget, where: QPoint | None = None, what: str = "") -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         where if where is not None else QPoint())
        self._count(1, 0, f"click {what}")

    def chord(self, widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier,
              what: str = "") -> None:
        QTest.keyClick(widget, key, modifiers)
        self._count(1, 1, f"chord {what}")

    def key(self, widget: QWidget, key: Qt.Key) -> None:
        """One key alone (Tab, Space): an action of its own."""
        QTest.keyClick(widget, key)
        self._count(1, 1, f"key {key.name}")

    def type_and_enter(self, widget: QWidget, text: str) -> None:
        """Type a few letters and Enter: one action, len(text) + 1 keys."""
        widget.setFocus()
        QTest.keyClicks(widget, text)
        QTest.keyClick(widget, Qt.Key.Key_Return)
        self._count(1, len(text) + 1, f"type {text!r} + Enter")

    def _count(self, actions: int, keys: int, what: str) -> None:
        self.actions += actions
        self.keys += keys
        self.log.append(what)
        settle()


def settle(seconds: float = 0.05) -> None:
    """Let queued events and the background threads' callbacks run."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.005)


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    """Process events until ``condition()`` holds; raise if it never does."""
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise RuntimeError("the app did not get there in time")
        settle(0.02)


class Desk:
    """A scratch desk: two spots, two helpers, some history; the real app on top of it."""

    def __init__(self, folder: Path) -> None:
        from helpdesk.core.records import VisitDraft
        from helpdesk.services import Services

        self.folder = folder
        services = Services.open(folder)
        state = services.desk.complete_first_run(
            language="en", desk_name="Bench desk", spot_name="EPN Molenbeek",
            spot_kind="computer_room", helper_names=["Fatima", "Jan"])
        self.library = services.desk.add_spot("Bibliotheek Laken", "library")
        self.fatima = state.staff[0]
        # Fatima's previous visit was done together: her usual way of working.
        services.intake.record_visit(VisitDraft(
            session_id=None, spot_id=self.library.id, staff_id=self.fatima.id,
            question_types=("email",), outcome="solved", autonomy="together",
            started_at=datetime.now(ZONE) - timedelta(hours=1)))
        services.desk.remember_intake_place(self.library.id, self.fatima.id)
        services.close()
        self.app = None
        self.open()

    def open(self):
        """Start the app on the folder, as after a restart; wait until it can save."""
        from helpdesk.app import DeskApp

        if self.app is not None:
            self.app.close()
        self.app = DeskApp(self.folder)
        self.app.start()
        wait_until(lambda: self.app.tasks.is_ready and self.app.main_window is not None)
        window = self.app.main_window
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        settle(0.3)  # the first reads (the helper's usual autonomy) are back
        return self.app

    def visits(self):
        from helpdesk.core.records import VisitFilter
        from helpdesk.services import Services

        services = Services.open(self.folder)
        try:
            return [services.intake.get_visit(row.id)
                    for row in services.visits.page(VisitFilter(), limit=50)]
        finally:
            services.close()

    def close(self) -> None:
        if self.app is not None:
            self.app.close()


def expect(condition: bool, what: str) -> None:
    """A scenario that did not do its task must not print a count."""
    if not condition:
        raise AssertionError(f"the scenario did not do its task: {what}")


def saved_after(desk: Desk, before: int) -> list:
    wait_until(lambda: len(desk.visits()) > before)
    return desk.visits()


def typical(desk: Desk, person: Person) -> None:
    form = desk.app.intake.form
    before = len(desk.visits())
    person.click(form.questions.toggle_for("smartphone"), what="Smartphone")
    person.click(form.questions.toggle_for("itsme_eid"), what="itsme")
    person.click(form.outcome.button("solved"), what="Solved (saves)")
    newest = saved_after(desk, before)[0]
    expect(set(newest.question_types) == {"smartphone", "itsme_eid"}, "two types")
    expect((newest.outcome, newest.autonomy) == ("solved", "together"), "outcome, autonomy")


def other_autonomy(desk: Desk, person: Person) -> None:
    form = desk.app.intake.form
    before = len(desk.visits())
    person.click(form.questions.toggle_for("email"), what="E-mail")
    person.click(form.questions.toggle_for("accounts"), what="Accounts")
    person.click(form.autonomy.button("autonomous"), what="The visitor did it")
    person.click(form.outcome.button("partly"), what="Partly (saves)")
    newest = saved_after(desk, before)[0]
    expect((newest.outcome, newest.autonomy) == ("partly", "autonomous"), "autonomy")
    person_free = Person()  # back to her usual way, outside the count
    person_free.click(form.autonomy.button("together"))


def one_type(desk: Desk, person: Person) -> None:
    form = desk.app.intake.form
    before = len(desk.visits())
    person.click(form.questions.toggle_for("print_scan"), what="Printing")
    person.click(form.outcome.button("solved"), what="Solved (saves)")
    newest = saved_after(desk, before)[0]
    expect(newest.question_types == ("print_scan",), "one type")


def tally_at_start(desk: Desk, person: Person) -> None:
    desk.open()  # a restart: nothing chosen by hand since
    before = len(desk.visits())
    person.click(desk.app.intake.tallies.buttons["print"], what="Print")
    newest = saved_after(desk, before)[0]
    expect(newest.spot_id == desk.library.id and newest.staff_id == desk.fatima.id,
           "the remembered spot and helper")


def afterwards(desk: Desk, person: Person) -> None:
    intake = desk.app.intake
    before = len(desk.visits())
    person.click(intake.form.questions.toggle_for("banking"), what="Banking")
    person.click(intake.when.toggle, what="When: now")
    person.click(intake.when.days.button("1"), what="Yesterday")
    person.type_and_enter(intake.when.hour, "1500")
    person.click(intake.form.outcome.button("solved"), what="Solved (saves)")
    visit = next(v for v in saved_after(desk, before) if v.question_types == ("banking",))
    local = visit.started_at.astimezone(ZONE)
    expect((local.date(), local.hour, local.minute)
           == (datetime.now(ZONE).date() - timedelta(days=1), 15, 0), "yesterday 15:00")


def last_week(desk: Desk, person: Person) -> None:
    window = desk.app.main_window
    person.chord(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier, what="Ctrl+2")
    visits = window.named_screen("visits")
    person.click(visits.filters.last_week_button, what="Last week")
    chosen = visits.filters.current_filter()
    monday = datetime.now(ZONE).date() - timedelta(days=datetime.now(ZONE).weekday() + 7)
    expect(window.current_screen() is visits, "the Visits list in front")
    expect((chosen.date_from, chosen.date_to) == (monday, monday + timedelta(days=6)),
           "last week, Monday to Sunday")


def follow_up_done(desk: Desk, person: Person) -> None:
    from helpdesk.ui.visit_filters import ALL
    from helpdesk.ui.visits_model import FOLLOW_UP

    # A visit waiting for a follow-up, in the list (made outside the count).
    window = desk.app.main_window
    window.show_screen("intake")
    form = desk.app.intake.form
    form.set_details_open(True)
    form.questions.toggle_for("housing").click()
    form.details.follow_up.setChecked(True)
    form.outcome.button("not_solved").click()
    wait_until(lambda: any(v.follow_up for v in desk.visits()))
    window.show_screen("visits")
    visits = window.named_screen("visits")
    visits.filters.choose_period(ALL)
    wait_until(lambda: visits.model.rowCount() > 0)
    table = visits.table
    row = next(n for n in range(visits.model.rowCount()) if visits.model.visit_at(n).follow_up)
    rect = table.visualRect(visits.model.index(row, FOLLOW_UP))
    indicator = table.style().pixelMetric(table.style().PixelMetric.PM_IndicatorWidth)
    person.click(table.viewport(), QPoint(rect.left() + indicator // 2 + 4, rect.center().y()),
                 what="the follow-up's box")
    wait_until(lambda: not any(v.follow_up for v in desk.visits()))


def keyboard_typical(desk: Desk, person: Person) -> None:
    """The typical visit with the keyboard alone: the keys are what counts."""
    window = desk.app.main_window
    window.show_screen("intake")
    settle(0.1)
    form = desk.app.intake.form
    before = len(desk.visits())
    person.type_and_enter(form.questions.filter, "ema")
    person.type_and_enter(form.questions.filter, "sma")
    person.key(form.questions.filter, Qt.Key.Key_Tab)  # to who did the steps (already set)
    person.key(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to the outcome
    person.key(QApplication.focusWidget(), Qt.Key.Key_Space)  # Solved: saves
    newest = saved_after(desk, before)[0]
    expect(set(newest.question_types) == {"email", "smartphone"}, "typed types")
    expect((newest.outcome, newest.autonomy) == ("solved", "together"), "outcome, autonomy")


RUNS: dict[str, Callable[[Desk, Person], None]] = {
    "typical": typical, "other_autonomy": other_autonomy, "one_type": one_type,
    "tally_at_start": tally_at_start, "afterwards": afterwards, "last_week": last_week,
    "follow_up_done": follow_up_done,
}


def measure() -> tuple[dict[str, int], int]:
    """Run every scenario on one scratch desk; the actions of each, and the keyboard's keys."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Helpdesk")
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="helpdesk-actions-") as folder:
        desk = Desk(Path(folder))
        try:
            for name, run in RUNS.items():
                desk.app.main_window.show_screen("intake")
                settle(0.1)
                person = Person()
                run(desk, person)
                counts[name] = person.actions
            keyboard = Person()
            keyboard_typical(desk, keyboard)
        finally:
            desk.close()
    return counts, keyboard.keys


def main() -> None:
    """Print each scenario's actions next to the count before issue 10 and the goal."""
    counts, keys = measure()
    print(f"{'scenario':<64} {'before issue 10':>30} {'now':>4} {'goal':>5}")
    for name, (label, before, goal) in SCENARIOS.items():
        mark = "" if counts[name] <= goal else "  <- over the goal"
        print(f"{label:<64} {before:>30} {counts[name]:>4} {'<= ' + str(goal):>5}{mark}")
    print(f"{'typical visit, keyboard only: keys, autonomy included':<64} "
          f"{str(KEYBOARD_GOAL) + ' (without autonomy)':>30} {keys:>4} "
          f"{'<= ' + str(KEYBOARD_GOAL):>5}")


if __name__ == "__main__":
    main()
