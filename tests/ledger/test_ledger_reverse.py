"""Reversing a redemption: by a manager, once, within the window, recording who and why."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ledger_helpers import Cards, refusal

from app.domain.errors import ErrorCode
from app.domain.model import Actor, CardStatus, EntryKind
from app.ledger.db import make_engine
from app.ledger.engine import DEFAULT_REVERSAL_WINDOW, Ledger
from app.ledger.results import ProgramSpec


def test_a_manager_reverses_a_redemption_once(ledger: Ledger, cashier: Actor,
                                              manager: Actor, make: Cards, clock: Any) -> None:
    code = make.active(5000)
    redemption = ledger.redeem(cashier, code, 1250)
    clock.advance(minutes=3)
    reversed_ = ledger.reverse(manager, redemption.id, "  wrong card scanned  ")
    assert reversed_.status == "reversed"
    assert reversed_.id == redemption.id
    assert reversed_.reversed_by == "manager"
    assert reversed_.reversal_reason == "wrong card scanned"
    assert reversed_.reversed_at == clock.now
    assert reversed_.balance_after_reversal == 5000
    assert reversed_.reversal_approved_by is None
    assert ledger.get_redemption(redemption.id) == reversed_
    assert ledger.get_card(code).balance == 5000
    entry = ledger.journal(code)[-1]
    assert (entry.kind, entry.amount, entry.delta, entry.related_id, entry.operator) == (
        EntryKind.REVERSE, 1250, 1250, redemption.id, "manager")
    assert refusal(ledger.reverse, manager, redemption.id, "again") is ErrorCode.ALREADY_REVERSED
    assert ledger.get_card(code).balance == 5000


def test_a_cashier_may_not_reverse_alone(ledger: Ledger, cashier: Actor, make: Cards) -> None:
    code = make.active(5000)
    redemption = ledger.redeem(cashier, code, 1000)
    assert refusal(ledger.reverse, cashier, redemption.id, "oops") is ErrorCode.FORBIDDEN
    assert ledger.get_card(code).balance == 4000


def test_a_cashier_reverses_with_a_managers_approval(ledger: Ledger, cashier: Actor,
                                                     approved_cashier: Actor,
                                                     make: Cards) -> None:
    code = make.active(5000)
    redemption = ledger.redeem(cashier, code, 1000)
    reversed_ = ledger.reverse(approved_cashier, redemption.id, "customer changed mind")
    assert reversed_.reversed_by == "cashier"
    assert reversed_.reversal_approved_by == "manager"
    entry = ledger.journal(code)[-1]
    assert (entry.operator, entry.approved_by) == ("cashier", "manager")


def test_reversal_needs_a_reason(ledger: Ledger, cashier: Actor, manager: Actor,
                                 make: Cards) -> None:
    redemption = ledger.redeem(cashier, make.active(5000), 1000)
    assert refusal(ledger.reverse, manager, redemption.id, "") is ErrorCode.VALIDATION_ERROR
    assert refusal(ledger.reverse, manager, redemption.id, "   ") is ErrorCode.VALIDATION_ERROR
    assert refusal(ledger.reverse, manager, redemption.id, "x" * 501) \
        is ErrorCode.VALIDATION_ERROR


def test_the_reversal_window_closes(ledger: Ledger, cashier: Actor, manager: Actor,
                                    make: Cards, clock: Any) -> None:
    code = make.active(5000)
    late = ledger.redeem(cashier, code, 1000)
    on_time = ledger.redeem(cashier, code, 500)
    clock.advance(seconds=DEFAULT_REVERSAL_WINDOW.total_seconds())
    assert ledger.reverse(manager, on_time.id, "just in time").status == "reversed"
    clock.advance(seconds=1)
    assert refusal(ledger.reverse, manager, late.id, "too late") \
        is ErrorCode.REVERSAL_WINDOW_CLOSED
    assert ledger.get_card(code).balance == 4000


def test_the_reversal_window_is_configurable(db_url: str, clock: Any, admin: Actor,
                                             cashier: Actor, manager: Actor) -> None:
    engine = make_engine(db_url)
    try:
        ledger = Ledger(engine, clock=clock, reversal_window=timedelta(hours=1))
        program = ledger.create_program(admin, ProgramSpec(name="Gift", default_value=1000))
        (card,) = ledger.generate_cards(admin, program.id, 1)
        redemption = ledger.redeem(cashier, card.code, 100)
        clock.advance(hours=1, seconds=1)
        assert refusal(ledger.reverse, manager, redemption.id, "late") \
            is ErrorCode.REVERSAL_WINDOW_CLOSED
        assert ledger.audit_balances() == []
    finally:
        engine.dispose()


def test_reversing_the_last_redemption_revives_a_used_up_card(
        ledger: Ledger, cashier: Actor, manager: Actor, make: Cards) -> None:
    code = make.active(5000)
    redemption = ledger.redeem(cashier, code, 5000)
    assert ledger.get_card(code).status is CardStatus.DEPLETED
    ledger.reverse(manager, redemption.id, "refund")
    card = ledger.get_card(code)
    assert (card.status, card.balance) == (CardStatus.ACTIVE, 5000)
    assert ledger.validate(cashier, code).verdict.present_value_description == "Balance $50.00"


def test_a_reversal_on_a_locked_used_up_card_is_usable_after_unlock(
        ledger: Ledger, cashier: Actor, manager: Actor, make: Cards) -> None:
    code = make.active(5000)
    redemption = ledger.redeem(cashier, code, 5000)
    ledger.lock(manager, code, "dispute")
    ledger.reverse(manager, redemption.id, "dispute settled for the customer")
    ledger.unlock(manager, code, "dispute settled")
    card = ledger.get_card(code)
    assert (card.status, card.balance) == (CardStatus.ACTIVE, 5000)
    assert ledger.redeem(cashier, code, 5000).balance_after == 0


def test_a_captured_hold_is_reversed_like_a_redemption(ledger: Ledger, cashier: Actor,
                                                       manager: Actor, make: Cards) -> None:
    code = make.active(5000)
    hold = ledger.hold(cashier, code, 3000)
    captured = ledger.capture(cashier, hold.id, amount=2000)
    reversed_ = ledger.reverse(manager, captured.id, "returned goods")
    assert reversed_.status == "reversed"
    assert ledger.get_card(code).balance == 5000


def test_only_redemptions_are_reversed(ledger: Ledger, manager: Actor, make: Cards) -> None:
    code = make.active(5000)
    issue = ledger.journal(code)[0]
    assert refusal(ledger.reverse, manager, issue.id, "nope") is ErrorCode.REDEMPTION_NOT_FOUND
    assert refusal(ledger.reverse, manager, 999_999, "nope") is ErrorCode.REDEMPTION_NOT_FOUND


def test_value_is_not_restored_to_a_void_card(ledger: Ledger, cashier: Actor, manager: Actor,
                                              make: Cards) -> None:
    code = make.active(5000)
    redemption = ledger.redeem(cashier, code, 1000)
    ledger.void(manager, code, "stolen")
    assert refusal(ledger.reverse, manager, redemption.id, "refund") is ErrorCode.CARD_VOID
    assert ledger.get_redemption(redemption.id).status == "completed"


def test_reverse_replays_by_request_id(ledger: Ledger, cashier: Actor, manager: Actor,
                                       make: Cards) -> None:
    code = make.active(5000)
    redemption = ledger.redeem(cashier, code, 1000)
    first = ledger.reverse(manager, redemption.id, "refund", request_id="rev-1")
    again = ledger.reverse(manager, redemption.id, "refund", request_id="rev-1")
    assert again == first
    assert ledger.get_card(code).balance == 5000
    assert refusal(ledger.reverse, manager, redemption.id, "other reason",
                   request_id="rev-1") is ErrorCode.IDEMPOTENCY_CONFLICT


def test_listing_redemptions_reads_them_together_with_their_reversals(
        ledger: Ledger, cashier: Actor, manager: Actor, make: Cards) -> None:
    """The list of a busy day is one statement, not several for each redemption (it was
    four per row: the row, its card, its program, its reversal), and says the same as
    asking for each one."""
    from sqlalchemy import event

    codes = [make.active(5000), make.active(3000, kind="item", item_label="Coffee",
                                                default_value=3)]
    made = [ledger.redeem(cashier, codes[i % 2], 1) for i in range(30)]
    hold = ledger.hold(cashier, codes[0], 200)
    made.append(ledger.capture(cashier, hold.id))
    ledger.reverse(manager, made[3].id, "wrong card")
    statements: list[str] = []
    listen = (ledger.engine, "before_cursor_execute",
              lambda *args: statements.append(args[2]))
    event.listen(*listen)
    try:
        listed = ledger.list_redemptions(limit=100)
    finally:
        event.remove(*listen)
    assert len([s for s in statements if "journal" in s]) == 1
    assert [r.id for r in listed] == [r.id for r in reversed(made)]
    assert listed == [ledger.get_redemption(r.id) for r in listed]
    reversed_one = next(r for r in listed if r.id == made[3].id)
    assert (reversed_one.status, reversed_one.reversed_by) == ("reversed", "manager")
    assert listed[0].hold_id == hold.id
    assert {r.item_label for r in listed} == {None, "Coffee"}
