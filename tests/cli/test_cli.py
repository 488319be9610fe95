"""The command line: self-test, demo, errors as one plain sentence, a light start-up path."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter

import pytest

from helpdesk.cli.main import main


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m helpdesk`` with ``args``."""
    return subprocess.run([sys.executable, "-m", "helpdesk", *args], capture_output=True,
                          text=True, timeout=300, env={**os.environ, **(env or {})})


def test_self_test_passes_and_leaves_the_data_folder_alone(tmp_path):
    """self-test exits 0, says there is no store of the desk's to check yet, and writes
    nothing into the configured data folder."""
    data = tmp_path / "data"
    out = run("--data-dir", str(data), "self-test")
    assert out.returncode == 0, out.stderr
    passed, own = out.stdout.splitlines()
    assert passed.startswith("Self-test passed") and "nothing more to check" in own
    assert not data.exists()


@pytest.mark.parametrize("args", [["--visits", "0"], ["--visits", "-5"],
                                  ["--visits", "10", "--weeks", "0"]])
def test_demo_with_bad_numbers_says_so_in_one_line(tmp_path, capsys, args):
    """Impossible demo sizes exit non-zero with one sentence on stderr and no traceback."""
    code = main(["--data-dir", str(tmp_path / "d"), "demo", *args])
    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1 and "Traceback" not in err and err.strip().endswith(".")


@pytest.mark.parametrize("args", [["demo", "--visits", "many"], ["demo"], ["frobnicate"]])
def test_a_bad_flag_is_one_line_and_exit_2(tmp_path, args):
    """A wrong or missing flag: exit 2, one line on stderr naming the flag, no usage dump."""
    out = run("--data-dir", str(tmp_path), *args)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.count("\n") == 1 and "--help" in out.stderr, out.stderr


def test_an_unusable_data_folder_is_one_plain_sentence(tmp_path):
    """A data folder that cannot be created gives one line on stderr and exit 1."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out = run("--data-dir", str(blocker / "data"), "demo", "--visits", "5")
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert "cannot be created" in out.stderr


def test_a_newer_store_is_refused_by_the_demo_command(tmp_path):
    """The newer-version sentence reaches the command line as it is."""
    import sqlite3

    from helpdesk.services import Services

    Services.open(tmp_path).close()
    conn = sqlite3.connect(tmp_path / "helpdesk.db")
    conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    conn.commit()
    conn.close()
    out = run("--data-dir", str(tmp_path), "demo", "--visits", "5")
    assert out.returncode == 1
    assert out.stderr.strip() == ("This data was made by a newer version of Helpdesk; install "
                                  "that version (or newer) to open it.")


def test_demo_fills_the_store_with_plausible_data(tmp_path):
    """200 demo visits: the count is right and spots, questions and outcomes look like a network."""
    out = run("--data-dir", str(tmp_path), "demo", "--visits", "200", "--seed", "1")
    assert out.returncode == 0, out.stderr
    from helpdesk.core.records import PageCursor, VisitFilter
    from helpdesk.services import Services

    services = Services.open(tmp_path)
    try:
        rows, cursor = [], None
        while page := services.visits.page(VisitFilter(), after=cursor, limit=1000):
            rows += page
            cursor = PageCursor(page[-1].started_at, page[-1].id)
        spots = services.desk.spots()
        staff = services.desk.staff()
        sessions = services.sessions.recent_sessions(limit=10_000)
    finally:
        services.close()
    assert len(rows) == 200
    assert len(spots) >= 6 and len({s.kind for s in spots}) >= 5
    assert len(staff) >= 10 and sessions and all(not s.is_open for s in sessions)
    assert sum(s.visit_count for s in sessions) == 200
    outcomes = Counter(r.outcome for r in rows)
    assert outcomes.most_common(1)[0][0] == "solved" and 0 < outcomes["referred"] < 80
    questions = Counter(q for r in rows for q in r.question_types)
    assert len(questions) >= 10
    assert all(1 <= len(r.question_types) <= 3 for r in rows)
    assert all(r.duration_minutes and 1 <= r.duration_minutes <= 600 for r in rows)
    # Sessions happen in local opening hours, between 9:00 and 17:00 Brussels time.
    from zoneinfo import ZoneInfo

    hours = {s.opened_at.astimezone(ZoneInfo("Europe/Brussels")).hour for s in sessions}
    assert hours and min(hours) >= 9 and max(hours) <= 16


def test_demo_is_deterministic_for_a_seed(tmp_path):
    """Two demo runs with the same seed give the same visits (times, questions, outcomes)."""
    from helpdesk.core.records import VisitFilter
    from helpdesk.services import Services
    from helpdesk.services.demo import fill_demo

    seen = []
    for name in ("a", "b"):
        services = Services.open(tmp_path / name)
        try:
            fill_demo(services, 300, seed=7, weeks=4)
            seen.append([(r.spot_name, r.question_types, r.outcome, r.duration_minutes)
                         for r in services.visits.page(VisitFilter(), limit=1000)])
        finally:
            services.close()
    assert seen[0] == seen[1] and len(seen[0]) == 300


def test_the_cli_module_imports_nothing_heavy():
    """Importing helpdesk.cli.main loads neither the database layer nor Qt (the GUI path stays fast)."""
    code = ("import sys, helpdesk.cli.main\n"
            "print(sorted(n for n in sys.modules if n.split('.')[0] in "
            "('sqlalchemy', 'sqlmodel', 'pydantic', 'alembic', 'PySide6')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr


def test_no_subcommand_starts_the_gui_with_the_resolved_folder(tmp_path, monkeypatch):
    """Without a subcommand, main() hands the data folder and the flag to app.run_gui."""
    import types

    calls = []
    fake = types.ModuleType("helpdesk.app")
    fake.run_gui = lambda data_dir, exit_when_ready: calls.append((data_dir, exit_when_ready)) or 0
    monkeypatch.setitem(sys.modules, "helpdesk.app", fake)
    monkeypatch.setenv("HELPDESK_DATA_DIR", str(tmp_path / "env"))
    assert main(["--exit-when-ready"]) == 0
    assert main(["--data-dir", str(tmp_path / "cli")]) == 0
    assert calls == [(tmp_path / "env", True), (tmp_path / "cli", False)]


# -- helpdesk report ---------------------------------------------------------------------

@pytest.fixture
def report_store(data_dir):
    """A data folder with the report tests' hand-made week 47 in it."""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(__file__)), "reports"))
    from sheet_data import fill

    from helpdesk.services import Services

    services = Services.open(data_dir)
    try:
        services.desk.complete_first_run(language="fr", desk_name="Test desk",
                                         spot_name="Buurtbar Kuregem", spot_kind="outreach",
                                         helper_names=["Jan"])
        fill(services)
    finally:
        services.close()
    return data_dir


