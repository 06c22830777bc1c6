"""Fixtures of the API tests: seeded real ledgers (SQLite and PostgreSQL) behind the real app,
reached with httpx through ASGITransport."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from api_helpers import Api, seed_people

from app.ledger.db import make_engine
from app.ledger.engine import Ledger
from app.server import ApiSettings, create_app


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def seeded_ledger(db_url: str, clock: Any) -> Iterator[Ledger]:
    """A ledger with two stores and five operators, on the test clock."""
    engine = make_engine(db_url)
    seed_people(engine)
    yield Ledger(engine, clock=clock)
    engine.dispose()


@pytest.fixture
def settings() -> ApiSettings:
    return ApiSettings()


@pytest.fixture
async def api(seeded_ledger: Ledger, settings: ApiSettings) -> AsyncIterator[Api]:
    app = create_app(ledger=seeded_ledger, settings=settings)
    transport = httpx.ASGITransport(app=app)
    # As a server runs it: the lifespan opens (and closes) what the app works with.
    async with app.router.lifespan_context(app), httpx.AsyncClient(
            transport=transport, base_url="http://ledger") as client:
        yield Api(client, seeded_ledger, app)
