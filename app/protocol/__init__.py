"""Wire schemas shared by the ledger API and its client."""
