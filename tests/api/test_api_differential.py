"""Every way a redemption can be executed gives the same answers and the same journal.

The same generated requests (seeded: new keys, replays, reused keys with other bodies, amounts
over the balance, cards that must be used in full or need a reporting code) run on fresh
ledgers: one by one and all waiting for one group commit on SQLite, one by one on PostgreSQL,
and through the API in-process on both. Every execution must answer each request alike and
leave the same journal.
"""

from __future__ import annotations

import json
import os
import random
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from api_helpers import Api, seed_people

from app.domain.errors import GiftDeskError
from app.domain.model import Actor, Role
from app.ledger.db import make_engine
from app.ledger.directory import ensure_merchant
from app.ledger.engine import Ledger
from app.ledger.migrate import upgrade
from app.ledger.results import ProgramSpec
from app.ledger.writelock import WriteQueue
from app.server import convert, create_app

pytestmark = [pytest.mark.anyio, pytest.mark.postgres]

PG_ADMIN_URL = os.environ.get("GIFTDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
CASHIER = Actor(operator="cashier", role=Role.CASHIER, location="STORE-1", terminal="T1")
ADMIN = Actor(operator="admin", role=Role.ADMIN, location="STORE-1", terminal="T1")
# The cards every execution starts with: a plain one, one used in full only, one that needs a
# reporting code, one almost empty.
CARDS = [
    (5000, {}),
    (2000, {"partial_redemption": False}),
    (3000, {"reporting_code_required": True}),
    (300, {}),
]


@dataclass(frozen=True)
class Request:
    card: int  # index into CARDS
    amount: int
    key: str | None
    reporting_code: str | None = None
    reference: str | None = None
    comment: str | None = None

    def body(self, codes: list[str]) -> dict[str, Any]:
        body: dict[str, Any] = {"card": codes[self.card], "amount": self.amount}
        for name in ("reporting_code", "reference", "comment"):
            if getattr(self, name) is not None:
                body[name] = getattr(self, name)
        return body


def generate(seed: int, count: int = 30) -> list[Request]:
    rng = random.Random(seed)
    made: list[Request] = []
    for index in range(count):
        if made and rng.random() < 0.15:  # a retry: the same key and body
            made.append(rng.choice(made))
            continue
        key = None if rng.random() < 0.2 else f"key-{index}"
        if made and rng.random() < 0.1:  # a key used before, for another request
            key = rng.choice(made).key
        made.append(Request(
            card=rng.randrange(len(CARDS)),
            amount=rng.choice([1, 50, 299, 300, 1000, 2000, 4000, rng.randint(1, 6000)]),
            key=key,
            reporting_code=rng.choice([None, None, "GL-7"]),
            reference=rng.choice([None, "till 4"]),
            comment=rng.choice([None, " coffee ", "x"])))
    return made


Answer = tuple[str, Any]


def ledger_answer(call: Callable[[], Any], codes: list[str]) -> Answer:
    """A ledger call's answer as the API would send it (ids apart)."""
    try:
        result = call()
    except GiftDeskError as exc:
        return "refused", (exc.code.value, exc.detail)
    body = json.loads(convert.json_response(convert.redemption(result)).body)
    return "done", anonymous(body, codes)


def anonymous(body: dict[str, Any], codes: list[str]) -> dict[str, Any]:
    """An answer without what differs between ledgers: its id, and the card's code."""
    body = dict(body)
    body.pop("id")
    body["card"] = codes.index(body["card"])
    return body


def journals(ledger: Ledger, codes: list[str]) -> list[list[tuple[Any, ...]]]:
    """Each card's journal, without ids."""
    return [[(e.kind, e.amount, e.delta, e.held_delta, e.balance_after, e.request_id,
              e.operator, e.approved_by, e.location, e.terminal, e.reporting_code,
              e.reference, e.comment, e.training, e.created_at.isoformat())
             for e in ledger.journal(code)] for code in codes]


class Ledgers:
    """Fresh migrated ledgers with the same people and cards, on either database."""

    def __init__(self, tmp_path: Path, clock: Any) -> None:
        self.tmp_path = tmp_path
        self.clock = clock
        self.engines: list[Any] = []
        self.databases: list[str] = []

    def new(self, backend: str) -> tuple[Ledger, list[str]]:
        name = f"giftdesk_d_{uuid.uuid4().hex[:12]}"
        if backend == "sqlite":
            url = f"sqlite:///{self.tmp_path / name}.db"
        else:
            with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
            self.databases.append(name)
            url = f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
        engine = make_engine(url)
        self.engines.append(engine)
        upgrade(engine)
        ensure_merchant(engine, "Test Shop")
        seed_people(engine)
        ledger = Ledger(engine, clock=self.clock)
        codes = []
        for value, terms in CARDS:
            program = ledger.create_program(ADMIN, ProgramSpec(
                name="Gift", default_value=value, **terms))
            (card,) = ledger.generate_cards(ADMIN, program.id, 1, value=value)
            codes.append(card.code)
        return ledger, codes

    def close(self) -> None:
        for engine in self.engines:
            engine.dispose()
        for name in self.databases:
            with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]


