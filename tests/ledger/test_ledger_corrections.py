"""Cancel the last sale or load, refund, adjust and transfer: what changes and what is refused."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ledger_helpers import Cards, refusal

from app.domain.errors import ErrorCode
from app.domain.model import Activation, Actor, CardStatus, EntryKind
from app.ledger.engine import Ledger


def test_cancel_a_load_never_below_what_was_spent(ledger: Ledger, cashier: Actor,
                                                  manager: Actor, make: Cards) -> None:
    code = make.active(5000, reloadable=True)
    ledger.load(cashier, code, 2000, reference="till 4")
    ledger.redeem(cashier, code, 6000)
    assert refusal(ledger.cancel_last, cashier, code) is ErrorCode.ALREADY_SPENT
    ledger.reverse(manager, ledger.list_redemptions(card=code)[0].id, "wrong card")
    card = ledger.cancel_last(cashier, code, "typed 20 for 2")
    assert (card.balance, card.status) == (5000, CardStatus.ACTIVE)
    entry = ledger.journal(code)[-1]
    assert (entry.kind, entry.amount, entry.delta, entry.comment) == (
        EntryKind.CANCEL, 2000, -2000, "typed 20 for 2")
    # The load is cancelled; the next cancel is of what came before it (the issue is not one).
    assert refusal(ledger.cancel_last, cashier, code) is ErrorCode.NOTHING_TO_CANCEL


def test_a_cancelled_sale_leaves_the_card_pending_to_sell_again(
        ledger: Ledger, cashier: Actor, make: Cards) -> None:
    program = make.program(default_value=2500, activation=Activation.ALLOCATE)
    code = make.pending(program)
    ledger.sell(cashier, code, recipient="Ann")
    card = ledger.cancel_last(cashier, code, "customer changed their mind")
    assert (card.status, card.balance, card.recipient) == (CardStatus.PENDING, 0, None)
    again = ledger.sell(cashier, code, value=1000)
    assert again.card.balance == 1000
    assert again.activation_token


def test_a_sale_redeemed_from_is_not_cancelled_even_when_its_value_came_back(
        ledger: Ledger, cashier: Actor, manager: Actor, make: Cards) -> None:
    program = make.program(default_value=2500)
    code = make.pending(program)
    ledger.sell(cashier, code)
    ledger.redeem(cashier, code, 1000)
    ledger.adjust(manager, code, 1000, "counted twice")
    assert ledger.get_card(code).balance == 2500
    # Undoing the sale would leave a pending card that a reversal could still refill.
    assert refusal(ledger.cancel_last, manager, code) is ErrorCode.ALREADY_SPENT


def test_cancel_window_terminal_and_amount_need_a_manager(ledger: Ledger, cashier: Actor,
                                                          approved_cashier: Actor,
                                                          make: Cards, clock: Any) -> None:
    code = make.active(5000, reloadable=True)
    ledger.load(cashier, code, 20000)
    assert refusal(ledger.cancel_last, cashier, code) is ErrorCode.FORBIDDEN
    assert ledger.cancel_last(approved_cashier, code).balance == 5000
    ledger.load(replace(cashier, terminal="T2"), code, 100)
    assert refusal(ledger.cancel_last, cashier, code) is ErrorCode.FORBIDDEN
    clock.advance(hours=25)
    assert refusal(ledger.cancel_last, approved_cashier,
                   code) is ErrorCode.CANCEL_WINDOW_CLOSED


def test_refund_tied_to_a_redemption_is_partial_and_bounded(ledger: Ledger, cashier: Actor,
                                                            manager: Actor,
                                                            make: Cards) -> None:
    code = make.active(5000)
    redemption = ledger.redeem(cashier, code, 3000)
    card = ledger.refund(cashier, code, 1000, redemption_id=redemption.id)
    assert card.balance == 3000
    assert refusal(ledger.refund, cashier, code, 2001,
                   redemption_id=redemption.id) is ErrorCode.REFUND_EXCEEDS_REDEMPTION
    ledger.refund(cashier, code, 2000, redemption_id=redemption.id,
                       reference="return 77")
    assert refusal(ledger.refund, cashier, code, 1,
                   redemption_id=redemption.id) is ErrorCode.REFUND_EXCEEDS_REDEMPTION
    entry = ledger.journal(code)[-1]
    assert (entry.kind, entry.related_id, entry.reference) == (
        EntryKind.REFUND, redemption.id, "return 77")
    other = make.active(100)
    assert refusal(ledger.refund, cashier, other, 1,
                   redemption_id=redemption.id) is ErrorCode.REDEMPTION_NOT_FOUND
    # A refund of nothing redeemed here: a manager, with a reason.
    assert refusal(ledger.refund, cashier, code, 500,
                   reason="goodwill") is ErrorCode.FORBIDDEN
    assert refusal(ledger.refund, manager, code, 500) is ErrorCode.REASON_REQUIRED
    assert ledger.refund(manager, code, 500, reason="goodwill").balance == 5500


def test_a_cashier_refunds_only_redemptions_of_their_store(ledger: Ledger, cashier: Actor,
                                                           elsewhere: Actor,
                                                           make: Cards) -> None:
    code = make.active(5000)
    redemption = ledger.redeem(elsewhere, code, 3000)
    assert refusal(ledger.refund, cashier, code, 100,
                   redemption_id=redemption.id) is ErrorCode.REDEMPTION_NOT_FOUND


def test_adjust_needs_a_manager_a_reason_and_stays_within_the_balance(
        ledger: Ledger, cashier: Actor, manager: Actor, make: Cards) -> None:
    code = make.active(5000, max_balance=6000)
    assert refusal(ledger.adjust, cashier, code, 100, "x") is ErrorCode.FORBIDDEN
    assert refusal(ledger.adjust, manager, code, 100, " ") is \
        ErrorCode.REASON_REQUIRED
    assert refusal(ledger.adjust, manager, code, 0, "x") is ErrorCode.INVALID_AMOUNT
    assert refusal(ledger.adjust, manager, code, -5001,
                   "x") is ErrorCode.INSUFFICIENT_BALANCE
    assert refusal(ledger.adjust, manager, code, 1001,
                   "x") is ErrorCode.MAX_BALANCE_EXCEEDED
    card = ledger.adjust(manager, code, -5000, "printed with the wrong value")
    assert (card.balance, card.status) == (0, CardStatus.DEPLETED)
    card = ledger.adjust(manager, code, 250, "found the receipt")
    assert (card.balance, card.status) == (250, CardStatus.ACTIVE)
    entry = ledger.journal(code)[-1]
    assert (entry.kind, entry.delta, entry.comment) == (EntryKind.ADJUST, 250,
                                                        "found the receipt")


def test_transfer_moves_the_balance_in_both_journals(ledger: Ledger, cashier: Actor,
                                                     manager: Actor, make: Cards) -> None:
    program = make.program(default_value=5000)
    (old, new) = (c.code for c in ledger.generate_cards(manager, program.id, 2))
    ledger.redeem(cashier, old, 1500)
    ledger.lock(cashier, old, "lost")
    assert refusal(ledger.transfer, cashier, old, new) is ErrorCode.FORBIDDEN
    assert refusal(ledger.transfer, manager, old, old) is ErrorCode.SAME_CARD
    moved = ledger.transfer(manager, old, new, "lost card replaced")
    assert moved.amount == 3500
    assert (moved.source.status, moved.source.balance) == (CardStatus.CLOSED, 0)
    assert moved.target.balance == 8500
    out, into = ledger.journal(old)[-1], ledger.journal(new)[-1]
    assert (out.kind, out.delta, out.reference) == (EntryKind.TRANSFER_OUT, -3500, new)
    assert (into.kind, into.delta, into.related_id) == (EntryKind.TRANSFER_IN, 3500, out.id)
    assert refusal(ledger.transfer, manager, old, new) is ErrorCode.CARD_CLOSED


def test_transfer_to_a_pending_card_activates_it_with_the_old_validity(
        ledger: Ledger, cashier: Actor, manager: Actor, make: Cards) -> None:
    program = make.program(default_value=5000, validity_days=30)
    (old,) = ledger.generate_cards(manager, program.id, 1)
    new = make.pending(program)
    other = make.program(name="Euro", currency="EUR", default_value=100)
    euro = make.pending(other)
    assert refusal(ledger.transfer, manager, old.code,
                   euro) is ErrorCode.CURRENCY_MISMATCH
    moved = ledger.transfer(manager, old.code, new)
    assert (moved.target.status, moved.target.balance) == (CardStatus.ACTIVE, 5000)
    assert moved.target.valid_until == ledger.get_card(old.code).valid_until


def test_a_retried_correction_applies_once(ledger: Ledger, manager: Actor, make: Cards) -> None:
    code = make.active(5000)
    first = ledger.adjust(manager, code, 100, "x", request_id="k1")
    again = ledger.adjust(manager, code, 100, "x", request_id="k1")
    assert first == again
    assert ledger.get_card(code).balance == 5100
    assert refusal(ledger.adjust, manager, code, 200, "x",
                   request_id="k1") is ErrorCode.IDEMPOTENCY_CONFLICT


def test_training_corrections_never_touch_the_real_card(ledger: Ledger, manager: Actor,
                                                        make: Cards) -> None:
    code = make.active(5000)
    ledger.adjust(replace(manager, training=True), code, 700, "practice")
    assert ledger.get_card(code).balance == 5000
    assert ledger.get_card(code, training=True).balance == 5700


def test_a_partly_refunded_redemption_is_not_reversed_too(ledger: Ledger, cashier: Actor,
                                                          manager: Actor, make: Cards) -> None:
    code = make.active(5000)
    redemption = ledger.redeem(cashier, code, 3000)
    ledger.refund(cashier, code, 1000, redemption_id=redemption.id)
    assert refusal(ledger.reverse, manager, redemption.id, "x") is ErrorCode.NOT_REVERSIBLE
    assert ledger.get_card(code).balance == 3000
