"""The embedded ledger (the app's default) never writes on the event loop's thread: in the
desktop app that thread is Qt's, and a write waits for SQLite's lock and its fsync."""

from __future__ import annotations

import asyncio
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from app.client import Refused
from app.embedded import open_client


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_every_write_of_the_embedded_ledger_runs_off_the_loop_thread(
        db_url: str, demo_cards: dict[str, str], data_dir: Path, memory_keyring: object,
        fast: dict[str, Any]) -> None:
    writes: list[tuple[int, str]] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        verb = statement.lstrip().split(None, 1)[0].upper()
        if verb in ("INSERT", "UPDATE", "DELETE"):
            writes.append((threading.get_ident(), statement))

    async def scenario() -> None:
        async with open_client(db_url, data_dir=data_dir, **fast) as client:
            await client.sign_in("cashier", "1111", "STORE-1", "T1")
            done = await client.redeem(demo_cards["active, $50.00"], amount=100)
            assert done.balance_after == 4900
            with pytest.raises(Refused):  # a refusal writes its audit entry
                await client.redeem(demo_cards["active, $25.50"], amount=9999)
            await client.sign_out()

    event.listen(Engine, "before_cursor_execute", record)
    try:
        asyncio.run(scenario())
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    loop_thread = threading.get_ident()  # asyncio.run ran the loop on this thread
    statements = " ".join(statement for _, statement in writes)
    assert "INSERT INTO journal" in statements  # the redemption was seen being written
    on_loop = [statement for ident, statement in writes if ident == loop_thread]
    assert on_loop == []


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_embedded_ledger_expires_cards_past_their_validity_by_itself(
        db_url: str, demo_cards: dict[str, str], data_dir: Path, memory_keyring: object,
        fast: dict[str, Any]) -> None:
    """The desktop app's own ledger runs the expiry as a server does (the app asks for its
    first run some minutes after start; here at once), so a shop on the app alone has its
    cards past their validity written off."""
    code = demo_cards["expired"]

    async def scenario() -> None:
        async with open_client(db_url, data_dir=data_dir, expire_after=timedelta(0),
                               **fast) as client:
            await client.sign_in("manager", "9999", "STORE-1", "T1")
            for _ in range(200):
                card = await client.get_card(code)
                if card.status == "expired":
                    break
                await asyncio.sleep(0.05)
            assert (card.status, card.balance) == ("expired", 0)
            kinds = [t.kind for t in await client.transactions(code)]
            assert kinds[-1] == "expire"
            await client.sign_out()

    asyncio.run(scenario())
