"""Counters of guesses (PINs, card codes), reserved before a guess is checked.

A guess is checked only after it has reserved one attempt on every counter it belongs to (the
operator name it names, the address it comes from, ...), in one conditional upsert that
increments a counter only while it is under its limit. So however many guesses arrive at once,
in however many server processes, at most `limit` of them are ever checked in a window: the
rest are refused before their check. A guess that turns out right gives its attempt back
(`release`); a wrong one keeps it until the window ends.

A window opens with the first attempt counted after the previous one ended and lasts `window`;
a counter full until then answers `rate_limited` with the seconds left (`Retry-After`).

PostgreSQL keeps the counters in the ledger database (table `guesses`), counted through a pool
of their own in autocommit with asynchronous commit (a counter lost in a crash costs nothing):
each count is one statement, one round trip, and holds its row's lock only while it runs, so
the requests of one busy operator do not queue behind each other's counts. A SQLite ledger keeps
them in a file of their own next to it (`<ledger>-guesses.db`, WAL without fsync), so that
counting never waits for the ledger's write lock nor adds to its commits; its counters queue
for that file's write lock in a `WriteQueue` (handed over at once, not after SQLite's busy
handler sleeps).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    event,
    select,
)
from sqlalchemy.pool import StaticPool

from app.domain.errors import ErrorCode, GiftDeskError, refuse
from app.ledger.db import checked_on_checkout
from app.ledger.writelock import WriteQueue

metadata = MetaData()
guesses = Table(
    "guesses", metadata,
    Column("key", String(200), primary_key=True),
    Column("count", Integer, nullable=False),
    Column("cap", Integer, nullable=False),  # the limit the counter was last counted under
    Column("until_ms", BigInteger, nullable=False),  # the window's end, ms since the epoch
)

KEY_SIZE = 200


@dataclass(frozen=True)
class Limit:
    """At most `limit` attempts in a window of `window`, per counter."""

    limit: int
    window: timedelta


@dataclass(frozen=True)
class Counted:
    """One counter a guess belongs to: `key` names it ("pin:manager", "addr:10.0.0.7")."""

    key: str
    limit: Limit


@dataclass(frozen=True)
class Reservation:
    """Attempts reserved on these counters; `release` gives them back."""

    keys: tuple[str, ...]


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def side_engine(ledger: Engine) -> Engine:
    """Where a ledger keeps its guess counters (see the module's docstring)."""
    if ledger.dialect.name != "sqlite":
        return checked_on_checkout(create_engine(
            ledger.url, isolation_level="AUTOCOMMIT",
            connect_args={"options": "-c synchronous_commit=off"}))
    database = ledger.url.database
    if database in (None, "", ":memory:"):
        engine = create_engine("sqlite://", poolclass=StaticPool,
                               connect_args={"check_same_thread": False})
    else:
        engine = create_engine(f"sqlite:///{database}-guesses.db",
                               connect_args={"timeout": 10, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")  # WAL: no fsync on commit
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    metadata.create_all(engine)
    return engine


@functools.cache
def _reserve_sql(keys: int, paramstyle: str) -> str:
    """One attempt on each of `keys` counters, each only while under its cap (or once its
    window ended), in one statement that answers the keys it counted: the same SQL on SQLite
    and PostgreSQL, built once per number of keys."""
    rows = ", ".join(f"(:key{i}, 1, :cap{i}, :until{i})" for i in range(keys))
    return _placeholders(
        f'INSERT INTO guesses ("key", "count", cap, until_ms) VALUES {rows} '
        'ON CONFLICT ("key") DO UPDATE SET '
        '"count" = CASE WHEN guesses.until_ms <= :now THEN 1 ELSE guesses."count" + 1 END, '
        "until_ms = CASE WHEN guesses.until_ms <= :now THEN excluded.until_ms "
        "ELSE guesses.until_ms END, "
        "cap = excluded.cap "
        'WHERE guesses.until_ms <= :now OR guesses."count" < excluded.cap '
        'RETURNING "key"', paramstyle)


_GIVE_BACK = 'UPDATE guesses SET "count" = "count" - 1 WHERE "key" = :key AND "count" > 0'


def _placeholders(sql: str, paramstyle: str) -> str:
    """`:name` as the driver wants it (sqlite3 takes it; psycopg wants `%(name)s`)."""
    if paramstyle == "named":
        return sql
    return re.sub(r":(\w+)", r"%(\1)s", sql)


class Guesses:
    """Reserves, gives back and reports attempts on guess counters.

    Every request naming a card reserves and gives back, so these two run on the driver's
    own cursor: SQLAlchemy's connection and transaction objects cost more than the
    statement."""

    def __init__(self, ledger: Engine, clock: Callable[[], datetime]) -> None:
        self.engine = side_engine(ledger)
        self.clock = clock
        self.postgresql = self.engine.dialect.name == "postgresql"
        self.queue = None if self.postgresql else WriteQueue(
            None if ledger.url.database in (None, "", ":memory:")
            else f"{ledger.url.database}-guesses.db")
        self.paramstyle = "pyformat" if self.postgresql else "named"  # psycopg, sqlite3
        self._give_back_sql = _placeholders(_GIVE_BACK, self.paramstyle)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _counting(self) -> Iterator[Any]:
        """A driver cursor to count with: on PostgreSQL each statement commits by itself; on
        SQLite they run in one transaction, in the file's write queue."""
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            if self.queue is None:
                yield cursor
                return
            with self.queue.turn():
                cursor.execute("BEGIN IMMEDIATE")
                try:
                    yield cursor
                except BaseException:
                    cursor.execute("ROLLBACK")
                    raise
                cursor.execute("COMMIT")
        finally:
            raw.close()

    def reserve(self, counted: Iterable[Counted]) -> Reservation:
        """One attempt on each counter, all or none; `rate_limited` if any is full."""
        wanted = {c.key[:KEY_SIZE]: c.limit for c in counted}
        keys = sorted(wanted)  # one order everywhere: PostgreSQL's row locks never deadlock
        if not keys:
            return Reservation(())
        now = _ms(self.clock())
        params: dict[str, Any] = {"now": now}
        for i, key in enumerate(keys):
            params.update({f"key{i}": key, f"cap{i}": wanted[key].limit,
                           f"until{i}": now + int(wanted[key].window.total_seconds() * 1000)})
        with self._counting() as cursor:
            cursor.execute(_reserve_sql(len(keys), self.paramstyle), params)
            taken = {row[0] for row in cursor.fetchall()}
            if len(taken) == len(keys):
                return Reservation(tuple(keys))
            if taken:  # all or none: give back what this refused guess took
                cursor.executemany(self._give_back_sql, [{"key": k} for k in sorted(taken)])
        raise self._refusal([key for key in keys if key not in taken], now)

    def _refusal(self, full: Sequence[str], now: int) -> GiftDeskError:
        with self.engine.connect() as conn:
            until = conn.execute(select(guesses.c.until_ms).where(
                guesses.c.key.in_(full))).scalars().all()
        wait = max(1, math.ceil((max(until, default=now + 1000) - now) / 1000))
        return refuse(ErrorCode.RATE_LIMITED,
                      f"Too many failed attempts; try again in {wait} seconds.",
                      retry_after_s=wait)

    def release(self, reservation: Reservation) -> None:
        """Give the attempts back: the guess was right (or was not a guess after all)."""
        if not reservation.keys:
            return
        with self._counting() as cursor:  # in the order of `reserve`: no deadlock
            cursor.executemany(self._give_back_sql, [{"key": k} for k in reservation.keys])

    def count(self, key: str) -> int:
        """Attempts counted on `key` in its current window (0 once it ended)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(guesses.c.count, guesses.c.until_ms).where(
                guesses.c.key == key[:KEY_SIZE])).first()
        if row is None or row.until_ms <= _ms(self.clock()):
            return 0
        return int(row[0])

    def purge(self) -> int:
        """Forget counters whose window has ended; returns how many."""
        with self._counting() as cursor:
            cursor.execute(_placeholders('DELETE FROM guesses WHERE until_ms <= :cutoff',
                                         self.paramstyle),
                           {"cutoff": _ms(self.clock()) - 1000})
            return int(cursor.rowcount)


def keep(exc: GiftDeskError) -> bool:
    """Whether a refusal means a wrong guess (its attempt stays counted)."""
    outcome = str(exc.extra.get("audit_outcome", exc.code.value))
    return outcome in GUESS_OUTCOMES


# An unknown card code, a wrong or missing card PIN, wrong credentials (a sign-in or a
# manager's approval), a card locked by wrong PINs.
GUESS_OUTCOMES = frozenset({"card_not_found", "pin_invalid", "pin_required", "unauthorized"})
