"""The client's one exception tree, mapped from the ledger's problem codes in one table."""

from __future__ import annotations

import json
from email.utils import parsedate_to_datetime
from typing import Any

from pydantic import ValidationError

from app.domain.errors import ErrorCode
from app.protocol.models import Problem

NETWORK = "network"
"""The `code` of errors where the ledger gave no answer (see `LedgerUnavailable`)."""


class LedgerError(Exception):
    """A request the ledger refused, or could not be asked.

    `code` is a stable string (an `ErrorCode` value, or "network"); `title` and `detail` are
    sentences a person can read; `status` is the HTTP status, None when there was no answer.
    """

    def __init__(self, code: str, title: str, detail: str, status: int | None = None, *,
                 problem: Problem | None = None) -> None:
        super().__init__(detail)
        self.code = code
        self.title = title
        self.detail = detail
        self.status = status
        self.problem = problem

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {self.detail!r}, status={self.status})"


class Unauthorized(LedgerError):
    """401: wrong operator or PIN, or the session expired; the app must sign in again."""


class Forbidden(LedgerError):
    """403: this operator's role or location may not do this."""


class NotFound(LedgerError):
    """404: no such card, program, redemption, hold (or unsold card)."""


class Refused(LedgerError):
    """The card or the business rules refuse the operation (card locked, expired, too little
    balance, already reversed, …); `code` says which."""


class InvalidRequest(LedgerError):
    """422: the request itself is malformed (validation_error, invalid_amount, …)."""


class IdempotencyConflict(LedgerError):
    """422: this idempotency key was already used for a different request."""


class RequestInProgress(LedgerError):
    """409: the first request with this idempotency key is still running."""


class RateLimited(LedgerError):
    """429: too many failed attempts from this terminal; wait `retry_after_s` seconds."""

    def __init__(self, code: str, title: str, detail: str, status: int | None = None, *,
                 problem: Problem | None = None, retry_after_s: float | None = None) -> None:
        super().__init__(code, title, detail, status, problem=problem)
        self.retry_after_s = retry_after_s


class LedgerUnavailable(LedgerError):
    """The ledger cannot be reached: connection refused or reset, a timeout, or server errors
    that persisted through the retries."""


class LedgerTimeout(LedgerUnavailable):
    """The ledger did not answer a read within the client's deadline (it may be slow, not
    gone)."""


class OutcomeUnknown(LedgerUnavailable):
    """A ledger-changing request may or may not have been applied.

    It stays in the outbox as entry `entry_id`; call `LedgerClient.resolve_pending()` when the
    ledger is reachable again to learn (or complete) its outcome. `reached` is False when the
    ledger certainly never received it (every attempt failed to connect).
    """

    def __init__(self, detail: str, *, entry_id: int, reached: bool = True,
                 title: str = "Outcome unknown", code: str = NETWORK,
                 status: int | None = None) -> None:
        super().__init__(code, title, detail, status)
        self.entry_id = entry_id
        self.reached = reached


