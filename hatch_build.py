"""Build hook: compile the translations (.ts -> .qm) into every wheel.

The .qm files are build products (gitignored), made by ``make`` in a checkout. Without this
hook ``pip install .`` from a clean clone gave a desk English screens when Dutch or French
was chosen, silently. Compiling here, with the lrelease that ships in PySide6, means a wheel
can never hold translations older than its .ts sources, and nothing binary is committed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease_command() -> list[str]:
    """PySide6's lrelease, run through its own launcher (it sets the library path)."""
    return [sys.executable, "-c",
            "import sys; from PySide6.scripts.pyside_tool import lrelease; "
            "sys.argv[0] = 'pyside6-lrelease'; lrelease()"]


class TranslationsHook(BuildHookInterface):
    """Writes resources/translations/*.qm before the wheel's files are collected."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install reads the checkout, where make builds them
        folder = Path(self.root) / "resources" / "translations"
        sources = sorted(folder.glob("*.ts"))
        if not sources:
            raise RuntimeError(f"No translation sources (*.ts) in {folder}.")
        for ts in sources:
            qm = ts.with_suffix(".qm")
            done = subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)],
                                  capture_output=True, text=True)
            if done.returncode != 0 or not qm.is_file():
                raise RuntimeError(
                    f"Compiling {ts.name} failed; the wheel would have no {ts.stem} translation. "
                    f"lrelease said: {(done.stderr or done.stdout).strip()[-500:]}")
