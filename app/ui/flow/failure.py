"""A failed ledger call as the cashier reads it: a stable code and one sentence."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app.ui import messages
from app.ui.i18n import translate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Failure:
    """`unknown_outcome`: a change may or may not have been done (it is being resolved);
    `reached` False when the ledger certainly never got it; `signed_out`: sign in again."""

    code: str
    sentence: str
    unreachable: bool = False
    unknown_outcome: bool = False
    reached: bool = True
    signed_out: bool = False


def describe(exc: BaseException, *, context: str = "") -> Failure:
    """Map an exception to a `Failure`; anything unexpected is logged with its traceback."""
    from app.client import (
        LedgerError,
        LedgerTimeout,
        LedgerUnavailable,
        OutcomeUnknown,
        RateLimited,
        Unauthorized,
    )

    if isinstance(exc, OutcomeUnknown):
        return Failure(messages.OUTCOME_UNKNOWN, messages.sentence(messages.OUTCOME_UNKNOWN),
                       unreachable=True, unknown_outcome=True, reached=exc.reached)
    if isinstance(exc, LedgerTimeout):
        return Failure(messages.TIMEOUT, messages.sentence(messages.TIMEOUT), unreachable=True)
    if isinstance(exc, LedgerUnavailable):
        return Failure(messages.UNREACHABLE, messages.sentence(messages.UNREACHABLE),
                       unreachable=True)
    if isinstance(exc, RateLimited):
        text = messages.sentence(exc.code)
        if exc.retry_after_s:
            text += translate("messages", " (about %1 s)").replace(
                "%1", str(max(1, round(exc.retry_after_s))))
        return Failure(str(exc.code), text)
    if isinstance(exc, Unauthorized):
        code = messages.SIGN_IN_REFUSED if context == "sign_in" else messages.NOT_SIGNED_IN
        return Failure(code, messages.sentence(code), signed_out=context != "sign_in")
    if isinstance(exc, LedgerError):
        code = str(exc.code)
        if context == "sign_in" and code in ("forbidden", "location_not_allowed"):
            code = messages.SIGN_IN_FORBIDDEN
        log.info("ledger refused (%s): %s %s", context, exc.code, exc.detail)
        return Failure(code, messages.sentence(code))
    log.error("unexpected error (%s)", context, exc_info=exc)
    return Failure(messages.UNEXPECTED, messages.sentence(messages.UNEXPECTED))
