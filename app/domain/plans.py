"""Plans: what a change does to a card, decided from the card as it was read (no I/O).

A plan says which card, how it was read (`before`), what it becomes (`after`) and the figures
of the journal row that records the change. The ledger's one writer applies a plan with a
conditional statement that takes effect only if the card is still exactly as read; if it is
not, the change is decided again on the card as it is now.

Every change of a card's balance, held value or status is one of these plans, and its status
follows one rule, `status_after` ("depleted at zero"), unless the change itself sets the status
(a sale, an activation, a lock, an end, an expiry, a transfer). The checks that may refuse a
change live in `app.domain.rules` and `app.domain.corrections`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain import rules
from app.domain.card_actions import Action, accepts
from app.domain.errors import ErrorCode, refuse
from app.domain.model import Card, CardStatus, EntryKind, Program


@dataclass(frozen=True)
class CardState:
    """The part of a card a change of value reads and writes."""

    balance: int
    held: int
    status: CardStatus


@dataclass(frozen=True)
class Plan:
    """One change of a card's value, and its journal row's figures."""

    card_id: int
    before: CardState
    after: CardState
    kind: EntryKind
    amount: int

    @property
    def delta(self) -> int:
        return self.after.balance - self.before.balance

    @property
    def held_delta(self) -> int:
        return self.after.held - self.before.held


def state_of(card: Card) -> CardState:
    return CardState(card.balance, card.held, card.status)


def status_after(status: CardStatus, balance: int) -> CardStatus:
    """An active card whose balance reaches zero is depleted; a depleted card that gets value
    back is active again. Every other status stays."""
    if status is CardStatus.ACTIVE and balance == 0:
        return CardStatus.DEPLETED
    if status is CardStatus.DEPLETED and balance > 0:
        return CardStatus.ACTIVE
    return status


def change(card: Card, kind: EntryKind, amount: int, *, balance_delta: int = 0,
           held_delta: int = 0) -> Plan:
    """The plan that moves a card's balance and held value by the given deltas."""
    before = state_of(card)
    balance = before.balance + balance_delta
    after = CardState(balance, before.held + held_delta, status_after(before.status, balance))
    return Plan(card.id, before, after, kind, amount)


def redemption(card: Card, program: Program, units: int, *, now: datetime, location: str,
               reporting_code: str | None) -> Plan:
    """Take `units` off the card, or refuse with the specific reason."""
    rules.check_redeem(card, program, units, now=now, location=location,
                       reporting_code=reporting_code)
    return change(card, EntryKind.REDEEM, units, balance_delta=-units)


def hold(card: Card, program: Program, units: int, *, now: datetime, location: str) -> Plan:
    """Reserve `units` of the card's free value, or refuse as a redemption of them would be."""
    rules.check_redeem(card, program, units, now=now, location=location, reporting_code="hold")
    return change(card, EntryKind.HOLD, units, held_delta=units)


def capture(card: Card, program: Program, units: int, *, held: int, now: datetime,
            location: str, reporting_code: str | None) -> Plan:
    """Redeem `units` of a hold of `held` (the rest is freed)."""
    if units > held:
        raise refuse(ErrorCode.INSUFFICIENT_BALANCE,
                     f"The hold is for {rules.format_value(held, program)}; capture at most "
                     "that.")
    if program.reporting_code_required and not reporting_code:
        raise refuse(ErrorCode.REPORTING_CODE_REQUIRED,
                     "This card's program needs a reporting code for every redemption.")
    # Every rule of a redemption, at this moment: the card's state, validity and store.
    rules.check_usable(card, program, now=now, location=location)
    return change(card, EntryKind.CAPTURE, units, balance_delta=-units, held_delta=-held)


def unhold(card: Card, amount: int, kind: EntryKind) -> Plan:
    """Free `amount` of held value: a release, or a hold that timed out."""
    return change(card, kind, amount, held_delta=-amount)


def _to(card: Card, kind: EntryKind, amount: int, *, balance: int, status: CardStatus) -> Plan:
    """The plan of a change that sets the card's status itself."""
    before = state_of(card)
    return Plan(card.id, before, CardState(balance, before.held, status), kind, amount)


def sale(card: Card, program: Program, units: int) -> Plan:
    """Sell a pending card for `units`: active, or allocated until its recipient activates it."""
    rules.check_sell(card, program, units)
    return _to(card, EntryKind.SELL, units, balance=units,
               status=rules.status_after_sale(program))


