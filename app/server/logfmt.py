"""Structured logs for the server: one `key=value` line per event (logfmt)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any


def _quote(text: str) -> str:
    if text and not any(c in text for c in ' "=\n\t'):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


class LogfmtFormatter(logging.Formatter):
    """`ts=… level=… logger=… pid=… msg="…"`; messages already in key=value form are kept."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        ts = datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")
        head = (f"ts={ts} level={record.levelname.lower()} logger={record.name} "
                f"pid={record.process}")
        body = message if record.name.endswith(".access") else f"msg={_quote(message)}"
        line = f"{head} {body}"
        if record.exc_info:
            line += " exc=" + _quote(self.formatException(record.exc_info))
        return line


def log_config(level: str = "info") -> dict[str, Any]:
    """A `logging.config.dictConfig` for uvicorn and the API (every worker process uses it)."""
    level = level.upper()
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"logfmt": {"()": f"{__name__}.LogfmtFormatter"}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "logfmt",
                                "stream": "ext://sys.stderr"}},
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": level, "propagate": False},
            "uvicorn.error": {"level": level},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
            "giftdesk": {"handlers": ["stderr"], "level": level, "propagate": False},
        },
    }
