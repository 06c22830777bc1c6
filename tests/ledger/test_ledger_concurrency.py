"""Several OS processes on one card at once, on SQLite and on the real PostgreSQL."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from typing import Any

import pytest
from ledger_workers import (
    Outcome,
    redeem_worker,
    reverse_worker,
    same_request_worker,
    settle_worker,
)
from sqlalchemy import func, select

from app.domain.errors import ErrorCode
from app.domain.model import Actor, CardStatus, EntryKind, HoldStatus
from app.ledger.db import make_engine
from app.ledger.engine import Ledger
from app.ledger.results import ProgramSpec
from app.ledger.schema import holds

PROCESSES = 6
ATTEMPTS = 25
INITIAL = 100_000  # $1,000.00: about two thirds of what the workers will ask for


def run_processes(target: Callable[..., None], argument_sets: list[tuple[Any, ...]]
                  ) -> list[Outcome]:
    """Start one spawned process per argument set, release them together, gather outcomes."""
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(len(argument_sets), timeout=180)  # every worker ready: all go at once
    results = ctx.Queue()
    processes = [ctx.Process(target=target, args=(*args, start, results))
                 for args in argument_sets]
    for process in processes:
        process.start()
    outcomes: list[Outcome] = []
    try:
        for _ in processes:
            outcomes.extend(results.get(timeout=240))
    finally:
        for process in processes:
            process.join(timeout=60)
            if process.is_alive():  # pragma: no cover - only when a worker hangs
                process.kill()
    assert all(p.exitcode == 0 for p in processes)
    crashes = [o.crash for o in outcomes if o.crash]
    assert not crashes, crashes[0]
    return outcomes


def one_card(url: str, admin: Actor, value: int) -> tuple[Ledger, str]:
    ledger = Ledger(make_engine(url))
    program = ledger.create_program(admin, ProgramSpec(name="Gift", default_value=value))
    (card,) = ledger.generate_cards(admin, program.id, 1)
    return ledger, card.code


@pytest.mark.slow
def test_concurrent_redemptions_never_overdraw_and_add_up(db_url: str, admin: Actor) -> None:
    ledger, code = one_card(db_url, admin, INITIAL)
    try:
        outcomes = run_processes(redeem_worker, [
            (db_url, code, worker, ATTEMPTS, 1000 + worker) for worker in range(PROCESSES)])
        firsts = [o for o in outcomes if o.replay_of is None]
        replays = [o for o in outcomes if o.replay_of is not None]
        assert len(firsts) == PROCESSES * ATTEMPTS
        successes = [o for o in firsts if o.redemption_id is not None]
        refusals = {o.refused for o in firsts if o.refused}
        assert successes
        assert refusals <= {ErrorCode.INSUFFICIENT_BALANCE.value,
                            ErrorCode.CARD_NOT_ACTIVE.value, ErrorCode.CARD_DEPLETED.value}

        card = ledger.get_card(code)
        assert card.balance >= 0
        assert sum(o.amount for o in successes) == INITIAL - card.balance
        # Retries returned the first answer and never redeemed twice.
        first_ids = {o.request_id: o.redemption_id for o in successes}
        assert replays
        for replay in replays:
            assert replay.replay_of == first_ids[replay.request_id]
        redeemed = [e for e in ledger.journal(code) if e.kind is EntryKind.REDEEM]
        assert sorted(e.id for e in redeemed) == sorted(first_ids.values())
        assert {e.request_id for e in redeemed} == set(first_ids)
        if card.balance == 0:
            assert card.status is CardStatus.DEPLETED
        assert ledger.audit_balances() == []
    finally:
        ledger.engine.dispose()


@pytest.mark.slow
def test_the_same_request_from_several_processes_redeems_once(db_url: str,
                                                              admin: Actor) -> None:
    ledger, code = one_card(db_url, admin, 5000)
    try:
        outcomes = run_processes(same_request_worker,
                                 [(db_url, code, worker) for worker in range(PROCESSES)])
        assert len({o.redemption_id for o in outcomes}) == 1
        assert ledger.get_card(code).balance == 4300
        assert ledger.audit_balances() == []
    finally:
        ledger.engine.dispose()


@pytest.mark.slow
def test_concurrent_reversals_of_one_redemption_restore_it_once(db_url: str, admin: Actor,
                                                                cashier: Actor) -> None:
    ledger, code = one_card(db_url, admin, 5000)
    try:
        redemption = ledger.redeem(cashier, code, 1500)
        outcomes = run_processes(reverse_worker, [(db_url, redemption.id, worker)
                                                  for worker in range(PROCESSES)])
        assert len([o for o in outcomes if o.redemption_id is not None]) == 1
        assert sorted(o.refused for o in outcomes if o.refused) == \
            [ErrorCode.ALREADY_REVERSED.value] * (PROCESSES - 1)
        assert ledger.get_card(code).balance == 5000
        reversals = [e for e in ledger.journal(code) if e.kind is EntryKind.REVERSE]
        assert len(reversals) == 1
        assert ledger.get_redemption(redemption.id).status == "reversed"
        assert ledger.audit_balances() == []
    finally:
        ledger.engine.dispose()


@pytest.mark.slow
def test_one_hold_captured_and_released_at_once_is_settled_once(db_url: str, admin: Actor,
                                                                cashier: Actor) -> None:
    ledger, code = one_card(db_url, admin, 10_000)
    try:
        contested = ledger.hold(cashier, code, 3000)
        other = ledger.hold(cashier, code, 4000)
        outcomes = run_processes(settle_worker, [(db_url, contested.id, worker)
                                                 for worker in range(PROCESSES)])
        winners = [o for o in outcomes if o.redemption_id is not None]
        assert len(winners) == 1
        assert {o.refused for o in outcomes if o.refused} == {ErrorCode.HOLD_NOT_ACTIVE.value}
        captured = winners[0].worker % 2 == 0
        settled = ledger.get_hold(contested.id)
        assert settled.status is (HoldStatus.CAPTURED if captured else HoldStatus.RELEASED)
        assert ledger.get_hold(other.id).status is HoldStatus.ACTIVE
        card = ledger.get_card(code)
        assert card.held == 4000  # exactly the hold still active
        assert card.balance == (7000 if captured else 10_000)
        with ledger.engine.connect() as conn:
            active = conn.execute(select(func.sum(holds.c.amount)).where(
                holds.c.status == HoldStatus.ACTIVE.value)).scalar_one()
        assert active == card.held
        assert ledger.audit_balances() == []
    finally:
        ledger.engine.dispose()
