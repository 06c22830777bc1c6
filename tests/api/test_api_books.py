"""Shifts a cashier opens and closes, and their Z report: per terminal, per store, per day,
training left out and counted."""

from __future__ import annotations

from typing import Any

import pytest
from api_helpers import Api, problem

pytestmark = pytest.mark.anyio


def totals(report: dict[str, Any]) -> dict[str, tuple[int, int]]:
    return {line["kind"]: (line["count"], line["total"]) for line in report["lines"]}


async def test_a_shift_opened_and_closed_has_its_own_z_report(api: Api, clock: Any) -> None:
    admin = await api.sign_in("admin")
    cashier = await api.sign_in("cashier", terminal="T1")
    other_till = await api.sign_in("cashier", terminal="T2")
    code = (await api.card(admin, 5000))["code"]
    await api.ok("POST", "/v1/redemptions", cashier, {"card": code, "amount": 300}, 201)
    clock.advance(minutes=5)  # before the shift: not in its report

    problem(await api.client.get("/v1/shifts/current", headers=cashier), 404,
            "shift_not_found")
    shift = await api.ok("POST", "/v1/shifts", cashier, status=201)
    assert (shift["terminal"], shift["opened_by"], shift["closed_at"]) == ("T1", "cashier",
                                                                           None)
    problem(await api.post("/v1/shifts", cashier), 409, "shift_open")
    assert (await api.ok("GET", "/v1/shifts/current", cashier))["id"] == shift["id"]
    clock.advance(minutes=1)
    await api.ok("POST", "/v1/redemptions", cashier, {"card": code, "amount": 1000}, 201)
    await api.ok("POST", "/v1/redemptions", cashier, {"card": code, "amount": 200}, 201)
    await api.ok("POST", "/v1/redemptions", other_till, {"card": code, "amount": 50}, 201)
    await api.ok("POST", "/v1/redemptions", cashier, {"card": code, "amount": 70}, 201,
                 **{"X-Training": "true"})
    await api.ok("POST", f"/v1/cards/{code}/load", cashier, {"amount": 2500})
    clock.advance(minutes=1)
    closed = await api.ok("POST", "/v1/shifts/current/close", cashier)
    assert closed["closed_by"] == "cashier"
    problem(await api.post("/v1/shifts/current/close", cashier), 404, "shift_not_found")
    clock.advance(minutes=1)
    await api.ok("POST", "/v1/redemptions", cashier, {"card": code, "amount": 1}, 201)

    report = await api.ok("GET", f"/v1/reports/z?shift={shift['id']}", cashier)
    assert (report["shift_id"], report["terminal"]) == (shift["id"], "T1")
    assert totals(report) == {"redeem": (2, 1200), "load": (1, 2500)}
    assert report["training_rows_left_out"] == 2  # the training copy's issue and redemption
    day = clock().date().isoformat()
    store = await api.ok("GET", f"/v1/reports/z?day={day}", cashier)
    assert store["terminal"] is None
    assert totals(store)["redeem"] == (5, 1551)  # every till of the store, the whole day
    till = await api.ok("GET", f"/v1/reports/z?day={day}&terminal=T2", cashier)
    assert totals(till) == {"redeem": (1, 50)}
    problem(await api.client.get(f"/v1/reports/z?shift={shift['id']}&day={day}",
                                 headers=cashier), 422, "validation_error")


async def test_only_the_opener_or_a_manager_closes_and_a_shift_stays_in_its_store(
        api: Api) -> None:
    cashier = await api.sign_in("cashier", terminal="T5")
    opened = await api.ok("POST", "/v1/shifts", cashier, status=201)
    colleague = await api.sign_in("admin", terminal="T5")
    manager = await api.sign_in("manager", terminal="T5")
    problem(await api.post("/v1/shifts", cashier, **{"X-Training": "true"}), 403, "forbidden")
    closed = await api.ok("POST", "/v1/shifts/current/close", manager)
    assert closed["closed_by"] == "manager"
    again = await api.ok("POST", "/v1/shifts", colleague, status=201)
    assert again["id"] != opened["id"]
    elsewhere = await api.sign_in("cashier2")
    problem(await api.client.get(f"/v1/reports/z?shift={opened['id']}", headers=elsewhere),
            404, "shift_not_found")
    problem(await api.client.get("/v1/reports/z?shift=999999", headers=cashier), 404,
            "shift_not_found")


async def test_a_shift_opened_twice_with_one_key_is_one_shift(api: Api) -> None:
    cashier = await api.sign_in("cashier", terminal="T7")
    first = await api.post("/v1/shifts", cashier, key="open-T7")
    again = await api.post("/v1/shifts", cashier, key="open-T7")
    assert (first.status_code, again.status_code) == (201, 201)
    assert first.json() == again.json()
