"""Idempotency keys while a request runs: a duplicate gets `request_in_progress` at once.

The engine stores each keyed operation's result in the `idempotency` table, in the
operation's own transaction, and replays it for the same key. What is left is a duplicate that
arrives while the first request still runs:
- in the same server process, `KeyClaims` holds the key (a set, no database work);
- in another process on PostgreSQL, the engine's transaction holds an advisory lock on the
  key (`pg_try_advisory_xact_lock`), so the duplicate is refused at once; the lock ends with
  the transaction, even when a process dies;
- in another process on SQLite, every write holds the database's one write lock: the
  duplicate waits for it, then finds the first result and replays it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete

from app.domain.errors import ErrorCode, refuse
from app.ledger.engine import REQUEST_IN_PROGRESS
from app.ledger.schema import idempotency


class KeyClaims:
    """This process's claims on (scope, key) pairs for the time a request runs."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime]) -> None:
        self.engine = engine
        self.clock = clock
        self._lock = threading.Lock()
        self._local: set[tuple[str, str]] = set()

    @contextmanager
    def claim(self, scope: str, key: str | None) -> Iterator[None]:
        """Hold the key while the block runs; refuse with `request_in_progress` if held."""
        if key is None:
            yield
            return
        if not self.try_claim(scope, key):
            raise refuse(ErrorCode.REQUEST_IN_PROGRESS, REQUEST_IN_PROGRESS)
        try:
            yield
        finally:
            self.release(scope, key)

    def try_claim(self, scope: str, key: str) -> bool:
        """Claim the key, or answer False if a request of this process holds it."""
        pair = (scope, key)
        with self._lock:
            if pair in self._local:
                return False
            self._local.add(pair)
        return True

    def release(self, scope: str, key: str) -> None:
        with self._lock:
            self._local.discard((scope, key))

    def purge(self, *, keep: timedelta) -> int:
        """Forget keys older than `keep`; returns how many."""
        cutoff = self.clock() - keep
        with self.engine.begin() as conn:
            return int(conn.execute(delete(idempotency).where(
                idempotency.c.created_at < cutoff)).rowcount)
