"""A sliding-window limit on guessing: failed card look-ups and sign-ins per terminal/operator.

Failures are the audit log's rows with a guessing outcome, so the count is shared by every
server process on the same database. A terminal (or operator) with `limit` failures in the
last `window` is refused until the oldest of those leaves the window.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, and_, bindparam, or_, select

from app.domain.errors import ErrorCode, refuse
from app.ledger import store
from app.ledger.audit import GUESS_OUTCOMES
from app.ledger.schema import audit_log


@dataclass(frozen=True)
class FailureLimit:
    limit: int = 10
    window: timedelta = timedelta(minutes=5)


class FailureLimiter:
    """Refuses a terminal or operator that has failed too often lately."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime],
                 policy: FailureLimit) -> None:
        self.engine = engine
        self.clock = clock
        self.policy = policy
        # Compiled once: the `limit`-th newest failure of this terminal or operator since then.
        # It runs before every request that names a card, so it skips SQLAlchemy's execution.
        self.statement = (
            select(audit_log.c.at)
            .where(audit_log.c.at > bindparam("since"),
                   or_(*(audit_log.c.outcome == outcome for outcome in GUESS_OUTCOMES)),
                   or_(and_(audit_log.c.terminal == bindparam("terminal"),
                            audit_log.c.location == bindparam("location")),
                       audit_log.c.operator == bindparam("operator")))
            .order_by(audit_log.c.at.desc())
            .offset(policy.limit - 1).limit(1))
        self.query = store.Prepared(self.statement, engine.dialect)

    def params(self, now: datetime, *, location: str, terminal: str,
               operator: str) -> dict[str, Any]:
        """The parameters of `statement` (also run inside other statements: a row means
        "over the limit", and `check` then says for how long)."""
        return {"since": now - self.policy.window, "terminal": terminal, "location": location,
                "operator": operator}

    def retry_after_s(self, *, location: str, terminal: str, operator: str) -> int | None:
        """Seconds until this terminal and operator may try again, or None if they may now."""
        now = self.clock()
        params = self.params(now, location=location, terminal=terminal, operator=operator)
        oldest_counted = self.query.read(self.engine, params)
        if oldest_counted is None:
            return None
        wait = (oldest_counted.at + self.policy.window - now).total_seconds()
        return max(1, math.ceil(wait))

    def check(self, *, location: str, terminal: str, operator: str) -> None:
        """Refuse with `rate_limited` (and the seconds to wait) when over the limit."""
        wait = self.retry_after_s(location=location, terminal=terminal, operator=operator)
        if wait is not None:
            raise refuse(ErrorCode.RATE_LIMITED,
                         f"Too many failed attempts from this terminal or operator; "
                         f"try again in {wait} seconds.", retry_after_s=wait)
