"""a real merchant: default currency and demo flag, retired programs, API keys, batch jobs

Revision ID: 0004_merchant_setup
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from app.ledger.schema import UTCDateTime

revision = "0004_merchant_setup"
down_revision = "0004"
branch_labels = None
depends_on = None

_Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("merchants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("currency", sa.String(3)))
        batch_op.add_column(sa.Column("demo", sa.Boolean(), nullable=False,
                                      server_default=sa.text("false")))
    with op.batch_alter_table("programs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retired_at", UTCDateTime()))
    op.create_table(
        "api_keys",
        sa.Column("id", _Id, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(50), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("prefix", sa.String(12), nullable=False),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("locations", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(60), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("revoked_at", UTCDateTime()),
        sa.PrimaryKeyConstraint("id", name="pk_api_keys"),
        sa.UniqueConstraint("name", name="uq_api_keys_name"),
        sa.UniqueConstraint("key_hash", name="uq_api_keys_key_hash"),
    )
    op.create_table(
        "jobs",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("program_id", _Id, nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("pending", sa.Boolean(), nullable=False),
        sa.Column("value", sa.BigInteger()),
        sa.Column("done", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("batch_at", UTCDateTime()),
        sa.Column("error_code", sa.String(40)),
        sa.Column("error_detail", sa.String(500)),
        sa.Column("operator", sa.String(60), nullable=False),
        sa.Column("location", sa.String(40), nullable=False),
        sa.Column("terminal", sa.String(40), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("cancel_requested", sa.Boolean(), nullable=False,
                  server_default=sa.text("false")),
        sa.PrimaryKeyConstraint("id", name="pk_jobs"),
    )


def downgrade() -> None:
    op.drop_table("jobs")
    op.drop_table("api_keys")
    with op.batch_alter_table("programs", schema=None) as batch_op:
        batch_op.drop_column("retired_at")
    with op.batch_alter_table("merchants", schema=None) as batch_op:
        batch_op.drop_column("demo")
        batch_op.drop_column("currency")
