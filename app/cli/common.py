"""Helpers shared by subcommands: the --db option and opening a ledger."""

from __future__ import annotations

import argparse
import os
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
    from app.ledger.db import make_engine
    from app.ledger.engine import Ledger
    from app.ledger.migrate import is_initialized, upgrade

    engine = make_engine(url)
    if migrate:
        upgrade(engine)
    elif not is_initialized(engine):
        raise SystemExit(f"giftdesk: {url} has no ledger yet; run `giftdesk init --db {url}`.")
    return Ledger(engine)
