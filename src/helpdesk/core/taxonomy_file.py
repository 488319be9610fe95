"""Read, check and write taxonomy files (TOML): the lists a visit is recorded with.

Light on purpose (stdlib ``tomllib`` only for reading) so the GUI can show its buttons
before the database layer is loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from helpdesk.core.atomic_files import write_bytes_atomically
from helpdesk.core.constants import LANGUAGES
from helpdesk.core.errors import QT_TRANSLATE_NOOP, TaxonomyFileError
from helpdesk.core.resources import resource_path

FORMAT_NAME = "helpdesk-taxonomy"
FORMAT_VERSION = 1

# The lists a taxonomy file holds, in the order they are written back.
LISTS = (
    "question_types",
    "outcomes",
    "autonomy",
    "referrals",
    "channels",
    "devices",
    "age_bands",
    "genders",
    "help_languages",
    "statuses",
    "spot_kinds",
)
# Lists the app cannot work without; the others may be left out of an imported file and then
# keep their current items.
REQUIRED_LISTS = ("question_types", "outcomes")
# Codes the app's own logic refers to; a file that drops them would break the intake screen.
REQUIRED_CODES = {"outcomes": ("referred",)}

_CODE = re.compile(r"^[a-z0-9][a-z0-9_]{0,39}$")

# What a sheet preset may show, in the order a full sheet shows it: the key figures, the
# month-by-month trend, the count tables (keys of the sheet's tables) and the weekday grid.
PRESET_SECTIONS = (
    "key_figures", "trend", "people", "groups", "question_types", "outcomes", "autonomy",
    "referrals", "channels", "first_visits", "help_languages", "age_bands", "statuses",
    "genders", "devices", "residences", "durations", "grid",
    # the group sessions' participants per question type covered, level and profile
    "group_questions", "group_levels", "group_age_bands", "group_genders", "group_statuses",
)
# Lists a preset's indicator may add codes of (the visits counted by one of them).
INDICATOR_LISTS = ("question_types", "outcomes", "autonomy", "referrals", "channels",
                   "devices", "age_bands", "genders", "help_languages", "statuses")
MAX_PRESETS = 50
MAX_INDICATORS = 40
MAX_CONDITIONS = 5  # lists one indicator may cross (``all_of``)


@dataclass(frozen=True)
class TaxonomyItem:
    """One choice in a list: a stable code and its labels."""

    code: str
    labels: dict[str, str]
    active: bool = True
    order: int = 0

    def label(self, language: str) -> str:
        """The label in ``language``, falling back to English, then to the code."""
        return self.labels.get(language) or self.labels.get("en") or self.code


@dataclass(frozen=True)
class IndicatorCondition:
    """One list of an indicator that crosses lists: the visit's value is one of ``codes``."""

    list_name: str
    codes: tuple[str, ...]


@dataclass(frozen=True)
class PresetIndicator:
    """One figure a funder asks for: the visits whose ``list_name`` value is one of ``codes``.

    With ``all_of`` (then ``list_name`` is "" and ``codes`` empty) it is the visits that meet
    every condition at once, such as job seekers under 25 (status AND age band); a
    ``question_types`` condition holds when one of the visit's questions is of those types.
    """

    code: str
    list_name: str
    codes: tuple[str, ...]
    labels: dict[str, str]
    all_of: tuple[IndicatorCondition, ...] = ()

    def label(self, language: str) -> str:
        """The funder's words for it in ``language``."""
        return self.labels.get(language) or self.labels.get("en") or self.code


@dataclass(frozen=True)
class SheetPreset:
    """A funder's view of the sheet: which sections, which extra figures, in which words.

    ``language``: the language the funder reads (None: the one asked for).
    """

    code: str
    labels: dict[str, str]
    sections: tuple[str, ...]
    indicators: tuple[PresetIndicator, ...] = ()
    language: str | None = None

    def label(self, language: str) -> str:
        """The preset's name in ``language``."""
        return self.labels.get(language) or self.labels.get("en") or self.code


