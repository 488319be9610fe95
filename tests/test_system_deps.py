"""scripts/install-system-deps.sh stops with the exact command when it cannot install."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "install-system-deps.sh"


def fake_system(tmp_path: Path, *, installed: bool, sudo: bool) -> dict:
    """A PATH with only what the script needs: a fake dpkg-query, a normal user, maybe sudo."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("grep", "mktemp", "rm"):
        (bin_dir / tool).symlink_to(shutil.which(tool))
    status = "install ok installed" if installed else "unknown ok not-installed"
    scripts = {"dpkg-query": f"printf '%s' '{status}'", "id": "echo 1000"}
    if sudo:
        scripts["sudo"] = "exit 99"
    for name, body in scripts.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n")
        (bin_dir / name).chmod(0o755)
    return {"PATH": str(bin_dir), "PYTHON": sys.executable, "HOME": str(tmp_path)}


def run(env: dict) -> subprocess.CompletedProcess:
    """The script under ``env``."""
    bash = shutil.which("bash")
    return subprocess.run([bash, str(SCRIPT)], capture_output=True, text=True, env=env,
                          timeout=120)


@pytest.mark.skipif(os.name != "posix", reason="a shell script for Debian and Ubuntu")
def test_a_normal_user_without_sudo_is_told_the_su_command(tmp_path):
    """No root, no sudo (a minimal Debian): exit 1 and the su -c line with the xcb libraries."""
    done = run(fake_system(tmp_path, installed=False, sudo=False))
    assert done.returncode == 1
    command = done.stderr.strip().splitlines()[-1].strip()
    assert command.startswith("su -c 'apt-get update && apt-get install -y")
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0",
                    "libxkbcommon-x11-0", "libglib2.0-0"):
        assert package in command


@pytest.mark.skipif(os.name != "posix", reason="a shell script for Debian and Ubuntu")
def test_a_normal_user_with_sudo_is_told_the_sudo_command(tmp_path):
    """With sudo on the machine the line uses sudo; the script itself runs nothing as root."""
    done = run(fake_system(tmp_path, installed=False, sudo=True))
    assert done.returncode == 1
    assert "sudo apt-get update && sudo apt-get install -y" in done.stderr


@pytest.mark.skipif(os.name != "posix", reason="a shell script for Debian and Ubuntu")
def test_nothing_missing_means_nothing_said(tmp_path):
    """Every package there and a working venv: exit 0, silent."""
    done = run(fake_system(tmp_path, installed=True, sudo=False))
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


@pytest.mark.skipif(os.name != "posix", reason="a shell script for Debian and Ubuntu")
def test_a_python_without_ensurepip_asks_for_python3_venv(tmp_path):
    """Debian's python3 without python3-venv (no ensurepip): python3-venv is named."""
    env = fake_system(tmp_path, installed=True, sudo=False)
    python = Path(env["PATH"]) / "python3"
    python.write_text('#!/bin/sh\ncase "$*" in\n  *ensurepip*) exit 1;;\n'
                      '  *print*) echo 3.11;;\nesac\nexit 0\n')
    python.chmod(0o755)
    done = run({**env, "PYTHON": str(python)})
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1].strip() == \
        "su -c 'apt-get update && apt-get install -y --no-install-recommends python3-venv'"
