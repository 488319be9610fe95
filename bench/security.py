"""A protected desk against a plain one, measured in the same run (issue 9's figures).

1. Argon2id: one derivation at the cost written in ``store/keys.py`` (goal: about 0.5 s).
2. Saving a visit: ``record_visit`` in an encrypted store vs the same in a plain store, on
   40,000-visit demo stores, alternating, after 20 uncounted saves (goal: median within 1.3x).
3. ``helpdesk demo --visits 20000`` into an encrypted store vs a plain one, as commands
   (goal: within 1.5x; the encrypted run includes its unlock).
4. Unlock on a 1,000,000-visit store: Argon2id, opening the encrypted store and reading what
   the intake screen needs (``desk.startup_state``), vs opening the plain copy the same way
   (goal: under 1 s). Needs ~2 GB in BENCH_SECURITY_DIR; BENCH_SKIP_1M=1 skips it.

The shared 1M demo store is copied, never opened: opening it would migrate it for everyone.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import DEFAULT_STORE, ensure_demo_store, helpdesk_command, ms, quantiles

SAVES = int(os.environ.get("BENCH_SAVES", "300"))
WARM_UP = 20
WORK = Path(os.environ.get("BENCH_SECURITY_DIR", "/tmp/helpdesk-bench-security"))
NAME, PASSPHRASE = "Bench coordinator", "a bench passphrase"


def argon2_seconds(rounds: int = 5) -> list[float]:
    """Durations of ``rounds`` derivations at the default cost."""
    from helpdesk.store.keys import DEFAULT_KDF, _derive

    samples = []
    for n in range(rounds):
        started = time.perf_counter()
        _derive(PASSPHRASE, os.urandom(16) + bytes([n]), DEFAULT_KDF)
        samples.append(time.perf_counter() - started)
    return samples


def protect(folder: Path) -> None:
    """Make the bench coordinator, which encrypts the store in ``folder``."""
    from helpdesk.services import Services

    services = Services.open(folder)
    try:
        services.protect(NAME, PASSPHRASE)
    finally:
        services.close()


def open_services(folder: Path, encrypted: bool):
    """The services of ``folder``, unlocked when encrypted."""
    from helpdesk.services import Services

    if encrypted:
        return Services.open(folder, staff=NAME, passphrase=PASSPHRASE)
    return Services.open(folder)


def saves(folder: Path, encrypted: bool) -> tuple[list[float], list[float]]:
    """Durations of WARM_UP first ``record_visit`` calls after opening, then of SAVES more."""
    from helpdesk.core.records import VisitDraft

    services = open_services(folder, encrypted)
    try:
        spot = services.desk.spots()[0]
        staff = services.desk.staff()[0]
        samples: list[float] = []
        first: list[float] = []
        # The app opens the store once and saves for hours: the first saves after opening
        # (a cold page cache, which an encrypted store pays more for) are not counted.
        for n in range(-WARM_UP, SAVES):
            draft = VisitDraft(session_id=None, spot_id=spot.id, staff_id=staff.id,
                               question_types=("smartphone", "email") if n % 2 else
                               ("print_scan",), outcome="solved", duration_minutes=10,
                               note="Bench note text")
            started = time.perf_counter()
            services.intake.record_visit(draft)
            (samples if n >= 0 else first).append(time.perf_counter() - started)
        return first, samples
    finally:
        services.close()


def demo_command(folder: Path, encrypted: bool) -> float:
    """Seconds ``helpdesk demo --visits 20000`` takes on ``folder``."""
    unlock: list[str] = []
    if encrypted:
        secret = folder.parent / f"{folder.name}.pass"
        secret.write_text(PASSPHRASE)
        unlock = ["--staff", NAME, "--passphrase-file", str(secret)]
    started = time.perf_counter()
    subprocess.run(helpdesk_command() + ["--data-dir", str(folder), *unlock, "demo",
                                         "--visits", "20000"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def first_run(folder: Path) -> None:
    """A desk with one spot and one helper (what protect() and the saves need)."""
    from helpdesk.services import Services

    services = Services.open(folder)
    try:
        services.desk.complete_first_run(language="en", desk_name="Bench", spot_name="Bench",
                                         spot_kind="computer_room", helper_names=["Helper"])
    finally:
        services.close()


def open_to_intake(folder: Path, encrypted: bool) -> float:
    """Seconds from nothing to the intake screen's data: unlock, open, startup state."""
    started = time.perf_counter()
    services = open_services(folder, encrypted)
    try:
        services.desk.startup_state()
        services.intake.duration_favourites()
    finally:
        services.close()
    return time.perf_counter() - started


