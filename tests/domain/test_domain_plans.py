"""The plans: every change of a card's value or status, and the one rule its status follows.

Before the plans held every change, "depleted at zero" was decided in four places (the plans,
the corrections, unlock and extending an expired card, and a load that always made a card
active); these tests hold each kind of change to `plans.status_after`.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_domain_rules import CARD, GIFT, NOW

from app.domain import corrections, plans
from app.domain.errors import ErrorCode, GiftDeskError
from app.domain.model import Activation, Actor, Card, CardStatus, EntryKind, Role

MANAGER = Actor(operator="manager", role=Role.MANAGER, location="STORE-1", terminal="T1")


def card(status: CardStatus, balance: int, **fields: object) -> Card:
    return replace(CARD, status=status, balance=balance, **fields)  # type: ignore[arg-type]


def live_status(balance: int) -> CardStatus:
    """What a usable card's status must be after any change: depleted exactly at zero."""
    return CardStatus.DEPLETED if balance == 0 else CardStatus.ACTIVE


@pytest.mark.parametrize(("status", "balance", "delta"), [
    (CardStatus.DEPLETED, 0, 1), (CardStatus.ACTIVE, 100, -100), (CardStatus.ACTIVE, 100, -40),
    (CardStatus.ACTIVE, 100, 50)])
def test_every_change_of_value_leaves_a_live_card_depleted_exactly_at_zero(
        status: CardStatus, balance: int, delta: int) -> None:
    before = card(status, balance)
    made = [plans.change(before, EntryKind.REVERSE, abs(delta), balance_delta=delta),
            corrections.plan_adjust(before, GIFT, delta, "count", MANAGER)]
    if delta > 0:
        made += [plans.load(before, GIFT, delta, now=NOW),
                 corrections.plan_refund(before, GIFT, delta, None, "goodwill", MANAGER),
                 plans.transfer_in(before, delta)]
    else:
        made += [plans.cancel(before, -delta, sale=False)]
        if before.available >= -delta:
            made += [plans.redemption(before, GIFT, -delta, now=NOW, location="STORE-1",
                                      reporting_code=None)]
    for plan in made:
        assert plan.after.balance == balance + delta
        assert plan.after.status is live_status(balance + delta), plan.kind


def test_a_locked_card_stays_locked_whatever_its_value_does() -> None:
    locked = card(CardStatus.LOCKED, 300, locked_from=CardStatus.ACTIVE)
    down = corrections.plan_adjust(locked, GIFT, -300, "count", MANAGER)
    up = corrections.plan_refund(locked, GIFT, 200, None, "goodwill", MANAGER)
    assert (down.after.status, down.after.balance) == (CardStatus.LOCKED, 0)
    assert (up.after.status, up.after.balance) == (CardStatus.LOCKED, 500)


@pytest.mark.parametrize(("locked_from", "balance", "after"), [
    (CardStatus.ACTIVE, 300, CardStatus.ACTIVE),
    (CardStatus.ACTIVE, 0, CardStatus.DEPLETED),  # emptied while locked
    (CardStatus.DEPLETED, 250, CardStatus.ACTIVE),  # refilled while locked
    (CardStatus.DEPLETED, 0, CardStatus.DEPLETED),
    (None, 300, CardStatus.ACTIVE),
    (CardStatus.ALLOCATED, 300, CardStatus.ALLOCATED),
    (CardStatus.PENDING, 0, CardStatus.PENDING),
])
def test_unlock_goes_back_to_what_the_card_was_as_its_balance_is_now(
        locked_from: CardStatus | None, balance: int, after: CardStatus) -> None:
    plan = plans.unlock(card(CardStatus.LOCKED, balance, locked_from=locked_from))
    assert (plan.kind, plan.amount, plan.delta) == (EntryKind.UNLOCK, 0, 0)
    assert plan.after.status is after


def test_unlock_refuses_a_card_that_is_not_locked() -> None:
    with pytest.raises(GiftDeskError) as refused:
        plans.unlock(CARD)
    assert refused.value.code is ErrorCode.VALIDATION_ERROR


@pytest.mark.parametrize(("written_off", "balance", "allocated", "locked", "after"), [
    (4250, 0, False, False, CardStatus.ACTIVE),
    (0, 0, False, False, CardStatus.DEPLETED),  # it had nothing left when it expired
    (0, 500, False, False, CardStatus.ACTIVE),  # a reversal came in after it expired
    (3000, 0, True, False, CardStatus.ALLOCATED),
    (4250, 0, False, True, CardStatus.LOCKED),
])
def test_extending_an_expired_card_gives_back_what_expiry_wrote_off(
        written_off: int, balance: int, allocated: bool, locked: bool,
        after: CardStatus) -> None:
    expired = card(CardStatus.EXPIRED, balance,
                   locked_from=CardStatus.LOCKED if locked else None)
    plan = plans.reinstatement(expired, written_off, allocated=allocated)
    # Nothing written off: the change of validity is the journal row (no 0 adjustment).
    kind = EntryKind.ADJUST if written_off else EntryKind.UPDATE
    assert (plan.kind, plan.amount, plan.delta) == (kind, written_off, written_off)
    assert plan.after.status is after
    if locked:  # what it becomes once unlocked follows the same rule
        assert plans.reopened_status(plan.after.balance, allocated=allocated) is \
            live_status(plan.after.balance)


