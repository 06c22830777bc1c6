"""Claims on idempotency keys while a request runs, so a duplicate gets `request_in_progress`.

The engine stores each keyed operation's result in the `idempotency` table and replays it.
Before the operation starts, the API claims the key: in this process (a set of keys in flight)
and in the database (a "running" row, committed in its own short transaction) so other server
processes see it too. The operation's own transaction turns the claim into its result; a
refused operation drops the claim. A claim older than `stale_after` is taken to be abandoned (a
crashed process) and may be taken over, which is safe because the operation itself is atomic
and idempotent.

On SQLite the database claim is only a check, with no row written: every write there holds the
database's one write lock, so a claim committed in a transaction of its own (an extra fsync per
request) could never be seen by a duplicate that would otherwise run alongside: a duplicate from
another process waits for the lock and then finds the first request's result, which the engine
writes in the operation's own transaction, and replays it. The check still answers
`request_in_progress` for a live "running" row that another server (an older version) holds.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import Engine, bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from app.domain.errors import ErrorCode, GiftDeskError, refuse
from app.ledger import store
from app.ledger.db import is_sqlite
from app.ledger.schema import idempotency

log = logging.getLogger(__name__)
RUNNING = "running"
IN_PROGRESS = ("A request with this Idempotency-Key is still being processed; wait for its "
               "answer, or retry with the same key in a moment.")


def _in_progress() -> GiftDeskError:
    return refuse(ErrorCode.REQUEST_IN_PROGRESS, IN_PROGRESS)


class KeyClaims:
    """Claims on (scope, key) pairs for the time a request runs."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime],
                 stale_after: timedelta = timedelta(seconds=60)) -> None:
        self.engine = engine
        self.clock = clock
        self.stale_after = stale_after
        self._lock = threading.Lock()
        self._local: set[tuple[str, str]] = set()
        self._find = select(idempotency.c.status, idempotency.c.fingerprint,
                            idempotency.c.created_at).where(
            idempotency.c.scope == bindparam("scope"), idempotency.c.key == bindparam("key"))
        self._find_fast = store.Prepared(self._find, engine.dialect)  # before every write
        self._insert = insert(idempotency)
        self._check_only = is_sqlite(engine)

    @contextmanager
    def claim(self, scope: str, key: str | None) -> Iterator[None]:
        """Hold the key while the block runs; refuse with `request_in_progress` if held."""
        with self.in_process(scope, key), self.in_database(scope, key):
            yield

    @contextmanager
    def in_process(self, scope: str, key: str | None) -> Iterator[None]:
        """The claim among this process's requests (no database work)."""
        if key is None:
            yield
            return
        pair = (scope, key)
        with self._lock:
            if pair in self._local:
                raise _in_progress()
            self._local.add(pair)
        try:
            yield
        finally:
            with self._lock:
                self._local.discard(pair)

    @contextmanager
    def in_database(self, scope: str, key: str | None) -> Iterator[None]:
        """The claim other processes see: a "running" row, dropped if the block fails."""
        if key is None:
            yield
            return
        if self._check_only:
            self._check_row(scope, key)
            yield
            return
        token = self._claim_row(scope, key)
        try:
            yield
        except BaseException:
            if token is not None:
                self._drop_row(scope, key, token)
            raise

    def _claim_row(self, scope: str, key: str) -> str | None:
        """A claim token, or None when the key already has a result (the engine replays it)."""
        token = "claim:" + secrets.token_hex(16)
        now = self.clock()
        where = (idempotency.c.scope == scope, idempotency.c.key == key)
        try:
            with self.engine.begin() as conn:
                # No row lock: the request holding the claim locks the row while it runs, and
                # a duplicate must be told so at once rather than wait for it.
                row = conn.execute(self._find, {"scope": scope, "key": key}).first()
                if row is None:
                    conn.execute(self._insert, {
                        "scope": scope, "key": key, "fingerprint": token, "status": RUNNING,
                        "created_at": now})
                    return token
                if row.status != RUNNING:
                    return None
                if row.created_at > now - self.stale_after:
                    raise _in_progress()
                taken = conn.execute(update(idempotency).where(
                    *where, idempotency.c.status == RUNNING,
                    idempotency.c.fingerprint == row.fingerprint,
                ).values(fingerprint=token, created_at=now)).rowcount
                if taken != 1:
                    raise _in_progress()
                return token
        except IntegrityError:  # another process inserted its claim first
            raise _in_progress() from None

    def _check_row(self, scope: str, key: str) -> None:
        """Refuse with `request_in_progress` if a live claim holds the key (SQLite: a read in
        WAL mode, which neither waits for the write lock nor commits anything)."""
        row = self._find_fast.read(self.engine, {"scope": scope, "key": key})
        if row is not None and row.status == RUNNING \
                and row.created_at > self.clock() - self.stale_after:
            raise _in_progress()

    def _drop_row(self, scope: str, key: str, token: str) -> None:
        try:
            with self.engine.begin() as conn:
                conn.execute(delete(idempotency).where(
                    idempotency.c.scope == scope, idempotency.c.key == key,
                    idempotency.c.status == RUNNING, idempotency.c.fingerprint == token))
        except Exception:  # the claim then lapses after `stale_after`
            log.exception("could not drop the claim on idempotency key %r", key)

    def purge(self, *, keep: timedelta) -> int:
        """Forget keys (results and abandoned claims) older than `keep`; returns how many."""
        cutoff = self.clock() - keep
        with self.engine.begin() as conn:
            return int(conn.execute(delete(idempotency).where(
                idempotency.c.created_at < cutoff)).rowcount)
