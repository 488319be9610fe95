"""Build, archive, smoke-test and measure the one-folder app: the steps of `make package`.

    python packaging/build.py [--no-bench]

The same script runs on Linux (make package, CI) and on the Windows runner
(.github/workflows/package-windows.yml), so both test what they ship the same way:

1. PyInstaller with packaging/helpdesk.spec into dist/helpdesk/;
2. on Linux, the .desktop file and its installer script beside the executable;
3. an archive of the folder: dist/helpdesk-VERSION-linux-ARCH.tar.gz, or -windows-ARCH.zip;
4. the frozen smoke test (packaging/smoke_test.py);
5. the NSIS installer when makensis is there: dist/Helpdesk-VERSION-setup.exe on Windows; on
   Linux only a compile check of the script (build/nsis-check/), as no Windows build exists;
6. the size and start-up bench next to a frozen bare window (bench/frozen_startup.py).

Run it with the Python of an environment that has `.[package,test]` installed.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
APP = DIST / "helpdesk"
WINDOWS = sys.platform == "win32"


def step(title: str) -> float:
    """Announce a step; returns its start time."""
    print(f"\n== {title}", flush=True)
    return time.perf_counter()


def done(started: float) -> None:
    """Say how long the step took."""
    print(f"   ({time.perf_counter() - started:.0f} s)", flush=True)


def version() -> str:
    """The app's version, from the package."""
    sys.path.insert(0, str(ROOT / "src"))
    from helpdesk import __version__

    return __version__


def freeze() -> None:
    """PyInstaller with the spec, into a fresh dist/helpdesk."""
    if not WINDOWS and not (shutil.which("objdump") and shutil.which("strip")):
        # PyInstaller reads and strips the libraries with binutils' tools on Linux.
        sys.exit("Building the app needs binutils (objdump, strip); install it with: "
                 "apt-get install binutils")
    shutil.rmtree(APP, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
                    str(ROOT / "packaging" / "helpdesk.spec")], check=True)
    if not WINDOWS:
        for extra in ("helpdesk.desktop", "install-desktop-entry.sh"):
            shutil.copy2(ROOT / "packaging" / "linux" / extra, APP / extra)


def archive(name: str) -> Path:
    """The folder as one file to hand out: .zip on Windows, .tar.gz elsewhere."""
    if WINDOWS:
        return Path(shutil.make_archive(str(DIST / name), "zip", DIST, "helpdesk"))
    target = DIST / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:  # gzip's default; tarfile's 9 is slower
        tar.add(APP, arcname="helpdesk")
    return target


def installer(ver: str) -> Path | None:
    """Compile the NSIS script against dist/helpdesk; None when makensis is missing."""
    makensis = shutil.which("makensis")
    if makensis is None and WINDOWS:
        candidate = Path(r"C:\Program Files (x86)\NSIS\makensis.exe")
        makensis = str(candidate) if candidate.exists() else None
    if makensis is None:
        print("   makensis not found: no installer (apt-get install nsis / choco install nsis)")
        return None
    out = DIST / f"Helpdesk-{ver}-setup.exe" if WINDOWS else \
        ROOT / "build" / "nsis-check" / f"Helpdesk-{ver}-setup-from-linux-build.exe"
    out.parent.mkdir(parents=True, exist_ok=True)
    flag = "/" if WINDOWS else "-"
    check_only = [] if WINDOWS else [f"{flag}DCHECK_ONLY"]  # uncompressed: a compile check
    subprocess.run([makensis, f"{flag}V2", *check_only, f"{flag}DDIST={APP}",
                    f"{flag}DVERSION={ver}", f"{flag}DOUTFILE={out}", "helpdesk.nsi"],
                   cwd=ROOT / "packaging" / "windows", check=True)
    return out


def main(bench: bool) -> int:
    """Run every step; stops at the first that fails."""
    ver = version()
    system = "windows" if WINDOWS else platform.system().lower()
    machine = platform.machine().lower().replace("amd64", "x86_64")
    started = step("PyInstaller: packaging/helpdesk.spec -> dist/helpdesk")
    freeze()
    done(started)
    started = step("archive")
    print(f"   {archive(f'helpdesk-{ver}-{system}-{machine}').relative_to(ROOT)}")
    done(started)
    started = step("smoke test of the frozen app")
    smoke = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke_test.py"), str(APP)])
    if smoke.returncode != 0:
        return smoke.returncode
    done(started)
    started = step("NSIS installer")
    made = installer(ver)
    if made is not None:
        print(f"   {made.relative_to(ROOT)} ({made.stat().st_size / 1024 / 1024:.1f} MB)")
    done(started)
    if bench:
        started = step("size and start-up next to a frozen bare PySide6 window")
        subprocess.run([sys.executable, str(ROOT / "bench" / "frozen_startup.py"), str(APP)],
                       check=True)
        done(started)
    return 0


if __name__ == "__main__":
    sys.exit(main(bench="--no-bench" not in sys.argv[1:]))
