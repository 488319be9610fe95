"""The layering rules of ARCHITECTURE.md, checked over packages and on a real start-up.

Each package of ``src/helpdesk`` may import only the packages listed for it; the GUI may name
the services for the type checker (under ``if TYPE_CHECKING:``) but never load them.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "helpdesk"

# What each layer of helpdesk may import (itself included).
MAY_IMPORT: dict[str, set[str]] = {
    "core": {"core"},
    "store": {"core", "store"},
    "reports": {"core", "reports"},
    "sync": {"core", "store", "sync"},
    "services": {"core", "store", "sync", "reports", "services"},
    "hub": {"core", "store", "sync", "reports", "hub"},
    # The command line starts the GUI (app) and `doctor` reads the store file and tries the
    # translations (ui.i18n) itself; both only inside the commands that need them.
    "cli": {"core", "services", "store", "reports", "cli", "app", "ui"},
    "ui": {"core", "ui"},
    "app": {"core", "store", "ui", "services"},
    "__main__": {"cli"},
    "__init__": set(),
}
# Names the GUI may use for typing only: the checker sees them, the running app never loads them.
TYPING_ONLY = {"ui": {"services"}}
DATABASE = ("sqlmodel", "sqlalchemy", "sqlite3", "alembic")
SHEET_WRITERS = ("reportlab", "xlsxwriter")
QT = ("PySide6", "shiboken6")
# Libraries a layer must never import, typing-only or not.
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "core": QT + DATABASE + ("pydantic",) + SHEET_WRITERS,
    "ui": DATABASE + SHEET_WRITERS,
    **{layer: QT for layer in ("store", "reports", "sync", "services", "hub", "cli")},
}


def _is_type_checking(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"))


def imported_names(path: Path) -> list[tuple[int, str, bool]]:
    """Every module a file imports, anywhere in it: (line, name, for typing only)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str, bool]] = []

    def visit(node: ast.AST, typing_only: bool) -> None:
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name, typing_only) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module, typing_only))
            found.extend((node.lineno, f"{node.module}.{alias.name}", typing_only)
                         for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child, typing_only or _is_type_checking(node) and child in node.body)

    visit(tree, False)
    return found


def layer_of(path: Path) -> str:
    """The package (or top-level module) of src/helpdesk a file belongs to."""
    parts = path.relative_to(SRC).parts
    return parts[0] if len(parts) > 1 else parts[0].removesuffix(".py")


def offenders(files: list[Path], layer: str | None = None) -> list[str]:
    """'file:line name' for each import a file's layer (or ``layer``) may not make."""
    bad = []
    for path in files:
        its_layer = layer or layer_of(path)
        allowed = MAY_IMPORT[its_layer]
        for line, name, typing_only in imported_names(path):
            top = name.split(".")
            shown = path.relative_to(SRC) if path.is_relative_to(SRC) else path.name
            where = f"{shown}:{line} imports {name}"
            if top[0] == "helpdesk" and len(top) > 1 and top[1] not in allowed | {"__version__"}:
                if not (typing_only and top[1] in TYPING_ONLY.get(its_layer, set())):
                    bad.append(where)
            elif top[0] in FORBIDDEN.get(its_layer, ()):
                bad.append(where)
    return bad


def test_src_holds_only_the_entry_points_and_packages():
    """src/helpdesk: __init__, __main__, app and packages; no loose modules."""
    loose = sorted(p.name for p in SRC.glob("*.py"))
    assert loose == ["__init__.py", "__main__.py", "app.py"]
    packages = {p.name for p in SRC.iterdir() if (p / "__init__.py").exists()}
    assert packages == set(MAY_IMPORT) - {"app", "__main__", "__init__"}


def test_every_layer_imports_only_what_it_may():
    """ui never loads the database or the services; core stays light; hub takes no desk code."""
    assert offenders(sorted(SRC.rglob("*.py"))) == []


def test_the_checker_catches_a_bad_import(tmp_path):
    """The checker itself finds forbidden imports (so the test above can fail)."""
    bad = tmp_path / "probe.py"
    bad.write_text("from typing import TYPE_CHECKING\n"
                   "if TYPE_CHECKING:\n    from helpdesk.services import Services\n"
                   "    from sqlalchemy import Engine\n"
                   "def f():\n    from helpdesk.services import Services\n"
                   "    import helpdesk.hub.app\n")
    assert offenders([bad], layer="ui") == [
        "probe.py:4 imports sqlalchemy",
        "probe.py:4 imports sqlalchemy.Engine",
        "probe.py:6 imports helpdesk.services",
        "probe.py:6 imports helpdesk.services.Services",
        "probe.py:7 imports helpdesk.hub.app",
    ]
    assert offenders([bad], layer="services") == ["probe.py:7 imports helpdesk.hub.app"]


def test_gui_starts_without_the_database_layer():
    """Importing the app and every screen loads no database layer and no sheet writer."""
    code = (
        "import sys, pkgutil, importlib, helpdesk.app, helpdesk.ui\n"
        "for m in pkgutil.iter_modules(helpdesk.ui.__path__):\n"
        "    importlib.import_module('helpdesk.ui.' + m.name)\n"
        "import helpdesk.store.snapshot\n"
        "heavy = sorted(n for n in sys.modules if n.split('.')[0] in "
        "('sqlalchemy', 'sqlmodel', 'pydantic', 'alembic', 'reportlab', 'xlsxwriter') "
        "or n.startswith(('helpdesk.services', 'helpdesk.sync', 'helpdesk.reports')))\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""
