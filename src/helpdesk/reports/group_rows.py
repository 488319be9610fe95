"""The CSV of the group sessions: one line per workshop, info session or training.

The sheet's own CSV is one line per visit, so a pivot on it counts visits; a group's
participants are not visits. This file is the group sessions' own: when, where, the level,
the participants, how many helpers ran it (never who), the question types covered and the
profile counts, one column per code of each profile list plus its "unknown" (what the counts
leave of the participants). Column names are stable codes in every language; labels come
beside codes, as in the visits CSV.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from zoneinfo import ZoneInfo

from sqlalchemy import and_, null, select

from helpdesk.core.group_details import stored_profile, stored_questions
from helpdesk.core.records import GROUP_LEVELS, GROUP_PROFILE_LISTS
from helpdesk.core.taxonomy_file import Taxonomy
from helpdesk.core.value_checks import parse_utc_text
from helpdesk.core.spreadsheet_cells import as_text_cell
from helpdesk.reports.csv_out import FLAVOURS
from helpdesk.reports.figures import UNKNOWN
from helpdesk.reports.periods import Period
from helpdesk.reports.source import ReportSource, as_text, live
from helpdesk.reports.texts import text

HEAD = ("date", "time", "spot_id", "spot", "title", "level", "level_label",
        "duration_minutes", "participants", "facilitators", "question_types",
        "question_type_labels")


def profile_columns(taxonomy: Taxonomy) -> list[tuple[str, str]]:
    """(list, code) of every profile column: each list's codes, then its "unknown"."""
    return [(name, code) for name in GROUP_PROFILE_LISTS
            for code in [i.code for i in taxonomy.items(name, include_retired=True)
                         if i.code != UNKNOWN] + [UNKNOWN]]


def group_rows(conn, source: ReportSource, period: Period, spot_ids: tuple[str, ...] | None,
               language: str) -> Iterator[list]:
    """One line of cells per live group session of the period, oldest first."""
    groups = source.group_session
    if groups is None:  # a source from before group sessions
        return
    c = groups.c
    zone = ZoneInfo(source.time_zone)
    taxonomy = source.taxonomy
    spot_names = dict(conn.execute(select(source.spot.c.id, source.spot.c.name)).all())
    first, last = period.utc_bounds(zone)
    started = as_text(c.started_at)
    conditions = [started >= first, started < last, live(groups)]
    if spot_ids is not None:
        conditions.append(c.spot_id.in_(spot_ids))
    details = [c[name] if name in c else null()
               for name in ("facilitators", "questions_covered", "profile")]
    columns = profile_columns(taxonomy)
    for row in conn.execute(
            select(started, c.spot_id, c.title, c.level, c.duration_minutes, c.participants,
                   *details).where(and_(*conditions)).order_by(started, c.id)):
        (moment, spot_id, title, level, minutes, participants, facilitators, questions,
         profile) = row
        when = parse_utc_text(moment)
        local = when.astimezone(zone) if when is not None else None
        codes = stored_questions(questions)
        counts = {(n, code): count for n, code, count in stored_profile(profile, participants)}
        for name in GROUP_PROFILE_LISTS:
            given = sum(count for (n, _code), count in counts.items() if n == name)
            counts[(name, UNKNOWN)] = participants - given
        yield [local.date().isoformat() if local else "",
               local.strftime("%H:%M") if local else "", spot_id,
               spot_names.get(spot_id, spot_id), title, level or "",
               text(language, f"level_{level}") if level in GROUP_LEVELS else "",
               minutes, participants, facilitators, " ".join(codes),
               "; ".join(taxonomy.label("question_types", q, language) for q in codes),
               *(counts.get(column, 0) for column in columns)]


def write_group_csv(rows: Iterator[list], taxonomy: Taxonomy, out: str,
                    flavour: str = "csv") -> int:
    """Write the header and one line per group session to ``out``; the lines written."""
    delimiter, encoding = FLAVOURS[flavour]
    written = 0
    with open(out, "w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([*HEAD, *(f"{name}.{code}" for name, code in profile_columns(taxonomy))])
        for line in rows:
            writer.writerow(["" if v is None else str(v) if isinstance(v, int)
                             else as_text_cell(v) for v in line])
            written += 1
    return written
