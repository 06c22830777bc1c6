"""Wire schemas of money corrections and the books: cancel, refund, adjust, transfer,
liability, the Z report. Shared by the ledger API and its client."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AwareDatetime, Field

from app.domain.money import MAX_AMOUNT_MINOR
from app.protocol.models import (
    Amount,
    CardOut,
    CardRefText,
    Kind,
    Reason,
    Request,
    Response,
    Short,
)

OptionalReason = Annotated[str, Field(max_length=500)]
SignedAmount = Annotated[int, Field(strict=True, ge=-MAX_AMOUNT_MINOR, le=MAX_AMOUNT_MINOR,
                                    description="minor units (or items); negative takes off")]


class CancelIn(Request):
    reason: OptionalReason | None = None


class RefundIn(Request):
    amount: Amount
    redemption_id: Annotated[int, Field(strict=True, ge=1, le=2**62)] | None = None
    reason: OptionalReason | None = None
    reference: Short | None = None


class AdjustIn(Request):
    delta: SignedAmount
    reason: Reason


class TransferIn(Request):
    target: CardRefText
    reason: OptionalReason | None = None


class ValidityIn(Request):
    valid_until: AwareDatetime | None


class TransferOut(Response):
    amount: int
    source: CardOut
    target: CardOut


class LiabilityLineOut(Response):
    """What one program owes, per currency and store of sale, as of the report's moment."""

    program_id: int
    program: str
    kind: Kind
    currency: str
    item_label: str | None = None
    store: str
    cards: int
    issued: int
    loaded: int
    redeemed: int
    reversed: int
    refunded: int
    adjusted: int
    cancelled: int
    transferred: int
    expired: int
    written_off: int
    liability: int


class LiabilityOut(Response):
    """`GET /v1/reports/liability`: the sums reconcile with the journal to the unit."""

    as_of: datetime
    lines: list[LiabilityLineOut]
    training_excluded: bool = True


class ZLineOut(Response):
    kind: str
    currency: str
    item_label: str | None = None
    count: int
    total: int


class ZReportOut(Response):
    """`GET /v1/reports/z`: counts and totals by kind at a store (or one terminal)."""

    location: str
    terminal: str | None
    since: datetime
    until: datetime
    lines: list[ZLineOut]
    training_rows_left_out: int
    shift_id: int | None = None  # the shift reported on, if one was asked for


class ShiftOut(Response):
    """A till's shift: open while `closed_at` is null."""

    id: int
    location: str
    terminal: str
    opened_by: str
    opened_at: datetime
    closed_by: str | None = None
    closed_at: datetime | None = None
