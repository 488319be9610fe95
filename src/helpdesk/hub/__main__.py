"""``python -m helpdesk.hub`` is ``helpdesk-hub``."""

import sys

from helpdesk.hub.cli import main

sys.exit(main())
