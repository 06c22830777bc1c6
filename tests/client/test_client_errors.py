"""Each class of the client's exception tree, from a real refusal by a real ledger; the manager
override of a reversal; training mode."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from app.client import (
    Forbidden,
    IdempotencyConflict,
    InvalidRequest,
    LedgerClient,
    LedgerError,
    LedgerUnavailable,
    NotFound,
    OutcomeUnknown,
    RateLimited,
    Refused,
    RequestInProgress,
    Unauthorized,
)
from app.client._outbox import Outbox
from app.domain.codes import new_card_code
from app.embedded import open_client
from app.ledger.db import make_engine
from app.ledger.demo import seed
from app.ledger.engine import Ledger, request_lock_key
from app.protocol.models import RedemptionOut


def embedded(db_url: str, data_dir: Path, fast: dict[str, Any]) -> LedgerClient:
    return open_client(db_url, data_dir=data_dir, **fast)


def test_refusals_map_to_the_exception_tree(db_url: str, demo_cards: dict[str, str],
                                            data_dir: Path, memory_keyring: object,
                                            fast: dict[str, Any]) -> None:
    async def scenario() -> None:
        async with embedded(db_url, data_dir, fast) as client:
            with pytest.raises(Unauthorized) as bad_pin:
                await client.sign_in("cashier", "0000", "STORE-1", "T1")
            assert (bad_pin.value.code, bad_pin.value.status) == ("unauthorized", 401)
            with pytest.raises(Unauthorized):
                await client.get_card(demo_cards["active, $50.00"])  # not signed in

            await client.sign_in("cashier", "1111", "STORE-1", "T1")
            with pytest.raises(Forbidden) as forbidden:
                await client.create_program(name="Not mine")
            assert (forbidden.value.code, forbidden.value.status) == ("forbidden", 403)

            with pytest.raises(NotFound) as missing:
                await client.get_card(new_card_code())
            assert missing.value.code == "card_not_found"
            assert missing.value.problem is not None

            for description, code in [("locked by a manager", "card_locked"),
                                      ("expired", "card_expired")]:
                with pytest.raises(Refused) as refused:
                    await client.redeem(demo_cards[description], amount=100)
                assert refused.value.code == code
            with pytest.raises(Refused) as short:
                await client.redeem(demo_cards["active, $25.50"], amount=9999)
            assert (short.value.code, short.value.status) == ("insufficient_balance", 409)

            # Refused by the ledger (an item program needs a label) ...
            await client.sign_out()
            await client.sign_in("admin", "0000", "STORE-1", "T1")
            with pytest.raises(InvalidRequest) as invalid:
                await client.create_program(name="Tea", kind="item", default_value=3)
            assert (invalid.value.code, invalid.value.status) == ("validation_error", 422)
            # ... or already by the client against the wire schema, before anything is sent.
            with pytest.raises(InvalidRequest) as local:
                await client.redeem(demo_cards["active, $50.00"], amount=0)
            assert local.value.status is None
            assert await client.pending_requests() == []

            # Every one of them is a LedgerError with a stable code.
            for exc in (bad_pin.value, forbidden.value, missing.value, invalid.value):
                assert isinstance(exc, LedgerError)

    asyncio.run(scenario())


def test_rate_limit_after_repeated_failed_lookups(db_url: str, demo_cards: dict[str, str],
                                                  data_dir: Path, memory_keyring: object,
                                                  fast: dict[str, Any]) -> None:
    async def scenario() -> None:
        async with embedded(db_url, data_dir, fast) as client:
            await client.sign_in("cashier", "1111", "STORE-1", "T7")
            with pytest.raises(RateLimited) as limited:  # noqa: PT012
                for _ in range(20):
                    with pytest.raises(NotFound):
                        await client.validate(new_card_code())
            assert (limited.value.code, limited.value.status) == ("rate_limited", 429)
            assert limited.value.retry_after_s is not None
            assert limited.value.retry_after_s > 0

    asyncio.run(scenario())


def test_unreachable_ledger(data_dir: Path, memory_keyring: object, fast: dict[str, Any],
                            unused_url: str) -> None:
    async def scenario() -> None:
        async with LedgerClient.remote(unused_url, data_dir=data_dir, **fast) as client:
            with pytest.raises(LedgerUnavailable) as down:
                await client.health()
            assert down.value.code == "network"
            assert down.value.status is None
            assert isinstance(down.value.__cause__, httpx.ConnectError)
            assert not isinstance(down.value, OutcomeUnknown)

    asyncio.run(scenario())


def test_embedded_ledger_not_set_up(tmp_path: Path, data_dir: Path, memory_keyring: object
                                    ) -> None:
    with pytest.raises(LedgerUnavailable) as unset:
        open_client(f"sqlite:///{tmp_path / 'empty.db'}", data_dir=data_dir)
    assert "giftdesk init" in unset.value.detail


def _app(db_url: str) -> Any:
    from app.server import create_app

    return create_app(db_url)


def test_a_key_another_request_used_resolves_as_a_conflict(
        db_url: str, demo_cards: dict[str, str], data_dir: Path, memory_keyring: object,
        fast: dict[str, Any]) -> None:
    card = demo_cards["active, $50.00"]
    used = str(uuid.uuid4())
    ledger_id = asyncio.run(_signed_in_ledger_id(db_url, data_dir, fast))
    asyncio.run(_sign_in_and_raw(db_url, embedded(db_url, data_dir, fast), used, card))
    _pending_redemption(data_dir, used, ledger_id, card)

    async def resolve() -> None:
        async with embedded(db_url, data_dir, fast) as client:
            await client.restore_session("cashier", "STORE-1", "T1")
            (conflict,) = await client.resolve_pending()
            assert isinstance(conflict.outcome, IdempotencyConflict)
            assert conflict.outcome.code == "idempotency_conflict"
            assert conflict.entry.state == "refused"

    asyncio.run(resolve())


@pytest.mark.postgres
def test_a_key_still_running_elsewhere_stays_pending_until_it_ends(
        pg_url: str, data_dir: Path, memory_keyring: object, fast: dict[str, Any]) -> None:
    """Another server process still runs the request (PostgreSQL: it holds the key's lock):
    the outcome is not known yet, so the entry stays pending; once that ends, it resolves."""
    engine = make_engine(pg_url)
    card = _demo_card(engine)
    running = str(uuid.uuid4())
    ledger_id = asyncio.run(_signed_in_ledger_id(pg_url, data_dir, fast))
    _pending_redemption(data_dir, running, ledger_id, card)
    other = engine.connect()
    other.begin()
    other.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                  {"k": request_lock_key("1", running)})

    async def resolve() -> None:
        async with embedded(pg_url, data_dir, fast) as client:
            await client.restore_session("cashier", "STORE-1", "T1")
            (in_progress,) = await client.resolve_pending()
            assert isinstance(in_progress.outcome, OutcomeUnknown)
            assert isinstance(in_progress.outcome.__cause__, RequestInProgress)
            assert in_progress.entry.state == "pending"
            other.rollback()  # the other process's request ends (here without a result)
            (done,) = await client.resolve_pending()
            assert isinstance(done.outcome, RedemptionOut)
            assert done.outcome.amount == 111

    try:
        asyncio.run(resolve())
    finally:
        other.close()
        engine.dispose()


async def _signed_in_ledger_id(db_url: str, data_dir: Path, fast: dict[str, Any]) -> str:
    async with embedded(db_url, data_dir, fast) as client:
        await client.sign_in("cashier", "1111", "STORE-1", "T1")
        return client.ledger_id


def _demo_card(engine: Any) -> str:
    """Seed the demo merchant; the code of its active $50.00 card."""
    made = seed(Ledger(engine))
    return next(c.code for c in made if c.description == "active, $50.00")


def _pending_redemption(data_dir: Path, key: str, ledger_id: str, card: str) -> None:
    """A redemption of 111 written to the outbox and never answered."""
    outbox = Outbox(data_dir)
    outbox.add(key=key, ledger_id=ledger_id, op="redeem", method="POST",
               path="/v1/redemptions", body={"card": card, "amount": 111},
               secret_fields=(), operator="cashier", location="STORE-1", terminal="T1",
               training=False, manager=None)
    outbox.close()


async def _sign_in_and_raw(db_url: str, client: LedgerClient, key: str, card: str) -> None:
    """Another program (not this client) sends a redemption with `key`."""
    async with client:
        await client.sign_in("cashier", "1111", "STORE-1", "T1")
        assert client.session is not None
        app = _app(db_url)
        async with app.router.lifespan_context(app), httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://ledger") as raw:
            response = await raw.post(
                "/v1/redemptions", json={"card": card, "amount": 222},
                headers={"Authorization": f"Bearer {client.session.token}",
                         "Idempotency-Key": key})
            assert response.status_code == 201, response.text


def test_manager_override_of_a_reversal(db_url: str, demo_cards: dict[str, str],
                                        data_dir: Path, memory_keyring: object,
                                        fast: dict[str, Any]) -> None:
    card = demo_cards["active, $50.00"]

    async def scenario() -> None:
        async with embedded(db_url, data_dir, fast) as client:
            await client.sign_in("cashier", "1111", "STORE-1", "T1")
            first = await client.redeem(card, amount=1000)
            second = await client.redeem(card, amount=500)
            with pytest.raises(Forbidden):
                await client.reverse(first.id, "wrong amount")
            with pytest.raises(Forbidden):
                await client.reverse(first.id, "wrong amount", manager=("manager", "0000"))
            assert client.session is not None  # a wrong manager PIN does not sign out
            reversed_ = await client.reverse(first.id, "wrong amount",
                                             manager=("manager", "9999"))
            assert reversed_.status == "reversed"
            assert reversed_.reversed_by == "cashier"
            assert reversed_.reversal_approved_by == "manager"
            assert (await client.get_card(card)).balance == 4500
            # The manager's credentials were for that one request only.
            with pytest.raises(Forbidden):
                await client.reverse(second.id, "again")
            history = await client.transactions(card)
            reversal = next(t for t in history if t.kind == "reverse")
            assert (reversal.operator, reversal.approved_by) == ("cashier", "manager")
            assert await client.pending_requests() == []

    asyncio.run(scenario())


def test_training_mode_never_changes_a_real_card(db_url: str, demo_cards: dict[str, str],
                                                 data_dir: Path, memory_keyring: object,
                                                 fast: dict[str, Any]) -> None:
    card = demo_cards["active, $50.00"]

    async def scenario() -> None:
        async with embedded(db_url, data_dir, fast) as client:
            await client.sign_in("cashier", "1111", "STORE-1", "T1")
            client.training = True
            practice = await client.redeem(card, amount=2000)
            assert practice.training
            assert practice.balance_after == 3000
            assert (await client.get_card(card)).training
            client.training = False
            real = await client.get_card(card)
            assert (real.training, real.balance) == (False, 5000)
            report = await client.shift_report()
            assert report.totals == []

    asyncio.run(scenario())
