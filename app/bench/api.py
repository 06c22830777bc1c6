"""`giftdesk bench api`: redemptions per second through `giftdesk serve --workers 2`.

For a SQLite ledger and (when 127.0.0.1:5432 answers) a fresh PostgreSQL database, this starts
the server and lets 8 concurrent clients (one terminal, one card and one keep-alive
connection each, on a lean asyncio HTTP/1.1 client) redeem 1 minor unit at a time, each with
its own Idempotency-Key, for a fixed time. (Many terminals redeeming one card at once is a
correctness test, in tests/api; here each counter serves its own customer.) It prints
redemptions/s and p50/p99 latency, and next to them pgbench's TPC-B-like tps at the same
concurrency (-c 8 -j 2) on a scratch database of the same server, when pgbench is installed.
For scale it also prints how many health checks per second (`GET /v1/health`, one
`SELECT 1`) the same server answers to as many clients: what the stack costs around a
single statement.

Targets: at least half of pgbench's tps; p99 under 50 ms. Client, server and database share
this machine's CPUs, which the figures include. On a shared machine the CPUs others leave us
change from one quarter-minute to the next (±15 %), so each backend's load runs in slices that
alternate with slices of pgbench, and each backend is compared with the pgbench measured
between its own slices: a busy moment slows both sides of its ratio instead of one.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx

T = TypeVar("T")

CLIENTS = 8
WORKERS = 2
SLICES = 3  # load and pgbench alternate this many times per backend
TARGET_RATIO = 0.5
TARGET_P99_MS = 50.0
PG_ADMIN_URL = os.environ.get("GIFTDESK_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
OPERATOR, PIN, LOCATION = "bench", "4242", "BENCH-1"


@dataclass(frozen=True)
class Run:
    backend: str
    redemptions: int
    seconds: float
    p50_ms: float
    p99_ms: float
    failures: dict[int, int]
    pgbench_tps: float | None = None  # measured in slices between this run's
    health_per_second: float | None = None  # GET /v1/health through the same server

    @property
    def per_second(self) -> float:
        return self.redemptions / self.seconds


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _prepare_ledger(url: str) -> list[str]:
    """Schema, a location, an operator and one card per client with far more value than
    will be used (each terminal serves its own customer, as at a real counter)."""
    from app.domain.model import Role
    from app.ledger import directory
    from app.ledger.db import make_engine
    from app.ledger.engine import Ledger
    from app.ledger.migrate import upgrade
    from app.ledger.results import ProgramSpec

    engine = make_engine(url)
    try:
        upgrade(engine)
        directory.ensure_merchant(engine, "Bench Shop")
        directory.add_location(engine, LOCATION, "Bench store")
        directory.add_operator(engine, OPERATOR, PIN, Role.CASHIER, (LOCATION,))
        ledger = Ledger(engine)
        program = ledger.create_program(directory.SYSTEM_ACTOR, ProgramSpec(
            name="Bench card", default_value=10**11))
        made = ledger.generate_cards(directory.SYSTEM_ACTOR, program.id, CLIENTS)
        return [card.code for card in made]
    finally:
        engine.dispose()


class _Server:
    def __init__(self, url: str) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app", "serve", "--db", url, "--port", str(self.port),
             "--workers", str(WORKERS), "--log-level", "warning"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    def wait_ready(self, timeout_s: float = 60) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"giftdesk serve stopped: {self.process.communicate()[1]}")
            try:
                if httpx.get(f"{self.base}/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise RuntimeError("giftdesk serve did not answer")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.communicate()


def request_bytes(path: str, body: object, headers: dict[str, str]) -> bytes:
    """A POST of `body` as JSON, as it goes on the wire."""
    data = json.dumps(body).encode()
    head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    return (f"POST {path} HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(data)}\r\n{head}\r\n").encode() + data


class _Connection:
    """A lean HTTP/1.1 keep-alive connection for the load: JSON bodies, Content-Length answers.

    The clients share the server's CPUs, so the load itself must cost little: httpx spends
    about as much CPU per request as the server's whole redemption, which would measure httpx.
    """

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, base: str) -> _Connection:
        host, port = base.removeprefix("http://").rsplit(":", 1)
        reader, writer = await asyncio.open_connection(host, int(port))
        return cls(reader, writer)

    async def post(self, path: str, body: object, headers: dict[str, str]) -> tuple[int, bytes]:
        """POST `body` as JSON; the answer's status and body."""
        return await self.send(request_bytes(path, body, headers))

    async def send(self, request: bytes) -> tuple[int, bytes]:
        """Send a whole request (`request_bytes`); the answer's status and body."""
        self.writer.write(request)
        status = int((await self.reader.readline()).split()[1])
        length = 0
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        return status, await self.reader.readexactly(length)

    def close(self) -> None:
        self.writer.close()


