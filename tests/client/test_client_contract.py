"""The whole ledger API contract through `LedgerClient`: typed results from a real ledger, run
in-process (ASGITransport) and over a real uvicorn socket, on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.client import LedgerClient, Refused
from app.domain.codes import format_code
from app.embedded import open_client
from app.protocol.models import (
    CardOut,
    Health,
    HoldOut,
    ProgramOut,
    RedemptionOut,
    SellOut,
    SessionOut,
    ShiftReportOut,
    TransactionOut,
    ValidationOut,
)


@pytest.fixture(params=["embedded", "socket"])
def client_factory(request: pytest.FixtureRequest, db_url: str, demo_cards: dict[str, str],
                   data_dir: Path, memory_keyring: object, fast: dict[str, Any]
                   ) -> Callable[[], LedgerClient]:
    """Builds clients of the seeded ledger: in-process, or through uvicorn on a socket."""
    if request.param == "embedded":
        return lambda: open_client(db_url, data_dir=data_dir, **fast)
    server = request.getfixturevalue("server")
    return lambda: LedgerClient.remote(server.url, data_dir=data_dir, **fast)


def test_whole_contract_gives_typed_results(client_factory: Callable[[], LedgerClient],
                                            demo_cards: dict[str, str]) -> None:
    gift = demo_cards["active, $50.00"]
    coffee = demo_cards["active, 5 × Coffee"]

    async def scenario() -> None:
        async with client_factory() as client:
            health = await client.health()
            assert isinstance(health, Health)
            assert health.status == "ok"

            admin = await client.sign_in("admin", "0000", "store-1", "T1")
            assert isinstance(admin, SessionOut)
            assert (admin.role, admin.location, admin.terminal) == ("admin", "STORE-1", "T1")
            assert client.session == admin
            assert (client.location, client.terminal) == ("STORE-1", "T1")

            programs = await client.programs()
            assert all(isinstance(p, ProgramOut) for p in programs)
            assert {"Gift Card", "Promo $10", "Coffee × 5"} <= {p.name for p in programs}

            program = await client.create_program(
                name="Birthday", default_value=2000, activation="allocate", reloadable=True,
                max_balance=10_000)
            assert isinstance(program, ProgramOut)
            assert (program.activation, program.reloadable) == ("allocate", True)

            cards = await client.generate_cards(program.id, 3, pending=True)
            assert len(cards) == 3
            assert all(isinstance(c, CardOut) and c.status == "pending" for c in cards)
            nxt = await client.next_pending(program.id)
            assert isinstance(nxt, CardOut)
            assert nxt.code == cards[0].code

            # {ref} is URL-encoded: a code typed with spaces, and a scanned QR payload.
            sale = await client.sell(format_code(nxt.code), value=3000, recipient="Ann",
                                     message="Happy birthday")
            assert isinstance(sale, SellOut)
            assert sale.result == "allocated"
            assert sale.activation_token
            card = await client.activate(nxt.qr_payload, sale.activation_token)
            assert (card.status, card.balance) == ("active", 3000)
            loaded = await client.load(nxt.code, 1500, reference="top-up")
            assert loaded.balance == 4500
            until = datetime.now(UTC) + timedelta(days=400)
            patched = await client.update_card(nxt.code, message="Happy birthday, Ann!",
                                               valid_until=until)
            assert patched.message == "Happy birthday, Ann!"
            assert patched.valid_until is not None
            assert abs((patched.valid_until - until).total_seconds()) < 1
            assert (await client.lock(nxt.code, "customer called")).status == "locked"
            assert (await client.unlock(nxt.code, "found it")).status == "active"
            assert isinstance(await client.get_card(nxt.token), CardOut)

            check = await client.validate(gift)
            assert isinstance(check, ValidationOut)
            assert (check.is_redeemable, check.eligible_value) == (True, 5000)

            hold = await client.hold(gift, amount=1000, ttl_s=300)
            assert isinstance(hold, HoldOut)
            assert hold.status == "active"
            captured = await client.capture(hold.id, amount=600, reference="T-9")
            assert isinstance(captured, RedemptionOut)
            assert (captured.amount, captured.balance_after) == (600, 4400)
            other = await client.hold(gift, amount=100)
            released = await client.release(other.id)
            assert released.status == "released"

            redemption = await client.redeem(format_code(gift), amount=250,
                                             reference="ticket 17", comment="latte")
            assert isinstance(redemption, RedemptionOut)
            assert (redemption.amount, redemption.balance_after) == (250, 4150)
            assert (redemption.operator, redemption.location, redemption.terminal) == (
                "admin", "STORE-1", "T1")
            items = await client.redeem(coffee, quantity=2)
            assert (items.kind, items.quantity, items.balance_after) == ("item", 2, 3)

            assert await client.get_redemption(redemption.id) == redemption
            listed = await client.redemptions(card=gift)
            assert {r.id for r in listed} >= {redemption.id, captured.id}
            assert all(isinstance(r, RedemptionOut) for r in listed)
            assert await client.redemptions(terminal="nowhere") == []

            reversed_ = await client.reverse(redemption.id, "wrong card")
            assert isinstance(reversed_, RedemptionOut)
            assert (reversed_.status, reversed_.reversed_by) == ("reversed", "admin")
            assert (await client.get_card(gift)).balance == 4400

            history = await client.transactions(gift)
            assert all(isinstance(t, TransactionOut) for t in history)
            assert {"redeem", "capture", "reverse", "hold", "release"} <= {
                t.kind for t in history}

            report = await client.shift_report()
            assert isinstance(report, ShiftReportOut)
            assert report.terminal == "T1"
            usd = next(t for t in report.totals if t.kind == "monetary")
            assert (usd.redeemed, usd.reversed, usd.net) == (850, 250, 600)

            spare = cards[1].code
            await client.sell(spare)
            voided = await client.void(spare, "misprint")
            assert (voided.status, voided.written_off) == ("void", 2000)
            with pytest.raises(Refused) as refused:
                await client.redeem(spare, amount=1)
            assert refused.value.code == "card_void"
            last = cards[2].code
            await client.sell(last)
            closed = await client.card_state("close", last, "customer cashed out")
            assert closed.status == "closed"
            assert getattr(closed, "written_off", None) == 2000

            # Every change's outcome is known: nothing is left in the outbox.
            assert await client.pending_requests() == []
            await client.sign_out()
            assert client.session is None

    asyncio.run(scenario())
