"""Worker threads import without PySide's per-module source scan; the GUI thread keeps it.

Each check runs in a fresh interpreter: PySide's import hook is process-wide state, and what
earlier tests of a whole run imported or patched must not decide what this one sees.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("shibokensupport.feature")

PROBE = r'''
import importlib, json, sys, threading, uuid
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from shibokensupport import feature
from helpdesk.ui import worker_imports
folder, data_dir, build_app, install_twice = (sys.argv[1], sys.argv[2], sys.argv[3] == "yes",
                                              sys.argv[4] == "yes")
if build_app:
    from helpdesk.app import DeskApp
    DeskApp(Path(data_dir)).close()
scanned = []
check = feature._mod_uses_pyside
def spy(module):
    scanned.append(module.__name__)
    return check(module)
feature._mod_uses_pyside = spy
sys.path.insert(0, folder)
def probe():
    name = f"probe_{uuid.uuid4().hex}"
    Path(folder, f"{name}.py").write_text("# uses PySide6\nVALUE = 1\n", encoding="utf-8")
    importlib.invalidate_caches()
    return name
on_worker, on_gui = probe(), probe()
# ``__import__``, as an import statement does: PySide hooks it (not importlib's own path).
worker = threading.Thread(target=__import__, args=(on_worker,))
worker.start(); worker.join()
__import__(on_gui)
installed = feature.feature_imported
if install_twice:
    worker_imports.skip_feature_scan_off_the_gui_thread()
print(json.dumps({
    "worker_scanned": on_worker in scanned, "gui_scanned": on_gui in scanned,
    "worker_mark": feature.pyside_feature_dict.get(on_worker),
    "gui_mark": feature.pyside_feature_dict.get(on_gui),
    "ignored": worker_imports.IGNORED,
    "same_hook": feature.feature_imported is installed}))
'''


def _probe(tmp_path: Path, build_app: bool, install_twice: bool = False) -> dict:
    folder = tmp_path / "modules"
    folder.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder), str(tmp_path / "data"),
         "yes" if build_app else "no", "yes" if install_twice else "no"],
        capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_app_spares_the_writer_the_scan(tmp_path):
    """Once the app is built, a module the writer imports is marked 'no PySide features'
    without its source being read; one imported on the GUI thread is still read."""
    seen = _probe(tmp_path, build_app=True)
    assert not seen["worker_scanned"] and seen["worker_mark"] == seen["ignored"]
    assert seen["gui_scanned"] and seen["gui_mark"] == 0  # mentions PySide6: PySide's answer


def test_without_the_app_pyside_scans_every_thread(tmp_path):
    """The probe sees the scan: without the shortcut, a worker's import is read back too."""
    seen = _probe(tmp_path, build_app=False)
    assert seen["worker_scanned"] and seen["gui_scanned"]


def test_installing_twice_keeps_one_shortcut(tmp_path):
    """A second DeskApp (tests, a restart in-process) does not wrap the shortcut again."""
    seen = _probe(tmp_path, build_app=True, install_twice=True)
    assert seen["same_hook"]
