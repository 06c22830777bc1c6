"""Corrections and the books over HTTP: cancel, refund, adjust, transfer, validity,
liability, the Z report and the journal export."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from api_helpers import Api, problem

pytestmark = pytest.mark.anyio
APPROVAL = {"X-Manager-Operator": "manager", "X-Manager-Pin": "9999"}


async def test_cancel_refund_adjust_and_their_refusals(api: Api) -> None:
    admin, cashier = await api.sign_in("admin"), await api.sign_in("cashier")
    manager = await api.sign_in("manager")
    code = (await api.card(admin, 5000))["code"]
    await api.ok("POST", f"/v1/cards/{code}/load", cashier, {"amount": 2000})
    redeemed = await api.ok("POST", "/v1/redemptions", cashier, {"card": code, "amount": 6500},
                            status=201)
    problem(await api.post(f"/v1/cards/{code}/cancel", cashier, {}), 409, "already_spent")
    card = await api.ok("POST", f"/v1/cards/{code}/refund", cashier,
                        {"amount": 2000, "redemption_id": redeemed["id"]})
    assert card["balance"] == 2500
    problem(await api.post(f"/v1/cards/{code}/refund", cashier,
                           {"amount": 4501, "redemption_id": redeemed["id"]}),
            409, "refund_exceeds_redemption")
    card = await api.ok("POST", f"/v1/cards/{code}/cancel", cashier, {"reason": "typo"})
    assert card["balance"] == 500
    problem(await api.post(f"/v1/cards/{code}/cancel", cashier, {}), 409, "nothing_to_cancel")
    problem(await api.post(f"/v1/cards/{code}/adjust", cashier, {"delta": 100, "reason": "x"}),
            403, "forbidden")
    problem(await api.post(f"/v1/cards/{code}/adjust", manager, {"delta": 100, "reason": ""}),
            422, "validation_error")
    card = await api.ok("POST", f"/v1/cards/{code}/adjust", cashier,
                        {"delta": -200, "reason": "counted"}, **APPROVAL)
    assert card["balance"] == 300
    history = await api.ok("GET", f"/v1/cards/{code}/transactions", manager)
    last = history["transactions"][-1]
    assert (last["kind"], last["delta"], last["approved_by"]) == ("adjust", -200, "manager")


async def test_a_retry_with_the_same_key_applies_once(api: Api) -> None:
    admin, manager = await api.sign_in("admin"), await api.sign_in("manager")
    code = (await api.card(admin, 5000))["code"]
    body = {"delta": 700, "reason": "found"}
    first = await api.post(f"/v1/cards/{code}/adjust", manager, body, key="same")
    again = await api.post(f"/v1/cards/{code}/adjust", manager, body, key="same")
    assert first.json() == again.json()
    assert again.json()["balance"] == 5700
    problem(await api.post(f"/v1/cards/{code}/adjust", manager, {**body, "delta": 1},
                           key="same"), 422, "idempotency_conflict")


async def test_transfer_and_validity(api: Api) -> None:
    admin, manager = await api.sign_in("admin"), await api.sign_in("manager")
    cashier = await api.sign_in("cashier")
    old = (await api.card(admin, 5000))["code"]
    new = (await api.pending_card(admin))["code"]
    problem(await api.post(f"/v1/cards/{old}/transfer", cashier, {"target": new}), 403,
            "forbidden")
    moved = await api.ok("POST", f"/v1/cards/{old}/transfer", manager,
                         {"target": new, "reason": "lost"})
    assert moved["amount"] == 5000
    assert (moved["source"]["status"], moved["target"]["status"]) == ("closed", "active")
    problem(await api.post(f"/v1/cards/{old}/transfer", manager, {"target": new}), 409,
            "card_closed")
    problem(await api.post(f"/v1/cards/{new}/validity", cashier,
                           {"valid_until": "2030-01-01T00:00:00Z"}), 403, "forbidden")
    card = await api.ok("POST", f"/v1/cards/{new}/validity", manager,
                        {"valid_until": "2030-01-01T00:00:00Z"})
    assert card["valid_until"].startswith("2030-01-01")


async def test_liability_z_report_and_journal_export(api: Api, clock: Any) -> None:
    admin, manager = await api.sign_in("admin"), await api.sign_in("manager")
    cashier = await api.sign_in("cashier")
    code = (await api.card(admin, 5000))["code"]
    await api.ok("POST", "/v1/redemptions", cashier, {"card": code, "amount": 1200}, status=201)
    await api.ok("POST", "/v1/redemptions", cashier, {"card": code, "amount": 100}, status=201,
                 **{"X-Training": "true"})
    problem(await api.client.get("/v1/reports/liability", headers=cashier), 403, "forbidden")
    report = await api.ok("GET", "/v1/reports/liability", manager)
    (line,) = report["lines"]
    assert (line["store"], line["issued"], line["redeemed"], line["liability"]) == (
        "STORE-1", 5000, -1200, 3800)
    before = (await api.ok("GET", "/v1/reports/liability?as_of=2000-01-01T00:00:00Z",
                           manager))["lines"]
    assert before == []
    z = await api.ok("GET", f"/v1/reports/z?day={clock().date().isoformat()}", cashier)
    kinds = {row["kind"]: (row["count"], row["total"]) for row in z["lines"]}
    assert kinds["redeem"] == (1, 1200)
    assert z["training_rows_left_out"] == 2
    problem(await api.client.get("/v1/reports/z?location=STORE-2", headers=cashier), 403,
            "forbidden")
    problem(await api.client.get("/v1/reports/journal.csv", headers=cashier), 403, "forbidden")
    response = await api.client.get("/v1/reports/journal.csv", headers=manager)
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["kind"] for r in rows] == ["issue", "redeem"]


async def test_a_sale_keeps_its_reporting_code_reference_and_comment(api: Api) -> None:
    admin, cashier = await api.sign_in("admin"), await api.sign_in("cashier")
    code = (await api.pending_card(admin))["code"]
    problem(await api.post(f"/v1/cards/{code}/sell", cashier,
                           {"value": 2000, "reporting_code": "X" * 41}), 422,
            "validation_error")
    await api.ok("POST", f"/v1/cards/{code}/sell", cashier, {
        "value": 2000, "reporting_code": "XMAS", "reference": "R-881", "comment": "gift wrap"})
    (sale,) = (await api.ok("GET", f"/v1/cards/{code}/transactions", cashier))["transactions"]
    assert (sale["kind"], sale["reporting_code"], sale["reference"], sale["comment"]) == (
        "sell", "XMAS", "R-881", "gift wrap")


async def test_a_large_cancel_needs_a_manager_and_a_refund_stays_in_its_store(api: Api) -> None:
    admin, cashier = await api.sign_in("admin"), await api.sign_in("cashier")
    code = (await api.card(admin, 5000))["code"]
    await api.ok("POST", f"/v1/cards/{code}/load", cashier, {"amount": 15000})
    problem(await api.post(f"/v1/cards/{code}/cancel", cashier, {}), 403, "forbidden")
    card = await api.ok("POST", f"/v1/cards/{code}/cancel", cashier, {}, **APPROVAL)
    assert card["balance"] == 5000
    redeemed = await api.ok("POST", "/v1/redemptions", cashier, {"card": code, "amount": 800},
                            status=201)
    # A manager of the other store only cannot name a redemption made here.
    elsewhere = await api.sign_in("manager2")
    problem(await api.post(f"/v1/cards/{code}/refund", elsewhere,
                           {"amount": 100, "redemption_id": redeemed["id"]}), 404,
            "redemption_not_found")
    card = await api.ok("POST", f"/v1/cards/{code}/refund", cashier,
                        {"amount": 300, "redemption_id": redeemed["id"]})
    assert card["balance"] == 4500


async def test_a_transfer_writes_both_journals_at_once(api: Api) -> None:
    admin, manager = await api.sign_in("admin"), await api.sign_in("manager")
    old = (await api.card(admin, 5000))["code"]
    new = (await api.pending_card(admin))["code"]
    await api.ok("POST", f"/v1/cards/{old}/transfer", manager, {"target": new, "reason": "lost"})
    out = (await api.ok("GET", f"/v1/cards/{old}/transactions", manager))["transactions"][-1]
    into = (await api.ok("GET", f"/v1/cards/{new}/transactions", manager))["transactions"][-1]
    assert (out["kind"], out["delta"], out["reference"]) == ("transfer_out", -5000, new)
    assert (into["kind"], into["delta"], into["reference"]) == ("transfer_in", 5000, old)
    assert out["created_at"] == into["created_at"]


async def test_a_manager_of_one_store_exports_only_its_journal_rows(api: Api) -> None:
    admin, manager2 = await api.sign_in("admin"), await api.sign_in("manager2")
    await api.card(admin, 5000)  # issued at STORE-1
    cashier2 = await api.sign_in("cashier2")
    code = (await api.pending_card(admin))["code"]
    await api.ok("POST", f"/v1/cards/{code}/sell", cashier2, {"value": 700})
    # The books show a manager only the stores the manager may act at (issue 10's scope);
    # an admin of every store sees the whole merchant's.
    lines = (await api.ok("GET", "/v1/reports/liability", manager2))["lines"]
    assert sorted((x["store"], x["liability"]) for x in lines) == [("STORE-2", 700)]
    lines = (await api.ok("GET", "/v1/reports/liability", admin))["lines"]
    assert sorted((x["store"], x["liability"]) for x in lines) == [("STORE-1", 5000),
                                                                  ("STORE-2", 700)]
    exported = (await api.client.get("/v1/reports/journal.csv", headers=manager2)).text
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert [(r["kind"], r["location"]) for r in rows] == [("sell", "STORE-2")]
