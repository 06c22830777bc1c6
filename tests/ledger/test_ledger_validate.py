"""Validate answers for any existing card, usable or not, in a cashier's words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from ledger_helpers import Cards, refusal

from app.domain.errors import ErrorCode
from app.domain.model import Activation, Actor, CardStatus, Kind
from app.ledger.engine import Ledger


def test_validate_a_usable_card_gives_every_field(ledger: Ledger, cashier: Actor,
                                                  make: Cards, clock: Any) -> None:
    program = make.program(default_value=5000, validity_days=365)
    code = make.pending(program)
    ledger.sell(cashier, code, value=4250, sender="Ann", recipient="Bob", message="Enjoy")
    answer = ledger.validate(cashier, code)
    verdict = answer.verdict
    card = answer.card
    assert card.code == code
    assert card.kind is Kind.MONETARY
    assert card.status is CardStatus.ACTIVE
    assert (card.balance, card.currency, card.item_label) == (4250, "USD", None)
    assert card.valid_until == clock.now + timedelta(days=365)
    assert (card.sender, card.recipient, card.message) == ("Ann", "Bob", "Enjoy")
    assert verdict.is_redeemable
    assert verdict.has_balance
    assert verdict.redeemable_status
    assert verdict.in_redeemable_period
    assert verdict.location_allowed
    assert verdict.eligible_value == 4250
    assert verdict.eligible_item_quantity is None
    assert verdict.present_value_description == "Balance $42.50"
    assert verdict.reason is None
    assert "Valid until 1 Mar 2027" in verdict.restrictions


def test_validate_an_item_card(ledger: Ledger, cashier: Actor, make: Cards) -> None:
    code = make.active(5, kind=Kind.ITEM, item_label="Coffee")
    ledger.redeem(cashier, code, 2)
    answer = ledger.validate(cashier, code)
    verdict = answer.verdict
    assert answer.card.item_label == "Coffee"
    assert verdict.eligible_item_quantity == 3
    assert verdict.eligible_value is None
    assert verdict.present_value_description == "3 × Coffee left"


def test_validate_is_read_only(ledger: Ledger, cashier: Actor, make: Cards) -> None:
    code = make.active(1000)
    before = ledger.journal(code)
    for _ in range(3):
        ledger.validate(cashier, code)
    assert ledger.journal(code) == before


def assert_unusable(ledger: Ledger, actor: Actor, code: str, reason: ErrorCode,
                    sentence: str) -> None:
    verdict = ledger.validate(actor, code).verdict
    assert not verdict.is_redeemable
    assert verdict.reason == reason.value
    assert verdict.present_value_description == sentence
    assert verdict.eligible_value in (0, None)
    assert verdict.eligible_item_quantity in (0, None)


def test_validate_an_expired_card(ledger: Ledger, cashier: Actor, manager: Actor,
                                  make: Cards, clock: Any) -> None:
    code = make.active(1000)
    ledger.update_card(manager, code, valid_until=datetime(2026, 3, 31, 18, tzinfo=UTC))
    clock.now = datetime(2026, 4, 2, tzinfo=UTC)
    # Before the expiry sweep: the card is still "active" but out of its period.
    verdict = ledger.validate(cashier, code).verdict
    assert verdict.redeemable_status
    assert not verdict.in_redeemable_period
    assert verdict.has_balance
    assert_unusable(ledger, cashier, code, ErrorCode.CARD_EXPIRED, "Expired on 31 Mar 2026")
    ledger.expire_cards(manager)
    assert ledger.validate(cashier, code).card.status is CardStatus.EXPIRED
    assert_unusable(ledger, cashier, code, ErrorCode.CARD_EXPIRED, "Expired on 31 Mar 2026")


def test_validate_a_locked_card(ledger: Ledger, cashier: Actor, make: Cards) -> None:
    code = make.active(1000)
    ledger.lock(cashier, code, "customer reported it lost")
    assert_unusable(ledger, cashier, code, ErrorCode.CARD_LOCKED, "Locked by a manager")
    assert ledger.validate(cashier, code).verdict.has_balance


def test_validate_an_allocated_and_a_pending_card(ledger: Ledger, cashier: Actor,
                                                  make: Cards) -> None:
    program = make.program(default_value=1000, activation=Activation.ALLOCATE)
    code = make.pending(program)
    assert_unusable(ledger, cashier, code, ErrorCode.CARD_NOT_ACTIVE, "Not sold yet")
    ledger.sell(cashier, code)
    assert_unusable(ledger, cashier, code, ErrorCode.CARD_NOT_ACTIVE, "Not activated yet")


def test_validate_void_closed_and_used_up_cards(ledger: Ledger, cashier: Actor,
                                                manager: Actor, make: Cards) -> None:
    void, closed, used = make.active(1000), make.active(1000), make.active(1000)
    ledger.void(manager, void, "stolen")
    ledger.close(manager, closed, "paid out")
    ledger.redeem(cashier, used, 1000)
    assert_unusable(ledger, cashier, void, ErrorCode.CARD_VOID,
                    "Voided: this card cannot be used")
    assert_unusable(ledger, cashier, closed, ErrorCode.CARD_CLOSED,
                    "Closed: this card cannot be used")
    assert_unusable(ledger, cashier, used, ErrorCode.CARD_DEPLETED, "Used up: balance $0.00")
    assert not ledger.validate(cashier, used).verdict.has_balance


def test_validate_at_a_store_the_program_does_not_cover(
        ledger: Ledger, cashier: Actor, elsewhere: Actor, make: Cards) -> None:
    code = make.active(1000, promotional=True, locations=("STORE-1",))
    assert ledger.validate(cashier, code).verdict.is_redeemable
    assert_unusable(ledger, elsewhere, code, ErrorCode.LOCATION_NOT_ALLOWED,
                    "Not valid at this store")
    answer = ledger.validate(elsewhere, code)
    verdict = answer.verdict
    assert not verdict.location_allowed
    assert verdict.redeemable_status
    assert "Only at STORE-1" in verdict.restrictions
    assert "Promotional card" in verdict.restrictions
    # The same terms as typed fields, for screens that word them in their own language.
    assert answer.card.locations == ("STORE-1",)
    assert answer.card.promotional
    assert not ledger.validate(cashier, make.active(1000)).card.locations


def test_validate_a_card_not_valid_yet(ledger: Ledger, cashier: Actor, make: Cards,
                                       clock: Any) -> None:
    start = clock.now + timedelta(days=5)
    code = make.active(1000, valid_from=start, valid_until=start + timedelta(days=30))
    assert_unusable(ledger, cashier, code, ErrorCode.CARD_NOT_YET_VALID,
                    "Not valid until 6 Mar 2026")
    clock.advance(days=5)
    assert ledger.validate(cashier, code).verdict.is_redeemable


def test_validate_a_pin_card_needs_its_pin(ledger: Ledger, cashier: Actor,
                                           make: Cards) -> None:
    program = make.program(default_value=1000, pin_required=True)
    code = make.pending(program)
    ledger.sell(cashier, code, pin="2468")
    assert refusal(ledger.validate, cashier, code) is ErrorCode.PIN_REQUIRED
    assert refusal(ledger.validate, cashier, code, pin="1111") is ErrorCode.PIN_INVALID
    verdict = ledger.validate(cashier, code, pin="2468").verdict
    assert verdict.is_redeemable
    assert "PIN required" in verdict.restrictions


def test_a_cards_terms_come_as_codes_beside_their_english(
        ledger: Ledger, cashier: Actor, make: Cards) -> None:
    """One rule decides a card's terms: the English for API clients and the codes a screen
    words in its own language are the same list, in the same order. A PIN given at sale
    (the program asks for none) is a term too, as the card's own `pin_required` says."""
    code = make.active(1000, promotional=True, locations=("STORE-1",), partial_redemption=False)
    verdict = ledger.validate(cashier, code).verdict
    assert verdict.terms == ("promotional", "full_redemption_only", "only_at")
    assert verdict.restrictions == ("Promotional card", "Must be used in full in one purchase",
                                    "Only at STORE-1")
    sold = make.pending(make.program(default_value=1000))
    ledger.sell(cashier, sold, pin="2468")
    answer = ledger.validate(cashier, sold, pin="2468")
    with_pin = answer.verdict
    assert answer.card.pin_required
    assert with_pin.terms == ("pin_required",)
    assert with_pin.restrictions == ("PIN required",)


def test_validate_an_unknown_card(ledger: Ledger, cashier: Actor) -> None:
    assert refusal(ledger.validate, cashier, "123456789015") is ErrorCode.CARD_NOT_FOUND
    assert refusal(ledger.validate, cashier, "123456789012") is ErrorCode.INVALID_CARD_CODE


@pytest.mark.parametrize("held", [1, 1000])
def test_validate_counts_holds(ledger: Ledger, cashier: Actor, make: Cards, held: int) -> None:
    code = make.active(1000)
    ledger.hold(cashier, code, held)
    verdict = ledger.validate(cashier, code).verdict
    assert verdict.eligible_value == 1000 - held
    assert verdict.is_redeemable is (held < 1000)
