"""A first pass over the engine's main path on both databases."""

from __future__ import annotations

import pytest

from app.domain.errors import ErrorCode, GiftDeskError
from app.domain.model import Actor, CardStatus
from app.ledger.engine import Ledger
from app.ledger.results import ProgramSpec


def test_sell_redeem_reverse_keeps_journal_equal_to_balance(
        ledger: Ledger, admin: Actor, cashier: Actor, manager: Actor) -> None:
    program = ledger.create_program(admin, ProgramSpec(name="Gift", default_value=5000,
                                                       reloadable=True))
    (card,) = ledger.generate_cards(admin, program.id, 1, pending=True)
    sale = ledger.sell(cashier, card.code, value=4250, request_id="sell-1")
    assert sale.result == "activated"
    assert sale.card.balance == 4250

    verdict = ledger.validate(cashier, card.code).verdict
    assert verdict.is_redeemable
    assert verdict.present_value_description == "Balance $42.50"

    redemption = ledger.redeem(cashier, card.code, 1250, request_id="r-1")
    assert redemption.balance_after == 3000
    again = ledger.redeem(cashier, card.code, 1250, request_id="r-1")
    assert again == redemption
    assert ledger.get_card(card.code).balance == 3000

    with pytest.raises(GiftDeskError) as refused:
        ledger.redeem(cashier, card.code, 999, request_id="r-1")
    assert refused.value.code is ErrorCode.IDEMPOTENCY_CONFLICT

    with pytest.raises(GiftDeskError) as forbidden:
        ledger.reverse(cashier, redemption.id, "customer changed mind")
    assert forbidden.value.code is ErrorCode.FORBIDDEN

    reversed_ = ledger.reverse(manager, redemption.id, "customer changed mind")
    assert reversed_.status == "reversed"
    assert reversed_.reversed_by == "manager"
    assert ledger.get_card(card.code).balance == 4250
    with pytest.raises(GiftDeskError) as twice:
        ledger.reverse(manager, redemption.id, "again")
    assert twice.value.code is ErrorCode.ALREADY_REVERSED

    everything = ledger.redeem(cashier, card.code, 4250)
    assert everything.balance_after == 0
    assert ledger.get_card(card.code).status is CardStatus.DEPLETED
    assert ledger.audit_balances() == []
