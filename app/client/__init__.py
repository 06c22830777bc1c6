"""Async httpx client of the ledger API."""
