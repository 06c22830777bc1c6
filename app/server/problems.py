"""Every error as `application/problem+json` with a stable `code`: one table of HTTP statuses.

An unknown card code and a wrong card PIN are answered identically (same status, code, title
and detail) so that card codes cannot be probed.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, OperationalError, StatementError
from starlette.exceptions import HTTPException

from app.domain.errors import ErrorCode, GiftDeskError
from app.protocol.models import Problem

log = logging.getLogger("giftdesk.api")

MEDIA_TYPE = "application/problem+json"
E = ErrorCode
STATUS: dict[ErrorCode, int] = {
    E.UNAUTHORIZED: 401,
    E.FORBIDDEN: 403,
    E.LOCATION_NOT_ALLOWED: 403,
    E.CARD_NOT_FOUND: 404,
    E.PIN_INVALID: 404,  # answered as card_not_found
    E.PROGRAM_NOT_FOUND: 404,
    E.REDEMPTION_NOT_FOUND: 404,
    E.HOLD_NOT_FOUND: 404,
    E.OPERATOR_NOT_FOUND: 404,
    E.NO_PENDING_CARD: 404,
    E.VALIDATION_ERROR: 422,
    E.INVALID_AMOUNT: 422,
    E.INVALID_CURRENCY: 422,
    E.INVALID_CARD_CODE: 422,
    E.LOCATION_NOT_FOUND: 422,
    E.IDEMPOTENCY_CONFLICT: 422,
    E.ACTIVATION_TOKEN_INVALID: 422,
    E.PIN_REQUIRED: 422,
    E.REPORTING_CODE_REQUIRED: 422,
    E.REQUEST_IN_PROGRESS: 409,
    E.CARD_NOT_REDEEMABLE: 409,
    E.CARD_NOT_ACTIVE: 409,
    E.CARD_NOT_PENDING: 409,
    E.CARD_NOT_ALLOCATED: 409,
    E.CARD_LOCKED: 409,
    E.CARD_EXPIRED: 409,
    E.CARD_NOT_YET_VALID: 409,
    E.CARD_VOID: 409,
    E.CARD_CLOSED: 409,
    E.CARD_DEPLETED: 409,
    E.PARTIAL_NOT_ALLOWED: 409,
    E.INSUFFICIENT_BALANCE: 409,
    E.ALREADY_REVERSED: 409,
    E.NOT_REVERSIBLE: 409,
    E.REVERSAL_WINDOW_CLOSED: 409,
    E.HOLD_EXPIRED: 409,
    E.HOLD_NOT_ACTIVE: 409,
    E.RELOAD_NOT_ALLOWED: 409,
    E.MAX_BALANCE_EXCEEDED: 409,
    E.CURRENCY_MISMATCH: 409,
    E.RATE_LIMITED: 429,
    E.NOTHING_TO_CANCEL: 409,
    E.CANCEL_WINDOW_CLOSED: 409,
    E.ALREADY_SPENT: 409,
    E.REFUND_EXCEEDS_REDEMPTION: 409,
    E.REASON_REQUIRED: 422,
    E.SAME_CARD: 422,
    E.SHIFT_OPEN: 409,
    E.SHIFT_NOT_FOUND: 404,
    E.ALREADY_SET_UP: 409,
    E.LOCATION_EXISTS: 409,
    E.OPERATOR_EXISTS: 409,
    E.LAST_ADMIN: 409,
    E.PROGRAM_RETIRED: 409,
    E.PROGRAM_FIELD_LOCKED: 409,
    E.API_KEY_NOT_FOUND: 404,
    E.API_KEY_EXISTS: 409,
    E.JOB_NOT_FOUND: 404,
    E.JOB_NOT_CANCELLABLE: 409,
}

# Codes of the HTTP layer itself (no ledger operation behind them).
NOT_FOUND = "not_found"
METHOD_NOT_ALLOWED = "method_not_allowed"
PAYLOAD_TOO_LARGE = "payload_too_large"
UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
INTERNAL_ERROR = "internal_error"
SERVICE_UNAVAILABLE = "service_unavailable"
HTTP_ERROR = "http_error"

NO_CARD_DETAIL = "No card matches this code and PIN."
# Request fields whose bad value is reported as `invalid_amount`.
AMOUNT_FIELDS = frozenset({"amount", "quantity", "value", "default_value", "max_balance"})


def title_of(code: str) -> str:
    return code.replace("_", " ").capitalize()


def problem_response(status: int, code: str, detail: str, *,
                     headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    body = Problem(type=f"urn:giftdesk:problem:{code}", title=title_of(code), status=status,
                   detail=detail, code=code, **extra)
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status,
                        headers=headers, media_type=MEDIA_TYPE)


def error_response(exc: GiftDeskError) -> JSONResponse:
    code, detail = exc.code, exc.detail
    if code in (E.CARD_NOT_FOUND, E.PIN_INVALID):
        code, detail = E.CARD_NOT_FOUND, NO_CARD_DETAIL
    status = STATUS.get(code, 422)
    headers: dict[str, str] = {}
    if code is E.RATE_LIMITED:
        headers["Retry-After"] = str(int(exc.extra.get("retry_after_s", 60)))
    if code is E.UNAUTHORIZED:
        headers["WWW-Authenticate"] = "Bearer"
    available = exc.extra.get("available")
    return problem_response(status, code.value, detail, headers=headers,
                            available=available if isinstance(available, int) else None)


def _field_path(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc[1:]] if loc and loc[0] in ("body", "query", "path",
                                                              "header") else map(str, loc)
    return ".".join(parts) or "body"


def validation_response(exc: RequestValidationError) -> JSONResponse:
    errors = [{"loc": [p if isinstance(p, int) else str(p) for p in e.get("loc", ())],
               "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
              for e in exc.errors()]
    amount = any(any(p in AMOUNT_FIELDS for p in e["loc"] if isinstance(p, str))
                 for e in errors)
    first = exc.errors()[0] if exc.errors() else {}
    if first.get("type") == "json_invalid":
        detail = "The request body is not valid JSON."
    elif first:
        detail = f"{_field_path(tuple(first.get('loc', ())))}: {first.get('msg', 'invalid')}"
    else:
        detail = "The request is not valid."
    code = E.INVALID_AMOUNT if amount else E.VALIDATION_ERROR
    return problem_response(422, code.value, detail, errors=errors[:20])


def http_error_response(exc: HTTPException, request: Request) -> JSONResponse:
    if exc.status_code == 404:
        return problem_response(404, NOT_FOUND,
                                f"There is nothing at {request.method} {request.url.path}.")
    if exc.status_code == 405:
        return problem_response(405, METHOD_NOT_ALLOWED,
                                f"{request.method} is not allowed on {request.url.path}.",
                                headers=dict(exc.headers or {}))
    if exc.status_code == 413:
        return problem_response(413, PAYLOAD_TOO_LARGE, "The request body is too large.")
    if exc.status_code in (400, 422):
        return problem_response(422, E.VALIDATION_ERROR.value, str(exc.detail))
    return problem_response(exc.status_code, HTTP_ERROR, str(exc.detail),
                            headers=dict(exc.headers or {}))


def database_error_response(exc: StatementError) -> JSONResponse:
    """Values the database refuses are the request's fault; an unreachable database is not."""
    if isinstance(exc, OperationalError):
        log.error("database unavailable: %s", exc.orig)
        return problem_response(503, SERVICE_UNAVAILABLE,
                                "The ledger database is busy or unreachable; try again shortly.",
                                headers={"Retry-After": "2"})
    if isinstance(exc, DataError) or isinstance(exc.orig, ValueError | OverflowError):
        log.info("value refused by the database: %s", exc.orig)
        return problem_response(422, E.VALIDATION_ERROR.value,
                                "A value in this request is out of range or cannot be stored.")
    log.error("database error", exc_info=exc)
    return problem_response(500, INTERNAL_ERROR, "The ledger failed to answer; try again.")


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into a problem response."""

    async def on_refusal(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, GiftDeskError)
        return error_response(exc)

    async def on_invalid(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return validation_response(exc)

    async def on_http(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        return http_error_response(exc, request)

    async def on_database(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StatementError)
        return database_error_response(exc)

    app.add_exception_handler(GiftDeskError, on_refusal)
    app.add_exception_handler(RequestValidationError, on_invalid)
    app.add_exception_handler(HTTPException, on_http)
    app.add_exception_handler(StatementError, on_database)
