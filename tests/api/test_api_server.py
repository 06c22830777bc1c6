"""The API over real sockets: uvicorn in a thread, and `giftdesk serve --workers 4` as a
separate process tree; 200 concurrent redemptions of one card never redeem more than it holds."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from api_helpers import Api, free_port, seed_people, served_in_thread

from app.ledger.db import make_engine
from app.ledger.engine import Ledger
from app.server import create_app

pytestmark = pytest.mark.anyio
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def thread_server(db_url: str) -> Iterator[str]:
    """`create_app(db_url)` under uvicorn in a thread, as `giftdesk serve` with one worker."""
    engine = make_engine(db_url)
    seed_people(engine)
    engine.dispose()
    with served_in_thread(create_app(db_url)) as url:
        yield url


async def test_the_contract_over_a_real_socket(thread_server: str) -> None:
    async with httpx.AsyncClient(base_url=thread_server, timeout=10) as client:
        api = Api(client, None, None)  # type: ignore[arg-type]
        admin = await api.sign_in("admin")
        cashier = await api.sign_in("cashier")
        card = await api.card(admin, 5000)
        verdict = await api.ok("POST", "/v1/validations", cashier, {"card": card["code"]})
        assert verdict["eligible_value"] == 5000
        body = {"card": card["code"], "amount": 1234}
        first = await api.post("/v1/redemptions", cashier, body, key="socket-1")
        again = await api.post("/v1/redemptions", cashier, body, key="socket-1")
        assert first.status_code == again.status_code == 201
        assert first.json() == again.json()
        held = await api.ok("POST", "/v1/holds", cashier, {"card": card["code"],
                                                           "amount": 100}, 201)
        await api.ok("POST", f"/v1/holds/{held['id']}/capture", cashier)
        assert (await api.ok("GET", f"/v1/cards/{card['code']}", cashier))["balance"] == 3666
        raw = await client.post("/v1/redemptions", content=b"{nope", headers={
            **cashier, "Content-Type": "application/json"})
        assert raw.status_code == 422
        assert raw.headers["content-type"] == "application/problem+json"


def test_serve_refuses_a_database_without_a_ledger(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "serve", "--db", str(tmp_path / "none.db")],
        capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 2
    assert f"giftdesk init --db {tmp_path / 'none.db'}" in result.stderr
    assert not (tmp_path / "none.db").exists()


class ServeProcess:
    """`giftdesk serve` in its own process (and its workers)."""

    def __init__(self, db_url: str, workers: int) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app", "serve", "--db", db_url, "--port", str(self.port),
             "--workers", str(workers)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.workers = workers

    def wait_ready(self, timeout_s: float = 60) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.process.communicate()[1]
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise AssertionError("giftdesk serve did not answer")

    def stop(self) -> tuple[int, str]:
        """SIGTERM (graceful shutdown); returns the exit code and the log."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            _, log = self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, log = self.process.communicate()
        return self.process.returncode, log


@pytest.fixture
def served(db_url: str) -> Iterator[ServeProcess]:
    engine = make_engine(db_url)
    seed_people(engine)
    engine.dispose()
    running = ServeProcess(db_url, workers=4)
    try:
        running.wait_ready()
        yield running
    finally:
        running.stop()


@pytest.mark.slow
async def test_four_processes_and_200_concurrent_redemptions_never_overdraw(
        served: ServeProcess, db_url: str) -> None:
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=200)
    async with httpx.AsyncClient(base_url=served.url, timeout=60, limits=limits) as client:
        api = Api(client, None, None)  # type: ignore[arg-type]
        admin = await api.sign_in("admin")
        # 200 at once as a shop sends them: 20 tills of 4 cashiers, 10 each, so that no till
        # and no cashier has more requests in flight than its guessing limit lets it reserve.
        cashiers = []
        for n in range(4):
            await api.ok("POST", "/v1/operators", admin, {
                "name": f"till{n}", "pin": "5555", "role": "cashier", "locations": ["STORE-1"]},
                201)
            for t in range(5):
                signed = await client.post("/v1/sessions", json={
                    "operator": f"till{n}", "pin": "5555", "location": "STORE-1",
                    "terminal": f"T{n}-{t}"})
                assert signed.status_code == 201, signed.text
                cashiers.append({"Authorization": f"Bearer {signed.json()['token']}"})
        card = await api.card(admin, 10_000)

        async def redeem(i: int) -> httpx.Response:
            return await client.post(
                "/v1/redemptions", json={"card": card["code"], "amount": 100},
                headers={**cashiers[i % 20], "Idempotency-Key": str(uuid.uuid4())})

        answers = await asyncio.gather(*(redeem(i) for i in range(200)))
        statuses = sorted(a.status_code for a in answers)
        assert statuses == [201] * 100 + [409] * 100
        assert {a.json()["code"] for a in answers if a.status_code == 409} <= {
            "insufficient_balance", "card_depleted", "card_not_active"}
        assert sorted(a.json()["balance_after"] for a in answers if a.status_code == 201) == \
            list(range(0, 10_000, 100))
        final = await api.ok("GET", f"/v1/cards/{card['code']}", admin)
        assert (final["balance"], final["status"]) == (0, "depleted")
        history = await api.ok("GET", f"/v1/cards/{card['code']}/transactions", admin)
        assert sum(t["delta"] for t in history["transactions"]) == 0
    engine = make_engine(db_url)
    try:
        assert Ledger(engine).audit_balances() == []
    finally:
        engine.dispose()
    code, log = served.stop()
    assert code == 0
    pids = {part.split("=")[1] for line in log.splitlines() for part in line.split()
            if part.startswith("pid=") and "route=/v1/redemptions" in line}
    assert len(pids) >= 2, "the redemptions were not spread over the workers"
    assert "status=201" in log
    assert "level=info logger=giftdesk.api.access" in log
    assert "Finished server process" in log  # graceful shutdown of every worker


