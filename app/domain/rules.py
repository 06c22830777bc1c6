"""The rules of every card operation: pure functions of a card, its program and the moment.

Each `check_*` raises a `GiftDeskError` with the specific reason, or returns nothing.
`assess` answers "can this card be used here, now, and for how much" in a cashier's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.domain.card_actions import Action, accepts, refusal_code
from app.domain.errors import ErrorCode, refuse
from app.domain.model import Activation, Actor, Card, CardStatus, Kind, Program, Role
from app.domain.money import check_amount, check_quantity, format_items, format_money

MAX_WRONG_PINS = 5


def format_date(moment: datetime) -> str:
    """31 Jan 2026."""
    return f"{moment.day} {moment:%b %Y}"


def format_value(value: int, program: Program) -> str:
    """A balance as a cashier says it: "$42.50" or "3 × Coffee"."""
    if program.kind is Kind.ITEM:
        return format_items(value, program.item_label or "item")
    return format_money(value, program.currency)


def check_units(value: object, program: Program, *, what: str) -> int:
    """An amount (monetary programs) or a quantity (item programs), refused if malformed."""
    if program.kind is Kind.ITEM:
        return check_quantity(value, what=what)
    return check_amount(value, what=what)


@dataclass(frozen=True)
class Eligibility:
    """The validation answer's verdict on a card."""

    is_redeemable: bool
    has_balance: bool
    redeemable_status: bool
    in_redeemable_period: bool
    location_allowed: bool
    eligible_value: int | None
    eligible_item_quantity: int | None
    present_value_description: str
    reason: ErrorCode | None
    restrictions: tuple[str, ...]
    terms: tuple[Term, ...]


def _status_refusal(card: Card, program: Program) -> tuple[ErrorCode, str] | None:
    match card.status:
        case CardStatus.ACTIVE:
            return None
        case CardStatus.PENDING:
            return ErrorCode.CARD_NOT_ACTIVE, "Not sold yet"
        case CardStatus.ALLOCATED:
            return ErrorCode.CARD_NOT_ACTIVE, "Not activated yet"
        case CardStatus.LOCKED:
            return ErrorCode.CARD_LOCKED, "Locked by a manager"
        case CardStatus.DEPLETED:
            if program.kind is Kind.ITEM:
                return ErrorCode.CARD_DEPLETED, "Used up: no items left"
            return ErrorCode.CARD_DEPLETED, f"Used up: balance {format_value(0, program)}"
        case CardStatus.EXPIRED:
            when = format_date(card.valid_until) if card.valid_until else "an earlier date"
            return ErrorCode.CARD_EXPIRED, f"Expired on {when}"
        case CardStatus.VOID:
            return ErrorCode.CARD_VOID, "Voided: this card cannot be used"
        case CardStatus.CLOSED:
            return ErrorCode.CARD_CLOSED, "Closed: this card cannot be used"
    raise AssertionError(card.status)  # pragma: no cover


def _period_refusal(card: Card, now: datetime) -> tuple[ErrorCode, str] | None:
    if card.valid_from is not None and now < card.valid_from:
        return ErrorCode.CARD_NOT_YET_VALID, f"Not valid until {format_date(card.valid_from)}"
    if card.valid_until is not None and now >= card.valid_until:
        return ErrorCode.CARD_EXPIRED, f"Expired on {format_date(card.valid_until)}"
    return None


def location_allowed(program: Program, location: str) -> bool:
    return not program.locations or location in program.locations


class Term(StrEnum):
    """A term a cashier should know before taking a card, as a code: the ledger's English
    (`restrictions`) and a screen's own language are both worded from these."""

    PROMOTIONAL = "promotional"
    FULL_REDEMPTION_ONLY = "full_redemption_only"
    ONLY_AT = "only_at"  # the program's stores
    VALID_UNTIL = "valid_until"  # the card's last moment
    PIN_REQUIRED = "pin_required"
    REPORTING_CODE_REQUIRED = "reporting_code_required"
    TRAINING = "training"


