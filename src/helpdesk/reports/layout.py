"""Turn a sheet's figures into what a reader sees: labelled tables in one language.

Codes become taxonomy labels; the sheet's own words come from ``texts``. The PDF, the XLSX
summary sheets and the desk's preview are all drawn from the ``SheetView`` made here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from zoneinfo import ZoneInfo

from helpdesk.core.constants import LANGUAGES
from helpdesk.core.report_records import (
    CountRow,
    CountTable,
    HourGrid,
    KeyRow,
    SheetPage,
    SheetView,
    TrendRow,
    TrendTable,
)
from helpdesk.core.records import GROUP_LEVELS
from helpdesk.core.taxonomy_file import SheetPreset, Taxonomy
from helpdesk.core.visit_fields import RESIDENCE_ABROAD
from helpdesk.reports.brussels import BRUSSELS_POSTCODES
from helpdesk.reports.figures import (
    DURATION_BUCKETS,
    GROUP_TABLES,
    NO,
    UNKNOWN,
    YES,
    PeopleFigures,
    PeriodTotals,
    SheetFigures,
    SpotFigures,
)
from helpdesk.reports.periods import Period
from helpdesk.reports.texts import (
    day_text,
    number_text,
    text,
    time_text,
    weekday_names,
)

# Sheet table -> taxonomy list its codes come from (first visits are yes/no/unknown).
TABLE_LISTS = {"question_types": "question_types", "outcomes": "outcomes",
               "autonomy": "autonomy", "referrals": "referrals", "channels": "channels",
               "help_languages": "help_languages", "first_visits": "",
               "age_bands": "age_bands", "statuses": "statuses", "genders": "genders",
               "devices": "devices", "residences": "", "durations": ""}
# Tables that always show "unknown", even at zero: nothing left unsaid is hidden.
SHOW_UNKNOWN = ("autonomy", "help_languages", "first_visits", "age_bands", "statuses", "genders")
DEFAULT_HOURS = tuple(range(9, 18))
HEADING_KEYS = ("sessions", "hours_open", "visits", "turned_away", "per_session", "per_hour",
                "period", "spot", "total", "count", "share", "no_data", "key_figures",
                "question_types", "outcomes", "profile", "grid", "grid_empty", "summary",
                "share_note")


def period_label(period: Period, language: str) -> str:
    """'Week 47 of 2026', 'Weeks 45 to 47 of 2026' or '01/01/2026 to 31/12/2026'."""
    if period.by_week:
        (year, first), (last_year, last) = period.first_week, period.last_week
        if (year, first) == (last_year, last):
            return text(language, "one_week", week=first, year=year)
        if year == last_year:
            return text(language, "weeks_same_year", first=first, last=last, year=year)
        return text(language, "weeks_across", first=first, first_year=year, last=last,
                    last_year=last_year)
    return dates_label(period, language)


def dates_label(period: Period, language: str) -> str:
    """'16/11/2026 to 22/11/2026' in the reader's words."""
    return text(language, "dates", first=day_text(period.first_day),
                last=day_text(period.last_day))


def lay_out(figures: SheetFigures, taxonomy: Taxonomy, language: str,
            preset: SheetPreset | None = None) -> SheetView:
    """The whole sheet in ``language``: a network page (when several spots) and one per spot.

    With a ``preset``, each page keeps only the sections it names, in its order, and its
    indicators come first.
    """
    if language not in LANGUAGES:
        language = "en"
    zone = ZoneInfo(figures.time_zone)
    made = figures.made_at.astimezone(zone)
    period = figures.period
    hours = _hours(figures.network.grid)
    pages = []
    several = len(figures.spots) != 1
    if several:
        pages.append(_page(figures, figures.network, taxonomy, language, hours, network=True))
    pages += [_page(figures, spot, taxonomy, language, hours,
                    printed=spot.totals.has_data or not several) for spot in figures.spots]
    if preset is not None:
        pages = [_preset_page(page, spot, preset, language)
                 for page, spot in zip(pages, ([figures.network] if several else [])
                                       + list(figures.spots))]
    return SheetView(
        preset=preset.label(language) if preset is not None else "",
        language=language,
        title=preset.label(language) if preset is not None else
        text(language, "title_week" if period.by_week and period.days == 7 else "title_period"),
        name=figures.name,
        period_label=period_label(period, language),
        period_dates=dates_label(period, language),
        language_label=text(language, "language"),
        made_label=text(language, "made_on", date=day_text(made.date()), time=time_text(made)),
        zone_label=text(language, "time_zone", zone=figures.time_zone),
        headings={key: text(language, key) for key in HEADING_KEYS},
        pages=tuple(pages),
        visit_records=figures.visit_records,
    )