def activation(card: Card) -> Plan:
    """An allocated card becomes usable (its token was checked by the caller)."""
    return _to(card, EntryKind.ACTIVATE, 0, balance=card.balance,
               status=status_after(CardStatus.ACTIVE, card.balance))


def load(card: Card, program: Program, units: int, *, now: datetime) -> Plan:
    """Add `units` to a reloadable card, or refuse with the specific reason."""
    rules.check_load(card, program, units, now=now)
    return change(card, EntryKind.LOAD, units, balance_delta=units)


def cancel(card: Card, units: int, *, sale: bool) -> Plan:
    """Take back a sale or load of `units`; a cancelled sale leaves the card pending again."""
    if sale:
        return _to(card, EntryKind.CANCEL, units, balance=card.balance - units,
                   status=CardStatus.PENDING)
    return change(card, EntryKind.CANCEL, units, balance_delta=-units)


def transfer_out(card: Card) -> Plan:
    """The old card of a transfer: its whole balance leaves, and it is closed."""
    return _to(card, EntryKind.TRANSFER_OUT, card.balance, balance=0, status=CardStatus.CLOSED)


def transfer_in(card: Card, units: int) -> Plan:
    """The new card of a transfer: it gets `units` and is active (a pending one too)."""
    balance = card.balance + units
    return _to(card, EntryKind.TRANSFER_IN, units, balance=balance,
               status=status_after(CardStatus.ACTIVE, balance))


def end(card: Card, *, closing: bool) -> Plan:
    """Void or close a card for good: the value left on it is written off."""
    rules.check_void_or_close(card, closing=closing)
    return _to(card, EntryKind.CLOSE if closing else EntryKind.VOID, card.balance, balance=0,
               status=CardStatus.CLOSED if closing else CardStatus.VOID)


def expiry(card: Card) -> Plan:
    """A card past its validity: the value left is written off (breakage)."""
    return _to(card, EntryKind.EXPIRE, card.balance, balance=0, status=CardStatus.EXPIRED)


def lock(card: Card) -> Plan:
    """Lock a card (it remembers what it was: `lock_memory`), or refuse."""
    rules.check_lock(card)
    return _to(card, EntryKind.LOCK, 0, balance=card.balance, status=CardStatus.LOCKED)


def pin_lock(card: Card) -> Plan | None:
    """Too many wrong PINs in a row: a card that can be locked is; an expired one stays
    expired and comes back locked if its validity is extended (as a card locked when it
    expired does); a void, closed or locked one stays as it is (None)."""
    if card.status is CardStatus.EXPIRED:
        if card.locked_from is CardStatus.LOCKED:
            return None
        return _to(card, EntryKind.LOCK, 0, balance=card.balance, status=CardStatus.EXPIRED)
    if not accepts(Action.LOCK, card.status):  # void, closed or locked already
        return None
    return lock(card)


def lock_memory(card: Card) -> CardStatus:
    """What a card that a lock plan changes remembers (its `locked_from`): the status unlock
    goes back to, or, for an expired card, that it was locked."""
    return CardStatus.LOCKED if card.status is CardStatus.EXPIRED else card.status


def unlock(card: Card) -> Plan:
    """Unlock a card: back to the status it was locked from, which follows its balance (a
    reversal or refund while locked may have refilled a card that was locked used up)."""
    rules.check_unlock(card)
    return _to(card, EntryKind.UNLOCK, 0, balance=card.balance,
               status=status_after(card.locked_from or CardStatus.ACTIVE, card.balance))


def reopened_status(balance: int, *, allocated: bool) -> CardStatus:
    """The status of an expired card whose validity is extended, before any lock."""
    if allocated:
        return CardStatus.ALLOCATED
    return status_after(CardStatus.ACTIVE, balance)


def reinstatement(card: Card, units: int, *, allocated: bool) -> Plan:
    """Extending an expired card gives back the `units` written off when it expired; a card
    that was locked when it expired stays locked. With nothing written off, only its status
    comes back: the change of validity itself (`EntryKind.UPDATE`)."""
    balance = card.balance + units
    status = (CardStatus.LOCKED if card.locked_from is CardStatus.LOCKED
              else reopened_status(balance, allocated=allocated))
    return _to(card, EntryKind.ADJUST if units else EntryKind.UPDATE, units, balance=balance,
               status=status)
