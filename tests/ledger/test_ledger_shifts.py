"""Shifts of a till: one open per terminal, even when two open it at the same moment."""

from __future__ import annotations

import threading
from typing import Any

from ledger_helpers import refusal

from app.domain.errors import ErrorCode, GiftDeskError
from app.domain.model import Actor
from app.domain.shifts import Shift
from app.ledger import shifts
from app.ledger.db import make_engine
from app.ledger.engine import Ledger


def test_open_close_and_who_may_close(ledger: Ledger, cashier: Actor, manager: Actor,
                                      clock: Any) -> None:
    opened = shifts.open_shift(ledger, cashier)
    assert shifts.current(ledger, "STORE-1", "T1") == opened
    assert refusal(shifts.open_shift, ledger, manager) is ErrorCode.SHIFT_OPEN
    other = Actor("cashier2", cashier.role, "STORE-1", "T1")
    assert refusal(shifts.close_shift, ledger, other) is ErrorCode.FORBIDDEN
    clock.advance(hours=8)
    closed = shifts.close_shift(ledger, manager)
    assert (closed.closed_by, closed.closed_at) == ("manager", clock())
    assert shifts.get(ledger, opened.id) == closed
    assert shifts.current(ledger, "STORE-1", "T1") is None
    assert refusal(shifts.close_shift, ledger, cashier) is ErrorCode.SHIFT_NOT_FOUND


def test_two_opening_at_once_open_one_shift(db_url: str, cashier: Actor, clock: Any) -> None:
    engines = [make_engine(db_url) for _ in range(2)]
    ledgers = [Ledger(e, clock=clock) for e in engines]
    outcomes: list[object] = [None, None]
    start = threading.Barrier(2)

    def open_(i: int) -> None:
        start.wait()
        try:
            outcomes[i] = shifts.open_shift(ledgers[i], cashier)
        except GiftDeskError as exc:
            outcomes[i] = exc.code

    threads = [threading.Thread(target=open_, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    try:
        assert ErrorCode.SHIFT_OPEN in outcomes
        assert sum(isinstance(o, Shift) for o in outcomes) == 1
    finally:
        for e in engines:
            e.dispose()
