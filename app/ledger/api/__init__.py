"""The ledger's HTTP API (FastAPI): `create_app` builds it; `giftdesk serve` runs it."""

from app.ledger.api.app import LedgerNotInitialized, create_app
from app.ledger.api.settings import ApiSettings

__all__ = ["ApiSettings", "LedgerNotInitialized", "create_app"]
