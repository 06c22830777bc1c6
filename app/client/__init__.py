"""Async httpx client of the ledger API.

`LedgerClient.embedded(app, db_url=…, data_dir=…)` talks to a ledger run in this process
(through `httpx.ASGITransport`; `app.embedded.open_client` builds it),
`LedgerClient.remote(url, data_dir=…)` to a ledger server. Results are the wire models
of `app.protocol.models`; refusals are `LedgerError` subclasses keyed by the ledger's stable
problem codes. Ledger-changing calls go through an outbox (see
`LedgerClient.resolve_pending`) so that no request's outcome is ever left unknown.
"""

from app.client._client import KEY_RETENTION, LedgerClient, Resolution
from app.client._errors import (
    NETWORK,
    Forbidden,
    IdempotencyConflict,
    InvalidRequest,
    LedgerError,
    LedgerTimeout,
    LedgerUnavailable,
    NotFound,
    OutcomeUnknown,
    RateLimited,
    Refused,
    RequestInProgress,
    Unauthorized,
)
from app.client._memory_keyring import MemoryKeyring
from app.client._outbox import PendingRequest
from app.client._tokens import UNAVAILABLE_MESSAGE, TokenStore
from app.client._transport import DEFAULT_TIMEOUT, EMBEDDED_BASE_URL

__all__ = [
    "DEFAULT_TIMEOUT",
    "EMBEDDED_BASE_URL",
    "KEY_RETENTION",
    "NETWORK",
    "UNAVAILABLE_MESSAGE",
    "Forbidden",
    "IdempotencyConflict",
    "InvalidRequest",
    "LedgerClient",
    "LedgerError",
    "LedgerTimeout",
    "LedgerUnavailable",
    "MemoryKeyring",
    "NotFound",
    "OutcomeUnknown",
    "PendingRequest",
    "RateLimited",
    "Refused",
    "RequestInProgress",
    "Resolution",
    "TokenStore",
    "Unauthorized",
]
