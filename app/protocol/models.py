"""Request and response bodies of the ledger HTTP API (v1), shared by server and client.

Amounts are JSON integers in minor units next to their currency; item quantities are integers.
Strict types refuse floats, numeric strings and booleans where a number is expected. Requests
forbid unknown fields so that a typo is an error, not a silent no-op. This module imports
nothing of the ledger or the UI.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from app.domain.money import MAX_AMOUNT_MINOR, MAX_ITEM_QUANTITY
from app.protocol.dates import ValidUntil

Amount = Annotated[int, Field(strict=True, ge=1, le=MAX_AMOUNT_MINOR,
                              description="minor units (4250 = 42.50 USD)")]
AmountOrZero = Annotated[int, Field(strict=True, ge=0, le=MAX_AMOUNT_MINOR)]
Quantity = Annotated[int, Field(strict=True, ge=1, le=MAX_ITEM_QUANTITY,
                                description="number of items")]
Role = Literal["cashier", "manager", "admin"]
Kind = Literal["monetary", "item"]
CardStatus = Literal["pending", "allocated", "active", "locked", "depleted", "expired", "void",
                     "closed"]
Name = Annotated[str, Field(min_length=1, max_length=60)]
Place = Annotated[str, Field(min_length=1, max_length=40)]
CardRefText = Annotated[str, Field(min_length=1, max_length=100,
                                   description="12-digit code (spaces or dashes allowed), QR "
                                   "token or QR payload")]
Pin = Annotated[str, Field(min_length=4, max_length=12, pattern=r"^[0-9]+$")]
Reason = Annotated[str, Field(min_length=1, max_length=500)]
Short = Annotated[str, Field(max_length=100)]
Comment = Annotated[str, Field(max_length=500)]
PersonText = Annotated[str, Field(max_length=200)]
Message = Annotated[str, Field(max_length=1000)]
ReportingCode = Annotated[str, Field(max_length=40)]

MAX_CARDS_PER_REQUEST = 10_000
MAX_CARDS_PER_JOB = 1_000_000


class Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Response(BaseModel):
    model_config = ConfigDict(extra="ignore")


# ---------------------------------------------------------------- errors and health

class Problem(Response):
    """RFC 9457 problem details with a stable machine-readable `code`."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    code: str
    available: int | None = None
    errors: list[dict[str, Any]] | None = None


class Health(Response):
    status: Literal["ok"]
    version: str
    database: str


# ---------------------------------------------------------------- sessions

class SessionCreate(Request):
    operator: Name
    pin: Pin
    location: Place
    terminal: Place


class SessionOut(Response):
    token: str
    operator: str
    role: Role
    location: str
    terminal: str
    expires_at: datetime
    merchant: str = ""


# ---------------------------------------------------------------- programs

class ProgramCreate(Request):
    name: Annotated[str, Field(min_length=1, max_length=120)]
    kind: Kind = "monetary"
    currency: Annotated[str | None, Field(
        min_length=3, max_length=3,
        description="ISO 4217 code of a money program; null for an item program (items "
                    "have no currency)")] = "USD"
    item_label: Annotated[str, Field(max_length=60)] | None = None
    default_value: AmountOrZero = 0
    activation: Literal["activate", "allocate"] = "activate"
    validity_days: Annotated[int, Field(strict=True, ge=1, le=36_600)] | None = None
    valid_from: AwareDatetime | None = None
    valid_until: AwareDatetime | None = None
    reloadable: bool = False
    partial_redemption: bool = True
    max_balance: Amount | None = None
    locations: Annotated[list[Place], Field(max_length=500)] = []
    promotional: bool = False
    pin_required: bool = False
    reporting_code_required: bool = False

    @model_validator(mode="after")
    def _money_has_a_currency(self) -> ProgramCreate:
        if self.kind == "monetary" and self.currency is None:
            raise ValueError("A money program needs a currency (an ISO 4217 code); only an "
                             "item program has none.")
        return self


