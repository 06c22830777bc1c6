"""What ledger operations return: plain frozen dataclasses, JSON-encodable by `codec`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from app.domain.model import Activation, Actor, CardStatus, EntryKind, HoldStatus, Kind, Program
from app.domain.rules import Eligibility


@dataclass(frozen=True)
class ProgramSpec:
    """What an admin asks for when creating a program; unset fields take sensible defaults."""

    name: str
    kind: Kind = Kind.MONETARY
    currency: str = "USD"
    item_label: str | None = None
    default_value: int = 0
    activation: Activation = Activation.ACTIVATE
    validity_days: int | None = None
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    reloadable: bool = False
    partial_redemption: bool = True
    max_balance: int | None = None
    locations: tuple[str, ...] = ()
    promotional: bool = False
    pin_required: bool = False
    reporting_code_required: bool = False


@dataclass(frozen=True)
class CardView:
    """A card as shown to operators and integrators (never its PIN or activation token)."""

    code: str
    token: str
    qr_payload: str
    program_id: int
    program_name: str
    kind: Kind
    status: CardStatus
    currency: str
    balance: int
    held: int
    available: int
    initial_value: int
    item_label: str | None
    valid_from: datetime | None
    valid_until: datetime | None
    sender: str | None
    recipient: str | None
    message: str | None
    training: bool
    pin_required: bool
    created_at: datetime
    partial_redemption: bool  # the program's terms that screens act on, as typed fields
    reporting_code_required: bool
    # Defaults: a stored idempotent answer written before these fields decodes as it was.
    locations: tuple[str, ...] = ()  # the stores the card is valid at; empty: every store
    promotional: bool = False


@dataclass(frozen=True)
class EndedCard(CardView):
    """A card voided or closed, with the balance that wrote off (minor units, or items), so
    nobody has to read the journal to say it."""

    written_off: int = 0


@dataclass(frozen=True)
class Validation:
    """The answer to "can this card be used here, now": given for any existing card, with
    the domain's verdict as it decided it (`rules.assess`)."""

    card: CardView
    verdict: Eligibility


@dataclass(frozen=True)
class Sale:
    result: str  # "activated" or "allocated"
    card: CardView
    activation_token: str | None = None  # shown once; stored only as a hash
    pin: str | None = None  # a generated card PIN, shown once


@dataclass(frozen=True)
class Redemption:
    """A redemption (or a captured hold) and, if it was reversed, who reversed it and why."""

    id: int
    card_code: str
    kind: Kind
    currency: str
    amount: int  # minor units, or items for item cards
    balance_after: int
    status: str  # "completed" or "reversed"
    location: str
    terminal: str
    operator: str
    approved_by: str | None
    reporting_code: str | None
    reference: str | None
    comment: str | None
    training: bool
    created_at: datetime
    hold_id: int | None = None
    reversal_id: int | None = None
    reversed_at: datetime | None = None
    reversed_by: str | None = None
    reversal_approved_by: str | None = None
    reversal_reason: str | None = None
    balance_after_reversal: int | None = None
    item_label: str | None = None  # what an item card counts ("Coffee")


def new_redemption(entry_id: int, row: Any, program: Program, actor: Actor, now: datetime,
                   units: int, reporting_code: str | None, reference: str | None,
                   comment: str | None) -> Redemption:
    """The redemption just written (journal row `entry_id`, card `row` after it), as
    `Ledger.get_redemption` would read it back, without reading it back."""
    return Redemption(
        id=entry_id, card_code=row.code, kind=program.kind, currency=program.currency,
        item_label=program.item_label, amount=units, balance_after=row.balance,
        status="completed", location=actor.location,
        terminal=actor.terminal, operator=actor.operator, approved_by=actor.approved_by,
        reporting_code=reporting_code, reference=reference, comment=comment,
        training=row.training, created_at=now.astimezone(UTC))


@dataclass(frozen=True)
class Hold:
    id: int
    card_code: str
    amount: int
    status: HoldStatus
    expires_at: datetime
    created_at: datetime
    available_after: int
    redemption_id: int | None = None


@dataclass(frozen=True)
class JournalEntry:
    id: int
    kind: EntryKind
    amount: int
    delta: int
    held_delta: int
    balance_after: int
    operator: str
    approved_by: str | None
    location: str
    terminal: str
    request_id: str | None
    related_id: int | None
    reporting_code: str | None
    reference: str | None
    comment: str | None
    training: bool
    created_at: datetime


@dataclass(frozen=True)
class GeneratedCard:
    code: str
    token: str
    qr_payload: str
    status: CardStatus


@dataclass(frozen=True)
class CardList:
    cards: tuple[GeneratedCard, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ExpiryReport:
    cards_expired: int
    breakage: dict[str, int]  # currency (or "items") -> value written off
    holds_expired: int
