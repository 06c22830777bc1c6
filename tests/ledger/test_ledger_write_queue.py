"""The SQLite writers' queue from an event loop: a busy turn is waited for without stalling
the loop, and a wait given up (a request cancelled) never keeps the turn."""

from __future__ import annotations

import asyncio
from pathlib import Path

from ledger_helpers import write_turn_held_elsewhere

from app.ledger.writelock import WriteQueue


def test_a_busy_turn_is_waited_for_while_the_loop_goes_on(tmp_path: Path) -> None:
    """Another process holds the turn; the loop keeps serving meanwhile, and the waiter
    gets the turn once it is free."""
    database = str(tmp_path / "ledger.db")
    mine = WriteQueue(database)
    order: list[str] = []
    with write_turn_held_elsewhere(database) as release:

        async def write() -> None:
            async with mine.turn_on_loop():
                order.append("wrote")

        async def serve() -> None:
            for _ in range(5):
                await asyncio.sleep(0.01)
                order.append("served")
            release.set()

        async def scenario() -> None:
            await asyncio.wait_for(asyncio.gather(write(), serve()), 10)

        asyncio.run(scenario())
    assert order == ["served"] * 5 + ["wrote"]


def test_a_cancelled_wait_does_not_keep_the_turn(tmp_path: Path) -> None:
    database = str(tmp_path / "ledger.db")
    mine, another = WriteQueue(database), WriteQueue(database)

    def another_turn() -> bool:
        with another.turn():
            return True

    with write_turn_held_elsewhere(database) as release:

        async def write() -> None:
            async with mine.turn_on_loop():
                raise AssertionError("this request was cancelled before its turn")

        async def scenario() -> None:
            waiting = asyncio.create_task(write())
            await asyncio.sleep(0.05)
            waiting.cancel()
            release.set()
            await asyncio.gather(waiting, return_exceptions=True)
            # The turn came free and the cancelled waiter let it go: others get it, here
            # and in other processes.
            async with mine.turn_on_loop():
                pass
            assert await asyncio.wait_for(asyncio.to_thread(another_turn), 10)

        asyncio.run(scenario())