async def _client(base: str, terminal: str, card: str, stop_at: float,
                  latencies: list[float], failures: Counter[int]) -> None:
    connection = await _Connection.open(base)
    try:
        status, answer = await connection.post("/v1/sessions", {
            "operator": OPERATOR, "pin": PIN, "location": LOCATION, "terminal": terminal}, {})
        if status != 201:
            raise RuntimeError(f"sign-in refused ({status}): {answer.decode()}")
        # Every request is the same but for its key (a UUID, 36 characters): built once.
        marker = "K" * 36
        template = request_bytes("/v1/redemptions", {"card": card, "amount": 1}, {
            "Authorization": f"Bearer {json.loads(answer)['token']}",
            "Idempotency-Key": marker})
        before, after = template.split(marker.encode())
        while time.perf_counter() < stop_at:
            start = time.perf_counter()
            status, _ = await connection.send(
                before + str(uuid.uuid4()).encode() + after)
            elapsed = time.perf_counter() - start
            if status == 201:
                latencies.append(elapsed)
            else:
                failures[status] += 1
    finally:
        connection.close()


async def _load(base: str, cards: list[str],
                seconds: float) -> tuple[list[float], Counter[int], float]:
    latencies: list[float] = []
    failures: Counter[int] = Counter()
    # A short warm-up (sign-ins, connection pools, the workers' first requests) is left out.
    warm_until = time.perf_counter() + 1.0
    await asyncio.gather(*(_client(base, f"W{i}", card, warm_until, [], Counter())
                           for i, card in enumerate(cards)))
    start = time.perf_counter()
    await asyncio.gather(*(_client(base, f"T{i}", card, start + seconds, latencies, failures)
                           for i, card in enumerate(cards)))
    return latencies, failures, time.perf_counter() - start


_HEALTH = b"GET /v1/health HTTP/1.1\r\nHost: bench\r\n\r\n"


async def _health_client(base: str, stop_at: float, answered: list[int]) -> None:
    connection = await _Connection.open(base)
    try:
        while time.perf_counter() < stop_at:
            status, _ = await connection.send(_HEALTH)
            if status != 200:
                raise RuntimeError(f"GET /v1/health answered {status}")
            answered.append(status)
    finally:
        connection.close()


async def _health_load(base: str, seconds: float) -> float:
    """Health checks per second by as many clients: what the server costs around one
    statement (its middlewares, router, thread hand-over, a transaction), for scale."""
    answered: list[int] = []
    start = time.perf_counter()
    await asyncio.gather(*(_health_client(base, start + seconds, answered)
                           for _ in range(CLIENTS)))
    return len(answered) / (time.perf_counter() - start)


def _run(main: Coroutine[Any, Any, T]) -> T:
    """Run the load on uvloop where installed: the load shares the CPUs it measures."""
    try:
        import uvloop
    except ImportError:  # pragma: no cover - uvloop is a dependency off Windows
        return asyncio.run(main)
    return uvloop.run(main)


def _percentile(values: list[float], q: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def measure(backend: str, url: str, seconds: float,
            anchor: Callable[[float], float] | None = None) -> Run:
    """`seconds` of load in `SLICES` slices, `anchor` (pgbench) run between them if given."""
    cards = _prepare_ledger(url)
    server = _Server(url)
    latencies: list[float] = []
    failures: Counter[int] = Counter()
    elapsed = 0.0
    tps: list[float] = []
    try:
        server.wait_ready()
        for _ in range(SLICES):
            found, failed, took = _run(_load(server.base, cards, seconds / SLICES))
            latencies += found
            failures.update(failed)
            elapsed += took
            if anchor is not None:
                tps.append(anchor(seconds / SLICES))
        health = _run(_health_load(server.base, seconds / SLICES))
    finally:
        server.stop()
    return Run(backend, len(latencies), elapsed, _percentile(latencies, 50) * 1000,
               _percentile(latencies, 99) * 1000, dict(failures),
               statistics.fmean(tps) if tps else None, health)


# ----------------------------------------------------------------- PostgreSQL and pgbench

def _pg_url(database: str) -> str:
    return PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + database


def _pg_admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3) as conn:
        conn.execute(sql)


def postgres_reachable() -> bool:
    try:
        _pg_admin("SELECT 1")
    except Exception:
        return False
    return True


