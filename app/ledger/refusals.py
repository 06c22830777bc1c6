"""Refusals kept under their request id, so that a retry gets the first answer again.

A change refused by the ledger (`insufficient_balance`, `card_expired`, a wrong card PIN ...)
is stored under its request id like a result, with the status "refused": the same id and
content later answers the same refusal, even if the card has changed since (reloaded,
unlocked), and changes nothing. Only refusals that say something about the request are kept;
answers that say "not now" (another request with this id still runs, too many guesses, the
ledger busy checking PINs) and a conflict of ids are not, so a retry may still get through.
"""

from __future__ import annotations

import json
from typing import Any

from app.domain.errors import ErrorCode, GiftDeskError, refuse

REFUSED = "refused"
# Answers that are not the request's outcome: never stored under its id.
NOT_KEPT = frozenset({ErrorCode.REQUEST_IN_PROGRESS, ErrorCode.IDEMPOTENCY_CONFLICT,
                      ErrorCode.RATE_LIMITED})


def kept(error: GiftDeskError) -> bool:
    """Whether this refusal is the request's outcome, to be replayed for its id."""
    return error.code not in NOT_KEPT


def dumps(error: GiftDeskError) -> str:
    """The refusal as stored in the idempotency table's `response`."""
    extra = {k: v for k, v in error.extra.items() if isinstance(v, str | int | float | bool)}
    return json.dumps({"code": error.code.value, "detail": error.detail, "extra": extra})


def loads(text: str) -> GiftDeskError:
    """The stored refusal, to raise again."""
    stored: dict[str, Any] = json.loads(text)
    return refuse(ErrorCode(stored["code"]), str(stored["detail"]), **stored.get("extra", {}))
