"""Which statuses of a card each action on it accepts: the one table that the ledger's checks
and the app's offer of actions both read, so the app never offers what the ledger refuses nor
hides what it allows.

An accepted status is where an action may begin; its own rules (a balance, the program, the
last sale, a hold) can still refuse it, with their own reasons.
"""

from __future__ import annotations

from enum import StrEnum

from app.domain.errors import ErrorCode
from app.domain.model import CardStatus

S = CardStatus


class Action(StrEnum):
    SELL = "sell"
    ACTIVATE = "activate"
    LOAD = "load"
    CANCEL = "cancel"  # the last sale or load (a sale also on an allocated card)
    REFUND = "refund"
    LOCK = "lock"
    UNLOCK = "unlock"
    ADJUST = "adjust"
    VALIDITY = "validity"
    TRANSFER = "transfer"  # from this card
    VOID = "void"
    CLOSE = "close"


_LIVE = frozenset({S.ACTIVE, S.DEPLETED})
_HELD_OR_LIVE = _LIVE | {S.LOCKED}
ENDED = frozenset({S.VOID, S.CLOSED})
_NOT_ENDED = frozenset(S) - ENDED

ACCEPTS: dict[Action, frozenset[CardStatus]] = {
    Action.SELL: frozenset({S.PENDING}),
    Action.ACTIVATE: frozenset({S.ALLOCATED}),
    Action.LOAD: _LIVE,
    Action.CANCEL: _LIVE | {S.ALLOCATED},
    Action.REFUND: _HELD_OR_LIVE,
    # Not an expired card: a lock then would have it expired twice, and the value written
    # off at the first expiry never given back.
    Action.LOCK: frozenset({S.PENDING, S.ALLOCATED, S.ACTIVE, S.DEPLETED}),
    Action.UNLOCK: frozenset({S.LOCKED}),
    Action.ADJUST: _HELD_OR_LIVE,
    # Not a card still to be sold: its sale sets its validity.
    Action.VALIDITY: _NOT_ENDED - {S.PENDING},
    Action.TRANSFER: _HELD_OR_LIVE,
    Action.VOID: _NOT_ENDED,
    # A card never sold ends by being voided: it has no value to close with.
    Action.CLOSE: _NOT_ENDED - {S.PENDING},
}
# A transfer's target: a live card (or a pending one, which the transfer activates).
TRANSFER_TARGET = _LIVE


_STATUS_CODES = {S.LOCKED: ErrorCode.CARD_LOCKED, S.EXPIRED: ErrorCode.CARD_EXPIRED,
                 S.VOID: ErrorCode.CARD_VOID, S.CLOSED: ErrorCode.CARD_CLOSED}


def refusal_code(status: CardStatus) -> ErrorCode:
    """The code of a refusal for the card's status: its own for a locked, expired, void or
    closed card; `card_not_active` for one not sold or not activated yet."""
    return _STATUS_CODES.get(status, ErrorCode.CARD_NOT_ACTIVE)


def accepts(action: Action, status: CardStatus | str) -> bool:
    """Whether a card in `status` may begin `action`."""
    return CardStatus(status) in ACCEPTS[action]
