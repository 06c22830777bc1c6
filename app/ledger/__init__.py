"""The gift-card ledger: the system of record (SQLAlchemy Core, Alembic), no Qt."""
