"""The layering rules of ARCHITECTURE.md, checked on the source and on a real start-up."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "helpdesk"

DATABASE = ("sqlmodel", "sqlalchemy", "sqlite3", "alembic")
# Modules that need the database layer: the GUI reaches them only through Tasks.
HEAVY_HELPDESK = (
    "helpdesk.store",
    "helpdesk.services",
    "helpdesk.services.desk",
    "helpdesk.services.sessions",
    "helpdesk.services.intake",
    "helpdesk.services.visit_list",
    "helpdesk.services.taxonomy",
    "helpdesk.services.demo",
    "helpdesk.cli.main",
    "helpdesk.sync",
    "helpdesk.services.sync",
    "helpdesk.cli.sync",
    "helpdesk.hub",
    "helpdesk.reports",
    "helpdesk.services.reports",
)
# Imported by the GUI before its first window: the standard library and Qt only.
LIGHT = ("core",)
# The sheet writers: loaded on a worker only when a file is made.
SHEET_WRITERS = ("reportlab", "xlsxwriter")
NO_QT = ("core", "store", "sync", "reports", "services", "cli", "hub")


def imported_names(path: Path) -> list[tuple[int, str]]:
    """Every module name a file imports, anywhere in it, with its line number."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append((node.lineno, node.module))
            names += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return names


def files_of(*parts: str) -> list[Path]:
    """The Python files of a module or package below src/helpdesk."""
    found = []
    for part in parts:
        package, module = SRC / part, SRC / f"{part}.py"
        if package.is_dir():
            found += sorted(package.rglob("*.py"))
        elif module.exists():
            found.append(module)
    return found


def offenders(files: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    """'file:line name' for each import of a forbidden module."""
    bad = []
    for path in files:
        for line, name in imported_names(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                where = path.relative_to(SRC) if path.is_relative_to(SRC) else path.name
                bad.append(f"{where}:{line} imports {name}")
    return bad


def test_ui_never_touches_the_database():
    """ui/ imports neither the database libraries nor the store and services."""
    assert offenders(files_of("ui"), DATABASE + HEAVY_HELPDESK + SHEET_WRITERS) == []


def test_domain_never_imports_qt():
    """The store, sync, the hub, reports and the services are plain Python, without PySide6."""
    assert offenders(files_of(*NO_QT), ("PySide6", "shiboken6")) == []


def test_light_modules_stay_light():
    """The modules the GUI needs before its first window import no database layer."""
    light = files_of(*LIGHT) + files_of("store/snapshot", "store/schema_version")
    assert offenders(light, DATABASE[:2] + ("alembic", "pydantic") + HEAVY_HELPDESK[1:]
                     + SHEET_WRITERS) == []


def test_the_checker_catches_a_bad_import(tmp_path):
    """The checker itself finds a forbidden import (so the tests above can fail)."""
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n\ndef f():\n    from sqlmodel import Session\n")
    assert offenders([bad], DATABASE) == ["bad.py:4 imports sqlmodel", "bad.py:4 imports sqlmodel.Session"]


@pytest.mark.skipif(not (SRC / "app.py").exists(), reason="app.py not written yet")
def test_gui_starts_without_the_database_layer():
    """Importing the app and every screen loads no database layer and no sheet writer."""
    code = (
        "import sys, pkgutil, importlib, helpdesk.app, helpdesk.ui\n"
        "for m in pkgutil.iter_modules(helpdesk.ui.__path__):\n"
        "    importlib.import_module('helpdesk.ui.' + m.name)\n"
        "import helpdesk.store.snapshot\n"
        "heavy = sorted(n for n in sys.modules if n.split('.')[0] in "
        "('sqlalchemy', 'sqlmodel', 'pydantic', 'alembic', 'reportlab', 'xlsxwriter'))\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""
