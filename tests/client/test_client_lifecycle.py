"""Corrections and the books through `LedgerClient`, in-process and over a real socket."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.client import Forbidden, LedgerClient, NotFound, Refused
from app.embedded import open_client
from app.protocol.lifecycle import LiabilityOut, TransferOut, ZReportOut


@pytest.fixture(params=["embedded", "socket"])
def client_factory(request: pytest.FixtureRequest, db_url: str, demo_cards: dict[str, str],
                   data_dir: Path, memory_keyring: object, fast: dict[str, Any]
                   ) -> Callable[[], LedgerClient]:
    if request.param == "embedded":
        return lambda: open_client(db_url, data_dir=data_dir, **fast)
    server = request.getfixturevalue("server")
    return lambda: LedgerClient.remote(server.url, data_dir=data_dir, **fast)


def test_corrections_and_books(client_factory: Callable[[], LedgerClient],
                               demo_cards: dict[str, str]) -> None:
    gift = demo_cards["active, $50.00"]
    other = demo_cards["active, $25.50"]
    approval = ("manager", "9999")

    async def scenario() -> None:
        async with client_factory() as client:
            await client.sign_in("cashier", "1111", "STORE-1", "T1")
            card = await client.load(gift, 1000, reference="till")
            assert card.balance == 6000
            assert (await client.cancel_last(gift, "wrong amount")).balance == 5000
            redeemed = await client.redeem(gift, amount=2000)
            assert (await client.refund(gift, 500, redemption_id=redeemed.id)).balance == 3500
            with pytest.raises(Forbidden):
                await client.adjust(gift, 100, "counted")
            assert (await client.adjust(gift, 100, "counted",
                                        manager=approval)).balance == 3600
            locked = await client.card_state("lock", other, "lost")
            assert locked.status == "locked"
            with pytest.raises(Refused) as refused:
                await client.cancel_last(other)
            assert refused.value.code == "nothing_to_cancel"  # issued, never sold or loaded
            moved = await client.transfer(other, gift, "lost card", manager=approval)
            assert isinstance(moved, TransferOut)
            assert (moved.amount, moved.target.balance) == (2550, 6150)
            z = await client.z_report()
            assert isinstance(z, ZReportOut)
            assert {"load", "cancel", "redeem", "refund"} <= {line.kind for line in z.lines}
            assert await client.open_shift_or_none() is None
            shift = await client.open_shift()
            assert (await client.current_shift()).id == shift.id
            assert await client.open_shift_or_none() == shift
            await client.redeem(gift, amount=100)
            assert (await client.close_shift()).closed_by == "cashier"
            with pytest.raises(NotFound):
                await client.current_shift()
            by_shift = await client.z_report(shift=shift.id)
            assert [(x.kind, x.count, x.total) for x in by_shift.lines] == [("redeem", 1, 100)]
            await client.sign_in("manager", "9999", "STORE-1", "T1")
            books = await client.liability()
            assert isinstance(books, LiabilityOut)
            assert sum(line.liability for line in books.lines) > 0
            chunks = [c async for c in client.journal_csv()]
            text = b"".join(chunks).decode()
            assert text.startswith("id,created_at,card_code")
            assert "transfer_in" in text

    asyncio.run(scenario())
