"""SQLite: no index on idempotency.created_at; no "running" claims left

Earlier versions claimed a key with a committed "running" row before the operation; the
ledger now holds a key in flight in the operation's own transaction (PostgreSQL: an advisory
lock), so claims left by a process that stopped are removed.

Every redemption writes its idempotency row; on SQLite the index on created_at added a page
to each commit's write-ahead log for the sake of the hourly purge, which on a single store's
SQLite ledger (at most two days of keys) scans the table quickly without it. PostgreSQL keeps
the index.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM idempotency WHERE status = 'running'")
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_idempotency_created", table_name="idempotency")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.create_index("ix_idempotency_created", "idempotency", ["created_at"])
