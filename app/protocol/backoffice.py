"""Wire schemas of the back office: set-up, stores, operators, API keys, program changes,
the card finder and card batch jobs (shared by the server and the client)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import AwareDatetime, Field

from app.protocol.models import (
    Amount,
    AmountOrZero,
    CardOut,
    Name,
    Pin,
    Place,
    Request,
    Response,
    Role,
)

Places = Annotated[list[Place], Field(min_length=1, max_length=500)]
Currency = Annotated[str, Field(min_length=3, max_length=3)]


class LedgerInfoOut(Response):
    """`GET /v1/setup`: what anyone may know before signing in."""

    merchant: str
    currency: str | None
    demo: bool
    set_up: bool
    locations: list[str]


class SetupIn(Request):
    merchant: Annotated[str, Field(min_length=1, max_length=120)]
    currency: Currency
    location: Place
    location_name: Annotated[str, Field(max_length=120)] = ""
    admin: Name
    pin: Pin


class LocationIn(Request):
    code: Place
    name: Annotated[str, Field(max_length=120)] = ""


class LocationPatch(Request):
    name: Annotated[str, Field(min_length=1, max_length=120)]


class LocationOut(Response):
    code: str
    name: str


class LocationsOut(Response):
    locations: list[LocationOut]


class OperatorIn(Request):
    name: Name
    pin: Pin
    role: Role = "cashier"
    locations: Places


class OperatorPatch(Request):
    """Only the fields sent change. A new PIN, role or stores, or disabling, end the
    operator's sessions."""

    role: Role | None = None
    locations: Places | None = None
    disabled: bool | None = None
    pin: Pin | None = None


class OperatorOut(Response):
    name: str
    role: Role
    locations: list[str]
    disabled: bool


class OperatorsOut(Response):
    operators: list[OperatorOut]


class SetupOut(Response):
    merchant: str
    currency: str
    location: LocationOut
    admin: OperatorOut


class ApiKeyIn(Request):
    name: Annotated[str, Field(min_length=1, max_length=46)]
    role: Role = "cashier"
    locations: Places


class ApiKeyOut(Response):
    id: int
    name: str
    prefix: str
    role: Role
    locations: list[str]
    created_by: str
    created_at: datetime
    revoked: bool
    key: str | None = None  # only in the answer to the request that created it


class ApiKeysOut(Response):
    api_keys: list[ApiKeyOut]


class ProgramPatch(Request):
    """Fields of a program to change; see `PATCH /v1/programs/{id}` for what may change once
    it has cards."""

    name: Annotated[str, Field(min_length=1, max_length=120)] | None = None
    kind: Literal["monetary", "item"] | None = None
    currency: Currency | None = None
    item_label: Annotated[str, Field(max_length=60)] | None = None
    default_value: AmountOrZero | None = None
    activation: Literal["activate", "allocate"] | None = None
    validity_days: Annotated[int, Field(strict=True, ge=1, le=36_600)] | None = None
    valid_from: AwareDatetime | None = None
    valid_until: AwareDatetime | None = None
    reloadable: bool | None = None
    partial_redemption: bool | None = None
    max_balance: Amount | None = None
    locations: Annotated[list[Place], Field(max_length=500)] | None = None
    promotional: bool | None = None
    pin_required: bool | None = None
    reporting_code_required: bool | None = None


class CardPageOut(Response):
    cards: list[CardOut]
    next_cursor: str | None


class JobOut(Response):
    id: str
    kind: str
    status: Literal["queued", "running", "done", "failed", "cancelled"]
    program_id: int
    quantity: int
    pending: bool
    value: int | None
    done: int
    error_code: str | None
    error_detail: str | None
    operator: str
    location: str
    created_at: datetime
    updated_at: datetime


class GeneratedCardOut(Response):
    code: str
    token: str
    qr_payload: str
    status: str


class JobCardsOut(Response):
    cards: list[GeneratedCardOut]
    next_cursor: int | None
