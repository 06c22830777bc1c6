"""uvicorn pieces for `giftdesk serve`: an HTTP protocol that never waits on Nagle's algorithm.

With several workers uvicorn binds the listening socket itself, without naming the TCP
protocol, so asyncio does not set TCP_NODELAY on accepted connections; every answer written in
two parts (headers, then body) then waits for the client's delayed ACK, about 40 ms. This
protocol sets TCP_NODELAY on each connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol


class NoDelayH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            with contextlib.suppress(OSError):  # not a TCP socket after all
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
