"""The Reports screen: choose, preview, export in the background, open the folder."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from helpdesk.ui.report_period import DATES, ONE_WEEK, WEEKS
from helpdesk.ui.reports_screen import ReportsScreen

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from sheet_data import fill  # noqa: E402 - the hand-made data set of the report tests


@pytest.fixture
def screen(ctx, tasks, ready_services, qtbot):
    """The Reports screen over the hand-made week 47, shown at 1366×768."""
    fill(ready_services)
    widget = ReportsScreen(ctx, tasks)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def choose_week(screen, monday: date, combo=None) -> None:
    combo = combo or screen.period.week_from
    index = combo.findData(monday)
    if index < 0:  # the offered weeks count back from today: put W47 of 2026 in by hand
        combo.addItem(str(monday), monday)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def test_it_opens_on_the_week_just_finished_with_every_spot(screen):
    """One week, the last complete one, all spots ticked (retired one too, marked)."""
    assert screen.period.kind.currentIndex() == ONE_WEEK
    assert screen.period.week_from.currentIndex() == 1
    assert screen.chosen_spot_ids() and len(screen.chosen_spot_ids()) == 3
    retired = [screen.spot_list.item(n).text() for n in range(screen.spot_list.count())]
    assert "Old spot (no longer in use)" in retired
    assert screen.request().spot_ids == ()  # all ticked: every spot, as the CLI does


def test_preview_shows_the_sheet_of_the_chosen_week(screen):
    """Choosing week 47 previews its pages and figures in the sheet's language."""
    choose_week(screen, date(2026, 11, 16))
    screen.language.setCurrentIndex(screen.language.findData("fr"))
    screen.refresh_preview()
    assert [screen.page_choice.itemText(n) for n in range(screen.page_choice.count())] == [
        "Synthèse du réseau", "Buurtbar Kuregem", "OCR Anneessens"]
    assert "Semaine 47 de 2026" in screen.page.title.text()
    assert "13,5" in screen.page.key_table.text()
    screen.page_choice.setCurrentIndex(2)
    assert "OCR Anneessens" in screen.page.title.text()
    assert "pas de données" in screen.page.key_table.text()
    assert screen.page.outcomes.accessibleName() == "Résultat"


def test_several_weeks_and_dates(screen):
    """Several weeks run Monday to Sunday; dates are taken as they are."""
    screen.period.kind.setCurrentIndex(WEEKS)
    choose_week(screen, date(2026, 11, 9))
    choose_week(screen, date(2026, 11, 16), screen.period.week_to)
    request = screen.request()
    assert (request.first_day, request.last_day, request.by_week) == (
        date(2026, 11, 9), date(2026, 11, 22), True)
    assert screen.period.week_to.isVisible() and not screen.period.date_from.isVisible()
    screen.period.kind.setCurrentIndex(DATES)
    screen.period.date_from.setDate(date(2026, 11, 1))
    screen.period.date_to.setDate(date(2026, 11, 30))
    request = screen.request()
    assert (request.first_day, request.last_day, request.by_week) == (
        date(2026, 11, 1), date(2026, 11, 30), False)
    assert screen.suggested_name(request) == "helpdesk-2026-11-01-2026-11-30.pdf"


def test_bad_choices_are_said_next_to_the_field(screen):
    """A period that ends before it starts, or no spot at all, gets one sentence, no preview."""
    screen.period.kind.setCurrentIndex(DATES)
    screen.period.date_from.setDate(date(2026, 11, 30))
    screen.period.date_to.setDate(date(2026, 11, 1))
    assert screen.request() is None
    assert "ends before it starts" in screen.period.error.text()
    screen.period.date_to.setDate(date(2026, 12, 1))
    screen.all_spots_button.click()  # all ticked -> none
    assert screen.request() is None and screen.spot_error.text() == "Choose at least one spot."


