"""Database engines: SQLite (WAL, synchronous=FULL, BEGIN IMMEDIATE) or PostgreSQL (psycopg 3)."""

from __future__ import annotations

import select
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, exc
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

SQLITE_BUSY_TIMEOUT_MS = 30_000
# A pooled PostgreSQL connection unused for this long is pinged before it is handed out.
PING_AFTER_IDLE_S = 30.0


def normalize_url(url: str) -> str:
    """Accept a bare file path, `sqlite:///…` or `postgresql://…` (psycopg 3 is used)."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine whose transactions are safe for several processes writing at once."""
    url = normalize_url(url)
    if make_url(url).get_backend_name() == "sqlite":
        return _sqlite_engine(url, **kwargs)
    return checked_on_checkout(create_engine(url, **kwargs))


def checked_on_checkout(engine: Engine) -> Engine:
    """Hand out only live PostgreSQL connections, without a round trip for each.

    SQLAlchemy's `pool_pre_ping` sends `SELECT 1` at every checkout: one more round trip for
    each of a request's transactions, a fifth of a busy server's time. A server that drops a
    connection (a restart, `pg_terminate_backend`, an idle timeout) closes its socket, which
    makes the idle socket readable: only then, or after `PING_AFTER_IDLE_S` unused, is the
    connection pinged, and a dead one replaced by the pool."""

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
        record.info["giftdesk_idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("giftdesk_idle_since")
        if since is None:  # just connected
            return
        try:
            readable, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
            if not readable and time.monotonic() - since < PING_AFTER_IDLE_S:
                return
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            if not dbapi_connection.autocommit:
                dbapi_connection.rollback()
        except Exception as error:  # the pool closes it and connects again
            raise exc.DisconnectionError() from error

    return engine


def _sqlite_engine(url: str, **kwargs: Any) -> Engine:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    kwargs.setdefault("poolclass", NullPool if database in (None, "", ":memory:") else None)
    if kwargs["poolclass"] is None:
        del kwargs["poolclass"]
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000,
                                              "check_same_thread": False}, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let us issue BEGIN ourselves (pysqlite's implicit BEGIN is DEFERRED).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front so that concurrent writers queue instead of
        # failing on lock upgrade; read-only work asks for a deferred transaction.
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


@contextmanager
def read_only(engine: Engine) -> Iterator[Connection]:
    """A connection in a read-only transaction. On SQLite it begins DEFERRED, so it does not
    queue for the write lock (a big card batch holds that for as long as it runs)."""
    with engine.connect() as conn:
        conn = conn.execution_options(sqlite_begin="DEFERRED")
        with conn.begin():
            yield conn
