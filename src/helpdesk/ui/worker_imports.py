"""Spare the worker threads PySide's scan of each module they import.

PySide6 hooks ``import``: every module imported after it is read back from its source file
to see whether it mentions "PySide6" (``shibokensupport.feature``, for the optional
``from __feature__ import snake_case``). The writer's first job imports the whole database
layer (SQLAlchemy, SQLModel, pydantic: hundreds of modules) before a visit can be saved, and
that scan made about a fifth of it (docs/performance.md, start-up).

What a worker thread imports is the database side, which never uses PySide (the layer rules,
tests/test_layering.py): it is marked "no PySide features" at once, the answer the scan
would give. Helpdesk selects no ``__feature__``; the GUI thread keeps PySide's own check.
"""

from __future__ import annotations

import sys
import threading
from types import ModuleType

IGNORED = -1  # PySide's mark for a module that takes no part in feature switching
PYSIDE_OWN = "_helpdesk_pyside_feature_imported"  # PySide's function, kept once replaced


def skip_feature_scan_off_the_gui_thread() -> None:
    """Install the shortcut (once; nothing happens with a PySide that works otherwise)."""
    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "feature_imported", None)
    marks = getattr(feature, "pyside_feature_dict", None)
    if feature is None or not callable(scan) or not isinstance(marks, dict) \
            or hasattr(feature, PYSIDE_OWN):
        return
    gui = threading.main_thread()

    def feature_imported(module: ModuleType) -> None:
        if threading.current_thread() is gui:
            scan(module)
            return
        name = getattr(module, "__name__", None)
        if isinstance(name, str):
            marks.setdefault(name, IGNORED)

    setattr(feature, PYSIDE_OWN, scan)
    setattr(feature, "feature_imported", feature_imported)
