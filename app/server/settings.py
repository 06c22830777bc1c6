"""Settings of the HTTP API: session length, limits on guessing, idempotency, request size."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta

from app.ledger.auth import DEFAULT_SESSION_TTL
from app.ledger.engine import DEFAULT_REVERSAL_WINDOW
from app.ledger.guesses import Limit
from app.ledger.ratelimit import GuessPolicy


@dataclass(frozen=True)
class ApiSettings:
    session_ttl: timedelta = DEFAULT_SESSION_TTL
    # A worker trusts a session it has checked for this long (a sign-out or a deactivated
    # operator reaches the other workers within it; the worker that signed out at once).
    session_cache: timedelta = timedelta(seconds=2)
    # Guesses (`app.ledger.ratelimit`): cards and approvals guessed by an operator at one till,
    # and PINs tried for one operator name, per window; the rest of `GuessPolicy` as is.
    failure_limit: int = 10
    failure_window: timedelta = timedelta(minutes=5)
    # Used when create_app builds the Ledger itself.
    reversal_window: timedelta = DEFAULT_REVERSAL_WINDOW
    # Idempotency-Key results are replayed for at least this long.
    idempotency_retention: timedelta = timedelta(hours=48)
    # A key claimed by a request that has not finished after this long is taken as abandoned.
    # Ended sessions are deleted after this long.
    session_retention: timedelta = timedelta(days=7)
    purge_interval: timedelta = timedelta(hours=1)
    # Cards past their validity are expired this often while the app runs; None: never
    # (`giftdesk serve` turns it on; `giftdesk expire` runs it by hand).
    expiry_interval: timedelta | None = None
    # The first run after start: a server at once; the desktop app's embedded ledger a while
    # after the window opens, so that start-up stays quick.
    expiry_first_after: timedelta = timedelta(0)
    max_body_bytes: int = 64 * 1024
    title: str = "GiftDesk ledger API"
    # A request whose body stops arriving for this long is answered 408 and its connection
    # closed.
    body_timeout_s: float = 10.0

    def guess_policy(self) -> GuessPolicy:
        limit = Limit(self.failure_limit, self.failure_window)
        policy = GuessPolicy()
        wider = {name: Limit(max(self.failure_limit, base.limit), self.failure_window)
                 for name, base in (("per_address", policy.per_address),
                                    ("per_operator", policy.per_operator))}
        return replace(policy, per_name=limit, per_till=limit, **wider)
