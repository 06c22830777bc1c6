"""What every presenter shares: tasks on the Qt loop, busy state, timeouts, error sentences."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from app.ui import messages

if TYPE_CHECKING:
    import asyncio

    from app.client import LedgerClient
    from app.ui.backend import Backend

log = logging.getLogger(__name__)
T = TypeVar("T")

READ_TIMEOUT_S = 12.0
"""Longest a cashier waits on a read (validate, history) before being told."""
CHANGE_TIMEOUT_S = 25.0
"""Longest a redemption or reversal may run before its outcome is checked instead."""


@dataclass(frozen=True)
class Failure:
    """A failed call as the cashier reads it: a stable code and one sentence."""

    code: str
    sentence: str
    unreachable: bool = False
    unknown_outcome: bool = False
    reached: bool = True
    signed_out: bool = False


def describe(exc: BaseException, *, context: str = "") -> Failure:
    """Map an exception to a `Failure`; anything unexpected is logged with its traceback."""
    from app.client import (
        LedgerError,
        LedgerUnavailable,
        OutcomeUnknown,
        RateLimited,
        Unauthorized,
    )

    if isinstance(exc, OutcomeUnknown):
        return Failure(messages.OUTCOME_UNKNOWN, messages.sentence(messages.OUTCOME_UNKNOWN),
                       unreachable=True, unknown_outcome=True, reached=exc.reached)
    if isinstance(exc, LedgerUnavailable):
        return Failure(messages.UNREACHABLE, messages.sentence(messages.UNREACHABLE),
                       unreachable=True)
    if isinstance(exc, TimeoutError):
        return Failure(messages.TIMEOUT, messages.sentence(messages.TIMEOUT), unreachable=True)
    if isinstance(exc, RateLimited):
        text = messages.sentence(exc.code)
        if exc.retry_after_s:
            text += f" (about {max(1, round(exc.retry_after_s))} s)"
        return Failure(str(exc.code), text)
    if isinstance(exc, Unauthorized):
        code = messages.SIGN_IN_REFUSED if context == "sign_in" else messages.NOT_SIGNED_IN
        return Failure(code, messages.sentence(code), signed_out=context != "sign_in")
    if isinstance(exc, LedgerError):
        code = str(exc.code)
        if context == "sign_in" and code in ("forbidden", "location_not_allowed"):
            code = messages.SIGN_IN_FORBIDDEN
        log.info("ledger refused (%s): %s %s", context, exc.code, exc.detail)
        return Failure(code, messages.sentence(code))
    log.error("unexpected error (%s)", context, exc_info=exc)
    return Failure(messages.UNEXPECTED, messages.sentence(messages.UNEXPECTED))


class Presenter(QObject):
    """Runs coroutines as tasks on the running (qasync) loop and reports busy state."""

    busyChanged = Signal(bool, str)
    loadingChanged = Signal(bool, str)  # background loads: shown, but nothing is blocked
    signedOut = Signal(str)

    def __init__(self, backend: Backend, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self._tasks: set[asyncio.Task[Any]] = set()
        self._busy = 0
        self._loading = 0

    @property
    def client(self) -> LedgerClient:
        client = self.backend.client
        if client is None:
            raise RuntimeError("the ledger client is not ready")
        return client

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run `coro` on the loop; its exceptions are logged, never lost or raised at Qt."""
        import asyncio

        task = asyncio.get_event_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("presenter task failed", exc_info=task.exception())

    async def call(self, words: str, awaitable: Awaitable[T], *,
                   timeout_s: float = READ_TIMEOUT_S, background: bool = False) -> T:
        """Await with a visible busy state and a deadline; reachability follows the result.

        A `background` call (a list refreshing) shows that it runs but blocks nothing.
        """

        if background:
            return await self._background(words, awaitable, timeout_s)
        self._busy += 1
        self.busyChanged.emit(True, words)
        try:
            return await self._answer(awaitable, timeout_s)
        finally:
            self._busy -= 1
            if not self._busy:
                self.busyChanged.emit(False, "")

    async def _background(self, words: str, awaitable: Awaitable[T], timeout_s: float) -> T:
        self._loading += 1
        self.loadingChanged.emit(True, words)
        try:
            return await self._answer(awaitable, timeout_s)
        finally:
            self._loading -= 1
            if not self._loading:
                self.loadingChanged.emit(False, "")

    async def _answer(self, awaitable: Awaitable[T], timeout_s: float) -> T:
        """Await the call within its time; an answer proves the ledger reachable."""
        import asyncio

        try:
            result = await asyncio.wait_for(awaitable, timeout_s)
        except Exception as exc:
            self._note_failure(exc)
            raise
        self.backend.set_reachable(True)
        return result

    def _note_failure(self, exc: BaseException) -> None:
        from app.client import LedgerUnavailable

        self.backend.set_reachable(not isinstance(exc, LedgerUnavailable | TimeoutError))

    async def aclose(self) -> None:
        """Cancel what is still running (at shutdown)."""
        import asyncio

        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
