"""`giftdesk serve --workers 2` over a real socket: its port is its own, and a burst of
sign-ins across both workers checks at most the limit."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from api_helpers import Api, free_port, problem, seed_people
from sqlalchemy import Engine, func, select
from test_api_server import ROOT, ServeProcess

from app.ledger.db import make_engine
from app.ledger.directory import ensure_merchant
from app.ledger.migrate import upgrade
from app.ledger.schema import api_keys, cards, journal

UNKNOWN_CODE = "100000000008"  # a valid check digit, but no such card


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


def _pids(log: str, route: str, status: int) -> set[str]:
    """The worker processes that answered `route` with `status` (from the access log)."""
    return {part.split("=")[1] for line in log.splitlines() for part in line.split()
            if part.startswith("pid=") and f"route={route} " in line
            and f"status={status} " in line}


class ServeLoggingToFile(ServeProcess):
    """`ServeProcess` whose log goes to a file: a burst of a thousand requests logs more than
    a pipe holds, and a worker blocked writing its log would stop answering."""

    def __init__(self, db_url: str, workers: int, log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        with open(log, "w") as sink:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "app", "serve", "--db", db_url, "--port",
                 str(self.port), "--workers", str(workers)],
                cwd=ROOT, stdout=sink, stderr=subprocess.STDOUT, text=True,
                env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.workers = workers

    def stop(self) -> tuple[int, str]:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        return self.process.returncode, self.log.read_text()


@pytest.mark.slow
def test_every_kind_of_guess_is_limited_across_two_workers(db_url: str,
                                                           tmp_path: Path) -> None:
    """`serve --workers 2`: bursts of concurrent guesses of each kind, spread by the kernel
    over both workers, are checked at most up to their limit; open sessions and other tills
    work on; a revoked API key is refused at once by both workers."""
    engine = make_engine(db_url)
    seed_people(engine)
    running = ServeLoggingToFile(db_url, 2, tmp_path / "serve.log")
    try:
        running.wait_ready(timeout_s=180)  # a shared, busy machine starts it slowly
        asyncio.run(_bursts(running.url, engine))
    finally:
        code, log = running.stop()
        engine.dispose()
    assert code == 0, log
    # Both workers answered guesses, and both refused the revoked key.
    assert len(_pids(log, "/v1/validations", 429)) == 2
    assert len(_pids(log, "/v1/programs", 401)) == 2


async def _bursts(url: str, engine: Engine) -> None:
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=120) as client:
        api = Api(client, None, None)  # type: ignore[arg-type]
        admin = await api.sign_in("admin", terminal="ADMIN")
        await _sign_in_burst(api)
        await _manager_pin_burst(api, admin)
        await _card_code_bursts(api)
        await _card_pin_burst(api, admin, engine)
        await _revoked_key(api, admin, engine)


def _counts(answers: list[httpx.Response]) -> dict[int, int]:
    counted: dict[int, int] = {}
    for answer in answers:
        counted[answer.status_code] = counted.get(answer.status_code, 0) + 1
        if answer.status_code == 429:
            assert int(answer.headers["Retry-After"]) > 0
    return counted


async def _sign_in_burst(api: Api) -> None:
    """200 wrong PINs for one name at once: ten checked; the name's open session works on,
    the right PIN is refused unchecked."""
    open_session = await api.sign_in("manager2", terminal="LIVE")
    body = {"operator": "manager2", "location": "STORE-2", "terminal": "X"}
    answers = await asyncio.gather(*(api.client.post("/v1/sessions", json={
        **body, "pin": f"{i:04d}"}) for i in range(200)))  # 8888 is not among them
    assert _counts(answers) == {401: 10, 429: 190}
    problem(await api.client.post("/v1/sessions", json={**body, "pin": "8888"}), 429,
            "rate_limited")
    for _ in range(10):  # on fresh connections: both workers
        assert (await api.client.get("/v1/sessions/current",
                                     headers=open_session)).status_code == 200


async def _manager_pin_burst(api: Api, admin: dict[str, str]) -> None:
    """100 X-Manager-Pin guesses for one manager from three tills: at most ten wrong ones
    checked."""
    card = await api.card(admin, 5000)
    tills = [await api.sign_in("cashier", terminal=f"M{i}") for i in range(3)]
    used = await api.ok("POST", "/v1/redemptions", tills[0],
                        {"card": card["code"], "amount": 100}, 201)
    pins = [f"{i:04d}" for i in range(99)] + ["9999"]
    answers = await asyncio.gather(*(
        api.post(f"/v1/redemptions/{used['id']}/reversal", tills[i % 3], {"reason": "x"},
                 **{"X-Manager-Operator": "manager", "X-Manager-Pin": pin})
        for i, pin in enumerate(pins)))
    counted = _counts(answers)
    assert counted.get(403, 0) <= 10
    assert counted[429] >= 89
    assert set(counted) <= {200, 403, 429}


async def _card_code_bursts(api: Api) -> None:
    """Unknown codes at once on validate, redeem and hold, each from a till of its own: ten
    checked at each; the operator's other tills are their own."""
    for path, extra, till, burst in (("/v1/validations", {}, "V", 200),
                                     ("/v1/redemptions", {"amount": 100}, "R", 100),
                                     ("/v1/holds", {"amount": 100}, "H", 100)):
        headers = await api.sign_in("cashier2", terminal=till)
        answers = await asyncio.gather(*(api.post(path, headers, {
            "card": UNKNOWN_CODE, **extra}) for _ in range(burst)))
        assert _counts(answers) == {404: 10, 429: burst - 10}, path