def main() -> None:
    """Print every figure next to its baseline."""
    print("Argon2id, one derivation:")
    from helpdesk.store.keys import DEFAULT_KDF

    a = argon2_seconds()
    print(f"  time_cost={DEFAULT_KDF.time_cost} memory={DEFAULT_KDF.memory_cost // 1024} MiB "
          f"parallelism={DEFAULT_KDF.parallelism}: median {statistics.median(a):.2f} s "
          f"(min {min(a):.2f}, max {max(a):.2f}; goal about 0.5 s)")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        plain_demo, enc_demo = root / "plain-demo", root / "enc-demo"
        first_run(plain_demo)
        first_run(enc_demo)
        protect(enc_demo)
        # Alternate the two, twice, so a busy moment of the machine does not favour one.
        runs: dict[bool, list[float]] = {False: [], True: []}
        for n in range(2):
            for encrypted in (False, True) if n == 0 else (True, False):
                folder = enc_demo if encrypted else plain_demo
                runs[encrypted].append(demo_command(folder, encrypted))
        p, e = min(runs[False]), min(runs[True])
        print("helpdesk demo --visits 20000 (best of 2, each into a store growing to 40,000):")
        print(f"  plain {p:.1f} s   encrypted {e:.1f} s   ratio {e / p:.2f}x (goal <= 1.5x)")
        plain_saves, enc_saves = root / "plain-saves", root / "enc-saves"
        shutil.copytree(plain_demo, plain_saves)
        shutil.copytree(enc_demo, enc_saves)
        (enc_saves / "unlock-failures.json").unlink(missing_ok=True)
        samples: dict[bool, list[float]] = {False: [], True: []}
        cold: dict[bool, list[float]] = {False: [], True: []}
        for encrypted in (False, True, False, True):
            first, counted = saves(enc_saves if encrypted else plain_saves, encrypted)
            cold[encrypted] += first
            samples[encrypted] += counted
        pm, pp = quantiles(samples[False])
        em, ep = quantiles(samples[True])
        print(f"saving one visit ({2 * SAVES} saves each, 40,000-visit stores, "
              "synchronous=FULL):")
        print(f"  plain      median {ms(pm)}  p95 {ms(pp)}")
        print(f"  encrypted  median {ms(em)}  p95 {ms(ep)}   ratio {em / pm:.2f}x "
              "(goal <= 1.3x)")
        cp, ce = statistics.median(cold[False]), statistics.median(cold[True])
        print(f"  the {WARM_UP} first saves after opening (not counted above): plain median "
              f"{ms(cp)}, encrypted {ms(ce)}, ratio {ce / cp:.2f}x")
    if os.environ.get("BENCH_SKIP_1M"):
        return
    million(ensure_demo_store() if not (DEFAULT_STORE / "helpdesk.db").exists()
            else DEFAULT_STORE)


def million(source: Path) -> None:
    """Unlock to the intake screen's data on copies of the 1M store, plain and encrypted."""
    plain, enc = WORK / "plain", WORK / "encrypted"
    if not (enc / "keys.json").exists():
        shutil.rmtree(WORK, ignore_errors=True)
        plain.mkdir(parents=True)
        print(f"copying the 1,000,000-visit store into {WORK} …", file=sys.stderr)
        shutil.copy2(source / "helpdesk.db", plain / "helpdesk.db")
        open_services(plain, False).close()  # migrated once, outside the timing
        for backup in plain.glob("helpdesk.db.bak-*"):
            backup.unlink()
        shutil.copytree(plain, enc)
        started = time.perf_counter()
        protect(enc)
        print(f"  encrypting it took {time.perf_counter() - started:.0f} s", file=sys.stderr)
    times: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(3):
        for encrypted in (False, True):
            times[encrypted].append(open_to_intake(enc if encrypted else plain, encrypted))
    p, e = statistics.median(times[False]), statistics.median(times[True])
    print("open to the intake screen's data, 1,000,000-visit store (median of 3):")
    print(f"  plain {ms(p)}   encrypted, with unlock {ms(e)}   (goal: encrypted < 1 s)")


if __name__ == "__main__":
    sys.exit(main())
