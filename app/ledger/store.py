"""Row mapping and lookups shared by the ledger's operations (SQLAlchemy Core, no rules)."""

from __future__ import annotations

import json
import threading
from collections import namedtuple
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, Row, Select, bindparam, select
from sqlalchemy.engine import Dialect

from app.domain.codes import CardRef, qr_payload
from app.domain.errors import ErrorCode, refuse
from app.domain.model import Activation, Card, CardStatus, EntryKind, Kind, Program
from app.ledger.db import is_sqlite
from app.ledger.results import CardView, JournalEntry
from app.ledger.schema import cards, journal, programs


def program_from_row(row: Row[Any]) -> Program:
    return Program(
        id=row.id, name=row.name, kind=Kind(row.kind), currency=row.currency,
        item_label=row.item_label, default_value=row.default_value,
        activation=Activation(row.activation), validity_days=row.validity_days,
        valid_from=row.valid_from, valid_until=row.valid_until, reloadable=row.reloadable,
        partial_redemption=row.partial_redemption, max_balance=row.max_balance,
        locations=tuple(json.loads(row.locations)), promotional=row.promotional,
        pin_required=row.pin_required, reporting_code_required=row.reporting_code_required,
        retired=row.retired_at is not None,
    )


def card_from_row(row: Row[Any]) -> Card:
    return Card(
        id=row.id, code=row.code, token=row.token, program_id=row.program_id,
        status=CardStatus(row.status),
        locked_from=CardStatus(row.locked_from) if row.locked_from else None,
        balance=row.balance, held=row.held, initial_value=row.initial_value,
        valid_from=row.valid_from, valid_until=row.valid_until, sender=row.sender,
        recipient=row.recipient, message=row.message, training=row.training,
        has_pin=row.pin_hash is not None, failed_pin_count=row.failed_pin_count,
        created_at=row.created_at,
    )


def card_view(card: Card, program: Program) -> CardView:
    return CardView(
        code=card.code, token=card.token, qr_payload=qr_payload(card.token),
        program_id=program.id, program_name=program.name, kind=program.kind,
        status=card.status, currency=program.currency, balance=card.balance, held=card.held,
        available=card.available, initial_value=card.initial_value,
        item_label=program.item_label, valid_from=card.valid_from,
        valid_until=card.valid_until, sender=card.sender, recipient=card.recipient,
        message=card.message, training=card.training,
        pin_required=card.has_pin or program.pin_required,  # a PIN set at sale counts too
        created_at=card.created_at, partial_redemption=program.partial_redemption,
        reporting_code_required=program.reporting_code_required,
    )


def entry_from_row(row: Row[Any]) -> JournalEntry:
    return JournalEntry(
        id=row.id, kind=EntryKind(row.kind), amount=row.amount, delta=row.delta,
        held_delta=row.held_delta, balance_after=row.balance_after, operator=row.operator,
        approved_by=row.approved_by, location=row.location, terminal=row.terminal,
        request_id=row.request_id, related_id=row.related_id,
        reporting_code=row.reporting_code, reference=row.reference, comment=row.comment,
        training=row.training, created_at=row.created_at,
    )


def _card_queries(column: Any) -> tuple[Select[Any], Select[Any]]:
    """A card by one column (and training flag), without and with a row lock: built once."""
    query = select(cards).where(column == bindparam("card_key"),
                                cards.c.training == bindparam("card_training"))
    return query, query.with_for_update()


# Card look-ups run in every operation; building the statements once saves most of their cost.
CARD_BY = {"code": _card_queries(cards.c.code), "token": _card_queries(cards.c.token)}
_CARD_BY_ID = (select(cards).where(cards.c.id == bindparam("card_id")),
               select(cards).where(cards.c.id == bindparam("card_id")).with_for_update())


def find_card_row(conn: Connection, ref: CardRef, *, training: bool,
                  for_update: bool = False) -> Row[Any] | None:
    query = CARD_BY[ref.kind][for_update]
    return conn.execute(query, {"card_key": ref.value, "card_training": training}).first()


def card_row_by_id(conn: Connection, card_id: int, *, for_update: bool = False) -> Row[Any]:
    return conn.execute(_CARD_BY_ID[for_update], {"card_id": card_id}).one()


def load_program(conn: Connection, program_id: int) -> Program:
    row = conn.execute(select(programs).where(programs.c.id == program_id)).first()
    if row is None:
        raise refuse(ErrorCode.PROGRAM_NOT_FOUND, f"There is no program {program_id}.")
    return program_from_row(row)


def card_journal(conn: Connection, card_id: int) -> list[JournalEntry]:
    rows = conn.execute(select(journal).where(journal.c.card_id == card_id)
                        .order_by(journal.c.id))
    return [entry_from_row(r) for r in rows]


