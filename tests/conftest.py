"""Fixtures shared by every test: real ledgers on SQLite files and on the real PostgreSQL.

PostgreSQL runs at 127.0.0.1:5432 (user postgres, trust auth) on developer and CI machines;
each test gets its own database, copied from a migrated template so it starts in milliseconds.
Set GIFTDESK_TEST_PG to another server URL to use that one instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.domain.model import Actor, Role
from app.ledger.db import make_engine
from app.ledger.directory import ensure_merchant
from app.ledger.engine import Ledger
from app.ledger.migrate import upgrade

PG_ADMIN_URL = os.environ.get("GIFTDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


class Clock:
    """A clock the test moves by hand; the ledger reads it for every operation."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


def _pg_url(database: str) -> str:
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    return f"{base}/{database}"


def _pg_admin(sql: str) -> None:
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A migrated PostgreSQL database that per-test databases are copied from."""
    name = f"giftdesk_tpl_{uuid.uuid4().hex[:10]}"
    _pg_admin(f'CREATE DATABASE "{name}"')
    engine = make_engine(_pg_url(name))
    upgrade(engine)
    ensure_merchant(engine, "Test Shop")
    engine.dispose()
    yield name
    _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    engine = make_engine(url)
    upgrade(engine)
    ensure_merchant(engine, "Test Shop")
    engine.dispose()
    return url


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> Iterator[str]:
    template = request.getfixturevalue("pg_template")
    name = f"giftdesk_t_{uuid.uuid4().hex[:12]}"
    _pg_admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    yield _pg_url(name)
    _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest) -> str:
    """A migrated, empty ledger database: a SQLite file, then a PostgreSQL database."""
    fixture = "sqlite_url" if request.param == "sqlite" else "pg_url"
    url: str = request.getfixturevalue(fixture)
    return url


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def ledger(db_url: str, clock: Clock) -> Iterator[Ledger]:
    engine = make_engine(db_url)
    yield Ledger(engine, clock=clock)
    engine.dispose()


@pytest.fixture
def admin() -> Actor:
    return Actor(operator="admin", role=Role.ADMIN, location="STORE-1", terminal="T1")


@pytest.fixture
def manager() -> Actor:
    return Actor(operator="manager", role=Role.MANAGER, location="STORE-1", terminal="T1")


@pytest.fixture
def cashier() -> Actor:
    return Actor(operator="cashier", role=Role.CASHIER, location="STORE-1", terminal="T1")


@pytest.fixture(scope="session")
def qt_loop(qapp: Any) -> Iterator[Any]:
    """One qasync event loop on Qt's loop for the whole session ("already running": pytest-qt
    drives Qt's loop), shared by the counter-app and camera tests."""
    import asyncio
    import contextlib

    import qasync

    from app.ui import theme

    theme.apply(qapp)
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    with contextlib.suppress(RuntimeError, TypeError):
        qapp.aboutToQuit.disconnect(loop._after_run_forever)
    loop._after_run_forever()
    loop.stop()
    asyncio.events._set_running_loop(None)
    loop.close()
    asyncio.set_event_loop(None)
