"""One table says which statuses each action on a card accepts (`card_actions.ACCEPTS`): the
domain's checks refuse exactly the statuses it leaves out, and the app offers exactly what
it accepts. Before it, the app kept lists of its own that hid refunds on a locked card and
locking a card not sold yet, both of which the ledger allows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

import pytest
from test_domain_plans import MANAGER, card
from test_domain_rules import GIFT, NOW

from app.domain import corrections, rules
from app.domain.card_actions import ACCEPTS, Action
from app.domain.errors import GiftDeskError
from app.domain.model import CardStatus, EntryKind
from app.protocol.models import CardOut
from app.ui.flow.card_ops import OPERATIONS, available

SALE = corrections.ValueEntry(id=1, kind=EntryKind.SELL, amount=100, terminal="T1",
                              created_at=NOW - timedelta(minutes=5))
OTHER = replace(card(CardStatus.ACTIVE, 0), id=99)
# Each action's check in the domain, on a card of 100 in a given status.
CHECKS: dict[Action, Callable[[CardStatus], object]] = {
    Action.SELL: lambda s: rules.check_sell(card(s, 100), GIFT, 100),
    Action.LOAD: lambda s: rules.check_load(card(s, 100), GIFT, 10, now=NOW),
    Action.CANCEL: lambda s: corrections.plan_cancel(card(s, 100), GIFT, SALE, MANAGER,
                                                     now=NOW),
    Action.REFUND: lambda s: corrections.plan_refund(card(s, 100), GIFT, 10, None, "goodwill",
                                                     MANAGER),
    Action.LOCK: lambda s: rules.check_lock(card(s, 100)),
    Action.UNLOCK: lambda s: rules.check_unlock(card(s, 100)),
    Action.ADJUST: lambda s: corrections.plan_adjust(card(s, 100), GIFT, 10, "count", MANAGER),
    Action.TRANSFER: lambda s: corrections.plan_transfer(card(s, 100), GIFT, OTHER, GIFT,
                                                         MANAGER),
    Action.VOID: lambda s: rules.check_void_or_close(card(s, 100), closing=False),
    Action.CLOSE: lambda s: rules.check_void_or_close(card(s, 100), closing=True),
}


def accepted_by_the_check(action: Action, status: CardStatus) -> bool:
    try:
        CHECKS[action](status)
    except GiftDeskError:
        return False
    return True


@pytest.mark.parametrize("action", list(CHECKS))
def test_each_check_accepts_exactly_the_statuses_of_the_table(action: Action) -> None:
    accepted = {status for status in CardStatus if accepted_by_the_check(action, status)}
    assert accepted == ACCEPTS[action]


def test_the_app_offers_what_the_table_accepts() -> None:
    assert {op for op in OPERATIONS} == {action.value for action in Action}
    view = CardOut.model_validate({
        "code": "4921 0736 5542", "token": "t", "qr_payload": "giftdesk:t", "program_id": 1,
        "kind": "monetary", "status": "active", "currency": "USD", "balance": 100, "held": 0,
        "available": 100, "initial_value": 100, "item_label": None, "valid_from": None,
        "valid_until": None, "sender": None, "recipient": None, "message": None,
        "training": False, "pin_required": False, "created_at": NOW.isoformat(),
        "partial_redemption": True, "reporting_code_required": False, "locations": [],
        "promotional": False})
    for status in CardStatus:
        offered = {op.name for op in available(view.model_copy(update={"status": status.value}),
                                               None)}
        assert offered == {a.value for a in Action if status in ACCEPTS[a]}, status
    locked = {op.name for op in available(view.model_copy(update={"status": "locked"}), None)}
    assert "refund" in locked  # the ledger refunds to a locked card; the app hid it
