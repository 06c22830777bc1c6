"""Errors with stable codes: the one exception tree of the domain and the ledger."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    """Stable machine-readable codes; the API, the client and the app all key on these."""

    UNAUTHORIZED = "unauthorized"
    FORBIDDEN = "forbidden"
    VALIDATION_ERROR = "validation_error"
    INVALID_AMOUNT = "invalid_amount"
    INVALID_CURRENCY = "invalid_currency"
    INVALID_CARD_CODE = "invalid_card_code"
    CARD_NOT_FOUND = "card_not_found"
    PROGRAM_NOT_FOUND = "program_not_found"
    REDEMPTION_NOT_FOUND = "redemption_not_found"
    HOLD_NOT_FOUND = "hold_not_found"
    OPERATOR_NOT_FOUND = "operator_not_found"
    LOCATION_NOT_FOUND = "location_not_found"
    NO_PENDING_CARD = "no_pending_card"
    IDEMPOTENCY_CONFLICT = "idempotency_conflict"
    REQUEST_IN_PROGRESS = "request_in_progress"
    CARD_NOT_REDEEMABLE = "card_not_redeemable"
    CARD_NOT_ACTIVE = "card_not_active"
    CARD_NOT_PENDING = "card_not_pending"
    CARD_NOT_ALLOCATED = "card_not_allocated"
    CARD_LOCKED = "card_locked"
    CARD_EXPIRED = "card_expired"
    CARD_NOT_YET_VALID = "card_not_yet_valid"
    CARD_VOID = "card_void"
    CARD_CLOSED = "card_closed"
    CARD_DEPLETED = "card_depleted"
    LOCATION_NOT_ALLOWED = "location_not_allowed"
    PARTIAL_NOT_ALLOWED = "partial_not_allowed"
    INSUFFICIENT_BALANCE = "insufficient_balance"
    ACTIVATION_TOKEN_INVALID = "activation_token_invalid"
    PIN_REQUIRED = "pin_required"
    PIN_INVALID = "pin_invalid"
    REPORTING_CODE_REQUIRED = "reporting_code_required"
    ALREADY_REVERSED = "already_reversed"
    NOT_REVERSIBLE = "not_reversible"
    REVERSAL_WINDOW_CLOSED = "reversal_window_closed"
    HOLD_EXPIRED = "hold_expired"
    HOLD_NOT_ACTIVE = "hold_not_active"
    RELOAD_NOT_ALLOWED = "reload_not_allowed"
    MAX_BALANCE_EXCEEDED = "max_balance_exceeded"
    CURRENCY_MISMATCH = "currency_mismatch"
    RATE_LIMITED = "rate_limited"
    NOTHING_TO_CANCEL = "nothing_to_cancel"
    CANCEL_WINDOW_CLOSED = "cancel_window_closed"
    ALREADY_SPENT = "already_spent"
    REFUND_EXCEEDS_REDEMPTION = "refund_exceeds_redemption"
    REASON_REQUIRED = "reason_required"
    SAME_CARD = "same_card"
    SHIFT_OPEN = "shift_open"
    SHIFT_NOT_FOUND = "shift_not_found"
    # A real merchant's set-up: people, stores, programs, keys and batch jobs.
    ALREADY_SET_UP = "already_set_up"
    LOCATION_EXISTS = "location_exists"
    OPERATOR_EXISTS = "operator_exists"
    LAST_ADMIN = "last_admin"
    PROGRAM_RETIRED = "program_retired"
    PROGRAM_FIELD_LOCKED = "program_field_locked"
    API_KEY_NOT_FOUND = "api_key_not_found"
    API_KEY_EXISTS = "api_key_exists"
    JOB_NOT_FOUND = "job_not_found"
    JOB_NOT_CANCELLABLE = "job_not_cancellable"


class GiftDeskError(Exception):
    """A refusal with a stable `code` and a sentence a person can act on."""

    def __init__(self, code: ErrorCode, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail
        self.extra = extra

    def __repr__(self) -> str:
        return f"GiftDeskError({self.code.value!r}, {self.detail!r})"


def refuse(code: ErrorCode, detail: str, **extra: Any) -> GiftDeskError:
    """Build the error to raise: `raise refuse(ErrorCode.X, "why")`."""
    return GiftDeskError(code, detail, **extra)