def _page(figures: SheetFigures, spot: SpotFigures, taxonomy: Taxonomy, language: str,
          hours: tuple[int, ...], network: bool = False, printed: bool = True) -> SheetPage:
    period = figures.period
    previous_word = "previous_week" if period.by_week and period.days == 7 else "previous_period"
    key_rows = (
        key_row(period_label(period, language), spot.totals),
        key_row(text(language, "labelled", what=text(language, previous_word),
                     value=_lower_first(period_label(period.previous(), language))),
                spot.previous),
        key_row(text(language, "labelled", what=text(language, "year_before"),
                     value=_lower_first(period_label(period.year_before(), language))),
                spot.year_before),
    )
    spot_rows: tuple[KeyRow, ...] = ()
    idle = [s.name for s in figures.spots if not s.totals.has_data] if network else []
    if network:
        # A spot where nothing happened is one line of words, not a row (and a page) of zeros.
        spot_rows = tuple(key_row(s.name, s.totals) for s in figures.spots
                          if s.totals.has_data) + (key_row(text(language, "total"), spot.totals),)
    visits = spot.totals.visits
    tables = tuple(_table(key, spot.counts[key], taxonomy, language, visits)
                   for key in TABLE_LISTS) + (people_table(spot.people, language, visits),
                                              groups_table(spot.totals, language)) \
        + group_detail_tables(spot, taxonomy, language)
    def n(value: int) -> str:
        return number_text(value, language)

    notes = [text(language, "follow_ups", open=n(spot.follow_ups_open),
                  overdue=n(spot.follow_ups_overdue))]
    if spot.totals.sessions_open:
        notes.append(text(language, "open_sessions", n=n(spot.totals.sessions_open)))
    if spot.implausible:
        notes.append(text(language, "implausible", n=n(spot.implausible)))
    if idle:
        notes.insert(0, text(language, "no_activity", spots=", ".join(idle)))
    if network:
        title, subtitle = text(language, "network_summary"), text(language, "network")
    else:
        title = spot.name
        subtitle = taxonomy.label("spot_kinds", spot.kind, language) if spot.kind else ""
    return SheetPage(
        trend=trend_table(spot, language),
        title=title,
        subtitle=subtitle,
        key_rows=key_rows,
        spot_rows=spot_rows,
        tables=tables,
        grid=HourGrid(title=text(language, "grid"), weekdays=weekday_names(language),
                      hours=hours, counts=tuple(tuple(spot.grid.get((day, hour), 0)
                                                      for hour in hours) for day in range(7))),
        notes=tuple(notes),
        printed=printed,
        totals=text(language, "totals", visits=n(visits), questions=n(spot.question_records),
                    sessions=n(spot.totals.sessions), deleted=n(spot.deleted_left_out))
        + (" " + text(language, "unreadable", n=n(spot.unreadable)) if spot.unreadable else "")
        + (" " + text(language, "groups_totals", groups=n(spot.totals.groups),
                      participants=n(spot.totals.participants)) if spot.totals.groups else ""),
    )


def _preset_page(page: SheetPage, spot: SpotFigures, preset: SheetPreset,
                 language: str) -> SheetPage:
    """``page`` cut to what ``preset`` names, its indicators first."""
    wanted = preset.sections
    tables = {t.key: t for t in page.tables}
    shown = [tables[key] for key in wanted if key in tables]
    if preset.indicators:
        shown.insert(0, indicators_table(spot, preset, language))
    return replace(
        page, tables=tuple(shown),
        key_rows=page.key_rows if "key_figures" in wanted else (),
        spot_rows=page.spot_rows if "key_figures" in wanted else (),
        trend=page.trend if "trend" in wanted else None,
        grid=page.grid if "grid" in wanted else None)


