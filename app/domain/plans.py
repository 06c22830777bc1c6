"""Plans: what a change does to a card, decided from the card as it was read (no I/O).

A plan says which card, how it was read (`before`), what it becomes (`after`) and the figures
of the journal row that records the change. The ledger's one writer applies a plan with a
conditional statement that takes effect only if the card is still exactly as read; if it is
not, the change is decided again on the card as it is now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain import rules
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
