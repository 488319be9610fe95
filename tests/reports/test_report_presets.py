"""Funder views as data: a sheet preset from the taxonomy shows exactly its sections, in its
language, in the preview, the PDF and the XLSX; a bad preset is refused in one sentence."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from helpdesk.core.errors import InputError, TaxonomyFileError
from helpdesk.core.records import GroupDraft, VisitDraft
from helpdesk.core.report_records import ReportRequest
from helpdesk.core.taxonomy_file import (
    default_taxonomy,
    parse_taxonomy,
    taxonomy_to_toml,
)

QUARTER = dict(first_day=date(2026, 7, 1), last_day=date(2026, 9, 30), by_week=False)
# (question types, status, age band, gender, visitor code)
VISITS = [(("itsme_eid", "taxes"), "job_seeker", "18_24", "f", "ANNA01"),
          (("email",), "job_seeker", "65_74", "m", "BRAM02"),
          (("gov_online",), "retired", "75_plus", "f", "ANNA01"),
          (("print_scan",), "unknown", "under_18", "unknown", None)]


@pytest.fixture
def quarter(ready_services):
    """Four visits in August and a Burger Café on itsme with 9 participants."""
    s = ready_services
    spot = s.desk.spots()[0].id
    for n, (types, status, age, gender, code) in enumerate(VISITS):
        s.intake.record_visit(VisitDraft(
            session_id=None, spot_id=spot, staff_id=None, question_types=types,
            outcome="solved", status=status, age_band=age, gender=gender,
            started_at=datetime(2026, 8, 3 + n, 10, tzinfo=timezone.utc),
            visitor_hash=s.visitors.code_hash(code) if code else None))
    s.groups.record_group(GroupDraft(spot, "Burger Café", 9,
                                     started_at=datetime(2026, 8, 28, 14, tzinfo=timezone.utc),
                                     level="beginner", question_types=("itsme_eid",)))
    return s


def test_the_shipped_presets_survive_a_round_trip():
    """The digibank and PAN views ship; writing the taxonomy out and reading it keeps them."""
    shipped = default_taxonomy()
    assert [p.code for p in shipped.presets] == ["digibank", "pan_brussels"]
    assert parse_taxonomy(taxonomy_to_toml(shipped).encode()).presets == shipped.presets


def test_a_preset_sheet_shows_exactly_its_sections_in_its_language(quarter):
    """PAN: French, its indicators first, then the sections it names, nothing else."""
    view = quarter.reports.preview(ReportRequest(**QUARTER, preset="pan_brussels"), "en")
    assert view.language == "fr" and view.preset.startswith("Plan d'appropriation")
    page = view.pages[0]
    assert [t.key for t in page.tables] == ["indicators", "people", "groups",
                                            "question_types", "residences"]
    assert page.key_rows and page.trend is None and page.grid is None
    indicators = {row.label: row.count for row in page.tables[0].rows}
    assert indicators == {"Demandeurs d'emploi": 2, "Moins de 25 ans": 2,
                          "Demandeurs d'emploi de moins de 25 ans": 1,
                          "65 ans et plus": 2, "Femmes": 2}


def test_the_digibank_view_counts_essential_questions_and_follows_the_months(quarter):
    """Digibank: Dutch, a trend over the quarter, questions about essential services."""
    view = quarter.reports.preview(ReportRequest(**QUARTER, preset="digibank"), "fr")
    page = view.pages[0]
    assert view.language == "nl"
    assert [t.key for t in page.tables] == ["indicators", "people", "groups",
                                            "group_questions", "group_levels"]
    assert page.trend is not None and page.grid is None
    assert [(r.code, r.count) for r in page.tables[3].rows] == [("itsme_eid", 9)]
    rows = {row.code: row.count for row in page.tables[0].rows}
    # itsme, taxes, gov_online; one job seeker is 18-24
    assert rows == {"job_seekers": 2, "young_job_seekers": 1, "essential_services": 3}
    people = {row.code: row.count for row in page.tables[1].rows}
    assert people["people_reached"] == 2


def test_the_preset_is_what_the_pdf_and_the_xlsx_say(quarter, tmp_path):
    """The NL PDF has the funder's words and not the sections it leaves out; so the XLSX."""
    pypdf = pytest.importorskip("pypdf")
    openpyxl = pytest.importorskip("openpyxl")
    pdf, xlsx = tmp_path / "d.pdf", tmp_path / "p.xlsx"
    quarter.reports.export(ReportRequest(**QUARTER, preset="digibank"), "pdf", "en", pdf)
    quarter.reports.export(ReportRequest(**QUARTER, preset="pan_brussels"), "xlsx", "en", xlsx)
    words = " ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
    assert "Digibank: kwartaalcijfers" in words and "Bezoeken van werkzoekenden" in words
    assert "waarvan door werkzoekenden jonger dan 25" in words
    assert "Per maand" in words and "Bereikte personen" in words
    for left_out in ("Vraagtypes", "Resultaat", "Bezoeken per weekdag en uur", "Leeftijd"):
        assert left_out not in words
    cells = {str(c) for row in openpyxl.load_workbook(xlsx).worksheets[0].iter_rows(
        values_only=True) for c in row if c is not None}
    assert {"Femmes", "Moins de 25 ans", "Types de demande", "Lieu de résidence",
            "Demandeurs d'emploi de moins de 25 ans"} <= cells
    assert not {"Résultat", "Autonomie", "Mois par mois", "Visites par jour et par heure"} & cells


