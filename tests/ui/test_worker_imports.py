"""Worker threads import without PySide's per-module source scan; the GUI thread keeps it."""

from __future__ import annotations

import importlib
import sys
import threading
import uuid

import pytest

from helpdesk.app import DeskApp
from helpdesk.ui import worker_imports

feature = pytest.importorskip("shibokensupport.feature")


@pytest.fixture
def scanned(monkeypatch):
    """The names of the modules PySide read back to look for "PySide6" in them.

    PySide's own hook is put back for the test (an earlier test's app may have installed
    the shortcut: it lasts for the process), and the shortcut as it was afterwards.
    """
    own = getattr(feature, worker_imports.PYSIDE_OWN, feature.feature_imported)
    monkeypatch.setattr(feature, "feature_imported", own)
    monkeypatch.delattr(feature, worker_imports.PYSIDE_OWN, raising=False)
    names: list[str] = []
    check = feature._mod_uses_pyside

    def spy(module):
        names.append(module.__name__)
        return check(module)

    monkeypatch.setattr(feature, "_mod_uses_pyside", spy)
    return names


def _module_file(folder, monkeypatch) -> str:
    """A new module on the path, mentioning PySide6 as a screen's module would."""
    name = f"probe_{uuid.uuid4().hex}"
    (folder / f"{name}.py").write_text("# uses PySide6\nVALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))
    importlib.invalidate_caches()
    return name


def _import_on_a_worker(name: str) -> None:
    # ``__import__``, as an import statement does: PySide hooks it (not importlib's own path).
    worker = threading.Thread(target=__import__, args=(name,))
    worker.start()
    worker.join()
    assert name in sys.modules


def test_the_app_spares_the_writer_the_scan(qtbot, data_dir, scanned, tmp_path, monkeypatch):
    """Once the app is built, a module the writer imports is marked 'no PySide features'
    without its source being read; one imported on the GUI thread is still read."""
    DeskApp(data_dir).close()
    on_worker = _module_file(tmp_path, monkeypatch)
    _import_on_a_worker(on_worker)
    on_gui = _module_file(tmp_path, monkeypatch)
    __import__(on_gui)
    assert on_worker not in scanned
    assert feature.pyside_feature_dict[on_worker] == worker_imports.IGNORED
    assert on_gui in scanned
    assert feature.pyside_feature_dict[on_gui] == 0  # mentions PySide6: PySide's own answer


def test_installing_twice_keeps_one_shortcut(scanned):
    """A second DeskApp (tests, a restart in-process) does not wrap the shortcut again."""
    worker_imports.skip_feature_scan_off_the_gui_thread()
    installed = feature.feature_imported
    worker_imports.skip_feature_scan_off_the_gui_thread()
    assert feature.feature_imported is installed
