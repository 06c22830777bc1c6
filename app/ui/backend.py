"""The ledger client's owner: starts the embedded or remote ledger off the UI thread,
and watches whether the ledger can be reached."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    import asyncio

    from app.client import LedgerClient
    from app.protocol.backoffice import LedgerInfoOut

log = logging.getLogger(__name__)

PROBE_INTERVAL_S = 2.0
PROBE_TIMEOUT_S = 5.0
INFO_TIMEOUT_S = 3.0  # a ledger that cannot say whether it is set up is asked again later


def _embedded_client(data_dir: Path) -> tuple[LedgerClient, list[Any]]:
    """Create/migrate/seed the ledger file, then the in-process client (slow: a thread)."""
    # Imported here, in the worker thread: the ledger's imports are slow and the window
    # must already be on screen.
    from app import embedded

    info = embedded.prepare(data_dir, demo=False)  # a new one is empty: set-up decides
    client = embedded.open_client(info.url, data_dir=data_dir,
                                  expire_after=embedded.APP_EXPIRY_FIRST_AFTER)
    return client, list(info.demo_cards)


def _remote_client(url: str, data_dir: Path) -> LedgerClient:
    from app.client import LedgerClient

    return LedgerClient.remote(url, data_dir=data_dir)


class Backend(QObject):
    """One ledger client at a time; `reachableChanged` drives the connection banner."""

    ready = Signal()
    reachableChanged = Signal(bool)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.client: LedgerClient | None = None
        self.description = ""
        self.demo_cards: list[Any] = []
        self.info: LedgerInfoOut | None = None  # GET /v1/setup: set up yet? demo data?
        self._reachable = True
        self._probe: asyncio.Task[None] | None = None

    @property
    def reachable(self) -> bool:
        return self._reachable

    async def start(self, *, remote_url: str | None, training: bool) -> None:
        """Open the ledger: remote at `remote_url`, else the embedded one in the data dir."""
        import asyncio

        if remote_url:
            client = await asyncio.to_thread(_remote_client, remote_url, self.data_dir)
            self.description = self.tr("Remote ledger %1").replace("%1", remote_url)
        else:
            client, self.demo_cards = await asyncio.to_thread(_embedded_client, self.data_dir)
            self.description = self.tr("Embedded ledger")
        client.training = training
        self.client = client
        self.info = await self.ledger_info()
        log.info("ledger ready: %s", self.description)
        self.ready.emit()

    async def ledger_info(self) -> LedgerInfoOut | None:
        """What the ledger says before sign-in; None from a ledger too old to say."""
        try:
            if self.client is None:
                return None
            return await self.client.ledger_info(deadline_s=INFO_TIMEOUT_S)
        except Exception as exc:  # the counter works without it
            log.info("ledger info not available: %r", exc)
            return None

    async def stop(self) -> None:
        """Close the client (and the embedded ledger with it)."""
        import asyncio

        if self._probe is not None:
            self._probe.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._probe
            self._probe = None
        client, self.client = self.client, None
        if client is not None:
            await client.aclose()
        self._set(True)

    def set_reachable(self, reachable: bool) -> None:
        """Record the latest evidence; while unreachable, the ledger is probed until back."""
        import asyncio

        self._set(reachable)
        if not reachable and (self._probe is None or self._probe.done()):
            self._probe = asyncio.get_event_loop().create_task(self._probe_until_back())

    def _set(self, reachable: bool) -> None:
        if reachable != self._reachable:
            self._reachable = reachable
            log.warning("ledger %s", "reachable again" if reachable else "unreachable")
            self.reachableChanged.emit(reachable)

    async def check_now(self) -> bool:
        """Ask the ledger's health at once; True when it answers."""
        client = self.client
        if client is None:
            return False
        try:
            await client.health(deadline_s=PROBE_TIMEOUT_S)
        except Exception as exc:  # any failure means "not reachable", the details are logged
            log.info("ledger health check failed: %r", exc)
            return False
        return True

    async def _probe_until_back(self) -> None:
        import asyncio

        while not self._reachable and self.client is not None:
            await asyncio.sleep(PROBE_INTERVAL_S)
            if await self.check_now():
                self._set(True)
