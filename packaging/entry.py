"""The frozen app's entry point: the same as the ``helpdesk`` command."""

import os
import sys

# A windowed Windows program has no console: print() would fail on a None stream. Its
# command-line twin, helpdesk-cli.exe, is the one to run commands with.
for name in ("stdout", "stderr"):
    if getattr(sys, name) is None:
        setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from helpdesk.cli.main import main  # noqa: E402

sys.exit(main())
