"""The one-line error of the desk's and the hub's command lines, shared by both."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn


class CommandLine(argparse.ArgumentParser):
    """argparse, but a wrong flag gives one line on stderr (exit 2) instead of the usage dump."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: {message[:1].upper()}{message[1:]}. "
              f"See '{self.prog} --help'.", file=sys.stderr)
        sys.exit(2)
