"""Idempotency-Key: replay, conflict, request_in_progress (in one process and across
processes), a process that dies mid-request, retention and purge."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import timedelta
from typing import Any

import httpx
import pytest
from api_helpers import Api, problem, seed_people
from sqlalchemy import inspect, select, text

from app.ledger.db import is_sqlite, make_engine
from app.ledger.engine import Ledger, request_lock_key
from app.ledger.schema import cards, idempotency
from app.server import create_app
from app.server.app import purge

pytestmark = pytest.mark.anyio


def keys(api: Api) -> list[tuple[str, str]]:
    with api.ledger.engine.connect() as conn:
        return [(r.key, r.status) for r in conn.execute(select(idempotency))]


async def test_same_key_and_body_replays_the_first_answer(api: Api) -> None:
    admin = await api.sign_in("admin")
    cashier = await api.sign_in("cashier")
    card = await api.card(admin, 5000)
    body = {"card": card["code"], "amount": 1000}
    first = await api.post("/v1/redemptions", cashier, body, key="k-1")
    again = await api.post("/v1/redemptions", cashier, body, key="k-1")
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    assert (await api.ok("GET", f"/v1/cards/{card['code']}", cashier))["balance"] == 4000
    other = problem(await api.post("/v1/redemptions", cashier, {**body, "amount": 999},
                                   key="k-1"), 422, "idempotency_conflict")
    assert "different request" in other["detail"]
    someone_else = await api.sign_in("manager")
    problem(await api.post("/v1/redemptions", someone_else, body, key="k-1"), 422,
            "idempotency_conflict")
    unkeyed = await api.post("/v1/redemptions", cashier, body, key="")
    assert unkeyed.status_code == 201
    assert keys(api).count(("k-1", "done")) == 1


async def test_card_generation_and_reversal_replay_too(api: Api) -> None:
    admin = await api.sign_in("admin")
    program = await api.program(admin)
    path = f"/v1/programs/{program['id']}/cards"
    first = await api.post(path, admin, {"quantity": 3}, key="gen-1")
    again = await api.post(path, admin, {"quantity": 3}, key="gen-1")
    assert first.status_code == again.status_code == 201
    assert [c["code"] for c in first.json()["cards"]] == [c["code"] for c in
                                                          again.json()["cards"]]
    card = first.json()["cards"][0]
    used = await api.ok("POST", "/v1/redemptions", admin, {"card": card["code"],
                                                          "amount": 100}, 201)
    reversal = f"/v1/redemptions/{used['id']}/reversal"
    one = await api.post(reversal, admin, {"reason": "x"}, key="rev-1")
    two = await api.post(reversal, admin, {"reason": "x"}, key="rev-1")
    assert one.json() == two.json()
    assert one.json()["status"] == "reversed"


async def test_a_refusal_is_kept_under_its_key_and_replayed_without_a_debit(api: Api) -> None:
    """Key K refused insufficient_balance, the card reloaded, K sent again: the same
    refusal, and nothing taken off the card."""
    admin = await api.sign_in("admin")
    cashier = await api.sign_in("cashier")
    card = await api.card(admin, 500)
    body = {"card": card["code"], "amount": 800}
    first = await api.post("/v1/redemptions", cashier, body, key="retry-1")
    problem(first, 409, "insufficient_balance")
    assert ("retry-1", "refused") in keys(api)
    await api.ok("POST", f"/v1/cards/{card['code']}/load", cashier, {"amount": 500})
    again = await api.post("/v1/redemptions", cashier, body, key="retry-1")
    assert (again.status_code, again.json()) == (first.status_code, first.json())
    assert (await api.ok("GET", f"/v1/cards/{card['code']}", cashier))["balance"] == 1000
    # The same key with another body is still a conflict; a new key redeems.
    problem(await api.post("/v1/redemptions", cashier, {**body, "amount": 700},
                           key="retry-1"), 422, "idempotency_conflict")
    done = await api.post("/v1/redemptions", cashier, body, key="retry-2")
    assert done.status_code == 201
    assert done.json()["balance_after"] == 200


async def test_every_changing_endpoint_replays_its_refusal(api: Api, clock: Any) -> None:
    """Holds, captures, loads, reversals, unlocks and the back office keep their refusals
    too: after the reason is gone, the same key still answers the first refusal and changes
    nothing."""
    admin = await api.sign_in("admin")
    manager = await api.sign_in("manager")
    cashier = await api.sign_in("cashier")
    card = await api.card(admin, 500)
    code = card["code"]

    async def twice(path: str, who: dict[str, str], body: Any, key: str, status: int,
                    error: str, between: Any) -> None:
        first = await api.post(path, who, body, key=key)
        problem(first, status, error)
        assert (key, "refused") in keys(api)
        await between()
        again = await api.post(path, who, body, key=key)
        assert (again.status_code, again.json()) == (first.status_code, first.json()), key

    async def reload() -> None:
        await api.ok("POST", f"/v1/cards/{code}/load", cashier, {"amount": 1000})

    await twice("/v1/holds", cashier, {"card": code, "amount": 900}, "hold-1", 409,
                "insufficient_balance", reload)
    seen = await api.ok("GET", f"/v1/cards/{code}", cashier)
    assert (seen["balance"], seen["held"]) == (1500, 0)

    held = await api.ok("POST", "/v1/holds", cashier, {"card": code, "amount": 100}, 201)
    await api.ok("POST", f"/v1/cards/{code}/lock", manager, {"reason": "lost"})

    async def unlock() -> None:
        await api.ok("POST", f"/v1/cards/{code}/unlock", manager, {"reason": "found"})

    await twice(f"/v1/holds/{held['id']}/capture", cashier, {}, "capture-1", 409,
                "card_locked", unlock)
    assert (await api.ok("GET", f"/v1/holds/{held['id']}", cashier))["status"] == "active"
    await api.ok("POST", f"/v1/holds/{held['id']}/release", cashier, {})

    await api.ok("POST", f"/v1/cards/{code}/lock", manager, {"reason": "lost"})
    await twice(f"/v1/cards/{code}/load", cashier, {"amount": 100}, "load-1", 409,
                "card_locked", unlock)
    assert (await api.ok("GET", f"/v1/cards/{code}", cashier))["balance"] == 1500

    used = await api.ok("POST", "/v1/redemptions", cashier, {"card": code, "amount": 100}, 201)
    clock.advance(days=31)
    later = await api.sign_in("manager")

    async def back_in_time() -> None:
        clock.advance(days=-31)

    await twice(f"/v1/redemptions/{used['id']}/reversal", later, {"reason": "x"}, "rev-1",
                409, "reversal_window_closed", back_in_time)
    assert (await api.ok("GET", f"/v1/redemptions/{used['id']}", manager))["status"] != \
        "reversed"

    async def nothing() -> None:
        pass

    await twice("/v1/locations", admin, {"code": "STORE-1", "name": "Again"}, "loc-1", 409,
                "location_exists", nothing)


@asynccontextmanager
async def two_workers(url: str, clock: Any) -> AsyncIterator[
        tuple[Api, httpx.AsyncClient, httpx.AsyncClient]]:
    """Two apps on one seeded database, as two server processes: an `Api` on the first,
    and a client of each."""
    engine = make_engine(url)
    seed_people(engine)
    first_app = create_app(ledger=Ledger(engine, clock=clock))
    other_engine = make_engine(url)
    other_app = create_app(ledger=Ledger(other_engine, clock=clock))
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=first_app),
                                     base_url="http://a") as a, \
                httpx.AsyncClient(transport=httpx.ASGITransport(app=other_app),
                                  base_url="http://b") as b:
            yield Api(a, Ledger(engine, clock=clock), first_app), a, b
    finally:
        engine.dispose()
        other_engine.dispose()


@pytest.mark.postgres
async def test_a_key_held_by_another_process_is_in_progress_until_its_transaction_ends(
        pg_url: str, clock: Any) -> None:
    """On PostgreSQL another server process's transaction holds the key (an advisory lock):
    a duplicate is refused at once, and the key is free the moment that transaction ends,
    even when its process dies (no claim is left behind to expire)."""
    async with two_workers(pg_url, clock) as (api, _, _):
        admin = await api.sign_in("admin")
        cashier = await api.sign_in("cashier")
        card = await api.card(admin, 5000)
        body = {"card": card["code"], "amount": 100}
        other = make_engine(pg_url)
        conn = other.connect()
        conn.begin()
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                     {"k": request_lock_key("1", "busy-1")})
        try:
            answer = problem(await api.post("/v1/redemptions", cashier, body,
                                            key="busy-1"), 409, "request_in_progress")
            assert "still being processed" in answer["detail"]
            assert keys(api) == [(k, s) for k, s in keys(api) if k != "busy-1"]
        finally:
            conn.invalidate()  # the other process dies mid-request
            conn.close()
            other.dispose()
        taken = await api.post("/v1/redemptions", cashier, body, key="busy-1")
        assert taken.status_code == 201
        assert ("busy-1", "done") in keys(api)


@contextmanager
def writes_blocked(url: str, what: str) -> Iterator[None]:
    """Hold a lock that makes ledger writes wait: on SQLite the write lock; on PostgreSQL a
    lock on the idempotency table (`what="claims"`) or on every card row (`"cards"`)."""
    engine = make_engine(url)
    conn = engine.connect()
    transaction = conn.begin()  # BEGIN IMMEDIATE on SQLite: the write lock
    try:
        if not is_sqlite(engine):
            if what == "claims":
                conn.execute(text("LOCK TABLE idempotency IN EXCLUSIVE MODE"))
            else:
                conn.execute(select(cards.c.id).with_for_update())
        yield
    finally:
        transaction.rollback()
        conn.close()
        engine.dispose()


def _advisory_locks(engine: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted")).scalar())


async def _wait_until(condition: Any, timeout_s: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not condition():
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def test_a_duplicate_while_the_first_runs_gets_request_in_progress(
        api: Api, db_url: str) -> None:
    admin = await api.sign_in("admin")
    cashier = await api.sign_in("cashier")
    card = await api.card(admin, 5000)
    body = {"card": card["code"], "amount": 700}
    claims = api.app.state.context.claims
    with writes_blocked(db_url, "claims"):
        first = asyncio.create_task(api.post("/v1/redemptions", cashier, body, key="dup-1"))
        await _wait_until(lambda: claims._local)
        second = await api.post("/v1/redemptions", cashier, body, key="dup-1")
        problem(second, 409, "request_in_progress")
        assert not first.done()
    answer = await first
    assert answer.status_code == 201
    third = await api.post("/v1/redemptions", cashier, body, key="dup-1")
    assert third.json() == answer.json()
    assert (await api.ok("GET", f"/v1/cards/{card['code']}", cashier))["balance"] == 4300


@pytest.mark.postgres
async def test_another_process_sees_the_claim_while_the_first_runs(
        pg_url: str, clock: Any) -> None:
    """A second app on the same database (another worker process) gets request_in_progress
    while the first request waits inside its operation, holding the key's advisory lock."""
    async with two_workers(pg_url, clock) as (one, a, b):
        admin = await one.sign_in("admin")
        cashier = await one.sign_in("cashier")
        card = await one.card(admin, 5000)
        body = {"card": card["code"], "amount": 900}
        headers = {**cashier, "Idempotency-Key": "multi-1"}
        with writes_blocked(pg_url, "cards"):
            first = asyncio.create_task(a.post("/v1/redemptions", json=body,
                                               headers=headers))
            await _wait_until(lambda: _advisory_locks(one.ledger.engine) == 1)
            problem(await b.post("/v1/redemptions", json=body, headers=headers), 409,
                    "request_in_progress")
        assert (await first).status_code == 201
        replay = await b.post("/v1/redemptions", json=body, headers=headers)
        assert replay.status_code == 201
        assert replay.json() == (await first).json()


