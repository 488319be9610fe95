"""helpdesk doctor and --version: plain sentences, exit 0 only when all is well."""

from __future__ import annotations

import os
import subprocess
import sys

from helpdesk import __version__
from helpdesk.cli.main import main


def doctor(capsys, data) -> tuple[int, list[str]]:
    """Run ``helpdesk --data-dir DATA doctor``; its exit code and the lines it printed."""
    code = main(["--data-dir", str(data), "doctor"])
    out = capsys.readouterr()
    assert out.err == "" and "Traceback" not in out.out
    return code, out.out.splitlines()


def test_version_is_one_line(tmp_path):
    """--version prints the version and exits 0."""
    out = subprocess.run([sys.executable, "-m", "helpdesk", "--version"], capture_output=True,
                         text=True, timeout=120, env=os.environ)
    assert out.returncode == 0 and out.stdout == f"helpdesk {__version__}\n"


def test_a_new_desk_is_well(tmp_path, capsys):
    """No data yet: version, folder, free space, every language loads, exit 0."""
    code, lines = doctor(capsys, tmp_path / "new")
    assert code == 0, lines
    text = "\n".join(lines)
    assert f"Helpdesk {__version__}" in lines[0]
    assert str(tmp_path / "new") in text and "does not run portable" in text
    assert "is free on its disk" in text and "no data file yet" in text
    for name in ("Dutch", "French", "English"):
        assert f"The {name} translation loads" in text
    assert "qtbase_nl.qm" in text and "qtbase_fr.qm" in text
    assert lines[-1] == "All is well." and all(line.endswith(".") for line in lines)
    assert not (tmp_path / "new").exists()  # looking changes nothing


def test_a_store_in_use_reports_schema_and_sync(ready_services, data_dir, tmp_path, capsys):
    """A store with a target: quick check, schema version, records waiting, the last problem."""
    from helpdesk.core.records import VisitDraft
    from helpdesk.core.sync_records import TargetDraft
    from helpdesk.store.schema_version import SCHEMA_REVISION

    state = ready_services.desk.startup_state()
    ready_services.intake.record_visit(VisitDraft(
        session_id=None, spot_id=state.spots[0].id, staff_id=state.staff[0].id,
        question_types=("email",), outcome="solved", duration_minutes=10))
    stick = tmp_path / "stick"
    stick.mkdir()
    ready_services.sync.add_target(TargetDraft(name="stick", kind="folder", folder=str(stick)))
    code, lines = doctor(capsys, data_dir)
    text = "\n".join(lines)
    assert code == 0, text
    assert "passes SQLite's quick check" in text
    assert f"schema version is {SCHEMA_REVISION}" in text
    assert "Target stick:" in text and "waiting; never sent yet" in text

    stick.rmdir()  # the stick was pulled: the sync fails and its problem stays
    ready_services.sync.run()
    code, lines = doctor(capsys, data_dir)
    assert code == 1
    problems = [line for line in lines if line.startswith("PROBLEM:")]
    assert len(problems) == 1 and "The last sync to stick failed" in problems[0]
    assert "1 problem(s) found" in lines[-1]


def test_a_damaged_data_file_is_a_problem_not_a_traceback(data_dir, capsys):
    """A file that is not a database: one PROBLEM line, exit 1, the file left as it was."""
    damaged = data_dir / "helpdesk.db"
    damaged.write_bytes(b"not a database at all " * 200)
    before = damaged.read_bytes()
    code, lines = doctor(capsys, data_dir)
    assert code == 1
    assert any(line.startswith("PROBLEM:") and "damaged" in line for line in lines), lines
    assert damaged.read_bytes() == before
