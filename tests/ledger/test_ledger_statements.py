"""The busiest statements run on the driver's cursor (`app.ledger.statements`): each must read
and write exactly what SQLAlchemy's own execution of the same statement does, on both
databases, inside the caller's transaction."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from ledger_helpers import Cards
from sqlalchemy import bindparam, event, insert, select, text
from sqlalchemy.exc import IntegrityError

from app.domain.codes import CardRef
from app.ledger import store
from app.ledger.engine import Ledger
from app.ledger.schema import cards, idempotency
from app.ledger.statements import Prepared


def test_a_card_read_on_the_driver_equals_sqlalchemys_read(ledger: Ledger, admin: Any,
                                                            make: Cards) -> None:
    code = make.pending(make.program(default_value=2500))
    ledger.sell(admin, code, sender="Anna", message="Happy birthday")
    query = select(cards, store._PROGRAM_VERSION).where(cards.c.code == bindparam("code"))
    with ledger.engine.begin() as conn:
        expected = conn.execute(query, {"code": code}).one()
        found = Prepared(query).one(conn, {"code": code})
    assert found._mapping == dict(expected._mapping)
    assert (found.balance, found.sender, found.training) == (2500, "Anna", False)
    # Times come back aware and in UTC on SQLite too (its driver gives text), as the
    # ledger's `UTCDateTime` makes them through SQLAlchemy.
    assert found.created_at.tzinfo is UTC
    assert found.created_at == expected.created_at
    assert store.card_from_row(found) == store.card_from_row(expected)


def test_a_write_on_the_driver_is_part_of_the_callers_transaction(ledger: Ledger) -> None:
    write = Prepared(insert(idempotency))
    moment = datetime(2026, 12, 6, 10, 30, tzinfo=UTC)
    row = {"scope": "1", "key": "k-1", "fingerprint": "f", "status": "done", "response": "{}",
           "created_at": moment}
    with ledger.engine.connect() as conn:
        transaction = conn.begin()
        write.execute(conn, row)
        transaction.rollback()
    with ledger.engine.begin() as conn:  # rolled back with its transaction
        assert conn.execute(select(idempotency)).all() == []
        write.execute(conn, row)
    with ledger.engine.connect() as conn:
        kept = conn.execute(select(idempotency.c.created_at)).scalar_one()
    assert kept == moment


def test_a_refused_write_raises_sqlalchemys_error(ledger: Ledger) -> None:
    """The ledger retries a change whose unique key a concurrent one took
    (`IntegrityError`): the driver's own error would escape that retry."""
    write = Prepared(insert(idempotency))
    row = {"scope": "1", "key": "twice", "fingerprint": "f", "status": "done",
           "response": "{}", "created_at": datetime.now(UTC)}
    with ledger.engine.begin() as conn:
        write.execute(conn, row)
    with pytest.raises(IntegrityError), ledger.engine.begin() as conn:
        write.execute(conn, row)


def test_statement_listeners_still_see_driver_statements(ledger: Ledger, cashier: Any,
                                                          make: Cards) -> None:
    code = make.active(2500)
    seen: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement.split(None, 1)[0].upper())

    event.listen(ledger.engine, "before_cursor_execute", record)
    try:
        ledger.redeem(cashier, CardRef("code", code), 100, request_id="r-1")
    finally:
        event.remove(ledger.engine, "before_cursor_execute", record)
    assert {"SELECT", "UPDATE", "INSERT"} <= set(seen)


def test_a_textual_statement_names_its_columns_or_is_refused(ledger: Ledger, make: Cards) -> None:
    """Rows are read without asking the cursor to describe them (psycopg builds an object per
    column each time): a textual statement must say what it returns."""
    code = make.active(2500)
    named = Prepared(text("SELECT balance, code FROM cards WHERE code = :code")
                     .columns(cards.c.balance, cards.c.code))
    with ledger.engine.begin() as conn:
        found = named.one(conn, {"code": code})
        with pytest.raises(ValueError, match="columns"):
            Prepared(text("SELECT balance FROM cards")).execute(conn, {})
    assert (found.balance, found.code) == (2500, code)
    assert found._mapping == {"balance": 2500, "code": code}