def terms(card: Card, program: Program) -> tuple[Term, ...]:
    """The card's terms, in the order a cashier reads them."""
    found: list[Term] = []
    if program.promotional:
        found.append(Term.PROMOTIONAL)
    if not program.partial_redemption:
        found.append(Term.FULL_REDEMPTION_ONLY)
    if program.locations:
        found.append(Term.ONLY_AT)
    if card.valid_until is not None:
        found.append(Term.VALID_UNTIL)
    if card.has_pin or program.pin_required:  # a PIN set at sale counts too
        found.append(Term.PIN_REQUIRED)
    if program.reporting_code_required:
        found.append(Term.REPORTING_CODE_REQUIRED)
    if card.training:
        found.append(Term.TRAINING)
    return tuple(found)


def restrictions(card: Card, program: Program) -> tuple[str, ...]:
    """The card's terms in English, for people reading the API's answers."""
    def words(term: Term) -> str:
        match term:
            case Term.ONLY_AT:
                return "Only at " + ", ".join(program.locations)
            case Term.VALID_UNTIL:
                assert card.valid_until is not None
                return f"Valid until {format_date(card.valid_until)}"
        return _TERM_WORDS[term]

    return tuple(words(term) for term in terms(card, program))


_TERM_WORDS = {
    Term.PROMOTIONAL: "Promotional card",
    Term.FULL_REDEMPTION_ONLY: "Must be used in full in one purchase",
    Term.PIN_REQUIRED: "PIN required",
    Term.REPORTING_CODE_REQUIRED: "Reporting code required",
    Term.TRAINING: "Training card",
}


def assess(card: Card, program: Program, *, now: datetime, location: str) -> Eligibility:
    """Whether the card can be redeemed here and now, and the sentence that says so."""
    status_refusal = _status_refusal(card, program)
    period_refusal = _period_refusal(card, now)
    loc_ok = location_allowed(program, location)
    available = max(card.available, 0)
    refusal = status_refusal or period_refusal
    if refusal is None and not loc_ok:
        refusal = ErrorCode.LOCATION_NOT_ALLOWED, "Not valid at this store"
    if refusal is None and available == 0:
        on_hold = format_value(card.held, program)
        refusal = ErrorCode.INSUFFICIENT_BALANCE, f"All {on_hold} is on hold"
    if refusal is None:
        description = f"Balance {format_value(available, program)}"
        if program.kind is Kind.ITEM:
            description = f"{format_value(available, program)} left"
        if card.held:
            description += f" ({format_value(card.held, program)} on hold)"
    else:
        description = refusal[1]
    ok = refusal is None
    eligible = available if ok else 0
    return Eligibility(
        is_redeemable=ok,
        has_balance=card.balance > 0,
        redeemable_status=status_refusal is None,
        in_redeemable_period=period_refusal is None,
        location_allowed=loc_ok,
        eligible_value=eligible if program.kind is Kind.MONETARY else None,
        eligible_item_quantity=eligible if program.kind is Kind.ITEM else None,
        present_value_description=description,
        reason=None if refusal is None else refusal[0],
        restrictions=restrictions(card, program),
        terms=terms(card, program),
    )


def check_usable(card: Card, program: Program, *, now: datetime, location: str) -> None:
    """Refuse a card that cannot be used here and now (its state, validity period, store),
    with its specific reason: what a redemption, a hold and a capture all check first."""
    # The same order as `assess` (state, period, store), without composing its full answer:
    # this runs for every redemption.
    refusal = _status_refusal(card, program) or _period_refusal(card, now)
    if refusal is None and not location_allowed(program, location):
        refusal = ErrorCode.LOCATION_NOT_ALLOWED, "Not valid at this store"
    if refusal is not None:
        raise refuse(refusal[0], f"This card cannot be used: {refusal[1]}.")


def check_redeem(card: Card, program: Program, units: int, *, now: datetime, location: str,
                 reporting_code: str | None) -> None:
    """Refuse a redemption (or a hold) of `units` with its specific reason."""
    check_usable(card, program, now=now, location=location)
    if program.reporting_code_required and not (reporting_code or "").strip():
        raise refuse(ErrorCode.REPORTING_CODE_REQUIRED,
                     "This card's program needs a reporting code for every redemption.")
    if units > card.available:
        raise refuse(ErrorCode.INSUFFICIENT_BALANCE,
                     f"Only {format_value(card.available, program)} is available on this card; "
                     f"{format_value(units, program)} was asked for.",
                     available=card.available)
    if not program.partial_redemption and units != card.available:
        raise refuse(ErrorCode.PARTIAL_NOT_ALLOWED,
                     f"This card must be used in full: {format_value(card.available, program)}.",
                     available=card.available)


