"""Guess counters: attempts at PINs and card codes, reserved before each is checked

On PostgreSQL the counters live in the ledger database; a SQLite ledger keeps them in a file
of its own (`app.ledger.guesses`), so the table is created there only for completeness.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "guesses",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("cap", sa.Integer, nullable=False),
        sa.Column("until_ms", sa.BigInteger, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("guesses")