def test_report_writes_a_week_for_one_spot(report_store, tmp_path, capsys):
    """--week, --spot (any case), --format and --lang: the file is written, one line said."""
    out = tmp_path / "w47.csv"
    code = main(["--data-dir", str(report_store), "report", "--week", "2026-W47", "--spot",
                 "ocr anneessens", "--format", "csv-excel", "--lang", "nl", "--out", str(out)])
    said = capsys.readouterr()
    assert code == 0, said.err
    assert said.out == f"Sheet written to {out} (5 visits).\n"
    lines = out.read_bytes().decode("utf-8-sig").splitlines()
    assert len(lines) == 6 and lines[0].startswith("visit_id;date;time")
    assert all(";OCR Anneessens;" in line for line in lines[1:])


def test_report_takes_weeks_or_a_date_range(report_store, tmp_path, capsys):
    """--to-week runs several weeks; --from/--to any days (the desk's language by default)."""
    out = tmp_path / "w.csv"
    assert main(["--data-dir", str(report_store), "report", "--week", "2026-W46", "--to-week",
                 "2026-W47", "--format", "csv", "--out", str(out)]) == 0
    assert capsys.readouterr().out.endswith("(10 visits).\n")
    assert main(["--data-dir", str(report_store), "report", "--from", "2026-11-16", "--to",
                 "2026-11-17", "--format", "csv", "--out", str(out)]) == 0
    assert capsys.readouterr().out.endswith("(6 visits).\n")
    assert "Résolu" in out.read_text(encoding="utf-8")  # the desk speaks French