def check_load(card: Card, program: Program, units: int, *, now: datetime) -> None:
    """Refuse a reload that the program or the card's state does not allow."""
    if not program.reloadable:
        raise refuse(ErrorCode.RELOAD_NOT_ALLOWED, "Cards of this program cannot be reloaded.")
    refusal = None if accepts(Action.LOAD, card.status) else _status_refusal(card, program)
    if refusal is not None:
        raise refuse(refusal[0], f"This card cannot be loaded: {refusal[1]}.")
    period = _period_refusal(card, now)
    if period is not None and period[0] is ErrorCode.CARD_EXPIRED:
        raise refuse(period[0], f"This card cannot be loaded: {period[1]}.")
    check_max_balance(program, card.balance + units)


def check_max_balance(program: Program, new_balance: int) -> None:
    if program.max_balance is not None and new_balance > program.max_balance:
        raise refuse(ErrorCode.MAX_BALANCE_EXCEEDED,
                     f"A card of this program holds at most "
                     f"{format_value(program.max_balance, program)}.",
                     max_balance=program.max_balance)


def check_sell(card: Card, program: Program, value: int) -> None:
    if not accepts(Action.SELL, card.status):
        raise refuse(ErrorCode.CARD_NOT_PENDING,
                     f"Only a card that has not been sold can be sold; this one is {card.status}.")
    check_max_balance(program, value)


def status_after_sale(program: Program) -> CardStatus:
    return CardStatus.ACTIVE if program.activation is Activation.ACTIVATE else CardStatus.ALLOCATED


def validity_after_activation(program: Program, now: datetime,
                              requested_until: datetime | None) -> tuple[datetime | None,
                                                                         datetime | None]:
    """(valid_from, valid_until) for a card that becomes usable at `now`."""
    until = requested_until or program.valid_until
    if until is None and program.validity_days is not None:
        until = now + timedelta(days=program.validity_days)
    return program.valid_from, until


def check_lock(card: Card) -> None:
    """A card that cannot be used anyway is not locked: a void or closed one for good, an
    expired one until its validity is extended (a lock then would have it expired twice and
    the value written off at the first expiry never given back)."""
    if not accepts(Action.LOCK, card.status):
        raise refuse(refusal_code(card.status), f"This card is {card.status}; it cannot be locked.")


def check_unlock(card: Card) -> None:
    if not accepts(Action.UNLOCK, card.status):
        raise refuse(ErrorCode.VALIDATION_ERROR, f"This card is {card.status}, not locked.")


def check_void_or_close(card: Card, *, closing: bool) -> None:
    if not accepts(Action.CLOSE if closing else Action.VOID, card.status):
        raise refuse(refusal_code(card.status),
                     "This card was never sold: void it instead of closing it."
                     if card.status is CardStatus.PENDING
                     else f"This card is already {card.status}.")
    if card.held:
        raise refuse(ErrorCode.VALIDATION_ERROR,
                     "This card has value on hold; capture or release the hold first.")


def check_reversal_window(created_at: datetime, now: datetime, window: timedelta) -> None:
    if now - created_at > window:
        days = window.days or 1
        raise refuse(ErrorCode.REVERSAL_WINDOW_CLOSED,
                     f"Redemptions can be reversed only within {days} day(s); this one is older.")


def may_read_without_pin(actor: Actor, *, pin_required: bool) -> bool:
    """A PIN card's balance and history are for whoever knows the PIN, or a manager."""
    return not pin_required or actor.effective_role >= Role.MANAGER


def require_role(actor: Actor, role: Role, action: str) -> None:
    """Refuse an operator (and any approving manager) below `role`."""
    if actor.effective_role < role:
        who = role.with_article + ("" if role is max(Role) else " or above")
        raise refuse(ErrorCode.FORBIDDEN, f"Only {who} may {action}.")
