"""Helpers shared by subcommands: the --db option, opening a ledger, and what the
administration commands share (--json, --request-id, reading a PIN, the CLI's actor)."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.domain.model import Actor
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


# ----------------------------------------------------------------- the administration commands

def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help="print the result as JSON (for scripts)")


def add_request_id_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--request-id", metavar="KEY",
                        help="idempotency key (as the API's Idempotency-Key): a repeat with "
                        "the same key and arguments changes nothing and prints the first result")


def add_admin_options(parser: argparse.ArgumentParser, *, writes: bool) -> None:
    """--db and --json; for a command that changes the ledger, --request-id too."""
    add_db_option(parser)
    add_json_option(parser)
    if writes:
        add_request_id_option(parser)


def add_pin_option(parser: argparse.ArgumentParser, flag: str = "--pin-stdin") -> None:
    parser.add_argument(flag, action="store_true",
                        help="read the PIN from the first line of standard input (otherwise it "
                        "is asked for twice on the terminal)")


def cli_actor() -> Actor:
    """Who the ledger's audit log names for a change made with the CLI: the system user."""
    import getpass
    import socket

    from app.domain.model import Actor, Role

    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in this environment (a bare container)
        user = "system"
    return Actor(operator=f"cli:{user}"[:60], role=Role.ADMIN, location="HQ",
                 terminal=(socket.gethostname() or "cli")[:40])


def read_pin(from_stdin: bool, who: str, flag: str) -> str:
    """A new PIN: the first line of stdin, or asked twice (unechoed) on a terminal."""
    import getpass
    import sys

    from app.domain.errors import ErrorCode, refuse

    if from_stdin:
        pin = sys.stdin.readline().strip()
        if not pin:
            raise refuse(ErrorCode.VALIDATION_ERROR, f"No PIN for {who} on standard input.")
        return pin
    if not sys.stdin.isatty():
        raise refuse(ErrorCode.VALIDATION_ERROR,
                     f"Give {who}'s PIN with {flag} (one line on standard input), or run this "
                     "on a terminal to type it.")
    first = getpass.getpass(f"New PIN for {who} (4 to 12 digits): ")
    if getpass.getpass("The same PIN again: ") != first:
        raise refuse(ErrorCode.VALIDATION_ERROR, "The two PINs differ; nothing was changed.")
    return first


@contextmanager
def ledger_of(url: str) -> Iterator[Ledger]:
    """An opened ledger for one command; its connections are closed afterwards."""
    ledger = open_ledger(url)
    try:
        yield ledger
    finally:
        ledger.engine.dispose()


def emit(args: argparse.Namespace, result: Any, lines: Iterable[str]) -> int:
    """Print `result` as JSON with --json, else the human `lines`; the command's exit code."""
    if getattr(args, "json", False):
        from app.ledger.codec import to_jsonable

        print(json.dumps(to_jsonable(result), indent=2, ensure_ascii=False))
    else:
        for line in lines:
            print(line)
    return 0


def split_list(text: str | None) -> list[str]:
    """`A,B` as ["A", "B"] (spaces and empty parts dropped)."""
    return [part.strip() for part in (text or "").split(",") if part.strip()]
