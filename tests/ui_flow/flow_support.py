"""A counter desk without widgets: the real client and the counter flow, and a network that
loses or holds answers on demand (the ledger itself is real and in-process)."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import httpx

from app.client import LedgerClient
from app.client._transport import EMBEDDED_BASE_URL, EmbeddedTransport
from app.embedded import LEDGER_FILE
from app.ui.draft import RedemptionDraft
from app.ui.flow import CounterFlow

WAIT_S = 20.0
RunAsync = Callable[[Callable[[], Coroutine[Any, Any, None]]], None]


class Network(httpx.AsyncBaseTransport):
    """The way to the embedded ledger. `mode` for redemptions: "ok"; "lose" (the ledger
    carries it out, the answer is lost); "down" (it never arrives); "hold" (carried out, the
    answer waits for `release`)."""

    def __init__(self, db_url: str) -> None:
        from app.server import create_app

        self.inner = EmbeddedTransport(create_app(db_url))
        self.mode = "ok"
        self.arrived = 0  # redemption requests the ledger has received
        self.release = asyncio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        redemption = request.method == "POST" and request.url.path == "/v1/redemptions"
        if not redemption or self.mode == "ok":
            return await self.inner.handle_async_request(request)
        if self.mode == "down":
            raise httpx.ConnectError("connection refused", request=request)
        response = await self.inner.handle_async_request(request)
        await response.aread()
        self.arrived += 1
        if self.mode == "lose":
            raise httpx.ReadError("connection reset", request=request)
        await self.release.wait()
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


class Desk:
    """One till: a client, its flow, and what the flow told (events in order)."""

    def __init__(self, data_dir: Path, **client_options: Any) -> None:
        self.db_file = data_dir / LEDGER_FILE
        self.network = Network(f"sqlite:///{self.db_file}")
        options: dict[str, Any] = {"retry_delays_s": (0.01, 0.02), **client_options}
        self.client = LedgerClient(EMBEDDED_BASE_URL, data_dir=data_dir,
                                   transport=self.network, ledger_id="flow-test-ledger",
                                   **options)
        self.reachable: list[bool] = []
        self.flow = CounterFlow(lambda: self.client, self.reachable.append,
                                resolve_retry_s=0.02)
        self.events: list[tuple[str, tuple[Any, ...]]] = []
        for name in ("changed", "validated", "validateFailed", "redeemed", "redeemFailed",
                     "outcomeUnknown", "resolvingChanged", "busyChanged", "signedOut"):
            getattr(self.flow, name).connect(
                lambda *args, name=name: self.events.append((name, args)))

    async def sign_in(self, operator: str = "cashier", pin: str = "1111") -> None:
        await self.client.sign_in(operator, pin, "STORE-1", "TILL-1")

    async def until(self, condition: Callable[[], Any], timeout_s: float = WAIT_S) -> None:
        """Wait (on the loop) until `condition()` holds."""
        deadline = time.monotonic() + timeout_s
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; flow at {self.flow.stage}, "
                                     f"events {self.names()}")
            await asyncio.sleep(0.005)

    def names(self) -> list[str]:
        return [name for name, _ in self.events if name != "busyChanged"]

    def last(self, name: str) -> tuple[Any, ...]:
        return [args for n, args in self.events if n == name][-1]

    def draft(self, units: int, **details: Any) -> RedemptionDraft:
        assert self.flow.validation is not None
        return RedemptionDraft(card=self.flow.validation.card, units=units,
                               card_pin=self.flow.card_pin or None, **details)

    async def close(self) -> None:
        await self.flow.aclose()
        await self.client.aclose()


def redemptions(db_file: Path, code: str) -> list[tuple[int, int]]:
    """A card's redemption rows (delta, balance after), read straight from the file."""
    with contextlib.closing(sqlite3.connect(db_file)) as conn:
        return [(int(d), int(b)) for d, b in conn.execute(
            "SELECT j.delta, j.balance_after FROM journal j JOIN cards c ON c.id = j.card_id"
            " WHERE c.code = ? AND c.training = 0 AND j.kind = 'redeem' ORDER BY j.id",
            (code,))]
