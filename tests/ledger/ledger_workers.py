"""Code run in separate OS processes by the concurrency tests (spawned, so importable)."""

from __future__ import annotations

import random
import traceback
from dataclasses import dataclass
from typing import Any

from app.domain.errors import GiftDeskError
from app.domain.model import Actor, Role
from app.ledger.db import make_engine
from app.ledger.engine import Ledger


@dataclass(frozen=True)
class Outcome:
    """One attempt: a success (redemption id and amount) or a refusal code, or a crash."""

    worker: int
    request_id: str
    amount: int
    redemption_id: int | None = None
    refused: str | None = None
    crash: str | None = None
    replay_of: int | None = None  # a replay's answer: the redemption id it returned


def _actor(worker: int, role: Role = Role.CASHIER) -> Actor:
    return Actor(operator=f"op{worker}", role=role, location="STORE-1", terminal=f"T{worker}")


def redeem_worker(url: str, code: str, worker: int, attempts: int, seed: int,
                  start: Any, results: Any) -> None:
    """Redeem random amounts from one card; replay some of this worker's own request ids."""
    engine = make_engine(url)
    ledger = Ledger(engine)
    rng = random.Random(seed)
    actor = _actor(worker)
    done: list[tuple[str, int, int]] = []
    out: list[Outcome] = []
    start.wait()
    for attempt in range(attempts):
        request_id = f"w{worker}-a{attempt}"
        amount = rng.randint(1, 2000)
        try:
            redemption = ledger.redeem(actor, code, amount, request_id=request_id)
        except GiftDeskError as exc:
            out.append(Outcome(worker, request_id, amount, refused=exc.code.value))
        except Exception:
            out.append(Outcome(worker, request_id, amount, crash=traceback.format_exc()))
        else:
            out.append(Outcome(worker, request_id, amount, redemption_id=redemption.id))
            done.append((request_id, amount, redemption.id))
        if done and rng.random() < 0.3:  # a retry of an earlier request, as after a timeout
            old_id, old_amount, _ = rng.choice(done)
            try:
                again = ledger.redeem(actor, code, old_amount, request_id=old_id)
            except Exception:
                out.append(Outcome(worker, old_id, old_amount, crash=traceback.format_exc()))
            else:
                out.append(Outcome(worker, old_id, old_amount, replay_of=again.id))
    engine.dispose()
    results.put(out)


def same_request_worker(url: str, code: str, worker: int, start: Any, results: Any) -> None:
    """Every worker sends the very same request (same id, same content) at once."""
    engine = make_engine(url)
    ledger = Ledger(engine)
    actor = _actor(0)  # the same terminal retrying: same operator, same content
    start.wait()
    try:
        redemption = ledger.redeem(actor, code, 700, request_id="one-request")
    except Exception:
        results.put([Outcome(worker, "one-request", 700, crash=traceback.format_exc())])
    else:
        results.put([Outcome(worker, "one-request", 700, redemption_id=redemption.id)])
    engine.dispose()


def reverse_worker(url: str, redemption_id: int, worker: int, start: Any,
                   results: Any) -> None:
    """Reverse the same redemption as every other worker."""
    engine = make_engine(url)
    ledger = Ledger(engine)
    start.wait()
    request_id = f"rev-{worker}"
    try:
        ledger.reverse(_actor(worker, Role.MANAGER), redemption_id, "refund",
                       request_id=request_id)
    except GiftDeskError as exc:
        results.put([Outcome(worker, request_id, 0, refused=exc.code.value)])
    except Exception:
        results.put([Outcome(worker, request_id, 0, crash=traceback.format_exc())])
    else:
        results.put([Outcome(worker, request_id, 0, redemption_id=redemption_id)])
    engine.dispose()


def settle_worker(url: str, hold_id: int, worker: int, start: Any, results: Any) -> None:
    """Capture (even workers) or release (odd workers) the same hold as every other worker."""
    engine = make_engine(url)
    ledger = Ledger(engine)
    actor = _actor(worker)
    start.wait()
    request_id = f"settle-{worker}"
    try:
        if worker % 2:
            ledger.release(actor, hold_id, request_id=request_id)
        else:
            ledger.capture(actor, hold_id, request_id=request_id)
    except GiftDeskError as exc:
        results.put([Outcome(worker, request_id, 0, refused=exc.code.value)])
    except Exception:  # reported to the test, which fails on it
        results.put([Outcome(worker, request_id, 0, crash=traceback.format_exc())])
    else:
        results.put([Outcome(worker, request_id, 0, redemption_id=hold_id)])
    engine.dispose()