_BY_CODE: dict[str, type[LedgerError]] = {
    ErrorCode.UNAUTHORIZED: Unauthorized,
    ErrorCode.FORBIDDEN: Forbidden,
    ErrorCode.CARD_NOT_FOUND: NotFound,
    ErrorCode.PROGRAM_NOT_FOUND: NotFound,
    ErrorCode.REDEMPTION_NOT_FOUND: NotFound,
    ErrorCode.HOLD_NOT_FOUND: NotFound,
    ErrorCode.OPERATOR_NOT_FOUND: NotFound,
    ErrorCode.LOCATION_NOT_FOUND: NotFound,
    ErrorCode.NO_PENDING_CARD: NotFound,
    ErrorCode.SHIFT_NOT_FOUND: NotFound,
    ErrorCode.SHIFT_OPEN: Refused,
    ErrorCode.VALIDATION_ERROR: InvalidRequest,
    ErrorCode.INVALID_AMOUNT: InvalidRequest,
    ErrorCode.INVALID_CURRENCY: InvalidRequest,
    ErrorCode.INVALID_CARD_CODE: InvalidRequest,
    ErrorCode.IDEMPOTENCY_CONFLICT: IdempotencyConflict,
    ErrorCode.REQUEST_IN_PROGRESS: RequestInProgress,
    ErrorCode.RATE_LIMITED: RateLimited,
    **{code: Refused for code in (
        ErrorCode.CARD_NOT_REDEEMABLE, ErrorCode.CARD_NOT_ACTIVE, ErrorCode.CARD_NOT_PENDING,
        ErrorCode.CARD_NOT_ALLOCATED, ErrorCode.CARD_LOCKED, ErrorCode.CARD_EXPIRED,
        ErrorCode.CARD_NOT_YET_VALID, ErrorCode.CARD_VOID, ErrorCode.CARD_CLOSED,
        ErrorCode.CARD_DEPLETED, ErrorCode.LOCATION_NOT_ALLOWED, ErrorCode.PARTIAL_NOT_ALLOWED,
        ErrorCode.INSUFFICIENT_BALANCE, ErrorCode.ACTIVATION_TOKEN_INVALID,
        ErrorCode.PIN_REQUIRED, ErrorCode.PIN_INVALID, ErrorCode.REPORTING_CODE_REQUIRED,
        ErrorCode.ALREADY_REVERSED, ErrorCode.NOT_REVERSIBLE, ErrorCode.REVERSAL_WINDOW_CLOSED,
        ErrorCode.HOLD_EXPIRED, ErrorCode.HOLD_NOT_ACTIVE, ErrorCode.RELOAD_NOT_ALLOWED,
        ErrorCode.MAX_BALANCE_EXCEEDED, ErrorCode.CURRENCY_MISMATCH)},
}
# For answers without a known code (a future code, or a plain framework error).
_BY_STATUS: dict[int, tuple[type[LedgerError], str]] = {
    400: (InvalidRequest, ErrorCode.VALIDATION_ERROR),
    401: (Unauthorized, ErrorCode.UNAUTHORIZED),
    403: (Forbidden, ErrorCode.FORBIDDEN),
    404: (NotFound, ErrorCode.CARD_NOT_FOUND),
    405: (InvalidRequest, ErrorCode.VALIDATION_ERROR),
    409: (Refused, ErrorCode.CARD_NOT_REDEEMABLE),
    413: (InvalidRequest, ErrorCode.VALIDATION_ERROR),
    415: (InvalidRequest, ErrorCode.VALIDATION_ERROR),
    422: (InvalidRequest, ErrorCode.VALIDATION_ERROR),
    429: (RateLimited, ErrorCode.RATE_LIMITED),
}


def retry_after_s(value: str | None) -> float | None:
    """Seconds from a `Retry-After` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        from datetime import UTC, datetime

        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None


def error_from_response(status: int, content: bytes, retry_after: str | None = None
                        ) -> LedgerError:
    """The exception for a 4xx/5xx answer: by its problem `code`, else by its status."""
    problem: Problem | None
    try:
        problem = Problem.model_validate_json(content)
    except ValidationError:
        problem = None
    if problem is not None:
        code, title, detail = problem.code, problem.title, problem.detail
        cls = _BY_CODE.get(code)
    else:
        code, title, detail, cls = "", "", _plain_detail(content), None
    if cls is None:
        cls, fallback = _BY_STATUS.get(status, (LedgerError, ""))
        code = code or fallback or (NETWORK if status >= 500 else ErrorCode.VALIDATION_ERROR)
    if status >= 500:
        cls, code = LedgerUnavailable, NETWORK
        title = "The ledger cannot be reached"
    title = title or f"HTTP {status}"
    detail = detail or title
    if cls is RateLimited:
        return RateLimited(str(code), title, detail, status, problem=problem,
                           retry_after_s=retry_after_s(retry_after))
    return cls(str(code), title, detail, status, problem=problem)


def _plain_detail(content: bytes) -> str:
    try:
        data: Any = json.loads(content)
    except ValueError:
        return content[:200].decode("utf-8", "replace").strip()
    if isinstance(data, dict) and isinstance(data.get("detail"), str):
        return str(data["detail"])
    return ""
