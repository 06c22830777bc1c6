"""Redemptions, PINs, and holds with capture, release and timeout, on both databases."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from ledger_helpers import Cards, refusal
from sqlalchemy import text

from app.domain.errors import ErrorCode, GiftDeskError
from app.domain.model import Actor, CardStatus, EntryKind, HoldStatus, Kind
from app.ledger.engine import Ledger


def test_redeem_records_everything_about_the_sale(ledger: Ledger, cashier: Actor,
                                                  make: Cards, clock: Any) -> None:
    code = make.active(5000)
    redemption = ledger.redeem(cashier, code, 1250, reporting_code="SALE-1",
                               reference="receipt 77", comment="latte", request_id="r1")
    assert redemption.card_code == code
    assert (redemption.amount, redemption.balance_after, redemption.status) == (
        1250, 3750, "completed")
    assert (redemption.location, redemption.terminal, redemption.operator) == (
        "STORE-1", "T1", "cashier")
    assert (redemption.reporting_code, redemption.reference, redemption.comment) == (
        "SALE-1", "receipt 77", "latte")
    assert redemption.created_at == clock.now
    assert not redemption.training
    assert ledger.get_redemption(redemption.id) == redemption
    assert ledger.get_card(code).balance == 3750
    entry = ledger.journal(code)[-1]
    assert (entry.kind, entry.amount, entry.delta, entry.request_id) == (
        EntryKind.REDEEM, 1250, -1250, "r1")


def test_redeem_the_whole_balance_uses_the_card_up(ledger: Ledger, cashier: Actor,
                                                   make: Cards) -> None:
    code = make.active(5000)
    ledger.redeem(cashier, code, 5000)
    card = ledger.get_card(code)
    assert (card.status, card.balance) == (CardStatus.DEPLETED, 0)
    assert refusal(ledger.redeem, cashier, code, 1) is ErrorCode.CARD_DEPLETED


def test_redeem_never_more_than_the_balance(ledger: Ledger, cashier: Actor,
                                            make: Cards) -> None:
    code = make.active(5000)
    with_info = None
    try:
        ledger.redeem(cashier, code, 5001)
    except GiftDeskError as exc:
        with_info = exc
    assert with_info is not None
    assert with_info.code is ErrorCode.INSUFFICIENT_BALANCE
    assert with_info.extra["available"] == 5000
    assert "$50.00" in with_info.detail
    assert ledger.get_card(code).balance == 5000


def test_redeem_refuses_bad_amounts(ledger: Ledger, cashier: Actor, make: Cards) -> None:
    code = make.active(5000)
    for amount in (0, -1, 12.5, float("nan"), True, "100", 10**13):
        assert refusal(ledger.redeem, cashier, code, amount) is ErrorCode.INVALID_AMOUNT
    assert ledger.get_card(code).balance == 5000


def test_partial_redemption_may_be_forbidden(ledger: Ledger, cashier: Actor,
                                             make: Cards) -> None:
    code = make.active(2000, partial_redemption=False)
    assert refusal(ledger.redeem, cashier, code, 1000) is ErrorCode.PARTIAL_NOT_ALLOWED
    assert ledger.redeem(cashier, code, 2000).balance_after == 0


def test_item_quantities(ledger: Ledger, cashier: Actor, make: Cards) -> None:
    code = make.active(5, kind=Kind.ITEM, item_label="Coffee")
    assert ledger.redeem(cashier, code, 3).balance_after == 2
    assert refusal(ledger.redeem, cashier, code, 3) is ErrorCode.INSUFFICIENT_BALANCE
    assert refusal(ledger.redeem, cashier, code, 1_000_001) is ErrorCode.INVALID_AMOUNT
    assert ledger.redeem(cashier, code, 2).balance_after == 0
    assert ledger.get_card(code).status is CardStatus.DEPLETED


def test_redeem_only_an_active_card(ledger: Ledger, cashier: Actor, manager: Actor,
                                    make: Cards) -> None:
    program = make.program(default_value=1000)
    assert refusal(ledger.redeem, cashier, make.pending(program), 100) \
        is ErrorCode.CARD_NOT_ACTIVE
    locked = make.active(1000)
    ledger.lock(cashier, locked, "lost")
    assert refusal(ledger.redeem, cashier, locked, 100) is ErrorCode.CARD_LOCKED
    void = make.active(1000)
    ledger.void(manager, void, "stolen")
    assert refusal(ledger.redeem, cashier, void, 100) is ErrorCode.CARD_VOID
    closed = make.active(1000)
    ledger.close(manager, closed, "retired")
    assert refusal(ledger.redeem, cashier, closed, 100) is ErrorCode.CARD_CLOSED


def test_redeem_is_refused_once_valid_until_passed_even_before_the_sweep(
        ledger: Ledger, cashier: Actor, make: Cards, clock: Any) -> None:
    code = make.active(1000, validity_days=30)
    clock.advance(days=30, seconds=-1)
    ledger.redeem(cashier, code, 100)
    clock.advance(seconds=1)
    assert ledger.get_card(code).status is CardStatus.ACTIVE  # not swept yet
    assert refusal(ledger.redeem, cashier, code, 100) is ErrorCode.CARD_EXPIRED
    assert refusal(ledger.hold, cashier, code, 100) is ErrorCode.CARD_EXPIRED
    assert ledger.get_card(code).balance == 900


def test_redeem_only_at_an_allowed_store(ledger: Ledger, cashier: Actor, elsewhere: Actor,
                                         make: Cards) -> None:
    code = make.active(1000, locations=("STORE-1",))
    assert refusal(ledger.redeem, elsewhere, code, 100) is ErrorCode.LOCATION_NOT_ALLOWED
    assert refusal(ledger.hold, elsewhere, code, 100) is ErrorCode.LOCATION_NOT_ALLOWED
    assert ledger.redeem(cashier, code, 100).balance_after == 900


def test_reporting_code_required(ledger: Ledger, cashier: Actor, make: Cards) -> None:
    code = make.active(1000, reporting_code_required=True)
    assert refusal(ledger.redeem, cashier, code, 100) is ErrorCode.REPORTING_CODE_REQUIRED
    assert refusal(ledger.redeem, cashier, code, 100, reporting_code="  ") \
        is ErrorCode.REPORTING_CODE_REQUIRED
    assert refusal(ledger.redeem, cashier, code, 100, reporting_code="x" * 41) \
        is ErrorCode.VALIDATION_ERROR
    assert ledger.redeem(cashier, code, 100, reporting_code="PROMO-7").reporting_code == \
        "PROMO-7"
    hold = ledger.hold(cashier, code, 100)
    assert refusal(ledger.capture, cashier, hold.id) is ErrorCode.REPORTING_CODE_REQUIRED
    assert ledger.capture(cashier, hold.id, reporting_code="PROMO-8").amount == 100


def pin_card(ledger: Ledger, cashier: Actor, make: Cards, pin: str = "2468") -> str:
    code = make.pending(make.program(name="PIN card", default_value=5000, pin_required=True))
    ledger.sell(cashier, code, pin=pin)
    return code


def test_a_pin_card_needs_its_pin(ledger: Ledger, cashier: Actor, make: Cards) -> None:
    code = pin_card(ledger, cashier, make)
    assert refusal(ledger.redeem, cashier, code, 100) is ErrorCode.PIN_REQUIRED
    assert refusal(ledger.redeem, cashier, code, 100, pin="1357") is ErrorCode.PIN_INVALID
    assert ledger.get_card(code).balance == 5000
    assert ledger.redeem(cashier, code, 100, pin="2468").balance_after == 4900
    assert refusal(ledger.hold, cashier, code, 100) is ErrorCode.PIN_REQUIRED
    assert ledger.hold(cashier, code, 100, pin="2468").amount == 100


def test_five_wrong_pins_in_a_row_lock_the_card(ledger: Ledger, cashier: Actor,
                                                manager: Actor, make: Cards) -> None:
    code = pin_card(ledger, cashier, make)
    for _ in range(4):
        assert refusal(ledger.redeem, cashier, code, 100, pin="0000") is ErrorCode.PIN_INVALID
    assert ledger.get_card(code).status is CardStatus.ACTIVE
    assert refusal(ledger.redeem, cashier, code, 100, pin="0000") is ErrorCode.PIN_INVALID
    assert ledger.get_card(code).status is CardStatus.LOCKED
    kinds = [e.kind for e in ledger.journal(code)]
    assert kinds.count(EntryKind.PIN_FAILED) == 5
    assert kinds[-1] is EntryKind.LOCK
    # Even the right PIN does not get past the lock, and it answers exactly as a wrong one, so
    # a locked card is no oracle for further guesses; a manager unlocks it.
    assert refusal(ledger.redeem, cashier, code, 100, pin="2468") is ErrorCode.PIN_INVALID
    assert ledger.get_card(code).balance == 5000
    ledger.unlock(manager, code, "customer showed ID")
    assert ledger.redeem(cashier, code, 100, pin="2468").balance_after == 4900
    for _ in range(4):  # the count started again at the unlock
        refusal(ledger.redeem, cashier, code, 100, pin="0000")
    assert ledger.get_card(code).status is CardStatus.ACTIVE


def test_a_right_pin_resets_the_count(ledger: Ledger, cashier: Actor, make: Cards) -> None:
    code = pin_card(ledger, cashier, make)
    for _ in range(4):
        refusal(ledger.redeem, cashier, code, 100, pin="0000")
    ledger.redeem(cashier, code, 100, pin="2468")
    for _ in range(4):
        refusal(ledger.redeem, cashier, code, 100, pin="0000")
    assert ledger.get_card(code).status is CardStatus.ACTIVE
    refusal(ledger.redeem, cashier, code, 100, pin="0000")
    assert ledger.get_card(code).status is CardStatus.LOCKED


def test_wrong_pins_at_validate_count_too(ledger: Ledger, cashier: Actor, make: Cards) -> None:
    code = pin_card(ledger, cashier, make)
    for _ in range(5):
        assert refusal(ledger.validate, cashier, code, pin="9999") is ErrorCode.PIN_INVALID
    assert ledger.get_card(code).status is CardStatus.LOCKED


# ----------------------------------------------------------------------------- holds


def test_hold_reserves_value_then_capture_redeems_it(ledger: Ledger, cashier: Actor,
                                                     make: Cards, clock: Any) -> None:
    code = make.active(5000)
    hold = ledger.hold(cashier, code, 2000, ttl_s=600)
    assert hold.status is HoldStatus.ACTIVE
    assert hold.expires_at == clock.now + timedelta(seconds=600)
    assert hold.available_after == 3000
    card = ledger.get_card(code)
    assert (card.balance, card.held, card.available) == (5000, 2000, 3000)
    assert refusal(ledger.redeem, cashier, code, 3001) is ErrorCode.INSUFFICIENT_BALANCE
    assert refusal(ledger.hold, cashier, code, 3001) is ErrorCode.INSUFFICIENT_BALANCE
    redemption = ledger.capture(cashier, hold.id)
    assert (redemption.amount, redemption.balance_after, redemption.hold_id) == (
        2000, 3000, hold.id)
    card = ledger.get_card(code)
    assert (card.balance, card.held) == (3000, 0)
    settled = ledger.get_hold(hold.id)
    assert settled.status is HoldStatus.CAPTURED
    assert settled.redemption_id == redemption.id
    assert refusal(ledger.capture, cashier, hold.id) is ErrorCode.HOLD_NOT_ACTIVE
    assert refusal(ledger.release, cashier, hold.id) is ErrorCode.HOLD_NOT_ACTIVE
    assert [r.id for r in ledger.list_redemptions(card=code)] == [redemption.id]


def test_partial_capture_frees_the_rest(ledger: Ledger, cashier: Actor, make: Cards) -> None:
    code = make.active(5000)
    hold = ledger.hold(cashier, code, 2000)
    assert refusal(ledger.capture, cashier, hold.id, amount=2001) \
        is ErrorCode.INSUFFICIENT_BALANCE
    redemption = ledger.capture(cashier, hold.id, amount=1500)
    assert redemption.amount == 1500
    card = ledger.get_card(code)
    assert (card.balance, card.held, card.available) == (3500, 0, 3500)


def test_release_frees_the_value(ledger: Ledger, cashier: Actor, make: Cards) -> None:
    code = make.active(5000)
    hold = ledger.hold(cashier, code, 5000)
    assert not ledger.validate(cashier, code).verdict.is_redeemable
    released = ledger.release(cashier, hold.id)
    assert released.status is HoldStatus.RELEASED
    assert released.available_after == 5000
    assert ledger.get_card(code).held == 0
    kinds = [e.kind for e in ledger.journal(code)]
    assert kinds[-2:] == [EntryKind.HOLD, EntryKind.RELEASE]


def test_holds_time_out_by_themselves(ledger: Ledger, cashier: Actor, make: Cards,
                                      clock: Any) -> None:
    code = make.active(5000)
    hold = ledger.hold(cashier, code, 4000, ttl_s=60)
    clock.advance(seconds=59)
    assert refusal(ledger.redeem, cashier, code, 1001) is ErrorCode.INSUFFICIENT_BALANCE
    clock.advance(seconds=1)
    # The next operation on the card frees the timed-out value first.
    assert ledger.redeem(cashier, code, 5000).balance_after == 0
    assert ledger.get_hold(hold.id).status is HoldStatus.EXPIRED
    assert refusal(ledger.capture, cashier, hold.id) is ErrorCode.HOLD_EXPIRED
    kinds = [e.kind for e in ledger.journal(code)]
    assert EntryKind.HOLD_EXPIRE in kinds


def test_capture_after_the_timeout_is_refused_and_frees_the_value(
        ledger: Ledger, cashier: Actor, make: Cards, clock: Any) -> None:
    code = make.active(5000)
    hold = ledger.hold(cashier, code, 4000, ttl_s=60)
    clock.advance(minutes=5)
    assert refusal(ledger.capture, cashier, hold.id) is ErrorCode.HOLD_EXPIRED
    assert ledger.get_card(code).held == 0  # freed although the capture was refused
    assert ledger.get_hold(hold.id).status is HoldStatus.EXPIRED
    assert refusal(ledger.release, cashier, hold.id) is ErrorCode.HOLD_EXPIRED


def test_expire_holds_sweeps_every_card(ledger: Ledger, cashier: Actor, manager: Actor,
                                        make: Cards, clock: Any) -> None:
    codes = [make.active(1000) for _ in range(3)]
    holds = [ledger.hold(cashier, code, 500, ttl_s=60) for code in codes]
    keep = ledger.hold(cashier, codes[0], 100, ttl_s=3600)
    clock.advance(minutes=2)
    assert ledger.expire_holds(manager) == 3
    assert all(ledger.get_hold(h.id).status is HoldStatus.EXPIRED for h in holds)
    assert ledger.get_hold(keep.id).status is HoldStatus.ACTIVE
    assert [ledger.get_card(c).held for c in codes] == [100, 0, 0]
    assert ledger.expire_holds(manager) == 0


def test_hold_refusals(ledger: Ledger, cashier: Actor, make: Cards) -> None:
    code = make.active(5000, partial_redemption=False)
    assert refusal(ledger.hold, cashier, code, 1000) is ErrorCode.PARTIAL_NOT_ALLOWED
    assert refusal(ledger.hold, cashier, code, 5000, ttl_s=0) is ErrorCode.INVALID_AMOUNT
    assert refusal(ledger.hold, cashier, code, 5000, ttl_s=8 * 24 * 3600) \
        is ErrorCode.INVALID_AMOUNT
    assert refusal(ledger.capture, cashier, 999_999) is ErrorCode.HOLD_NOT_FOUND
    assert refusal(ledger.release, cashier, 999_999) is ErrorCode.HOLD_NOT_FOUND
    assert refusal(ledger.get_hold, 999_999) is ErrorCode.HOLD_NOT_FOUND


def test_a_card_with_a_hold_cannot_be_voided_until_it_is_settled(
        ledger: Ledger, cashier: Actor, manager: Actor, make: Cards) -> None:
    code = make.active(5000)
    hold = ledger.hold(cashier, code, 1000)
    assert refusal(ledger.void, manager, code, "stolen") is ErrorCode.VALIDATION_ERROR
    ledger.release(cashier, hold.id)
    assert ledger.void(manager, code, "stolen").status is CardStatus.VOID


def test_capture_of_a_card_locked_meanwhile_is_refused(ledger: Ledger, cashier: Actor,
                                                       manager: Actor, make: Cards) -> None:
    code = make.active(5000)
    hold = ledger.hold(cashier, code, 1000)
    ledger.lock(manager, code, "fraud check")
    assert refusal(ledger.capture, cashier, hold.id) is ErrorCode.CARD_LOCKED
    ledger.unlock(manager, code, "fine")
    assert ledger.capture(cashier, hold.id).balance_after == 4000


def test_redemptions_list_newest_first_with_filters(ledger: Ledger, cashier: Actor,
                                                    elsewhere: Actor, make: Cards,
                                                    clock: Any) -> None:
    a, b = make.active(5000), make.active(5000)
    first = ledger.redeem(cashier, a, 100)
    clock.advance(hours=1)
    second = ledger.redeem(elsewhere, b, 200)
    clock.advance(hours=1)
    third = ledger.redeem(cashier, b, 300)
    assert [r.id for r in ledger.list_redemptions()] == [third.id, second.id, first.id]
    assert [r.id for r in ledger.list_redemptions(card=b)] == [third.id, second.id]
    assert [r.id for r in ledger.list_redemptions(location="STORE-2")] == [second.id]
    assert [r.id for r in ledger.list_redemptions(terminal="T1")] == [third.id, first.id]
    assert [r.id for r in ledger.list_redemptions(since=second.created_at)] == [
        third.id, second.id]
    assert [r.id for r in ledger.list_redemptions(until=second.created_at)] == [first.id]
    assert [r.id for r in ledger.list_redemptions(limit=1)] == [third.id]
    assert refusal(ledger.get_redemption, 999_999) is ErrorCode.REDEMPTION_NOT_FOUND
    # A journal row that is not a redemption is not one.
    issue = ledger.journal(a)[0]
    assert refusal(ledger.get_redemption, issue.id) is ErrorCode.REDEMPTION_NOT_FOUND


@pytest.mark.parametrize("db_url", [pytest.param("postgres", marks=pytest.mark.postgres)],
                         indirect=True)
def test_a_redemption_after_the_database_dropped_the_connections_still_succeeds(
        ledger: Ledger, cashier: Actor, make: Cards) -> None:
    """The pool keeps connections between calls; when PostgreSQL drops them (a restart, an
    idle timeout), the next redemption still succeeds, exactly once."""
    code = make.active(5000)
    ledger.redeem(cashier, code, 100, request_id="before")
    with ledger.engine.connect() as conn:
        conn.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
    after = ledger.redeem(cashier, code, 200, request_id="after")
    again = ledger.redeem(cashier, code, 300, request_id="again")
    assert (after.balance_after, again.balance_after) == (4700, 4400)
    assert ledger.redeem(cashier, code, 200, request_id="after") == after  # a replay
    assert ledger.get_card(code).balance == 4400
    assert ledger.audit_balances() == []


def test_capture_applies_the_card_store_rule_at_capture(ledger: Ledger, cashier: Actor,
                                                       manager: Actor, make: Cards) -> None:
    """A hold taken at STORE-1 on a STORE-1-only card cannot be captured at STORE-2."""
    code = make.active(5000, locations=("STORE-1",))
    hold = ledger.hold(cashier, code, 2000)
    elsewhere = Actor(operator="manager", role=manager.role, location="STORE-2",
                      terminal="T2")
    assert refusal(ledger.capture, elsewhere, hold.id) is ErrorCode.LOCATION_NOT_ALLOWED
    card = ledger.get_card(code)
    assert (card.balance, card.held) == (5000, 2000)
    assert ledger.get_hold(hold.id).status is HoldStatus.ACTIVE
    assert ledger.capture(cashier, hold.id).balance_after == 3000


def test_capture_after_the_card_expired_is_refused_as_a_redemption_is(
        ledger: Ledger, cashier: Actor, make: Cards, clock: Any) -> None:
    code = make.active(5000, valid_until=clock.now + timedelta(hours=1))
    hold = ledger.hold(cashier, code, 2000, ttl_s=3 * 3600)
    clock.advance(hours=2)  # the hold runs on, the card's validity has ended
    assert refusal(ledger.redeem, cashier, code, 1) is ErrorCode.CARD_EXPIRED
    assert refusal(ledger.capture, cashier, hold.id) is ErrorCode.CARD_EXPIRED
    assert ledger.get_card(code).balance == 5000
    assert ledger.get_hold(hold.id).status is HoldStatus.ACTIVE


def test_capture_of_a_card_locked_since_its_hold_is_refused(
        ledger: Ledger, cashier: Actor, manager: Actor, make: Cards) -> None:
    code = make.active(5000)
    hold = ledger.hold(cashier, code, 2000)
    ledger.lock(manager, code, "reported lost")
    assert refusal(ledger.capture, cashier, hold.id) is ErrorCode.CARD_LOCKED
    assert ledger.get_card(code).balance == 5000
    ledger.unlock(manager, code, "found")
    assert ledger.capture(cashier, hold.id).balance_after == 3000