async def test_answers_are_kept_a_day_and_then_purged(api: Api, clock: Any) -> None:
    admin = await api.sign_in("admin")
    card = await api.card(admin, 5000)
    body = {"card": card["code"], "amount": 100}
    first = await api.post("/v1/redemptions", admin, body, key="old-1")
    clock.advance(hours=24, minutes=1)
    admin = await api.sign_in("admin")
    purge(api.app.state.context)
    again = await api.post("/v1/redemptions", admin, body, key="old-1")
    assert again.json() == first.json()
    clock.advance(hours=48)
    admin = await api.sign_in("admin")
    async with api.app.router.lifespan_context(api.app):  # start-up purges
        await _wait_until(lambda: ("old-1", "done") not in keys(api))
    assert clock.now - timedelta(hours=72) < clock.now


def test_the_purge_index_exists_on_postgresql_only(db_url: str) -> None:
    """SQLite's purge scans the table (migration 0003); PostgreSQL keeps the index."""
    engine = make_engine(db_url)
    try:
        names = {index["name"] for index in inspect(engine).get_indexes("idempotency")}
        assert ("ix_idempotency_created" in names) is not is_sqlite(engine)
    finally:
        engine.dispose()


def test_claims_in_one_process_are_thread_safe(seeded_ledger: Ledger) -> None:
    """Many threads claiming one key: exactly one holds it at a time."""
    app = create_app(ledger=seeded_ledger)
    claims = app.state.context.claims
    held, refused, lock = [], [], threading.Lock()
    barrier = threading.Barrier(8)

    def worker() -> None:
        barrier.wait()
        try:
            with claims.claim("1", "same"):
                with lock:
                    held.append(1)
                barrier_hold.wait(timeout=5)
        except Exception as exc:
            with lock:
                refused.append(getattr(exc, "code", exc))

    barrier_hold = threading.Event()
    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for _ in range(200):
        with lock:
            if len(held) + len(refused) == 8 or (held and len(refused) == 7):
                break
        threading.Event().wait(0.01)
    barrier_hold.set()
    for t in threads:
        t.join()
    assert len(held) == 1
    assert [str(c) for c in refused] == ["request_in_progress"] * 7


