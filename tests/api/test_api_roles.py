"""The role × endpoint matrix: what cashiers, managers and admins may do."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from api_helpers import Api, Headers, problem

pytestmark = pytest.mark.anyio

ALL = {"cashier", "manager", "admin"}
MANAGERS = {"manager", "admin"}
Request = tuple[str, str, Any, int]  # method, path, body, status on success
Setup = Callable[[Api, Headers], Awaitable[Request]]


async def _card(api: Api, admin: Headers) -> str:
    code: str = (await api.card(admin, 5000))["code"]
    return code


async def create_program(api: Api, admin: Headers) -> Request:
    return "POST", "/v1/programs", {"name": "New"}, 201


async def list_programs(api: Api, admin: Headers) -> Request:
    return "GET", "/v1/programs", None, 200


async def generate(api: Api, admin: Headers) -> Request:
    program = await api.program(admin)
    return "POST", f"/v1/programs/{program['id']}/cards", {"quantity": 2}, 201


async def next_pending(api: Api, admin: Headers) -> Request:
    card = await api.pending_card(admin)
    return "GET", f"/v1/programs/{card['program_id']}/cards/next-pending", None, 200


async def get_card(api: Api, admin: Headers) -> Request:
    return "GET", f"/v1/cards/{await _card(api, admin)}", None, 200


async def history(api: Api, admin: Headers) -> Request:
    return "GET", f"/v1/cards/{await _card(api, admin)}/transactions", None, 200


async def sell(api: Api, admin: Headers) -> Request:
    card = await api.pending_card(admin)
    return "POST", f"/v1/cards/{card['code']}/sell", {"value": 1000}, 200


async def activate(api: Api, admin: Headers) -> Request:
    card = await api.pending_card(admin, activation="allocate")
    sale = await api.ok("POST", f"/v1/cards/{card['code']}/sell", admin, {"value": 1000})
    return ("POST", f"/v1/cards/{card['code']}/activate",
            {"activation_token": sale["activation_token"]}, 200)


async def load(api: Api, admin: Headers) -> Request:
    return "POST", f"/v1/cards/{await _card(api, admin)}/load", {"amount": 100}, 200


def state_change(action: str, locked_first: bool = False) -> Setup:
    async def setup(api: Api, admin: Headers) -> Request:
        code = await _card(api, admin)
        if locked_first:
            await api.ok("POST", f"/v1/cards/{code}/lock", admin, {"reason": "lost"})
        return "POST", f"/v1/cards/{code}/{action}", {"reason": "test"}, 200
    return setup


async def patch_message(api: Api, admin: Headers) -> Request:
    return "PATCH", f"/v1/cards/{await _card(api, admin)}", {"message": "Hi"}, 200


async def patch_validity(api: Api, admin: Headers) -> Request:
    return ("PATCH", f"/v1/cards/{await _card(api, admin)}",
            {"valid_until": "2027-01-01T00:00:00Z"}, 200)


async def validate(api: Api, admin: Headers) -> Request:
    return "POST", "/v1/validations", {"card": await _card(api, admin)}, 200


async def hold(api: Api, admin: Headers) -> Request:
    return "POST", "/v1/holds", {"card": await _card(api, admin), "amount": 100}, 201


async def _hold_id(api: Api, admin: Headers) -> int:
    held = await api.ok("POST", "/v1/holds", admin, {"card": await _card(api, admin),
                                                     "amount": 100}, 201)
    return int(held["id"])


async def capture(api: Api, admin: Headers) -> Request:
    return "POST", f"/v1/holds/{await _hold_id(api, admin)}/capture", {}, 200


async def release(api: Api, admin: Headers) -> Request:
    return "POST", f"/v1/holds/{await _hold_id(api, admin)}/release", None, 200


async def redeem(api: Api, admin: Headers) -> Request:
    return "POST", "/v1/redemptions", {"card": await _card(api, admin), "amount": 100}, 201


async def _redemption_id(api: Api, admin: Headers) -> int:
    done = await api.ok("POST", "/v1/redemptions", admin, {"card": await _card(api, admin),
                                                           "amount": 100}, 201)
    return int(done["id"])


async def get_redemption(api: Api, admin: Headers) -> Request:
    return "GET", f"/v1/redemptions/{await _redemption_id(api, admin)}", None, 200


async def list_redemptions(api: Api, admin: Headers) -> Request:
    return "GET", "/v1/redemptions", None, 200


async def reverse(api: Api, admin: Headers) -> Request:
    return ("POST", f"/v1/redemptions/{await _redemption_id(api, admin)}/reversal",
            {"reason": "test"}, 200)


async def shift_report(api: Api, admin: Headers) -> Request:
    return "GET", "/v1/reports/shift", None, 200


def correction(action: str, body: dict[str, Any]) -> Setup:
    async def setup(api: Api, admin: Headers) -> Request:
        return "POST", f"/v1/cards/{await _card(api, admin)}/{action}", body, 200
    return setup


async def transfer(api: Api, admin: Headers) -> Request:
    target = (await api.pending_card(admin))["code"]
    return ("POST", f"/v1/cards/{await _card(api, admin)}/transfer",
            {"target": target, "reason": "lost"}, 200)


async def cancel(api: Api, admin: Headers) -> Request:
    code = await _card(api, admin)
    await api.ok("POST", f"/v1/cards/{code}/load", admin, {"amount": 100})
    return "POST", f"/v1/cards/{code}/cancel", {"reason": "typo"}, 200


def report(path: str) -> Setup:
    async def setup(api: Api, admin: Headers) -> Request:
        return "GET", path, None, 200
    return setup


MATRIX: list[tuple[str, Setup, set[str]]] = [
    ("POST /v1/programs", create_program, {"admin"}),
    ("GET /v1/programs", list_programs, ALL),
    ("POST /v1/programs/{id}/cards", generate, MANAGERS),
    ("GET /v1/programs/{id}/cards/next-pending", next_pending, ALL),
    ("GET /v1/cards/{ref}", get_card, ALL),
    ("GET /v1/cards/{ref}/transactions", history, ALL),
    ("POST /v1/cards/{ref}/sell", sell, ALL),
    ("POST /v1/cards/{ref}/activate", activate, ALL),
    ("POST /v1/cards/{ref}/load", load, ALL),
    ("POST /v1/cards/{ref}/lock", state_change("lock"), ALL),
    ("POST /v1/cards/{ref}/unlock", state_change("unlock", locked_first=True), MANAGERS),
    ("POST /v1/cards/{ref}/void", state_change("void"), MANAGERS),
    ("POST /v1/cards/{ref}/close", state_change("close"), MANAGERS),
    ("PATCH /v1/cards/{ref} (sender, recipient, message)", patch_message, ALL),
    ("PATCH /v1/cards/{ref} (valid_until)", patch_validity, MANAGERS),
    ("POST /v1/validations", validate, ALL),
    ("POST /v1/holds", hold, ALL),
    ("POST /v1/holds/{id}/capture", capture, ALL),
    ("POST /v1/holds/{id}/release", release, ALL),
    ("POST /v1/redemptions", redeem, ALL),
    ("GET /v1/redemptions/{id}", get_redemption, ALL),
    ("GET /v1/redemptions", list_redemptions, ALL),
    ("POST /v1/redemptions/{id}/reversal", reverse, MANAGERS),
    ("GET /v1/reports/shift", shift_report, ALL),
    ("POST /v1/cards/{ref}/cancel", cancel, ALL),
    ("POST /v1/cards/{ref}/refund (standing alone)",
     correction("refund", {"amount": 100, "reason": "goodwill"}), MANAGERS),
    ("POST /v1/cards/{ref}/adjust", correction("adjust", {"delta": -100, "reason": "count"}),
     MANAGERS),
    ("POST /v1/cards/{ref}/validity",
     correction("validity", {"valid_until": "2027-01-01T00:00:00Z"}), MANAGERS),
    ("POST /v1/cards/{ref}/transfer", transfer, MANAGERS),
    ("GET /v1/reports/liability", report("/v1/reports/liability"), MANAGERS),
    ("GET /v1/reports/z", report("/v1/reports/z"), ALL),
    ("GET /v1/reports/journal.csv", report("/v1/reports/journal.csv"), MANAGERS),
]


async def test_role_endpoint_matrix(api: Api) -> None:
    admin = await api.sign_in("admin")
    people = {role: await api.sign_in(role) for role in ("cashier", "manager", "admin")}
    seen: dict[tuple[str, str], str] = {}
    for name, setup, allowed in MATRIX:
        for role, headers in people.items():
            method, path, body, status = await setup(api, admin)
            sent = {**headers, "Idempotency-Key": f"{name}-{role}"}
            response = await api.client.request(method, path, json=body, headers=sent)
            if role in allowed:
                assert response.status_code == status, (name, role, response.text)
                seen[(name, role)] = "allowed"
            else:
                problem(response, 403, "forbidden")
                seen[(name, role)] = "refused"
    assert len(seen) == len(MATRIX) * 3


async def test_a_cashier_with_a_managers_approval_may_do_what_a_manager_may(api: Api) -> None:
    admin = await api.sign_in("admin")
    cashier = await api.sign_in("cashier")
    approval = {"X-Manager-Operator": "manager", "X-Manager-Pin": "9999"}
    for setup in (reverse, state_change("unlock", locked_first=True), state_change("void"),
                  patch_validity):
        method, path, body, status = await setup(api, admin)
        response = await api.client.request(method, path, json=body,
                                            headers={**cashier, **approval})
        assert response.status_code == status, response.text
    # A manager's approval does not make an admin: programs stay the admin's.
    problem(await api.post("/v1/programs", cashier, {"name": "x"}, **approval), 403,
            "forbidden")
