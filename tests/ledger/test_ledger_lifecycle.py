"""Lock and unlock, void and close, card updates, the journal, and the expiry sweep."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from ledger_helpers import Cards, refusal

from app.domain.errors import ErrorCode
from app.domain.model import Activation, Actor, CardStatus, EntryKind, HoldStatus, Kind
from app.ledger.engine import Ledger


def test_anyone_locks_only_a_manager_unlocks(ledger: Ledger, cashier: Actor,
                                             manager: Actor, approved_cashier: Actor,
                                             make: Cards) -> None:
    code = make.active(5000)
    card = ledger.lock(cashier, code, "customer says it was stolen")
    assert card.status is CardStatus.LOCKED
    entry = ledger.journal(code)[-1]
    assert (entry.kind, entry.comment, entry.operator) == (
        EntryKind.LOCK, "customer says it was stolen", "cashier")
    assert refusal(ledger.lock, cashier, code, "twice") is ErrorCode.CARD_LOCKED
    assert refusal(ledger.unlock, cashier, code, "found") is ErrorCode.FORBIDDEN
    assert ledger.unlock(approved_cashier, code, "found it").status is CardStatus.ACTIVE
    assert ledger.journal(code)[-1].approved_by == "manager"
    assert refusal(ledger.unlock, manager, code, "again") is ErrorCode.VALIDATION_ERROR


@pytest.mark.parametrize("before", [CardStatus.ALLOCATED, CardStatus.DEPLETED,
                                    CardStatus.PENDING])
def test_unlock_returns_the_card_to_its_previous_state(ledger: Ledger, cashier: Actor,
                                                       manager: Actor, make: Cards,
                                                       before: CardStatus) -> None:
    program = make.program(default_value=1000, activation=Activation.ALLOCATE)
    code = make.pending(program)
    if before is not CardStatus.PENDING:
        token = ledger.sell(cashier, code).activation_token
        assert token is not None
        if before is CardStatus.DEPLETED:
            ledger.activate(cashier, code, token)
            ledger.redeem(cashier, code, 1000)
    assert ledger.get_card(code).status is before
    ledger.lock(manager, code, "audit")
    assert ledger.unlock(manager, code, "audit done").status is before


@pytest.mark.parametrize("closing", [False, True])
def test_void_and_close_write_off_the_balance(ledger: Ledger, cashier: Actor,
                                              manager: Actor, make: Cards,
                                              closing: bool) -> None:
    code = make.active(5000)
    ledger.redeem(cashier, code, 1000)
    end = ledger.close if closing else ledger.void
    assert refusal(end, cashier, code, "no") is ErrorCode.FORBIDDEN
    card = end(manager, code, "paid out in cash" if closing else "sold in error")
    status = CardStatus.CLOSED if closing else CardStatus.VOID
    assert (card.status, card.balance) == (status, 0)
    entry = ledger.journal(code)[-1]
    assert entry.kind is (EntryKind.CLOSE if closing else EntryKind.VOID)
    assert (entry.amount, entry.delta, entry.balance_after) == (4000, -4000, 0)
    assert entry.operator == "manager"
    code_again = ErrorCode.CARD_CLOSED if closing else ErrorCode.CARD_VOID
    assert refusal(ledger.void, manager, code, "again") is code_again
    assert refusal(ledger.close, manager, code, "again") is code_again
    assert refusal(ledger.lock, manager, code, "again") is code_again
    assert refusal(ledger.update_card, manager, code, message="hi") is code_again


def test_a_locked_card_can_be_voided(ledger: Ledger, manager: Actor, make: Cards) -> None:
    code = make.active(5000)
    ledger.lock(manager, code, "stolen")
    assert ledger.void(manager, code, "stolen, confirmed").status is CardStatus.VOID


def test_update_sender_recipient_and_message(ledger: Ledger, cashier: Actor,
                                             make: Cards) -> None:
    code = make.active(5000)
    card = ledger.update_card(cashier, code, sender=" Ann ", recipient="Bob",
                              message="Happy birthday")
    assert (card.sender, card.recipient, card.message) == ("Ann", "Bob", "Happy birthday")
    card = ledger.update_card(cashier, code, message=None)
    assert (card.sender, card.message) == ("Ann", None)
    entry = ledger.journal(code)[-1]
    assert (entry.kind, entry.delta, entry.comment) == (EntryKind.UPDATE, 0, "changed message")
    assert refusal(ledger.update_card, cashier, code) is ErrorCode.VALIDATION_ERROR
    assert refusal(ledger.update_card, cashier, code, message="x" * 1001) \
        is ErrorCode.VALIDATION_ERROR


def test_only_a_manager_changes_validity(ledger: Ledger, cashier: Actor, manager: Actor,
                                         make: Cards, clock: Any) -> None:
    code = make.active(5000)
    later = clock.now + timedelta(days=10)
    assert refusal(ledger.update_card, cashier, code, valid_until=later) is ErrorCode.FORBIDDEN
    assert refusal(ledger.update_card, manager, code,
                   valid_until=later.replace(tzinfo=None)) is ErrorCode.VALIDATION_ERROR
    assert ledger.update_card(manager, code, valid_until=later).valid_until == later
    assert ledger.update_card(manager, code, valid_until=None).valid_until is None


def test_extending_an_expired_card_gives_its_value_back(ledger: Ledger, cashier: Actor,
                                                        manager: Actor, make: Cards,
                                                        clock: Any) -> None:
    code = make.active(5000, validity_days=30)
    ledger.redeem(cashier, code, 1000)
    clock.advance(days=31)
    report = ledger.expire_cards(manager)
    assert report.breakage == {"USD": 4000}
    card = ledger.get_card(code)
    assert (card.status, card.balance) == (CardStatus.EXPIRED, 0)
    # A late customer: the manager extends the card.
    card = ledger.update_card(manager, code, valid_until=clock.now + timedelta(days=7))
    assert (card.status, card.balance) == (CardStatus.ACTIVE, 4000)
    assert ledger.validate(cashier, code).verdict.present_value_description == "Balance $40.00"
    kinds = [e.kind for e in ledger.journal(code)]
    assert kinds[-3:] == [EntryKind.EXPIRE, EntryKind.ADJUST, EntryKind.UPDATE]
    assert ledger.redeem(cashier, code, 4000).balance_after == 0


def test_a_card_locked_when_it_expired_stays_locked_when_extended(
        ledger: Ledger, cashier: Actor, manager: Actor, make: Cards, clock: Any) -> None:
    code = make.active(5000, validity_days=30)
    ledger.lock(manager, code, "reported stolen")
    clock.advance(days=31)
    ledger.expire_cards(manager)
    card = ledger.update_card(manager, code, valid_until=clock.now + timedelta(days=30))
    assert (card.status, card.balance) == (CardStatus.LOCKED, 5000)
    assert refusal(ledger.redeem, cashier, code, 100) is ErrorCode.CARD_LOCKED
    assert ledger.unlock(manager, code, "owner found it").status is CardStatus.ACTIVE
    assert ledger.redeem(cashier, code, 100).balance_after == 4900


def test_an_expired_card_is_not_locked_and_gets_its_value_back_once(
        ledger: Ledger, manager: Actor, make: Cards, clock: Any) -> None:
    """A lock made an expired card "locked": the next expiry run expired it again, writing
    off nothing, and an extension then gave back nothing of the $50.00 written off."""
    code = make.active(5000, validity_days=30)
    clock.advance(days=31)
    assert ledger.expire_cards(manager).breakage == {"USD": 5000}
    assert refusal(ledger.lock, manager, code, "odd") is ErrorCode.CARD_EXPIRED
    assert ledger.expire_cards(manager).cards_expired == 0
    card = ledger.update_card(manager, code, valid_until=clock.now + timedelta(days=7))
    assert (card.status, card.balance) == (CardStatus.ACTIVE, 5000)


def test_wrong_pins_on_an_expired_card_bring_it_back_locked_with_its_value(
        ledger: Ledger, cashier: Actor, manager: Actor, make: Cards, clock: Any) -> None:
    program = make.program(default_value=3000, pin_required=True, validity_days=30)
    code = make.pending(program)
    ledger.sell(cashier, code, pin="2468")
    clock.advance(days=31)
    ledger.expire_cards(manager)
    for _ in range(5):
        assert refusal(ledger.validate, cashier, code, pin="1111") is ErrorCode.PIN_INVALID
    assert ledger.get_card(code).status is CardStatus.EXPIRED
    assert ledger.journal(code)[-1].kind is EntryKind.LOCK
    assert ledger.expire_cards(manager).cards_expired == 0
    card = ledger.update_card(manager, code, valid_until=clock.now + timedelta(days=7))
    assert (card.status, card.balance) == (CardStatus.LOCKED, 3000)
    assert ledger.unlock(manager, code, "owner with ID").status is CardStatus.ACTIVE
    assert ledger.redeem(cashier, code, 1000, pin="2468").balance_after == 2000


def test_wrong_pins_leave_a_void_card_void(ledger: Ledger, cashier: Actor, manager: Actor,
                                           make: Cards) -> None:
    """Locked by wrong PINs, a void card took refunds (as a locked card does) and an unlock
    left value on a void card."""
    program = make.program(default_value=3000, pin_required=True)
    code = make.pending(program)
    ledger.sell(cashier, code, pin="2468")
    ledger.void(manager, code, "sold in error")
    for _ in range(5):
        assert refusal(ledger.validate, cashier, code, pin="1111") is ErrorCode.PIN_INVALID
    assert ledger.get_card(code).status is CardStatus.VOID
    assert refusal(ledger.refund, manager, code, 500, reason="goodwill") is ErrorCode.CARD_VOID
    assert ledger.get_card(code).balance == 0


def test_an_extension_into_the_past_does_not_revive(ledger: Ledger, manager: Actor,
                                                    make: Cards, clock: Any) -> None:
    code = make.active(5000, validity_days=30)
    clock.advance(days=31)
    ledger.expire_cards(manager)
    card = ledger.update_card(manager, code, valid_until=clock.now - timedelta(days=1))
    assert (card.status, card.balance) == (CardStatus.EXPIRED, 0)


def test_journal_lists_every_change_in_order(ledger: Ledger, cashier: Actor,
                                             manager: Actor, make: Cards) -> None:
    code = make.pending(make.program(default_value=5000, reloadable=True))
    ledger.sell(cashier, code, request_id="s")
    ledger.load(cashier, code, 1000)
    hold = ledger.hold(cashier, code, 500)
    ledger.capture(cashier, hold.id)
    redemption = ledger.redeem(cashier, code, 700, request_id="r")
    ledger.reverse(manager, redemption.id, "refund")
    ledger.lock(manager, code, "check")
    ledger.unlock(manager, code, "ok")
    ledger.close(manager, code, "retired")
    entries = ledger.journal(code)
    assert [e.kind for e in entries] == [
        EntryKind.SELL, EntryKind.LOAD, EntryKind.HOLD, EntryKind.CAPTURE, EntryKind.REDEEM,
        EntryKind.REVERSE, EntryKind.LOCK, EntryKind.UNLOCK, EntryKind.CLOSE]
    running = 0
    for entry in entries:
        running += entry.delta
        assert entry.balance_after == running
    assert running == 0
    assert [e.request_id for e in entries][:5] == ["s", None, None, None, "r"]
    assert refusal(ledger.journal, "123456789015") is ErrorCode.CARD_NOT_FOUND


def test_expire_cards_writes_off_breakage(ledger: Ledger, admin: Actor, cashier: Actor,
                                          manager: Actor, make: Cards, clock: Any) -> None:
    usd = make.program(name="USD", default_value=5000, validity_days=30)
    jpy = make.program(name="JPY", currency="JPY", default_value=3000, validity_days=60)
    items = make.program(name="Coffee", kind=Kind.ITEM, item_label="Coffee", default_value=5,
                         validity_days=30)
    forever = make.program(name="Forever", default_value=5000)
    (a, b) = ledger.generate_cards(admin, usd.id, 2)
    (y,) = ledger.generate_cards(admin, jpy.id, 1)
    (c,) = ledger.generate_cards(admin, items.id, 1)
    (f,) = ledger.generate_cards(admin, forever.id, 1)
    pending = make.pending(usd)
    ledger.redeem(cashier, a.code, 1000)
    ledger.redeem(cashier, c.code, 2)
    hold = ledger.hold(cashier, b.code, 1500, ttl_s=7 * 24 * 3600)
    ledger.lock(manager, b.code, "check")
    assert refusal(ledger.expire_cards, cashier) is ErrorCode.FORBIDDEN

    clock.advance(days=30)
    report = ledger.expire_cards(manager)
    assert report.cards_expired == 3
    assert report.breakage == {"USD": 4000 + 5000, "items": 3}
    for code in (a.code, b.code, c.code):
        card = ledger.get_card(code)
        assert (card.status, card.balance, card.held) == (CardStatus.EXPIRED, 0, 0)
        entry = ledger.journal(code)[-1]
        assert entry.kind is EntryKind.EXPIRE
        assert entry.balance_after == 0
    assert ledger.get_hold(hold.id).status is HoldStatus.EXPIRED
    assert ledger.get_card(y.code).status is CardStatus.ACTIVE
    assert ledger.get_card(f.code).status is CardStatus.ACTIVE
    assert ledger.get_card(pending).status is CardStatus.PENDING
    again = ledger.expire_cards(manager)
    assert (again.cards_expired, again.breakage) == (0, {})

    clock.advance(days=30)
    assert ledger.expire_cards(manager).breakage == {"JPY": 3000}


def test_expire_cards_reports_timed_out_holds(ledger: Ledger, cashier: Actor,
                                              manager: Actor, make: Cards,
                                              clock: Any) -> None:
    code = make.active(5000)
    ledger.hold(cashier, code, 1000, ttl_s=60)
    clock.advance(minutes=2)
    report = ledger.expire_cards(manager)
    assert (report.cards_expired, report.holds_expired) == (0, 1)
    assert ledger.get_card(code).held == 0


def test_fixed_validity_dates(ledger: Ledger, cashier: Actor, make: Cards) -> None:
    start = datetime(2026, 4, 1, tzinfo=UTC)
    code = make.active(1000, valid_from=start, valid_until=datetime(2026, 5, 1, tzinfo=UTC))
    card = ledger.get_card(code)
    assert (card.valid_from, card.valid_until) == (start, datetime(2026, 5, 1, tzinfo=UTC))
    assert refusal(ledger.redeem, cashier, code, 100) is ErrorCode.CARD_NOT_YET_VALID


def test_a_card_never_sold_is_voided_not_closed_and_its_sale_sets_its_validity(
        ledger: Ledger, manager: Actor, make: Cards) -> None:
    """`card_actions.ACCEPTS`: closing ends a card's life with its value, and a sale sets the
    validity; a card still to be sold has neither, so both are refused with a reason, and the
    app (which reads the same table) does not offer them."""
    code = make.pending(make.program(default_value=2500, validity_days=30))
    later = datetime(2030, 1, 1, tzinfo=UTC)
    assert refusal(ledger.close, manager, code, "never sold") is ErrorCode.CARD_NOT_ACTIVE
    assert refusal(ledger.update_card, manager, code, valid_until=later) \
        is ErrorCode.CARD_NOT_ACTIVE
    assert ledger.get_card(code).status is CardStatus.PENDING
    assert ledger.update_card(manager, code, message="For Ben").message == "For Ben"
    assert ledger.void(manager, code, "never sold").status is CardStatus.VOID