def indicators_table(spot: SpotFigures, preset: SheetPreset, language: str) -> CountTable:
    """The funder's own figures: per indicator, the visits (or questions) with its codes, or
    the visits that meet all its conditions (``all_of``, counted by ``sheet_figures``)."""
    visits = spot.totals.visits
    rows = []
    for indicator in preset.indicators:
        counts = spot.counts.get(indicator.list_name, Counter())
        count = (spot.crossed.get(indicator.code, 0) if indicator.all_of
                 else sum(counts.get(code, 0) for code in indicator.codes))
        rows.append(CountRow(indicator.code, indicator.label(language), count,
                             count / visits if visits else None))
    note = text(language, "question_note") if any(
        i.list_name == "question_types" for i in preset.indicators) else ""
    return CountTable(key="indicators", title=text(language, "indicators"), rows=tuple(rows),
                      note=note)


def key_row(label: str, totals: PeriodTotals | None) -> KeyRow:
    """The key figures of one spot or period; all None when there is no data."""
    if totals is None:
        return KeyRow(label, None, None, None, None, None, None, has_data=False)
    return KeyRow(label, totals.sessions, round(totals.hours_open, 2), totals.visits,
                  totals.turned_away, totals.visits_per_session, totals.visits_per_hour)


def trend_table(spot: SpotFigures, language: str) -> TrendTable | None:
    """Visits, people reached, new people and group participants per month (None: one month).

    The whole period's people are not the sum of the months' (a person seen in two months
    is one person), so the total column repeats the period's own figures.
    """
    if not spot.months:
        return None
    figures = (
        ("visits", text(language, "visits"), [m.totals.visits for m in spot.months],
         spot.totals.visits),
        ("people_reached", text(language, "people"), [m.people.reached for m in spot.months],
         spot.people.reached),
        ("people_new", text(language, "people_new_month"), [m.people.new for m in spot.months],
         spot.people.new),
        ("participants", text(language, "participants"),
         [m.totals.participants for m in spot.months], spot.totals.participants),
    )
    return TrendTable(
        title=text(language, "trend"),
        months=tuple(f"{m.first_day.month:02d}/{m.first_day.year}" for m in spot.months),
        rows=tuple(TrendRow(code, label, tuple(values), total)
                   for code, label, values, total in figures))


def groups_table(totals: PeriodTotals, language: str) -> CountTable:
    """Group sessions and their participants, apart from the visits."""
    rows = (CountRow("group_sessions", text(language, "group_sessions"), totals.groups, None),
            CountRow("participants", text(language, "participants"), totals.participants, None))
    return CountTable(key="groups", title=text(language, "groups"), rows=rows,
                      note=text(language, "groups_note"))


def group_detail_tables(spot: SpotFigures, taxonomy: Taxonomy,
                        language: str) -> tuple[CountTable, ...]:
    """Group participants per question type covered, level and profile code; shares of the
    participants. Each is shown where something but "unknown" was counted."""
    participants = spot.totals.participants
    tables = []
    for key, list_name in GROUP_TABLES.items():
        counts = spot.group_counts[key]
        if list_name:
            known = [i.code for i in taxonomy.items(list_name, include_retired=True)
                     if counts.get(i.code)]
        else:
            known = [code for code in GROUP_LEVELS if counts.get(code)]
        codes = known + sorted(c for c in counts if c not in known and c != UNKNOWN)
        if key == "group_questions":  # most covered first, as the visits' question types
            codes.sort(key=lambda c: -counts[c])
        if counts.get(UNKNOWN):
            codes.append(UNKNOWN)
        rows = tuple(CountRow(code=c, label=_group_label(list_name, c, taxonomy, language),
                              count=counts[c],
                              share=counts[c] / participants if participants else None)
                     for c in codes)
        note = text(language, "group_questions_note") if key == "group_questions" else ""
        tables.append(CountTable(key=key, title=text(language, key), rows=rows, note=note))
    return tuple(tables)


def _group_label(list_name: str, code: str, taxonomy: Taxonomy, language: str) -> str:
    if code == UNKNOWN:
        return text(language, UNKNOWN)
    if not list_name:  # a level
        return text(language, f"level_{code}") if code in GROUP_LEVELS else code
    return taxonomy.label(list_name, code, language)


