"""The everyday redemption on PostgreSQL from the event loop: asyncpg, no thread.

The general path runs a request in a worker thread on a pooled SQLAlchemy connection, and each
of its round trips hands the GIL between threads. Here the steps of `app.ledger.everyday` run
on asyncpg (its protocol is compiled code, a fraction of psycopg's CPU per statement) in four
round trips: BEGIN; the take, which also checks the guard (the API's guessing limit), takes
the request id's advisory lock and numbers the journal row; after the rules have judged the
card, the journal row and the stored result in one statement; COMMIT.

Anything out of the ordinary rolls back and answers None: the caller runs the general path.
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from typing import Any

import asyncpg
from sqlalchemy import Select, bindparam, insert
from sqlalchemy.dialects.postgresql.asyncpg import dialect as asyncpg_dialect

from app.domain.errors import GiftDeskError
from app.ledger import store
from app.ledger.engine import Ledger
from app.ledger.everyday import JOURNAL_COLUMNS, REQUEST_COLUMNS, Attempt, take_statement
from app.ledger.results import Redemption
from app.ledger.schema import cards, idempotency, journal

DEFAULT_CONNECTIONS = 8
CONNECT_TIMEOUT_S = 5.0


def _terminate(connections: list[asyncpg.Connection]) -> None:
    """Abort connections left open (the app was never stopped): no waiting, no loop needed."""
    for conn in connections:
        with contextlib.suppress(RuntimeError):  # the loop is closed
            conn.terminate()
    connections.clear()


class AsyncConnections:
    """Up to `size` asyncpg connections, each used by one request at a time, on the event
    loop they were opened on: from `open()` to `close()` (the app's lifespan).

    When all are busy, closed, or asked from another loop, `take` answers None rather than
    wait: the caller has a general path to fall back on.
    """

    def __init__(self, dsn: str, size: int = DEFAULT_CONNECTIONS) -> None:
        self.dsn = dsn
        self.size = size
        self._idle: list[asyncpg.Connection] = []
        self._all: list[asyncpg.Connection] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._opening = 0
        weakref.finalize(self, _terminate, self._all)

    def open(self) -> None:
        """Serve `take` on the running event loop from now on."""
        self._loop = asyncio.get_running_loop()

    async def take(self) -> asyncpg.Connection | None:
        loop = self._loop
        if loop is None or asyncio.get_running_loop() is not loop:
            return None
        if self._idle:
            return self._idle.pop()
        if len(self._all) + self._opening >= self.size:
            return None
        self._opening += 1
        try:
            conn = await asyncpg.connect(self.dsn, timeout=CONNECT_TIMEOUT_S)
        except (TimeoutError, OSError, asyncpg.PostgresError):
            return None
        finally:
            self._opening -= 1
        if self._loop is not loop:  # closed meanwhile
            await conn.close()
            return None
        self._all.append(conn)
        return conn

    async def give(self, conn: asyncpg.Connection, *, broken: bool = False) -> None:
        """Return a connection after use; a broken one, or one after `close()`, is closed."""
        if broken or conn.is_closed() or self._loop is None or conn not in self._all:
            if conn in self._all:
                self._all.remove(conn)
            if broken:
                conn.terminate()
            else:
                await conn.close(timeout=CONNECT_TIMEOUT_S)
        else:
            self._idle.append(conn)

    async def close(self) -> None:
        """Close the idle connections; those in use close when given back."""
        self._loop = None
        idle, self._idle = self._idle, []
        for conn in idle:
            self._all.remove(conn)
            try:
                await conn.close(timeout=CONNECT_TIMEOUT_S)
            except (TimeoutError, OSError, asyncpg.PostgresError):
                conn.terminate()


def dsn_of(ledger: Ledger) -> str:
    """The libpq-style URL of a ledger's PostgreSQL engine."""
    url = ledger.engine.url.set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


class AsyncEveryday:
    """Runs `Attempt`s of one PostgreSQL ledger on asyncpg (see the module), between
    `start()` and `stop()`: it owns connections, so only an app that runs its lifespan (a
    server; not an app called in-process without it) uses it.

    `guard`: a SELECT whose row, if any, sends a request to the general path (the API's
    guessing limit); it runs inside the take, with the parameters given to `redeem`."""

    def __init__(self, ledger: Ledger, guard: Select[Any] | None = None,
                 connections: int = DEFAULT_CONNECTIONS) -> None:
        if ledger.engine.dialect.name != "postgresql":
            raise ValueError("AsyncEveryday needs a PostgreSQL ledger")
        self.ledger = ledger
        dialect = asyncpg_dialect()
        by_ref = {"code": cards.c.code, "token": cards.c.token}
        self.take = {(kind, keyed): store.Prepared(take_statement(
            column, lock_request=keyed, number_entry=True, guard=guard), dialect)
            for kind, column in by_ref.items() for keyed in (False, True)}
        entry = insert(journal).values(
            {name: bindparam(name) for name in ["id", *JOURNAL_COLUMNS]})
        self.write = store.Prepared(entry, dialect)
        # The journal row and the stored result in one statement; a request id seen before
        # fails it (the primary key), and all rolls back.
        self.write_keyed = store.Prepared(
            insert(idempotency).values({name: bindparam(name) for name in REQUEST_COLUMNS})
            .add_cte(entry.cte("entry")), dialect)
        self.connections = AsyncConnections(dsn_of(ledger), connections)

    async def redeem(self, attempt: Attempt,
                     guard_params: dict[str, Any] | None = None) -> Redemption | None:
        """The redemption done and committed, or None (nothing written) for the general path."""
        conn = await self.connections.take()
        if conn is None:
            return None
        broken = True
        try:
            await conn.execute("BEGIN")
            done = await self._redeem_in(conn, attempt, guard_params or {})
            await conn.execute("ROLLBACK" if done is None else "COMMIT")
            broken = False
            return done
        except (asyncpg.PostgresError, GiftDeskError):  # a key used before, an odd amount
            with contextlib.suppress(asyncpg.PostgresError, OSError):
                await conn.execute("ROLLBACK")
                broken = False
            return None
        except (OSError, asyncpg.InterfaceError):
            return None
        finally:
            await self.connections.give(conn, broken=broken)

    async def _redeem_in(self, conn: asyncpg.Connection, attempt: Attempt,
                         guard_params: dict[str, Any]) -> Redemption | None:
        keyed = attempt.request_id is not None
        take = self.take[(attempt.ref.kind, keyed)]
        row = take.row(await conn.fetchrow(take.sql, *take.parameters(
            {**guard_params, **attempt.take_params(lock=keyed)})))
        if row is None:
            return None
        program = self.ledger.cached_program(row.program_id)
        if program is None or not attempt.judge(row, program):
            return None
        result = attempt.result(row.entry_id, row, program)
        values = attempt.journal_params(row, row.entry_id)
        stored = attempt.request_params(result)
        write = self.write if stored is None else self.write_keyed
        await conn.execute(write.sql, *write.parameters(
            values if stored is None else {**values, **stored}))
        return result

    def start(self) -> None:
        """Take redemptions on the running event loop (the app's lifespan starts)."""
        self.connections.open()

    async def stop(self) -> None:
        await self.connections.close()
