"""The sheets' own words exist in Dutch, French and English, with the same placeholders."""

from __future__ import annotations

import re

from helpdesk.reports.texts import TEXTS, number_text, percent_text, text, weekday_names

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def test_every_key_has_three_non_empty_texts():
    """No sheet word is missing or empty in any language."""
    for key, words in TEXTS.items():
        assert len(words) == 3, key
        assert all(w.strip() for w in words), key


def test_placeholders_match_in_every_language():
    """A translation never drops or adds a {placeholder}."""
    for key, (en, nl, fr) in TEXTS.items():
        wanted = sorted(PLACEHOLDER.findall(en))
        assert sorted(PLACEHOLDER.findall(nl)) == wanted, key
        assert sorted(PLACEHOLDER.findall(fr)) == wanted, key


def test_weekdays_and_numbers_the_belgian_way():
    """Seven short weekday names; 1.234,5 in Dutch, 1 234,5 in French, 1,234.5 in English."""
    for language in ("nl", "fr", "en"):
        assert len(weekday_names(language)) == 7
    assert weekday_names("fr")[0] == "lun" and weekday_names("nl")[6] == "zo"
    assert number_text(1234.5, "nl") == "1.234,5"
    assert number_text(1234.5, "fr") == "1\u00a0234,5"
    assert number_text(1234.5, "en") == "1,234.5"
    assert number_text(None, "en") == "–" and percent_text(0.125, "fr") == "12\u00a0%"
    assert text("fr", "page", n=2, total=9) == "Page 2 sur 9"