def people_table(people: PeopleFigures, language: str, visits: int) -> CountTable:
    """People reached through visitor codes; shares of the people, coded visits of visits."""
    reached = people.reached
    rows = (
        CountRow("people_reached", text(language, "people_reached"), reached, None),
        CountRow("people_new", text(language, "people_new"), people.new,
                 people.new / reached if reached else None),
        CountRow("coded_visits", text(language, "coded_visits"), people.coded_visits,
                 people.coded_visits / visits if visits else None),
    )
    per_person = people.visits_per_person
    note = text(language, "people_note", n=number_text(per_person, language)) \
        if per_person is not None else ""
    return CountTable(key="people", title=text(language, "people"), rows=rows, note=note)


def _table(key: str, counts: Counter, taxonomy: Taxonomy, language: str,
           visits: int) -> CountTable:
    list_name = TABLE_LISTS[key]
    if key == "residences":
        return _residences(counts, language, visits)
    if key == "durations":
        return durations_table(counts, language, visits)
    if list_name:
        known = [i.code for i in taxonomy.items(list_name, include_retired=True)
                 if i.active or counts.get(i.code)]
    else:
        known = [YES, NO]
    codes = known + sorted(c for c in counts if c not in known and c != UNKNOWN)
    if key in SHOW_UNKNOWN or counts.get(UNKNOWN):
        codes.append(UNKNOWN)
    if key == "question_types":
        # Most asked first; types nobody asked about are left out of a long list.
        codes = sorted((c for c in codes if counts.get(c)),
                       key=lambda c: (-counts[c], codes.index(c)))
    rows = tuple(CountRow(code=c, label=_label(list_name, c, taxonomy, language),
                          count=counts.get(c, 0),
                          share=counts.get(c, 0) / visits if visits else None) for c in codes)
    note = text(language, "question_note") if key == "question_types" else ""
    return CountTable(key=key, title=text(language, key), rows=rows, note=note)


def _residences(counts: Counter, language: str, visits: int) -> CountTable:
    """Visits by postcode, most first; Brussels' communes named; abroad and unknown last."""
    codes = sorted((c for c in counts if c not in (RESIDENCE_ABROAD, UNKNOWN)),
                   key=lambda c: (-counts[c], c))
    codes += [c for c in (RESIDENCE_ABROAD, UNKNOWN) if counts.get(c)]
    rows = tuple(CountRow(code=c, label=residence_label(c, language), count=counts[c],
                          share=counts[c] / visits if visits else None) for c in codes)
    return CountTable(key="residences", title=text(language, "residences"), rows=rows)


def durations_table(counts: Counter, language: str, visits: int) -> CountTable:
    """Visits by length, in the four buckets funders count; unknown last, when any."""
    codes = [code for code, _most in DURATION_BUCKETS]
    if counts.get(UNKNOWN):
        codes.append(UNKNOWN)
    rows = tuple(CountRow(code=c, label=text(language, f"duration_{c}" if c != UNKNOWN else c),
                          count=counts.get(c, 0),
                          share=counts.get(c, 0) / visits if visits else None) for c in codes)
    return CountTable(key="durations", title=text(language, "durations"), rows=rows)


def residence_label(code: str, language: str) -> str:
    """'1080 Molenbeek-Saint-Jean' (French) for Brussels' communes, the postcode elsewhere."""
    if code == RESIDENCE_ABROAD:
        return text(language, "abroad")
    if code == UNKNOWN:
        return text(language, UNKNOWN)
    names = BRUSSELS_POSTCODES.get(code)
    return f"{code} {names[1 if language == 'nl' else 0]}" if names else code


def _label(list_name: str, code: str, taxonomy: Taxonomy, language: str) -> str:
    if code in (UNKNOWN, YES, NO) and (not list_name or code == UNKNOWN):
        return text(language, code)
    return taxonomy.label(list_name, code, language)


def _hours(grid: Counter) -> tuple[int, ...]:
    used = [hour for (_day, hour), count in grid.items() if count]
    if not used:
        return DEFAULT_HOURS
    return tuple(range(min(min(used), DEFAULT_HOURS[0]), max(max(used), DEFAULT_HOURS[-1]) + 1))


def _lower_first(words: str) -> str:
    # "Previous week: week 45 of 2026": the period name continues the sentence.
    return words[:1].lower() + words[1:]