class Prepared:
    """A statement compiled once for one database dialect and run on the driver's cursor.

    For the few statements of the hottest operation (a redemption): executing through
    SQLAlchemy costs several times the database's own work. Values still go through each
    column type's bind and result processing, so rows read the same as through SQLAlchemy.
    """

    def __init__(self, statement: Any, dialect: Dialect, *,
                 column_keys: list[str] | None = None) -> None:
        compiled = statement.compile(dialect=dialect, column_keys=column_keys)
        self.sql = compiled.string
        processors: dict[str, Callable[[Any], Any] | None] = {}
        constants: dict[str, Any] = {}  # literal values the statement carries, processed
        for bind in compiled.binds.values():
            name = compiled.bind_names[bind]
            processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
            processors[name] = processor
            if not bind.required:
                value = bind.effective_value
                constants[name] = value if processor is None else processor(value)
        self.positional = compiled.positional
        names = compiled.positiontup if compiled.positional else list(processors)
        self.names = list(names or ())
        self.plan = [(name, name in constants, constants.get(name), processors.get(name))
                     for name in self.names]
        columns = list(getattr(statement, "exported_columns", ()))
        self.row_type: Any = namedtuple("PreparedRow", [c.key for c in columns])  # type: ignore[misc]
        # Result processors of every column (None where the driver's value is final).
        self.result = [c.type.dialect_impl(dialect).result_processor(dialect, None)
                       for c in columns]

    def parameters(self, params: dict[str, Any]) -> Any:
        """`params` as the driver takes them for `sql`, bind-processed."""
        values = [constant if fixed else params[name] if processor is None
                  else processor(params[name])
                  for name, fixed, constant, processor in self.plan]
        return values if self.positional else dict(zip(self.names, values, strict=True))

    def row(self, raw: Any) -> Any:
        """A row the driver returned, processed (None stays None)."""
        if raw is None:
            return None
        return self.row_type._make([v if p is None or v is None else p(v)
                                    for p, v in zip(self.result, raw, strict=True)])

    def execute(self, cursor: Any, params: dict[str, Any]) -> Any:
        """Run with `params`; the first row returned (processed), or None."""
        cursor.execute(self.sql, self.parameters(params))
        if not self.result:
            return None
        return self.row(cursor.fetchone())

    def read(self, engine: Engine, params: dict[str, Any]) -> Any:
        """Run this (read-only) statement on a pooled connection: its first row, or None.

        One statement reads a consistent snapshot by itself, so on PostgreSQL it runs in
        autocommit mode: no BEGIN and ROLLBACK round trips around it."""
        raw = engine.raw_connection()
        driver: Any = raw.driver_connection
        autocommit = engine.dialect.name == "postgresql" and not driver.autocommit
        try:
            if autocommit:
                driver.autocommit = True
            cursor = raw.cursor()
            try:
                return self.execute(cursor, params)
            finally:
                cursor.close()
        finally:
            if autocommit and not driver.closed:
                driver.autocommit = False
            raw.close()


class Lane:
    """One pooled connection kept checked out for the hottest operation.

    Checking a connection out of SQLAlchemy's pool and back in costs about a tenth of a
    redemption's CPU. On SQLite the lane keeps one connection for whichever thread comes
    first; a thread that finds it busy takes one from the pool as usual. A connection that
    fails is dropped (`discard`); the next use takes a fresh one. On PostgreSQL the lane
    always uses the pool: a held connection would outlive `engine.dispose()`.
    """

    def __init__(self, engine: Engine, *, busy_timeout_ms: int | None = None) -> None:
        """`busy_timeout_ms` (SQLite): how long the lane's connection waits for a write lock
        that another connection holds, instead of the engine's 30 s; and a lane with it set
        answers None when busy rather than lend a pool connection. For a caller that must
        not block for long (an event loop), and falls back to another path."""
        self.engine = engine
        self._enabled = is_sqlite(engine)
        self._busy_timeout_ms = busy_timeout_ms
        self._busy = threading.Lock()
        self._raw: Any = None

    @contextmanager
    def connection(self) -> Iterator[Any]:
        """A DBAPI connection (pool proxy) for one transaction, which the caller ends."""
        if self._busy_timeout_ms is not None:
            if not (self._enabled and self._busy.acquire(blocking=False)):
                yield None
                return
        elif not (self._enabled and self._busy.acquire(blocking=False)):
            raw = self.engine.raw_connection()
            try:
                yield raw
            finally:
                raw.close()
            return
        try:
            if self._raw is None:
                raw = self.engine.raw_connection()
                if self._busy_timeout_ms is not None:
                    driver: Any = raw.driver_connection
                    driver.execute(f"PRAGMA busy_timeout={self._busy_timeout_ms:d}")
                self._raw = raw
            yield self._raw
        except BaseException:
            self.discard(self._raw)  # in an unknown state
            raise
        finally:
            self._busy.release()

    def discard(self, raw: Any) -> None:
        """Give up a connection that failed: closed, never used again."""
        if raw is not None and raw is self._raw:
            self._raw = None
            raw.invalidate()
