"""Helpers shared by subcommands: the --db option and opening a ledger."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.ledger.engine import Ledger

DB_ENV = "GIFTDESK_DB"


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", default=os.environ.get(DB_ENV),
        required=DB_ENV not in os.environ,
        help="ledger database: a file path, sqlite:///FILE or postgresql://… "
        f"(default: ${DB_ENV})")


def open_ledger(url: str, *, migrate: bool = False) -> Ledger:
    """A ledger on `url`; with `migrate`, the schema is created or upgraded first."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    from app.ledger.db import make_engine, normalize_url
    from app.ledger.engine import Ledger
    from app.ledger.migrate import is_initialized, upgrade

    missing = f"giftdesk: {url} has no ledger yet; run `giftdesk init --db {url}`."
    try:
        parsed = make_url(normalize_url(url))
        backend = parsed.get_backend_name()
        if backend not in ("sqlite", "postgresql"):
            raise SystemExit(f"giftdesk: {url}: the ledger lives in SQLite (a file path) or "
                             f"PostgreSQL (postgresql://…), not {backend}.")
        if (backend == "sqlite" and not migrate and parsed.database
                and parsed.database != ":memory:" and not Path(parsed.database).is_file()):
            raise SystemExit(missing)  # and do not leave an empty file behind
        engine = make_engine(url)
        if migrate:
            upgrade(engine)
        elif not is_initialized(engine):
            raise SystemExit(missing)
    except (SQLAlchemyError, OSError, ValueError) as exc:
        raise SystemExit(f"giftdesk: cannot open the ledger at {url}: {_reason(exc)}") from None
    return Ledger(engine)


def _reason(exc: Exception) -> str:
    """The driver's own words, first line only (not SQLAlchemy's wrapping)."""
    cause = getattr(exc, "orig", None) or exc
    return (str(cause).strip().splitlines() or [type(cause).__name__])[0]
