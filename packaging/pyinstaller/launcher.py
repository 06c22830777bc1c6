"""Entry point of the bundled `giftdesk` program (the counter app, or any subcommand)."""

import multiprocessing
import sys

from app.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # `giftdesk serve --workers N` starts copies of itself
    sys.exit(main())
