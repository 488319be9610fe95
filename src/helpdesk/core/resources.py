"""Find the files under ``resources/`` in a checkout, an installed wheel or a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder that holds taxonomy data and translations."""
    here = Path(__file__).resolve().parents[1]  # the helpdesk package
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data next to the code
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(here / "resources")  # wheel: force-included into the package
    candidates.append(here.parent.parent / "resources")  # checkout / editable install
    for candidate in candidates:
        if (candidate / "taxonomy").is_dir():
            return candidate
    raise FileNotFoundError("Helpdesk's resources folder is missing; reinstall the app.")


def resource_path(*parts: str) -> Path:
    """The path of one resource file, e.g. ``resource_path("taxonomy", "default.toml")``."""
    return resources_dir().joinpath(*parts)
