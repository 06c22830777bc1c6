"""Presenters: they turn async ledger-client calls into Qt signals the screens show."""
