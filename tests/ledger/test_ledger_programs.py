"""Programs, card generation and the next unsold card, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from ledger_helpers import Cards, refusal

from app.domain.codes import is_valid_code, qr_payload
from app.domain.errors import ErrorCode
from app.domain.model import Activation, Actor, CardStatus, EntryKind, Kind
from app.ledger.engine import Ledger
from app.ledger.results import ProgramSpec


def test_create_program_stores_every_field(ledger: Ledger, admin: Actor) -> None:
    spec = ProgramSpec(
        name="  Promo $10 ", kind=Kind.MONETARY, currency="usd", default_value=1000,
        activation=Activation.ALLOCATE, validity_days=30, reloadable=False,
        partial_redemption=False, max_balance=2000, locations=("STORE-1", " store-2", ""),
        promotional=True, pin_required=True, reporting_code_required=True)
    program = ledger.create_program(admin, spec)
    assert program.name == "Promo $10"
    assert program.currency == "USD"
    assert program.locations == ("STORE-1", "STORE-2")
    assert (program.activation, program.validity_days, program.max_balance) == (
        Activation.ALLOCATE, 30, 2000)
    assert program.promotional
    assert program.pin_required
    assert program.reporting_code_required
    assert not program.partial_redemption
    assert ledger.get_program(program.id) == program
    assert ledger.list_programs() == [program]


def test_item_programs_count_items(ledger: Ledger, admin: Actor) -> None:
    program = ledger.create_program(admin, ProgramSpec(
        name="Coffee × 5", kind=Kind.ITEM, item_label="Coffee", default_value=5))
    assert program.kind is Kind.ITEM
    assert program.item_label == "Coffee"


GOOD = ProgramSpec(name="Gift", default_value=5000)
WHEN = datetime(2026, 6, 1, tzinfo=UTC)


@pytest.mark.parametrize(("changes", "code"), [
    ({"name": ""}, ErrorCode.VALIDATION_ERROR),
    ({"name": "   "}, ErrorCode.VALIDATION_ERROR),
    ({"name": "x" * 121}, ErrorCode.VALIDATION_ERROR),
    ({"kind": "points"}, ErrorCode.VALIDATION_ERROR),
    ({"activation": "later"}, ErrorCode.VALIDATION_ERROR),
    ({"currency": "XYZ"}, ErrorCode.INVALID_CURRENCY),
    ({"kind": Kind.ITEM}, ErrorCode.VALIDATION_ERROR),  # no item label
    ({"kind": Kind.ITEM, "item_label": "C" * 61}, ErrorCode.VALIDATION_ERROR),
    ({"default_value": -1}, ErrorCode.INVALID_AMOUNT),
    ({"default_value": 12.5}, ErrorCode.INVALID_AMOUNT),
    ({"default_value": True}, ErrorCode.INVALID_AMOUNT),
    ({"kind": Kind.ITEM, "item_label": "Coffee", "default_value": 2_000_000},
     ErrorCode.INVALID_AMOUNT),
    ({"max_balance": 0}, ErrorCode.INVALID_AMOUNT),
    ({"max_balance": 4999}, ErrorCode.MAX_BALANCE_EXCEEDED),
    ({"validity_days": 0}, ErrorCode.INVALID_AMOUNT),
    ({"validity_days": 40_000}, ErrorCode.INVALID_AMOUNT),
    ({"valid_until": datetime(2026, 6, 1)}, ErrorCode.VALIDATION_ERROR),  # no time zone
    ({"valid_from": WHEN, "valid_until": WHEN}, ErrorCode.VALIDATION_ERROR),
    ({"valid_from": WHEN, "valid_until": WHEN - timedelta(days=1)}, ErrorCode.VALIDATION_ERROR),
])
def test_create_program_refuses_a_definition_that_cannot_work(
        ledger: Ledger, admin: Actor, changes: dict[str, Any], code: ErrorCode) -> None:
    assert refusal(ledger.create_program, admin, replace(GOOD, **changes)) is code
    assert ledger.list_programs() == []


def test_only_an_admin_creates_programs(ledger: Ledger, manager: Actor) -> None:
    assert refusal(ledger.create_program, manager, GOOD) is ErrorCode.FORBIDDEN


def test_unknown_program(ledger: Ledger, admin: Actor) -> None:
    assert refusal(ledger.get_program, 404) is ErrorCode.PROGRAM_NOT_FOUND
    assert refusal(ledger.generate_cards, admin, 404, 3) is ErrorCode.PROGRAM_NOT_FOUND
    assert refusal(ledger.next_pending, admin, 404) is ErrorCode.PROGRAM_NOT_FOUND


def test_generate_pending_cards(ledger: Ledger, admin: Actor, make: Cards) -> None:
    program = make.program(default_value=2500)
    seen: list[int] = []
    made = ledger.generate_cards(admin, program.id, 40, pending=True, progress=seen.append)
    assert len(made) == 40
    assert seen[-1] == 40
    assert len({c.code for c in made}) == 40
    assert len({c.token for c in made}) == 40
    for generated in made:
        assert is_valid_code(generated.code)
        assert generated.qr_payload == qr_payload(generated.token)
        assert generated.status is CardStatus.PENDING
        card = ledger.get_card(generated.code)
        assert (card.status, card.balance, card.initial_value) == (CardStatus.PENDING, 0, 2500)
        assert ledger.get_card(generated.qr_payload) == card
        assert ledger.journal(generated.code) == []


def test_generate_active_cards_issues_them_with_a_journal_row(
        ledger: Ledger, admin: Actor, make: Cards, clock: Any) -> None:
    program = make.program(default_value=2500, validity_days=10)
    made = ledger.generate_cards(admin, program.id, 5)
    custom = ledger.generate_cards(admin, program.id, 2, value=700)
    for generated, value in [(c, 2500) for c in made] + [(c, 700) for c in custom]:
        card = ledger.get_card(generated.code)
        assert card.status is CardStatus.ACTIVE
        assert card.balance == value
        assert card.valid_until == clock.now + timedelta(days=10)
        (entry,) = ledger.journal(generated.code)
        assert entry.kind is EntryKind.ISSUE
        assert (entry.amount, entry.delta, entry.balance_after) == (value, value, value)
        assert entry.operator == "admin"


@pytest.mark.parametrize("fields", [{"activation": Activation.ALLOCATE},
                                    {"pin_required": True}])
def test_allocate_and_pin_programs_only_generate_pending_cards(
        ledger: Ledger, admin: Actor, make: Cards, fields: dict[str, Any]) -> None:
    program = make.program(default_value=1000, **fields)
    assert refusal(ledger.generate_cards, admin, program.id, 3) is ErrorCode.VALIDATION_ERROR
    assert len(ledger.generate_cards(admin, program.id, 3, pending=True)) == 3


def test_generate_refuses_bad_quantities_and_values(ledger: Ledger, admin: Actor,
                                                    cashier: Actor, make: Cards) -> None:
    program = make.program(default_value=0, max_balance=10_000)
    assert refusal(ledger.generate_cards, admin, program.id, 0) is ErrorCode.INVALID_AMOUNT
    assert refusal(ledger.generate_cards, admin, program.id, 1_000_001) \
        is ErrorCode.INVALID_AMOUNT
    assert refusal(ledger.generate_cards, admin, program.id, 2.0) is ErrorCode.INVALID_AMOUNT
    assert refusal(ledger.generate_cards, admin, program.id, 1) is ErrorCode.INVALID_AMOUNT
    assert refusal(ledger.generate_cards, admin, program.id, 1, value=10_001) \
        is ErrorCode.MAX_BALANCE_EXCEEDED
    assert refusal(ledger.generate_cards, admin, program.id, 1, value=-5) \
        is ErrorCode.INVALID_AMOUNT
    assert refusal(ledger.generate_cards, cashier, program.id, 1, value=100) \
        is ErrorCode.FORBIDDEN


def test_next_pending_is_the_oldest_unsold_card(ledger: Ledger, admin: Actor,
                                                cashier: Actor, make: Cards) -> None:
    program = make.program(default_value=1000)
    assert refusal(ledger.next_pending, cashier, program.id) is ErrorCode.NO_PENDING_CARD
    first, second = ledger.generate_cards(admin, program.id, 2, pending=True)
    oldest = ledger.next_pending(cashier, program.id)
    assert oldest.code in (first.code, second.code)
    ledger.sell(cashier, oldest.code)
    other = ledger.next_pending(cashier, program.id)
    assert other.code != oldest.code
    assert other.status is CardStatus.PENDING
    ledger.sell(cashier, other.code)
    with pytest.raises(Exception, match="no unsold cards left"):
        ledger.next_pending(cashier, program.id)


def test_card_lookup_by_code_payload_and_token(ledger: Ledger, make: Cards) -> None:
    code = make.active(1234)
    card = ledger.get_card(code)
    spaced = f"{code[:4]} {code[4:8]}-{code[8:]}"
    assert ledger.get_card(spaced) == card
    assert ledger.get_card(card.token) == card
    assert ledger.get_card(card.qr_payload) == card
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    assert refusal(ledger.get_card, wrong) is ErrorCode.INVALID_CARD_CODE
    assert refusal(ledger.get_card, "123456789015") is ErrorCode.CARD_NOT_FOUND
    assert refusal(ledger.get_card, "A" * 24) is ErrorCode.CARD_NOT_FOUND
