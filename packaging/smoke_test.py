"""Smoke test of the frozen app: does the one-folder build do what a desk needs?

    python packaging/smoke_test.py dist/helpdesk

Runs the frozen executable (helpdesk-cli.exe on Windows, helpdesk elsewhere) the way a desk
would: --version, self-test, doctor, demo data, a weekly PDF and XLSX (read back), a sync to a
real helpdesk-hub on loopback (from this Python's environment: the hub is not frozen), the
window in Dutch and in French with their translations loaded — and, to prove that check can
fail, once more with the Dutch file taken away — and portable mode. Exit 0 when all pass.
Run with the Python of the checkout's .venv (it has the hub and the readers of the sheets).
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

WINDOWS = sys.platform == "win32"
MISSING = "translation of Helpdesk could not be loaded"


class SmokeFailure(Exception):
    """One check of the frozen app failed."""


def executable(folder: Path) -> Path:
    """The frozen command-line executable in ``folder``."""
    return folder / ("helpdesk-cli.exe" if WINDOWS else "helpdesk")


def run(cmd: list, *, env: dict | None = None, expect: int | None = 0,
        timeout: float = 300) -> subprocess.CompletedProcess:
    """Run ``cmd``; fail with its output when its exit code is not ``expect``."""
    base = {k: v for k, v in os.environ.items() if k != "HELPDESK_DATA_DIR"}
    done = subprocess.run([str(part) for part in cmd], capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=timeout,
                          env={**base, **(env or {})})
    if expect is not None and done.returncode != expect:
        raise SmokeFailure(f"{' '.join(map(str, cmd[:4]))}… exited {done.returncode}, not "
                           f"{expect}:\n{done.stdout[-1500:]}\n{done.stderr[-1500:]}")
    return done


def check(condition: bool, failure: str) -> None:
    """Fail with ``failure`` unless ``condition``."""
    if not condition:
        raise SmokeFailure(failure)


def ok(text: str) -> None:
    """Say one check passed."""
    print(f"ok    {text}", flush=True)


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def hub(folder: Path):
    """A real helpdesk-hub on loopback (SQLite in ``folder``); yields (url, desk token, db)."""
    hub_cmd = [sys.executable, "-m", "helpdesk.hub"]
    db = f"sqlite:///{(folder / 'hub.db').as_posix()}"
    token = run([*hub_cmd, "--db", db, "token", "add", "Smoke desk"]).stdout.strip().split()[-1]
    port = free_port()
    server = subprocess.Popen([*hub_cmd, "--db", db, "serve", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SmokeFailure(f"helpdesk-hub did not start: {server.stderr.read()}")
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}", token, [*hub_cmd, "--db", db]
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def set_language(data: Path, language: str) -> None:
    """Make the desk in ``data`` speak ``language`` (as Settings would)."""
    conn = sqlite3.connect(data / "helpdesk.db")
    try:
        with conn:
            conn.execute("UPDATE desk SET language = ?", (language,))
    finally:
        conn.close()


def window_in(app: Path, data: Path, language: str, *, expect_missing: bool = False) -> None:
    """Start the window in ``language`` until idle; its translations must (not) load."""
    set_language(data, language)
    env = {"QT_QPA_PLATFORM": os.environ.get("SMOKE_QPA", "offscreen")}
    done = run([app, "--data-dir", data, "--exit-when-ready"], env=env, timeout=120)
    if expect_missing:
        check(MISSING in done.stderr, f"no warning with the {language} file missing: "
                                      f"{done.stderr!r}")
        ok(f"without helpdesk_{language}.qm the window says so on stderr (the check can fail)")
    else:
        check(MISSING not in done.stderr, f"the {language} screens fell back to English: "
                                          f"{done.stderr.strip()}")
        ok(f"the window comes up in {language}, its translation loaded")


def main(folder: Path) -> int:
    """Run every check on the one-folder app in ``folder``."""
    app = executable(folder)
    check(app.is_file(), f"there is no {app}; build it first (make package)")
    work = Path(tempfile.mkdtemp(prefix="helpdesk-smoke-"))
    data = work / "data"

    version = run([app, "--version"]).stdout.strip()
    check(version.startswith("helpdesk "), f"--version said {version!r}")
    ok(f"--version: {version}")
    check(run([app, "self-test"]).stdout.startswith("Self-test passed"), "self-test output")
    ok("self-test")

    run([app, "--data-dir", data, "demo", "--visits", "400", "--weeks", "4", "--seed", "3"])
    ok("demo --visits 400")
    doctor = run([app, "--data-dir", data, "doctor"], env={"QT_QPA_PLATFORM": "offscreen"})
    for needed in ("passes SQLite's quick check", "schema version", "The Dutch translation loads",
                   "The French translation loads", "qtbase_nl.qm", "qtbase_fr.qm",
                   "does not run portable", "All is well."):
        check(needed in doctor.stdout, f"doctor did not say {needed!r}:\n{doctor.stdout}")
    ok("doctor: all is well, the store passes quick_check, nl/fr (ours and Qt's) load")

    today = dt.date.today()
    first = (today - dt.timedelta(days=35)).isoformat()
    for fmt in ("pdf", "xlsx"):
        out = work / f"sheet.{fmt}"
        run([app, "--data-dir", data, "report", "--from", first, "--to", today.isoformat(),
             "--format", fmt, "--lang", "nl", "--out", out])
        check(out.is_file() and out.stat().st_size > 1000, f"no {fmt} sheet was written")
        if fmt == "pdf":
            from pypdf import PdfReader

            pages = len(PdfReader(out).pages)
            check(pages >= 2, f"the PDF has {pages} page(s)")
            ok(f"weekly sheet as PDF ({pages} pages, read back)")
        else:
            from openpyxl import load_workbook

            sheets = load_workbook(out, read_only=True).sheetnames
            check(len(sheets) >= 2, f"the XLSX has sheets {sheets}")
            ok(f"weekly sheet as XLSX ({len(sheets)} sheets, read back)")

    with hub(work) as (url, token, hub_cmd):
        run([app, "--data-dir", data, "target", "add", "hub", "--url", url, "--token", token])
        sent = run([app, "--data-dir", data, "sync"], timeout=600)
        exported = work / "hub-visits.csv"
        run([*hub_cmd, "export", "--out", exported])
        rows = exported.read_text(encoding="utf-8-sig").count("\n") - 1
        check(rows == 400, f"the hub holds {rows} visits after the sync, not 400")
        ok(f"sync to a real helpdesk-hub on loopback: {sent.stdout.strip()} (hub: {rows} visits)")

    window_in(app, data, "nl")
    window_in(app, data, "fr")
    dutch = folder / "_internal" / "resources" / "translations" / "helpdesk_nl.qm"
    check(dutch.is_file(), f"{dutch} is not where the app looks for it")
    hidden = dutch.with_name("helpdesk_nl.qm.away")
    dutch.rename(hidden)
    try:
        window_in(app, data, "nl", expect_missing=True)
        broken = run([app, "--data-dir", data, "doctor"], expect=1,
                     env={"QT_QPA_PLATFORM": "offscreen"})
        check("PROBLEM: The Dutch translation cannot be loaded" in broken.stdout, broken.stdout)
        ok("doctor exits 1 and names the missing Dutch translation")
    finally:
        hidden.rename(dutch)

    marker, portable = folder / ".portable", folder / "data"
    check(not portable.exists(), f"{portable} exists before the portable check")
    marker.write_text("")
    try:
        run([app, "demo", "--visits", "20", "--weeks", "1"])
        check((portable / "helpdesk.db").is_file(), "portable: no data file beside the app")
        said = run([app, "doctor"], env={"QT_QPA_PLATFORM": "offscreen"}).stdout
        check("It runs portable" in said and str(portable) in said, said)
        # The -wal holds saved records until folded in; -shm is only an index, rebuilt at will.
        wal = portable / "helpdesk.db-wal"
        check(not wal.exists() or wal.stat().st_size == 0,
              "portable: records left in helpdesk.db-wal after quitting")
        ok(f"portable: .portable keeps the data in {portable}, WAL folded in on close")
    finally:
        marker.unlink()
        import shutil

        shutil.rmtree(portable, ignore_errors=True)
    print(f"The frozen app in {folder} passed its smoke test.")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("Usage: python packaging/smoke_test.py DIST_FOLDER", file=sys.stderr)
        sys.exit(2)
    try:
        sys.exit(main(Path(sys.argv[1]).resolve()))
    except SmokeFailure as failure:
        print(f"FAILED {failure}", file=sys.stderr)
        sys.exit(1)
