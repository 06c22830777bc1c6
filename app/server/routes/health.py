"""`GET /v1/health`: the server runs and its database answers (no sign-in needed)."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from app import __version__
from app.protocol.models import Health
from app.server.deps import Context

router = APIRouter(tags=["health"])


@router.get("/v1/health", response_model=Health)
def health(context: Context) -> Health:
    engine = context.ledger.engine
    with engine.connect() as conn:
        # A read: on SQLite it must not queue for the write lock behind a long writer.
        conn.execution_options(sqlite_begin="DEFERRED").execute(text("SELECT 1"))
    return Health(status="ok", version=__version__, database=engine.dialect.name)
