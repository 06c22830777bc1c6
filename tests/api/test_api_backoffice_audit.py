"""Every back-office change over HTTP is idempotent by its key and audited once with who,
where and when; its refusals are audited with their problem code (SQLite and PostgreSQL)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from api_helpers import Api, problem
from sqlalchemy import select

from app.ledger.schema import audit_log

pytestmark = pytest.mark.anyio


def _audited(api: Api, action: str) -> list[Any]:
    with api.ledger.engine.connect() as conn:
        return list(conn.execute(select(audit_log).where(audit_log.c.action == action)
                                 .order_by(audit_log.c.id)))


async def test_each_change_runs_once_per_key_and_is_audited(api: Api, clock: Any) -> None:
    admin = await api.sign_in("admin")
    program = await api.program(admin)
    other = await api.program(admin, name="Other")
    pid, other_id = program["id"], other["id"]
    changes: list[tuple[str, str, str, Any, str, Any]] = [
        # action, method, path, body, a different request with the same key (path, body)
        ("add_location", "POST", "/v1/locations", {"code": "K1", "name": "Kiosk"},
         "/v1/locations", {"code": "K2"}),
        ("rename_location", "PATCH", "/v1/locations/K1", {"name": "Kiosk one"},
         "/v1/locations/K1", {"name": "Kiosk two"}),
        ("add_operator", "POST", "/v1/operators",
         {"name": "dana", "pin": "5555", "role": "cashier", "locations": ["K1"]},
         "/v1/operators", {"name": "eve", "pin": "5555", "locations": ["K1"]}),
        ("update_operator", "PATCH", "/v1/operators/dana", {"role": "manager"},
         "/v1/operators/dana", {"role": "admin"}),
        ("update_program", "PATCH", f"/v1/programs/{pid}", {"name": "Gift 2027"},
         f"/v1/programs/{pid}", {"name": "Gift 2028"}),
        ("retire_program", "POST", f"/v1/programs/{pid}/retire", None,
         f"/v1/programs/{other_id}/retire", None),
        ("create_api_key", "POST", "/v1/api-keys",
         {"name": "web shop", "role": "cashier", "locations": ["K1"]},
         "/v1/api-keys", {"name": "pos", "role": "cashier", "locations": ["K1"]}),
    ]
    for action, method, path, body, other_path, other_body in changes:
        clock.advance(minutes=1)
        key = {**admin, "Idempotency-Key": str(uuid.uuid4())}
        first = await api.client.request(method, path, json=body, headers=key)
        assert first.status_code in (200, 201), (action, first.text)
        again = await api.client.request(method, path, json=body, headers=key)
        assert again.status_code == first.status_code, action
        shown = {k: v for k, v in first.json().items() if k != "key"}
        assert {k: v for k, v in again.json().items() if k != "key"} == shown, action
        problem(await api.client.request(
            "PATCH" if method == "PATCH" else "POST", other_path, json=other_body,
            headers=key), 422, "idempotency_conflict")
        rows = _audited(api, action)
        done = [r for r in rows if r.outcome == "ok"]
        assert len(done) == 1, action  # the replay changed nothing and logged nothing
        assert (done[0].operator, done[0].location, done[0].terminal, done[0].at) == (
            "admin", "STORE-1", "T1", clock.now), action
        assert [r.outcome for r in rows if r.outcome != "ok"] == ["idempotency_conflict"]
    # The key of the first answer is not in its replay: it is stored only as a hash.
    made = await api.post("/v1/api-keys", admin, {"name": "till", "locations": ["K1"]},
                          key="one-key")
    replay = await api.post("/v1/api-keys", admin, {"name": "till", "locations": ["K1"]},
                            key="one-key")
    assert made.json()["key"].startswith("gdk_")
    assert replay.json()["key"] is None


async def test_refusals_are_audited_with_their_code(api: Api) -> None:
    admin = await api.sign_in("admin")
    manager = await api.sign_in("manager")
    problem(await api.post("/v1/locations", admin, {"code": "STORE-1"}), 409, "location_exists")
    problem(await api.post("/v1/operators", manager, {
        "name": "x", "pin": "1234", "locations": ["STORE-1"]}), 403, "forbidden")
    problem(await api.client.patch("/v1/operators/admin", json={"role": "cashier"},
                                   headers=admin), 409, "last_admin")
    outcomes = {(a, r.outcome, r.operator) for a in ("add_location", "add_operator",
                                                     "update_operator")
                for r in _audited(api, a)}
    assert outcomes == {("add_location", "location_exists", "admin"),
                        ("add_operator", "forbidden", "manager"),
                        ("update_operator", "last_admin", "admin")}


async def test_back_office_reads_answer_while_a_writer_holds_sqlite(sqlite_url: str) -> None:
    """A million-card batch holds SQLite's write lock for as long as it runs: following the
    job, finding cards and listing stores, operators and programs must not wait for it."""
    import asyncio
    import sqlite3

    import httpx
    from api_helpers import seed_people

    from app.ledger.db import make_engine
    from app.ledger.engine import Ledger
    from app.server import create_app

    engine = make_engine(sqlite_url)
    seed_people(engine)
    ledger = Ledger(engine)
    app = create_app(ledger=ledger)
    async with app.router.lifespan_context(app), httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://ledger") as client:
        api = Api(client, ledger, app)
        admin = await api.sign_in("admin")
        program = await api.program(admin)
        started = await api.post(f"/v1/programs/{program['id']}/cards", admin,
                                 {"quantity": 6_000, "pending": True})
        job = started.json()
        app.state.jobs.wait(job["id"], 120)
        writer = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")  # as the next batch would
        try:
            for path in (f"/v1/jobs/{job['id']}", f"/v1/jobs/{job['id']}/cards?limit=5",
                         "/v1/cards?limit=5", f"/v1/cards?program={program['id']}&limit=2",
                         "/v1/locations", "/v1/operators", "/v1/setup", "/v1/programs"):
                answer = await asyncio.wait_for(client.get(path, headers=admin), 10)
                assert answer.status_code == 200, (path, answer.text)
        finally:
            writer.execute("ROLLBACK")
            writer.close()
    engine.dispose()


async def test_a_jobs_cards_download_as_one_csv(api: Api) -> None:
    admin = await api.sign_in("admin")
    program = await api.program(admin)
    started = await api.post(f"/v1/programs/{program['id']}/cards", admin,
                             {"quantity": 12_345, "pending": True})
    job = started.json()
    api.app.state.jobs.wait(job["id"], 120)
    answer = await api.client.get(f"/v1/jobs/{job['id']}/cards.csv", headers=admin)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/csv")
    lines = answer.text.splitlines()
    assert lines[0] == "code,token,qr_payload,status"
    rows = [line.split(",") for line in lines[1:]]
    assert len(rows) == len({r[0] for r in rows}) == 12_345
    assert all(r[2] == f"GIFTDESK1:{r[1]}" and r[3] == "pending" for r in rows)
    paged = await api.ok("GET", f"/v1/jobs/{job['id']}/cards?limit=10", admin)
    assert [c["code"] for c in paged["cards"]] == [r[0] for r in rows[:10]]  # the same order
    problem(await api.client.get(f"/v1/jobs/{job['id']}/cards.csv",
                                 headers=await api.sign_in("cashier")), 403, "forbidden")
    problem(await api.client.get("/v1/jobs/nope/cards.csv", headers=admin), 404,
            "job_not_found")
