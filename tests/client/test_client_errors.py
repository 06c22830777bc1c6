"""Each class of the client's exception tree, from a real refusal by a real ledger; the manager
override of a reversal; training mode."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import delete, insert

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
from app.ledger.db import make_engine
from app.ledger.schema import idempotency
from app.protocol.models import RedemptionOut


def embedded(db_url: str, data_dir: Path, fast: dict[str, Any]) -> LedgerClient:
    return LedgerClient.embedded(db_url, data_dir=data_dir, **fast)


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
        LedgerClient.embedded(f"sqlite:///{tmp_path / 'empty.db'}", data_dir=data_dir)
    assert "giftdesk init" in unset.value.detail


def _app(db_url: str) -> Any:
    from app.ledger.api import create_app

    return create_app(db_url)


def test_idempotency_conflict_and_request_in_progress(db_url: str, demo_cards: dict[str, str],
                                                      data_dir: Path, memory_keyring: object,
                                                      fast: dict[str, Any]) -> None:
    card = demo_cards["active, $50.00"]
    used, running = str(uuid.uuid4()), str(uuid.uuid4())

    async def sign_in() -> str:
        async with embedded(db_url, data_dir, fast) as client:
            await client.sign_in("cashier", "1111", "STORE-1", "T1")
            return client.ledger_id

    ledger_id = asyncio.run(sign_in())
    # `used` was taken by a different request; `running` is held by one still running in
    # another server process.
    session_client = embedded(db_url, data_dir, fast)
    asyncio.run(_sign_in_and_raw(db_url, session_client, used, card))
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(insert(idempotency).values(scope="1", key=running, fingerprint="claim:x",
                                                status="running",
                                                created_at=datetime.now(UTC)))
    outbox = Outbox(data_dir)
    for key in (used, running):
        outbox.add(key=key, ledger_id=ledger_id, op="redeem", method="POST",
                   path="/v1/redemptions", body={"card": card, "amount": 111},
                   secret_fields=(), operator="cashier", location="STORE-1", terminal="T1",
                   training=False, manager=None)
    outbox.close()

    async def resolve() -> None:
        async with embedded(db_url, data_dir, fast) as client:
            await client.restore_session("cashier", "STORE-1", "T1")
            conflict, in_progress = await client.resolve_pending()
            assert isinstance(conflict.outcome, IdempotencyConflict)
            assert conflict.outcome.code == "idempotency_conflict"
            assert conflict.entry.state == "refused"
            # Still running elsewhere: the outcome is not known yet, the entry stays pending.
            assert isinstance(in_progress.outcome, OutcomeUnknown)
            assert isinstance(in_progress.outcome.__cause__, RequestInProgress)
            assert in_progress.entry.state == "pending"
            with engine.begin() as conn:  # the other process gives up its claim
                conn.execute(delete(idempotency).where(idempotency.c.key == running))
            (done,) = await client.resolve_pending()
            assert isinstance(done.outcome, RedemptionOut)
            assert done.outcome.amount == 111

    try:
        asyncio.run(resolve())
    finally:
        engine.dispose()


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
