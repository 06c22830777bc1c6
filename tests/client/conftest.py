"""Fixtures of the client tests: seeded real ledgers, a real uvicorn server in a thread, a TCP
proxy that can lose answers, and an in-memory keyring (a stand-in for the OS keyring service).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
import uvicorn

from app.client import MemoryKeyring
from app.ledger.db import make_engine
from app.ledger.demo import DemoCard, seed
from app.ledger.engine import Ledger


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Install an in-memory keyring for the test, and put the previous one back after."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """No usable keyring, as on a machine without a secret service."""
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def demo_cards(db_url: str) -> dict[str, str]:
    """Seed the demo merchant into the test's database; its cards by description."""
    engine = make_engine(db_url)
    try:
        made: list[DemoCard] = seed(Ledger(engine))
    finally:
        engine.dispose()
    return {c.description: c.code for c in made}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def unused_url() -> str:
    """The URL of a port nothing listens on: connections are refused."""
    return f"http://127.0.0.1:{free_port()}"


class LedgerServer:
    """`create_app(db_url)` served by uvicorn on a real socket, in a background thread."""

    def __init__(self, db_url: str, port: int | None = None) -> None:
        from app.server import create_app

        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(db_url), host="127.0.0.1", port=self.port,
                                log_level="warning", ws="none", lifespan="on",
                                access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="uvicorn", daemon=True)

    def start(self) -> LedgerServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the ledger server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)


@pytest.fixture
def server(db_url: str, demo_cards: dict[str, str]) -> Iterator[LedgerServer]:
    running = LedgerServer(db_url).start()
    yield running
    running.stop()


@pytest.fixture
def empty_server(db_url: str) -> Iterator[LedgerServer]:
    """A ledger server on an empty ledger: nobody set it up yet."""
    running = LedgerServer(db_url).start()
    yield running
    running.stop()


BAD_GATEWAY = (b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/plain\r\n"
               b"Content-Length: 11\r\nConnection: close\r\n\r\nBad Gateway")


class Proxy:
    """A TCP proxy in front of the ledger server that can misbehave on purpose.

    mode "forward" relays both ways; "lose_answer" relays the request to the ledger, then
    drops the connection instead of relaying the answer; "swallow" closes the connection
    without relaying the request (it never reaches the ledger). `refuse()` stops listening
    (connections are refused) until `listen()`. The next `fail_next` requests get a
    502 from the proxy itself, as from a gateway whose ledger is restarting.
    """

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.mode = "forward"
        self.answers_lost = 0
        self.fail_next = 0
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._listener: socket.socket | None = None
        self._threads: list[threading.Thread] = []
        self._sockets: set[socket.socket] = set()
        self._lock = threading.Lock()
        self.listen()

    def take_failure(self) -> bool:
        """Whether to answer this request with 502 (`fail_next` more times) instead."""
        with self._lock:
            if self.fail_next <= 0:
                return False
            self.fail_next -= 1
            return True

    def listen(self) -> None:
        listener = socket.create_server(("127.0.0.1", self.port), reuse_port=False)
        listener.settimeout(0.1)
        self._listener = listener
        thread = threading.Thread(target=self._accept, args=(listener,), daemon=True)
        thread.start()
        self._threads.append(thread)

    def refuse(self) -> None:
        """Stop listening and cut every open connection (closed when this returns)."""
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()
        self.drop_connections()
        for thread in list(self._threads):
            thread.join(timeout=5)

    def drop_connections(self) -> None:
        with self._lock:
            for s in list(self._sockets):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.refuse()
        for thread in self._threads:
            thread.join(timeout=5)
        with self._lock:
            for s in self._sockets:
                s.close()
            self._sockets.clear()

    def _accept(self, listener: socket.socket) -> None:
        while self._listener is listener:
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            thread = threading.Thread(target=self._serve, args=(client,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _track(self, s: socket.socket) -> None:
        with self._lock:
            self._sockets.add(s)

    def _serve(self, client: socket.socket) -> None:
        self._track(client)
        try:
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
        except OSError:
            self._close(client)
            return
        self._track(upstream)
        up = threading.Thread(target=self._pump_up, args=(client, upstream), daemon=True)
        up.start()
        self._pump_down(upstream, client)
        up.join(timeout=5)
        self._close(client)
        self._close(upstream)

    def _pump_up(self, client: socket.socket, upstream: socket.socket) -> None:
        while True:
            try:
                data = client.recv(65536)
            except OSError:
                data = b""
            if data and self.take_failure():
                with contextlib.suppress(OSError):
                    client.sendall(BAD_GATEWAY)
                self._shutdown(client)
                self._shutdown(upstream)
                return
            if data and self.mode == "swallow":
                self._shutdown(client)
                self._shutdown(upstream)
                return
            if not data:
                self._shutdown(upstream)
                return
            try:
                upstream.sendall(data)
            except OSError:
                return

    def _pump_down(self, upstream: socket.socket, client: socket.socket) -> None:
        while True:
            try:
                data = upstream.recv(65536)
            except OSError:
                data = b""
            if not data:
                self._shutdown(client)
                return
            if self.mode == "lose_answer":
                # The ledger has done the work and answered: lose the answer.
                self.answers_lost += 1
                self._shutdown(client)
                self._shutdown(upstream)
                return
            try:
                client.sendall(data)
            except OSError:
                self._shutdown(upstream)
                return

    @staticmethod
    def _shutdown(s: socket.socket) -> None:
        with contextlib.suppress(OSError):
            s.shutdown(socket.SHUT_RDWR)

    def _close(self, s: socket.socket) -> None:
        with self._lock:
            self._sockets.discard(s)
        s.close()


@pytest.fixture
def proxy(server: LedgerServer) -> Iterator[Proxy]:
    p = Proxy(server.port)
    yield p
    p.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "app-data"
    path.mkdir()
    return path


@pytest.fixture
def fast() -> dict[str, Any]:
    """Client options for tests: short retry delays and timeouts."""
    return {"retry_delays_s": (0.01, 0.02), "timeout": 5.0}
