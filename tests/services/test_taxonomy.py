"""The taxonomy in the store: seeded from the default, exported, imported (merged), retired."""

from __future__ import annotations

import pytest

from helpdesk.core.errors import InputError, TaxonomyFileError
from helpdesk.core.taxonomy_file import default_taxonomy


def test_a_new_store_holds_the_default_taxonomy(services):
    """The first open seeds every list of the shipped file, in its order."""
    assert services.taxonomy.current() == default_taxonomy()


def test_export_then_import_gives_the_same_taxonomy(services, tmp_path):
    """A file written by export_file imports back to exactly the same lists and labels."""
    services.taxonomy.set_active("question_types", "taxes", False)
    before = services.taxonomy.current()
    target = tmp_path / "network.toml"
    services.taxonomy.export_file(target)
    assert 'code = "taxes"' in target.read_text(encoding="utf-8")
    assert services.taxonomy.import_file(target) == before


def test_import_keeps_codes_the_file_leaves_out_as_retired(services, tmp_path):
    """Codes missing from an imported file stay, retired; new codes are added in file order."""
    source = tmp_path / "small.toml"
    source.write_text(
        'format = "helpdesk-taxonomy"\nversion = 1\nname = "Netwerk Brussel"\n'
        '[[question_types]]\ncode = "smartphone"\nen = "Phones"\nnl = "Gsm"\nfr = "GSM"\n'
        '[[question_types]]\ncode = "vaccination"\nen = "Vaccination certificate"\n'
        'nl = "Vaccinatiecertificaat"\nfr = "Certificat de vaccination"\n'
        '[[outcomes]]\ncode = "solved"\nen = "Solved"\nnl = "Opgelost"\nfr = "Résolu"\n'
        '[[outcomes]]\ncode = "referred"\nen = "Referred"\nnl = "Doorverwezen"\nfr = "Orienté"\n',
        encoding="utf-8")
    result = services.taxonomy.import_file(source)
    assert result.name == "Netwerk Brussel"
    assert result.codes("question_types") == ("smartphone", "vaccination")
    assert "taxes" in result.codes("question_types", include_retired=True)
    assert result.label("question_types", "smartphone", "nl") == "Gsm"
    assert result.codes("channels") == default_taxonomy().codes("channels")  # left alone
    assert services.taxonomy.current() == result


def test_a_malformed_file_gives_a_clear_error_and_changes_nothing(services, tmp_path):
    """A broken file raises TaxonomyFileError naming the file and the problem; lists stay."""
    before = services.taxonomy.current()
    broken = tmp_path / "broken.toml"
    broken.write_text('format = "helpdesk-taxonomy"\nversion = 1\n[[question_types]]\n'
                      'code = "Bad Code"\nen = "x"\nnl = "x"\nfr = "x"\n', encoding="utf-8")
    with pytest.raises(TaxonomyFileError) as caught:
        services.taxonomy.import_file(broken)
    assert str(broken) in str(caught.value) and "code" in str(caught.value)
    with pytest.raises(TaxonomyFileError):
        services.taxonomy.import_file(tmp_path / "missing.toml")
    assert services.taxonomy.current() == before


def test_retiring_and_bringing_back_an_item(services):
    """set_active retires an item (kept, inactive) and brings it back; the last one stays."""
    retired = services.taxonomy.set_active("outcomes", "partly", False)
    assert "partly" not in retired.codes("outcomes")
    assert "partly" in retired.codes("outcomes", include_retired=True)
    assert "partly" in services.taxonomy.set_active("outcomes", "partly", True).codes("outcomes")
    for code in ("solved", "partly", "not_solved"):
        services.taxonomy.set_active("outcomes", code, False)
    with pytest.raises(InputError):
        services.taxonomy.set_active("outcomes", "referred", False)