async def test_on_sqlite_another_process_waits_and_replays_the_first_answer(
        sqlite_url: str, clock: Any) -> None:
    """On SQLite nothing is committed before the operation; a duplicate from a
    second app on the same file (another worker process) waits for the write lock and then
    gets the first answer again: the card is debited once."""
    async with two_workers(sqlite_url, clock) as (one, a, b):
        admin = await one.sign_in("admin")
        cashier = await one.sign_in("cashier")
        card = await one.card(admin, 5000)
        body = {"card": card["code"], "amount": 900}
        headers = {**cashier, "Idempotency-Key": "sqlite-multi-1"}
        with writes_blocked(sqlite_url, "claims"):
            first = asyncio.create_task(a.post("/v1/redemptions", json=body,
                                               headers=headers))
            await _wait_until(lambda: one.app.state.context.claims._local)
            second = asyncio.create_task(b.post("/v1/redemptions", json=body,
                                                headers=headers))
            await asyncio.sleep(0.2)
            engine = one.ledger.engine
            with engine.connect() as conn:  # a read, which the write lock lets through
                conn = conn.execution_options(sqlite_begin="DEFERRED")
                assert conn.execute(select(idempotency).where(
                    idempotency.c.key == "sqlite-multi-1")).all() == []  # none committed
            assert not first.done()
            assert not second.done()
        one_answer, other_answer = await first, await second
        assert one_answer.status_code == other_answer.status_code == 201
        assert one_answer.json() == other_answer.json()
        assert [k for k in keys(one) if k[0] == "sqlite-multi-1"] == [
            ("sqlite-multi-1", "done")]
        assert (await one.ok("GET", f"/v1/cards/{card['code']}", cashier))["balance"] \
            == 4100
