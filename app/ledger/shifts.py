"""Shifts of a till: opened and closed by its cashier, read for the Z report.

A shift is not money, but it changes the ledger, so it goes through the one writer like every
change: one transaction, idempotent by request id. The rules are `app.domain.shifts`'s; the
database's partial unique index keeps one shift open per terminal even against a race.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Row, insert, select, update

from app.domain import shifts as rules
from app.domain.errors import ErrorCode, refuse
from app.domain.model import Actor
from app.domain.shifts import Shift
from app.ledger import books
from app.ledger.schema import shifts

if TYPE_CHECKING:
    from app.ledger.books import ZReport
    from app.ledger.engine import Ledger


def _shift(row: Row[Any]) -> Shift:
    return Shift(id=row.id, location=row.location, terminal=row.terminal,
                 opened_by=row.opened_by, opened_at=row.opened_at, closed_by=row.closed_by,
                 closed_at=row.closed_at)


def _open_at(conn: Connection, location: str, terminal: str, *,
             for_update: bool = False) -> Shift | None:
    query = select(shifts).where(shifts.c.location == location, shifts.c.terminal == terminal,
                                 shifts.c.closed_at.is_(None))
    row = conn.execute(query.with_for_update() if for_update else query).first()
    return None if row is None else _shift(row)


def open_shift(ledger: Ledger, actor: Actor, request_id: str | None = None) -> Shift:
    """Open a shift at the actor's terminal."""

    def body(conn: Connection, now: datetime) -> Shift:
        rules.check_open(_open_at(conn, actor.location, actor.terminal, for_update=True), actor)
        shift_id = conn.execute(insert(shifts).values(
            location=actor.location, terminal=actor.terminal, opened_by=actor.operator,
            opened_at=now).returning(shifts.c.id)).scalar_one()
        return Shift(id=int(shift_id), location=actor.location, terminal=actor.terminal,
                     opened_by=actor.operator, opened_at=now)

    return ledger._change(actor, request_id, "open_shift", {}, Shift, body)


def close_shift(ledger: Ledger, actor: Actor, request_id: str | None = None) -> Shift:
    """Close the open shift of the actor's terminal (its opener, or a manager)."""

    def body(conn: Connection, now: datetime) -> Shift:
        shift = rules.check_close(
            _open_at(conn, actor.location, actor.terminal, for_update=True), actor)
        conn.execute(update(shifts).where(shifts.c.id == shift.id)
                     .values(closed_by=actor.operator, closed_at=now))
        return Shift(**{**shift.__dict__, "closed_by": actor.operator, "closed_at": now})

    return ledger._change(actor, request_id, "close_shift", {}, Shift, body)


def current(ledger: Ledger, location: str, terminal: str) -> Shift | None:
    with ledger._read() as conn:
        return _open_at(conn, location, terminal)


def get(ledger: Ledger, shift_id: int) -> Shift:
    with ledger._read() as conn:
        row = conn.execute(select(shifts).where(shifts.c.id == shift_id)).first()
    if row is None:
        raise refuse(ErrorCode.SHIFT_NOT_FOUND, f"There is no shift {shift_id}.")
    return _shift(row)


def report(ledger: Ledger, shift: Shift) -> ZReport:
    """The shift's Z report: its terminal, from its opening to its closing (or now)."""
    return books.z_report(ledger.engine, location=shift.location, terminal=shift.terminal,
                          since=shift.opened_at, until=shift.closed_at or ledger.clock())
