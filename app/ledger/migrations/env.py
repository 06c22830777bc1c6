"""Alembic environment: runs on the connection given by `app.ledger.migrate`, or a URL."""

from alembic import context

from app.ledger.db import make_engine
from app.ledger.schema import metadata

config = context.config
connection = config.attributes.get("connection")


def _run(conn):
    context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as conn:
        _run(conn)