class _ScratchDatabase:
    def __init__(self, prefix: str) -> None:
        self.name = f"{prefix}_{uuid.uuid4().hex[:10]}"

    def __enter__(self) -> str:
        _pg_admin(f'CREATE DATABASE "{self.name}"')
        return self.name

    def __exit__(self, *exc: object) -> None:
        _pg_admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


class PgBench:
    """pgbench's TPC-B-like load at -c 8 -j 2 on a scratch database, set up once, run as often
    as asked (`tps`); None when pgbench is not installed."""

    def __init__(self) -> None:
        self.pgbench = shutil.which("pgbench")
        self._scratch = _ScratchDatabase("giftdesk_pgbench")
        from sqlalchemy.engine import make_url

        admin = make_url(PG_ADMIN_URL)
        self._connection = ["-h", admin.host or "127.0.0.1", "-p", str(admin.port or 5432),
                            "-U", admin.username or "postgres"]
        self._env = {**os.environ}
        if admin.password:
            self._env["PGPASSWORD"] = admin.password

    def __enter__(self) -> PgBench | None:
        if self.pgbench is None:
            return None
        self._database = self._scratch.__enter__()
        subprocess.run([self.pgbench, *self._connection, "-i", "-q", self._database],
                       check=True, env=self._env, capture_output=True)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pgbench is not None:
            self._scratch.__exit__(*exc)

    def tps(self, seconds: float) -> float:
        assert self.pgbench is not None
        result = subprocess.run(
            [self.pgbench, *self._connection, "-c", str(CLIENTS), "-j", "2", "-T",
             str(max(1, round(seconds))), self._database], check=True, env=self._env,
            capture_output=True, text=True)
        found = re.search(r"tps = ([\d.]+)", result.stdout)
        if found is None:
            raise RuntimeError(f"pgbench printed no tps: {result.stdout}")
        return float(found.group(1))


# ----------------------------------------------------------------- report

def _report(run: Run) -> None:
    p99_ok = "ok" if run.p99_ms < TARGET_P99_MS else "MISSED"
    print(f"{run.backend:<11} {run.per_second:9.1f} redemptions/s  p50 {run.p50_ms:6.1f} ms  "
          f"p99 {run.p99_ms:6.1f} ms (target < {TARGET_P99_MS:.0f} ms: {p99_ok})  "
          f"[{run.redemptions} in {run.seconds:.1f} s]")
    if run.failures:
        print(f"{'':<11} non-201 answers by status: {run.failures}")
    pgbench = run.pgbench_tps
    if pgbench is not None:
        ratio = run.per_second / pgbench
        ratio_ok = "ok" if ratio >= TARGET_RATIO else "MISSED"
        print(f"{'':<11} pgbench TPC-B-like {pgbench:9.1f} tps (-c {CLIENTS} -j 2); ratio "
              f"{ratio:.2f}x (target >= {TARGET_RATIO}x: {ratio_ok})")
    if run.health_per_second:
        print(f"{'':<11} GET /v1/health      {run.health_per_second:9.1f} /s through the same "
              f"server (one SELECT 1); redemptions at {run.per_second / run.health_per_second:.0%} "
              f"of its rate")


def main(quick: bool = False) -> int:
    seconds = 3.0 if quick else 15.0
    print(f"giftdesk bench api: `giftdesk serve --workers {WORKERS}`, {CLIENTS} concurrent "
          f"clients, {seconds:.0f} s per backend in {SLICES} slices, each followed by as long "
          f"a slice of pgbench, 1 redemption per request, then health checks "
          f"({os.cpu_count()} CPUs shared by clients, server and database)")
    runs: list[Run] = []
    postgres = postgres_reachable()
    if not postgres:
        print(f"(PostgreSQL at {PG_ADMIN_URL} does not answer: SQLite only)")
    with PgBench() if postgres else contextlib.nullcontext() as pgbench:
        if postgres and pgbench is None:
            print("(pgbench is not installed: no comparison)")
        anchor = None if pgbench is None else pgbench.tps
        with tempfile.TemporaryDirectory(prefix="giftdesk-bench-") as tmp:
            runs.append(measure("SQLite", f"sqlite:///{Path(tmp) / 'ledger.db'}", seconds,
                                anchor))
        if postgres:
            with _ScratchDatabase("giftdesk_bench") as database:
                runs.append(measure("PostgreSQL", _pg_url(database), seconds, anchor))
    for run in runs:
        _report(run)
    return 0 if all(run.redemptions and not run.failures for run in runs) else 1
