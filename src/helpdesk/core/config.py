"""Where the desk keeps its data. Light: the standard library (and platformdirs, on demand)."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "HELPDESK_DATA_DIR"


def resolve_data_dir(cli_value: str | None) -> Path:
    """The data folder: --data-dir, else HELPDESK_DATA_DIR, else ``<app folder>/data`` when a
    ``.portable`` file sits next to the executable, else the platform's user data dir."""
    if cli_value:
        return Path(cli_value).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    from helpdesk.core.data_folder import portable_data_dir

    portable = portable_data_dir()
    if portable is not None:
        return portable
    import platformdirs  # only needed when nothing was given

    return Path(platformdirs.user_data_dir("helpdesk", appauthor=False))