@dataclass(frozen=True)
class Taxonomy:
    """All lists, each in display order. Retired items stay so old records stay readable."""

    lists: dict[str, tuple[TaxonomyItem, ...]] = field(default_factory=dict)
    name: str = ""
    presets: tuple[SheetPreset, ...] = ()

    def preset(self, code: str) -> SheetPreset | None:
        """The sheet preset called ``code``, or None."""
        return next((p for p in self.presets if p.code == code), None)

    def items(self, list_name: str, *, include_retired: bool = False) -> tuple[TaxonomyItem, ...]:
        """The items of one list, active ones only unless asked."""
        items = self.lists.get(list_name, ())
        return items if include_retired else tuple(i for i in items if i.active)

    def codes(self, list_name: str, *, include_retired: bool = False) -> tuple[str, ...]:
        """The codes of one list, in order."""
        return tuple(i.code for i in self.items(list_name, include_retired=include_retired))

    def label(self, list_name: str, code: str | None, language: str) -> str:
        """The label of ``code`` in ``language``; an unknown code shows as itself."""
        if code is None:
            return ""
        for item in self.lists.get(list_name, ()):
            if item.code == code:
                return item.label(language)
        return code


def default_taxonomy() -> Taxonomy:
    """The taxonomy that ships with the app."""
    return read_taxonomy(resource_path("taxonomy", "default.toml"))