def test_an_unknown_preset_is_one_sentence_and_no_file(quarter, tmp_path):
    """A preset the taxonomy has not: InputError naming the ones it has; nothing written."""
    out = tmp_path / "x.pdf"
    with pytest.raises(InputError) as refused:
        quarter.reports.export(ReportRequest(**QUARTER, preset="nope"), "pdf", "en", out)
    assert refused.value.sentence() == ("There is no sheet preset called nope; the presets "
                                        "are: digibank, pan_brussels.")
    assert not out.exists()


def test_a_network_adds_its_own_preset_by_importing_its_taxonomy(quarter, tmp_path):
    """An imported file's presets replace the shipped ones and live in the store."""
    own = default_taxonomy()
    text = taxonomy_to_toml(own).split("\n[[presets]]")[0] + PRESET
    path = tmp_path / "network.toml"
    path.write_text(text, encoding="utf-8")
    quarter.taxonomy.import_file(path)
    assert [p.code for p in quarter.taxonomy.current().presets] == ["ocmw"]
    page = quarter.reports.preview(ReportRequest(**QUARTER, preset="ocmw"), "en").pages[0]
    assert [t.key for t in page.tables] == ["indicators", "statuses"]
    assert [(r.label, r.count) for r in page.tables[0].rows] == [("Retired", 1)]
    assert not page.key_rows and page.grid is not None


def test_an_indicator_that_crosses_lists_counts_visits_meeting_all_of_them(quarter, tmp_path):
    """all_of: job seekers whose visit had an essential-service question are one visit (its
    two questions count once), and retired women over 65 one more; the old form still
    sums one list."""
    text = taxonomy_to_toml(default_taxonomy()).split("\n[[presets]]")[0] + CROSSING
    path = tmp_path / "network.toml"
    path.write_text(text, encoding="utf-8")
    quarter.taxonomy.import_file(path)
    assert quarter.taxonomy.current().preset("crossing").indicators[0].all_of
    page = quarter.reports.preview(ReportRequest(**QUARTER, preset="crossing"), "en").pages[0]
    rows = {r.code: (r.count, r.share) for r in page.tables[0].rows}
    assert rows == {"essential_job": (1, 0.25), "old_women": (1, 0.25),
                    "nobody": (0, 0.0), "retired": (1, 0.25)}


CROSSING = """
[[presets]]
code = "crossing"
en = "Crossing"
nl = "Kruising"
fr = "Croisement"
sections = ["statuses"]
indicators = [
  { code = "essential_job", all_of = [{ list = "question_types", codes = ["itsme_eid", "taxes", "gov_online"] }, { list = "statuses", codes = ["job_seeker"] }], en = "a", nl = "a", fr = "a" },
  { code = "old_women", all_of = [{ list = "genders", codes = ["f"] }, { list = "age_bands", codes = ["65_74", "75_plus"] }, { list = "statuses", codes = ["retired"] }], en = "b", nl = "b", fr = "b" },
  { code = "nobody", all_of = [{ list = "genders", codes = ["m"] }, { list = "statuses", codes = ["retired"] }], en = "c", nl = "c", fr = "c" },
  { code = "retired", list = "statuses", codes = ["retired"], en = "d", nl = "d", fr = "d" },
]
"""

PRESET = """
[[presets]]
code = "ocmw"
en = "OCMW view"
nl = "OCMW-weergave"
fr = "Vue CPAS"
sections = ["statuses", "grid"]
indicators = [
  { code = "retired", list = "statuses", codes = ["retired"], en = "Retired", nl = "Gepensioneerd", fr = "Pensionnés" },
]
"""

# A preset whose one indicator crosses lists as {} says.
CROSS = ('code = "x"\nen = "a"\nnl = "a"\nfr = "a"\nsections = ["people"]\nindicators = '
         '[{{ code = "i", all_of = {}, en = "a", nl = "a", fr = "a" }}]')

