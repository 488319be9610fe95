"""``python -m helpdesk``: the same as the ``helpdesk`` command."""

import sys

from helpdesk.cli import main

sys.exit(main())
