"""The printed sheet: one page per spot that did something, each on one sheet of paper, and
every text colour readable (4.5:1 or more) on the white page."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from sheet_data import MADE_AT

from helpdesk.core.contrast import READABLE, contrast, ink_on
from helpdesk.core.report_records import ReportRequest
from helpdesk.reports import week_text_period
from helpdesk.services.demo import fill_demo

pypdf = pytest.importorskip("pypdf")
W47 = week_text_period("2026-W47")


def sheet(services, tmp_path, request, language="en"):
    path = tmp_path / f"sheet-{language}.pdf"
    services.reports.export(request, "pdf", language, path, made_at=MADE_AT)
    return pypdf.PdfReader(path)


def page_texts(reader) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def test_a_spot_with_nothing_in_the_week_is_one_line_of_the_summary(sheet_store, tmp_path):
    """An active spot with no session and no visit gets no page of zeros: it is named once."""
    services, _ids = sheet_store
    services.desk.add_spot("Digipunt Jette", "computer_room")
    request = ReportRequest(first_day=W47.first_day, last_day=W47.last_day, by_week=True)
    pages = page_texts(sheet(services, tmp_path, request))
    assert len(pages) == 3 and "Page 1 of 3" in pages[0]
    assert "No session and no visit at: Digipunt Jette." in pages[0]
    assert not any("Digipunt Jette" in page for page in pages[1:])
    assert "Digipunt Jette 0" not in pages[0]  # no row of zeros in the spots' table either


def test_a_single_chosen_spot_keeps_its_page_even_when_empty(sheet_store, tmp_path):
    """Asked for one quiet spot, the sheet still has its page (an empty file says nothing)."""
    services, _ids = sheet_store
    quiet = services.desk.add_spot("Digipunt Jette", "computer_room")
    request = ReportRequest(first_day=W47.first_day, last_day=W47.last_day, by_week=True,
                            spot_ids=(quiet.id,))
    pages = page_texts(sheet(services, tmp_path, request))
    assert len(pages) == 1 and "Digipunt Jette" in pages[0] and "No session" not in pages[0]


@pytest.fixture
def demo_week(services, tmp_path):
    """The demo desk of the screenshots, and its last whole week (the demo ends now)."""
    fill_demo(services, 400, seed=3, weeks=8)
    monday = date.today() - timedelta(days=date.today().weekday() + 7)
    return services, ReportRequest(first_day=monday, last_day=monday + timedelta(days=6),
                                   by_week=True)


# The weekday grid's title and the totals line's first words, by language.
ENDS = {"en": ("Visits by weekday and hour", "Made from"),
        "nl": ("Bezoeken per weekdag en uur", "Gemaakt uit"),
        "fr": ("Visites par jour et par heure", "Établie à partir de")}


def test_the_demo_week_prints_each_page_whole(demo_week, tmp_path):
    """A page per spot with activity plus the summary; each page ends with its weekday grid
    and its totals line, so nothing spilled onto a page of its own (NL, FR, EN)."""
    services, request = demo_week
    spots = services.desk.spots()
    for language, (grid, made) in ENDS.items():
        pages = page_texts(sheet(services, tmp_path, request, language))
        titled = [s.name for s in spots if any(s.name in page for page in pages[1:])]
        assert len(pages) == 1 + len(titled), language
        for page in pages:
            assert page.count(grid) == 1 and made in page, language


def test_every_text_colour_of_the_sheet_reads_on_white(demo_week, tmp_path):
    """Each colour text is drawn in (read from the PDF's own drawing commands) is 4.5:1 or
    more on the white page; white text only appears on fills dark enough for it."""
    services, request = demo_week
    reader = sheet(services, tmp_path, request)
    seen = set()
    for page in reader.pages:
        seen |= text_colours(page)
    assert (0.0, 0.0, 0.0) in seen and len(seen) > 1
    for colour in seen - {(1.0, 1.0, 1.0)}:
        assert contrast(colour, (1.0, 1.0, 1.0)) >= READABLE, colour


def test_the_trend_chart_reads_in_black_and_white(demo_week, tmp_path):
    """Over the demo's eight weeks (three months): the chart names each month under its bars
    (so twice on the page, with the table), and its numbers and legend read on white."""
    services, week = demo_week
    request = ReportRequest(first_day=week.last_day - timedelta(days=55),
                            last_day=week.last_day, by_week=False)
    reader = sheet(services, tmp_path, request)
    first = page_texts(reader)[0]
    months = sorted({f"{d.month:02d}/{d.year}" for d in (request.first_day, request.last_day)})
    alone = [len(re.findall(rf"(?<![\d/]){m}", first)) for m in months]  # not in 05/10/2026
    assert "Month by month" in first and alone == [2] * len(months)
    # The network's many postcodes: the eight most lived in, then one line for the rest.
    assert re.search(r"\d+ other postcodes \(all in the XLSX\)", first)
    seen = text_colours(reader.pages[0])
    for colour in seen - {(1.0, 1.0, 1.0)}:
        assert contrast(colour, (1.0, 1.0, 1.0)) >= READABLE, colour


def test_numbers_on_grey_cells_take_the_ink_that_reads():
    """The grid's and the outcome bar's cells run from near black to near white: the number
    on each is black or white, whichever gives 4.5:1 or more."""
    for step in range(101):
        grey = (step / 100,) * 3
        assert contrast(ink_on(grey), grey) >= READABLE, grey


def text_colours(page) -> set[tuple[float, ...]]:
    """The fill colours in force when the page's content stream shows text."""
    from pypdf.generic import ContentStream

    colour: tuple[float, ...] = (0.0, 0.0, 0.0)
    stack: list[tuple[float, ...]] = []
    found = set()
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"q":
            stack.append(colour)
        elif operator == b"Q" and stack:
            colour = stack.pop()
        elif operator == b"rg":
            colour = tuple(round(float(v), 3) for v in operands)
        elif operator == b"g":
            colour = (round(float(operands[0]), 3),) * 3
        elif operator in (b"Tj", b"TJ", b"'", b'"'):
            found.add(colour)
    return found
