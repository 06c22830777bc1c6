"""Money corrections as plans: cancel the last sale or load, refund, adjust, transfer.

Each `plan_*` is a pure function of the card, its program, the request and the moment: it
checks what a correction needs and says what changes as a `plans.Plan` (whose status follows
the one rule of `plans.status_after`), or raises the specific refusal. The ledger applies a
plan in one transaction with its one writer; nothing here reads or writes storage.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.domain import plans
from app.domain.card_actions import ACCEPTS, TRANSFER_TARGET, Action, refusal_code
from app.domain.errors import ErrorCode, refuse
from app.domain.model import Actor, Card, CardStatus, EntryKind, Kind, Program, Role
from app.domain.rules import check_max_balance, format_value, require_role

# A sale or load can be cancelled for this long after it was made (RETAIL7 CANCEL: a
# correction at the counter, not a refund weeks later).
DEFAULT_CANCEL_WINDOW = timedelta(hours=24)
# Above these a cashier needs a manager's approval to cancel.
CASHIER_CANCEL_LIMIT_MINOR = 100_00
CASHIER_CANCEL_LIMIT_ITEMS = 10


@dataclass(frozen=True)
class ValueEntry:
    """A journal row that put value on a card (a sale or a load), as a plan needs it."""

    id: int
    kind: EntryKind
    amount: int
    terminal: str
    created_at: datetime
    # Whether the card was redeemed from since: a sale then cannot be undone even if the
    # balance came back to its value (by a refund or an adjustment).
    used_since: bool = False


@dataclass(frozen=True)
class RedemptionFacts:
    """A redemption a refund may be tied to, with what has been given back on it so far."""

    id: int
    card_id: int
    location: str
    amount: int
    given_back: int  # refunds tied to it plus a reversal, if any
    training: bool


def _refuse_status(card: Card, action: str, allowed: frozenset[CardStatus]) -> None:
    """Refuse, with the card's own reason, an action its status does not accept
    (`card_actions.ACCEPTS`)."""
    if card.status in allowed:
        return
    hint = {CardStatus.LOCKED: " Unlock it first.",
            CardStatus.EXPIRED: " Extend its validity first."}.get(card.status, "")
    raise refuse(refusal_code(card.status),
                 f"This card is {card.status}; {action} is not possible.{hint}")


def require_reason(reason: str | None, action: str) -> str:
    if not reason or not reason.strip():
        raise refuse(ErrorCode.REASON_REQUIRED, f"Give a reason to {action}.")
    return reason.strip()


def cashier_cancel_limit(program: Program) -> int:
    return CASHIER_CANCEL_LIMIT_ITEMS if program.kind is Kind.ITEM else CASHIER_CANCEL_LIMIT_MINOR


def plan_cancel(card: Card, program: Program, last: ValueEntry | None, actor: Actor, *,
                now: datetime, window: timedelta = DEFAULT_CANCEL_WINDOW) -> plans.Plan:
    """Undo the last sale or load not cancelled yet, never below what was already spent."""
    if last is None:
        raise refuse(ErrorCode.NOTHING_TO_CANCEL,
                     "This card has no sale or load left to cancel.")
    what = "sale" if last.kind is EntryKind.SELL else "load"
    # An allocated card has only its sale to cancel (a load needs an active card).
    _refuse_status(card, f"cancelling its {what}", ACCEPTS[Action.CANCEL] if last.kind
                   is EntryKind.SELL else ACCEPTS[Action.CANCEL] - {CardStatus.ALLOCATED})
    if now - last.created_at > window:
        hours = int(window.total_seconds() // 3600)
        raise refuse(ErrorCode.CANCEL_WINDOW_CLOSED,
                     f"A {what} can be cancelled only within {hours} hours; this one is older.")
    if program.promotional or last.amount > cashier_cancel_limit(program) \
            or last.terminal != actor.terminal:
        require_role(actor, Role.MANAGER,
                     f"cancel this {what} (promotional, large, or made at another terminal)")
    spent = last.amount > card.available or (last.kind is EntryKind.SELL and (
        card.balance != last.amount or last.used_since))
    if spent:
        raise refuse(ErrorCode.ALREADY_SPENT,
                     f"The {what} was {format_value(last.amount, program)} but only "
                     f"{format_value(card.available, program)} is left free on the card: "
                     "value already used cannot be cancelled.", available=card.available)
    return plans.cancel(card, last.amount, sale=last.kind is EntryKind.SELL)


def plan_refund(card: Card, program: Program, units: int, redemption: RedemptionFacts | None,
                reason: str | None, actor: Actor) -> plans.Plan:
    """Put value back on a card for a return: tied to a redemption of this card (at most
    what is left of it) or, by a manager, standing alone with a reason."""
    if redemption is None:
        require_reason(reason, "refund without a redemption")
        require_role(actor, Role.MANAGER, "refund without a redemption")
    else:
        if redemption.card_id != card.id or redemption.training != card.training or (
                actor.effective_role < Role.MANAGER and redemption.location != actor.location):
            raise refuse(ErrorCode.REDEMPTION_NOT_FOUND,
                         f"There is no redemption {redemption.id} of this card here.")
        left = redemption.amount - redemption.given_back
        if units > left:
            raise refuse(ErrorCode.REFUND_EXCEEDS_REDEMPTION,
                         f"Redemption {redemption.id} has only {format_value(left, program)} "
                         "left to refund.", available=left)
    _refuse_status(card, "a refund", ACCEPTS[Action.REFUND])
    check_max_balance(program, card.balance + units)
    return plans.change(card, EntryKind.REFUND, units, balance_delta=units)


def check_reversible(redemption_id: int, *, refunded: bool) -> None:
    """A redemption partly refunded is not reversed as well (that would give back twice):
    refund what is left of it instead."""
    if refunded:
        raise refuse(ErrorCode.NOT_REVERSIBLE,
                     f"Redemption {redemption_id} was already refunded in part; refund the "
                     "rest instead of reversing it.")


def plan_adjust(card: Card, program: Program, delta: int, reason: str | None,
                actor: Actor) -> plans.Plan:
    """A manager's correction up or down, with a reason; never below the value on hold."""
    require_role(actor, Role.MANAGER, "adjust a balance")
    require_reason(reason, "adjust a balance")
    if delta == 0:
        raise refuse(ErrorCode.INVALID_AMOUNT, "An adjustment changes the balance: give a "
                                               "positive or negative amount, not 0.")
    _refuse_status(card, "an adjustment", ACCEPTS[Action.ADJUST])
    if card.available + delta < 0:
        raise refuse(ErrorCode.INSUFFICIENT_BALANCE,
                     f"Only {format_value(card.available, program)} can be taken off this card.",
                     available=card.available)
    if delta > 0:
        check_max_balance(program, card.balance + delta)
    return plans.change(card, EntryKind.ADJUST, abs(delta), balance_delta=delta)


