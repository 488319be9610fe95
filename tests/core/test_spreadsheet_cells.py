"""Text cells a spreadsheet would run as a formula get an apostrophe; other text is untouched."""

from __future__ import annotations

import pytest

from helpdesk.core.spreadsheet_cells import as_text_cell
from helpdesk.hub.export import _cell as hub_cell


@pytest.mark.parametrize("text", ["=1+1", "+32 2 123", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_are_written_as_text(text):
    assert as_text_cell(text) == "'" + text
    assert hub_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["Buurtbar Kuregem", "OCMW Anderlecht", "CPAS", "", "a=b"])
def test_plain_text_is_left_alone(text):
    assert as_text_cell(text) == text


def test_the_hub_export_leaves_numbers_and_booleans_as_they_are():
    assert (hub_cell(-5), hub_cell(True), hub_cell(None)) == ("-5", "true", "")