async def _card_pin_burst(api: Api, admin: dict[str, str], engine: Engine) -> None:
    """40 wrong PINs on one card from eight tills at once: five checked, the card locked;
    then its right PIN answers exactly as a wrong one. 100 asks for a PIN card without its
    PIN from one till: ten answered."""
    card = await _pin_card(api, admin)
    tills = [await api.sign_in("admin", terminal=f"P{i}") for i in range(8)]
    answers = await asyncio.gather(*(api.post("/v1/validations", tills[i % 8], {
        "card": card, "pin": f"{i:04d}"}) for i in range(40)))  # 4321 is not among them
    assert set(_counts(answers)) <= {404, 429}
    with engine.connect() as conn:
        row = conn.execute(select(cards.c.id, cards.c.failed_pin_count, cards.c.status).where(
            cards.c.code == card, cards.c.training.is_(False))).one()
        failed = conn.execute(select(func.count()).select_from(journal).where(
            journal.c.card_id == row.id, journal.c.kind == "pin_failed")).scalar_one()
    assert (row.failed_pin_count, row.status, failed) == (5, "locked", 5)
    wrong = await api.post("/v1/validations", tills[0], {"card": card, "pin": "0001"})
    right = await api.post("/v1/validations", tills[0], {"card": card, "pin": "4321"})
    assert (right.status_code, right.content) == (wrong.status_code, wrong.content) == (
        404, wrong.content)
    other = await _pin_card(api, admin)
    asking = await api.sign_in("cashier", terminal="N")
    answers = await asyncio.gather(*(api.post("/v1/validations", asking, {"card": other})
                                     for _ in range(100)))
    assert _counts(answers) == {422: 10, 429: 90}


async def _pin_card(api: Api, admin: dict[str, str]) -> str:
    card = await api.pending_card(admin)
    await api.ok("POST", f"/v1/cards/{card['code']}/sell", admin, {"value": 3000,
                                                                    "pin": "4321"})
    return str(card["code"])


async def _revoked_key(api: Api, admin: dict[str, str], engine: Engine) -> None:
    """An API key is stored only hashed; revoked, it is refused by every worker at once."""
    made = await api.post("/v1/api-keys", admin, {"name": "shop", "role": "cashier",
                                                  "locations": ["STORE-1"]})
    assert made.status_code == 201, made.text
    assert made.headers["cache-control"] == "no-store"
    key = made.json()["key"]
    with engine.connect() as conn:
        stored = conn.execute(select(api_keys)).one()
    assert key not in {str(value) for value in stored}
    bearer = {"Authorization": f"Bearer {key}"}
    answers = await asyncio.gather(*(api.client.get("/v1/programs", headers=bearer)
                                     for _ in range(30)))
    assert {a.status_code for a in answers} == {200}
    await api.ok("POST", f"/v1/api-keys/{made.json()['id']}/revoke", admin)
    answers = await asyncio.gather(*(api.client.get("/v1/programs", headers=bearer)
                                     for _ in range(30)))
    assert {a.status_code for a in answers} == {401}
