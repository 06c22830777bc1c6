"""A program changed by an admin is obeyed at once by every rule that reads it, in the ledger
that changed it and in another ledger process on the same database (here: a second Ledger
on an engine of its own, which is what a second `serve --workers` process is)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from ledger_helpers import Cards, refusal

from app.domain.errors import ErrorCode
from app.domain.model import Actor
from app.ledger.db import make_engine
from app.ledger.engine import Ledger
from app.ledger.program_admin import retire_program, update_program


@pytest.fixture
def other(db_url: str, clock: Any) -> Iterator[Ledger]:
    """A second ledger process's view of the same database."""
    engine = make_engine(db_url)
    yield Ledger(engine, clock=clock)
    engine.dispose()


def test_a_change_reaches_the_same_ledgers_next_redemption(
        ledger: Ledger, make: Cards, admin: Actor, cashier: Actor) -> None:
    code = make.active(5000)
    program_id = ledger.get_card(code).program_id
    ledger.redeem(cashier, code, 100)  # the ledger has read the program
    update_program(ledger, admin, program_id, {"reporting_code_required": True})
    assert refusal(ledger.redeem, cashier, code, 100) is ErrorCode.REPORTING_CODE_REQUIRED
    update_program(ledger, admin, program_id, {"reporting_code_required": False,
                                                "locations": ("STORE-2",)})
    assert refusal(ledger.redeem, cashier, code, 100) is ErrorCode.LOCATION_NOT_ALLOWED
    assert ledger.validate(cashier, code).verdict.location_allowed is False
    assert ledger.get_card(code).balance == 4900


def test_another_process_obeys_a_change_at_once(
        ledger: Ledger, other: Ledger, make: Cards, admin: Actor, cashier: Actor) -> None:
    code = make.active(5000, reloadable=True, max_balance=10_000)
    program_id = ledger.get_card(code).program_id
    # The other process uses the card and its program in every way first.
    assert other.validate(cashier, code).card.reporting_code_required is False
    other.redeem(cashier, code, 100)
    other.release(cashier, other.hold(cashier, code, 100).id)
    other.load(cashier, code, 1000)

    update_program(ledger, admin, program_id, {"reporting_code_required": True,
                                                "max_balance": 6000})
    assert other.validate(cashier, code).card.reporting_code_required is True
    assert other.get_card(code).reporting_code_required is True
    assert refusal(other.redeem, cashier, code, 100) is ErrorCode.REPORTING_CODE_REQUIRED
    hold = other.hold(cashier, code, 100)
    assert refusal(other.capture, cashier, hold.id) is ErrorCode.REPORTING_CODE_REQUIRED
    assert other.capture(cashier, hold.id, reporting_code="R1").amount == 100
    assert refusal(other.load, cashier, code, 1000) is ErrorCode.MAX_BALANCE_EXCEEDED

    update_program(ledger, admin, program_id, {"locations": ("STORE-2",)})
    assert refusal(other.redeem, cashier, code, 100, reporting_code="R1") \
        is ErrorCode.LOCATION_NOT_ALLOWED
    assert refusal(other.hold, cashier, code, 100) is ErrorCode.LOCATION_NOT_ALLOWED
    assert other.validate(cashier, code).verdict.location_allowed is False

    retire_program(ledger, admin, program_id)
    assert other.get_program(program_id).retired is True
    assert refusal(other.generate_cards, admin, program_id, 1) is ErrorCode.PROGRAM_RETIRED
    assert other.get_card(code).balance == 5800  # 5000 - 100 + 1000 - 100
