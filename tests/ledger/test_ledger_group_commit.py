"""SQLite: the changes that wait for the write turn are written by the one writer together,
in one transaction (a savepoint each, one commit), and each stands or falls alone."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest
from ledger_helpers import Cards, write_turn_held_elsewhere

from app.domain.errors import ErrorCode, GiftDeskError
from app.domain.model import Actor
from app.ledger.engine import Ledger


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """SQLite only: PostgreSQL commits concurrent transactions together by itself."""
    return sqlite_url


def wait_until(condition: Callable[[], bool], timeout_s: float = 10) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.005)


def together(ledger: Ledger, calls: list[Callable[[], Any]]) -> list[Future[Any]]:
    """Run `calls` in threads while another process holds the write turn: they all wait in
    the writer, then the turn comes free."""
    database = ledger.engine.url.database
    assert database is not None
    with write_turn_held_elsewhere(database) as release, \
            ThreadPoolExecutor(len(calls)) as pool:
        futures = [pool.submit(call) for call in calls]
        wait_until(lambda: ledger.writer.waiting() == len(calls))
        release.set()
    return futures


def test_changes_written_together_each_stand_or_fall_alone(
        ledger: Ledger, cashier: Actor, make: Cards) -> None:
    card, small = make.active(5000), make.active(100)
    futures = together(ledger, [
        lambda: ledger.redeem(cashier, card, 1000, request_id="a"),
        lambda: ledger.redeem(cashier, small, 500, request_id="b"),  # more than it holds
        lambda: ledger.redeem(cashier, card, 1500, request_id="c"),
        lambda: ledger.redeem(cashier, card, 1000, request_id="a"),  # the same key again
    ])
    first, refused, third, again = (f.exception() or f.result() for f in futures)
    assert isinstance(refused, GiftDeskError)
    assert refused.code is ErrorCode.INSUFFICIENT_BALANCE
    assert first == again  # the key's first answer, replayed
    assert ledger.get_card(card).balance == 2500
    assert third.amount == 1500
    assert ledger.get_card(small).balance == 100
    assert sorted(e.request_id or "" for e in ledger.journal(card))[-2:] == ["a", "c"]
    # Replayed again later, alone: the same answer.
    assert ledger.redeem(cashier, card, 1000, request_id="a") == first


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
    the log gets each page once, not five times."""
    card = make.active(5000)
    _, alone = wal_frames(ledger, lambda: ledger.redeem(cashier, card, 100, request_id="one"))
    futures, five = wal_frames(ledger, lambda: together(ledger, [
        lambda i=i: ledger.redeem(cashier, card, 100, request_id=f"k{i}") for i in range(5)]))
    assert sorted(f.result().balance_after for f in futures) == [4400, 4500, 4600, 4700, 4800]
    assert ledger.get_card(card).balance == 4400
    assert five < 2 * alone  # five separate commits would write about 5 × alone
