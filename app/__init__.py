"""GiftDesk: gift-card redemption at the counter, and its ledger."""

__version__ = "0.1.0"
