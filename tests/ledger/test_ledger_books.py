"""The books: liability reconciles with the cards and the journal at every moment; Z report and
journal export."""

from __future__ import annotations

import csv
import io
import random
import threading
from collections import defaultdict
from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest
from ledger_helpers import Cards
from sqlalchemy import select

from app.domain.errors import GiftDeskError
from app.domain.model import Actor, CardStatus
from app.ledger import books, expiry_job
from app.ledger.engine import Ledger
from app.ledger.schema import cards, journal


def _balances_at(ledger: Ledger, as_of: datetime) -> dict[int, int]:
    """Per program: the sum over real cards of the balance after their last row by `as_of`."""
    totals: dict[int, int] = defaultdict(int)
    with ledger.engine.connect() as conn:
        rows = conn.execute(select(cards.c.program_id, journal.c.card_id, journal.c.id,
                                   journal.c.balance_after)
                            .join(cards, cards.c.id == journal.c.card_id)
                            .where(journal.c.training.is_(False),
                                   journal.c.created_at <= as_of)
                            .order_by(journal.c.id)).all()
    last: dict[int, tuple[int, int]] = {}
    for program_id, card_id, _id, after in rows:
        last[card_id] = (program_id, after)
    for program_id, after in last.values():
        totals[program_id] += after
    return dict(totals)


def _by_program(lines: list[books.LiabilityLine]) -> dict[int, int]:
    totals: dict[int, int] = defaultdict(int)
    for line in lines:
        columns = sum(getattr(line, name) for name in books.COLUMNS)
        assert columns == line.liability
        totals[line.program_id] += line.liability
    return {k: v for k, v in totals.items() if v or k in totals}


@pytest.mark.parametrize("steps", [pytest.param(1500, id="large")])
def test_liability_reconciles_on_a_random_history(ledger: Ledger, admin: Actor, manager: Actor,
                                                  cashier: Actor, make: Cards, clock: Any,
                                                  steps: int) -> None:
    rng = random.Random(12)
    programs = [make.program(name="Gift", default_value=5000, reloadable=True,
                             validity_days=20, max_balance=50_000),
                make.program(name="Euro", currency="EUR", default_value=2000, reloadable=True),
                make.program(name="Coffee", kind="item", item_label="Coffee", default_value=5)]
    stores = [cashier, replace(cashier, location="STORE-2", terminal="T5")]
    codes: list[str] = []
    for program in programs:
        codes += [c.code for c in ledger.generate_cards(admin, program.id, 20, pending=True)]
    moments: list[datetime] = []
    for step in range(steps):
        code = rng.choice(codes)
        who = rng.choice(stores)
        boss = replace(manager, location=who.location, terminal=who.terminal)
        action = rng.choice(["sell", "sell", "load", "redeem", "redeem", "reverse", "refund",
                             "adjust", "cancel", "transfer", "void", "train"])
        try:
            if action == "sell":
                ledger.sell(who, code)
            elif action == "load":
                ledger.load(who, code, rng.randint(1, 3000))
            elif action == "redeem":
                ledger.redeem(who, code, rng.randint(1, 4000))
            elif action == "reverse":
                found = ledger.list_redemptions(card=code, limit=3)
                if found:
                    ledger.reverse(boss, found[0].id, "test")
            elif action == "refund":
                found = ledger.list_redemptions(card=code, limit=3)
                if found:
                    ledger.refund(boss, code, rng.randint(1, found[0].amount),
                                       redemption_id=found[0].id)
            elif action == "adjust":
                ledger.adjust(boss, code, rng.randint(-500, 500) or 1, "count")
            elif action == "cancel":
                ledger.cancel_last(boss, code)
            elif action == "transfer":
                ledger.transfer(boss, code, rng.choice(codes))
            elif action == "void" and rng.random() < 0.2:
                ledger.void(boss, code, "test")
            elif action == "train":
                ledger.redeem(replace(who, training=True), code, 1)
        except GiftDeskError:
            pass
        clock.advance(hours=rng.randint(0, 5))
        if step % 250 == 0:
            moments.append(clock())
            expiry_job.run(ledger)
    moments.append(clock())
    for moment in moments:
        assert _by_program(books.liability(ledger.engine, moment)) == \
            {k: v for k, v in _balances_at(ledger, moment).items()}
    with ledger.engine.connect() as conn:
        real = conn.execute(select(cards.c.program_id, cards.c.balance)
                            .where(cards.c.training.is_(False))).all()
    now_totals: dict[int, int] = defaultdict(int)
    for program_id, balance in real:
        now_totals[program_id] += balance
    lines = books.liability(ledger.engine, clock())
    assert sum(line.liability for line in lines) == sum(b for _p, b in real)
    assert {line.store for line in lines} <= {"STORE-1", "STORE-2"}
    assert sum(line.cards for line in lines) == sum(1 for _p, b in real if b > 0)


