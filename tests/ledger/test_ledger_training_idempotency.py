"""Training mode never touches a real card; request ids replay the first result."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from ledger_helpers import Cards, refusal
from sqlalchemy import select

from app.domain.errors import ErrorCode, GiftDeskError
from app.domain.model import Actor, CardStatus
from app.ledger.engine import Ledger
from app.ledger.results import ProgramSpec
from app.ledger.schema import cards, idempotency


def test_a_training_redemption_never_changes_the_real_card(
        ledger: Ledger, cashier: Actor, trainee: Actor, manager: Actor, make: Cards) -> None:
    code = make.active(5000)
    real_journal = ledger.journal(code)
    practice = ledger.redeem(trainee, code, 1200)
    assert practice.training
    assert practice.balance_after == 3800
    real = ledger.get_card(code)
    assert (real.balance, real.training) == (5000, False)
    assert ledger.journal(code) == real_journal
    training_view = ledger.get_card(code, training=True)
    assert (training_view.balance, training_view.training) == (3800, True)
    # The trainee keeps practising on the copy: a hold, a capture, a lock.
    hold = ledger.hold(trainee, code, 800)
    ledger.capture(trainee, hold.id)
    ledger.lock(trainee, code, "practice")
    assert ledger.get_card(code, training=True).status is CardStatus.LOCKED
    assert ledger.get_card(code).status is CardStatus.ACTIVE
    assert ledger.get_card(code).balance == 5000
    # Real work is unaffected.
    assert ledger.redeem(cashier, code, 1000).balance_after == 4000
    assert ledger.validate(trainee, code).card.training


def test_training_rows_stay_out_of_reports(ledger: Ledger, cashier: Actor, trainee: Actor,
                                           manager: Actor, make: Cards) -> None:
    code = make.active(5000)
    practice = ledger.redeem(trainee, code, 1200)
    real = ledger.redeem(cashier, code, 300)
    assert [r.id for r in ledger.list_redemptions()] == [real.id]
    assert [r.id for r in ledger.list_redemptions(card=code)] == [real.id]
    assert [r.id for r in ledger.list_redemptions(training=True)] == [practice.id]
    # A trainee's reversal works on the training copy only.
    training_manager = replace(manager, training=True)
    ledger.reverse(training_manager, practice.id, "practice")
    assert ledger.get_card(code).balance == 4700
    assert ledger.get_card(code, training=True).balance == 5000


def test_training_pin_mistakes_never_lock_the_real_card(ledger: Ledger, cashier: Actor,
                                                        trainee: Actor, make: Cards) -> None:
    code = make.pending(make.program(default_value=5000, pin_required=True))
    ledger.sell(cashier, code, pin="2468")
    for _ in range(5):
        assert refusal(ledger.validate, trainee, code, pin="0000") is ErrorCode.PIN_INVALID
    for _ in range(5):
        assert refusal(ledger.redeem, trainee, code, 100, pin="0000") is ErrorCode.PIN_INVALID
    assert ledger.get_card(code).status is CardStatus.ACTIVE
    assert ledger.get_card(code, training=True).status is CardStatus.LOCKED
    assert ledger.redeem(cashier, code, 100, pin="2468").balance_after == 4900


def test_training_expiry_is_not_breakage(ledger: Ledger, trainee: Actor, manager: Actor,
                                         make: Cards, clock: Any) -> None:
    code = make.active(5000, validity_days=5)
    ledger.redeem(trainee, code, 1000)
    clock.advance(days=6)
    report = ledger.expire_cards(manager)
    assert report.cards_expired == 1
    assert report.breakage == {"USD": 5000}
    assert ledger.get_card(code, training=True).status is CardStatus.EXPIRED


def test_same_request_id_same_content_returns_the_first_result(
        ledger: Ledger, cashier: Actor, manager: Actor, make: Cards, clock: Any) -> None:
    code = make.active(5000, reloadable=True)
    first = ledger.redeem(cashier, code, 1250, reference="r-77", request_id="k1")
    clock.advance(minutes=5)
    ledger.redeem(cashier, code, 250)  # the card changes in between
    ledger.reverse(manager, first.id, "refund")
    again = ledger.redeem(cashier, code, 1250, reference="r-77", request_id="k1")
    assert again == first  # the first answer, not the card as it is now
    assert again.status == "completed"
    assert ledger.get_card(code).balance == 4750
    assert len(ledger.list_redemptions(card=code)) == 2


@pytest.mark.parametrize("changes", [
    {"amount": 1251}, {"reference": "r-78"}, {"pin": "1234"}, {"reporting_code": "X"},
])
def test_same_request_id_other_content_is_refused(ledger: Ledger, cashier: Actor,
                                                  make: Cards, changes: dict[str, Any]) -> None:
    code = make.active(5000)
    ledger.redeem(cashier, code, 1250, reference="r-77", request_id="k1")
    call: dict[str, Any] = {"amount": 1250, "reference": "r-77", **changes}
    assert refusal(ledger.redeem, cashier, code, request_id="k1", **call) \
        is ErrorCode.IDEMPOTENCY_CONFLICT
    assert ledger.get_card(code).balance == 3750


def test_a_request_id_belongs_to_one_request_across_operations_and_operators(
        ledger: Ledger, cashier: Actor, elsewhere: Actor, make: Cards) -> None:
    code = make.active(5000)
    ledger.redeem(cashier, code, 100, request_id="shared")
    assert refusal(ledger.lock, cashier, code, "x", request_id="shared") \
        is ErrorCode.IDEMPOTENCY_CONFLICT
    assert refusal(ledger.redeem, elsewhere, code, 100, request_id="shared") \
        is ErrorCode.IDEMPOTENCY_CONFLICT
    assert ledger.get_card(code).status is CardStatus.ACTIVE


def test_a_refused_request_is_refused_again_for_its_id(ledger: Ledger, cashier: Actor,
                                                       make: Cards) -> None:
    """A refusal is the answer kept for its request id: the card reloaded since, the same id
    is refused the same way and takes nothing; a new id redeems."""
    code = make.active(5000, reloadable=True)
    assert refusal(ledger.redeem, cashier, code, 6000, request_id="k") \
        is ErrorCode.INSUFFICIENT_BALANCE
    ledger.load(cashier, code, 1000)
    with pytest.raises(GiftDeskError) as again:
        ledger.redeem(cashier, code, 6000, request_id="k")
    assert (again.value.code, again.value.extra["available"]) == (
        ErrorCode.INSUFFICIENT_BALANCE, 5000)
    assert ledger.get_card(code).balance == 6000
    assert ledger.redeem(cashier, code, 6000, request_id="k2").balance_after == 0


def test_a_wrong_card_pin_is_kept_for_its_id(ledger: Ledger, admin: Actor, cashier: Actor,
                                             make: Cards) -> None:
    """A wrong card PIN is the request's answer: its id replays it without checking (or
    counting) the PIN again."""
    code = make.pending(make.program(default_value=5000))
    ledger.sell(admin, code, value=3000, pin="4321")
    assert refusal(ledger.redeem, cashier, code, 100, pin="0000", request_id="p") \
        is ErrorCode.PIN_INVALID
    with ledger.engine.connect() as conn:
        kept = conn.execute(select(idempotency.c.status).where(
            idempotency.c.key == "p")).scalar_one()
    assert kept == "refused"
    assert refusal(ledger.redeem, cashier, code, 100, pin="0000", request_id="p") \
        is ErrorCode.PIN_INVALID
    with ledger.engine.connect() as conn:
        failed = conn.execute(select(cards.c.failed_pin_count).where(
            cards.c.code == code)).scalar_one()
    assert failed == 1  # the replay checked no PIN


def test_every_changing_operation_replays(ledger: Ledger, admin: Actor, cashier: Actor,
                                          manager: Actor, make: Cards, clock: Any) -> None:
    spec = ProgramSpec(name="Gift", default_value=5000, reloadable=True)
    program = ledger.create_program(admin, spec, request_id="p")
    assert ledger.create_program(admin, spec, request_id="p") == program
    assert len(ledger.list_programs()) == 1
    made = ledger.generate_cards(admin, program.id, 3, pending=True, request_id="g")
    assert ledger.generate_cards(admin, program.id, 3, pending=True, request_id="g") == made
    code = made[0].code
    sale = ledger.sell(cashier, code, request_id="s")
    assert ledger.sell(cashier, code, request_id="s") == sale
    loaded = ledger.load(cashier, code, 1000, request_id="l")
    assert ledger.load(cashier, code, 1000, request_id="l") == loaded
    hold = ledger.hold(cashier, code, 500, request_id="h")
    assert ledger.hold(cashier, code, 500, request_id="h") == hold
    captured = ledger.capture(cashier, hold.id, request_id="c")
    assert ledger.capture(cashier, hold.id, request_id="c") == captured
    other = ledger.hold(cashier, code, 500)
    released = ledger.release(cashier, other.id, request_id="rl")
    assert ledger.release(cashier, other.id, request_id="rl") == released
    reversed_ = ledger.reverse(manager, captured.id, "refund", request_id="rv")
    assert ledger.reverse(manager, captured.id, "refund", request_id="rv") == reversed_
    locked = ledger.lock(cashier, code, "check", request_id="lk")
    assert ledger.lock(cashier, code, "check", request_id="lk") == locked
    unlocked = ledger.unlock(manager, code, "ok", request_id="ul")
    assert ledger.unlock(manager, code, "ok", request_id="ul") == unlocked
    later = clock.now + timedelta(days=9)
    updated = ledger.update_card(manager, code, valid_until=later, request_id="u")
    assert ledger.update_card(manager, code, valid_until=later, request_id="u") == updated
    closed = ledger.close(manager, code, "retired", request_id="cl")
    assert ledger.close(manager, code, "retired", request_id="cl") == closed
    voided = ledger.void(manager, made[1].code, "misprint", request_id="v")
    assert ledger.void(manager, made[1].code, "misprint", request_id="v") == voided
    assert ledger.get_card(code).balance == 0
    assert len(ledger.journal(code)) == 11  # each change once, none of the replays


def test_request_ids_are_checked(ledger: Ledger, cashier: Actor, make: Cards) -> None:
    code = make.active(5000)
    for bad in ("", "x" * 101):
        assert refusal(ledger.redeem, cashier, code, 100, request_id=bad) \
            is ErrorCode.VALIDATION_ERROR
    assert ledger.redeem(cashier, code, 100, request_id="x" * 100).amount == 100
