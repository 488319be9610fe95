"""helpdesk-hub report --preset: a network's own preset, from its taxonomy file, over the
records of two desks; an unknown preset is one sentence and no file."""

from __future__ import annotations

import pytest

from helpdesk.core.taxonomy_file import default_taxonomy, taxonomy_to_toml
from helpdesk.hub.cli import main

openpyxl = pytest.importorskip("openpyxl")

OWN = """
[[presets]]
code = "city_council"
en = "City council"
nl = "Gemeenteraad"
fr = "Conseil communal"
language = "nl"
sections = ["key_figures", "outcomes"]
indicators = [
  { code = "solved", list = "outcomes", codes = ["solved", "partly"], en = "Helped", nl = "Geholpen", fr = "Aidées" },
  { code = "mail_solved", all_of = [{ list = "outcomes", codes = ["solved"] }, { list = "question_types", codes = ["email"] }], en = "Mail solved", nl = "Mail opgelost", fr = "Courriel résolu" },
  { code = "id_helped", all_of = [{ list = "outcomes", codes = ["solved", "partly"] }, { list = "question_types", codes = ["email", "itsme_eid"] }], en = "ID helped", nl = "Mail of itsme geholpen", fr = "Courriel ou itsme aidé" },
]
"""


def test_a_networks_own_preset_from_its_taxonomy_file(network, tmp_path, capsys):
    """The file's preset: Dutch, its indicator first, only its sections on every page."""
    taxonomy = tmp_path / "network.toml"
    taxonomy.write_text(taxonomy_to_toml(default_taxonomy()) + OWN, encoding="utf-8")
    out = tmp_path / "council.xlsx"
    assert main(["--db", network.url, "report", "--week", "2026-W47", "--format", "xlsx",
                 "--taxonomy", str(taxonomy), "--preset", "city_council", "--out",
                 str(out)]) == 0
    capsys.readouterr()
    book = openpyxl.load_workbook(out)
    first = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    cells = {c for row in first for c in row if isinstance(c, str)}
    assert {"Cijfers gevraagd door de financier", "Geholpen", "Resultaat"} <= cells
    assert not {"Vraagtypes", "Leeftijd", "Bezoeken per weekdag en uur"} & cells
    assert first[0][0] == "Overzicht van het netwerk"
    counts = {row[0]: row[1] for row in first if row and row[0]}
    # Crossing two lists over both desks: a1 only; then a1 and a3, edited to "partly" on
    # the hub (its revision 2), never its first "solved" nor the deleted a4.
    assert (counts["Mail opgelost"], counts["Mail of itsme geholpen"]) == (1, 2)


def test_an_unknown_preset_on_the_hub_is_one_sentence(network, tmp_path, capsys):
    """The hub's taxonomy (the shipped one) has no such preset: exit 1, no file."""
    out = tmp_path / "x.pdf"
    code = main(["--db", network.url, "report", "--week", "2026-W47", "--preset", "council",
                 "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and not out.exists()
    assert err == "There is no sheet preset called council; the presets are: digibank, " \
                  "pan_brussels.\n"
