"""The server expires cards on its schedule while it runs (as `giftdesk serve` sets it)."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import anyio
import pytest
from api_helpers import Api

from app.domain.model import Actor, CardStatus, EntryKind, Role
from app.ledger.results import ProgramSpec
from app.server import ApiSettings

pytestmark = pytest.mark.anyio
ADMIN = Actor("admin", Role.ADMIN, "STORE-1", "T1")


@pytest.fixture
def settings() -> ApiSettings:
    return ApiSettings(expiry_interval=timedelta(milliseconds=50))


async def test_the_running_server_expires_a_card_once_its_validity_ends(
        api: Api, clock: Any) -> None:
    program = api.ledger.create_program(ADMIN, ProgramSpec(name="Season", default_value=900,
                                                           validity_days=1))
    (card,) = api.ledger.generate_cards(ADMIN, program.id, 1, value=900)
    await anyio.sleep(0.2)  # runs go by: the card is not due yet
    assert api.ledger.get_card(card.code).status is CardStatus.ACTIVE
    clock.advance(days=2)
    deadline = time.monotonic() + 20
    while api.ledger.get_card(card.code).status is not CardStatus.EXPIRED:
        assert time.monotonic() < deadline, "the schedule did not expire the card"
        await anyio.sleep(0.05)
    await anyio.sleep(0.2)  # more runs: still one expiry row
    kinds = [e.kind for e in api.ledger.journal(card.code)]
    assert kinds.count(EntryKind.EXPIRE) == 1
    assert api.ledger.journal(card.code)[-1].operator == "expiry"
