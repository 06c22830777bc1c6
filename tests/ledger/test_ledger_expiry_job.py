"""The expiry run: a dry run says what is due, a run expires each card once, even two at once."""

from __future__ import annotations

import threading
from typing import Any

from ledger_helpers import Cards
from sqlalchemy import func, select

from app.domain.model import Actor, CardStatus, EntryKind
from app.ledger import expiry_job
from app.ledger.db import make_engine
from app.ledger.engine import Ledger
from app.ledger.schema import journal


def test_dry_run_then_run_then_nothing_left(ledger: Ledger, cashier: Actor, make: Cards,
                                            clock: Any) -> None:
    code = make.active(5000, validity_days=10)
    ledger.redeem(cashier, code, 1200)
    forever = make.active(700, name="No expiry")
    assert expiry_job.due(ledger) == []
    clock.advance(days=10)
    (due,) = expiry_job.due(ledger)
    assert (due.code, due.value, due.unit) == (code, 3800, "USD")
    assert ledger.get_card(code).status is CardStatus.ACTIVE  # the dry run changed nothing
    (done,) = expiry_job.run(ledger)
    assert done == due
    card = ledger.get_card(code)
    assert (card.status, card.balance) == (CardStatus.EXPIRED, 0)
    entry = ledger.journal(code)[-1]
    assert (entry.kind, entry.delta, entry.operator) == (EntryKind.EXPIRE, -3800, "expiry")
    assert expiry_job.run(ledger) == []
    assert ledger.get_card(forever).status is CardStatus.ACTIVE


def test_two_runs_at_once_expire_each_card_once(db_url: str, ledger: Ledger, admin: Actor,
                                                make: Cards, clock: Any) -> None:
    program = make.program(default_value=100, validity_days=1)
    ledger.generate_cards(admin, program.id, 60)
    clock.advance(days=2)
    engines = [make_engine(db_url) for _ in range(2)]
    ledgers = [Ledger(e, clock=clock) for e in engines]
    results: list[list[expiry_job.ExpiredCard]] = [[], []]
    start = threading.Barrier(2)

    def run(i: int) -> None:
        start.wait()
        results[i] = expiry_job.run(ledgers[i], batch=7)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for e in engines:
        e.dispose()
    codes = [c.code for r in results for c in r]
    assert len(codes) == len(set(codes)) == 60
    with ledger.engine.connect() as conn:
        rows = conn.execute(select(func.count()).where(
            journal.c.kind == EntryKind.EXPIRE.value)).scalar_one()
    assert rows == 60
