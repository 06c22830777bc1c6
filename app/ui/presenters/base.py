"""What every presenter shares: a Qt face (signals) on a Qt-free `Flow` that runs its calls.

No deadline here: the ledger client owns every deadline (see `app.ui.flow.base`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from app.ui.flow import Failure, Flow, describe

if TYPE_CHECKING:
    import asyncio

    from app.client import LedgerClient
    from app.ui.backend import Backend

__all__ = ["Failure", "Presenter", "describe"]
T = TypeVar("T")


class Presenter(QObject):
    """Runs coroutines as tasks on the running (qasync) loop and reports busy state."""

    busyChanged = Signal(bool, str)
    loadingChanged = Signal(bool, str)  # background loads: shown, but nothing is blocked
    signedOut = Signal(str)

    def __init__(self, backend: Backend, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.calls = Flow(lambda: backend.client, backend.set_reachable)
        self.calls.busyChanged.connect(self.busyChanged.emit)
        self.calls.loadingChanged.connect(self.loadingChanged.emit)
        self.calls.signedOut.connect(self.signedOut.emit)

    @property
    def client(self) -> LedgerClient:
        return self.calls.client

    @property
    def busy(self) -> bool:
        return self.calls.busy

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run `coro` on the loop; its exceptions are logged, never lost or raised at Qt."""
        return self.calls.spawn(coro)

    async def call(self, words: str, awaitable: Awaitable[T], *, background: bool = False
                   ) -> T:
        """Await with a visible busy state; reachability follows the result."""
        return await self.calls.call(words, awaitable, background=background)

    async def aclose(self) -> None:
        """Cancel what is still running (at shutdown)."""
        await self.calls.aclose()
