"""The ledger engine: `Ledger`, the system of record, as a thin facade over its rooms.

Each room (`app.ledger.operations.*`) holds the operations of one job: programs and card
generation, sales and loads, redemptions, holds, a card's lifecycle, expiry, and read-only
queries. They share the transaction machinery of `LedgerCore` (one write transaction per
change, idempotent by request id).

The rooms are mixins of one class rather than objects `Ledger` delegates to: every room
needs the same few pieces of state (the engine, the clock, the program cache) and the same
helpers (`_change`, `_load`, `_journal`), and callers (the API, the CLI, other rooms' code)
keep calling `Ledger`'s methods by their names without a forwarding method for each.
"""

from __future__ import annotations

from app.ledger.operations.core import (
    DEFAULT_REVERSAL_WINDOW,
    MAX_REQUEST_ID,
    MAX_TEXT,
    REQUEST_IN_PROGRESS,
    LedgerCore,
    actor_scope,
    request_lock_key,
    utcnow,
)
from app.ledger.operations.corrections import CorrectionOps
from app.ledger.operations.expiry import ExpiryOps
from app.ledger.operations.holds import MAX_HOLD_TTL_S, HoldOps
from app.ledger.operations.lifecycle import LifecycleOps
from app.ledger.operations.programs import MAX_GENERATE, ProgramOps
from app.ledger.operations.queries import QueryOps
from app.ledger.operations.redemptions import RedemptionOps
from app.ledger.operations.sales import SalesOps

__all__ = [
    "DEFAULT_REVERSAL_WINDOW",
    "MAX_GENERATE",
    "MAX_HOLD_TTL_S",
    "MAX_REQUEST_ID",
    "MAX_TEXT",
    "REQUEST_IN_PROGRESS",
    "Ledger",
    "LedgerCore",
    "actor_scope",
    "request_lock_key",
    "utcnow",
]


class Ledger(ProgramOps, SalesOps, RedemptionOps, HoldOps, LifecycleOps, CorrectionOps,
             ExpiryOps, QueryOps):
    """The system of record. Thread-safe; one instance per process and database."""
