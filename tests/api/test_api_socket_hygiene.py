"""Over a real socket, with the server's own HTTP protocol: oversized heads and stalled bodies
are answered and their connections closed."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import uvicorn
from api_helpers import free_port

from app.ledger.engine import Ledger
from app.server import ApiSettings, create_app
from app.server.serving import http_protocol


@contextmanager
def serving(app: Any) -> Iterator[int]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, http=http_protocol(),
                                           log_level="warning", access_log=False, ws="none"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive(), "the server stopped"
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=20)


def read_all(sock: socket.socket, timeout_s: float = 10) -> bytes:
    """Everything the server sends until it closes the connection."""
    sock.settimeout(timeout_s)
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    return data


@pytest.fixture
def port(seeded_ledger: Ledger) -> Iterator[int]:
    app = create_app(ledger=seeded_ledger, settings=ApiSettings(body_timeout_s=0.5))
    with serving(app) as port:
        yield port


def test_a_head_too_large_is_refused_before_it_is_read_whole(port: int) -> None:
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"v" * 40_000)
        answer = read_all(sock)  # no end of headers sent: the server closes anyway
    assert answer.startswith(b"HTTP/1.1 431 ")
    assert b'"code":"request_header_fields_too_large"' in answer


def test_a_stalled_body_is_answered_408_and_its_connection_closed(port: int) -> None:
    for path in (b"/v1/sessions", b"/v1/redemptions"):  # the route and the everyday path
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.sendall(b"POST " + path + b" HTTP/1.1\r\nHost: x\r\n"
                         b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"op")
            started = time.monotonic()
            answer = read_all(sock)
        assert answer.startswith(b"HTTP/1.1 408 "), answer
        assert b'"code":"request_timeout"' in answer
        assert time.monotonic() - started < 5