def test_a_sale_a_cancelled_sale_and_an_activation() -> None:
    pending = card(CardStatus.PENDING, 0)
    sold = plans.sale(pending, GIFT, 2500)
    assert (sold.kind, sold.amount, sold.delta, sold.after.status) == (
        EntryKind.SELL, 2500, 2500, CardStatus.ACTIVE)
    allocated = plans.sale(pending, replace(GIFT, activation=Activation.ALLOCATE), 2500)
    assert allocated.after.status is CardStatus.ALLOCATED
    undone = plans.cancel(card(CardStatus.ACTIVE, 2500), 2500, sale=True)
    assert (undone.kind, undone.amount, undone.delta, undone.after.status) == (
        EntryKind.CANCEL, 2500, -2500, CardStatus.PENDING)
    activated = plans.activation(card(CardStatus.ALLOCATED, 2500))
    assert (activated.kind, activated.delta, activated.after.status) == (
        EntryKind.ACTIVATE, 0, CardStatus.ACTIVE)


@pytest.mark.parametrize("status", [CardStatus.ACTIVE, CardStatus.LOCKED, CardStatus.DEPLETED])
def test_ends_write_off_the_whole_balance(status: CardStatus) -> None:
    balance = 0 if status is CardStatus.DEPLETED else 1200
    ending = card(status, balance)
    for plan, kind, after in (
            (plans.end(ending, closing=False), EntryKind.VOID, CardStatus.VOID),
            (plans.end(ending, closing=True), EntryKind.CLOSE, CardStatus.CLOSED),
            (plans.expiry(ending), EntryKind.EXPIRE, CardStatus.EXPIRED)):
        assert (plan.kind, plan.amount, plan.delta) == (kind, balance, -balance)
        assert (plan.after.balance, plan.after.status) == (0, after)


def test_a_transfer_closes_the_old_card_and_activates_a_pending_new_one() -> None:
    old = card(CardStatus.LOCKED, 1800, locked_from=CardStatus.ACTIVE)
    new = card(CardStatus.PENDING, 0, id=8, code="123456789023")
    plan = corrections.plan_transfer(old, GIFT, new, GIFT, MANAGER)
    assert (plan.source.kind, plan.source.amount, plan.source.delta) == (
        EntryKind.TRANSFER_OUT, 1800, -1800)
    assert (plan.source.after.balance, plan.source.after.status) == (0, CardStatus.CLOSED)
    assert (plan.target.kind, plan.target.amount, plan.target.delta) == (
        EntryKind.TRANSFER_IN, 1800, 1800)
    assert (plan.target.after.balance, plan.target.after.status) == (1800, CardStatus.ACTIVE)


def test_a_load_refuses_what_the_program_or_the_card_does_not_allow() -> None:
    with pytest.raises(GiftDeskError) as too_much:
        plans.load(CARD, GIFT, 50_000, now=NOW)
    assert too_much.value.code is ErrorCode.MAX_BALANCE_EXCEEDED
    with pytest.raises(GiftDeskError) as locked:
        plans.load(card(CardStatus.LOCKED, 100), GIFT, 100, now=NOW)
    assert locked.value.code is ErrorCode.CARD_LOCKED


def test_a_lock_is_refused_on_a_card_that_cannot_be_used_anyway() -> None:
    for status, code in ((CardStatus.EXPIRED, ErrorCode.CARD_EXPIRED),
                         (CardStatus.VOID, ErrorCode.CARD_VOID),
                         (CardStatus.LOCKED, ErrorCode.CARD_LOCKED)):
        with pytest.raises(GiftDeskError) as refused:
            plans.lock(card(status, 0))
        assert refused.value.code is code
    locked = plans.lock(card(CardStatus.DEPLETED, 0))
    assert locked.after.status is CardStatus.LOCKED
    assert plans.lock_memory(card(CardStatus.DEPLETED, 0)) is CardStatus.DEPLETED


def test_wrong_pins_lock_a_usable_card_mark_an_expired_one_and_leave_an_ended_one() -> None:
    usable = plans.pin_lock(CARD)
    assert usable is not None
    assert usable.after.status is CardStatus.LOCKED
    expired = card(CardStatus.EXPIRED, 0)
    marked = plans.pin_lock(expired)
    assert marked is not None
    assert (marked.kind, marked.after.status) == (EntryKind.LOCK, CardStatus.EXPIRED)
    assert plans.lock_memory(expired) is CardStatus.LOCKED  # comes back locked if extended
    assert plans.pin_lock(replace(expired, locked_from=CardStatus.LOCKED)) is None
    for status in (CardStatus.VOID, CardStatus.CLOSED, CardStatus.LOCKED):
        assert plans.pin_lock(card(status, 0)) is None
