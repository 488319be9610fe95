"""The palette's colours for text the intake screen shows are 4.5:1 or more on their ground
(WCAG 2 AA): the search box's hint, and the spot box greyed while a session is open."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from ui_support import click, shown_intake

from helpdesk.core.contrast import READABLE, contrast

Group, Role = QPalette.ColorGroup, QPalette.ColorRole


def rgb(colour: QColor) -> tuple[float, float, float]:
    return colour.redF(), colour.greenF(), colour.blueF()


def hint_contrast(palette: QPalette) -> float:
    """The placeholder's contrast on the field, its transparency laid over the field's white
    (the style's default is black at half strength: about 4:1)."""
    hint, ground = palette.color(Group.Active, Role.PlaceholderText), \
        rgb(palette.color(Group.Active, Role.Base))
    alpha = hint.alphaF()
    seen = tuple(alpha * h + (1 - alpha) * g for h, g in zip(rgb(hint), ground))
    return contrast(seen, ground)


def test_the_search_hint_reads_on_its_field(ctx, tasks, qtbot):
    """"Type to find a question type…" in a grey that still reads on the white field."""
    screen = shown_intake(ctx, tasks, qtbot)
    field = screen.form.questions.filter
    assert field.placeholderText() and not field.text()
    assert hint_contrast(field.palette()) >= READABLE


def test_the_date_filters_hint_reads_on_its_field(ctx, tasks, qtbot):
    """The Visits list's "any day" hint in the date fields, likewise."""
    from helpdesk.ui.visits_screen import VisitsScreen

    screen = VisitsScreen(ctx, tasks)
    qtbot.addWidget(screen)
    screen.show()
    for line in (screen.filters.date_from.line, screen.filters.date_to.line):
        assert hint_contrast(line.palette()) >= READABLE


def test_the_spot_box_reads_while_a_session_holds_it(ctx, tasks, qtbot):
    """During a session the spot cannot change, yet its name is as readable as before."""
    screen = shown_intake(ctx, tasks, qtbot)
    click(qtbot, screen.session_bar.session_button)
    box = screen.session_bar.spot_choice
    assert not box.isEnabled() and box.currentText()
    box.ensurePolished()
    palette = box.palette()
    assert contrast(rgb(palette.color(Group.Disabled, Role.ButtonText)),
                    rgb(palette.color(Group.Disabled, Role.Button))) >= READABLE