def test_liability_by_store_of_sale_and_column(ledger: Ledger, cashier: Actor, manager: Actor,
                                               elsewhere: Actor, make: Cards,
                                               clock: Any) -> None:
    program = make.program(default_value=5000, validity_days=5)
    first, second = make.pending(program), make.pending(program)
    ledger.sell(cashier, first)
    ledger.sell(elsewhere, second, value=3000)
    ledger.redeem(elsewhere, first, 1000)  # redeemed elsewhere: still owed where sold
    before = clock()
    clock.advance(days=6)
    expiry_job.run(ledger)
    (one, two) = books.liability(ledger.engine, before)
    assert (one.store, one.issued, one.redeemed, one.liability) == ("STORE-1", 5000, -1000, 4000)
    assert (two.store, two.issued, two.liability) == ("STORE-2", 3000, 3000)
    (one, two) = books.liability(ledger.engine, clock())
    assert (one.expired, one.liability, one.cards) == (-4000, 0, 0)
    assert ledger.get_card(first).status is CardStatus.EXPIRED


def test_z_report_counts_and_totals_by_kind_without_training(
        ledger: Ledger, cashier: Actor, manager: Actor, make: Cards, clock: Any) -> None:
    start = clock()
    code = make.active(5000, reloadable=True)
    ledger.redeem(cashier, code, 1000)
    ledger.redeem(cashier, code, 500)
    ledger.load(cashier, code, 2000)
    ledger.redeem(replace(cashier, training=True), code, 100)
    clock.advance(minutes=1)
    report = books.z_report(ledger.engine, location="STORE-1", terminal="T1", since=start,
                            until=clock())
    lines = {line.kind: (line.count, line.total) for line in report.lines}
    assert lines["redeem"] == (2, 1500)
    assert lines["load"] == (1, 2000)
    assert report.training_rows_left_out == 2  # the training copy's issue and its redemption
    other = books.z_report(ledger.engine, location="STORE-1", terminal="T9", since=start,
                           until=clock())
    assert other.lines == ()


def test_journal_export_streams_every_row_of_the_period(ledger: Ledger, cashier: Actor,
                                                        make: Cards, clock: Any) -> None:
    code = make.active(5000)
    clock.advance(seconds=1)
    since = clock()
    for _ in range(7):
        clock.advance(minutes=1)
        ledger.redeem(cashier, code, 10)
    chunks = list(books.export_journal(ledger.engine, since=since))
    rows = list(csv.DictReader(io.StringIO("".join(chunks))))
    assert len(rows) == 7
    assert {r["kind"] for r in rows} == {"redeem"}
    assert rows[-1]["balance_after"] == "4930"
    assert rows[0]["card_code"] == code
    assert datetime.fromisoformat(rows[-1]["created_at"]) == clock()  # ISO 8601, UTC
    clock.advance(seconds=1)
    empty = "".join(books.export_journal(ledger.engine, since=clock()))
    assert empty.strip() == ",".join(books.EXPORT_FIELDS)


def test_an_export_under_way_does_not_hold_up_a_redemption(ledger: Ledger, cashier: Actor,
                                                          make: Cards) -> None:
    code = make.active(5000)
    ledger.redeem(cashier, code, 10)
    chunks = books.export_journal(ledger.engine)
    assert next(chunks).startswith("id,")  # the export's read is open now
    done = threading.Event()

    def redeem() -> None:
        ledger.redeem(cashier, code, 20)
        done.set()

    counter = threading.Thread(target=redeem)
    counter.start()
    try:
        assert done.wait(10), "the redemption waited for the export"
    finally:
        chunks.close()
        counter.join(60)
    assert ledger.get_card(code).balance == 4970
