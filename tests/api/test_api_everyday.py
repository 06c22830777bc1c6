"""Everyday redemptions, answered before FastAPI: the same answers as the route, the same
limits, nothing taken twice, and everything else left to the route."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3
from dataclasses import replace
from typing import Any

import pytest
from api_helpers import Api, problem
from sqlalchemy import text

from app.domain.codes import parse_card_ref
from app.domain.model import Actor, Kind, Role
from app.ledger.everyday import Attempt
from app.server.context import ApiContext

pytestmark = pytest.mark.anyio

UNKNOWN_CODE = "100000000008"
CASHIER = Actor(operator="cashier", role=Role.CASHIER, location="STORE-1", terminal="T1")


def context(api: Api) -> ApiContext:
    found: ApiContext = api.app.state.context
    return found


async def balance(api: Api, as_: dict[str, str], code: str) -> int:
    value: int = (await api.ok("GET", f"/v1/cards/{code}", as_))["balance"]
    return value


def journal_rows(api: Api) -> int:
    with api.ledger.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM journal")).scalar_one())


async def test_an_everyday_redemption_answers_as_the_route_does(api: Api) -> None:
    """The same body (but for its id, card and time) as the FastAPI route's answer, which
    also reads the redemption back and replays it for its key."""
    admin = await api.sign_in("admin")
    cashier = await api.sign_in("cashier")
    first, second = await api.card(admin, 5000), await api.card(admin, 5000)
    await api.ok("GET", "/v1/programs", cashier)  # this worker now knows the session
    body = {"amount": 1250, "reference": "till 4", "comment": " coffee "}
    everyday = await api.post("/v1/redemptions", cashier, {"card": first["code"], **body},
                              key="e-1")
    # An X-Training header, even "false", sends a request down the route.
    routed = await api.post("/v1/redemptions", cashier, {"card": second["code"], **body},
                            key="r-1", **{"X-Training": "false"})
    assert everyday.status_code == routed.status_code == 201
    assert everyday.headers["content-type"] == routed.headers["content-type"]
    mine, theirs = everyday.json(), routed.json()
    for varying in ("id", "card"):
        assert mine.pop(varying) != theirs.pop(varying)
    assert mine == theirs
    assert mine["comment"] == "coffee"
    assert mine["balance_after"] == 3750
    answer = everyday.json()
    assert await api.ok("GET", f"/v1/redemptions/{answer['id']}", cashier) == answer
    replay = await api.post("/v1/redemptions", cashier, {"card": first["code"], **body},
                            key="e-1")
    assert replay.json() == answer
    problem(await api.post("/v1/redemptions", cashier, {"card": first["code"], "amount": 1},
                           key="e-1"), 422, "idempotency_conflict")
    assert await balance(api, cashier, first["code"]) == 3750


async def test_everyday_redemptions_leave_the_unusual_to_the_route(api: Api) -> None:
    """Cards with a PIN or a hold, training, item cards asked for money, a key already
    used, a terminal over the guessing limit: declined (None), with nothing written."""
    admin = await api.sign_in("admin", terminal="OFFICE")
    plain = await api.card(admin, 5000)
    items = await api.card(admin, 5, kind="item", item_label="Coffee", default_value=5)
    held = await api.card(admin, 5000)
    await api.ok("POST", "/v1/holds", admin, {"card": held["code"], "amount": 100}, 201)
    ledger, ctx = api.ledger, context(api)

    def attempt(card: dict[str, Any], *, actor: Actor = CASHIER, kind: Kind = Kind.MONETARY,
                key: str | None = "k") -> Attempt:
        return ledger.everyday_attempt(actor, parse_card_ref(card["code"]), 100, kind,
                                       request_id=key)

    written = journal_rows(api)
    training = replace(CASHIER, training=True)
    for declined in (attempt(items), attempt(held), attempt(plain, actor=training)):
        assert await ctx.redeem_everyday(declined) is None
    assert journal_rows(api) == written
    done = await ctx.redeem_everyday(attempt(plain, key="k-1"))
    assert done is not None
    assert done.balance_after == 4900
    assert await ctx.redeem_everyday(attempt(plain, key="k-1")) is None  # a replay
    cashier = await api.sign_in("cashier", terminal="T1")
    for _ in range(10):
        problem(await api.post("/v1/validations", cashier, {"card": UNKNOWN_CODE}), 404,
                "card_not_found")
    assert await ctx.redeem_everyday(attempt(plain, key="k-2")) is None  # over the limit
    assert journal_rows(api) == written + 1


async def test_a_terminal_over_the_guessing_limit_cannot_redeem_a_plain_card(
        api: Api) -> None:
    admin = await api.sign_in("admin", terminal="OFFICE")
    cashier = await api.sign_in("cashier", terminal="T1")
    card = await api.card(admin, 5000)
    await api.ok("POST", "/v1/redemptions", cashier, {"card": card["code"], "amount": 100},
                 201)
    for _ in range(10):
        problem(await api.post("/v1/validations", cashier, {"card": UNKNOWN_CODE}), 404,
                "card_not_found")
    limited = await api.post("/v1/redemptions", cashier, {"card": card["code"], "amount": 100})
    problem(limited, 429, "rate_limited")
    assert int(limited.headers["Retry-After"]) > 0
    assert await balance(api, admin, card["code"]) == 4900


async def test_concurrent_everyday_redemptions_of_one_card_never_overdraw(api: Api) -> None:
    admin = await api.sign_in("admin")
    card = await api.card(admin, 5000)
    tills = [await api.sign_in("cashier", terminal=f"T{i}") for i in range(8)]
    for till in tills:
        await api.ok("GET", "/v1/programs", till)
    answers = await asyncio.gather(*(
        api.post("/v1/redemptions", tills[i % 8], {"card": card["code"], "amount": 300})
        for i in range(40)))
    done = [a for a in answers if a.status_code == 201]
    assert len(done) == 16  # 16 × 300 = 4800 of 5000
    for refused in (a for a in answers if a.status_code != 201):
        problem(refused, 409, "insufficient_balance")
    assert sorted(a.json()["balance_after"] for a in done) == list(range(200, 5000, 300))
    assert await balance(api, admin, card["code"]) == 200
    assert api.ledger.audit_balances() == []


@pytest.mark.parametrize("db_url", [pytest.param("postgres", marks=pytest.mark.postgres)],
                         indirect=True)
async def test_a_dropped_database_connection_costs_no_redemption(api: Api) -> None:
    """PostgreSQL restarts or drops idle connections: the next redemptions still succeed,
    each exactly once."""
    admin = await api.sign_in("admin")
    cashier = await api.sign_in("cashier")
    card = await api.card(admin, 5000)
    await api.ok("POST", "/v1/redemptions", cashier, {"card": card["code"], "amount": 100}, 201)
    with api.ledger.engine.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                          "datname = current_database() AND pid <> pg_backend_pid()"))
    after = await api.post("/v1/redemptions", cashier, {"card": card["code"], "amount": 200},
                           key="after")
    again = await api.post("/v1/redemptions", cashier, {"card": card["code"], "amount": 300})
    assert (after.json()["balance_after"], again.json()["balance_after"]) == (4700, 4400)
    replay = await api.post("/v1/redemptions", cashier, {"card": card["code"], "amount": 200},
                            key="after")
    assert replay.json() == after.json()
    assert await balance(api, admin, card["code"]) == 4400
    assert api.ledger.audit_balances() == []


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_the_access_log_names_everyday_redemptions(
        api: Api, caplog: pytest.LogCaptureFixture) -> None:
    admin = await api.sign_in("admin")
    cashier = await api.sign_in("cashier")
    card = await api.card(admin, 5000)
    await api.ok("GET", "/v1/programs", cashier)
    with caplog.at_level(logging.INFO, logger="giftdesk.api.access"):
        await api.ok("POST", "/v1/redemptions", cashier, {"card": card["code"], "amount": 1},
                     201)
    (line,) = [r.getMessage() for r in caplog.records if r.name == "giftdesk.api.access"]
    assert "method=POST route=/v1/redemptions status=201" in line
    assert card["code"] not in line


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_a_writer_outside_the_server_does_not_stall_it(api: Api) -> None:
    """A command that holds SQLite's write lock without the server's queue (a long `giftdesk
    cards generate`): the redemption waits for it off the event loop, which goes on serving,
    and succeeds once the command commits."""
    admin = await api.sign_in("admin")
    cashier = await api.sign_in("cashier")
    card = await api.card(admin, 5000)
    await api.ok("GET", "/v1/programs", cashier)
    database = api.ledger.engine.url.database
    assert database is not None
    with contextlib.closing(sqlite3.connect(database, isolation_level=None)) as command:
        command.execute("BEGIN IMMEDIATE")
        redemption = asyncio.ensure_future(api.post(
            "/v1/redemptions", cashier, {"card": card["code"], "amount": 100}))
        served = 0
        for _ in range(20):  # the loop answers while the redemption waits
            await api.ok("GET", "/v1/health", {})
            served += 1
            await asyncio.sleep(0.02)
        assert not redemption.done()
        command.execute("COMMIT")
        answer = await asyncio.wait_for(redemption, 30)
    assert served == 20
    assert answer.status_code == 201, answer.text
    assert await balance(api, admin, card["code"]) == 4900


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_headers_said_twice_are_the_routes_to_judge(api: Api) -> None:
    """The everyday answer never disagrees with the route: a body whose first Content-Type
    is not JSON is refused (415), and nothing is taken."""
    admin = await api.sign_in("admin")
    cashier = await api.sign_in("cashier")
    card = await api.card(admin, 5000)
    await api.ok("GET", "/v1/programs", cashier)
    answer = await api.client.post(
        "/v1/redemptions", content=json.dumps({"card": card["code"], "amount": 100}),
        headers=[*cashier.items(), ("Content-Type", "text/plain"),
                 ("Content-Type", "application/json")])
    problem(answer, 415, "unsupported_media_type")
    assert await balance(api, admin, card["code"]) == 5000
