"""The audit log: refused changes, failed sign-ins and failed card look-ups, with who and where;
and the back office's changes that have no journal row (people, stores, programs, batches of
cards), written in their own change's transaction (`record_in`).

Changes of cards' value are in the journal; this log keeps what the journal cannot (a change
that did not happen, or one that is not about a card's value). The API's rate limit counts
recent failures here, so every server process sees the same counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, insert

from app.domain.model import Actor
from app.ledger.schema import audit_log

# Outcomes that count as guessing: an unknown card code, a wrong card PIN, wrong credentials.
GUESS_OUTCOMES = ("card_not_found", "pin_invalid", "unauthorized")


@dataclass(frozen=True)
class AuditEntry:
    action: str
    outcome: str  # "ok" or an error code
    operator: str | None = None
    location: str | None = None
    terminal: str | None = None
    approved_by: str | None = None
    card_code: str | None = None
    detail: str | None = None


def _fit(value: str | None, size: int) -> str | None:
    return None if value is None else value[:size]


def record(engine: Engine, entry: AuditEntry, at: datetime) -> None:
    """Append one entry in its own transaction (the refused operation's was rolled back)."""
    with engine.begin() as conn:
        conn.execute(insert(audit_log).values(
            at=at, action=entry.action[:40], outcome=entry.outcome[:40],
            operator=_fit(entry.operator, 60), location=_fit(entry.location, 40),
            terminal=_fit(entry.terminal, 40), approved_by=_fit(entry.approved_by, 60),
            card_code=_fit(entry.card_code, 12), detail=_fit(entry.detail, 500)))


def record_in(conn: Connection, actor: Actor, action: str, at: datetime, detail: str, *,
              outcome: str = "ok") -> None:
    """Append one entry for `actor`'s change inside that change's open transaction: it is
    kept exactly when the change is."""
    conn.execute(insert(audit_log).values(
        at=at, action=action[:40], outcome=outcome[:40], operator=actor.operator[:60],
        approved_by=_fit(actor.approved_by, 60), location=actor.location[:40],
        terminal=actor.terminal[:40], detail=detail[:500]))