class ProgramOut(Response):
    id: int
    name: str
    kind: Kind
    currency: str | None
    """None for an item program: items have no currency."""
    item_label: str | None
    default_value: int
    activation: Literal["activate", "allocate"]
    validity_days: int | None
    valid_from: datetime | None
    valid_until: datetime | None
    reloadable: bool
    partial_redemption: bool
    max_balance: int | None
    locations: list[str]
    promotional: bool
    pin_required: bool
    reporting_code_required: bool
    retired: bool = False


class ProgramsOut(Response):
    programs: list[ProgramOut]


# ---------------------------------------------------------------- cards

class CardsCreate(Request):
    """Up to MAX_CARDS_PER_REQUEST cards are answered at once; more run as a job (202)."""

    quantity: Annotated[int, Field(strict=True, ge=1, le=MAX_CARDS_PER_JOB)]
    pending: bool = False
    value: Amount | None = None


class CardOut(Response):
    code: str
    token: str
    qr_payload: str
    program_id: int
    program_name: str = ""
    kind: Kind
    status: CardStatus
    currency: str
    balance: int
    held: int = 0
    available: int = 0
    initial_value: int
    item_label: str | None
    valid_from: datetime | None
    valid_until: datetime | None
    sender: str | None
    recipient: str | None
    message: str | None
    training: bool
    pin_required: bool = False
    partial_redemption: bool = Field(
        default=True, description="false: the card must be used in full, in one purchase")
    reporting_code_required: bool = Field(
        default=False, description="every redemption must carry a reporting code")
    locations: list[str] = Field(
        default_factory=list,
        description="the store codes the card is valid at (its program's); empty: every store")
    promotional: bool = Field(default=False, description="a promotional card (its program's)")


class CardEndedOut(CardOut):
    """A card voided or closed: `written_off` is the balance that wrote off (minor units, or
    items for an item card), the amount of the journal's void or close row."""

    written_off: int = Field(ge=0, description="the balance written off, in the card's units "
                                                "(minor units of its currency, or items)")


class CardsOut(Response):
    cards: list[CardOut]


class TransactionOut(Response):
    id: int
    kind: str
    amount: int
    delta: int
    held_delta: int
    balance_after: int
    operator: str
    approved_by: str | None
    location: str
    terminal: str
    related_id: int | None
    reporting_code: str | None
    reference: str | None
    comment: str | None
    training: bool
    created_at: datetime


class TransactionsOut(Response):
    transactions: list[TransactionOut]


class SellIn(Request):
    value: Amount | None = None
    sender: PersonText | None = None
    recipient: PersonText | None = None
    message: Message | None = None
    valid_until: ValidUntil | None = None
    pin: Pin | None = None
    reporting_code: ReportingCode | None = None
    reference: Short | None = None
    comment: Comment | None = None


class SellOut(Response):
    result: Literal["activated", "allocated"]
    activation_token: str | None
    pin: str | None = None
    card: CardOut


class ActivateIn(Request):
    activation_token: Annotated[str, Field(min_length=1, max_length=40)]


class LoadIn(Request):
    amount: Amount
    reference: Short | None = None
    comment: Comment | None = None


class ReasonIn(Request):
    reason: Reason


class OptionalReasonIn(Request):
    reason: Annotated[str, Field(max_length=500)] | None = None


class CardPatch(Request):
    """Only the fields present are changed; `null` clears a field."""

    valid_until: ValidUntil | None = None
    sender: PersonText | None = None
    recipient: PersonText | None = None
    message: Message | None = None


# ---------------------------------------------------------------- validation

class ValidationIn(Request):
    card: CardRefText
    pin: Pin | None = None
    ticket: dict[str, Any] | None = Field(
        default=None, description="optional POS ticket data, kept for the record")


