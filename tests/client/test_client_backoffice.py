"""The back office through `LedgerClient` on an empty real ledger: set-up, stores, operators,
program changes, card batches (a job above the threshold) and the card finder."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from app.client import Forbidden, LedgerClient, Refused, Unauthorized
from app.embedded import open_client
from app.protocol.backoffice import JobOut
from app.protocol.models import CardsOut


def test_a_merchant_sets_up_an_empty_ledger_and_runs_it(db_url: str, data_dir: Path,
                                                       memory_keyring: object,
                                                       fast: dict[str, Any]) -> None:
    async def scenario() -> None:
        async with open_client(db_url, data_dir=data_dir, **fast) as client:
            info = await client.ledger_info()
            assert (info.set_up, info.demo) == (False, False)
            done = await client.set_up(merchant="Rosa's Books", currency="EUR",
                                       location="MAIN", location_name="High Street",
                                       admin="rosa", pin="2468")
            assert done.admin.role == "admin"
            with pytest.raises(Refused) as again:
                await client.set_up(merchant="X", currency="EUR", location="X", admin="x",
                                    pin="1357")
            assert again.value.code == "already_set_up"
            info = await client.ledger_info()
            assert (info.merchant, info.currency, info.set_up) == ("Rosa's Books", "EUR", True)

            await client.sign_in("rosa", "2468", "MAIN", "T1")
            await client.add_location("MALL", "Mall kiosk")
            renamed = await client.rename_location("MALL", "Mall kiosk, level 2")
            assert renamed.name == "Mall kiosk, level 2"
            with pytest.raises(Refused) as twice:
                await client.add_location("MALL")
            assert twice.value.code == "location_exists"
            assert [s.code for s in await client.locations()] == ["MAIN", "MALL"]

            await client.add_operator("ann", "1111", "cashier", ["MAIN"])
            await client.add_operator("ben", "2222", "cashier", ["MALL"])
            await client.add_operator("mia", "3333", "manager", ["MAIN", "MALL"])
            with pytest.raises(Refused) as exists:
                await client.add_operator("ann", "4444", "cashier", ["MAIN"])
            assert exists.value.code == "operator_exists"
            changed = await client.update_operator("ben", role="manager",
                                                   locations=["MAIN", "MALL"])
            assert (changed.role, changed.locations) == ("manager", ["MAIN", "MALL"])
            await client.update_operator("ben", disabled=True)
            with pytest.raises(Refused) as last:
                await client.update_operator("rosa", role="manager")
            assert last.value.code == "last_admin"
            people = {o.name: o for o in await client.operators()}
            assert people["ben"].disabled
            assert not people["ann"].disabled

            program = await client.create_program(name="Book token", currency="EUR",
                                                  default_value=2500, locations=["MAIN"])
            program = await client.update_program(program.id, name="Book token €25",
                                                  locations=["MAIN", "MALL"])
            assert program.locations == ["MAIN", "MALL"]
            batch = await client.issue_cards(program.id, 3)
            assert isinstance(batch, CardsOut)
            assert len(batch.cards) == 3
            assert {c.status for c in batch.cards} == {"active"}
            job = await client.issue_cards(program.id, 5001, pending=True)
            assert isinstance(job, JobOut)
            while job.status in ("queued", "running"):
                await asyncio.sleep(0.05)
                job = await client.job(job.id)
            assert (job.status, job.done) == ("done", 5001)
            page = await client.job_cards(job.id, limit=10)
            assert len(page.cards) == 10
            assert page.next_cursor is not None

            found = await client.find_cards(batch.cards[0].code[:8])  # a code's first digits
            assert batch.cards[0].code in [c.code for c in found.cards]
            retired = await client.retire_program(program.id)
            assert retired.retired
            with pytest.raises(Refused) as gone:
                await client.issue_cards(program.id, 1)
            assert gone.value.code == "program_retired"

            await client.sign_in("ann", "1111", "MAIN", "T1")
            with pytest.raises(Forbidden):
                await client.operators()
            with pytest.raises(Forbidden):
                await client.find_cards("1")
            with pytest.raises(Unauthorized):
                await client.sign_in("ben", "2222", "MAIN", "T1")  # disabled

    asyncio.run(scenario())


def test_set_up_over_a_real_socket(empty_server: Any, data_dir: Path, memory_keyring: object,
                                   fast: dict[str, Any]) -> None:
    async def scenario() -> None:
        async with LedgerClient.remote(empty_server.url, data_dir=data_dir, **fast) as client:
            assert not (await client.ledger_info()).set_up
            await client.set_up(merchant="Corner Café", currency="USD", location="C1",
                                admin="boss", pin="9876")
            await client.sign_in("boss", "9876", "C1", "T1")
            added = await client.add_operator("kim", "5555", "cashier", ["C1"])
            assert added.locations == ["C1"]

    asyncio.run(scenario())
