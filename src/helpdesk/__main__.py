"""``python -m helpdesk``: the same as the ``helpdesk`` command."""

import sys

from helpdesk.cli.main import main

sys.exit(main())
