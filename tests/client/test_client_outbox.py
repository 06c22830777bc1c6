"""The outbox: a changing request whose answer was lost, that never reached the ledger, or
that was interrupted by a crash is resolved later: carried out exactly once, its outcome known.

A real uvicorn server; a TCP proxy in front of it loses answers or requests on purpose.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from app.client import (
    InvalidRequest,
    LedgerClient,
    LedgerUnavailable,
    OutcomeUnknown,
    Refused,
    Resolution,
)
from app.client._outbox import OUTBOX_FILE, Outbox
from app.ledger.db import make_engine
from app.ledger.engine import Ledger
from app.ledger.results import JournalEntry
from app.protocol.models import CardOut, RedemptionOut


def journal(db_url: str, code: str) -> list[JournalEntry]:
    """The card's journal, read straight from the ledger's database."""
    engine = make_engine(db_url)
    try:
        return Ledger(engine).journal(code)
    finally:
        engine.dispose()


def redeems(db_url: str, code: str) -> list[JournalEntry]:
    return [e for e in journal(db_url, code) if e.kind == "redeem"]


def outbox_bytes(data_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in data_dir.iterdir() if p.name.startswith(OUTBOX_FILE))


async def sold_pin_card(url: str, data_dir: Path, fast: dict[str, Any]) -> tuple[str, str]:
    """A new active card with a generated PIN: (code, pin)."""
    async with LedgerClient.remote(url, data_dir=data_dir / "admin", **fast) as admin:
        await admin.sign_in("admin", "0000", "STORE-1", "T1")
        program = await admin.create_program(name=f"PIN cards {uuid.uuid4().hex[:6]}",
                                             default_value=3000, pin_required=True)
        (card,) = await admin.generate_cards(program.id, 1, pending=True)
        sale = await admin.sell(card.code)
        assert sale.pin is not None
        await admin.sign_out()
    return card.code, sale.pin


def test_lost_answer_is_resolved_to_the_original_redemption(
        db_url: str, demo_cards: dict[str, str], proxy: Any, data_dir: Path,
        memory_keyring: object, fast: dict[str, Any]) -> None:
    card = demo_cards["active, $50.00"]

    async def scenario() -> None:
        async with LedgerClient.remote(proxy.url, data_dir=data_dir, **fast) as client:
            await client.sign_in("cashier", "1111", "STORE-1", "T1")
            proxy.mode = "lose_answer"
            with pytest.raises(OutcomeUnknown) as lost:
                await client.redeem(card, amount=1250, reference="ticket 1")
            assert lost.value.reached
            assert lost.value.code == "network"
            # Sent three times (two retries), with the same key: carried out once.
            assert proxy.answers_lost == 3
            done = redeems(db_url, card)
            assert len(done) == 1
            assert done[0].amount == 1250
            (pending,) = await client.pending_requests()
            assert pending.id == lost.value.entry_id
            assert (pending.op, pending.key, pending.attempts) == ("redeem", done[0].request_id, 3)

            proxy.mode = "forward"
            (resolution,) = await client.resolve_pending()
            assert isinstance(resolution, Resolution)
            assert resolution.resolved
            assert resolution.applied
            outcome = resolution.outcome
            assert isinstance(outcome, RedemptionOut)
            assert outcome.id == done[0].id
            assert (outcome.amount, outcome.balance_after) == (1250, 3750)
            assert resolution.entry.state == "done"
            assert len(redeems(db_url, card)) == 1
            assert (await client.get_card(card)).balance == 3750
            assert await client.pending_requests() == []
            assert await client.resolve_pending() == []

    asyncio.run(scenario())


def test_gateway_errors_are_retried_with_the_same_key(
        db_url: str, demo_cards: dict[str, str], proxy: Any, data_dir: Path,
        memory_keyring: object, fast: dict[str, Any]) -> None:
    card = demo_cards["active, $50.00"]

    async def scenario() -> None:
        async with LedgerClient.remote(proxy.url, data_dir=data_dir, **fast) as client:
            await client.sign_in("cashier", "1111", "STORE-1", "T1")
            proxy.fail_next = 2
            redemption = await client.redeem(card, amount=900)
            assert redemption.balance_after == 4100
            entry = await client.request_state(1)  # the first change this client made
            assert entry is not None
            assert (entry.state, entry.attempts, entry.status) == ("done", 3, 201)
            assert [e.request_id for e in redeems(db_url, card)] == [entry.key]
            # Past the retries it is an outcome unknown, resolved later.
            proxy.fail_next = 3
            with pytest.raises(OutcomeUnknown) as unknown:
                await client.redeem(card, amount=100)
            assert isinstance(unknown.value.__cause__, LedgerUnavailable)
            (resolution,) = await client.resolve_pending()
            assert isinstance(resolution.outcome, RedemptionOut)
            assert resolution.outcome.balance_after == 4000
            assert len(redeems(db_url, card)) == 2

    asyncio.run(scenario())


def test_request_that_never_reached_the_ledger_is_carried_out_once(
        db_url: str, demo_cards: dict[str, str], proxy: Any, data_dir: Path,
        memory_keyring: object, fast: dict[str, Any]) -> None:
    card = demo_cards["active, $25.50"]

    async def scenario() -> None:
        async with LedgerClient.remote(proxy.url, data_dir=data_dir, **fast) as client:
            await client.sign_in("cashier", "1111", "STORE-1", "T1")
            proxy.refuse()  # the ledger's host is down: connections are refused
            with pytest.raises(OutcomeUnknown) as unknown:
                await client.redeem(card, amount=550)
            assert not unknown.value.reached
            assert redeems(db_url, card) == []
            # While it is down, resolving changes nothing and says so.
            (still,) = await client.resolve_pending()
            assert not still.resolved
            assert isinstance(still.outcome, OutcomeUnknown)

            proxy.listen()
            (resolution,) = await client.resolve_pending()
            assert resolution.applied
            assert isinstance(resolution.outcome, RedemptionOut)
            assert resolution.outcome.balance_after == 2000
            done = redeems(db_url, card)
            assert [e.id for e in done] == [resolution.outcome.id]
            assert done[0].request_id == resolution.entry.key
            assert await client.resolve_pending() == []
            assert len(redeems(db_url, card)) == 1

    asyncio.run(scenario())


def test_request_swallowed_on_the_way_is_carried_out_once(
        db_url: str, demo_cards: dict[str, str], proxy: Any, data_dir: Path,
        memory_keyring: object, fast: dict[str, Any]) -> None:
    card = demo_cards["active, 5 × Coffee"]

    async def scenario() -> None:
        async with LedgerClient.remote(proxy.url, data_dir=data_dir, **fast) as client:
            await client.sign_in("cashier", "1111", "STORE-1", "T1")
            proxy.mode = "swallow"  # connected, then cut before the ledger saw the request
            with pytest.raises(OutcomeUnknown) as unknown:
                await client.redeem(card, quantity=2)
            assert unknown.value.reached  # the client cannot know it did not arrive
            assert redeems(db_url, card) == []
            # It may have arrived, so it cannot be discarded, only resolved.
            with pytest.raises(InvalidRequest):
                await client.discard_pending(unknown.value.entry_id)
            proxy.mode = "forward"
            (resolution,) = await client.resolve_pending()
            assert isinstance(resolution.outcome, RedemptionOut)
            assert (resolution.outcome.quantity, resolution.outcome.balance_after) == (2, 3)
            assert len(redeems(db_url, card)) == 1

    asyncio.run(scenario())


def test_crash_between_outbox_write_and_send_is_resolved_at_start_up(
        db_url: str, demo_cards: dict[str, str], server: Any, data_dir: Path,
        memory_keyring: object, fast: dict[str, Any]) -> None:
    card = demo_cards["active, $50.00"]

    async def scenario() -> None:
        async with LedgerClient.remote(server.url, data_dir=data_dir, **fast) as client:
            await client.sign_in("cashier", "1111", "STORE-1", "T1")
            ledger_id = client.ledger_id
        # The app wrote the request to its outbox, then died before sending it.
        key = str(uuid.uuid4())
        outbox = Outbox(data_dir)
        entry = outbox.add(key=key, ledger_id=ledger_id, op="redeem", method="POST",
                           path="/v1/redemptions", body={"card": card, "amount": 700},
                           secret_fields=(), operator="cashier", location="STORE-1",
                           terminal="T1", training=False, manager=None)
        outbox.close()
        assert not entry.reached

        # The app starts again: it restores the session from the keyring and resolves.
        async with LedgerClient.remote(server.url, data_dir=data_dir, **fast) as client:
            assert await client.restore_session("cashier", "STORE-1", "T1") is not None
            (pending,) = await client.pending_requests()
            assert pending.key == key
            (resolution,) = await client.resolve_pending()
            assert isinstance(resolution.outcome, RedemptionOut)
            assert resolution.outcome.amount == 700
            done = redeems(db_url, card)
            assert [(e.id, e.request_id) for e in done] == [(resolution.outcome.id, key)]
            assert await client.resolve_pending() == []

    asyncio.run(scenario())


def test_crash_after_the_ledger_applied_it_is_resolved_by_the_next_run(
        db_url: str, demo_cards: dict[str, str], server: Any, proxy: Any, data_dir: Path,
        memory_keyring: object, fast: dict[str, Any]) -> None:
    """The answer is lost and the app dies; the next run learns the outcome. The card PIN the
    request needs is kept in the keyring, never in the outbox."""

    async def scenario() -> None:
        code, pin = await sold_pin_card(server.url, data_dir, fast)

        first = LedgerClient.remote(proxy.url, data_dir=data_dir, **fast)
        await first.sign_in("cashier", "1111", "STORE-1", "T1")
        proxy.mode = "lose_answer"
        with pytest.raises(OutcomeUnknown) as lost:
            await first.redeem(code, amount=1000, pin=pin)
        await first.aclose()  # the app dies
        assert len(redeems(db_url, code)) == 1
        # The outbox keeps the request without its PIN (that is in the keyring).
        assert f'"{pin}"'.encode() not in outbox_bytes(data_dir)
        with sqlite3.connect(data_dir / OUTBOX_FILE) as conn:
            (body,) = conn.execute("SELECT body FROM requests WHERE id = ?",
                                   (lost.value.entry_id,)).fetchone()
        conn.close()
        assert json.loads(body) == {"card": code, "amount": 1000}

        proxy.mode = "forward"
        async with LedgerClient.remote(proxy.url, data_dir=data_dir, **fast) as second:
            assert await second.restore_session("cashier", "STORE-1", "T1") is not None
            (resolution,) = await second.resolve_pending()
            assert resolution.entry.id == lost.value.entry_id
            assert isinstance(resolution.outcome, RedemptionOut)
            assert resolution.outcome.id == redeems(db_url, code)[0].id
            assert resolution.outcome.balance_after == 2000
            assert len(redeems(db_url, code)) == 1
            # The PIN is forgotten once the outcome is known.
            assert not any(user.endswith(resolution.entry.key)
                           for _, user in memory_keyring.entries)  # type: ignore[attr-defined]

    asyncio.run(scenario())


def test_without_keyring_a_lost_pin_request_needs_a_person(
        db_url: str, demo_cards: dict[str, str], server: Any, proxy: Any, data_dir: Path,
        no_keyring: None, fast: dict[str, Any]) -> None:
    """Without a keyring the PIN lives in memory only: the same run resolves the request, but
    after a restart GiftDesk cannot send it again; it says so and lets a person discard it."""

    async def scenario() -> None:
        code, pin = await sold_pin_card(server.url, data_dir, fast)
        async with LedgerClient.remote(proxy.url, data_dir=data_dir, **fast) as client:
            await client.sign_in("cashier", "1111", "STORE-1", "T1")
            proxy.mode = "lose_answer"
            with pytest.raises(OutcomeUnknown):
                await client.redeem(code, amount=100, pin=pin)
            proxy.mode = "forward"
            (resolution,) = await client.resolve_pending()
            assert isinstance(resolution.outcome, RedemptionOut)

            proxy.mode = "lose_answer"
            with pytest.raises(OutcomeUnknown) as lost:
                await client.redeem(code, amount=200, pin=pin)
            proxy.mode = "forward"
        assert len(redeems(db_url, code)) == 2

        async with LedgerClient.remote(proxy.url, data_dir=data_dir, **fast) as restarted:
            await restarted.sign_in("cashier", "1111", "STORE-1", "T1")
            (stuck,) = await restarted.resolve_pending()
            assert isinstance(stuck.outcome, OutcomeUnknown)
            assert "PIN" in stuck.outcome.detail
            discarded = await restarted.discard_pending(lost.value.entry_id)
            assert discarded.state == "discarded"
            assert await restarted.pending_requests() == []
        assert len(redeems(db_url, code)) == 2

    asyncio.run(scenario())


def test_a_refusal_is_a_known_outcome(db_url: str, demo_cards: dict[str, str], server: Any,
                                      data_dir: Path, memory_keyring: object,
                                      fast: dict[str, Any]) -> None:
    card = demo_cards["locked by a manager"]

    async def scenario() -> None:
        async with LedgerClient.remote(server.url, data_dir=data_dir, **fast) as client:
            await client.sign_in("cashier", "1111", "STORE-1", "T1")
            with pytest.raises(Refused) as refused:
                await client.redeem(card, amount=100)
            assert refused.value.code == "card_locked"
            assert await client.pending_requests() == []
        with sqlite3.connect(data_dir / OUTBOX_FILE) as conn:
            rows = conn.execute("SELECT op, state, status FROM requests").fetchall()
        conn.close()
        assert rows == [("redeem", "refused", 409)] or rows == [("redeem", "refused", 422)]

    asyncio.run(scenario())


def test_stale_requests_are_reported_not_resent(db_url: str, demo_cards: dict[str, str],
                                                proxy: Any, data_dir: Path,
                                                memory_keyring: object,
                                                fast: dict[str, Any]) -> None:
    """Past the ledger's key retention a request may be forgotten by the ledger: GiftDesk will
    not send it again (it could be done twice), but keeps reporting it until discarded."""
    card = demo_cards["active, $50.00"]

    async def scenario() -> None:
        async with LedgerClient.remote(proxy.url, data_dir=data_dir,
                                       key_retention=timedelta(0), **fast) as client:
            await client.sign_in("cashier", "1111", "STORE-1", "T1")
            proxy.mode = "lose_answer"
            with pytest.raises(OutcomeUnknown):
                await client.redeem(card, amount=300)
            proxy.mode = "forward"
            for _ in range(2):
                (report,) = await client.resolve_pending()
                assert not report.resolved
                assert isinstance(report.outcome, OutcomeUnknown)
                assert "history" in report.outcome.detail
            assert len(redeems(db_url, card)) == 1
            discarded = await client.discard_pending(report.entry.id)
            assert discarded.state == "discarded"
            assert await client.pending_requests() == []

    asyncio.run(scenario())


def test_a_request_waits_for_its_own_operator(db_url: str, demo_cards: dict[str, str],
                                              proxy: Any, data_dir: Path, no_keyring: None,
                                              fast: dict[str, Any]) -> None:
    """The ledger recognises a retry only from the same operator at the same place; without
    that operator's session the request stays pending, with a message saying who must sign
    in."""
    card = demo_cards["active, $50.00"]

    async def scenario() -> None:
        async with LedgerClient.remote(proxy.url, data_dir=data_dir, **fast) as client:
            await client.sign_in("cashier", "1111", "STORE-1", "T1")
            proxy.refuse()
            with pytest.raises(OutcomeUnknown):
                await client.redeem(card, amount=400)
            proxy.listen()
            await client.sign_out()
            await client.sign_in("manager", "9999", "STORE-1", "T1")
            (waiting,) = await client.resolve_pending()
            assert isinstance(waiting.outcome, OutcomeUnknown)
            assert "Sign in as cashier" in waiting.outcome.detail
            assert redeems(db_url, card) == []
            await client.sign_in("cashier", "1111", "STORE-1", "T1")
            (done,) = await client.resolve_pending()
            assert isinstance(done.outcome, RedemptionOut)
            assert done.outcome.operator == "cashier"
            assert len(redeems(db_url, card)) == 1

    asyncio.run(scenario())


def test_unreached_request_can_be_discarded(db_url: str, demo_cards: dict[str, str],
                                            proxy: Any, data_dir: Path,
                                            memory_keyring: object,
                                            fast: dict[str, Any]) -> None:
    card = demo_cards["active, $50.00"]

    async def scenario() -> None:
        async with LedgerClient.remote(proxy.url, data_dir=data_dir, **fast) as client:
            await client.sign_in("cashier", "1111", "STORE-1", "T1")
            proxy.refuse()
            with pytest.raises(OutcomeUnknown) as unknown:
                await client.lock(card, "customer reported it stolen")
            assert not unknown.value.reached
            (entry,) = await client.pending_requests()
            assert (await client.discard_pending(entry.id)).state == "discarded"
            proxy.listen()
            assert await client.resolve_pending() == []
            assert isinstance(await client.get_card(card), CardOut)
            assert (await client.get_card(card)).status == "active"

    asyncio.run(scenario())


def test_lost_reversal_with_manager_override_is_resolved_after_restart(
        db_url: str, demo_cards: dict[str, str], proxy: Any, data_dir: Path,
        memory_keyring: Any, fast: dict[str, Any]) -> None:
    """The manager's PIN, needed to send the reversal again, survives the restart in the
    keyring (not in the outbox) and is forgotten once the outcome is known."""
    card = demo_cards["active, $50.00"]

    async def scenario() -> None:
        first = LedgerClient.remote(proxy.url, data_dir=data_dir, **fast)
        await first.sign_in("cashier", "1111", "STORE-1", "T1")
        redemption = await first.redeem(card, amount=800)
        proxy.mode = "lose_answer"
        with pytest.raises(OutcomeUnknown) as lost:
            await first.reverse(redemption.id, "customer changed their mind",
                                manager=("manager", "9999"))
        await first.aclose()
        reversals = [e for e in journal(db_url, card) if e.kind == "reverse"]
        assert len(reversals) == 1
        assert b'"9999"' not in outbox_bytes(data_dir)

        proxy.mode = "forward"
        async with LedgerClient.remote(proxy.url, data_dir=data_dir, **fast) as second:
            assert await second.restore_session("cashier", "STORE-1", "T1") is not None
            (pending,) = await second.pending_requests()
            assert (pending.id, pending.manager) == (lost.value.entry_id, "manager")
            (resolution,) = await second.resolve_pending()
            outcome = resolution.outcome
            assert isinstance(outcome, RedemptionOut)
            assert (outcome.id, outcome.status) == (redemption.id, "reversed")
            assert outcome.reversal_approved_by == "manager"
            assert len([e for e in journal(db_url, card) if e.kind == "reverse"]) == 1
            assert (await second.get_card(card)).balance == 5000
        assert not any(":outbox:" in user for _, user in memory_keyring.entries)

    asyncio.run(scenario())
