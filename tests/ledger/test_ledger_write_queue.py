"""The SQLite writers' queue from an event loop: a busy turn is waited for without stalling
the loop, and a wait given up (a request cancelled) never keeps the turn."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from app.ledger.writelock import WriteQueue


def test_a_busy_turn_is_waited_for_while_the_loop_goes_on(tmp_path: Path) -> None:
    """Another process holds the turn (here: a queue of its own on the same file); the loop
    keeps serving meanwhile, and the waiter gets the turn once it is free."""
    database = str(tmp_path / "ledger.db")
    mine, other = WriteQueue(database), WriteQueue(database)
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with other.turn():
            holding.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    assert holding.wait(10)
    order: list[str] = []

    async def scenario() -> None:
        async def write() -> None:
            async with mine.turn_on_loop():
                order.append("wrote")

        async def serve() -> None:
            for _ in range(5):
                await asyncio.sleep(0.01)
                order.append("served")
            release.set()

        await asyncio.wait_for(asyncio.gather(write(), serve()), 10)

    asyncio.run(scenario())
    holder.join(10)
    assert order == ["served"] * 5 + ["wrote"]


def test_a_cancelled_wait_does_not_keep_the_turn(tmp_path: Path) -> None:
    database = str(tmp_path / "ledger.db")
    mine, other = WriteQueue(database), WriteQueue(database)
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with other.turn():
            holding.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    assert holding.wait(10)

    async def scenario() -> None:
        async def write() -> None:
            async with mine.turn_on_loop():
                raise AssertionError("this request was cancelled before its turn")

        waiting = asyncio.create_task(write())
        await asyncio.sleep(0.05)
        waiting.cancel()
        release.set()
        await asyncio.gather(waiting, return_exceptions=True)
        # The turn came free and the cancelled waiter let it go: others get it, here and in
        # the other process.
        async with mine.turn_on_loop():
            pass
        assert await asyncio.wait_for(asyncio.to_thread(other_turn), 10)

    def other_turn() -> bool:
        with other.turn():
            return True

    asyncio.run(scenario())
    holder.join(10)
