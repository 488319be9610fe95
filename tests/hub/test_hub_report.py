"""helpdesk-hub report: the network's sheet over two desks' records, on SQLite and PostgreSQL.

The hub is filled through the real receive path (network_data.py); the sheets are read back
with openpyxl and csv and checked against the answers written there.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys

import pytest
from network_data import (
    BUURTBAR,
    IN_WEEK,
    MOLENBEEK_ROOM,
    OUTCOMES,
    QUESTION_TYPES,
    ROOM,
    SCHAERBEEK_ROOM,
    VISITS_PER_SPOT,
    open_desk,
    record_visit,
)

from helpdesk.core.sync_records import TargetDraft
from helpdesk.hub.cli import main

openpyxl = pytest.importorskip("openpyxl")


def report(network, tmp_path, *options, fmt="xlsx", out=None):
    """Run ``helpdesk-hub report`` for week 47; the file written."""
    out = out or tmp_path / f"network.{fmt}"
    code = main(["--db", network.url, "report", "--week", "2026-W47", "--format", fmt,
                 "--out", str(out), *options])
    assert code == 0
    return out


def rows_of(sheet) -> list[list]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def key_row(rows, label):
    return next(r for r in rows if r and r[0] == label)


def counts(rows, title) -> dict[str, int]:
    """A count table of a summary sheet by its title: {code: count}."""
    start = next(n for n, r in enumerate(rows) if r and r[0] == title)
    found = {}
    for row in rows[start + 1:]:
        if not row or row[0] is None or row[1] is None or isinstance(row[1], str):
            break
        if row[1]:
            found[row[3]] = row[1]
    return found


def visit_rows(path, delimiter=",", encoding="utf-8") -> list[dict]:
    with open(path, encoding=encoding, newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


def test_one_sheet_adds_up_the_visits_of_both_desks(network, tmp_path, capsys):
    """Per spot and for the network: both desks' visits, the edit counted once at its new
    outcome, the deleted visit and the next week's left out."""
    out = report(network, tmp_path, "--name", "Réseau EPN Bruxelles")
    assert capsys.readouterr().out == f"Sheet written to {out} (6 visits).\n"
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Network summary", BUURTBAR, "EPN Molenbeek - Computer room",
                               "EPN Schaerbeek - Computer room", "Visits"]
    assert key_row(rows_of(book["Visits"]), "Desk or network")[1] == "Réseau EPN Bruxelles"
    summary = rows_of(book["Network summary"])
    assert key_row(summary, "Week 47 of 2026")[3] == 6
    for spot, visits in VISITS_PER_SPOT.items():
        assert key_row(summary, spot)[3] == visits
    assert key_row(summary, "Total")[3] == 6
    assert counts(summary, "Outcome") == OUTCOMES
    assert counts(summary, "Question types") == QUESTION_TYPES
    assert any(r[0] and r[0].startswith("Made from 6 visit records (7 question type records)")
               and r[0].endswith("Deleted visits left out: 1.") for r in summary)
    molenbeek = rows_of(book["EPN Molenbeek - Computer room"])
    assert molenbeek[0][0] == MOLENBEEK_ROOM
    assert counts(molenbeek, "Outcome") == {"solved": 1, "partly": 1, "referred": 1}


def test_the_visit_rows_are_each_live_visit_once(network, tmp_path):
    """The CSV: one row per live visit of the week, from both desks, at its latest revision."""
    rows = visit_rows(report(network, tmp_path, fmt="csv"))
    assert len(rows) == len({r["visit_id"] for r in rows}) == 6
    assert network.names_of(r["visit_id"] for r in rows) == IN_WEEK
    by_name = {network.names_of([r["visit_id"]]).pop(): r for r in rows}
    assert by_name["a3"]["outcome"] == "partly"
    assert {r["spot"] for r in rows} == set(VISITS_PER_SPOT)
    excel = visit_rows(report(network, tmp_path, fmt="csv-excel", out=tmp_path / "x.csv"),
                       delimiter=";", encoding="utf-8-sig")
    assert [r["visit_id"] for r in excel] == [r["visit_id"] for r in rows]


@pytest.mark.parametrize("spots, pages, visits", [
    ([ROOM], ["EPN Molenbeek - Computer room", "EPN Schaerbeek - Computer room"], 5),
    (["epn molenbeek/computer ROOM"], ["EPN Molenbeek - Computer room"], 3),
    ([SCHAERBEEK_ROOM, BUURTBAR], ["EPN Schaerbeek - Computer room", BUURTBAR], 3),
])
def test_spot_names_pick_every_spot_of_a_name_or_one_desks(network, tmp_path, capsys, spots,
                                                          pages, visits):
    """--spot NAME takes the spot of that name at every desk; DESK/SPOT (as the sheet shows
    it, any case) takes one desk's."""
    options = [option for spot in spots for option in ("--spot", spot)]
    book = openpyxl.load_workbook(report(network, tmp_path, *options))
    assert [name for name in book.sheetnames if name not in ("Network summary", "Visits")] \
        == pages
    assert f"({visits} visits)" in capsys.readouterr().out