@pytest.fixture
def ledgers(tmp_path: Path, clock: Any) -> Iterator[Ledgers]:
    made = Ledgers(tmp_path, clock)
    yield made
    made.close()


def one_by_one(ledger: Ledger, codes: list[str], requests: list[Request]) -> list[Answer]:
    return [ledger_answer(lambda r=r: ledger.redeem(  # type: ignore[misc]
        CASHIER, codes[r.card], r.amount, reporting_code=r.reporting_code,
        reference=r.reference, comment=r.comment, request_id=r.key), codes) for r in requests]


def in_one_group_commit(ledger: Ledger, codes: list[str],
                        requests: list[Request]) -> list[Answer]:
    """Every request waits for the write turn (another process holds it), queued in order;
    then the turn comes free and the writer writes them all in one transaction."""
    database = ledger.engine.url.database
    assert database is not None
    futures = []
    with ThreadPoolExecutor(len(requests)) as pool, WriteQueue(database).turn():
        for index, r in enumerate(requests):
            futures.append(pool.submit(ledger_answer, lambda r=r: ledger.redeem(
                CASHIER, codes[r.card], r.amount, reporting_code=r.reporting_code,
                reference=r.reference, comment=r.comment, request_id=r.key), codes))
            deadline = time.monotonic() + 10
            while ledger.writer.waiting() < index + 1:
                assert time.monotonic() < deadline
                time.sleep(0.002)
    return [future.result() for future in futures]


async def through_the_api(ledger: Ledger, codes: list[str],
                          requests: list[Request]) -> list[Answer]:
    app = create_app(ledger=ledger)
    async with app.router.lifespan_context(app), httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://ledger") as client:
        api = Api(client, ledger, app)
        cashier = await api.sign_in("cashier", terminal=CASHIER.terminal)
        answers: list[Answer] = []
        for r in requests:
            response = await api.post("/v1/redemptions", cashier, r.body(codes),
                                      key=r.key or "")
            body = response.json()
            if response.status_code == 201:
                answers.append(("done", anonymous(body, codes)))
            else:
                answers.append(("refused", (body["code"], body["detail"])))
    return answers


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_every_execution_answers_and_journals_alike(ledgers: Ledgers, seed: int) -> None:
    requests = generate(seed)
    executions: dict[str, tuple[list[Answer], list[list[tuple[Any, ...]]]]] = {}
    for name, backend in (("SQLite, one by one", "sqlite"),
                          ("SQLite, in one group commit", "sqlite"),
                          ("SQLite, through the API", "sqlite"),
                          ("PostgreSQL, one by one", "postgres"),
                          ("PostgreSQL, through the API", "postgres")):
        ledger, codes = ledgers.new(backend)
        if "API" in name:
            answers = await through_the_api(ledger, codes, requests)
        elif "group commit" in name:
            answers = in_one_group_commit(ledger, codes, requests)
        else:
            answers = one_by_one(ledger, codes, requests)
        executions[name] = answers, journals(ledger, codes)
        assert ledger.audit_balances() == []
    (reference, *others) = executions.items()
    outcomes = {kind for kind, _ in reference[1][0]}
    assert outcomes == {"done", "refused"}  # the inputs exercise both
    for name, (answers, journal) in others:
        for index, (mine, theirs) in enumerate(zip(answers, reference[1][0], strict=True)):
            assert mine == theirs, f"{name}: request {index} {requests[index]}"
        assert journal == reference[1][1], name
