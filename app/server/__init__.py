"""The ledger's HTTP API (FastAPI): `create_app` builds it; `giftdesk serve` runs it."""

from app.server.app import LedgerNotInitialized, create_app
from app.server.settings import ApiSettings

__all__ = ["ApiSettings", "LedgerNotInitialized", "create_app"]