def read_taxonomy(path: Path) -> Taxonomy:
    """Read and check a taxonomy file; raise ``TaxonomyFileError`` saying what is wrong."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise TaxonomyFileError(
            QT_TRANSLATE_NOOP("errors", "The taxonomy file {path} does not exist."), path=str(path)
        ) from None
    except OSError as exc:
        raise TaxonomyFileError(
            QT_TRANSLATE_NOOP("errors", "The taxonomy file {path} cannot be read: {reason}."),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None
    return parse_taxonomy(raw, source=str(path))


def parse_taxonomy(raw: bytes, *, source: str = "taxonomy file") -> Taxonomy:
    """Parse the bytes of a taxonomy file."""
    import tomllib  # here: a desk that has its lists in the store never parses TOML at start

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise _bad(source, QT_TRANSLATE_NOOP("errors", "it is not UTF-8 text")) from None
    except tomllib.TOMLDecodeError as exc:
        raise _bad(source, str(exc)) from None
    if data.get("format") != FORMAT_NAME:
        raise _bad(source, QT_TRANSLATE_NOOP("errors", 'it does not say format = "helpdesk-taxonomy"'))
    version = data.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise _bad(source, QT_TRANSLATE_NOOP("errors", "it was made for a newer version of Helpdesk"))
    lists: dict[str, tuple[TaxonomyItem, ...]] = {}
    for list_name in LISTS:
        if list_name not in data:
            continue
        entries = data[list_name]
        if not isinstance(entries, list) or not entries:
            raise _bad(source, f"[[{list_name}]] must be a non-empty list of items")
        lists[list_name] = tuple(_parse_item(source, list_name, n, e) for n, e in enumerate(entries))
        codes = [i.code for i in lists[list_name]]
        dupes = sorted({c for c in codes if codes.count(c) > 1})
        if dupes:
            raise _bad(source, f"{list_name} has the code {dupes[0]!r} more than once")
    for list_name in REQUIRED_LISTS:
        if list_name not in lists:
            raise _bad(source, f"the list [[{list_name}]] is missing")
    for list_name, kept_codes in REQUIRED_CODES.items():
        have = {i.code for i in lists.get(list_name, ())}
        for code in kept_codes:
            if code not in have:
                raise _bad(source, f"{list_name} must keep the code {code!r}")
    unknown = sorted(k for k in data
                     if k not in LISTS and k not in ("format", "version", "name", "presets"))
    if unknown:
        raise _bad(source, f"it has an unknown list {unknown[0]!r}")
    presets = _parse_presets(source, data.get("presets", []), lists)
    return Taxonomy(lists=lists, name=str(data.get("name", "")), presets=presets)


def parse_presets_text(raw: str, *, source: str = "stored sheet presets") -> tuple[SheetPreset, ...]:
    """The ``[[presets]]`` of a text written by ``presets_to_toml`` (a desk keeps them so)."""
    import tomllib

    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise _bad(source, str(exc)) from None
    return _parse_presets(source, data.get("presets", []), {})


def _parse_presets(source: str, entries: object,
                   lists: dict[str, tuple[TaxonomyItem, ...]]) -> tuple[SheetPreset, ...]:
    if not isinstance(entries, list):
        raise _bad(source, "[[presets]] must be a list of presets")
    if len(entries) > MAX_PRESETS:
        raise _bad(source, f"it has more than {MAX_PRESETS} presets")
    presets = tuple(_parse_preset(source, n, e, lists) for n, e in enumerate(entries))
    codes = [p.code for p in presets]
    dupes = sorted({c for c in codes if codes.count(c) > 1})
    if dupes:
        raise _bad(source, f"presets has the code {dupes[0]!r} more than once")
    return presets


def _labels(source: str, where: str, code: str, entry: dict) -> dict[str, str]:
    labels = {}
    for language in LANGUAGES:
        label = entry.get(language)
        if not isinstance(label, str) or not label.strip() or len(label) > 200:
            raise _bad(source, f"{where} ({code}) needs a {language} label of at most 200 "
                               f"characters")
        labels[language] = " ".join(label.split())
    return labels


def _parse_preset(source: str, index: int, entry: object,
                  lists: dict[str, tuple[TaxonomyItem, ...]]) -> SheetPreset:
    where = f"preset {index + 1}"
    if not isinstance(entry, dict):
        raise _bad(source, f"{where} is not a table")
    code = entry.get("code")
    if not isinstance(code, str) or not _CODE.match(code):
        raise _bad(source, f"{where} needs a code of lowercase letters, digits and _")
    where = f"preset {code!r}"
    labels = _labels(source, "preset", code, entry)
    language = entry.get("language")
    if language is not None and language not in LANGUAGES:
        raise _bad(source, f"{where}: language must be one of {', '.join(LANGUAGES)}")
    sections = entry.get("sections")
    if (not isinstance(sections, list) or not sections
            or not all(isinstance(x, str) for x in sections)):
        raise _bad(source, f"{where} needs sections = [...], a list of section names")
    for section in sections:
        if section not in PRESET_SECTIONS:
            raise _bad(source, f"{where} names an unknown section {section[:40]!r}; known "
                               f"sections are {', '.join(PRESET_SECTIONS)}")
    if len(set(sections)) != len(sections):
        raise _bad(source, f"{where} names a section more than once")
    raw_indicators = entry.get("indicators", [])
    if not isinstance(raw_indicators, list) or len(raw_indicators) > MAX_INDICATORS:
        raise _bad(source, f"{where}: indicators must be a list of at most {MAX_INDICATORS}")
    indicators = tuple(_parse_indicator(source, where, n, e, lists)
                       for n, e in enumerate(raw_indicators))
    codes = [i.code for i in indicators]
    if len(set(codes)) != len(codes):
        raise _bad(source, f"{where} has two indicators with the same code")
    known = {"code", "language", "sections", "indicators", *LANGUAGES}
    extra = sorted(str(k) for k in entry if k not in known)
    if extra:
        raise _bad(source, f"{where} has an unknown key {extra[0][:40]!r}")
    return SheetPreset(code=code, labels=labels, sections=tuple(sections),
                       indicators=indicators, language=language)


def _parse_indicator(source: str, preset: str, index: int, entry: object,
                     lists: dict[str, tuple[TaxonomyItem, ...]]) -> PresetIndicator:
    where = f"{preset} indicator {index + 1}"
    if not isinstance(entry, dict):
        raise _bad(source, f"{where} is not a table")
    code = entry.get("code")
    if not isinstance(code, str) or not _CODE.match(code):
        raise _bad(source, f"{where} needs a code of lowercase letters, digits and _")
    where = f"{preset} indicator {code!r}"
    extra = sorted(str(k) for k in entry
                   if k not in {"code", "list", "codes", "all_of", *LANGUAGES})
    if extra:
        raise _bad(source, f"{where} has an unknown key {extra[0][:40]!r}")
    labels = _labels(source, "indicator", code, entry)
    if "all_of" not in entry:
        condition = _parse_condition(source, where, entry, lists)
        return PresetIndicator(code=code, list_name=condition.list_name, codes=condition.codes,
                               labels=labels)
    if "list" in entry or "codes" in entry:
        raise _bad(source, f"{where} has both all_of and list/codes; give one or the other")
    raw = entry["all_of"]
    if not isinstance(raw, list) or not 2 <= len(raw) <= MAX_CONDITIONS:
        raise _bad(source, f"{where}: all_of must be a list of 2 to {MAX_CONDITIONS} tables "
                           f"{{ list = ..., codes = [...] }}")
    conditions = []
    for number, part in enumerate(raw):
        if not isinstance(part, dict):
            raise _bad(source, f"{where}: all_of part {number + 1} is not a table")
        extra = sorted(str(k) for k in part if k not in {"list", "codes"})
        if extra:
            raise _bad(source, f"{where}: all_of part {number + 1} has an unknown key "
                               f"{extra[0][:40]!r}")
        conditions.append(_parse_condition(source, where, part, lists))
    names = [c.list_name for c in conditions]
    if len(set(names)) != len(names):
        raise _bad(source, f"{where}: all_of names a list more than once; put all its codes "
                           f"in one part")
    return PresetIndicator(code=code, list_name="", codes=(), labels=labels,
                           all_of=tuple(conditions))


def _parse_condition(source: str, where: str, entry: dict,
                     lists: dict[str, tuple[TaxonomyItem, ...]]) -> IndicatorCondition:
    list_name = entry.get("list")
    if not isinstance(list_name, str) or list_name not in INDICATOR_LISTS:
        raise _bad(source, f"{where} needs list = one of {', '.join(INDICATOR_LISTS)}")
    codes = entry.get("codes")
    if (not isinstance(codes, list) or not codes or len(codes) > 100
            or not all(isinstance(c, str) and _CODE.match(c) for c in codes)):
        raise _bad(source, f"{where} needs codes = [...], codes of the list {list_name}")
    if list_name in lists:
        have = {i.code for i in lists[list_name]}
        missing = [c for c in codes if c not in have]
        if missing:
            raise _bad(source, f"{where} names {missing[0]!r}, which is not in the "
                               f"list {list_name}")
    return IndicatorCondition(list_name, tuple(dict.fromkeys(codes)))


def _parse_item(source: str, list_name: str, index: int, entry: object) -> TaxonomyItem:
    where = f"{list_name} item {index + 1}"
    if not isinstance(entry, dict):
        raise _bad(source, f"{where} is not a table")
    code = entry.get("code")
    if not isinstance(code, str) or not _CODE.match(code):
        raise _bad(source, f"{where} needs a code of lowercase letters, digits and _")
    labels = {}
    for language in LANGUAGES:
        label = entry.get(language)
        if not isinstance(label, str) or not label.strip():
            raise _bad(source, f"{where} ({code}) has no {language} label")
        labels[language] = label.strip()
    active = entry.get("active", True)
    if not isinstance(active, bool):
        raise _bad(source, f"{where} ({code}): active must be true or false")
    return TaxonomyItem(code=code, labels=labels, active=active, order=index)


def _bad(source: str, reason: str) -> TaxonomyFileError:
    return TaxonomyFileError(
        QT_TRANSLATE_NOOP("errors", "The taxonomy file {source} cannot be used: {reason}."),
        source=source,
        reason=reason,
    )


def merge_taxonomy(current: Taxonomy, imported: Taxonomy) -> Taxonomy:
    """The imported lists replace the current ones; codes that disappear are kept, retired.

    Records store codes, so a code that an imported file leaves out must stay readable.
    """
    lists: dict[str, tuple[TaxonomyItem, ...]] = {}
    for list_name in LISTS:
        new = imported.lists.get(list_name)
        old = current.lists.get(list_name, ())
        if new is None:
            if old:
                lists[list_name] = old
            continue
        kept = {i.code for i in new}
        retired = [
            TaxonomyItem(i.code, i.labels, active=False, order=0) for i in old if i.code not in kept
        ]
        ordered = list(new) + retired
        lists[list_name] = tuple(
            TaxonomyItem(i.code, i.labels, i.active, order=n) for n, i in enumerate(ordered)
        )
    # A file with presets brings the network's presets; one without keeps the desk's.
    return Taxonomy(lists=lists, name=imported.name or current.name,
                    presets=imported.presets or current.presets)


def taxonomy_to_toml(taxonomy: Taxonomy) -> str:
    """The taxonomy as a file a coordinator can edit and import again."""
    lines = [
        "# Helpdesk taxonomy: codes are stored in records, labels are shown.",
        "# Retire an item with active = false rather than removing or renaming its code.",
        f'format = "{FORMAT_NAME}"',
        f"version = {FORMAT_VERSION}",
        f"name = {_toml_string(taxonomy.name)}",
    ]
    for list_name in LISTS:
        for item in taxonomy.lists.get(list_name, ()):
            lines.append("")
            lines.append(f"[[{list_name}]]")
            lines.append(f"code = {_toml_string(item.code)}")
            for language in ("en", "nl", "fr"):
                lines.append(f"{language} = {_toml_string(item.label(language))}")
            if not item.active:
                lines.append("active = false")
    text = "\n".join(lines) + "\n"
    return text + presets_to_toml(taxonomy.presets) if taxonomy.presets else text


def presets_to_toml(presets: tuple[SheetPreset, ...]) -> str:
    """The ``[[presets]]`` tables of a taxonomy file (also how a desk stores them)."""
    lines: list[str] = []
    for preset in presets:
        lines += ["", "[[presets]]", f"code = {_toml_string(preset.code)}"]
        for language in ("en", "nl", "fr"):
            lines.append(f"{language} = {_toml_string(preset.label(language))}")
        if preset.language:
            lines.append(f"language = {_toml_string(preset.language)}")
        lines.append("sections = [" + ", ".join(_toml_string(s) for s in preset.sections) + "]")
        if preset.indicators:
            lines.append("indicators = [")
            for ind in preset.indicators:
                labels = ", ".join(f"{lang} = {_toml_string(ind.label(lang))}"
                                   for lang in ("en", "nl", "fr"))
                lines.append(f"  {{ code = {_toml_string(ind.code)}, {_condition_toml(ind)}, "
                             f"{labels} }},")
            lines.append("]")
    return "\n".join(lines) + "\n"


def _condition_toml(indicator: PresetIndicator) -> str:
    def one(list_name: str, codes: tuple[str, ...]) -> str:
        listed = ", ".join(_toml_string(c) for c in codes)
        return f"list = {_toml_string(list_name)}, codes = [{listed}]"

    if not indicator.all_of:
        return one(indicator.list_name, indicator.codes)
    return "all_of = [" + ", ".join("{ " + one(c.list_name, c.codes) + " }"
                                    for c in indicator.all_of) + "]"


def _toml_string(text: str) -> str:
    # A TOML basic string: escape backslash, quote and control characters.
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def write_taxonomy(taxonomy: Taxonomy, path: Path) -> None:
    """Write the taxonomy file atomically (a half-written file is never left behind)."""
    try:
        write_bytes_atomically(Path(path), taxonomy_to_toml(taxonomy).encode("utf-8"))
    except OSError as exc:
        raise TaxonomyFileError(
            QT_TRANSLATE_NOOP("errors", "The taxonomy cannot be written to {path}: {reason}."),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None
