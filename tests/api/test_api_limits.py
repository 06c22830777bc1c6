"""Limits that hold under a burst of concurrent guesses, store scope of ids, HTTP hygiene."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from typing import Any

import pytest
from api_helpers import Api, problem
from sqlalchemy import func, select

from app.domain.model import Actor, Role
from app.ledger import security
from app.ledger.schema import audit_log

pytestmark = pytest.mark.anyio

UNKNOWN_CODE = "100000000008"


def audited(api: Api, action: str, outcome: str) -> int:
    with api.ledger.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(audit_log).where(
            audit_log.c.action == action, audit_log.c.outcome == outcome)).scalar_one())


def limiter(api: Api) -> Any:
    return api.app.state.context.limiter


async def test_a_burst_of_sign_ins_checks_at_most_the_limit_and_spares_open_sessions(
        api: Api) -> None:
    signed_in = await api.sign_in("manager")
    body = {"operator": "manager", "location": "STORE-1", "terminal": "T9"}
    answers = await asyncio.gather(*(
        api.client.post("/v1/sessions", json={**body, "pin": f"{i:04d}"})
        for i in range(200)))  # 9999, the right PIN, is not among them
    statuses = [a.status_code for a in answers]
    assert statuses.count(401) == 10  # the per-name limit: ten PINs checked, no more
    assert statuses.count(429) == 190
    assert all(a.headers["Retry-After"] == "300" for a in answers if a.status_code == 429)
    assert audited(api, "sign_in", "unauthorized") == 10
    # The right PIN now is refused too, unchecked; the session already open works on.
    problem(await api.client.post("/v1/sessions", json={**body, "pin": "9999"}), 429,
            "rate_limited")
    assert (await api.client.get("/v1/sessions/current", headers=signed_in)).status_code == 200
    assert (await api.client.get("/v1/programs", headers=signed_in)).status_code == 200


async def test_one_pin_sprayed_over_many_names_is_limited_per_address(api: Api) -> None:
    answers = [await api.client.post("/v1/sessions", json={
        "operator": f"name{i}", "pin": "0000", "location": "STORE-1", "terminal": f"X{i}"})
        for i in range(50)]
    statuses = [a.status_code for a in answers]
    assert statuses[:20] == [401] * 20  # twenty from one address
    assert statuses[20:] == [429] * 30


async def test_a_burst_of_card_codes_checks_at_most_the_limit(api: Api) -> None:
    admin = await api.sign_in("admin")
    card = await api.card(admin, 1000)
    cashier = await api.sign_in("cashier", terminal="T4")
    guesses = [{"card": UNKNOWN_CODE}] * 150 + [{"card": card["code"]}]
    answers = await asyncio.gather(*(api.post("/v1/validations", cashier, g)
                                     for g in guesses))
    statuses = [a.status_code for a in answers]
    # Ten misses checked, no more; the real card, if checked, gave its attempt back.
    assert statuses.count(404) == 10
    assert statuses.count(429) == 150 - 10 - statuses.count(200) + 1
    assert limiter(api).guesses.count("till:STORE-1/T4/cashier") == 10
    # Redemptions of a real card name it too: refused, unchecked, while the till is full.
    problem(await api.post("/v1/redemptions", cashier, {"card": card["code"], "amount": 1}),
            429, "rate_limited")
    # Another operator's till and session are untouched.
    other = await api.sign_in("cashier2", terminal="T4")
    assert (await api.post("/v1/validations", other, {"card": card["code"]})).status_code == 200


async def test_a_burst_of_redemptions_of_unknown_codes_checks_at_most_the_limit(
        api: Api) -> None:
    cashier = await api.sign_in("cashier", terminal="T6")
    answers = await asyncio.gather(*(
        api.post("/v1/redemptions", cashier, {"card": UNKNOWN_CODE, "amount": 100})
        for _ in range(100)))
    statuses = [a.status_code for a in answers]
    assert statuses.count(404) == 10
    assert statuses.count(429) == 90
    assert audited(api, "redeem", "card_not_found") == 10


async def test_a_burst_of_manager_pins_checks_at_most_the_limit(api: Api) -> None:
    admin = await api.sign_in("admin")
    card = await api.card(admin, 5000)
    tills = [await api.sign_in("cashier", terminal=f"M{i}") for i in range(3)]
    used = await api.ok("POST", "/v1/redemptions", tills[0],
                        {"card": card["code"], "amount": 100}, 201)
    path = f"/v1/redemptions/{used['id']}/reversal"
    pins = [f"{i:04d}" for i in range(99)] + ["9999"]  # the right PIN last
    answers = await asyncio.gather(*(
        api.post(path, tills[i % 3], {"reason": "x"},
                 **{"X-Manager-Operator": "manager", "X-Manager-Pin": pin})
        for i, pin in enumerate(pins)))
    statuses = [a.status_code for a in answers]
    checked = statuses.count(403) + statuses.count(200)
    assert checked <= 10  # the per-manager limit, over three cashiers at three tills
    assert statuses.count(429) >= 90
    assert audited(api, "manager_approval", "unauthorized") == statuses.count(403)


async def test_wrong_card_pins_at_once_lock_the_card_after_five(api: Api) -> None:
    admin = await api.sign_in("admin")
    card = await api.pending_card(admin)
    await api.ok("POST", f"/v1/cards/{card['code']}/sell", admin, {"value": 3000, "pin": "4321"})
    tills = [await api.sign_in("cashier", terminal=f"P{i}") for i in range(8)]
    answers = await asyncio.gather(*(
        api.post("/v1/validations", tills[i % 8], {"card": card["code"], "pin": f"{i:04d}"})
        for i in range(40)))
    assert {a.status_code for a in answers} <= {404, 429}
    with api.ledger.engine.connect() as conn:
        from app.ledger.schema import cards

        failed = conn.execute(select(cards.c.failed_pin_count, cards.c.status).where(
            cards.c.code == card["code"], cards.c.training.is_(False))).one()
    assert tuple(failed) == (5, "locked")
    right = await api.post("/v1/validations", tills[0], {"card": card["code"], "pin": "4321"})
    problem(right, 404, "card_not_found")


async def test_x_training_takes_only_true_or_false(api: Api) -> None:
    admin = await api.sign_in("admin")
    card = await api.card(admin, 1000)
    cashier = await api.sign_in("cashier")
    for value in ("1", "yes", "on", "", "0", "no", "treu"):
        for path, body in (("/v1/redemptions", {"card": card["code"], "amount": 100}),
                           ("/v1/validations", {"card": card["code"]})):
            refused = problem(await api.post(path, cashier, body, **{"X-Training": value}),
                              422, "validation_error")
            assert "X-Training" in refused["detail"]
    trained = await api.ok("POST", "/v1/redemptions", cashier,
                           {"card": card["code"], "amount": 100}, 201, **{"X-Training": "TRUE"})
    assert trained["training"] is True
    real = await api.ok("POST", "/v1/redemptions", cashier,
                        {"card": card["code"], "amount": 100}, 201, **{"X-Training": "False"})
    assert (real["training"], real["balance_after"]) == (False, 900)


async def test_ids_of_another_store_answer_as_unknown(api: Api) -> None:
    admin = await api.sign_in("admin", location="STORE-2")
    card = await api.card(admin, 5000)
    there = await api.sign_in("cashier2")
    used = await api.ok("POST", "/v1/redemptions", there, {"card": card["code"], "amount": 100},
                        201)
    held = await api.ok("POST", "/v1/holds", there, {"card": card["code"], "amount": 100}, 201)
    here = await api.sign_in("cashier")
    manager2 = await api.sign_in("manager2")  # STORE-2 only
    missing = await api.client.get("/v1/redemptions/999999", headers=here)
    for response in (await api.client.get(f"/v1/redemptions/{used['id']}", headers=here),
                     await api.post(f"/v1/redemptions/{used['id']}/reversal", here,
                                    {"reason": "x"}, **{"X-Manager-Operator": "manager",
                                                        "X-Manager-Pin": "9999"})):
        problem(response, 404, "redemption_not_found")
        assert response.json()["detail"] == missing.json()["detail"].replace(
            "999999", str(used["id"]))
    refund = await api.post(f"/v1/cards/{card['code']}/refund", here,
                            {"amount": 100, "redemption_id": used["id"]})
    problem(refund, 404, "redemption_not_found")
    for response in (await api.client.get(f"/v1/holds/{held['id']}", headers=here),
                     await api.post(f"/v1/holds/{held['id']}/capture", here, {}),
                     await api.post(f"/v1/holds/{held['id']}/release", here, {})):
        problem(response, 404, "hold_not_found")
    assert (await api.ok("GET", "/v1/redemptions", here))["redemptions"] == []
    # A manager of STORE-2 sees it; one signed in at STORE-1 who may act at both too.
    assert (await api.ok("GET", f"/v1/redemptions/{used['id']}", manager2))["id"] == used["id"]
    manager = await api.sign_in("manager")
    assert [r["id"] for r in (await api.ok("GET", "/v1/redemptions", manager))[
        "redemptions"]] == [used["id"]]
    problem(await api.client.get("/v1/redemptions?location=STORE-1", headers=manager2), 403,
            "forbidden")
    # An API key acts only at its stores too: one of STORE-1 sees nothing of STORE-2's.
    made = await api.ok("POST", "/v1/api-keys", admin, {
        "name": "till app", "role": "manager", "locations": ["STORE-1"]}, 201)
    as_key = {"Authorization": f"Bearer {made['key']}"}
    problem(await api.client.get(f"/v1/redemptions/{used['id']}", headers=as_key), 404,
            "redemption_not_found")
    problem(await api.client.get(f"/v1/holds/{held['id']}", headers=as_key), 404,
            "hold_not_found")
    problem(await api.client.get("/v1/redemptions?location=STORE-2", headers=as_key), 403,
            "forbidden")
    problem(await api.client.get("/v1/programs", headers={**as_key, "X-Location": "STORE-2"}),
            403, "location_not_allowed")
    await api.ok("POST", f"/v1/holds/{held['id']}/release", there, {})
    refunded = await api.ok("POST", f"/v1/cards/{card['code']}/refund", there,
                            {"amount": 100, "redemption_id": used["id"]})
    assert refunded["balance"] == 5000


async def test_http_hygiene(api: Api) -> None:
    answer = await api.client.post("/v1/sessions", json={
        "operator": "cashier", "pin": "1111", "location": "STORE-1", "terminal": "T1"})
    assert answer.headers["cache-control"] == "no-store"
    assert answer.headers["x-content-type-options"] == "nosniff"
    token = {"Authorization": f"Bearer {answer.json()['token']}"}
    admin = await api.sign_in("admin")
    key = await api.post("/v1/api-keys", admin, {"name": "pos", "locations": ["STORE-1"]})
    assert key.status_code == 201, key.text
    assert (key.headers["cache-control"], key.headers["x-content-type-options"]) == (
        "no-store", "nosniff")
    slash = await api.client.get("/v1/programs/", headers=token)
    problem(slash, 404, "not_found")
    assert "location" not in slash.headers
    for response in (slash, await api.client.get("/v1/health"),
                     await api.client.get("/openapi.json")):
        assert response.headers["x-content-type-options"] == "nosniff"
    many = {f"x-h{i}": "v" for i in range(150)}
    problem(await api.client.get("/v1/health", headers=many), 431,
            "request_header_fields_too_large")
    problem(await api.client.get("/v1/health", headers={"x-big": "v" * 20_000}), 431,
            "request_header_fields_too_large")
    problem(await api.client.post("/v1/redemptions", json={}, headers={
        **token, **many}), 431, "request_header_fields_too_large")


async def test_capture_applies_every_redemption_rule_at_that_moment(api: Api,
                                                                    clock: Any) -> None:
    admin = await api.sign_in("admin")
    cashier = await api.sign_in("cashier")
    only_here = await api.card(admin, 5000, locations=["STORE-1"])
    held = await api.ok("POST", "/v1/holds", cashier, {"card": only_here["code"],
                                                       "amount": 1000}, 201)
    # A manager of both stores, signed in at STORE-2, may see the hold but not use the card
    # there: a redemption there is refused, and so is the capture.
    there = await api.sign_in("manager", location="STORE-2")
    problem(await api.post("/v1/redemptions", there, {"card": only_here["code"],
                                                      "amount": 100}),
            403, "location_not_allowed")
    problem(await api.post(f"/v1/holds/{held['id']}/capture", there, {}), 403,
            "location_not_allowed")
    assert (await api.ok("GET", f"/v1/holds/{held['id']}", there))["status"] == "active"
    # A hold that outlives the card's validity: captured after the card expired, refused
    # as a redemption is.
    manager = await api.sign_in("manager")
    card = await api.card(admin, 5000)
    await api.ok("PATCH", f"/v1/cards/{card['code']}", manager,
                 {"valid_until": (clock.now + timedelta(hours=1)).isoformat()})
    late = await api.ok("POST", "/v1/holds", cashier, {"card": card["code"], "amount": 1000,
                                                       "ttl_s": 3 * 3600}, 201)
    clock.advance(hours=2)
    cashier = await api.sign_in("cashier")
    problem(await api.post("/v1/redemptions", cashier, {"card": card["code"], "amount": 100}),
            409, "card_expired")
    problem(await api.post(f"/v1/holds/{late['id']}/capture", cashier, {}), 409,
            "card_expired")
    seen = await api.ok("GET", f"/v1/cards/{card['code']}", manager)
    assert (seen["balance"], seen["held"]) == (5000, 1000)


async def test_reports_and_jobs_show_only_the_stores_one_may_act_at(api: Api) -> None:
    admin = await api.sign_in("admin")  # at STORE-1
    cashier = await api.sign_in("cashier")
    card = await api.card(admin, 5000)
    used = await api.ok("POST", "/v1/redemptions", cashier, {"card": card["code"],
                                                              "amount": 100}, 201)
    manager2 = await api.sign_in("manager2")  # STORE-2 only
    both = await api.sign_in("manager")
    # A refund tied to a redemption: only to one made where the manager may act.
    problem(await api.post(f"/v1/cards/{card['code']}/refund", manager2,
                           {"amount": 100, "redemption_id": used["id"]}), 404,
            "redemption_not_found")
    journal = (await api.client.get("/v1/reports/journal.csv", headers=manager2)).text
    assert card["code"] not in journal
    assert card["code"] in (await api.client.get("/v1/reports/journal.csv",
                                                 headers=both)).text
    liability = await api.ok("GET", "/v1/reports/liability", manager2)
    assert {line["store"] for line in liability["lines"]} <= {"STORE-2"}
    assert "STORE-1" in {line["store"] for line in (await api.ok(
        "GET", "/v1/reports/liability", both))["lines"]}
    problem(await api.client.get("/v1/reports/z?location=STORE-1", headers=manager2), 403,
            "forbidden")
    program = await api.program(admin)
    started = await api.post(f"/v1/programs/{program['id']}/cards", admin,
                             {"quantity": 5001, "pending": True})
    assert started.status_code == 202, started.text
    job = started.json()["id"]
    api.app.state.jobs.wait(job, 120)
    missing = problem(await api.client.get("/v1/jobs/nope", headers=manager2), 404,
                      "job_not_found")
    for answer in (await api.client.get(f"/v1/jobs/{job}", headers=manager2),
                   await api.client.get(f"/v1/jobs/{job}/cards", headers=manager2),
                   await api.post(f"/v1/jobs/{job}/cancel", manager2)):
        assert problem(answer, 404, "job_not_found") == missing
    assert (await api.ok("GET", f"/v1/jobs/{job}", both))["status"] == "done"


async def test_pin_checks_at_once_are_bounded_and_the_rest_get_429_with_retry_after(
        api: Api) -> None:
    """A worker runs at most `PIN_CHECKS_AT_ONCE` Argon2 checks; with all of them taken (by
    checks in flight), a sign-in waits `PIN_CHECK_WAIT_S`, then is refused 429 with
    Retry-After, counted as no guess."""
    slots = security._pin_checks
    taken = 0
    try:
        while slots.acquire(blocking=False):
            taken += 1
        assert taken == security.PIN_CHECKS_AT_ONCE
        busy = await api.client.post("/v1/sessions", json={
            "operator": "cashier", "pin": "1111", "location": "STORE-1", "terminal": "T1"})
    finally:
        for _ in range(taken):
            slots.release()
    problem(busy, 429, "rate_limited")
    assert busy.headers["Retry-After"] == "1"
    assert limiter(api).guesses.count("pin:cashier") == 0
    assert limiter(api).guesses.count("addr:127.0.0.1") == 0
    await api.sign_in("cashier")


async def test_a_till_full_of_its_own_requests_in_flight_waits_misses_do_not(
        api: Api) -> None:
    """Attempts in flight fill a till's counter as misses do: a request then waits for them
    to settle (a busy till is slowed, not refused); a counter full of misses refuses at once."""
    admin = await api.sign_in("admin")
    card = await api.card(admin, 1000)
    cashier = await api.sign_in("cashier", terminal="F1")
    guesses = limiter(api)
    counted = guesses.card(Actor(operator="cashier", role=Role.CASHIER, location="STORE-1",
                                 terminal="F1"))
    in_flight = [guesses.reserve(counted) for _ in range(10)]  # ten requests being checked

    async def settle_soon() -> None:
        await asyncio.sleep(0.3)
        for reservation in in_flight:
            await asyncio.to_thread(guesses.settle, reservation, None)  # none was a guess

    settling = asyncio.ensure_future(settle_soon())
    waited = await api.post("/v1/validations", cashier, {"card": card["code"]})
    await settling
    assert waited.status_code == 200, waited.text
    for _ in range(10):
        problem(await api.post("/v1/validations", cashier, {"card": UNKNOWN_CODE}), 404,
                "card_not_found")
    started = time.monotonic()
    problem(await api.post("/v1/validations", cashier, {"card": card["code"]}), 429,
            "rate_limited")
    assert time.monotonic() - started < 1.5  # nothing in flight to wait for