def test_a_desk_known_only_from_a_stick_is_named_by_its_id(network, tmp_path):
    """CSV batches imported on the hub: that desk's spots join the sheet, its shared name
    shown with "desk" and the end of its id, which --spot takes back."""
    desk = open_desk(tmp_path / "anderlecht", "EPN Anderlecht", [ROOM])
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        visit = record_visit(desk, ROOM, "2026-11-19 12:00", ("email",), "solved")
        desk.sync.add_target(TargetDraft(name="stick", kind="folder", folder=str(stick)))
        assert desk.sync.run().problems == ()
    finally:
        desk.close()
    assert main(["--db", network.url, "import", str(stick)]) == 0
    shown = f"desk {visit.desk_id[-8:]} / {ROOM}"
    rows = visit_rows(report(network, tmp_path, fmt="csv"))
    assert len(rows) == 7 and {r["spot"] for r in rows} == {*VISITS_PER_SPOT, shown}
    rows = visit_rows(report(network, tmp_path, "--spot", shown, fmt="csv"))
    assert [(r["visit_id"], r["spot"]) for r in rows] == [(visit.id, shown)]


def test_the_time_zone_sets_the_days_and_hours(network, tmp_path):
    """Brussels by default; --time-zone gives another network its own local times."""
    def time_of_a1(*options):
        rows = visit_rows(report(network, tmp_path, *options, fmt="csv",
                                 out=tmp_path / f"{len(options)}.csv"))
        return next((r["date"], r["time"]) for r in rows
                    if network.names_of([r["visit_id"]]) == {"a1"})

    assert time_of_a1() == ("2026-11-16", "10:15")  # 09:15 UTC
    assert time_of_a1("--time-zone", "Asia/Tokyo") == ("2026-11-16", "18:15")


@pytest.mark.parametrize("options, words", [
    (["--time-zone", "Europe/Brusels"], "The time zone Europe/Brusels is not known; give one "
                                        "such as Europe/Brussels."),
    (["--spot", "Library"], 'There is no spot called "Library" on the hub; the spots are: '
                            f"{BUURTBAR}, {MOLENBEEK_ROOM}, {SCHAERBEEK_ROOM}."),
    (["--spot", "EPN Anderlecht/Computer room"], 'no spot called "EPN Anderlecht/Computer'),
    (["--taxonomy", "/no/such/taxonomy.toml"], "does not exist"),
    (["--to-week", "2026-W46"], "ends before it starts"),
])
def test_bad_input_is_one_sentence_and_no_file(network, tmp_path, capsys, options, words):
    """Exit 1, one line on stderr, no traceback, nothing written (not even a temporary)."""
    out = tmp_path / "sheets" / "network.pdf"
    out.parent.mkdir()
    code = main(["--db", network.url, "report", "--week", "2026-W47", "--out", str(out),
                 *options])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err and words in err
    assert list(out.parent.iterdir()) == []


def test_a_bad_week_or_missing_database_creates_nothing(tmp_path, capsys):
    """A wrong week or a hub database that is not there: refused before anything is made."""
    db = tmp_path / "nohub.db"
    for week, words in (("2026-W54", "The year 2026 has no week 54."),
                        ("2026-W47", f"There is no hub database at {db}")):
        code = main(["--db", str(db), "report", "--week", week, "--out",
                     str(tmp_path / "x.pdf")])
        err = capsys.readouterr().err
        assert code == 1 and err.startswith(words) and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_a_wrong_flag_is_one_line(tmp_path, capsys):
    """argparse's usage dump is replaced by one line; exit 2."""
    with pytest.raises(SystemExit) as stop:
        main(["report", "--week", "2026-W47", "--format", "docx", "--out", "x"])
    err = capsys.readouterr().err
    assert stop.value.code == 2 and err.count("\n") == 1 and "invalid choice: 'docx'" in err


@pytest.mark.slow
def test_the_command_as_a_process(network, tmp_path):
    """python -m helpdesk.hub report writes the PDF: a summary page and one per spot."""
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "network.pdf"
    run = subprocess.run([sys.executable, "-m", "helpdesk.hub", "--db", network.url, "report",
                          "--week", "2026-W47", "--lang", "nl", "--out", str(out)],
                         capture_output=True, text=True, timeout=120,
                         env={**os.environ, "HELPDESK_HUB_DB": ""})
    assert run.returncode == 0, run.stderr
    pages = [page.extract_text() for page in pypdf.PdfReader(out).pages]
    assert len(pages) == 4 and "Overzicht van het netwerk" in pages[0]
    assert "Gemaakt uit 6 bezoekrecords" in pages[0]
    assert any(MOLENBEEK_ROOM in page for page in pages[1:])