@pytest.mark.parametrize("args, sentence", [
    (["--week", "2026-W60"], "The year 2026 has no week 60."),
    (["--week", "47"], "47 is not a week; write it like 2026-W47."),
    (["--week", "2026-W47", "--spot", "Nowhere"],
     'There is no spot called "Nowhere"; the spots are: Buurtbar Kuregem, OCR Anneessens, '
     'Old spot.'),
    (["--week", "2026-W47", "--from", "2026-01-01", "--to", "2026-01-02"],
     "Give either --week or --from/--to, not both."),
    (["--from", "2026-02-30", "--to", "2026-03-01"],
     "Write dates like 2026-11-24 (year, month, day)."),
    (["--from", "2026-03-01", "--to", "2026-02-01"],
     "The period ends before it starts; swap the two ends."),
    ([], "Say which period: --week 2026-W47, or --from 2026-01-01 --to 2026-12-31."),
])
def test_report_refuses_bad_input_in_one_sentence(report_store, tmp_path, capsys, args,
                                                  sentence):
    """Each bad input: exit 1, exactly one sentence on stderr, and no file."""
    out = tmp_path / "x.pdf"
    code = main(["--data-dir", str(report_store), "report", *args, "--out", str(out)])
    assert code == 1
    assert capsys.readouterr().err == sentence + "\n"
    assert not out.exists()


def test_report_to_an_unwritable_place_leaves_nothing(report_store, tmp_path):
    """A missing folder as --out: one line, exit 1, no traceback (run as a real process)."""
    out = run("--data-dir", str(report_store), "report", "--week", "2026-W47",
              "--out", str(tmp_path / "no" / "such" / "w.pdf"))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stderr.count("\n") == 1 and "does not exist" in out.stderr


def test_report_without_data_says_so(tmp_path, capsys):
    """An empty data folder is not silently turned into an empty sheet."""
    code = main(["--data-dir", str(tmp_path / "empty"), "report", "--week", "2026-W47",
                 "--out", str(tmp_path / "w.pdf")])
    assert code == 1 and "There is no Helpdesk data in" in capsys.readouterr().err


@pytest.mark.parametrize("argv, options", [
    ([], (None, False)),
    (["--exit-when-ready"], (None, True)),
    (["--data-dir", "/tmp/d", "--exit-when-ready"], ("/tmp/d", True)),
    (["--data-dir=/tmp/d"], ("/tmp/d", False)),
    (["--data-dir", "demo"], ("demo", False)),  # a folder called "demo", not the command
    (["demo", "--visits", "5"], None),
    (["--data-dir", "/tmp/d", "report", "--week", "2026-W47"], None),
    (["--data-dir"], None),  # the full parser says the folder is missing
    (["--data-dir", "--exit-when-ready"], None),
    (["--data-dir="], None),
    (["--help"], None),
    (["bogus"], None),
])
def test_a_plain_start_of_the_app_skips_the_parser(argv, options):
    """Only the GUI's own flags, whole, skip argparse; anything else gets every command."""
    from helpdesk.cli.main import plain_start

    found = plain_start(argv)
    assert (found and (found.data_dir, found.exit_when_ready)) == options


def test_a_plain_start_never_imports_argparse(tmp_path):
    """What the start-up bench times: `helpdesk --data-dir DIR` loads no parser."""
    code = ("import sys, helpdesk.cli.main as c\n"
            "c.start_gui = lambda d, e: print(d, e, 'argparse' in sys.modules) or 0\n"
            f"sys.exit(c.main(['--data-dir', {str(tmp_path)!r}, '--exit-when-ready']))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout == f"{tmp_path} True False\n"


def test_report_with_a_preset_writes_the_funders_view(report_store, tmp_path, capsys):
    """--preset digibank: the PDF is in Dutch whatever the desk speaks, titled as the preset."""
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "digibank.pdf"
    assert main(["--data-dir", str(report_store), "report", "--week", "2026-W47", "--preset",
                 "digibank", "--out", str(out)]) == 0
    capsys.readouterr()
    words = pypdf.PdfReader(out).pages[0].extract_text()
    assert "Digibank: kwartaalcijfers" in words and "Vraagtypes" not in words


def test_report_with_an_unknown_preset_is_one_sentence(report_store, tmp_path, capsys):
    """An unknown preset: exit 1, the presets named, no file."""
    out = tmp_path / "x.pdf"
    code = main(["--data-dir", str(report_store), "report", "--week", "2026-W47", "--preset",
                 "funder_x", "--out", str(out)])
    assert code == 1 and not out.exists()
    assert capsys.readouterr().err == ("There is no sheet preset called funder_x; the presets "
                                       "are: digibank, pan_brussels.\n")
