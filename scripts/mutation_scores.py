"""The mutation score per module from mutmut's results (run after `mutmut run`).

Prints one line per module: killed / all checked, the score, and the survivors' names (to
look at with `mutmut show NAME`). Reads `mutmut results --all true`.
"""

from __future__ import annotations

import collections
import re
import subprocess
import sys
from pathlib import Path

# helpdesk.sync.protocol.x_check_record__mutmut_3 / helpdesk.hub.app.xǁHungUpǁ__init____mutmut_1
KEY = re.compile(r"^\s*(?P<module>[\w.]+?)\.x(?:_|ǁ)\S*__mutmut_\d+: (?P<status>.+)$")
KILLED = {"killed", "timeout", "caught by type check"}


def main() -> int:
    """Print the table; non-zero when mutmut has no results yet."""
    mutmut = Path(sys.executable).with_name("mutmut")
    out = subprocess.run([str(mutmut), "results", "--all", "true"], capture_output=True,
                         text=True, check=True).stdout
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    survivors: dict[str, list[str]] = collections.defaultdict(list)
    for line in out.splitlines():
        match = KEY.match(line)
        if not match:
            continue
        module, status = match["module"], match["status"]
        counts[module][status] += 1
        if status == "survived":
            survivors[module].append(line.split(":")[0].strip())
    if not counts:
        print("no mutmut results yet: run `make mutation` first", file=sys.stderr)
        return 1
    print(f"{'module':40} {'killed':>7} {'checked':>8} {'score':>6}  not checked")
    for module in sorted(counts):
        c = counts[module]
        checked = sum(n for s, n in c.items() if s in KILLED or s == "survived")
        killed = sum(n for s, n in c.items() if s in KILLED)
        rest = {s: n for s, n in c.items() if s not in KILLED and s != "survived"}
        score = f"{100 * killed / checked:5.1f}%" if checked else "    -"
        print(f"{module:40} {killed:7} {checked:8} {score:>6}  {rest or ''}")
    for module in sorted(survivors):
        print(f"\nsurvivors in {module}:")
        for name in survivors[module]:
            print(f"  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