@dataclass(frozen=True)
class TransferPlan:
    amount: int
    source: plans.Plan
    target: plans.Plan


def plan_transfer(source: Card, source_program: Program, target: Card, target_program: Program,
                  actor: Actor) -> TransferPlan:
    """Move the whole free balance of a (lost) card to another: the old card is closed; a
    pending target card becomes active with the old card's validity."""
    require_role(actor, Role.MANAGER, "transfer a balance")
    if source.id == target.id:
        raise refuse(ErrorCode.SAME_CARD, "Choose a different card to transfer the balance to.")
    _refuse_status(source, "a transfer from it", ACCEPTS[Action.TRANSFER])
    if source.held:
        raise refuse(ErrorCode.VALIDATION_ERROR,
                     "The old card has value on hold; capture or release the hold first.")
    if source.balance <= 0:
        raise refuse(ErrorCode.CARD_DEPLETED, "The old card has no balance to transfer.")
    if (source_program.kind, source_program.currency, source_program.item_label) != (
            target_program.kind, target_program.currency, target_program.item_label):
        raise refuse(ErrorCode.CURRENCY_MISMATCH,
                     "The new card must hold the same currency (or item) as the old one.")
    if target.status is CardStatus.PENDING:
        if target_program.pin_required:
            raise refuse(ErrorCode.CARD_NOT_ACTIVE,
                         "Cards of the new card's program get a PIN at sale: sell it first.")
    else:
        _refuse_status(target, "a transfer to it", TRANSFER_TARGET)
    check_max_balance(target_program, target.balance + source.balance)
    return TransferPlan(amount=source.balance, source=plans.transfer_out(source),
                        target=plans.transfer_in(target, source.balance))
