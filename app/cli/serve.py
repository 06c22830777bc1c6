"""`giftdesk serve`: the ledger HTTP API with uvicorn (one or several worker processes)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import TYPE_CHECKING, Any

from app.cli.common import DB_ENV, add_db_option

if TYPE_CHECKING:
    from fastapi import FastAPI

    from app.server import ApiSettings

# uvicorn imports the app by name in every worker process; the database URL travels in the
# environment (the same variable as --db's default).
APP_FACTORY = "app.cli.serve:app_from_env"
# How often each worker runs the expiry of cards past their validity, in minutes (0: never).
EXPIRE_ENV = "GIFTDESK_EXPIRE_EVERY"


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "serve", help="serve the ledger HTTP API",
        description="Serve the ledger HTTP API (OpenAPI at /openapi.json, docs at /docs). "
        "The ledger must exist: create it with `giftdesk init --db URL`.")
    add_db_option(parser)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8000, help="TCP port (default 8000)")
    parser.add_argument("--workers", type=int, default=1,
                        help="worker processes (they share the database)")
    parser.add_argument("--log-level", default="info",
                        choices=["critical", "error", "warning", "info", "debug"])
    parser.add_argument("--expire-every", type=float, default=60.0, metavar="MINUTES",
                        help="expire cards past their validity (their value written off) "
                        "now and then every MINUTES (default 60); 0 turns it off, e.g. "
                        "when `giftdesk expire` runs from cron")
    parser.set_defaults(run=run)


def app_from_env() -> FastAPI:
    """The app factory uvicorn calls in each worker process."""
    from app.server import create_app
    from app.server.serving import prepare_worker

    prepare_worker()
    return create_app(os.environ[DB_ENV], settings=settings_from_env())


def settings_from_env() -> ApiSettings:
    """The API's settings as `serve` passed them to its workers."""
    from datetime import timedelta

    from app.ledger.expiry_job import DEFAULT_INTERVAL
    from app.server import ApiSettings

    minutes = os.environ.get(EXPIRE_ENV)
    every = DEFAULT_INTERVAL if minutes is None else timedelta(minutes=float(minutes))
    return ApiSettings(expiry_interval=every if every > timedelta(0) else None)


def ledger_problem(url: str) -> str | None:
    """Why the API cannot be served on `url`, or None."""
    from pathlib import Path

    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    from app.ledger.db import make_engine, normalize_url
    from app.ledger.migrate import is_initialized

    parsed = make_url(normalize_url(url))
    shown = parsed.render_as_string(hide_password=True)
    again = url if parsed.password is None else "URL"  # never echo a password
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:") \
            and not Path(parsed.database).exists():
        return f"{shown} does not exist; create the ledger with `giftdesk init --db {again}`."
    engine = make_engine(url)
    try:
        if not is_initialized(engine):
            return f"{shown} has no ledger yet; create it with `giftdesk init --db {again}`."
    except SQLAlchemyError as exc:
        return f"cannot open the ledger database {shown}: {exc.__class__.__name__}: " \
               f"{getattr(exc, 'orig', exc)}"
    finally:
        engine.dispose()
    return None


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from app.server.logfmt import log_config
    from app.server.serving import (
        MAX_HEAD_BYTES,
        BalancedWorkers,
        PortTaken,
        can_balance,
        claim_port,
        event_loop,
        http_protocol,
        worker_sockets,
    )

    if args.workers < 1 or not 0 < args.port < 65536:
        print("giftdesk: --workers must be 1 or more and --port 1 to 65535.", file=sys.stderr)
        return 2
    if not 0 <= args.expire_every <= 7 * 24 * 60:
        print("giftdesk: --expire-every is 0 (off) to 10080 minutes.", file=sys.stderr)
        return 2
    problem = ledger_problem(args.db)
    if problem is not None:
        print(f"giftdesk: {problem}", file=sys.stderr)
        return 2
    try:
        claim_port(args.host, args.port)
    except PortTaken as exc:
        print(f"giftdesk: cannot listen on {args.host}:{args.port}: {exc.strerror}; "
              "Address already in use. Stop it or choose another --port.", file=sys.stderr)
        return 2
    os.environ[DB_ENV] = args.db
    os.environ[EXPIRE_ENV] = str(args.expire_every)
    options: dict[str, Any] = dict(
        factory=True, host=args.host, port=args.port, workers=args.workers,
        log_config=log_config(args.log_level), http=http_protocol(), loop=event_loop(),
        access_log=False, server_header=False, timeout_graceful_shutdown=10,
        h11_max_incomplete_event_size=MAX_HEAD_BYTES)
    if args.workers == 1 or not can_balance():
        uvicorn.run(APP_FACTORY, **options)
        return 0
    try:
        sockets = worker_sockets(args.host, args.port, args.workers)
    except OSError as exc:
        print(f"giftdesk: cannot listen on {args.host}:{args.port}: {exc.strerror}.",
              file=sys.stderr)
        return 2
    config = uvicorn.Config(APP_FACTORY, **options)  # also sets up logging
    logging.getLogger("uvicorn.error").info(
        "listening on http://%s:%d with %d workers", args.host, args.port, args.workers)
    BalancedWorkers(config, sockets).run()
    return 0
