"""The ledger's one writer: every change runs here, in one transaction with its request record.

A `Change` is one request's work (its idempotency scope, key and fingerprint, and the body that
decides a plan and applies it); `LedgerCore._step` runs it inside an open transaction. The
`Writer` gives it that transaction:

- PostgreSQL: each change in a transaction of its own (PostgreSQL commits concurrent
  transactions together by itself).
- SQLite: writers queue for the file's one write lock (`WriteQueue`). Whoever gets the turn
  writes every change that waits by then in one transaction, each in a savepoint of its own
  (one that is refused rolls back alone), with one commit and one fsync for all: a group
  commit. A change that arrives alone is written alone, by the same steps.

Each caller gets its own change's answer (or refusal) only once the commit is done, exactly
as if it had been alone; a failed commit is every change's error.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, Engine

from app.domain.errors import GiftDeskError
from app.ledger.db import is_sqlite
from app.ledger.writelock import WriteQueue

R = TypeVar("R")

MAX_TOGETHER = 64
_SAVEPOINT = "SAVEPOINT change"
_ROLLBACK_TO = "ROLLBACK TO SAVEPOINT change"
_RELEASE = "RELEASE SAVEPOINT change"


@dataclass(frozen=True)
class Change(Generic[R]):
    """One request's change, idempotent by `request_id` within `scope`."""

    scope: str
    request_id: str | None
    fingerprint: str
    result_type: type[R]
    body: Callable[[Connection, Any], R]


@dataclass
class Outcome(Generic[R]):
    """What a change came to once its transaction commits: a result, or a refusal whose
    writes still stand (a wrong PIN counted)."""

    result: R | None = None
    deferred: GiftDeskError | None = None

    def value(self) -> R:
        if self.deferred is not None:
            raise self.deferred
        return self.result  # type: ignore[return-value]


Step = Callable[[Connection, Change[Any]], Outcome[Any]]
# Records a refused change's refusal under its request id, in the open transaction.
Keep = Callable[[Connection, Change[Any], GiftDeskError], Outcome[Any]]


class KeepRefusal(Exception):
    """A keyed change was refused: its writes roll back, and its refusal is recorded under
    its request id (`Keep`), so that a retry, or a later change of the same batch with the
    same id, gets the same answer."""

    def __init__(self, error: GiftDeskError) -> None:
        super().__init__(error.detail)
        self.error = error


@dataclass
class _Ticket:
    change: Change[Any]
    on: Connection | None = None
    outcome: Outcome[Any] | None = None
    error: BaseException | None = None
    settled: bool = False
    wake: threading.Event = field(default_factory=threading.Event)

    def value(self) -> Any:
        if self.error is not None:
            raise self.error
        assert self.outcome is not None
        return self.outcome.value()


class Writer:
    """Runs each change through `step` in a write transaction (see the module)."""

    def __init__(self, engine: Engine, step: Step, keep: Keep, *,
                 max_together: int = MAX_TOGETHER) -> None:
        self.engine = engine
        self.step = step
        self.keep = keep
        self.max_together = max_together
        self.queue = WriteQueue(engine.url.database) if is_sqlite(engine) else None
        self._lock = threading.Lock()
        self._waiting: list[_Ticket] = []
        self._leading = False  # a thread of this process writes the next group commit

    def waiting(self) -> int:
        """How many changes wait for the write turn in this process (SQLite)."""
        with self._lock:
            return len(self._waiting)

    def write(self, change: Change[R], *, on: Connection | None = None) -> R:
        """The change's result once committed; its refusal or the commit's error raised.

        On SQLite one thread of the process at a time leads: it waits for the write turn and
        writes what waits by then; the others wait for their answer (or to lead next).
        `on`: a connection of the calling thread's own to write on when this thread leads
        (a job's chunks keep SQLite's page cache of the card indexes warm on it)."""
        if self.queue is None:
            with _transaction(self.engine, on) as conn:
                outcome = self.step(conn, change)
            return outcome.value()
        ticket = _Ticket(change, on)
        with self._lock:
            self._waiting.append(ticket)
            follow, self._leading = self._leading, True
        if follow:
            ticket.wake.wait()
        if not ticket.settled:
            self._lead(ticket)
        return ticket.value()

    def _lead(self, mine: _Ticket) -> None:
        """Take the write turn, write what waits (this thread's change first), then hand the
        lead to the first change still waiting, if any."""
        assert self.queue is not None
        try:
            with self.queue.turn():
                with self._lock:
                    batch = self._waiting[:self.max_together]
                    del self._waiting[:self.max_together]
                self._commit(batch, mine.on if any(t is mine for t in batch) else None)
        finally:
            with self._lock:
                if not mine.settled:  # the turn failed: this change is not written
                    self._waiting.remove(mine)
                if self._waiting:
                    self._waiting[0].wake.set()  # unsettled: it leads next
                else:
                    self._leading = False

    def _commit(self, batch: list[_Ticket], on: Connection | None) -> None:
        """The batch in one transaction, a savepoint each when there are several."""
        try:
            with _transaction(self.engine, on) as conn:
                if len(batch) == 1:
                    batch[0].outcome = self.step(conn, batch[0].change)
                else:
                    for ticket in batch:
                        # Plain SQL, not `begin_nested()`: SQLAlchemy compiles each savepoint
                        # statement anew (unique names), a tenth of a busy writer's time.
                        conn.exec_driver_sql(_SAVEPOINT)
                        try:
                            ticket.outcome = self.step(conn, ticket.change)
                        except KeepRefusal as refused:  # recorded now, as if it were alone
                            conn.exec_driver_sql(_ROLLBACK_TO)
                            try:
                                ticket.outcome = self.keep(conn, ticket.change, refused.error)
                            except Exception as exc:  # a replayed refusal: nothing written
                                ticket.error = exc
                        except Exception as exc:  # this change's own refusal or error
                            conn.exec_driver_sql(_ROLLBACK_TO)
                            ticket.error = exc
                        conn.exec_driver_sql(_RELEASE)
        except BaseException as exc:  # nothing of the batch was written
            for ticket in batch:
                ticket.outcome, ticket.error = None, exc
            if not isinstance(exc, Exception):
                raise
        finally:
            for ticket in batch:
                ticket.settled = True
                ticket.wake.set()


@contextmanager
def _transaction(engine: Engine, on: Connection | None) -> Iterator[Connection]:
    """A write transaction on `on`, or on a connection of the engine's pool."""
    if on is None:
        with engine.begin() as conn:
            yield conn
    else:
        with on.begin():
            yield on
