"""Programs, cards, operators and journal entries: the ledger's nouns, as plain values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum, StrEnum


class Kind(StrEnum):
    """What a card holds: money, or a count of one item ("5 × Coffee")."""

    MONETARY = "monetary"
    ITEM = "item"


class Activation(StrEnum):
    """On sale a card is usable at once (`activate`), or waits for its activation token."""

    ACTIVATE = "activate"
    ALLOCATE = "allocate"


class CardStatus(StrEnum):
    PENDING = "pending"
    ALLOCATED = "allocated"
    ACTIVE = "active"
    LOCKED = "locked"
    DEPLETED = "depleted"
    EXPIRED = "expired"
    VOID = "void"
    CLOSED = "closed"


class EntryKind(StrEnum):
    """Every kind of journal row."""

    ISSUE = "issue"
    SELL = "sell"
    ACTIVATE = "activate"
    LOAD = "load"
    HOLD = "hold"
    CAPTURE = "capture"
    RELEASE = "release"
    HOLD_EXPIRE = "hold_expire"
    REDEEM = "redeem"
    REVERSE = "reverse"
    LOCK = "lock"
    UNLOCK = "unlock"
    VOID = "void"
    CLOSE = "close"
    EXPIRE = "expire"
    ADJUST = "adjust"
    CANCEL = "cancel"
    REFUND = "refund"
    TRANSFER_IN = "transfer_in"
    TRANSFER_OUT = "transfer_out"
    UPDATE = "update"
    PIN_FAILED = "pin_failed"


# Journal rows that take value off a card for a sale, and so can be reversed.
REDEMPTION_KINDS = frozenset({EntryKind.REDEEM, EntryKind.CAPTURE})


class Role(IntEnum):
    """Operator roles, ordered: every role may do what the ones below it may."""

    CASHIER = 1
    MANAGER = 2
    ADMIN = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @property
    def with_article(self) -> str:
        """"a cashier", "a manager", "an admin": the article the word's sound takes."""
        return ("an " if self.label[0] in "aeiou" else "a ") + self.label

    @classmethod
    def parse(cls, text: str) -> Role:
        return cls[text.strip().upper()]


class HoldStatus(StrEnum):
    ACTIVE = "active"
    CAPTURED = "captured"
    RELEASED = "released"
    EXPIRED = "expired"


@dataclass(frozen=True)
class Program:
    """A card group (template): what its cards hold and the rules they follow."""

    id: int
    name: str
    kind: Kind
    currency: str
    item_label: str | None
    default_value: int
    activation: Activation
    validity_days: int | None
    valid_from: datetime | None
    valid_until: datetime | None
    reloadable: bool
    partial_redemption: bool
    max_balance: int | None
    locations: tuple[str, ...]  # empty: every location of the merchant
    promotional: bool
    pin_required: bool
    reporting_code_required: bool
    retired: bool = False  # no new cards; the cards it has keep working


@dataclass(frozen=True)
class Card:
    """One card as stored; `held` is value reserved by active holds."""

    id: int
    code: str
    token: str
    program_id: int
    status: CardStatus
    locked_from: CardStatus | None
    balance: int
    held: int
    initial_value: int
    valid_from: datetime | None
    valid_until: datetime | None
    sender: str | None
    recipient: str | None
    message: str | None
    training: bool
    has_pin: bool
    failed_pin_count: int
    created_at: datetime

    @property
    def available(self) -> int:
        return self.balance - self.held


@dataclass(frozen=True)
class Actor:
    """Who asks, from where: carried by every ledger operation and written to the journal."""

    operator: str
    role: Role
    location: str
    terminal: str
    training: bool = False
    approved_by: str | None = None  # a manager who approved this one request on the spot
    approver_role: Role | None = None

    @property
    def effective_role(self) -> Role:
        return max(self.role, self.approver_role or self.role)
