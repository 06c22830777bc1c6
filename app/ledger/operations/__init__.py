"""The ledger's rooms, one per job; `app.ledger.engine.Ledger` joins them."""
