"""The everyday redemption on PostgreSQL from the event loop: asyncpg, no thread.

The general path runs a request in a worker thread on a pooled SQLAlchemy connection, and each
of its round trips hands the GIL between threads. Here the steps of `app.ledger.everyday` run
on asyncpg (its protocol is compiled code, a fraction of psycopg's CPU per statement) in two
round trips and no explicit transaction:

1. read the card (and draw its journal row's id from the sequence);
2. if the rules allow the redemption of the card as read (`Attempt.judge_before`), one
   statement takes the value off only if the card is still exactly as judged, the guard (the
   API's guessing limit) finds nothing and the request id's advisory lock is free, and in the
   same statement writes the journal row and the stored result.

Anything out of the ordinary (the card changed meanwhile, a key used before) writes nothing
and answers None: the caller runs the general path.
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from typing import Any

import asyncpg
from sqlalchemy import Select, bindparam, func, insert, select, update
from sqlalchemy.dialects.postgresql.asyncpg import dialect as asyncpg_dialect

from app.domain.errors import GiftDeskError
from app.domain.model import CardStatus
from app.domain.money import check_amount
from app.ledger import store
from app.ledger.engine import Ledger
from app.ledger.everyday import JOURNAL_COLUMNS, REQUEST_COLUMNS, Attempt, request_lock_key
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


def read_statement(column: Any) -> Any:
    """A real card named by `column`, with the id its redemption's journal row would get."""
    return select(cards, func.nextval(func.pg_get_serial_sequence("journal", "id"))
                  .label("entry_id")).where(column == bindparam("card_key"),
                                            cards.c.training.is_(False))


def write_statement(*, keyed: bool, guard: Select[Any] | None) -> Any:
    """The redemption as one statement (its own transaction): the take, only if the card is
    still exactly as it was judged (and the guard finds nothing, and, `keyed`, no other
    transaction holds the request id's advisory lock); then the journal row and, `keyed`,
    the stored result, only if the take took. It answers the card's id, or no row."""
    def param(name: str, column: Any) -> Any:
        return bindparam(name, type_=column.type)

    conditions = [cards.c.id == bindparam("card_id"),
                  cards.c.status == CardStatus.ACTIVE.value,
                  cards.c.balance == param("balance_before", cards.c.balance),
                  cards.c.held == 0, cards.c.pin_hash.is_(None), cards.c.training.is_(False),
                  cards.c.valid_from.is_not_distinct_from(
                      param("valid_from_before", cards.c.valid_from)),
                  cards.c.valid_until.is_not_distinct_from(
                      param("valid_until_before", cards.c.valid_until))]
    if guard is not None:
        conditions.append(~guard.exists())
    if keyed:
        conditions.append(func.pg_try_advisory_xact_lock(bindparam("request_lock")))
    take = (update(cards).where(*conditions)
            .values(balance=param("balance_after", cards.c.balance),
                    status=param("status_after", cards.c.status))
            .returning(cards.c.id).cte("take"))
    entry = insert(journal).from_select(["id", *JOURNAL_COLUMNS], select(
        param("entry_id", journal.c.id), take.c.id,
        *(param(name, journal.c[name]) for name in JOURNAL_COLUMNS if name != "card_id")))
    statement = select(take.c.id).add_cte(entry.cte("entry"))
    if keyed:
        stored = insert(idempotency).from_select(REQUEST_COLUMNS, select(
            *(param(name, idempotency.c[name]) for name in REQUEST_COLUMNS)).select_from(take))
        statement = statement.add_cte(stored.cte("stored"))
    return statement


class AsyncEveryday:
    """Runs `Attempt`s of one PostgreSQL ledger on asyncpg (see the module), between
    `start()` and `stop()`: it owns connections, so only an app that runs its lifespan (a
    server; not an app called in-process without it) uses it.

    `guard`: a SELECT whose row, if any, sends a request to the general path (the API's
    guessing limit); it runs inside the write, with the parameters given to `redeem`."""

    def __init__(self, ledger: Ledger, guard: Select[Any] | None = None,
                 connections: int = DEFAULT_CONNECTIONS) -> None:
        if ledger.engine.dialect.name != "postgresql":
            raise ValueError("AsyncEveryday needs a PostgreSQL ledger")
        self.ledger = ledger
        dialect = asyncpg_dialect()
        self.read = {kind: store.Prepared(read_statement(column), dialect)
                     for kind, column in (("code", cards.c.code), ("token", cards.c.token))}
        self.write = {keyed: store.Prepared(write_statement(keyed=keyed, guard=guard), dialect)
                      for keyed in (False, True)}
        self.connections = AsyncConnections(dsn_of(ledger), connections)

    async def redeem(self, attempt: Attempt,
                     guard_params: dict[str, Any] | None = None) -> Redemption | None:
        """The redemption done and committed, or None (nothing written) for the general path."""
        conn = await self.connections.take()
        if conn is None:
            return None
        broken = True
        try:
            done = await self._redeem_on(conn, attempt, guard_params or {})
            broken = False
            return done
        except (asyncpg.PostgresError, GiftDeskError):  # a key used before, an odd amount
            broken = False
            return None
        except (OSError, asyncpg.InterfaceError):
            return None
        finally:
            await self.connections.give(conn, broken=broken)

    async def _redeem_on(self, conn: asyncpg.Connection, attempt: Attempt,
                         guard_params: dict[str, Any]) -> Redemption | None:
        read = self.read[attempt.ref.kind]
        before = read.row(await conn.fetchrow(read.sql, *read.parameters(
            {"card_key": attempt.ref.value})))
        if before is None:
            return None
        program = self.ledger.cached_program(before.program_id)
        if program is None or not attempt.judge_before(before, program):
            return None
        balance = before.balance - check_amount(attempt.units)
        after = before._replace(balance=balance, status=CardStatus.DEPLETED.value
                                if balance == 0 else before.status)
        result = attempt.result(before.entry_id, after, program)
        values = {**attempt.journal_params(after), **guard_params,
                  "entry_id": before.entry_id, "balance_before": before.balance,
                  "valid_from_before": before.valid_from,
                  "valid_until_before": before.valid_until, "status_after": after.status}
        stored = attempt.request_params(result)
        if stored is not None:
            assert attempt.request_id is not None
            values.update(stored, request_lock=request_lock_key(attempt.scope,
                                                                attempt.request_id))
        write = self.write[stored is not None]
        took = await conn.fetchval(write.sql, *write.parameters(values))
        return None if took is None else result

    def start(self) -> None:
        """Take redemptions on the running event loop (the app's lifespan starts)."""
        self.connections.open()

    async def stop(self) -> None:
        await self.connections.close()