def _log_has_traceback(log: str) -> bool:
    return "Traceback" in log


def test_serve_shuts_down_gracefully_on_sigterm(db_url: str) -> None:
    engine = make_engine(db_url)
    seed_people(engine)
    engine.dispose()
    running = ServeProcess(db_url, workers=1)
    running.wait_ready()
    response = httpx.post(f"{running.url}/v1/sessions", json={
        "operator": "cashier", "pin": "1111", "location": "STORE-1", "terminal": "T1"})
    assert response.status_code == 201
    code, log = running.stop()
    # uvicorn finishes its shutdown, then re-raises SIGTERM so the exit status tells why.
    assert code in (0, -signal.SIGTERM)
    assert "Application shutdown complete" in log
    assert not _log_has_traceback(log)
    events: list[dict[str, Any]] = []
    for line in log.splitlines():
        fields = dict(p.split("=", 1) for p in line.split() if "=" in p and
                      not p.startswith('"'))
        events.append(fields)
    assert all({"ts", "level", "logger", "pid"} <= set(e) for e in events if e)


async def _health_on_new_connection(url: str) -> bytes:
    host, port = url.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    try:
        writer.write(b"GET /v1/health HTTP/1.1\r\nHost: test\r\n\r\n")
        return await reader.readline()
    finally:
        writer.close()


def _listening_sockets(port: int) -> int:
    """How many sockets listen on 127.0.0.1:`port` (Linux: /proc/net/tcp)."""
    wanted = f"0100007F:{port:04X}"
    with open("/proc/net/tcp") as table:
        return sum(1 for row in table.read().splitlines()[1:]
                   if row.split()[1] == wanted and row.split()[3] == "0A")


def test_each_worker_listens_on_its_own_socket_and_connections_are_spread(db_url: str) -> None:
    """Terminals that connect at the same moment (after a restart or a network blip) must not
    all land on one worker, which then serves them alone for as long as they stay connected."""
    running = ServeProcess(db_url, workers=2)
    try:
        running.wait_ready()
        deadline = time.monotonic() + 60
        while _listening_sockets(running.port) < 2:  # each worker listens once it is ready
            assert time.monotonic() < deadline, "the workers do not listen on sockets of their own"
            time.sleep(0.1)

        async def burst() -> list[bytes]:
            return await asyncio.gather(*(_health_on_new_connection(running.url)
                                          for _ in range(32)))

        assert all(b" 200 " in line for line in asyncio.run(burst()))
    finally:
        code, log = running.stop()
    assert code in (0, -signal.SIGTERM)
    served_by: dict[str, int] = {}
    for line in log.splitlines():
        if "route=/v1/health" in line:
            pid = next(p for p in line.split() if p.startswith("pid="))
            served_by[pid] = served_by.get(pid, 0) + 1
    assert len(served_by) == 2, served_by
    assert min(served_by.values()) >= 3, served_by


def test_serve_says_so_when_the_port_is_taken(db_url: str) -> None:
    engine = make_engine(db_url)
    seed_people(engine)
    engine.dispose()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "app", "serve", "--db", db_url, "--port", str(port),
             "--workers", "2"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr
    assert "Address already in use" in done.stderr


def test_workers_stop_when_the_supervisor_is_killed(db_url: str) -> None:
    """A supervisor killed outright (SIGKILL, the OOM killer) must not leave workers serving
    on the port, where a new `giftdesk serve` would share it with them unnoticed."""
    running = ServeProcess(db_url, workers=2)
    try:
        running.wait_ready()
        deadline = time.monotonic() + 60
        while _listening_sockets(running.port) < 2:
            assert time.monotonic() < deadline, "the workers did not start"
            time.sleep(0.1)
        running.process.kill()
        deadline = time.monotonic() + 20
        while _listening_sockets(running.port) > 0:
            assert time.monotonic() < deadline, "orphaned workers still listen on the port"
            time.sleep(0.1)
    finally:
        running.stop()
