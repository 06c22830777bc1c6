"""Every refusal is problem+json with its stable code and status; no input gives a 5xx."""

from __future__ import annotations

from typing import Any

import pytest
from api_helpers import Api, problem

from app.domain.errors import ErrorCode
from app.server.problems import STATUS

pytestmark = pytest.mark.anyio

# The codes issue 3 names, with the status each is answered with.
ISSUE_CODES = {
    "unauthorized": 401, "forbidden": 403, "card_not_found": 404, "validation_error": 422,
    "invalid_amount": 422, "idempotency_conflict": 422, "request_in_progress": 409,
    "card_not_redeemable": 409, "card_not_active": 409, "card_locked": 409,
    "card_expired": 409, "card_void": 409, "location_not_allowed": 403,
    "partial_not_allowed": 409, "insufficient_balance": 409, "activation_token_invalid": 422,
    "already_reversed": 409, "reversal_window_closed": 409, "hold_expired": 409,
    "reload_not_allowed": 409, "max_balance_exceeded": 409, "rate_limited": 429,
}


def test_one_status_table_covers_every_error_code() -> None:
    assert set(STATUS) == set(ErrorCode)
    assert {code: STATUS[ErrorCode(code)] for code in ISSUE_CODES} == ISSUE_CODES


async def test_card_state_refusals_have_their_codes(api: Api, clock: Any) -> None:
    admin = await api.sign_in("admin")
    cashier = await api.sign_in("cashier")
    manager = await api.sign_in("manager")

    async def redeem(card: dict[str, Any], amount: int) -> Any:
        return await api.post("/v1/redemptions", cashier, {"card": card["code"],
                                                          "amount": amount})

    pending = await api.pending_card(admin)
    problem(await redeem(pending, 100), 409, "card_not_active")
    elsewhere = await api.card(admin, 1000, locations=["STORE-2"])
    problem(await redeem(elsewhere, 100), 403, "location_not_allowed")
    whole = await api.card(admin, 1000, partial_redemption=False)
    problem(await redeem(whole, 100), 409, "partial_not_allowed")
    small = await api.card(admin, 1000)
    body = problem(await redeem(small, 1001), 409, "insufficient_balance")
    assert body["available"] == 1000
    fixed = await api.card(admin, 1000, reloadable=False)
    problem(await api.post(f"/v1/cards/{fixed['code']}/load", cashier, {"amount": 1}), 409,
            "reload_not_allowed")
    capped = await api.card(admin, 1000, max_balance=1500, default_value=1000)
    problem(await api.post(f"/v1/cards/{capped['code']}/load", cashier, {"amount": 501}), 409,
            "max_balance_exceeded")
    locked = await api.card(admin, 1000)
    await api.ok("POST", f"/v1/cards/{locked['code']}/lock", cashier, {"reason": "lost"})
    problem(await redeem(locked, 1), 409, "card_locked")
    voided = await api.card(admin, 1000)
    await api.ok("POST", f"/v1/cards/{voided['code']}/void", manager, {"reason": "stolen"})
    problem(await redeem(voided, 1), 409, "card_void")
    expiring = await api.card(admin, 1000, validity_days=1)
    used = await api.ok("POST", "/v1/redemptions", cashier,
                        {"card": small["code"], "amount": 100}, 201)

    clock.advance(days=2)
    cashier = await api.sign_in("cashier")
    manager = await api.sign_in("manager")
    problem(await redeem(expiring, 1), 409, "card_expired")
    # A validation answers 200 for any card, usable or not, and says why.
    for card, reason in ((pending, "card_not_active"), (elsewhere, "location_not_allowed"),
                         (locked, "card_locked"), (voided, "card_void"),
                         (expiring, "card_expired")):
        verdict = await api.ok("POST", "/v1/validations", cashier, {"card": card["code"]})
        assert (verdict["is_redeemable"], verdict["reason"]) == (False, reason)
        assert verdict["present_value_description"]
    clock.advance(days=30)
    manager = await api.sign_in("manager")
    problem(await api.post(f"/v1/redemptions/{used['id']}/reversal", manager,
                           {"reason": "late"}), 409, "reversal_window_closed")


