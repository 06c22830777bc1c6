"""A large batch runs as a job chunk by chunk, on a SQLite file and on PostgreSQL: while it
runs, a poll answers with growing progress and other writes go in between its chunks; a
cancel stops it at the next chunk, and the cards made by then are kept, listed, journaled
with the operator who asked, and audited."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import time
from collections.abc import Callable
from typing import Any

import pytest
from api_helpers import Api, Headers
from sqlalchemy import func, select

from app.ledger.jobs import FINISHED, JobRunner
from app.ledger.schema import audit_log, cards, journal

pytestmark = pytest.mark.anyio

CHUNK = 2_000
QUANTITY = 400_000  # 200 chunks: far more than the test needs before it cancels


async def _poll(api: Api, as_: Headers, job_id: str, until: Callable[[dict[str, Any]], bool],
                seen: list[dict[str, Any]], timeout_s: float = 120) -> dict[str, Any]:
    """Poll the job (as the app does) until `until` holds; every answer goes into `seen`."""
    deadline = time.monotonic() + timeout_s
    while True:
        started = time.monotonic()
        answer = await asyncio.wait_for(api.client.get(f"/v1/jobs/{job_id}", headers=as_),
                                        timeout_s)
        assert answer.status_code == 200, answer.text
        job: dict[str, Any] = answer.json()
        job["answered_in_s"] = time.monotonic() - started
        seen.append(job)
        if until(job):
            return job
        assert time.monotonic() < deadline, f"the job never got there: {job}"
        await asyncio.sleep(0.01)  # a poll interval, not a wait for the result


def _running(job: dict[str, Any]) -> bool:
    return job["status"] == "running" and 0 < job["done"] < job["quantity"]


async def test_a_running_job_shows_progress_lets_writes_in_and_stops_when_cancelled(
        api: Api) -> None:
    api.app.state.jobs = JobRunner(api.ledger, chunk=CHUNK)
    admin = await api.sign_in("admin")
    manager = await api.sign_in("manager", terminal="T7")
    program = await api.program(admin)
    started = await api.post(f"/v1/programs/{program['id']}/cards", admin,
                             {"quantity": QUANTITY, "value": 2500})
    assert started.status_code == 202, started.text
    job_id = started.json()["id"]
    seen: list[dict[str, Any]] = []
    first = await _poll(api, admin, job_id, _running, seen)

    # Another write goes in while the batch runs (between two of its chunks) ...
    store = await api.post("/v1/locations", admin, {"code": "K9", "name": "Kiosk"})
    assert store.status_code == 201, store.text
    after_write = await _poll(api, admin, job_id, lambda j: True, seen)
    assert after_write["status"] == "running", after_write  # ... not after all of it
    # ... and the progress grows, poll after poll, while it runs.
    grown = await _poll(api, admin, job_id, lambda j: j["done"] > after_write["done"], seen)
    assert _running(grown), grown
    assert grown["done"] > first["done"]

    cancel = await api.ok("POST", f"/v1/jobs/{job_id}/cancel", manager)
    assert cancel["status"] == "running"
    ended = await _poll(api, admin, job_id, lambda j: j["status"] in FINISHED, seen)
    api.app.state.jobs.wait(job_id, 60)
    assert ended["status"] == "cancelled", ended
    made = ended["done"]
    assert grown["done"] <= made < QUANTITY
    polled = [j["done"] for j in seen]
    assert polled == sorted(polled)  # progress never goes back
    assert len({j["done"] for j in seen if _running(j)}) >= 2
    assert max(j["answered_in_s"] for j in seen if j["status"] == "running") < 10

    # What was made is kept and consistent: the cards, their journal, the CSV, the pages.
    with api.ledger.engine.connect() as conn:
        codes = set(conn.execute(select(cards.c.code).where(
            cards.c.program_id == program["id"])).scalars())
        issued = conn.execute(select(journal.c.operator, journal.c.location,
                                     journal.c.terminal, func.sum(journal.c.amount),
                                     func.count()).join(cards, cards.c.id == journal.c.card_id)
                              .where(cards.c.program_id == program["id"])
                              .group_by(journal.c.operator, journal.c.location,
                                        journal.c.terminal)).all()
        audited = conn.execute(select(audit_log).where(audit_log.c.action.in_(
            ("generate_cards", "cancel_job"))).order_by(audit_log.c.id)).all()
    assert len(codes) == made
    assert [tuple(row) for row in issued] == [("admin", "STORE-1", "T1", 2500 * made, made)]
    answer = await api.client.get(f"/v1/jobs/{job_id}/cards.csv", headers=admin)
    assert answer.status_code == 200, answer.text
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert len(rows) == made
    assert {r["code"] for r in rows} == codes
    assert {r["status"] for r in rows} == {"active"}
    page = await api.ok("GET", f"/v1/jobs/{job_id}/cards?limit=5", admin)
    assert [c["code"] for c in page["cards"]] == [r["code"] for r in rows[:5]]

    # Who asked, who cancelled, where and what came of it, in the audit log.
    assert [(a.action, a.outcome, a.operator, a.location, a.terminal) for a in audited] == [
        ("cancel_job", "ok", "manager", "STORE-1", "T7"),
        ("generate_cards", "cancelled", "admin", "STORE-1", "T1")]
    assert json.loads(audited[1].detail)["made"] == made

    # Once it has ended, it cannot be cancelled again; a new job runs as usual.
    again = await api.client.post(f"/v1/jobs/{job_id}/cancel", headers=manager)
    assert (again.status_code, again.json()["code"]) == (409, "job_not_cancellable")


async def test_generating_cards_and_creating_programs_are_audited_with_who_and_where(
        api: Api, clock: Any) -> None:
    admin = await api.sign_in("admin", terminal="T3")
    clock.advance(minutes=5)
    key = "create-gift-2027"
    body = {"name": "Gift 2027", "currency": "USD", "default_value": 5000}
    program = await api.post("/v1/programs", admin, body, key=key)
    assert program.status_code == 201, program.text
    assert (await api.post("/v1/programs", admin, body, key=key)).json() == program.json()
    pid = program.json()["id"]
    clock.advance(minutes=1)
    pending = await api.post(f"/v1/programs/{pid}/cards", admin,
                             {"quantity": 3, "pending": True}, key="three-pending")
    assert pending.status_code == 201, pending.text
    await api.post(f"/v1/programs/{pid}/cards", admin, {"quantity": 3, "pending": True},
                   key="three-pending")  # a retry: no new cards, no new entry
    active = await api.post(f"/v1/programs/{pid}/cards", admin, {"quantity": 2})
    assert active.status_code == 201, active.text
    with api.ledger.engine.connect() as conn:
        audited = conn.execute(select(audit_log).where(audit_log.c.action.in_(
            ("create_program", "generate_cards")), audit_log.c.operator == "admin")
            .order_by(audit_log.c.id)).all()
        issued = conn.execute(select(journal.c.operator, journal.c.location,
                                     journal.c.terminal, journal.c.created_at)
                              .where(journal.c.kind == "issue")).all()
    assert [(a.action, a.outcome, a.location, a.terminal, a.at) for a in audited] == [
        ("create_program", "ok", "STORE-1", "T3", audited[0].at),
        ("generate_cards", "ok", "STORE-1", "T3", clock.now),
        ("generate_cards", "ok", "STORE-1", "T3", clock.now)]
    assert json.loads(audited[0].detail)["program_id"] == pid
    assert [json.loads(a.detail)["made"] for a in audited[1:]] == [3, 2]
    assert [json.loads(a.detail)["pending"] for a in audited[1:]] == [True, False]
    # The active cards' journal rows name the operator who asked, not the system.
    assert sorted(tuple(i) for i in issued) == [("admin", "STORE-1", "T3", clock.now)] * 2


async def test_a_program_retired_while_its_job_runs_ends_it_with_the_cards_made(
        api: Api) -> None:
    api.app.state.jobs = JobRunner(api.ledger, chunk=CHUNK)
    admin = await api.sign_in("admin")
    program = await api.program(admin)
    started = await api.post(f"/v1/programs/{program['id']}/cards", admin,
                             {"quantity": QUANTITY, "pending": True})
    job_id = started.json()["id"]
    seen: list[dict[str, Any]] = []
    await _poll(api, admin, job_id, _running, seen)
    await api.ok("POST", f"/v1/programs/{program['id']}/retire", admin)  # between two chunks
    ended = await _poll(api, admin, job_id, lambda j: j["status"] in FINISHED, seen)
    api.app.state.jobs.wait(job_id, 60)
    assert (ended["status"], ended["error_code"]) == ("failed", "program_retired")
    assert 0 < ended["done"] < QUANTITY
    answer = await api.client.get(f"/v1/jobs/{job_id}/cards.csv", headers=admin)
    assert answer.status_code == 200, answer.text
    assert len(answer.text.splitlines()) == ended["done"] + 1
    with api.ledger.engine.connect() as conn:
        kept = conn.execute(select(func.count()).select_from(cards).where(
            cards.c.program_id == program["id"])).scalar()
        outcome = conn.execute(select(audit_log.c.outcome, audit_log.c.detail).where(
            audit_log.c.action == "generate_cards")).one()
    assert kept == ended["done"]
    assert outcome.outcome == "program_retired"
    assert json.loads(outcome.detail)["made"] == ended["done"]
