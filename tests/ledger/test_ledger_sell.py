"""Selling, activating and loading cards, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ledger_helpers import Cards, refusal
from sqlalchemy import select

from app.domain.errors import ErrorCode
from app.domain.model import Activation, Actor, CardStatus, EntryKind, Kind
from app.ledger import security
from app.ledger.engine import Ledger
from app.ledger.schema import cards, idempotency


def test_sell_activates_with_the_value_asked_for(ledger: Ledger, cashier: Actor,
                                                 make: Cards) -> None:
    program = make.program(default_value=5000, max_balance=50_000)
    code = make.pending(program)
    sale = ledger.sell(cashier, code, value=4250, sender="Ann", recipient="Bob",
                       message="Happy birthday!")
    assert sale.result == "activated"
    assert sale.activation_token is None
    assert sale.card.status is CardStatus.ACTIVE
    assert (sale.card.balance, sale.card.initial_value) == (4250, 4250)
    assert (sale.card.sender, sale.card.recipient, sale.card.message) == (
        "Ann", "Bob", "Happy birthday!")
    assert ledger.get_card(code) == sale.card
    (entry,) = ledger.journal(code)
    assert (entry.kind, entry.amount, entry.delta, entry.balance_after) == (
        EntryKind.SELL, 4250, 4250, 4250)
    assert entry.operator == "cashier"
    assert entry.location == "STORE-1"


def test_sell_takes_the_value_printed_on_the_card_or_the_programs(
        ledger: Ledger, admin: Actor, cashier: Actor, make: Cards) -> None:
    program = make.program(default_value=2000)
    (printed,) = ledger.generate_cards(admin, program.id, 1, pending=True, value=3500)
    assert ledger.sell(cashier, printed.code).card.balance == 3500
    assert ledger.sell(cashier, make.pending(program)).card.balance == 2000
    no_default = make.program(name="Open value", default_value=0)
    assert refusal(ledger.sell, cashier, make.pending(no_default)) is ErrorCode.INVALID_AMOUNT


def test_sell_refuses_a_value_above_the_max_balance(ledger: Ledger, cashier: Actor,
                                                   make: Cards) -> None:
    program = make.program(default_value=1000, max_balance=10_000)
    code = make.pending(program)
    assert refusal(ledger.sell, cashier, code, value=10_001) is ErrorCode.MAX_BALANCE_EXCEEDED
    assert refusal(ledger.sell, cashier, code, value=0) is ErrorCode.INVALID_AMOUNT
    assert refusal(ledger.sell, cashier, code, value=10.0) is ErrorCode.INVALID_AMOUNT
    assert ledger.get_card(code).status is CardStatus.PENDING
    assert ledger.sell(cashier, code, value=10_000).card.balance == 10_000


def test_a_card_is_sold_once(ledger: Ledger, cashier: Actor, make: Cards) -> None:
    code = make.pending(make.program(default_value=1000))
    ledger.sell(cashier, code)
    assert refusal(ledger.sell, cashier, code) is ErrorCode.CARD_NOT_PENDING
    assert refusal(ledger.sell, cashier, make.active()) is ErrorCode.CARD_NOT_PENDING
    assert refusal(ledger.sell, cashier, "123456789015") is ErrorCode.CARD_NOT_FOUND


def test_sell_refuses_a_validity_in_the_past_or_without_time_zone(
        ledger: Ledger, cashier: Actor, make: Cards, clock: Any) -> None:
    code = make.pending(make.program(default_value=1000))
    assert refusal(ledger.sell, cashier, code, valid_until=clock.now) \
        is ErrorCode.VALIDATION_ERROR
    assert refusal(ledger.sell, cashier, code,
                   valid_until=clock.now.replace(tzinfo=None) + timedelta(days=1)) \
        is ErrorCode.VALIDATION_ERROR
    until = clock.now + timedelta(days=90)
    assert ledger.sell(cashier, code, valid_until=until).card.valid_until == until


def test_sell_refuses_over_long_texts(ledger: Ledger, cashier: Actor, make: Cards) -> None:
    code = make.pending(make.program(default_value=1000))
    assert refusal(ledger.sell, cashier, code, message="x" * 1001) is ErrorCode.VALIDATION_ERROR
    assert refusal(ledger.sell, cashier, code, sender="x" * 201) is ErrorCode.VALIDATION_ERROR


def test_allocate_then_activate_with_the_one_time_token(
        ledger: Ledger, cashier: Actor, make: Cards, clock: Any, elsewhere: Actor) -> None:
    program = make.program(default_value=1000, activation=Activation.ALLOCATE,
                           validity_days=30)
    code = make.pending(program)
    sale = ledger.sell(cashier, code, request_id="sale-1")
    assert sale.result == "allocated"
    token = sale.activation_token
    assert token is not None
    assert len(token.replace("-", "")) == security.ACTIVATION_TOKEN_LENGTH
    assert sale.card.status is CardStatus.ALLOCATED
    assert sale.card.balance == 1000

    # Stored only as a hash: not in the card row, not in the stored response of the sale.
    with ledger.engine.connect() as conn:
        row = conn.execute(select(cards).where(cards.c.code == code)).one()
        responses = conn.execute(select(idempotency.c.response)).scalars().all()
    assert row.activation_token_hash == security.hash_secret(
        security.normalize_activation_token(token))
    assert token not in str(row._mapping)
    assert not any(token in r or token.replace("-", "") in r for r in responses)
    replay = ledger.sell(cashier, code, request_id="sale-1")
    assert replay.activation_token is None  # shown once
    assert replay.card == sale.card

    verdict = ledger.validate(cashier, code).verdict
    assert not verdict.is_redeemable
    assert verdict.present_value_description == "Not activated yet"
    assert refusal(ledger.redeem, cashier, code, 100) is ErrorCode.CARD_NOT_ACTIVE

    clock.advance(days=10)
    assert refusal(ledger.activate, cashier, code, "AAAAA-AAAAA") \
        is ErrorCode.ACTIVATION_TOKEN_INVALID
    other = make.pending(program)
    other_token = ledger.sell(cashier, other).activation_token
    assert refusal(ledger.activate, cashier, code, other_token) \
        is ErrorCode.ACTIVATION_TOKEN_INVALID
    # Typed in lower case without the dash, anywhere.
    card = ledger.activate(elsewhere, code, token.replace("-", "").lower())
    assert card.status is CardStatus.ACTIVE
    # The 30 days run from activation, not from the sale.
    assert card.valid_until == clock.now + timedelta(days=30)
    assert ledger.journal(code)[-1].kind is EntryKind.ACTIVATE
    assert refusal(ledger.activate, cashier, code, token) is ErrorCode.CARD_NOT_ALLOCATED
    assert ledger.redeem(cashier, code, 100).balance_after == 900


def test_activate_needs_an_allocated_card(ledger: Ledger, cashier: Actor, make: Cards) -> None:
    assert refusal(ledger.activate, cashier, make.active(), "AAAAA-AAAAA") \
        is ErrorCode.CARD_NOT_ALLOCATED
    program = make.program(name="Alloc", default_value=500, activation=Activation.ALLOCATE)
    assert refusal(ledger.activate, cashier, make.pending(program), "AAAAA-AAAAA") \
        is ErrorCode.CARD_NOT_ALLOCATED


def test_a_pin_program_gives_the_card_a_pin_once(ledger: Ledger, cashier: Actor,
                                                 make: Cards) -> None:
    program = make.program(default_value=1000, pin_required=True)
    generated = ledger.sell(cashier, make.pending(program), request_id="pin-sale")
    assert generated.pin is not None
    assert len(generated.pin) == 4
    assert generated.pin.isdigit()
    assert generated.card.pin_required
    assert ledger.sell(cashier, make.pending(program), pin="4321").pin is None  # chosen
    assert ledger.sell(cashier, generated.card.code, request_id="pin-sale").pin is None
    code = make.pending(program)
    assert refusal(ledger.sell, cashier, code, pin="12") is ErrorCode.VALIDATION_ERROR
    assert refusal(ledger.sell, cashier, code, pin="abcd") is ErrorCode.VALIDATION_ERROR


def test_load_adds_value_and_revives_a_used_up_card(ledger: Ledger, cashier: Actor,
                                                   make: Cards) -> None:
    code = make.active(1000, reloadable=True, max_balance=5000)
    ledger.redeem(cashier, code, 1000)
    assert ledger.get_card(code).status is CardStatus.DEPLETED
    card = ledger.load(cashier, code, 2500, reference="till 4", comment="top-up")
    assert card.status is CardStatus.ACTIVE
    assert card.balance == 2500
    entry = ledger.journal(code)[-1]
    assert (entry.kind, entry.delta, entry.balance_after, entry.reference) == (
        EntryKind.LOAD, 2500, 2500, "till 4")
    assert ledger.load(cashier, code, 2500).balance == 5000
    assert refusal(ledger.load, cashier, code, 1) is ErrorCode.MAX_BALANCE_EXCEEDED
    assert ledger.get_card(code).balance == 5000


def test_load_refusals(ledger: Ledger, cashier: Actor, manager: Actor, make: Cards,
                       clock: Any) -> None:
    fixed = make.active(1000, name="Not reloadable", reloadable=False)
    assert refusal(ledger.load, cashier, fixed, 100) is ErrorCode.RELOAD_NOT_ALLOWED
    code = make.active(1000, reloadable=True)
    assert refusal(ledger.load, cashier, code, 0) is ErrorCode.INVALID_AMOUNT
    assert refusal(ledger.load, cashier, code, 1.5) is ErrorCode.INVALID_AMOUNT
    assert refusal(ledger.load, cashier, code, -100) is ErrorCode.INVALID_AMOUNT
    ledger.lock(cashier, code, "suspicious")
    assert refusal(ledger.load, cashier, code, 100) is ErrorCode.CARD_LOCKED
    ledger.unlock(manager, code, "checked")
    ledger.update_card(manager, code, valid_until=clock.now + timedelta(hours=1))
    clock.advance(hours=2)
    assert refusal(ledger.load, cashier, code, 100) is ErrorCode.CARD_EXPIRED
    pending = make.pending(make.program(name="Reloadable", default_value=100, reloadable=True))
    assert refusal(ledger.load, cashier, pending, 100) is ErrorCode.CARD_NOT_ACTIVE
    ledger.void(manager, pending, "misprint")
    assert refusal(ledger.load, cashier, pending, 100) is ErrorCode.CARD_VOID


def test_item_cards_load_and_redeem_items(ledger: Ledger, cashier: Actor, make: Cards) -> None:
    code = make.active(5, kind=Kind.ITEM, item_label="Coffee", reloadable=True, max_balance=10)
    assert ledger.redeem(cashier, code, 2).balance_after == 3
    assert ledger.validate(cashier, code).verdict.present_value_description == "3 × Coffee left"
    assert ledger.load(cashier, code, 7).balance == 10
    assert refusal(ledger.load, cashier, code, 1) is ErrorCode.MAX_BALANCE_EXCEEDED
