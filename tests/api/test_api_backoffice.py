"""The back office over HTTP: set-up, stores, operators, API keys, program changes, the card
finder and large batches as jobs, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest
from api_helpers import Api, problem

from app.ledger.db import make_engine
from app.ledger.engine import Ledger
from app.server import create_app

pytestmark = pytest.mark.anyio


async def test_set_up_an_empty_ledger_once_then_sign_in(db_url: str) -> None:
    engine = make_engine(db_url)
    app = create_app(ledger=Ledger(engine))
    async with app.router.lifespan_context(app), httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://ledger") as client:
        info = (await client.get("/v1/setup")).json()
        assert info["set_up"] is False
        assert info["locations"] == []
        body = {"merchant": "Rosa's Books", "currency": "eur", "location": "main",
                "location_name": "Main shop", "admin": "Rosa", "pin": "482913"}
        key = str(uuid.uuid4())
        first = await client.post("/v1/setup", json=body, headers={"Idempotency-Key": key})
        assert first.status_code == 201, first.text
        assert first.json()["admin"] == {"name": "rosa", "role": "admin", "locations": ["*"],
                                         "disabled": False}
        again = await client.post("/v1/setup", json=body, headers={"Idempotency-Key": key})
        assert again.json() == first.json()
        problem(await client.post("/v1/setup", json={**body, "admin": "mallory"}), 409,
                "already_set_up")
        info = (await client.get("/v1/setup")).json()
        assert info == {"merchant": "Rosa's Books", "currency": "EUR", "demo": False,
                        "set_up": True, "locations": ["MAIN"]}
        signed = await client.post("/v1/sessions", json={
            "operator": "rosa", "pin": "482913", "location": "MAIN", "terminal": "T1"})
        assert signed.status_code == 201, signed.text
        assert signed.json()["merchant"] == "Rosa's Books"
    engine.dispose()


async def test_two_set_ups_at_once_make_one_admin(db_url: str) -> None:
    engine = make_engine(db_url)
    app = create_app(ledger=Ledger(engine))
    async with app.router.lifespan_context(app), httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://ledger") as client:
        answers = await asyncio.gather(*(client.post("/v1/setup", json={
            "merchant": "Shop", "currency": "USD", "location": "S1", "admin": f"boss{i}",
            "pin": "4829"}) for i in range(4)))
    assert sorted(a.status_code for a in answers) == [201, 409, 409, 409]
    engine.dispose()


async def test_stores_and_operators_from_nothing_to_a_cashier_at_work(api: Api) -> None:
    admin = await api.sign_in("admin")
    store = await api.ok("POST", "/v1/locations", admin, {"code": "kiosk-3",
                                                          "name": "Kiosk"}, 201)
    assert store == {"code": "KIOSK-3", "name": "Kiosk"}
    problem(await api.post("/v1/locations", admin, {"code": "KIOSK-3"}), 409, "location_exists")
    renamed = await api.ok("PATCH", "/v1/locations/kiosk-3", admin, {"name": "Airport kiosk"})
    assert renamed["name"] == "Airport kiosk"
    codes = [loc["code"] for loc in (await api.ok("GET", "/v1/locations", admin))["locations"]]
    assert codes == ["KIOSK-3", "STORE-1", "STORE-2"]

    made = await api.ok("POST", "/v1/operators", admin, {
        "name": "Dana", "pin": "5555", "role": "cashier", "locations": ["kiosk-3"]}, 201)
    assert made == {"name": "dana", "role": "cashier", "locations": ["KIOSK-3"],
                    "disabled": False}
    problem(await api.post("/v1/operators", admin, {
        "name": "dana", "pin": "5555", "locations": ["KIOSK-3"]}), 409, "operator_exists")
    problem(await api.post("/v1/operators", admin, {
        "name": "eve", "pin": "5555", "locations": ["NOWHERE"]}), 422, "location_not_found")
    dana = (await api.client.post("/v1/sessions", json={
        "operator": "dana", "pin": "5555", "location": "KIOSK-3", "terminal": "K1"})).json()
    as_dana = {"Authorization": f"Bearer {dana['token']}"}
    assert (await api.client.get("/v1/sessions/current", headers=as_dana)).status_code == 200
    problem(await api.post("/v1/operators", as_dana, {
        "name": "x", "pin": "5555", "locations": ["*"]}), 403, "forbidden")

    # Disabling ends her session at once (in this server process) and her sign-ins.
    disabled = await api.ok("PATCH", "/v1/operators/dana", admin, {"disabled": True})
    assert disabled["disabled"] is True
    problem(await api.client.get("/v1/sessions/current", headers=as_dana), 401, "unauthorized")
    problem(await api.client.post("/v1/sessions", json={
        "operator": "dana", "pin": "5555", "location": "KIOSK-3", "terminal": "K1"}),
        401, "unauthorized")
    await api.ok("PATCH", "/v1/operators/dana", admin, {"disabled": False, "pin": "6789",
                                                       "role": "manager"})
    again = await api.client.post("/v1/sessions", json={
        "operator": "dana", "pin": "6789", "location": "KIOSK-3", "terminal": "K1"})
    assert again.status_code == 201
    assert again.json()["role"] == "manager"
    names = [o["name"] for o in (await api.ok("GET", "/v1/operators", admin))["operators"]]
    assert "dana" in names
    assert "admin" in names


async def test_the_last_admin_stays(api: Api) -> None:
    admin = await api.sign_in("admin")
    problem(await api.post("/v1/operators/admin", admin, None), 405, "method_not_allowed")
    answer = await api.client.patch("/v1/operators/admin", json={"disabled": True},
                                    headers=admin)
    problem(answer, 409, "last_admin")
    await api.ok("POST", "/v1/operators", admin, {"name": "second", "pin": "1357",
                                                  "role": "admin", "locations": ["*"]}, 201)
    # Now there are two admins: the other one may be demoted by this one.
    demoted = await api.ok("PATCH", "/v1/operators/second", admin, {"role": "manager"})
    assert demoted["role"] == "manager"
    problem(await api.client.patch("/v1/operators/nobody", json={"disabled": True},
                                   headers=admin), 404, "operator_not_found")


async def test_api_keys_sign_in_like_a_session_and_stop_when_revoked(api: Api) -> None:
    admin = await api.sign_in("admin")
    program = await api.program(admin)
    made = await api.ok("POST", "/v1/api-keys", admin, {
        "name": "web shop", "role": "manager", "locations": ["STORE-2"]}, 201)
    key = made["key"]
    assert key.startswith("gdk_")
    assert made["prefix"] == key[:12]
    listed = (await api.ok("GET", "/v1/api-keys", admin))["api_keys"]
    assert listed[0]["key"] is None
    assert listed[0]["name"] == "web shop"
    as_shop = {"Authorization": f"Bearer {key}"}
    cards = await api.ok("POST", f"/v1/programs/{program['id']}/cards", as_shop,
                         {"quantity": 2}, 201)
    code = cards["cards"][0]["code"]
    history = await api.ok("GET", f"/v1/cards/{code}/transactions", as_shop)
    entry = history["transactions"][0]
    assert (entry["operator"], entry["location"], entry["terminal"]) == (
        "key:web shop", "STORE-2", "api")
    problem(await api.client.get("/v1/programs", headers={**as_shop, "X-Location": "STORE-1"}),
            403, "location_not_allowed")
    problem(await api.post("/v1/operators", as_shop, {"name": "x", "pin": "1234",
                                                      "locations": ["*"]}), 403, "forbidden")
    revoked = await api.ok("DELETE", f"/v1/api-keys/{made['id']}", admin)
    assert revoked["revoked"] is True
    problem(await api.client.get("/v1/programs", headers=as_shop), 401, "unauthorized")
    problem(await api.post("/v1/api-keys/999/revoke", admin), 404, "api_key_not_found")


async def test_program_changes_with_live_cards(api: Api) -> None:
    admin = await api.sign_in("admin")
    empty = await api.program(admin, name="Draft")
    changed = await api.ok("PATCH", f"/v1/programs/{empty['id']}", admin,
                           {"currency": "EUR", "kind": "item", "item_label": "Tea"})
    # No cards yet, so the kind may change; an item program counts items, not money, so it
    # answers no currency (issue 15).
    assert (changed["currency"], changed["kind"]) == (None, "item")

    card = await api.card(admin, 2000)
    pid = card["program_id"]
    changed = await api.ok("PATCH", f"/v1/programs/{pid}", admin, {
        "name": "Gift Card 2027", "max_balance": 80_000, "locations": ["store-1"],
        "reporting_code_required": True})
    assert changed["name"] == "Gift Card 2027"
    assert changed["locations"] == ["STORE-1"]
    body = problem(await api.client.patch(f"/v1/programs/{pid}", json={"currency": "EUR"},
                                          headers=admin), 409, "program_field_locked")
    assert "currency" in body["detail"]
    problem(await api.client.patch(f"/v1/programs/{pid}", json={"default_value": 90_000},
                                   headers=admin), 409, "max_balance_exceeded")
    cashier = await api.sign_in("cashier")
    problem(await api.client.patch(f"/v1/programs/{pid}", json={"name": "x"},
                                   headers=cashier), 403, "forbidden")
    # The change reaches redemptions: a reporting code is needed now.
    problem(await api.post("/v1/redemptions", cashier, {"card": card["code"], "amount": 100}),
            422, "reporting_code_required")

    retired = await api.ok("POST", f"/v1/programs/{pid}/retire", admin)
    assert retired["retired"] is True
    problem(await api.post(f"/v1/programs/{pid}/cards", admin, {"quantity": 1}), 409,
            "program_retired")
    done = await api.ok("POST", "/v1/redemptions", cashier, {
        "card": card["code"], "amount": 100, "reporting_code": "R1"}, 201)
    assert done["balance_after"] == 1900  # its cards keep working


async def test_a_program_change_through_one_worker_binds_the_others_at_once(
        api: Api, db_url: str) -> None:
    """Two server processes (`serve --workers 2`): each app has its own ledger and engine."""
    engine = make_engine(db_url)
    second = create_app(ledger=Ledger(engine, clock=api.ledger.clock))
    async with second.router.lifespan_context(second), httpx.AsyncClient(
            transport=httpx.ASGITransport(app=second), base_url="http://ledger") as worker2:
        admin, cashier = await api.sign_in("admin"), await api.sign_in("cashier")
        card = await api.card(admin, 2000)
        pid = card["program_id"]

        async def redeem(**body: object) -> httpx.Response:
            return await worker2.post("/v1/redemptions", json={
                "card": card["code"], "amount": 100, **body},
                headers={**cashier, "Idempotency-Key": str(uuid.uuid4())})

        assert (await redeem()).status_code == 201  # the second worker knows the program
        await api.ok("PATCH", f"/v1/programs/{pid}", admin, {"reporting_code_required": True})
        problem(await redeem(), 422, "reporting_code_required")
        await api.ok("PATCH", f"/v1/programs/{pid}", admin, {"locations": ["STORE-2"]})
        problem(await redeem(reporting_code="R1"), 403, "location_not_allowed")
        await api.ok("PATCH", f"/v1/programs/{pid}", admin, {"locations": []})
        done = await redeem(reporting_code="R1")
        assert done.status_code == 201, done.text
        assert done.json()["balance_after"] == 1800
    engine.dispose()


async def test_card_finder_searches_pages_and_keeps_to_the_callers_stores(api: Api) -> None:
    admin = await api.sign_in("admin")
    everywhere = await api.program(admin, name="Everywhere")
    only_2 = await api.program(admin, name="Station only", locations=["STORE-2"])
    made = (await api.ok("POST", f"/v1/programs/{everywhere['id']}/cards", admin,
                         {"quantity": 5, "pending": True}, 201))["cards"]
    await api.ok("POST", f"/v1/programs/{only_2['id']}/cards", admin, {"quantity": 2}, 201)
    await api.ok("PATCH", f"/v1/cards/{made[0]['code']}", admin, {"recipient": "Ada Lovelace"})
    sold = await api.ok("POST", f"/v1/cards/{made[1]['code']}/sell", admin,
                        {"sender": "Grace"})
    assert sold

    found = await api.ok("GET", "/v1/cards?q=lovelace", admin)
    assert [c["code"] for c in found["cards"]] == [made[0]["code"]]
    assert [c["code"] for c in (await api.ok("GET", "/v1/cards?q=GRACE", admin))["cards"]] \
        == [made[1]["code"]]
    spaced = made[2]["code"][:4] + " " + made[2]["code"][4:8]
    assert made[2]["code"] in [c["code"] for c in (await api.ok(
        "GET", f"/v1/cards?q={spaced}", admin))["cards"]]

    seen: list[str] = []
    cursor = ""
    while True:
        page = await api.ok("GET", f"/v1/cards?limit=3&cursor={cursor}", admin)
        seen += [c["code"] for c in page["cards"]]
        if page["next_cursor"] is None:
            break
        cursor = page["next_cursor"]
    assert len(seen) == len(set(seen)) == 7
    pending = await api.ok("GET", f"/v1/cards?status=pending&program={everywhere['id']}", admin)
    assert len(pending["cards"]) == 4  # one of five was sold

    manager2 = await api.sign_in("manager2")  # STORE-2 only: sees both programs' cards
    assert len((await api.ok("GET", "/v1/cards", manager2))["cards"]) == 7
    manager = await api.sign_in("manager")
    at_1 = await api.ok("GET", "/v1/cards?location=STORE-1", manager)
    assert len(at_1["cards"]) == 5
    problem(await api.client.get("/v1/cards?location=STORE-1", headers=manager2), 403,
            "location_not_allowed")
    problem(await api.client.get("/v1/cards", headers=await api.sign_in("cashier")), 403,
            "forbidden")
    problem(await api.client.get("/v1/cards?status=gone", headers=admin), 422,
            "validation_error")


async def test_a_large_batch_is_a_job_to_poll(api: Api) -> None:
    admin = await api.sign_in("admin")
    program = await api.program(admin)
    key = str(uuid.uuid4())
    answer = await api.post(f"/v1/programs/{program['id']}/cards", admin,
                            {"quantity": 12_000, "pending": True}, key=key)
    assert answer.status_code == 202, answer.text
    job = answer.json()
    assert answer.headers["location"] == f"/v1/jobs/{job['id']}"
    replay = await api.post(f"/v1/programs/{program['id']}/cards", admin,
                            {"quantity": 12_000, "pending": True}, key=key)
    assert replay.json()["id"] == job["id"]  # the same job, not a second batch
    api.app.state.jobs.wait(job["id"], 120)
    status = await api.ok("GET", f"/v1/jobs/{job['id']}", admin)
    assert (status["status"], status["done"]) == ("done", 12_000)
    page = await api.ok("GET", f"/v1/jobs/{job['id']}/cards?limit=10000", admin)
    rest = await api.ok("GET", f"/v1/jobs/{job['id']}/cards?after={page['next_cursor']}",
                        admin)
    codes = {c["code"] for c in page["cards"] + rest["cards"]}
    assert len(codes) == 12_000
    assert rest["next_cursor"] is None
    problem(await api.post(f"/v1/jobs/{job['id']}/cancel", admin), 409, "job_not_cancellable")
    problem(await api.client.get("/v1/jobs/nope", headers=admin), 404, "job_not_found")
