"""SQLAlchemy Core tables of the ledger. Alembic migrations create them; this is the reference.

Amounts are integers: minor units for monetary cards, item counts for item cards. Times are
timezone-aware UTC. The journal is append-only: nothing in this package updates or deletes a
journal row.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as UTC; always returns aware UTC datetimes (SQLite drops tz)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the ledger")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


Amount = BigInteger().with_variant(Integer(), "sqlite")
Id = BigInteger().with_variant(Integer(), "sqlite")

merchants = Table(
    "merchants", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("name", String(120), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("currency", String(3)),  # the default currency of new programs (0004)
    Column("demo", Boolean, nullable=False, server_default=text("false")),  # demo data (0004)
)

locations = Table(
    "locations", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("merchant_id", ForeignKey("merchants.id"), nullable=False),
    Column("code", String(40), nullable=False, unique=True),
    Column("name", String(120), nullable=False),
)

operators = Table(
    "operators", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("merchant_id", ForeignKey("merchants.id"), nullable=False),
    Column("name", String(60), nullable=False, unique=True),
    Column("pin_hash", String(200), nullable=False),
    Column("role", String(10), nullable=False),
    Column("locations", Text, nullable=False),  # JSON list of location codes; ["*"] = all
    Column("active", Boolean, nullable=False, server_default=text("true")),
    Column("created_at", UTCDateTime(), nullable=False),
)

programs = Table(
    "programs", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("merchant_id", ForeignKey("merchants.id"), nullable=False),
    Column("name", String(120), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("item_label", String(60)),
    Column("default_value", Amount, nullable=False),
    Column("activation", String(10), nullable=False),
    Column("validity_days", Integer),
    Column("valid_from", UTCDateTime()),
    Column("valid_until", UTCDateTime()),
    Column("reloadable", Boolean, nullable=False),
    Column("partial_redemption", Boolean, nullable=False),
    Column("max_balance", Amount),
    Column("locations", Text, nullable=False),  # JSON list; [] = every location
    Column("promotional", Boolean, nullable=False),
    Column("pin_required", Boolean, nullable=False),
    Column("reporting_code_required", Boolean, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("retired_at", UTCDateTime()),  # no new cards once retired (0004)
    # Raised by every change of the program (0007): read with each card, it tells a process
    # whether the program it keeps is still current.
    Column("version", Integer, nullable=False, server_default=text("1")),
    CheckConstraint("default_value >= 0", name="default_value_nonnegative"),
)

cards = Table(
    "cards", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("code", String(12), nullable=False),
    Column("token", String(64), nullable=False),
    Column("program_id", ForeignKey("programs.id"), nullable=False),
    Column("status", String(10), nullable=False),
    Column("locked_from", String(10)),
    Column("balance", Amount, nullable=False),
    Column("held", Amount, nullable=False, server_default=text("0")),
    Column("initial_value", Amount, nullable=False),
    Column("valid_from", UTCDateTime()),
    Column("valid_until", UTCDateTime()),
    Column("sender", String(200)),
    Column("recipient", String(200)),
    Column("message", String(1000)),
    Column("pin_hash", String(200)),
    Column("activation_token_hash", String(64)),
    Column("training", Boolean, nullable=False, server_default=text("false")),
    Column("failed_pin_count", Integer, nullable=False, server_default=text("0")),
    Column("created_at", UTCDateTime(), nullable=False),
    UniqueConstraint("code", "training", name="uq_cards_code_training"),
    UniqueConstraint("token", "training", name="uq_cards_token_training"),
    CheckConstraint("balance >= 0", name="balance_nonnegative"),
    CheckConstraint("held >= 0 AND held <= balance", name="held_within_balance"),
)
Index("ix_cards_program_status", cards.c.program_id, cards.c.status, cards.c.id)

journal = Table(
    "journal", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("card_id", ForeignKey("cards.id"), nullable=False),
    Column("kind", String(12), nullable=False),
    Column("request_id", String(100)),
    Column("operator", String(60), nullable=False),
    Column("approved_by", String(60)),
    Column("location", String(40), nullable=False),
    Column("terminal", String(40), nullable=False),
    Column("amount", Amount, nullable=False),  # magnitude of the operation, >= 0
    Column("delta", Amount, nullable=False),  # signed change of the card's balance
    Column("held_delta", Amount, nullable=False),  # signed change of the value on hold
    Column("balance_after", Amount, nullable=False),
    Column("related_id", Id),  # the redemption a reversal undoes; the hold a capture settles
    Column("reporting_code", String(40)),
    Column("reference", String(100)),
    Column("comment", String(500)),
    Column("training", Boolean, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)
Index("ix_journal_card", journal.c.card_id, journal.c.id)
Index("ix_journal_created", journal.c.created_at)
# A redemption is reversed at most once: the database itself refuses a second reversal row.
Index("uq_journal_one_reversal", journal.c.related_id, unique=True,
      sqlite_where=text("kind = 'reverse'"), postgresql_where=text("kind = 'reverse'"))

holds = Table(
    "holds", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("card_id", ForeignKey("cards.id"), nullable=False),
    Column("amount", Amount, nullable=False),
    Column("status", String(10), nullable=False),
    Column("expires_at", UTCDateTime(), nullable=False),
    Column("operator", String(60), nullable=False),
    Column("location", String(40), nullable=False),
    Column("terminal", String(40), nullable=False),
    Column("training", Boolean, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("settled_at", UTCDateTime()),
)
Index("ix_holds_card_status", holds.c.card_id, holds.c.status)
Index("ix_holds_status_expires", holds.c.status, holds.c.expires_at)

idempotency = Table(
    "idempotency", metadata,
    Column("scope", String(100), primary_key=True),
    Column("key", String(200), primary_key=True),
    Column("fingerprint", String(64), nullable=False),
    Column("status", String(12), nullable=False),  # "done", "refused" (earlier: "running")
    Column("response", Text),
    Column("created_at", UTCDateTime(), nullable=False),
)
# The hourly purge's index; SQLite does without it (migration 0003): one page less per commit.
Index("ix_idempotency_created", idempotency.c.created_at).ddl_if(dialect="postgresql")

sessions = Table(
    "sessions", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("operator_id", ForeignKey("operators.id"), nullable=False),
    Column("location", String(40), nullable=False),
    Column("terminal", String(40), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("expires_at", UTCDateTime(), nullable=False),
    Column("revoked_at", UTCDateTime()),
)
Index("ix_sessions_expires", sessions.c.expires_at)  # purge of ended sessions (0002)

audit_log = Table(
    "audit_log", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("at", UTCDateTime(), nullable=False),
    Column("operator", String(60)),
    Column("approved_by", String(60)),
    Column("location", String(40)),
    Column("terminal", String(40)),
    Column("action", String(40), nullable=False),
    Column("card_code", String(12)),
    Column("outcome", String(40), nullable=False),  # "ok" or an error code
    Column("detail", String(500)),
)
Index("ix_audit_at", audit_log.c.at)
# Recent failures per terminal and per operator: the API's rate limit counts them (0002).
Index("ix_audit_terminal_at", audit_log.c.terminal, audit_log.c.at)
Index("ix_audit_operator_at", audit_log.c.operator, audit_log.c.at)

# Keys of integrators (a POS, a web shop): stored as SHA-256, shown once (0004).
api_keys = Table(
    "api_keys", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("name", String(50), nullable=False, unique=True),
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("prefix", String(12), nullable=False),
    Column("role", String(10), nullable=False),
    Column("locations", Text, nullable=False),  # JSON list of location codes
    Column("created_by", String(60), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("revoked_at", UTCDateTime()),
)

# Large card batches run as jobs on the ledger (0004); their cards share program and batch_at.
jobs = Table(
    "jobs", metadata,
    Column("id", String(36), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("status", String(10), nullable=False),  # queued, running, done, failed, cancelled
    Column("program_id", Id, nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("pending", Boolean, nullable=False),
    Column("value", BigInteger),
    Column("done", Integer, nullable=False, server_default=text("0")),
    Column("batch_at", UTCDateTime()),
    Column("error_code", String(40)),
    Column("error_detail", String(500)),
    Column("operator", String(60), nullable=False),
    Column("location", String(40), nullable=False),
    Column("terminal", String(40), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("cancel_requested", Boolean, nullable=False, server_default=text("false")),
)

# A till's shift, opened and closed by a cashier: the span of its Z report (0006).
shifts = Table(
    "shifts", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("location", String(40), nullable=False),
    Column("terminal", String(40), nullable=False),
    Column("opened_by", String(60), nullable=False),
    Column("opened_at", UTCDateTime(), nullable=False),
    Column("closed_by", String(60)),
    Column("closed_at", UTCDateTime()),
)
# One open shift per terminal: the database refuses a second one opened at the same moment.
Index("uq_shifts_open", shifts.c.location, shifts.c.terminal, unique=True,
      sqlite_where=text("closed_at IS NULL"), postgresql_where=text("closed_at IS NULL"))
