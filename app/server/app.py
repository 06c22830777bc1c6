"""The FastAPI application: `create_app` wires the ledger, the routes and the error handling."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI

from app import __version__
from app.ledger import expiry_job
from app.ledger.db import make_engine
from app.ledger.engine import Ledger
from app.ledger.migrate import is_initialized, upgrade
from app.server import docs, openapi, problems
from app.server.context import ApiContext
from app.server.middleware import AccessLog, LastResort, RequestGuard, SecurityHeaders
from app.server.routes import (
    api_keys,
    books,
    card_search,
    cards,
    corrections,
    health,
    holds,
    jobs,
    locations,
    operators,
    program_admin,
    programs,
    redemptions,
    reports,
    sessions,
    setup,
    validations,
)
from app.server.settings import ApiSettings

log = logging.getLogger("giftdesk.api")

DESCRIPTION = """\
The GiftDesk gift-card ledger. Sign in with `POST /v1/sessions` and send the token as
`Authorization: Bearer <token>` on every other request (except `GET /v1/health` and the docs).

* Amounts are JSON integers in minor units (4250 = 42.50 USD); item cards count items.
* Send an `Idempotency-Key` (a fresh UUID) with every ledger-changing POST or PATCH and reuse it
  for retries: the same key and body return the first answer again (kept at least 24 hours),
  another body is refused with `idempotency_conflict`, and while the first request still runs
  the answer is `request_in_progress`. Requests without a key are served, but a retry of one
  may apply twice.
* `X-Training: true` runs a request in training mode; `X-Manager-Operator` and
  `X-Manager-Pin` carry a manager's approval for one request.
* Every error is `application/problem+json` with a stable `code`.
"""


class LedgerNotInitialized(RuntimeError):
    """The database has no ledger schema yet."""


def create_app(db_url: str | None = None, *, settings: ApiSettings | None = None,
               ledger: Ledger | None = None, migrate: bool = False) -> FastAPI:
    """The ledger API on `db_url` (or on an existing `ledger`, e.g. with a test clock).

    The schema is created or upgraded only with `migrate=True`; otherwise the database must
    have been set up already (`giftdesk init`).
    """
    settings = settings or ApiSettings()
    if (db_url is None) == (ledger is None):
        raise ValueError("give either db_url or ledger")
    if ledger is None:
        assert db_url is not None
        engine = make_engine(db_url)
        if migrate:
            upgrade(engine)
        elif not is_initialized(engine):
            shown = engine.url.render_as_string(hide_password=True)
            again = db_url if engine.url.password is None else "URL"
            engine.dispose()
            raise LedgerNotInitialized(
                f"{shown} has no ledger yet; run `giftdesk init --db {again}` first.")
        ledger = Ledger(engine, reversal_window=settings.reversal_window)
        owns_engine = True
    else:
        if migrate:
            upgrade(ledger.engine)
        owns_engine = False
    context = ApiContext(ledger, settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        task = asyncio.create_task(_purge_periodically(context))
        expiring = (asyncio.create_task(expiry_job.run_periodically(
            ledger, settings.expiry_interval, settings.expiry_first_after))
            if settings.expiry_interval else None)
        try:
            yield
        finally:
            for running in (task, expiring):
                if running is not None:
                    running.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await running
            await context.stop()
            if owns_engine:
                ledger.engine.dispose()

    app = FastAPI(title=settings.title, version=__version__, description=DESCRIPTION,
                  lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json", redirect_slashes=False,
                  generate_unique_id_function=openapi.unique_id)
    app.state.context = context
    # The busiest first: FastAPI tries the routers in this order for every request.
    for module in (redemptions, validations, cards, holds, sessions, health, programs,
                   reports, corrections, books):
        app.include_router(module.router)
    # The back office: set-up, stores, operators, API keys, program changes, finder, jobs.
    for module in (setup, locations, operators, api_keys, program_admin, card_search, jobs):
        app.include_router(module.router)
    problems.install(app)
    docs.install(app)  # /docs and /redoc, offline
    app.add_middleware(RequestGuard, max_bytes=settings.max_body_bytes,
                       body_timeout_s=settings.body_timeout_s)
    app.add_middleware(LastResort)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(AccessLog)
    app.openapi = lambda: openapi.document(app)  # type: ignore[method-assign]
    return app


def purge(context: ApiContext) -> None:
    """Forget old idempotency keys and ended sessions."""
    settings = context.settings
    keys = context.claims.purge(keep=settings.idempotency_retention)
    ended = context.auth.purge(keep=settings.session_retention)
    context.limiter.guesses.purge()
    if keys or ended:
        log.info("purged idempotency_keys=%d sessions=%d", keys, ended)


async def _purge_periodically(context: ApiContext) -> None:
    while True:
        purging = asyncio.ensure_future(asyncio.to_thread(purge, context))
        try:
            await asyncio.shield(purging)
        except asyncio.CancelledError:
            # The app stops: let the thread finish with its connection before the engine
            # is disposed of.
            await asyncio.wait([purging])
            raise
        except Exception:
            log.exception("purge failed")
        await asyncio.sleep(context.settings.purge_interval.total_seconds())
