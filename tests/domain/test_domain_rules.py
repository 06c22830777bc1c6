"""The card rules: what a cashier is told about a card, and which operations are refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from app.domain import rules
from app.domain.errors import ErrorCode, GiftDeskError
from app.domain.model import Activation, Actor, Card, CardStatus, Kind, Program, Role

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

GIFT = Program(
    id=1, name="Gift Card", kind=Kind.MONETARY, currency="USD", item_label=None,
    default_value=5000, activation=Activation.ACTIVATE, validity_days=None, valid_from=None,
    valid_until=None, reloadable=True, partial_redemption=True, max_balance=50_000,
    locations=(), promotional=False, pin_required=False, reporting_code_required=False,
)
COFFEE = replace(GIFT, id=2, name="Coffee × 5", kind=Kind.ITEM, item_label="Coffee",
                 default_value=5, max_balance=None)
CARD = Card(
    id=1, code="123456789015", token="t" * 24, program_id=1, status=CardStatus.ACTIVE,
    locked_from=None, balance=4250, held=0, initial_value=5000, valid_from=None,
    valid_until=None, sender=None, recipient=None, message=None, training=False,
    has_pin=False, failed_pin_count=0, created_at=NOW - timedelta(days=10),
)


def describe(card: Card = CARD, program: Program = GIFT, location: str = "STORE-1") -> str:
    return rules.assess(card, program, now=NOW, location=location).present_value_description


def test_a_usable_card_shows_its_balance() -> None:
    verdict = rules.assess(CARD, GIFT, now=NOW, location="STORE-1")
    assert verdict.present_value_description == "Balance $42.50"
    assert verdict.is_redeemable
    assert verdict.has_balance
    assert verdict.redeemable_status
    assert verdict.in_redeemable_period
    assert verdict.location_allowed
    assert verdict.eligible_value == 4250
    assert verdict.eligible_item_quantity is None
    assert verdict.reason is None


def test_an_item_card_shows_the_items_left() -> None:
    card = replace(CARD, program_id=2, balance=3, initial_value=5)
    verdict = rules.assess(card, COFFEE, now=NOW, location="STORE-1")
    assert verdict.present_value_description == "3 × Coffee left"
    assert verdict.eligible_item_quantity == 3
    assert verdict.eligible_value is None


def test_value_on_hold_is_not_eligible_and_is_mentioned() -> None:
    verdict = rules.assess(replace(CARD, held=1250), GIFT, now=NOW, location="STORE-1")
    assert verdict.present_value_description == "Balance $30.00 ($12.50 on hold)"
    assert verdict.eligible_value == 3000


def test_a_card_whose_whole_balance_is_on_hold_cannot_be_used() -> None:
    verdict = rules.assess(replace(CARD, held=4250), GIFT, now=NOW, location="STORE-1")
    assert not verdict.is_redeemable
    assert verdict.reason is ErrorCode.INSUFFICIENT_BALANCE
    assert verdict.present_value_description == "All $42.50 is on hold"


@pytest.mark.parametrize(("status", "reason", "sentence"), [
    (CardStatus.LOCKED, ErrorCode.CARD_LOCKED, "Locked by a manager"),
    (CardStatus.ALLOCATED, ErrorCode.CARD_NOT_ACTIVE, "Not activated yet"),
    (CardStatus.PENDING, ErrorCode.CARD_NOT_ACTIVE, "Not sold yet"),
    (CardStatus.VOID, ErrorCode.CARD_VOID, "Voided: this card cannot be used"),
    (CardStatus.CLOSED, ErrorCode.CARD_CLOSED, "Closed: this card cannot be used"),
])
def test_a_card_in_an_unusable_state_says_why(status: CardStatus, reason: ErrorCode,
                                              sentence: str) -> None:
    verdict = rules.assess(replace(CARD, status=status), GIFT, now=NOW, location="STORE-1")
    assert not verdict.is_redeemable
    assert not verdict.redeemable_status
    assert verdict.reason is reason
    assert verdict.present_value_description == sentence
    assert verdict.eligible_value == 0


def test_a_depleted_card_says_it_is_used_up() -> None:
    card = replace(CARD, status=CardStatus.DEPLETED, balance=0)
    verdict = rules.assess(card, GIFT, now=NOW, location="STORE-1")
    assert verdict.present_value_description == "Used up: balance $0.00"
    assert verdict.reason is ErrorCode.CARD_DEPLETED
    assert not verdict.has_balance
    item = rules.assess(replace(card, program_id=2), COFFEE, now=NOW, location="STORE-1")
    assert item.present_value_description == "Used up: no items left"


def test_an_expired_card_says_when_it_expired() -> None:
    until = datetime(2026, 1, 31, 18, 0, tzinfo=UTC)
    swept = replace(CARD, status=CardStatus.EXPIRED, balance=0, valid_until=until)
    assert describe(swept) == "Expired on 31 Jan 2026"
    # Past its date but not yet swept by expire_cards: still refused, with the same words.
    unswept = replace(CARD, valid_until=until)
    verdict = rules.assess(unswept, GIFT, now=NOW, location="STORE-1")
    assert not verdict.is_redeemable
    assert verdict.redeemable_status
    assert not verdict.in_redeemable_period
    assert verdict.reason is ErrorCode.CARD_EXPIRED
    assert verdict.present_value_description == "Expired on 31 Jan 2026"


def test_a_card_expires_at_the_exact_moment_of_valid_until() -> None:
    assert rules.assess(replace(CARD, valid_until=NOW), GIFT, now=NOW,
                        location="STORE-1").reason is ErrorCode.CARD_EXPIRED
    assert rules.assess(replace(CARD, valid_until=NOW + timedelta(seconds=1)), GIFT, now=NOW,
                        location="STORE-1").is_redeemable


def test_a_card_not_yet_valid_says_from_when() -> None:
    card = replace(CARD, valid_from=datetime(2026, 4, 1, tzinfo=UTC))
    verdict = rules.assess(card, GIFT, now=NOW, location="STORE-1")
    assert verdict.reason is ErrorCode.CARD_NOT_YET_VALID
    assert verdict.present_value_description == "Not valid until 1 Apr 2026"


def test_a_card_of_a_store_limited_program_is_refused_elsewhere() -> None:
    promo = replace(GIFT, locations=("STORE-1",), promotional=True)
    assert describe(CARD, promo, "STORE-1") == "Balance $42.50"
    verdict = rules.assess(CARD, promo, now=NOW, location="STORE-2")
    assert not verdict.is_redeemable
    assert not verdict.location_allowed
    assert verdict.reason is ErrorCode.LOCATION_NOT_ALLOWED
    assert verdict.present_value_description == "Not valid at this store"
    assert "Only at STORE-1" in verdict.restrictions
    assert "Promotional card" in verdict.restrictions


def test_the_card_state_is_reported_before_the_store() -> None:
    promo = replace(GIFT, locations=("STORE-1",))
    assert describe(replace(CARD, status=CardStatus.LOCKED), promo,
                    "STORE-2") == "Locked by a manager"


def test_restrictions_list_the_terms_a_cashier_should_know() -> None:
    strict = replace(GIFT, partial_redemption=False, pin_required=True,
                     reporting_code_required=True)
    card = replace(CARD, valid_until=datetime(2026, 12, 31, tzinfo=UTC), training=True)
    assert rules.restrictions(card, strict) == (
        "Must be used in full in one purchase", "Valid until 31 Dec 2026", "PIN required",
        "Reporting code required", "Training card")


def check(units: int, card: Card = CARD, program: Program = GIFT, *,
          location: str = "STORE-1", reporting_code: str | None = None) -> None:
    rules.check_redeem(card, program, units, now=NOW, location=location,
                       reporting_code=reporting_code)


def refusal(call: object, *args: object, **kwargs: object) -> ErrorCode:
    assert callable(call)
    with pytest.raises(GiftDeskError) as exc:
        call(*args, **kwargs)
    return exc.value.code


def test_check_redeem_refusals() -> None:
    check(4250)
    check(1)
    assert refusal(check, 4251) is ErrorCode.INSUFFICIENT_BALANCE
    assert refusal(check, 4000, replace(CARD, held=1000)) is ErrorCode.INSUFFICIENT_BALANCE
    assert refusal(check, 1, replace(CARD, status=CardStatus.ALLOCATED)) \
        is ErrorCode.CARD_NOT_ACTIVE
    assert refusal(check, 1, replace(CARD, valid_until=NOW)) is ErrorCode.CARD_EXPIRED
    assert refusal(check, 1, CARD, replace(GIFT, locations=("STORE-2",))) \
        is ErrorCode.LOCATION_NOT_ALLOWED
    whole = replace(GIFT, partial_redemption=False)
    assert refusal(check, 1000, CARD, whole) is ErrorCode.PARTIAL_NOT_ALLOWED
    check(4250, CARD, whole)
    coded = replace(GIFT, reporting_code_required=True)
    assert refusal(check, 100, CARD, coded) is ErrorCode.REPORTING_CODE_REQUIRED
    assert refusal(check, 100, CARD, coded, reporting_code="  ") \
        is ErrorCode.REPORTING_CODE_REQUIRED
    check(100, CARD, coded, reporting_code="SALE-7")


def test_insufficient_balance_says_how_much_is_available() -> None:
    with pytest.raises(GiftDeskError) as exc:
        check(5000)
    assert "$42.50" in exc.value.detail
    assert exc.value.extra["available"] == 4250


def test_check_load_refusals() -> None:
    rules.check_load(CARD, GIFT, 1000, now=NOW)
    rules.check_load(replace(CARD, status=CardStatus.DEPLETED, balance=0), GIFT, 1000, now=NOW)
    assert refusal(rules.check_load, CARD, replace(GIFT, reloadable=False), 1, now=NOW) \
        is ErrorCode.RELOAD_NOT_ALLOWED
    assert refusal(rules.check_load, CARD, GIFT, 50_000 - 4250 + 1, now=NOW) \
        is ErrorCode.MAX_BALANCE_EXCEEDED
    assert refusal(rules.check_load, replace(CARD, status=CardStatus.LOCKED), GIFT, 1,
                   now=NOW) is ErrorCode.CARD_LOCKED
    assert refusal(rules.check_load, replace(CARD, valid_until=NOW), GIFT, 1, now=NOW) \
        is ErrorCode.CARD_EXPIRED


def test_validity_runs_from_activation_or_fixed_dates() -> None:
    days = replace(GIFT, validity_days=30)
    assert rules.validity_after_activation(days, NOW, None) == (None, NOW + timedelta(days=30))
    fixed_until = datetime(2026, 6, 30, tzinfo=UTC)
    fixed = replace(GIFT, valid_from=NOW, valid_until=fixed_until)
    assert rules.validity_after_activation(fixed, NOW, None) == (NOW, fixed_until)
    asked = NOW + timedelta(days=3)
    assert rules.validity_after_activation(days, NOW, asked) == (None, asked)
    assert rules.validity_after_activation(GIFT, NOW, None) == (None, None)


def test_roles_and_on_the_spot_approval() -> None:
    cashier = Actor("cashier", Role.CASHIER, "STORE-1", "T1")
    assert refusal(rules.require_role, cashier, Role.MANAGER, "reverse") is ErrorCode.FORBIDDEN
    approved = replace(cashier, approved_by="manager", approver_role=Role.MANAGER)
    rules.require_role(approved, Role.MANAGER, "reverse")
    assert refusal(rules.require_role, approved, Role.ADMIN, "create programs") \
        is ErrorCode.FORBIDDEN


def test_reversal_window() -> None:
    window = timedelta(days=30)
    rules.check_reversal_window(NOW - window, NOW, window)
    assert refusal(rules.check_reversal_window, NOW - window - timedelta(seconds=1), NOW,
                   window) is ErrorCode.REVERSAL_WINDOW_CLOSED


@pytest.mark.parametrize(("needed", "sentence"), [
    (Role.MANAGER, "Only a manager or above may reverse a redemption."),
    (Role.ADMIN, "Only an admin may reverse a redemption."),  # none above an admin
])
def test_a_refused_role_reads_with_the_right_article(needed: Role, sentence: str) -> None:
    cashier = Actor("ann", Role.CASHIER, "STORE-1", "TILL-1")
    with pytest.raises(GiftDeskError) as refused:
        rules.require_role(cashier, needed, "reverse a redemption")
    assert refused.value.code is ErrorCode.FORBIDDEN
    assert refused.value.detail == sentence
    assert [r.with_article for r in Role] == ["a cashier", "a manager", "an admin"]