class ValidationOut(Response):
    """`present_value_description` and `restrictions` are English sentences for people; a
    screen words them in its own language from the typed fields (`reason`, `terms`, the card's
    status, dates, amounts, `locations`, …)."""

    card: CardOut
    is_redeemable: bool
    has_balance: bool
    redeemable_status: bool
    in_redeemable_period: bool
    location_allowed: bool = True
    eligible_value: int | None
    eligible_item_quantity: int | None
    present_value_description: str
    reason: str | None = None
    restrictions: list[str]
    terms: list[str] = Field(default_factory=list, description=(
        "the card's terms as codes, in the order of `restrictions`: promotional, "
        "full_redemption_only, only_at (the card's `locations`), valid_until, pin_required, "
        "reporting_code_required, training; a screen words them in its own language"))


# ---------------------------------------------------------------- holds and redemptions

class _AmountOrQuantity(Request):
    amount: Amount | None = None
    quantity: Quantity | None = None

    @model_validator(mode="after")
    def _one_of(self) -> _AmountOrQuantity:
        if self.amount is not None and self.quantity is not None:
            raise ValueError("give either amount (money) or quantity (items), not both")
        return self

    @property
    def units(self) -> int | None:
        return self.amount if self.amount is not None else self.quantity


class HoldIn(_AmountOrQuantity):
    card: CardRefText
    ttl_s: Annotated[int, Field(strict=True, ge=1, le=7 * 24 * 3600)] = 900
    pin: Pin | None = None

    @model_validator(mode="after")
    def _required(self) -> HoldIn:
        if self.units is None:
            raise ValueError("give amount (money) or quantity (items)")
        return self


class HoldOut(Response):
    id: int
    card: str
    amount: int
    status: Literal["active", "captured", "released", "expired"]
    expires_at: datetime
    created_at: datetime
    available_after: int
    redemption_id: int | None = None


class CaptureIn(_AmountOrQuantity):
    reporting_code: ReportingCode | None = None
    reference: Short | None = None
    comment: Comment | None = None


class RedemptionIn(_AmountOrQuantity):
    card: CardRefText
    pin: Pin | None = None
    reporting_code: ReportingCode | None = None
    reference: Short | None = None
    comment: Comment | None = None

    @model_validator(mode="after")
    def _required(self) -> RedemptionIn:
        if self.units is None:
            raise ValueError("give amount (money) or quantity (items)")
        return self


class RedemptionOut(Response):
    id: int
    card: str
    kind: Kind
    currency: str
    item_label: str | None = None
    amount: int | None
    quantity: int | None
    balance_after: int
    status: Literal["completed", "reversed"]
    location: str
    terminal: str
    operator: str
    approved_by: str | None = None
    reporting_code: str | None = None
    reference: str | None = None
    comment: str | None = None
    training: bool = False
    created_at: datetime
    hold_id: int | None = None
    reversed_at: datetime | None = None
    reversed_by: str | None = None
    reversal_approved_by: str | None = None
    reversal_reason: str | None = None
    balance_after_reversal: int | None = None


class RedemptionsOut(Response):
    redemptions: list[RedemptionOut]


class ReversalIn(Request):
    reason: Reason


# ---------------------------------------------------------------- sessions and reports (added)

class SessionInfo(Response):
    """The current session, as `GET /v1/sessions/current` shows it (never the token)."""

    operator: str
    role: Role
    location: str
    terminal: str
    created_at: datetime
    expires_at: datetime
    merchant: str = ""


class ShiftTotalOut(Response):
    """Totals of one currency (monetary cards) or one item (item cards) in a shift."""

    currency: str
    kind: Kind
    item_label: str | None = None
    redemptions: int
    redeemed: int
    reversals: int
    reversed: int
    net: int


class ShiftReportOut(Response):
    """`GET /v1/reports/shift`: redemptions taken and reversals made at one terminal."""

    location: str
    terminal: str
    since: datetime
    until: datetime
    totals: list[ShiftTotalOut]
