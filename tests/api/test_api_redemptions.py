"""Redemptions through the API: the guessing limit, concurrent tills, dropped connections,
the access log, a writer outside the server, and headers said twice."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3

import pytest
from api_helpers import Api, problem
from sqlalchemy import text

pytestmark = pytest.mark.anyio

UNKNOWN_CODE = "100000000008"


async def balance(api: Api, as_: dict[str, str], code: str) -> int:
    value: int = (await api.ok("GET", f"/v1/cards/{code}", as_))["balance"]
    return value


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


async def test_concurrent_redemptions_of_one_card_never_overdraw(api: Api) -> None:
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
async def test_the_access_log_names_redemptions(
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
    """A body whose first Content-Type is not JSON is refused (415), and nothing is
    taken."""
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


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_headers_out_of_bounds_are_refused_by_name_and_change_nothing(api: Api) -> None:
    """The training flag, a manager's approval and the Idempotency-Key are read by the
    server's dependencies themselves (`app.server.headers`): a value out of its bounds is a
    422 naming the header, as for any parameter, and the card keeps its value."""
    admin = await api.sign_in("admin")
    cashier = await api.sign_in("cashier")
    card = await api.card(admin, 5000)
    body = {"card": card["code"], "amount": 100}
    for headers, name in (({"X-Training": "true" * 3}, "x-training"),
                          ({"X-Manager-Operator": "m" * 61}, "x-manager-operator"),
                          ({"X-Manager-Pin": "1" * 13}, "x-manager-pin")):
        found = problem(await api.post("/v1/redemptions", cashier, body, **headers), 422,
                        "validation_error")
        assert found["errors"][0]["loc"] == ["header", name], found
        assert found["detail"].startswith(name), found
    found = problem(await api.post("/v1/redemptions", cashier, body, key="k" * 101), 422,
                    "validation_error")
    assert found["errors"][0]["loc"] == ["header", "Idempotency-Key"], found
    found = problem(await api.post("/v1/redemptions", cashier, body, key="a\tb"), 422,
                    "validation_error")
    assert found["errors"][0]["type"] == "string_pattern_mismatch", found
    problem(await api.post("/v1/redemptions", cashier, body, **{"X-Training": "maybe"}), 422,
            "validation_error")
    assert await balance(api, admin, card["code"]) == 5000
    spec = (await api.client.get("/openapi.json")).json()
    listed = {p["name"] for p in spec["paths"]["/v1/redemptions"]["post"]["parameters"]}
    assert {"Idempotency-Key", "x-training", "x-manager-operator", "x-manager-pin"} <= listed
