"""The expiry run: cards past their validity are expired and their value written off.

Each card expires in its own write transaction through the ledger's writer, which reads the
card again under its lock and does nothing if it is no longer due: a run is idempotent, and two
runs at once (two server processes, a server and `giftdesk expire`) expire each card once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.domain.model import Actor, CardStatus, Kind
from app.ledger.directory import SYSTEM_ACTOR
from app.ledger.schema import cards, programs

if TYPE_CHECKING:
    from app.ledger.engine import Ledger

# An actor the journal names for scheduled expiry.
EXPIRY_ACTOR = Actor(operator="expiry", role=SYSTEM_ACTOR.role, location=SYSTEM_ACTOR.location,
                     terminal="expiry")
_DUE = (CardStatus.ACTIVE.value, CardStatus.DEPLETED.value, CardStatus.ALLOCATED.value,
        CardStatus.LOCKED.value)


@dataclass(frozen=True)
class ExpiredCard:
    """One card expired (or, in a dry run, due to expire) and the value written off."""

    code: str
    program: str
    unit: str  # currency, or the item label of an item card
    value: int
    training: bool


def due(ledger: Ledger, *, limit: int = 100_000) -> list[ExpiredCard]:
    """What a run would expire now (read only): the dry run."""
    with ledger._read() as conn:
        rows = conn.execute(
            select(cards.c.code, cards.c.balance, cards.c.training, programs.c.name,
                   programs.c.kind, programs.c.currency, programs.c.item_label)
            .join(programs, programs.c.id == cards.c.program_id)
            .where(cards.c.status.in_(_DUE), cards.c.valid_until <= ledger.clock())
            .order_by(cards.c.id).limit(limit)).all()
    return [ExpiredCard(r.code, r.name, _unit(r.kind, r.currency, r.item_label), r.balance,
                        r.training) for r in rows]


def _unit(kind: str, currency: str, item_label: str | None) -> str:
    return (item_label or "items") if kind == Kind.ITEM.value else currency


def run(ledger: Ledger, actor: Actor = EXPIRY_ACTOR, *, batch: int = 500) -> list[ExpiredCard]:
    """Expire every card that is due; returns those this run expired (not another's)."""
    ledger.expire_holds(actor)
    done: list[ExpiredCard] = []
    skipped: set[int] = set()
    while True:
        with ledger._read() as conn:
            rows = conn.execute(
                select(cards.c.id, cards.c.code, programs.c.name, programs.c.kind,
                       programs.c.currency, programs.c.item_label)
                .join(programs, programs.c.id == cards.c.program_id)
                .where(cards.c.status.in_(_DUE), cards.c.valid_until <= ledger.clock(),
                       cards.c.id.not_in(skipped) if skipped else cards.c.id > 0)
                .order_by(cards.c.id).limit(batch)).all()
        if not rows:
            return done
        for row in rows:
            result = ledger._change(actor, None, "expire", {}, tuple,
                                    partial(ledger._expire_one, card_id=row.id, actor=actor))
            if result:
                _unit_name, value, training = result
                done.append(ExpiredCard(row.code, row.name,
                                        _unit(row.kind, row.currency, row.item_label),
                                        value, training))
            else:  # not due any more (another run, or changed): do not read it again
                skipped.add(row.id)
