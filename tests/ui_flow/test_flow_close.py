"""Closing a flow (the app shutting down) ends every task it runs, even one that missed a
cancellation: the counter flow's resolving loop asks the ledger until it answers, and a
cancellation that arrives while a call waits, shielded, for the embedded ledger's worker
thread is absorbed there. Before, such a loop kept asking forever and the app never closed."""

from __future__ import annotations

import asyncio

from flow_support import RunAsync

from app.ui.flow.base import Flow


def test_closing_a_flow_ends_a_task_that_missed_a_cancellation(run_async: RunAsync) -> None:
    async def body() -> None:
        flow = Flow(lambda: None, lambda reachable: None)
        started, ended = asyncio.Event(), asyncio.Event()
        absorbed: list[int] = []

        async def asks_until_answered() -> None:
            started.set()
            try:
                while True:
                    try:
                        await asyncio.sleep(0.01)
                    except asyncio.CancelledError:
                        if absorbed:
                            raise
                        absorbed.append(1)  # lost once, as in a shielded wait
            finally:
                ended.set()

        flow.spawn(asks_until_answered())
        await started.wait()
        closing = asyncio.ensure_future(flow.aclose())
        done, _ = await asyncio.wait({closing}, timeout=10)
        assert closing in done, "the flow did not close"
        assert ended.is_set()
        assert absorbed == [1]

    run_async(body)
