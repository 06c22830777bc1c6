"""What every flow shares: tasks on the running loop, busy state, reachability.

Deadlines are not kept here: the ledger client owns them (its read deadline, its change
deadline after which a request stays in the outbox). A flow never cancels a call on a timer,
so a redemption already written to the outbox is never cut off by the UI.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from app.ui.flow.events import Event

if TYPE_CHECKING:
    import asyncio  # imported at run time only once the window shows (start-up time)

    from app.client import LedgerClient

log = logging.getLogger(__name__)
T = TypeVar("T")


class Flow:
    """Runs coroutines as tasks on the running loop (qasync in the app, plain asyncio in tests).

    Events: `busyChanged(bool, words)` while a call blocks the screen, `loadingChanged(bool,
    words)` for background loads, `signedOut(sentence)` when the ledger wants a new sign-in.
    """

    def __init__(self, client: Callable[[], LedgerClient | None],
                 set_reachable: Callable[[bool], None]) -> None:
        self._client = client
        self._set_reachable = set_reachable
        self.busyChanged = Event()
        self.loadingChanged = Event()
        self.signedOut = Event()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._busy = 0
        self._loading = 0

    @property
    def client(self) -> LedgerClient:
        client = self._client()
        if client is None:
            raise RuntimeError("the ledger client is not ready")
        return client

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run `coro` on the loop; its exceptions are logged, never lost."""
        import asyncio

        task = asyncio.get_event_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("flow task failed", exc_info=task.exception())

    async def call(self, words: str, awaitable: Awaitable[T], *, background: bool = False
                   ) -> T:
        """Await with a visible busy state; reachability follows the result.

        A `background` call (a list refreshing) shows that it runs but blocks nothing.
        """
        if background:
            self._loading += 1
            self.loadingChanged.emit(True, words)
        else:
            self._busy += 1
            self.busyChanged.emit(True, words)
        try:
            return await self._answer(awaitable)
        finally:
            if background:
                self._loading -= 1
                if not self._loading:
                    self.loadingChanged.emit(False, "")
            else:
                self._busy -= 1
                if not self._busy:
                    self.busyChanged.emit(False, "")

    async def _answer(self, awaitable: Awaitable[T]) -> T:
        """An answer proves the ledger reachable; a failure to reach it says otherwise."""
        try:
            result = await awaitable
        except Exception as exc:
            self._note_failure(exc)
            raise
        self._set_reachable(True)
        return result

    def _note_failure(self, exc: BaseException) -> None:
        from app.client import LedgerUnavailable

        self._set_reachable(not isinstance(exc, LedgerUnavailable))

    async def aclose(self) -> None:
        """Cancel what is still running (at shutdown), and wait until it has ended.

        A task can miss a cancellation: one that arrives while a call waits, shielded, for
        the embedded ledger's worker thread is absorbed there, and a resolving loop then
        asks again forever. So each task is cancelled again until it is done."""
        import asyncio

        tasks = list(self._tasks)
        while tasks:
            for task in tasks:
                task.cancel()
            await asyncio.wait(tasks, timeout=0.05)
            tasks = [task for task in tasks if not task.done()]
