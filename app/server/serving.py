"""uvicorn pieces for `giftdesk serve`: HTTP protocols that never wait on Nagle's algorithm,
and workers that share the connections evenly.

With several workers uvicorn binds the listening socket itself, without naming the TCP
protocol, so asyncio does not set TCP_NODELAY on accepted connections; every answer written in
two parts (headers, then body) then waits for the client's delayed ACK, about 40 ms. These
protocols set TCP_NODELAY on each connection. `http_protocol()` picks httptools' parser (in C)
when it is installed, h11 otherwise; `event_loop()` picks uvloop likewise.

With one listening socket shared by every worker, the first worker to wake takes every
connection waiting at that moment: terminals that connect together (after a restart, or a
network blip) all land on one worker and keep it, through keep-alive, while the others idle.
`BalancedWorkers` gives each worker a listening socket of its own on the same port
(`SO_REUSEPORT`, Linux and BSD), and the kernel spreads new connections over them.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import ctypes.util
import errno
import importlib.util
import logging
import os
import signal
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

try:  # POSIX: a lock per port that every `giftdesk serve` takes
    import fcntl
except ImportError:  # pragma: no cover - Windows has no SO_REUSEPORT either
    fcntl = None  # type: ignore[assignment]

from uvicorn.config import STARTUP_FAILURE, Config
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.supervisors.multiprocess import Multiprocess, Process

log = logging.getLogger("uvicorn.error")


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

# The head of a request (request line and headers) may be at most this long: the parser stops
# reading one that is longer, instead of buffering it (the app's own bound on headers is
# `middleware.MAX_HEADER_BYTES`; this one leaves room for the request line).
MAX_HEAD_BYTES = 32 * 1024
_TOO_LARGE = (b"HTTP/1.1 431 Request Header Fields Too Large\r\n"
              b"content-type: application/problem+json\r\nconnection: close\r\n"
              b"x-content-type-options: nosniff\r\ncache-control: no-store\r\n")
_TOO_LARGE_BODY = (b'{"type":"urn:giftdesk:problem:request_header_fields_too_large",'
                   b'"title":"Request header fields too large","status":431,'
                   b'"detail":"The request\'s headers are too large.",'
                   b'"code":"request_header_fields_too_large"}')

if HttpToolsProtocol is not None:
    # At module level: uvicorn's worker processes receive the protocol class by pickling.
    class NoDelayHttpToolsProtocol(HttpToolsProtocol):
        _head_bytes = 0
        _in_head = True

        def connection_made(  # type: ignore[override]
                self, transport: asyncio.Transport) -> None:
            _no_delay(transport)
            super().connection_made(transport)

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._in_head = True

        def on_headers_complete(self) -> None:
            self._in_head = False
            self._head_bytes = 0
            super().on_headers_complete()

        def data_received(self, data: bytes) -> None:
            if self._in_head:
                self._head_bytes += len(data)
            super().data_received(data)
            if self._in_head and self._head_bytes > MAX_HEAD_BYTES \
                    and not self.transport.is_closing():
                self.transport.write(_TOO_LARGE + b"content-length: "
                                     + str(len(_TOO_LARGE_BODY)).encode() + b"\r\n\r\n"
                                     + _TOO_LARGE_BODY)
                self.transport.close()


def http_protocol() -> type[asyncio.Protocol]:
    """The fastest HTTP/1.1 protocol available (httptools, else h11), with TCP_NODELAY."""
    if HttpToolsProtocol is None:
        return NoDelayH11Protocol
    return NoDelayHttpToolsProtocol


def event_loop() -> str:
    """uvicorn's `loop` setting: uvloop when installed, the standard asyncio loop otherwise."""
    return "uvloop" if importlib.util.find_spec("uvloop") is not None else "asyncio"


def can_balance() -> bool:
    """Whether this system has `SO_REUSEPORT`, which `BalancedWorkers` needs."""
    return hasattr(socket, "SO_REUSEPORT")


