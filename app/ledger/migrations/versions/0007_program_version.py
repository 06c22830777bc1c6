"""programs get a version, raised by every change, read with each card

Every ledger process keeps the programs it has read; a card's read carries its program's
version, so a process sees a program changed through another process at once.

Revision ID: 0007_program_version
Revises: 0006_books
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_program_version"
down_revision = "0006_books"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("programs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False,
                                      server_default=sa.text("1")))


def downgrade() -> None:
    with op.batch_alter_table("programs", schema=None) as batch_op:
        batch_op.drop_column("version")
