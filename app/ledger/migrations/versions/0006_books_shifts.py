"""the books: shifts a cashier opens and closes (the Z report's span)

Revision ID: 0006_books
Revises: 0004_merchant_setup
"""

import sqlalchemy as sa
from alembic import op

from app.ledger.schema import UTCDateTime

revision = "0006_books"
down_revision = "0004_merchant_setup"
branch_labels = None
depends_on = None

_Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "shifts",
        sa.Column("id", _Id, primary_key=True, autoincrement=True),
        sa.Column("location", sa.String(40), nullable=False),
        sa.Column("terminal", sa.String(40), nullable=False),
        sa.Column("opened_by", sa.String(60), nullable=False),
        sa.Column("opened_at", UTCDateTime(), nullable=False),
        sa.Column("closed_by", sa.String(60)),
        sa.Column("closed_at", UTCDateTime()),
        sa.PrimaryKeyConstraint("id", name="pk_shifts"),
    )
    op.create_index("uq_shifts_open", "shifts", ["location", "terminal"], unique=True,
                    sqlite_where=sa.text("closed_at IS NULL"),
                    postgresql_where=sa.text("closed_at IS NULL"))


def downgrade() -> None:
    op.drop_index("uq_shifts_open", table_name="shifts")
    op.drop_table("shifts")
