"""uvicorn pieces for `giftdesk serve`: HTTP protocols that never wait on Nagle's algorithm.

With several workers uvicorn binds the listening socket itself, without naming the TCP
protocol, so asyncio does not set TCP_NODELAY on accepted connections; every answer written in
two parts (headers, then body) then waits for the client's delayed ACK, about 40 ms. These
protocols set TCP_NODELAY on each connection. `http_protocol()` picks httptools' parser (in C)
when it is installed, h11 otherwise; `event_loop()` picks uvloop likewise.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol


def _no_delay(transport: asyncio.BaseTransport) -> None:
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        with contextlib.suppress(OSError):  # not a TCP socket after all
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class NoDelayH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        _no_delay(transport)
        super().connection_made(transport)


try:  # httptools is optional: uvicorn's parser in C
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # pragma: no cover - httptools is a dependency
    HttpToolsProtocol = None  # type: ignore[assignment,misc]

if HttpToolsProtocol is not None:
    # At module level: uvicorn's worker processes receive the protocol class by pickling.
    class NoDelayHttpToolsProtocol(HttpToolsProtocol):
        def connection_made(  # type: ignore[override]
                self, transport: asyncio.Transport) -> None:
            _no_delay(transport)
            super().connection_made(transport)


def http_protocol() -> type[asyncio.Protocol]:
    """The fastest HTTP/1.1 protocol available (httptools, else h11), with TCP_NODELAY."""
    if HttpToolsProtocol is None:
        return NoDelayH11Protocol
    return NoDelayHttpToolsProtocol


def event_loop() -> str:
    """uvicorn's `loop` setting: uvloop when installed, the standard asyncio loop otherwise."""
    return "uvloop" if importlib.util.find_spec("uvloop") is not None else "asyncio"
