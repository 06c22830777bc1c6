"""`giftdesk serve`'s uvicorn pieces: the fastest protocol and loop installed, TCP_NODELAY."""

from __future__ import annotations

import asyncio
import pickle
import socket
from typing import Any

from app.server import serving


def test_httptools_and_uvloop_are_used_when_installed() -> None:
    protocol = serving.http_protocol()
    assert protocol.__name__ == "NoDelayHttpToolsProtocol"
    assert serving.event_loop() == "uvloop"
    # uvicorn hands the class to its worker processes by pickling.
    assert pickle.loads(pickle.dumps(protocol)) is protocol


class _Transport:
    def __init__(self, sock: Any) -> None:
        self.sock = sock

    def get_extra_info(self, name: str) -> Any:
        return self.sock if name == "socket" else None


def test_connections_get_tcp_nodelay() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        serving._no_delay(_Transport(sock))  # type: ignore[arg-type]
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    serving._no_delay(_Transport(None))  # type: ignore[arg-type]  # no socket: nothing to do
    assert issubclass(serving.http_protocol(), asyncio.Protocol)
