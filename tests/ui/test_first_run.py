"""The first start: language, desk name, first spot and helpers, checked next to each field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from helpdesk.core.records import StartupState
from helpdesk.core.taxonomy_file import default_taxonomy
from helpdesk.ui.context import UiContext
from helpdesk.ui.first_run import FirstRunPage
from helpdesk.ui.tasks import Tasks


@pytest.fixture
def fresh(services, qtbot):
    """A context and tasks over a store that has never been set up."""
    ctx = UiContext("en", default_taxonomy(), StartupState(settings=None))
    return ctx, Tasks(lambda: services, synchronous=True)


@pytest.fixture
def page(fresh, qtbot):
    """The first-run page, shown, without its coordinator's fields (tests/ui/test_protect.py)."""
    ctx, tasks = fresh
    widget = FirstRunPage(ctx, tasks, protect=False)
    qtbot.addWidget(widget)
    widget.resize(1000, 680)
    widget.show()
    return widget


def test_sets_up_the_desk(page, fresh, services, qtbot):
    """Typing a name, a spot and two helpers and pressing Start sets the desk up."""
    ctx, _tasks = fresh
    qtbot.keyClicks(page.desk_name, "EPN Anderlecht")
    qtbot.keyClicks(page.spot_name, "Salle informatique")
    page.spot_kind.setCurrentIndex(page.spot_kind.findData("computer_room"))
    for line in ("Amina", "Pieter", "", "Amina"):  # a blank line and a repeat are dropped
        qtbot.keyClicks(page.helpers, line)
        qtbot.keyClick(page.helpers, Qt.Key.Key_Return)
    with qtbot.waitSignal(page.finished, timeout=2000) as finished:
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    state = finished.args[0]
    assert state.settings.desk_name == "EPN Anderlecht"
    assert [s.name for s in state.spots] == ["Salle informatique"]
    assert state.spots[0].kind == "computer_room"
    assert sorted(p.name for p in state.staff) == ["Amina", "Pieter"]
    assert ctx.state.settings is not None
    assert services.desk.settings().desk_name == "EPN Anderlecht"


def test_missing_answers_are_said_next_to_the_fields(page, services, qtbot):
    """Start with nothing typed names each missing answer by its field and saves nothing."""
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    for field in ("desk_name", "spot_name", "helper_names"):
        assert page.errors[field].isVisibleTo(page) and page.errors[field].text()
    assert page.desk_name.hasFocus()
    assert services.desk.settings() is None


def test_choosing_a_language_switches_at_once(page, fresh, qtbot):
    """Choosing Français sets the context's language and relabels the spot kinds."""
    ctx, _tasks = fresh
    page.language.setCurrentIndex(page.language.findData("fr"))
    page.language.activated.emit(page.language.currentIndex())
    assert ctx.language == "fr"
    assert page.spot_kind.itemText(page.spot_kind.findData("library")) == "Bibliothèque"