BASE = 'format = "helpdesk-taxonomy"\nversion = 1\n' + """
[[question_types]]
code = "email"
en = "E-mail"
nl = "E-mail"
fr = "E-mail"

[[outcomes]]
code = "referred"
en = "Referred"
nl = "Doorverwezen"
fr = "Orienté"
"""


@pytest.mark.parametrize("preset, words", [
    ('code = "x"\nen = "a"\nnl = "a"\nfr = "a"\nsections = ["gossip"]',
     "names an unknown section 'gossip'"),
    ('code = "x"\nen = "a"\nnl = "a"\nfr = "a"\nsections = []', "needs sections = [...]"),
    ('code = "x"\nen = "a"\nnl = "a"\nsections = ["people"]', "needs a fr label"),
    ('code = "X Y"\nen = "a"\nnl = "a"\nfr = "a"\nsections = ["people"]',
     "needs a code of lowercase letters"),
    ('code = "x"\nen = "a"\nnl = "a"\nfr = "a"\nlanguage = "de"\nsections = ["people"]',
     "language must be one of"),
    ('code = "x"\nen = "a"\nnl = "a"\nfr = "a"\nsections = ["people", "people"]',
     "names a section more than once"),
    ('code = "x"\nen = "a"\nnl = "a"\nfr = "a"\nsections = ["people"]\nindicators = '
     '[{ code = "i", list = "notes", codes = ["a"], en = "a", nl = "a", fr = "a" }]',
     "needs list = one of"),
    ('code = "x"\nen = "a"\nnl = "a"\nfr = "a"\nsections = ["people"]\nindicators = '
     '[{ code = "i", list = "question_types", codes = ["taxes"], en = "a", nl = "a", '
     'fr = "a" }]', "names 'taxes', which is not in the list question_types"),
    ('code = "x"\nen = "a"\nnl = "a"\nfr = "a"\nsections = ["people"]\nsql = "drop"',
     "has an unknown key 'sql'"),
    (CROSS.format('[{ list = "outcomes", codes = ["referred"] }]'),
     "preset 'x' indicator 'i': all_of must be a list of 2 to 5 tables"),
    (CROSS.format('"outcomes"'), "all_of must be a list of 2 to 5"),
    (CROSS.format('[{ list = "outcomes", codes = ["referred"] }, "statuses"]'),
     "indicator 'i': all_of part 2 is not a table"),
    (CROSS.format('[{ list = "outcomes", codes = ["referred"] }, { list = "notes", '
                  'codes = ["a"] }]'), "indicator 'i' needs list = one of"),
    (CROSS.format('[{ list = "outcomes", codes = ["referred"] }, { list = "question_types", '
                  'codes = ["taxes"] }]'),
     "indicator 'i' names 'taxes', which is not in the list question_types"),
    (CROSS.format('[{ list = "outcomes", codes = ["referred"] }, { list = "statuses", '
                  'codes = [] }]'), "needs codes = [...], codes of the list statuses"),
    (CROSS.format('[{ list = "outcomes", codes = ["referred"] }, { list = "outcomes", '
                  'codes = ["referred"] }]'), "all_of names a list more than once"),
    (CROSS.format('[{ list = "outcomes", codes = ["referred"] }, { list = "statuses", '
                  'codes = ["x"], sql = "drop" }]'), "all_of part 2 has an unknown key 'sql'"),
    (CROSS.format('[{ list = "outcomes", codes = ["referred"] }, { list = "statuses", '
                  'codes = ["x"] }], list = "outcomes", codes = ["referred"]'),
     "has both all_of and list/codes"),
    (CROSS.format('[' + ", ".join(['{ list = "statuses", codes = ["x"] }'] * 6) + ']'),
     "all_of must be a list of 2 to 5"),
    ('code = "x"\nen = "a"\nnl = "a"\nfr = "a"\nsections = ["people"]\nindicators = ['
     + ", ".join(['{ code = "i", list = "statuses", codes = ["x"], en = "a", nl = "a", '
                  'fr = "a" }'] * 2) + ']', "preset 'x' has two indicators with the same code"),
])
def test_a_hostile_preset_is_refused_in_one_sentence(preset, words):
    """Each bad preset: TaxonomyFileError, one sentence, saying what is wrong."""
    with pytest.raises(TaxonomyFileError) as refused:
        parse_taxonomy((BASE + "\n[[presets]]\n" + preset + "\n").encode(), source="t.toml")
    sentence = refused.value.sentence()
    assert words in sentence and "\n" not in sentence and sentence.endswith(".")
