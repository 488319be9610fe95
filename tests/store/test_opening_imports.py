"""Opening a store already at the head revision loads only what a save needs.

The time until a visit can be saved is mostly the writer thread importing the database
layer (bench/startup.py): migrations, sync over HTTP, sheet writers and the key-slot crypto
load when they are used, not on every start.
"""

from __future__ import annotations

import subprocess
import sys

# What no start on a store at head (and without accounts) may import.
NOT_AT_START = ("alembic", "httpx", "reportlab", "xlsxwriter", "openpyxl", "argon2",
                "cryptography")

OPEN_AND_READ = (
    "import sys\n"
    "from helpdesk.services import Services\n"
    "s = Services.open(sys.argv[1])\n"
    # What the GUI's first job reads back before the intake screen may save.
    "s.desk.startup_state(); s.taxonomy.current(); s.lock.idle_minutes()\n"
    "s.close()\n"
    "print(','.join(sorted({n.split('.')[0] for n in sys.modules} & set(sys.argv[2:]))))\n"
)


def test_opening_a_store_at_head_imports_no_migration_sync_or_sheet_code(ready_services,
                                                                         data_dir):
    """A second start on a current store reads its revision without Alembic, and loads no
    HTTP client, sheet writer or passphrase hashing."""
    ready_services.close()
    out = subprocess.run([sys.executable, "-c", OPEN_AND_READ, str(data_dir), *NOT_AT_START],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_the_check_sees_alembic_when_a_store_must_be_migrated(data_dir):
    """The same probe on a folder without a store (created through the migrations) names
    Alembic: the check above can fail."""
    out = subprocess.run([sys.executable, "-c", OPEN_AND_READ, str(data_dir), *NOT_AT_START],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "alembic" in out.stdout.strip().split(",")
