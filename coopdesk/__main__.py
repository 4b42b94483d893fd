"""`python -m coopdesk`."""

import sys

from coopdesk.cli import main

sys.exit(main())
