"""The client's seam: an in-process transport to the embedded ledger, or a real HTTP one.

The embedded transport is `httpx.ASGITransport` to the ledger's ASGI app, run in this
process; the app's lifespan (startup and shutdown) runs around it, since ASGITransport alone
does not. The client never imports the server: `app.embedded` builds the app and hands it in.
"""

from __future__ import annotations

import asyncio
import hashlib
from contextlib import AsyncExitStack
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

EMBEDDED_BASE_URL = "http://giftdesk.embedded"
DEFAULT_TIMEOUT = httpx.Timeout(connect=3.0, read=10.0, write=10.0, pool=3.0)


class EmbeddedTransport(httpx.AsyncBaseTransport):
    """ASGITransport to an in-process ASGI `app`, with its lifespan entered on first use."""

    def __init__(self, app: Any) -> None:
        self.app: Any = app
        # App errors become 500 answers, as they would over a socket.
        self._asgi = httpx.ASGITransport(app=self.app, raise_app_exceptions=False)
        self._stack: AsyncExitStack | None = None
        self._starting: asyncio.Lock | None = None
        self._closed = False

    async def _start(self) -> None:
        if self._stack is not None:
            return
        if self._starting is None:
            self._starting = asyncio.Lock()
        async with self._starting:
            if self._stack is not None:
                return
            stack = AsyncExitStack()
            lifespan = getattr(getattr(self.app, "router", None), "lifespan_context", None)
            if lifespan is not None:
                await stack.enter_async_context(lifespan(self.app))
            self._stack = stack

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise httpx.ConnectError("the embedded ledger was shut down", request=request)
        await self._start()
        return await self._asgi.handle_async_request(request)

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        await self._start()  # so that shutdown runs (and releases the database) even if unused
        stack, self._stack = self._stack, None
        if stack is not None:
            await stack.aclose()
        await self._asgi.aclose()


def remote_ledger_id(base_url: str) -> str:
    """Names a remote ledger in the keyring and the outbox: its URL, normalised."""
    parts = urlsplit(base_url.strip())
    host = (parts.hostname or "").lower()
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme.lower(), netloc, parts.path.rstrip("/"), "", ""))


def embedded_ledger_id(db_url: str) -> str:
    """Names an embedded ledger: its database, without any password in the URL."""
    parts = urlsplit(db_url)
    if parts.password:
        digest = hashlib.sha256(db_url.encode()).hexdigest()[:16]
        return f"embedded:{parts.scheme}://{parts.hostname}{parts.path}#{digest}"
    return f"embedded:{db_url}"