def worker_sockets(host: str, port: int, count: int) -> list[socket.socket]:
    """`count` sockets bound to host:port with `SO_REUSEPORT`, one per worker process.

    Bound here, in the parent process, so that a port in use fails at once (OSError) and a
    restarted worker takes over its predecessor's socket and the connections waiting on it.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sockets: list[socket.socket] = []
    try:
        for _ in range(count):
            sock = socket.socket(family, socket.SOCK_STREAM)
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            sock.bind((host, port))
    except OSError:
        for sock in sockets:
            sock.close()
        raise
    return sockets


class PortTaken(OSError):
    """Something listens on the port already (another `giftdesk serve`, or any program)."""


_held_ports: list[Any] = []  # lock files of ports this process serves, open while it runs


def claim_port(host: str, port: int) -> None:
    """Make sure this `serve` alone listens on host:port, or raise `PortTaken`.

    With `SO_REUSEPORT` the kernel lets every process of the same user bind the port too, and
    splits the connections between them: a second `giftdesk serve` (on another ledger, say)
    would take half the terminals unnoticed. So: a lock on the port that every `giftdesk
    serve` takes (two starting at once), then a bind without `SO_REUSEPORT`, which fails
    while anything at all listens there.
    """
    path = Path(tempfile.gettempdir()) / f"giftdesk-serve-{port}.lock"
    lock = open(path, "a+")  # noqa: SIM115 - held open while the server runs
    try:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        lock.close()
        raise PortTaken(errno.EADDRINUSE, "another giftdesk serve listens there") from None
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            lock.close()
            raise PortTaken(exc.errno, "another program listens there") from None
    _held_ports.append(lock)


SUPERVISOR_ENV = "GIFTDESK_SUPERVISOR_PID"
_PR_SET_PDEATHSIG = 1


def stop_with_supervisor() -> None:
    """In a worker of `BalancedWorkers`: end (SIGTERM) when the supervisor process dies.

    Otherwise a supervisor killed outright (SIGKILL, the OOM killer) leaves its workers
    serving on the port, and with `SO_REUSEPORT` a new `giftdesk serve` would silently share
    the port with them. Linux only; elsewhere nothing changes."""
    expected = os.environ.get(SUPERVISOR_ENV)
    if expected is None or not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if str(os.getppid()) != expected:  # it died before we asked
        os.kill(os.getpid(), signal.SIGTERM)


# How long a thread may keep the GIL while another waits (Python's default: 5 ms). A SQLite
# write holds the database's one write lock while its thread waits for the GIL between
# statements, so every other writer waits too; bench api: about 15% more redemptions/s.
WORKER_SWITCH_INTERVAL_S = 0.001


def prepare_worker() -> None:
    """Settings for a server worker process, before its app is built."""
    sys.setswitchinterval(WORKER_SWITCH_INTERVAL_S)
    stop_with_supervisor()


# A new worker imports the app and opens the ledger before it can answer the supervisor's
# health checks: on a busy machine that takes longer than their timeout (5 s), and a worker
# killed for it is replaced by one that fails the same way, again and again. Until a worker is
# this old, it is only checked to be running.
STARTUP_GRACE_S = 120.0


class BalancedWorkers(Multiprocess):
    """uvicorn's worker supervisor, with worker `i` always serving `sockets[i]`."""

    def __init__(self, config: Config, sockets: list[socket.socket]) -> None:
        super().__init__(config, sockets)
        if len(sockets) != self.processes_num:
            raise ValueError("BalancedWorkers needs one socket per worker")
        self._born = [0.0] * len(sockets)  # when each worker was started (monotonic)
        os.environ[SUPERVISOR_ENV] = str(os.getpid())  # the workers inherit it

    def _worker(self, index: int) -> Process:
        process = Process(self.config, [self.sockets[index]])
        process.start()
        self._born[index] = time.monotonic()
        return process

    def init_processes(self) -> None:
        self.processes = [self._worker(index) for index in range(self.processes_num)]

    def restart_all(self) -> None:
        """Replace each worker (SIGHUP), the new one serving before the old one stops."""
        for index, old in enumerate(self.processes):
            if self.should_exit.is_set():
                return
            new = self._worker(index)
            if not new.wait_until_ready(self.config.timeout_worker_healthcheck,
                                        self.should_exit):
                new.kill()
                new.join()
                return
            old.terminate()
            old.join()
            self.processes[index] = new

    def keep_subprocess_alive(self) -> None:
        """Start a new worker on the socket of one that died or hangs."""
        for index, process in enumerate(self.processes):
            if self.should_exit.is_set():
                return
            starting = time.monotonic() - self._born[index] < STARTUP_GRACE_S
            if starting and process.process.is_alive():
                continue
            if process.is_alive(timeout=self.config.timeout_worker_healthcheck):
                continue
            process.kill()
            process.join()
            if process.exitcode == STARTUP_FAILURE:  # would fail the same way again
                log.error("Worker process [%s] failed to start; stopping.", process.pid)
                self.should_exit.set()
                return
            log.info("Worker process [%s] died; starting another.", process.pid)
            self.processes[index] = self._worker(index)
