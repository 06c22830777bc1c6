"""SQLite: everyday redemptions of one process committed together (one transaction, a
savepoint each), and the group commit that gathers them while another process writes."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import Callable
from typing import Any

import pytest
from ledger_helpers import Cards, write_turn_held_elsewhere

from app.domain.codes import parse_card_ref
from app.domain.model import Actor, Kind
from app.ledger.engine import Ledger
from app.ledger.everyday import Attempt
from app.ledger.group_commit import GroupCommit
from app.ledger.writelock import WriteQueue


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """SQLite only: PostgreSQL commits concurrent transactions together by itself."""
    return sqlite_url


def attempt(ledger: Ledger, cashier: Actor, code: str, units: int, key: str) -> Attempt:
    return ledger.everyday_attempt(cashier, parse_card_ref(code), units, Kind.MONETARY,
                                   request_id=key)


def test_redemptions_together_each_stand_or_fall_alone(
        ledger: Ledger, cashier: Actor, make: Cards) -> None:
    card, small = make.active(5000), make.active(100)
    results = ledger.redeem_everyday_together([
        (attempt(ledger, cashier, card, 1000, "a"), ()),
        (attempt(ledger, cashier, small, 500, "b"), ()),  # more than it holds
        (attempt(ledger, cashier, card, 1500, "c"), ()),
        (attempt(ledger, cashier, card, 1000, "a"), ()),  # the same key again
    ])
    assert [None if r is None else r.balance_after for r in results] == [4000, None, 2500,
                                                                         None]
    assert ledger.get_card(card).balance == 2500
    assert ledger.get_card(small).balance == 100
    assert [e.request_id for e in ledger.journal(card)][-2:] == ["a", "c"]
    # What fell through is answered by the general path, as always.
    assert ledger.redeem(cashier, parse_card_ref(card), 1000, request_id="a") == results[0]


def wal_frames(ledger: Ledger, work: Callable[[], Any]) -> tuple[Any, int]:
    """What `work` returns, and how many pages its commits wrote to SQLite's log."""
    database = ledger.engine.url.database
    assert database is not None
    with contextlib.closing(sqlite3.connect(database)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        result = work()
        frames = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1]
    return result, int(frames)


def test_the_group_commit_gathers_what_waits_while_another_process_writes(
        ledger: Ledger, cashier: Actor, make: Cards) -> None:
    """Five redemptions that wait while another process writes are committed together:
    the log gets each page once, not five times. One cancelled meanwhile is not written."""
    card = make.active(5000)
    database = ledger.engine.url.database
    assert database is not None
    group = GroupCommit(ledger, WriteQueue(database))
    _, alone = wal_frames(ledger, lambda: asyncio.run(group.redeem(
        attempt(ledger, cashier, card, 100, "first"))))

    async def scenario() -> list[Any]:
        five = asyncio.gather(*(group.redeem(attempt(ledger, cashier, card, 100, f"k{i}"))
                                for i in range(5)))
        cancelled = asyncio.ensure_future(group.redeem(attempt(ledger, cashier, card, 100,
                                                               "gone")))
        await asyncio.sleep(0.05)
        cancelled.cancel()
        release.set()
        return list(await five)

    with write_turn_held_elsewhere(database) as release:
        done, together = wal_frames(ledger, lambda: asyncio.run(scenario()))
    assert sorted(r.balance_after for r in done) == [4400, 4500, 4600, 4700, 4800]
    assert ledger.get_card(card).balance == 4400
    assert "gone" not in [e.request_id for e in ledger.journal(card)]
    assert together < 2 * alone  # five separate commits would write about 5 × alone
