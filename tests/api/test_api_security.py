"""Sign-in, manager approvals, the limit on guessing, identical misses, the audit log."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from api_helpers import Api, problem
from sqlalchemy import select, update

from app.ledger.db import make_engine
from app.ledger.engine import Ledger
from app.ledger.schema import audit_log, operators
from app.server import ApiSettings, create_app

pytestmark = pytest.mark.anyio

UNKNOWN_CODE = "100000000008"  # a valid check digit, but no such card


def audit_rows(api: Api) -> list[Any]:
    with api.ledger.engine.connect() as conn:
        return list(conn.execute(select(audit_log).order_by(audit_log.c.id)))


def headers_but_date(response: httpx.Response) -> dict[str, str]:
    return {k: v for k, v in response.headers.items() if k != "date"}


async def pin_card(api: Api, admin: dict[str, str], pin: str = "4321") -> dict[str, Any]:
    card = await api.pending_card(admin)
    sale = await api.ok("POST", f"/v1/cards/{card['code']}/sell", admin,
                        {"value": 3000, "pin": pin})
    assert sale["card"]["status"] == "active"
    return card


async def test_unknown_code_and_wrong_pin_get_identical_answers(api: Api) -> None:
    admin = await api.sign_in("admin")
    cashier = await api.sign_in("cashier")
    card = await pin_card(api, admin)
    for path, extra in (("/v1/validations", {}), ("/v1/redemptions", {"amount": 100}),
                        ("/v1/holds", {"amount": 100})):
        unknown = await api.post(path, cashier, {"card": UNKNOWN_CODE, "pin": "1234", **extra})
        wrong = await api.post(path, cashier, {"card": card["code"], "pin": "1234", **extra})
        assert unknown.status_code == wrong.status_code == 404
        assert unknown.json() == wrong.json()
        assert unknown.json()["code"] == "card_not_found"
        assert unknown.headers["content-type"] == wrong.headers["content-type"]
    right = await api.ok("POST", "/v1/validations", cashier, {"card": card["code"],
                                                               "pin": "4321"})
    assert right["is_redeemable"] is True
    problem(await api.post("/v1/validations", cashier, {"card": card["code"]}), 422,
            "pin_required")


async def test_five_wrong_pins_in_a_row_lock_the_card_until_a_manager_unlocks(
        api: Api) -> None:
    admin = await api.sign_in("admin")
    cashier = await api.sign_in("cashier")
    manager = await api.sign_in("manager")
    card = await pin_card(api, admin)
    for _ in range(5):
        problem(await api.post("/v1/validations", cashier,
                               {"card": card["code"], "pin": "0000"}), 404, "card_not_found")
    # Locked by wrong PINs: any PIN, the right one too, answers byte for byte as a wrong PIN
    # on a card that is not locked (and as an unknown code), everywhere.
    unlocked = await pin_card(api, admin)
    for path, extra in (("/v1/validations", {}), ("/v1/redemptions", {"amount": 1}),
                        ("/v1/holds", {"amount": 1})):
        till = await api.sign_in("cashier", terminal=f"L{path}")  # six guesses each
        wrong = await api.post(path, till, {"card": unlocked["code"], "pin": "0001", **extra})
        for pin in ("4321", "0001", "9999"):
            right = await api.post(path, till, {"card": card["code"], "pin": pin, **extra})
            assert (right.status_code, right.content) == (wrong.status_code, wrong.content)
            assert headers_but_date(right) == headers_but_date(wrong)
        assert right.json()["code"] == "card_not_found"
        # Without a PIN, a locked card asks for one as any PIN card does.
        unasked = await api.post(path, till, {"card": card["code"], **extra})
        asked = await api.post(path, till, {"card": unlocked["code"], **extra})
        assert (unasked.status_code, unasked.content) == (asked.status_code, asked.content)
    problem(await api.post(f"/v1/cards/{card['code']}/unlock", cashier, {"reason": "ok"}), 403,
            "forbidden")
    await api.ok("POST", f"/v1/cards/{card['code']}/unlock", manager, {"reason": "owner id"})
    done = await api.ok("POST", "/v1/redemptions", cashier,
                        {"card": card["code"], "pin": "4321", "amount": 100}, 201)
    assert done["balance_after"] == 2900


async def test_a_terminal_that_keeps_missing_is_rate_limited_with_retry_after(
        api: Api, clock: Any) -> None:
    admin = await api.sign_in("admin")
    cashier = await api.sign_in("cashier", terminal="T1")
    card = await pin_card(api, admin)
    for i in range(10):  # four wrong PINs on the card (five would lock it), six unknown codes
        ref = card["code"] if i in (0, 3, 5, 7) else UNKNOWN_CODE
        problem(await api.post("/v1/validations", cashier, {"card": ref, "pin": "0001"}), 404,
                "card_not_found")
        clock.advance(seconds=10)
    limited = await api.post("/v1/validations", cashier, {"card": card["code"], "pin": "4321"})
    body = problem(limited, 429, "rate_limited")
    # The first failure leaves the 5-minute window 300 s after it; 100 s have passed.
    assert limited.headers["Retry-After"] == "200"
    assert "200 seconds" in body["detail"]
    problem(await api.post("/v1/redemptions", cashier,
                           {"card": card["code"], "pin": "4321", "amount": 1}), 429,
            "rate_limited")
    problem(await api.client.get(f"/v1/cards/{card['code']}", headers=cashier), 429,
            "rate_limited")
    # Another terminal and operator elsewhere are not affected.
    elsewhere = await api.sign_in("cashier2", terminal="T1")
    program = await api.ok("GET", "/v1/programs", elsewhere)
    assert program["programs"]
    problem(await api.post("/v1/validations", elsewhere, {"card": UNKNOWN_CODE}), 404,
            "card_not_found")
    clock.advance(seconds=200)
    verdict = await api.ok("POST", "/v1/validations", cashier,
                           {"card": card["code"], "pin": "4321"})
    assert verdict["card"]["code"] == card["code"]


async def test_failures_are_counted_across_server_processes(
        api: Api, seeded_ledger: Ledger, clock: Any) -> None:
    """Two apps on one database (as two worker processes) share the count."""
    other_engine = make_engine(str(seeded_ledger.engine.url.render_as_string(
        hide_password=False)))
    other_app = create_app(ledger=Ledger(other_engine, clock=clock),
                           settings=ApiSettings(failure_limit=4))
    transport = httpx.ASGITransport(app=other_app)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://b") as other:
            cashier = await api.sign_in("cashier", terminal="T7")
            for _ in range(4):
                problem(await api.post("/v1/validations", cashier, {"card": UNKNOWN_CODE}),
                        404, "card_not_found")
            answer = await other.post("/v1/validations", json={"card": UNKNOWN_CODE},
                                      headers=cashier)
            problem(answer, 429, "rate_limited")
            assert int(answer.headers["Retry-After"]) == 300
    finally:
        other_engine.dispose()


async def test_failed_sign_ins_are_limited_and_unknown_operators_look_like_wrong_pins(
        api: Api) -> None:
    body = {"location": "STORE-1", "terminal": "T5"}
    unknown = await api.client.post("/v1/sessions",
                                    json={"operator": "nobody", "pin": "1234", **body})
    wrong = await api.client.post("/v1/sessions",
                                  json={"operator": "manager", "pin": "1234", **body})
    assert unknown.json() == wrong.json()
    problem(wrong, 401, "unauthorized")
    for _ in range(9):  # ten wrong PINs for "manager": its limit
        await api.client.post("/v1/sessions",
                              json={"operator": "manager", "pin": "1234", **body})
    limited = await api.client.post("/v1/sessions",
                                    json={"operator": "manager", "pin": "9999", **body})
    problem(limited, 429, "rate_limited")
    assert int(limited.headers["Retry-After"]) > 0
    outcomes = [(r.action, r.outcome, r.operator, r.location, r.terminal)
                for r in audit_rows(api)]
    assert outcomes[0] == ("sign_in", "unauthorized", "nobody", "STORE-1", "T5")
    assert len(outcomes) == 11


async def test_operators_act_only_where_they_may(api: Api, clock: Any) -> None:
    problem(await api.client.post("/v1/sessions", json={
        "operator": "cashier", "pin": "1111", "location": "STORE-2", "terminal": "T1"}),
        403, "location_not_allowed")
    problem(await api.client.post("/v1/sessions", json={
        "operator": "cashier", "pin": "1111", "location": "MOON-1", "terminal": "T1"}),
        422, "location_not_found")
    cashier = await api.sign_in("cashier")
    problem(await api.client.get("/v1/redemptions?location=STORE-2", headers=cashier), 403,
            "forbidden")
    problem(await api.client.get("/v1/reports/shift?location=STORE-2", headers=cashier), 403,
            "forbidden")
    manager = await api.sign_in("manager")
    assert (await api.ok("GET", "/v1/redemptions?location=STORE-2", manager)) == {
        "redemptions": []}
    with api.ledger.engine.begin() as conn:
        conn.execute(update(operators).where(operators.c.name == "cashier")
                     .values(locations='["STORE-2"]'))
        conn.execute(update(operators).where(operators.c.name == "manager")
                     .values(active=False))
    # A worker trusts a session it checked for 2 s (ApiSettings.session_cache); after that
    # the operator's changes apply.
    assert (await api.client.get("/v1/programs", headers=cashier)).status_code == 200
    clock.advance(seconds=2)
    problem(await api.client.get("/v1/programs", headers=cashier), 401, "unauthorized")
    problem(await api.client.get("/v1/programs", headers=manager), 401, "unauthorized")


async def test_manager_approval_needs_a_real_manager_here(api: Api) -> None:
    admin = await api.sign_in("admin")
    cashier = await api.sign_in("cashier")
    card = await api.card(admin, 1000)
    used = await api.ok("POST", "/v1/redemptions", cashier, {"card": card["code"],
                                                              "amount": 100}, 201)
    path = f"/v1/redemptions/{used['id']}/reversal"
    before = len(audit_rows(api))  # the set-up's own entries (its program, its card)
    for approver, pin in (("manager", "1234"), ("nobody", "9999"), ("cashier", "1111"),
                          ("manager2", "8888")):
        refused = problem(await api.post(path, cashier, {"reason": "x"}, **{
            "X-Manager-Operator": approver, "X-Manager-Pin": pin}), 403, "forbidden")
        assert "manager" in refused["detail"].lower()
    half = problem(await api.post(path, cashier, {"reason": "x"},
                                  **{"X-Manager-Operator": "manager"}), 403, "forbidden")
    assert "X-Manager-Pin" in half["detail"]
    outcomes = [(r.action, r.outcome, r.approved_by) for r in audit_rows(api)[before:]]
    assert outcomes[:4] == [("manager_approval", "unauthorized", "manager"),
                            ("manager_approval", "unauthorized", "nobody"),
                            ("manager_approval", "forbidden", "cashier"),
                            ("manager_approval", "forbidden", "manager2")]
    done = await api.ok("POST", path, cashier, {"reason": "approved"},
                        **{"X-Manager-Operator": "Manager", "X-Manager-Pin": "9999"})
    assert done["reversal_approved_by"] == "manager"


async def test_refused_changes_and_failed_lookups_are_audited(api: Api) -> None:
    admin = await api.sign_in("admin")
    cashier = await api.sign_in("cashier", terminal="T3")
    card = await api.card(admin, 1000)
    before = len(audit_rows(api))  # the set-up's own entries (its program, its card)
    problem(await api.post(f"/v1/cards/{card['code']}/void", cashier, {"reason": "x"}), 403,
            "forbidden")
    problem(await api.post("/v1/redemptions", cashier, {"card": card["code"], "amount": 5000}),
            409, "insufficient_balance")
    problem(await api.post("/v1/validations", cashier, {"card": UNKNOWN_CODE}), 404,
            "card_not_found")
    problem(await api.post("/v1/programs", cashier, {"name": "mine"}), 403, "forbidden")
    rows = [(r.action, r.outcome, r.operator, r.location, r.terminal, r.card_code)
            for r in audit_rows(api)[before:]]
    assert rows == [
        ("void", "forbidden", "cashier", "STORE-1", "T3", card["code"]),
        ("redeem", "insufficient_balance", "cashier", "STORE-1", "T3", card["code"]),
        ("validate", "card_not_found", "cashier", "STORE-1", "T3", UNKNOWN_CODE),
        ("create_program", "forbidden", "cashier", "STORE-1", "T3", None),
    ]


async def test_a_pin_cards_balance_and_history_are_not_readable_without_its_pin(
        api: Api) -> None:
    admin = await api.sign_in("admin")
    cashier = await api.sign_in("cashier")
    manager = await api.sign_in("manager")
    card = await pin_card(api, admin)
    for path in (f"/v1/cards/{card['code']}", f"/v1/cards/{card['code']}/transactions"):
        hidden = await api.client.get(path, headers=cashier)
        unknown = await api.client.get(path.replace(card["code"], UNKNOWN_CODE),
                                       headers=cashier)
        assert hidden.status_code == unknown.status_code == 404
        assert hidden.json() == unknown.json()
        assert "3000" not in hidden.text
    seen = await api.ok("GET", f"/v1/cards/{card['code']}", manager)
    assert seen["balance"] == 3000
    history = await api.ok("GET", f"/v1/cards/{card['code']}/transactions", manager)
    assert [t["kind"] for t in history["transactions"]] == ["sell"]
    with_pin = await api.ok("POST", "/v1/validations", cashier,
                            {"card": card["code"], "pin": "4321"})
    assert with_pin["card"]["balance"] == 3000
