"""Everyday redemptions of one server process on SQLite, committed together.

SQLite writes one transaction at a time, and with `synchronous=FULL` each commit waits for its
fsync: one by one, every redemption queues behind the others' fsyncs. Here the everyday
redemptions that a process has waiting when it gets the write turn (they gather while another
process writes) go into one transaction, each in a savepoint of its own, with one commit and
one fsync for all (`Ledger.redeem_everyday_together`). Each request is answered only once that
commit is done, exactly as if it had been alone; one that does not fit rolls back alone.
"""

from __future__ import annotations

import asyncio
import logging

from app.ledger.engine import Ledger
from app.ledger.everyday import Attempt, Blocker
from app.ledger.results import Redemption
from app.ledger.writelock import WriteQueue

log = logging.getLogger("giftdesk.ledger")

MAX_TOGETHER = 64
_Waiting = tuple[Attempt, tuple[Blocker, ...], "asyncio.Future[Redemption | None]"]


class GroupCommit:
    """The write side of one process's everyday redemptions on a SQLite ledger."""

    def __init__(self, ledger: Ledger, queue: WriteQueue,
                 max_together: int = MAX_TOGETHER) -> None:
        self.ledger = ledger
        self.queue = queue
        self.max_together = max_together
        self._waiting: list[_Waiting] = []
        self._writer: asyncio.Task[None] | None = None

    async def redeem(self, attempt: Attempt,
                     blockers: tuple[Blocker, ...] = ()) -> Redemption | None:
        """The redemption done and committed, or None (nothing written) for the general path.
        A request cancelled before its turn is not written."""
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[Redemption | None] = loop.create_future()
        self._waiting.append((attempt, blockers, answer))
        if self._writer is None or self._writer.done():
            self._writer = loop.create_task(self._write())
        return await answer

    async def _write(self) -> None:
        while self._waiting:
            failure: Exception | None = None
            results: list[Redemption | None] = []
            async with self.queue.turn_on_loop():
                taken = self._waiting[:self.max_together]
                del self._waiting[:self.max_together]
                batch = [waiting for waiting in taken if not waiting[2].done()]
                if not batch:
                    continue
                try:
                    results = self.ledger.redeem_everyday_together(
                        [(attempt, blockers) for attempt, blockers, _ in batch])
                except Exception as exc:  # each request's answer is this error (a 500)
                    log.exception("everyday redemptions failed")
                    failure = exc
            for index, (_, _, answer) in enumerate(batch):
                if answer.done():
                    continue
                if failure is not None:
                    answer.set_exception(failure)
                else:
                    answer.set_result(results[index])
