"""Entry point of the bundle built by packaging/coopdesk.spec: the same `coopdesk` command."""

import multiprocessing
import sys

from coopdesk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