async def test_lookups_of_things_that_do_not_exist(api: Api) -> None:
    admin = await api.sign_in("admin")
    problem(await api.client.get("/v1/programs/999", headers=admin), 404, "program_not_found")
    problem(await api.client.get("/v1/holds/999", headers=admin), 404, "hold_not_found")
    problem(await api.client.get("/v1/redemptions/999", headers=admin), 404,
            "redemption_not_found")
    program = await api.program(admin)
    problem(await api.client.get(f"/v1/programs/{program['id']}/cards/next-pending",
                                 headers=admin), 404, "no_pending_card")
    problem(await api.client.get("/v1/cards/123456789012", headers=admin), 422,
            "invalid_card_code")  # the check digit is wrong: a typo, said as such


@pytest.mark.parametrize("amount", [12.5, 10.0, "1000", -5, 0, 10**13, True, None, [1],
                                    {"value": 1}])
async def test_amounts_must_be_positive_whole_numbers_of_sane_size(api: Api,
                                                                   amount: Any) -> None:
    admin = await api.sign_in("admin")
    card = await api.card(admin, 1000)
    answer = problem(await api.post("/v1/redemptions", admin,
                                    {"card": card["code"], "amount": amount}), 422,
                     "invalid_amount" if amount is not None else "validation_error")
    assert answer["detail"]
    assert (await api.ok("GET", f"/v1/cards/{card['code']}", admin))["balance"] == 1000


async def test_malformed_requests_are_4xx_problems(api: Api) -> None:
    admin = await api.sign_in("admin")
    sent = {**admin, "Content-Type": "application/json"}
    post = api.client.post
    problem(await post("/v1/redemptions", content=b'{"card": ', headers=sent), 422,
            "validation_error")
    problem(await post("/v1/redemptions", content=b"[" * 100_00 + b"]" * 100_00, headers=sent),
            422, "validation_error")
    problem(await post("/v1/redemptions", content=b"card=1&amount=2",
                       headers={**admin, "Content-Type": "application/x-www-form-urlencoded"}),
            415, "unsupported_media_type")
    problem(await post("/v1/redemptions", content=b'{"card": "1"}',
                       headers={**admin, "Content-Type": "text/plain"}),
            415, "unsupported_media_type")
    problem(await post("/v1/redemptions", content=b"{}", headers=sent), 422,
            "validation_error")
    problem(await post("/v1/redemptions", content=b"", headers=sent), 422, "validation_error")
    problem(await post("/v1/redemptions", json={"card": "x", "amount": 1, "surprise": 1},
                       headers=admin), 422, "validation_error")
    huge = b'{"card": "' + b"1" * 200_000 + b'", "amount": 1}'
    problem(await post("/v1/redemptions", content=huge, headers=sent), 413,
            "payload_too_large")
    problem(await post("/v1/validations", json={"card": "12\u00003"}, headers=admin), 422,
            "validation_error")
    problem(await post("/v1/validations", content=b'{"card": "\\ud800"}', headers=sent), 422,
            "validation_error")
    problem(await api.client.get("/v1/redemptions?terminal=%00", headers=admin), 422,
            "validation_error")
    problem(await api.client.get("/v1/redemptions?since=yesterday", headers=admin), 422,
            "validation_error")
    problem(await api.client.get("/v1/redemptions?since=2026-03-01T00:00:00", headers=admin),
            422, "validation_error")  # no time zone
    problem(await api.client.get("/v1/holds/99999999999999999999999", headers=admin), 422,
            "validation_error")
    problem(await api.client.get("/v1/cards/%E2%9C%93", headers=admin), 422,
            "invalid_card_code")
    problem(await api.client.get("/v1/nothing-here", headers=admin), 404, "not_found")
    problem(await api.client.put("/v1/redemptions", headers=admin), 405,
            "method_not_allowed")
    problem(await api.client.post("/v1/sessions", json={"operator": "x"}), 422,
            "validation_error")


async def test_a_program_with_impossible_dates_is_refused_not_crashed(api: Api) -> None:
    admin = await api.sign_in("admin")
    problem(await api.post("/v1/programs", admin, {
        "name": "far", "valid_until": "9999-12-31T23:59:59-14:00"}), 422, "validation_error")
    problem(await api.post("/v1/programs", admin, {"name": "x", "currency": "XXX"}), 422,
            "invalid_currency")
    problem(await api.post("/v1/programs", admin, {"name": "x", "kind": "item"}), 422,
            "validation_error")
