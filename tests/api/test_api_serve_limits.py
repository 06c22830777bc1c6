"""`giftdesk serve --workers 2` over a real socket: its port is its own, and a burst of
sign-ins across both workers checks at most the limit."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from api_helpers import free_port, seed_people
from test_api_server import ROOT, ServeProcess

from app.ledger.db import make_engine
from app.ledger.directory import ensure_merchant
from app.ledger.migrate import upgrade


def other_ledger(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'other.db'}"
    engine = make_engine(url)
    upgrade(engine)
    ensure_merchant(engine, "Other Shop")
    engine.dispose()
    return url


def serve(db_url: str, port: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "serve", "--db", db_url, "--port", str(port),
         "--workers", "2"], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_serve_never_shares_its_port(db_url: str, tmp_path: Path) -> None:
    engine = make_engine(db_url)
    seed_people(engine)
    engine.dispose()
    running = ServeProcess(db_url, workers=2)
    try:
        running.wait_ready()
        second = serve(other_ledger(tmp_path), running.port)
        assert second.returncode == 2
        assert f"cannot listen on 127.0.0.1:{running.port}" in second.stderr
        assert "choose another --port" in second.stderr
        assert httpx.get(f"{running.url}/v1/health", timeout=5).status_code == 200
        # 200 sign-ins at once, spread by the kernel over both workers: ten PINs checked.
        statuses = asyncio.run(_burst(running.url))
        assert statuses.count(401) == 10
        assert statuses.count(429) == 190
    finally:
        code, log = running.stop()
    assert code == 0, log


async def _burst(url: str) -> list[int]:
    limits = httpx.Limits(max_connections=200)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60) as client:
        answers = await asyncio.gather(*(client.post("/v1/sessions", json={
            "operator": "manager", "pin": f"{i:04d}", "location": "STORE-1",
            "terminal": f"T{i}"}) for i in range(200)))
    return [a.status_code for a in answers]


@pytest.mark.skipif(not hasattr(socket, "SO_REUSEPORT"), reason="SO_REUSEPORT is POSIX")
def test_serve_refuses_a_port_another_program_shares(sqlite_url: str) -> None:
    with socket.socket() as other:
        other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        port = free_port()
        other.bind(("127.0.0.1", port))
        other.listen()
        done = serve(sqlite_url, port)
    assert done.returncode == 2
    assert "Address already in use" in done.stderr
