"""Logging to a rotating file in the data dir: details for support, never shown to cashiers."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from types import TracebackType

LOG_DIR = "logs"
LOG_FILE = "giftdesk.log"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 5

log = logging.getLogger("app.ui")


def setup_logging(data_dir: Path) -> Path:
    """Send app logs to <data_dir>/logs/giftdesk.log (rotating); return its path."""
    folder = Path(data_dir) / LOG_DIR
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler) and \
                Path(handler.baseFilename) == path:
            return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level in (logging.NOTSET, logging.WARNING):
        root.setLevel(logging.INFO)
    return path


def install_excepthook() -> None:
    """Log uncaught exceptions instead of printing tracebacks at the cashier."""

    def hook(kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, value, tb))

    sys.excepthook = hook