def test_one_spot_only(screen, ready_services):
    """Unticking spots asks for the ticked ones only."""
    screen.spot_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert screen.request().spot_ids == tuple(screen.chosen_spot_ids())
    assert len(screen.request().spot_ids) == 2


def test_export_writes_the_file_and_offers_its_folder(screen, tmp_path, monkeypatch):
    """Export in the background; when done, the path is said and the folder can be opened."""
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    choose_week(screen, date(2026, 11, 16))
    screen.format.setCurrentIndex(1)  # XLSX
    target = tmp_path / "out" / "w47.xlsx"
    target.parent.mkdir()
    screen.export_to(target)
    assert target.exists() and target.read_bytes()[:2] == b"PK"
    assert str(target) in screen.export_status.text() and "(8 visit" in screen.export_status.text()
    assert screen.open_folder_button.isVisible() and not screen.progress.isVisible()
    assert screen.export_button.isEnabled()
    screen.open_folder_button.click()
    assert opened == [str(target.parent)]


def test_a_failed_export_says_why_next_to_the_button(screen, tmp_path):
    """A folder that does not exist: one sentence, the button usable again, no folder offer."""
    screen.export_to(tmp_path / "missing" / "w.pdf")
    assert "does not exist" in screen.export_error.text()
    assert not screen.open_folder_button.isVisible() and screen.export_button.isEnabled()


def test_the_suggested_file_name_names_the_week_and_format(screen):
    """helpdesk-2026-W47.pdf; a run of weeks and the Excel CSV say so in the name."""
    choose_week(screen, date(2026, 11, 16))
    assert screen.suggested_name(screen.request()) == "helpdesk-2026-W47.pdf"
    screen.format.setCurrentIndex(3)
    screen.period.kind.setCurrentIndex(WEEKS)
    choose_week(screen, date(2026, 11, 9))
    choose_week(screen, date(2026, 11, 16), screen.period.week_to)
    assert screen.suggested_name(screen.request()) == "helpdesk-2026-W46-2026-W47-excel.csv"


def test_the_sheet_follows_the_apps_language_until_one_is_picked(screen, ctx):
    """Switching the app to French rewrites the preview in French; a language picked on this
    screen stays when the app's language changes again."""
    choose_week(screen, date(2026, 11, 16))
    screen.refresh_preview()
    assert screen.page_choice.itemText(0) == "Network summary"
    ctx.set_language("fr")
    screen.refresh_preview()
    assert screen.sheet_language() == "fr"
    assert screen.page_choice.itemText(0) == "Synthèse du réseau"
    screen.language.setCurrentIndex(screen.language.findData("nl"))
    screen.language.activated.emit(screen.language.currentIndex())  # as a person picks it
    ctx.set_language("en")
    assert screen.sheet_language() == "nl"


def test_a_funders_view_is_a_choice_that_fixes_its_language(screen, qtbot):
    """Choosing the PAN view: its name is offered, the preview shows its tables in French,
    the language choice follows it; back to the whole sheet, the language picked returns."""
    choose_week(screen, date(2026, 11, 16))
    names = [screen.view_choice.itemText(n) for n in range(screen.view_choice.count())]
    assert names == ["The whole sheet", "Flemish digibank: quarterly figures",
                     "Brussels digital appropriation plan (PAN)"]
    screen.view_choice.setCurrentIndex(screen.view_choice.findData("pan_brussels"))
    assert screen.request().preset == "pan_brussels"
    assert screen.sheet_language() == "fr" and not screen.language.isEnabled()
    screen.refresh_preview()
    qtbot.waitUntil(lambda: "Chiffres demandés" in screen.page.side_tables.text())
    assert "Femmes" in screen.page.side_tables.text()
    assert not screen.page.outcomes.isVisible() and not screen.page.grid.isVisible()
    screen.view_choice.setCurrentIndex(0)
    assert screen.sheet_language() == "en" and screen.language.isEnabled()
    assert screen.request().preset == ""
